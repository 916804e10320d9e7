"""What the public pages fetch, each in a fixed number of queries whatever the size of
the archive. Rows are plain dicts (`.values()`): the schedule shows a few fields of many
records, and building model instances for them is most of the cost of a page."""
import datetime as dt
from collections import defaultdict

from django.db.models import CharField, Count, F, Q
from django.db.models.functions import Cast, Coalesce, Substr

from django.utils import timezone

from . import periods
from .models import Attendance, Document, Evidence, Meeting, Organisation, Summit, SummitCountry

SUMMIT_FIELDS = (
    "id", "slug", "name", "start", "start_precision", "end", "end_precision", "host_country", "city",
    "venue", "theme", "mode", "virtual", "parent_id", "ordinal",
    "organisation__short_name", "organisation__slug",
)
MEETING_FIELDS = (
    "id", "summit_id", "name", "kind", "start", "start_precision", "end", "end_precision",
    "country", "city", "venue", "chair_country",
)


def dated(queryset):
    return queryset.filter(start__isnull=False)


# No summit runs longer than this: it bounds the index range the upcoming list scans.
LONGEST_EVENT = dt.timedelta(days=400)


def upcoming_condition(today):
    """Summits not over yet: starting today or later, still running, or known only to a
    month (year) that has not ended."""
    month, year = periods.truncate(today, periods.MONTH), periods.truncate(today, periods.YEAR)
    return Q(start__gte=today - LONGEST_EVENT) & (
        Q(start__gte=today)
        | Q(end__gte=today)
        | Q(end_precision=periods.MONTH, end__gte=month)
        | Q(start_precision=periods.MONTH, start__gte=month)
        | Q(start_precision=periods.YEAR, start__gte=year)
    )


def listed(queryset, selective):
    """Summits the schedule lists. Side summits show nested under their parent, so an
    unfiltered list skips them; a filter that picks one keeps it (see `nest`)."""
    return queryset if selective else queryset.filter(parent__isnull=True)


def nest(rows):
    """Drop the side summits whose parent is listed too: they show under it."""
    ids = {row["id"] for row in rows}
    return [row for row in rows if row["parent_id"] not in ids]


def summit_rows(queryset):
    return list(queryset.values(*SUMMIT_FIELDS))


def side_summit_rows(parent_ids):
    return summit_rows(Summit.objects.filter(parent_id__in=parent_ids).order_by("start", "name"))


def meetings_by_summit(summit_ids):
    grouped = defaultdict(list)
    rows = Meeting.objects.filter(summit_id__in=summit_ids).order_by("start", "name").values(*MEETING_FIELDS)
    for row in rows:
        grouped[row["summit_id"]].append(row)
    return grouped


def evidence_of(summit_ids):
    """Evidence backing the summits, their meetings, attendances and documents, with the
    summit each belongs to as `owner`. Each branch is an indexed look-up on Evidence,
    joined by UNION ALL (see attendances_of)."""
    meetings = Meeting.objects.filter(summit_id__in=summit_ids).values("id")
    attendances = attendances_of(summit_ids).values("id")
    documents = Document.objects.filter(summit_id__in=summit_ids).values("id")
    branches = [
        Evidence.objects.filter(**{lookup: ids}).values("id")
        for lookup, ids in (("summit_id__in", summit_ids), ("meeting_id__in", meetings),
                            ("attendance_id__in", attendances), ("document_id__in", documents))
    ]
    return Evidence.objects.filter(pk__in=branches[0].union(*branches[1:], all=True)).annotate(
        owner=Coalesce(
            "summit_id", "meeting__summit_id", "document__summit_id",
            "attendance__summit_id", "attendance__meeting__summit_id",
        )
    )


def source_counts(summit_ids):
    """{summit id: number of distinct articles behind it}."""
    pairs = evidence_of(summit_ids).values_list("owner", "article_id").distinct()
    counts = defaultdict(int)
    for owner, _article in pairs:
        counts[owner] += 1
    return counts


def sources_by_summit(summit_ids):
    """{summit id: [article dicts]} in publication order."""
    rows = (
        evidence_of(summit_ids)
        .values("owner", "article_id", url=F("article__url"), title=F("article__title"),
                source=F("article__source"), published=F("article__published"))
        .distinct()
        .order_by("published", "article_id")
    )
    grouped = defaultdict(list)
    for row in rows:
        grouped[row["owner"]].append(row)
    return grouped


def attendances_of(summit_ids):
    """Attendances at the summits or at their meetings: two indexed look-ups joined by
    UNION ALL. An OR of the two makes PostgreSQL scan every attendance (and an OR through
    the meeting join makes SQLite do so): at 10,000 summits 0.5 ms against 30-900 ms."""
    meetings = Meeting.objects.filter(summit_id__in=summit_ids).values("id")
    at_summits = Attendance.objects.filter(summit_id__in=summit_ids).values("id")
    at_meetings = Attendance.objects.filter(meeting_id__in=meetings).values("id")
    return Attendance.objects.filter(pk__in=at_summits.union(at_meetings, all=True))


def attendances_by_summit(summit_ids):
    rows = (
        attendances_of(summit_ids)
        .annotate(owner=Coalesce("summit_id", "meeting__summit_id"))
        .order_by("participant__name", "meeting__start")
        .values(
            "owner", "role", "title", "meeting_id", meeting_name=F("meeting__name"),
            name=F("participant__name"), slug=F("participant__slug"), country=F("participant__country"),
        )
    )
    grouped = defaultdict(list)
    for row in rows:
        grouped[row["owner"]].append(row)
    return grouped


def documents_by_summit(summit_ids):
    grouped = defaultdict(list)
    rows = Document.objects.filter(summit_id__in=summit_ids).values(
        "summit_id", "title", "slug", "kind", "status", "date", "date_precision"
    )
    for row in rows:
        grouped[row["summit_id"]].append(row)
    return grouped


def countries_by_summit(summit_ids):
    grouped = defaultdict(lambda: defaultdict(set))
    for summit_id, code, role in SummitCountry.objects.filter(summit_id__in=summit_ids).values_list(
        "summit_id", "country", "role"
    ):
        grouped[summit_id][code].add(role)
    return grouped


# Facets for the filter form: computed over the whole archive, cached by the caller.

def year_counts():
    # The first four characters of the ISO date: a plain string function every database
    # runs fast, where EXTRACT is a Python function call per row on SQLite.
    year = Substr(Cast("start", CharField()), 1, 4)
    rows = (
        dated(Summit.objects.filter(parent__isnull=True))
        .annotate(year=year).values("year").annotate(n=Count("id")).order_by("year")
    )
    return [(int(row["year"]), row["n"]) for row in rows]


def country_counts():
    rows = SummitCountry.objects.values("country").annotate(n=Count("summit_id", distinct=True))
    return {row["country"]: row["n"] for row in rows}


def organisation_counts():
    rows = (
        Organisation.objects.annotate(n=Count("summits")).filter(n__gt=0)
        .order_by("short_name").values("slug", "short_name", "n")
    )
    return list(rows)


def today():
    return timezone.localdate()
