"""Bringing articles in: read files, store articles, and merge what the extractor reads
into summits, meetings, participants and documents: carefully, and traceably.

One service for the admin, the command line and background tasks:

    texts = read_upload("batch.zip", data)            # or read_path(path) for the command
    article, created = add_article(texts[0])          # same normalised text -> same Article
    stored = add_articles(texts)                      # the same for many, in bulk
    plan = plan_import(article)                       # dry run: what would change, writes nothing
    result = import_article(article)                  # one transaction; idempotent
    results = import_articles(articles, progress=cb)  # in batches; one failure leaves the others imported
    undo_import(articles)                             # remove what they brought in

Merging rules (identity of summits, meetings, people and documents, what is filled,
what becomes a Conflict) are described in `summits.importing.merge`.
"""
from .articles import add_article, add_articles
from .reading import Limits, read_path, read_upload
from .service import import_article, import_articles, plan_import
from .types import (
    ImportInputError, ImportPlan, ImportResult, IncomingText, PlannedChange, ProposedConflict, UndoResult,
)
from .undo import take_back_conflicts, undo_import

__all__ = [
    "ImportInputError", "ImportPlan", "ImportResult", "IncomingText", "Limits", "PlannedChange",
    "ProposedConflict", "UndoResult", "add_article", "add_articles", "import_article", "import_articles", "plan_import",
    "read_path", "read_upload", "take_back_conflicts", "undo_import",
]
