"""Planning and running imports of stored articles: transactions, retries, status."""
from __future__ import annotations

import logging
import multiprocessing as mp
import os
import threading
from collections import Counter, deque
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from summits.extraction import extract
from summits.models import Article, ImportStatus, Language

from .apply import update_rows, write_plans
from .articles import as_datetime, joined_names, utc_offset_minutes
from .catalog import Catalog
from .conflicts import mark_on_file
from .merge import Planner, Touch
from .types import ImportPlan, ImportResult, PlannedChange

logger = logging.getLogger(__name__)
ATTEMPTS = 3  # a unique constraint hit by a concurrent writer: plan again against what it wrote
IMPORT_LOCK = 0x53554D4D  # PostgreSQL advisory lock key: one import transaction at a time
BATCH_SIZE = 250  # articles planned and written in one transaction (see import_batch)
# Articles from which extraction runs in worker processes (see _extracted);
# settings.SUMMITS_IMPORT_PARALLEL_FROM overrides.
PARALLEL_FROM = 2000
BATCHES_AHEAD = 4  # batches the workers extract ahead of the one being written


class ArticleUnreadable(Exception):
    """The extractor could not read the article."""


def read_article(article: Article):
    """The Extraction of exactly the stored body, so evidence offsets point into it."""
    return _extract(*_extractor_input(article))


def _extractor_input(article):
    published = timezone.localtime(article.published) if article.published else None
    return article.pk, article.body, published, article.url or None


def _extract(pk, body, published, url):
    try:
        return extract(body, published=published, url=url)
    except Exception as exc:  # the extractor's bug must not become a 500 or a half import
        logger.exception("extracting article %s failed", pk)
        raise ArticleUnreadable(f"the article could not be read ({type(exc).__name__}: {exc})") from exc


def plan_import(article: Article, *, extraction=None) -> ImportPlan:
    """Dry run: read the article and say, per record, what importing it would do
    (create / merge / conflict / unchanged, with the evidence sentence). Writes nothing.
    If the article cannot be read, `plan.error` says why and `plan.changes` is empty.
    `extraction` skips the extractor (tests, callers that already have it)."""
    try:
        extraction = extraction or read_article(article)
    except ArticleUnreadable as exc:
        return ImportPlan(article, error=str(exc))
    touches = Planner(article, extraction, Catalog.load([article], [extraction])).run()
    mark_on_file(touches)
    return ImportPlan(article, changes=[describe(touch) for touch in touches], warnings=_warnings(extraction))


def _warnings(extraction) -> list[str]:
    """What the editor can mend before importing."""
    if extraction.article.published is None:
        # Neither the text, its address nor the form gave the day it was written, so
        # "Nov 16" or "Selasa (28/4)" has no year, and events dated only so are left out.
        return [_("No publication date: neither the text nor its address gives one, and none was entered. "
                  "Dates written without a year (“Nov 16”, “Selasa (28/4)”) cannot be placed, "
                  "so the events dated only that way are left out. Set the article’s publication date "
                  "and preview again.")]
    return []


def import_article(article: Article, *, extraction=None) -> ImportResult:
    """Import one article in one transaction: creates or merges its records, adds it as
    a source (Evidence) of each, files Conflicts, refreshes the summits' countries, and
    sets article.import_status / last_error / imported / import_counts. Importing it
    again changes nothing. On failure nothing is written except the article's status
    ("failed") and last_error; the result's `error` says why. Never raises for bad
    article content."""
    error = ""
    for _attempt in range(ATTEMPTS):
        try:
            with transaction.atomic():
                _lock_imports()
                extraction = extraction or read_article(article)
                return _plan_and_write([(article, extraction)])[0]
        except IntegrityError as exc:
            error = f"the records could not be written after {ATTEMPTS} tries ({exc})"
        except ArticleUnreadable as exc:
            error = str(exc)
            break
        except Exception as exc:
            logger.exception("importing article %s failed", article.pk)
            error = f"the import failed ({type(exc).__name__}: {exc})"
            break
    _mark_failed(article, error)
    return ImportResult(article, error=error)


