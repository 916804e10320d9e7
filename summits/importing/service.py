"""Planning and running imports of stored articles."""
from summits.models import Article

from .types import ImportPlan, ImportResult


def plan_import(article: Article) -> ImportPlan:
    """Dry run: read the article and say, per record, what importing it would do
    (create / merge / conflict / unchanged, with the evidence sentence). Writes nothing.
    If the article cannot be read, `plan.error` says why and `plan.changes` is empty."""
    raise NotImplementedError


def import_article(article: Article) -> ImportResult:
    """Import one article in one transaction: creates or merges its records, adds it as
    a source (Evidence) of each, files Conflicts, refreshes the summits' countries, and
    sets article.import_status / last_error / imported / import_counts. Importing it
    again changes nothing. On failure nothing is written except the article's status
    ("failed") and last_error; the result's `error` says why. Never raises for bad
    article content."""
    raise NotImplementedError


def import_articles(articles, progress=None) -> list[ImportResult]:
    """Import each article in its own transaction; one failing leaves the others imported.
    `progress(done, total, result)` is called after each article."""
    raise NotImplementedError
