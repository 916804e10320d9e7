"""The counts beside the options of the schedule's filter form: summits per country, per
year and per organisation.

Counted live they cost a read of every summit and every SummitCountry row (145,000 rows
at 10,000 summits: most of the time of a schedule page built from the database), so
they are stored in FacetCount and rewritten by whoever changes summits:

- `stale()` is called by every change to what they count: refresh_summit_countries (the
  import, its undo, the admin's summit and meeting forms) and the signals below (saves
  and deletes of summits, organisations and SummitCountry rows, one by one: the admin,
  the timeline file loader). It deletes the stored counts inside the change's own
  transaction and recounts them once that transaction commits;
- `options()`, the reader, uses the stored counts, or counts live while there are none
  (the change's transaction still open, or a recount that failed): never wrong counts.
"""
import functools
import logging

from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save

from . import queries
from .bulk import insert_plain_rows
from .models import Facet, FacetCount, Organisation, Summit, SummitCountry

logger = logging.getLogger(__name__)


def counted():
    """The counts, computed now from the summits."""
    return {
        "countries": queries.country_counts(),
        "years": queries.year_counts(),
        "organisations": queries.organisation_counts(),
    }


def _rows(found):
    """(facet, value, label, summits) tuples: plain rows, written in one statement."""
    yield from ((Facet.COUNTRY.value, code, "", n) for code, n in found["countries"].items())
    yield from ((Facet.YEAR.value, str(year), "", n) for year, n in found["years"])
    yield from ((Facet.ORGANISATION.value, row["slug"], row["short_name"], row["n"]) for row in found["organisations"])


def recount():
    """Rewrite the stored counts from the summits."""
    with transaction.atomic():
        _lock_counts()
        FacetCount.objects.all().delete()
        insert_plain_rows(FacetCount, ["facet", "value", "label", "summits"], list(_rows(counted())))


def _lock_counts():
    """One recount at a time, and a change's stale() waits for the recount under way,
    then drops its counts: two recounts side by side would each insert the same rows.
    SQLite's writers queue anyway (IMMEDIATE transactions); PostgreSQL locks the table."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"LOCK TABLE {connection.ops.quote_name(FacetCount._meta.db_table)} IN EXCLUSIVE MODE")


def options():
    """{"countries": {code: n}, "years": [(year, n)] in order, "organisations":
    [{"slug", "short_name", "n"}] by short name}: one query when the counts are stored."""
    rows = list(FacetCount.objects.values_list("facet", "value", "label", "summits"))
    if not rows:
        return counted()
    found = {"countries": {}, "years": [], "organisations": []}
    for facet, value, label, n in rows:
        if facet == Facet.COUNTRY:
            found["countries"][value] = n
        elif facet == Facet.YEAR:
            found["years"].append((int(value), n))
        else:
            found["organisations"].append({"slug": value, "short_name": label, "n": n})
    found["years"].sort()
    found["organisations"].sort(key=lambda row: row["short_name"])
    return found


def stale(**_):
    """Summits changed: drop the stored counts in this transaction (readers count live
    meanwhile) and recount once it commits; at most once a transaction, since an import
    batch or a timeline file changes thousands of rows in one."""
    if _recount_pending():
        return
    FacetCount.objects.all().delete()
    callback = functools.partial(_recount_logged)
    transaction.on_commit(callback)  # outside a transaction: at once
    if connection.in_atomic_block:
        # Where it sits in the connection's queue of commit hooks: a rollback empties
        # the queue (and a rolled-back savepoint takes its hooks out), so the mark
        # cannot outlive the transaction it was made in.
        connection.facet_recount = (len(connection.run_on_commit) - 1, callback)


def _recount_pending():
    mark = getattr(connection, "facet_recount", None)
    if mark is None:
        return False
    index, callback = mark
    queue = connection.run_on_commit
    return index < len(queue) and queue[index][1] is callback


def _recount_logged():
    # After the commit: a failure must not turn the saved change into an error page,
    # and leaves no counts stored (the reader counts live).
    connection.facet_recount = None  # done: the next change schedules its own
    try:
        recount()
    except Exception:
        logger.exception("recounting the filter form's counts failed; the schedule counts them live until the next change")


def connect_signals():
    for model in (Summit, Organisation, SummitCountry):
        post_save.connect(stale, sender=model, dispatch_uid=f"facets-save-{model.__name__}")
        post_delete.connect(stale, sender=model, dispatch_uid=f"facets-del-{model.__name__}")