def import_articles(articles, progress=None, *, batch_size=BATCH_SIZE) -> list[ImportResult]:
    """Import the articles a batch at a time (see `import_batch`); one failing leaves
    the others imported. `progress(done, total, result)` is called for each article as
    its batch is committed."""
    articles = list(articles)
    results = []
    for batch, extractions in _extracted(list(_batches(articles, batch_size))):
        for result in import_batch(batch, extractions):
            results.append(result)
            if progress:
                progress(len(results), len(articles), result)
    return results


def import_batch(articles, extractions) -> list[ImportResult]:
    """Import articles whose Extractions are given (an ArticleUnreadable in place of
    one marks that article failed) in ONE transaction: one catalog load, the articles
    planned in turn against it, one bulk write per model.

    Why one transaction per batch: writing each article in its own transaction costs
    about twenty statements per article, several times the extraction itself; a batch
    costs about as many statements as one article. Every article stays all-or-nothing:
    planning writes nothing, and if anything fails while the batch is planned or
    written (a bug on one article's content, an IntegrityError from a concurrent
    writer), the batch is rolled back and its articles are imported again one by one,
    each in its own transaction (`import_article`), so one bad article fails alone and
    the others are imported. An article must appear at most once in a batch."""
    results, readable = {}, []
    for article, extraction in zip(articles, extractions):
        if isinstance(extraction, ArticleUnreadable):
            _mark_failed(article, str(extraction))
            results[id(article)] = ImportResult(article, error=str(extraction))
        else:
            readable.append((article, extraction))
    if readable:
        try:
            with transaction.atomic():
                _lock_imports()
                written = _plan_and_write(readable)
        except Exception as exc:  # the per-article imports log and report what went wrong
            logger.warning("a batch of %d articles could not be written at once (%s: %s); importing them one by one",
                           len(readable), type(exc).__name__, exc)
            written = [_import_alone(article, extraction) for article, extraction in readable]
        results.update((id(article), result) for (article, _), result in zip(readable, written))
    return [results[id(article)] for article in articles]


def _import_alone(article, extraction):
    article.refresh_from_db()  # the failed batch may have changed it in memory
    return import_article(article, extraction=extraction)


def _plan_and_write(pairs) -> list[ImportResult]:
    """Plan each (article, extraction) in turn against one catalog, then write them all."""
    catalog = Catalog.load([article for article, _ in pairs], [extraction for _, extraction in pairs])
    plans = [(article, Planner(article, extraction, catalog).run()) for article, extraction in pairs]
    results = write_plans(plans)
    _mark_imported(pairs, results)
    return results


def _batches(articles, size):
    """Runs of at most `size` articles, none twice in one run (a repeat goes in the
    next one, where it sees what the first import wrote)."""
    batch, seen = [], set()
    for article in articles:
        if len(batch) >= size or article.pk in seen:
            yield batch
            batch, seen = [], set()
        batch.append(article)
        seen.add(article.pk)
    if batch:
        yield batch


def _read_or_error(article):
    try:
        return read_article(article)
    except ArticleUnreadable as exc:
        return exc


# -- extracting big imports in worker processes -------------------------------------------

def _extracted(batches):
    """Each batch with its articles' Extractions (an ArticleUnreadable for an article
    that cannot be read). A big import runs the extractor in worker processes, a few
    batches ahead of the one being planned and written here: the extractor is pure
    Python without Django, so a forked worker needs only the text, and two cores do
    twice the work. Small imports (and tests) stay in this process: starting workers
    costs more than it saves."""
    total = sum(map(len, batches))
    workers = min(os.cpu_count() or 1, 2)
    # fork() copies the loaded extractor; it is only safe while this process runs one thread.
    if total < getattr(settings, "SUMMITS_IMPORT_PARALLEL_FROM", PARALLEL_FROM) or workers < 2 or threading.active_count() > 1 or "fork" not in mp.get_all_start_methods():
        for batch in batches:
            yield batch, [_read_or_error(article) for article in batch]
        return
    _read_or_error(batches[0][0])  # load lexicons and gazetteer once, before the fork
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("fork")) as pool:
        pending, waiting = deque(), iter(batches)
        for batch in islice(waiting, BATCHES_AHEAD):
            pending.append((batch, pool.submit(_extract_texts, [_extractor_input(a) for a in batch])))
        while pending:
            batch, job = pending.popleft()
            for later in islice(waiting, 1):
                pending.append((later, pool.submit(_extract_texts, [_extractor_input(a) for a in later])))
            yield batch, job.result()


