"""What the public pages fetch, each in a fixed number of queries whatever the size of
the archive. Rows are plain dicts (`.values()`): the schedule shows a few fields of many
records, and building model instances for them is most of the cost of a page."""
import datetime as dt
from collections import defaultdict

from django.db import connection
from django.db.models import BooleanField, CharField, Count, F, Func, OuterRef, Q, Subquery
from django.db.models.functions import Cast, Coalesce, ExtractYear, Substr

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
    return summit_rows(Summit.objects.filter(parent_id__in=parent_ids).order_by("start", "name", "id"))


def meetings_by_summit(summit_ids):
    grouped = defaultdict(list)
    rows = Meeting.objects.filter(summit_id__in=summit_ids).order_by("start", "name", "id").values(*MEETING_FIELDS)
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


class _AnyOfArray(Func):
    """`column = ANY(ARRAY(subquery))`, PostgreSQL's."""

    output_field = BooleanField()

    def as_sql(self, compiler, connection, **extra):
        (column, column_params), (subquery, subquery_params) = map(compiler.compile, self.source_expressions)
        return f"{column} = ANY(ARRAY{subquery})", (*column_params, *subquery_params)


def in_subquery(column, queryset):
    """The condition `column IN (queryset)`. PostgreSQL gets it as `= ANY(ARRAY(...))`: it
    then runs the subquery once and looks each id up, where for IN it plans a semi-join and,
    at 10,000 summits, a merge join that walks a whole evidence index (40-80 ms against 1-4)."""
    if connection.vendor == "postgresql":
        return _AnyOfArray(F(column), Subquery(queryset))
    return Q(**{f"{column}__in": queryset})


def evidence_rows(summit_ids, *fields):
    """Distinct (summit id, *fields) of the evidence behind the summits, their meetings,
    documents and attendances: a UNION of branches, each looking its evidence up by the
    ids of one kind of record."""
    meetings = Meeting.objects.filter(summit_id__in=summit_ids).order_by().values("id")
    by_record = [
        ("meeting", meetings),
        ("document", Document.objects.filter(summit_id__in=summit_ids).order_by().values("id")),
        ("attendance", Attendance.objects.filter(summit_id__in=summit_ids).order_by().values("id")),
    ]
    branches = [Evidence.objects.filter(summit_id__in=summit_ids).values_list("summit_id", *fields)] + [
        Evidence.objects.filter(in_subquery(f"{record}_id", ids)).values_list(f"{record}__summit_id", *fields)
        for record, ids in by_record
    ]
    at_meetings = Attendance.objects.filter(in_subquery("meeting_id", meetings)).order_by().values("id")
    branches.append(
        Evidence.objects.filter(in_subquery("attendance_id", at_meetings))
        .values_list("attendance__meeting__summit_id", *fields)
    )
    rows = branches[0].order_by().union(*(branch.order_by() for branch in branches[1:]))
    return {row for row in rows if row[0] is not None}


def source_counts(summit_ids):
    """{summit id: number of distinct articles behind it}."""
    counts = defaultdict(int)
    for summit_id, _article in evidence_rows(summit_ids, "article_id"):
        counts[summit_id] += 1
    return counts


ARTICLE_FIELDS = ("article_id", "article__published", "article__url", "article__title", "article__source")


def sources_by_summit(summit_ids):
    """{summit id: [article dicts]} in publication order (undated articles last)."""
    rows = sorted(
        evidence_rows(summit_ids, *ARTICLE_FIELDS),
        key=lambda row: (row[2] is None, row[2] or 0, row[1]),
    )
    grouped = defaultdict(list)
    for summit_id, article_id, published, url, title, source in rows:
        grouped[summit_id].append(
            {"article_id": article_id, "published": published, "url": url, "title": title, "source": source}
        )
    return grouped


def attendances_of(summit_ids):
    """Attendances at the summits or at their meetings: two indexed look-ups joined by
    UNION ALL. An OR of the two makes PostgreSQL scan every attendance (and an OR through
    the meeting join makes SQLite do so): at 10,000 summits 0.5 ms against 30-900 ms."""
    meetings = Meeting.objects.filter(summit_id__in=summit_ids).order_by().values("id")
    at_summits = Attendance.objects.filter(summit_id__in=summit_ids).order_by().values("id")
    at_meetings = Attendance.objects.filter(in_subquery("meeting_id", meetings)).order_by().values("id")
    return Attendance.objects.filter(in_subquery("id", at_summits.union(at_meetings, all=True)))


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

def _year(field):
    """The year of a date column, the cheapest way each database has: on SQLite the first
    four characters of the ISO text (EXTRACT is a Python function call per row there), on
    PostgreSQL EXTRACT (casting every date to text costs it three times as much)."""
    if connection.vendor == "sqlite":
        return Substr(Cast(field, CharField()), 1, 4)
    return ExtractYear(field)


def year_counts():
    rows = (
        dated(Summit.objects.filter(parent__isnull=True))
        .annotate(year=_year("start")).values("year").annotate(n=Count("id")).order_by("year")
    )
    return [(int(row["year"]), row["n"]) for row in rows]


def country_counts():
    rows = SummitCountry.objects.values("country").annotate(n=Count("summit_id", distinct=True))
    return {row["country"]: row["n"] for row in rows}


def organisation_counts():
    # Counted in the summits' organisation index, one look-up an organisation: joining
    # every summit to its organisation and grouping the join costs several times that.
    summits = (
        Summit.objects.filter(organisation=OuterRef("pk")).order_by()
        .values("organisation").annotate(n=Count("*")).values("n")
    )
    rows = (
        Organisation.objects.annotate(n=Subquery(summits)).filter(n__gt=0)
        .order_by("short_name").values("slug", "short_name", "n")
    )
    return list(rows)


def today():
    return timezone.localdate()