def _extract_texts(inputs):
    """In a worker: read_article for each (pk, body, published, url)."""
    found = []
    for one in inputs:
        try:
            found.append(_extract(*one))
        except ArticleUnreadable as exc:
            found.append(ArticleUnreadable(str(exc)))  # without its cause: it crosses to the parent
    return found


def _lock_imports():
    """SQLite's IMMEDIATE transactions already let one writer in at a time. PostgreSQL
    needs a lock so two imports about one summit don't both decide to create it (summits
    without an ordinal and people have no unique key to catch the race); imports take
    milliseconds, so waiting costs nothing."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [IMPORT_LOCK])


def _mark_imported(pairs, results):
    """Status, counts and header metadata of the imported articles, in one query."""
    changed, names = [], set()
    for (article, extraction), result in zip(pairs, results):
        fields = _imported_fields(article, result, extraction)
        for name, value in fields.items():
            setattr(article, name, value)
        if fields:
            changed.append(article)
            names.update(fields)
    if changed:
        update_rows(Article, changed, sorted(names))


def _imported_fields(article, result, extraction) -> dict:
    fields = {}
    if not (result.changed_nothing and article.import_status == ImportStatus.IMPORTED):
        counts = article.import_counts or {}
        fields = {
            "import_status": ImportStatus.IMPORTED, "last_error": "", "imported": timezone.now(),
            "import_counts": {
                "created": dict(Counter(counts.get("created", {})) + result.created),
                "merged": dict(Counter(counts.get("merged", {})) + result.merged),
                "conflicts": counts.get("conflicts", 0) + result.conflicts,
            },
        }
    fields.update(_article_metadata(article, extraction.article))
    return fields


def _article_metadata(article, info) -> dict:
    """Fill what the stored article lacks from what the extractor read in its header."""
    fields = {}
    if not article.title and info.title:
        fields["title"] = " ".join(info.title.split())[:500]
    if not article.source and info.source:
        fields["source"] = info.source[:120]
    for name, names in (("authors", info.authors), ("editors", info.editors)):
        if not getattr(article, name) and (joined := joined_names(names)):
            fields[name] = joined
    if article.language == Language.OTHER and info.language in Language.values:
        if info.language != Language.OTHER:
            fields["language"] = info.language
    if article.published is None and info.published:
        published = as_datetime(info.published)
        fields["published"] = published
        fields["published_offset"] = utc_offset_minutes(info.published)
    return fields


def _mark_failed(article, error):
    Article.objects.filter(pk=article.pk).update(import_status=ImportStatus.FAILED, last_error=error)
    article.import_status, article.last_error = ImportStatus.FAILED, error


# -- describing a plan ------------------------------------------------------------------

def describe(touch: Touch) -> PlannedChange:
    label = _label(touch)
    if touch.created:
        action, detail = "create", f"new {touch.kind}: {label}"
    elif touch.already_source:
        action, detail = "unchanged", f"{label}: already imported from this article"
    else:
        action = "conflict" if touch.conflicts else "merge"
        detail = f"matches {label} ({touch.how}) — adds this article as a source"
    if touch.changes:
        detail += "; sets " + ", ".join(f"{name} to {new}" for name, (_old, new) in touch.changes.items())
    if touch.conflicts:
        detail += "; disagrees on " + ", ".join(
            f"{c.field}: keeps {c.current or '(empty)'}, article says {c.proposed}" for c in touch.conflicts
        )
    return PlannedChange(
        action=action, kind=touch.kind, label=label, detail=detail, sentence=touch.sentence,
        record=touch.obj, changes=dict(touch.changes), conflicts=list(touch.conflicts),
    )


def _label(touch: Touch) -> str:
    obj = touch.obj
    if touch.kind == "attendance":
        person = touch.links.get("participant")
        event = touch.links.get("meeting") or touch.links.get("summit")
        if person and event:
            return f"{person.obj.name} at {event.obj.name}"
        return str(obj)
    if touch.kind in ("summit", "meeting") and obj.start:
        where = str(getattr(obj, "host_country", "") or getattr(obj, "country", "") or "")
        return f"{obj.name}, {obj.period_display}" + (f", {where}" if where else "")
    return str(obj)
