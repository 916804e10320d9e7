"""Public pages: the schedule, its exports (summits.feeds) and the detail pages.

Views stay thin: querysets in summits.queries say what each page fetches, presenters
make rows ready to show, and the schedule's list is cached per filter, language and page
(summits.pagecache) so a page costs a couple of cache reads once rendered."""
from urllib.parse import urlencode

from django.db.models import Q
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from . import facets, pagecache, presenters, queries
from .countrynames import country_name, flag_url, is_country, sorted_by_name
from .filters import SummitFilter
from .models import (
    Attendance, CountryRole, Document, Evidence, Meeting, MeetingKind, Organisation, Participant, Summit,
    SummitCountry,
)

UPCOMING_SIZE = 25
PAST_SIZE = 25
RANGE_SIZE = 50
SELECTIVE = {"country", "org", "kind", "q"}
RANGE = {"year", "from", "to"}
FILTER_NAMES = ("country", "role", "org", "year", "kind", "q", "from", "to")


def language():
    return (get_language() or "en").split("-")[0]


def page_number(request):
    try:
        return min(max(int(request.GET.get("page", 1)), 1), 100_000)
    except ValueError:
        return 1


def canonical(active):
    """Filter values as GET parameters, in a stable order (cache keys, links)."""
    return {name: str(value) for name, value in sorted(active.items())}


def link(params, **changes):
    merged = {**params, **{k: str(v) for k, v in changes.items() if v not in (None, "")}}
    for name, value in changes.items():
        if value in (None, ""):
            merged.pop(name, None)
    return "?" + urlencode(merged) if merged else "?"


def schedule_rows(filterset, page, today):
    """The one bounded window of top-level summits this page shows, as sections."""
    active = filterset.active()
    base = queries.dated(queries.listed(filterset.qs, bool(SELECTIVE & active.keys())))
    upcoming_q = queries.upcoming_condition(today)
    if RANGE & active.keys():
        offset = (page - 1) * RANGE_SIZE
        rows = queries.summit_rows(base.order_by("start", "id")[offset: offset + RANGE_SIZE + 1])
        more = len(rows) > RANGE_SIZE
        rows = queries.nest(rows[:RANGE_SIZE])
        return {"mode": "range", "rows": rows, "more": more}
    upcoming = []
    if page == 1:
        upcoming = queries.summit_rows(base.filter(upcoming_q).order_by("start", "id")[:UPCOMING_SIZE + 1])
    offset = (page - 1) * PAST_SIZE
    # `start < today` first: an index range the database walks backwards from today.
    past = base.filter(start__lt=today).exclude(upcoming_q).order_by("-start", "-id")
    past = queries.summit_rows(past[offset: offset + PAST_SIZE + 1])
    more = len(past) > PAST_SIZE
    return {
        "mode": "window", "upcoming": queries.nest(upcoming[:UPCOMING_SIZE]),
        "more_upcoming": len(upcoming) > UPCOMING_SIZE, "past": queries.nest(past[:PAST_SIZE]), "more": more,
    }


def schedule_context(filterset, page):
    today = queries.today()
    window = schedule_rows(filterset, page, today)
    shown = window["rows"] if window["mode"] == "range" else window["upcoming"] + window["past"]
    ids = [row["id"] for row in shown]
    sides = queries.side_summit_rows(ids) if ids else []
    all_ids = ids + [side["id"] for side in sides]
    lang = language()
    meetings = queries.meetings_by_summit(all_ids)
    presenters.attach(
        shown, meetings=meetings, sides=sides, sources=queries.source_counts(all_ids), language=lang,
        today=today,
    )
    params = canonical(filterset.active())
    if window["mode"] == "range":
        past = [r for r in shown if not r["upcoming"]]
        upcoming = [r for r in shown if r["upcoming"]]
        sections = [
            {"id": "earlier", "title": _("Earlier"), "groups": presenters.month_groups(past)},
            {"id": "upcoming", "title": _("Coming up"), "groups": presenters.month_groups(upcoming)},
        ]
        today_after = 0
    else:
        sections = [
            {"id": "upcoming", "title": _("Coming up"), "groups": presenters.month_groups(window["upcoming"]),
             "empty": _("No upcoming summits on record.") if page == 1 else "",
             "more": link(params, **{"from": window["upcoming"][-1]["start"].isoformat()})
             if window["more_upcoming"] else ""},
            {"id": "earlier", "title": _("Earlier, most recent first"), "groups": presenters.month_groups(window["past"]),
             "empty": _("No earlier summits.")},
        ]
        today_after = 0 if page == 1 else None
    return {
        "mode": window["mode"], "sections": sections, "today": today, "today_after": today_after,
        "timeline": presenters.timeline(shown, today), "count": len(shown),
        "newer": link(params, page=page - 1 if page > 2 else None) if page > 1 else "",
        "older": link(params, page=page + 1) if window["more"] else "",
        "params": params,
    }


def form_options():
    """Options of the filter form: years, countries with events, organisations, kinds."""
    lang = language()
    found = facets.options()
    counts = found["countries"]
    return {
        "years": [(str(year), str(n)) for year, n in found["years"]],
        "countries": [
            {"code": code, "name": country_name(code, lang), "n": str(counts[code])}
            for code in sorted_by_name(counts, lang)
        ],
        "organisations": [{**row, "n": str(row["n"])} for row in found["organisations"]],
        "kinds": [(value, str(label)) for value, label in MeetingKind.choices],
    }


def schedule(request):
    """The schedule. Its main part is cached under the raw filter parameters, so a hit
    builds no FilterSet and runs one query (the data version)."""
    lang = language()
    raw = sorted((name, request.GET.get(name, "")) for name in FILTER_NAMES if request.GET.get(name))
    page = page_number(request)

    def build_main():
        filterset = SummitFilter(request.GET or None, queryset=Summit.objects.all())
        options = pagecache.get_or_build("facets", lang, "", form_options, version)
        return render_to_string("summits/_schedule_main.html", main_context(filterset, options, page))

    version = pagecache.data_version()
    main = pagecache.get_or_build("schedule", lang, urlencode([*raw, ("page", page)]), build_main, version)
    country = request.GET.get("country", "").strip().upper()
    return render(request, "summits/schedule.html", {
        "main": main, "exports": export_query(dict(raw)),
        "chosen_country": country_name(country, lang) if is_country(country) else "",
    })


def export_query(params):
    return "?" + urlencode(params) if params else ""


def main_context(filterset, options, page):
    """Filter form, year navigation, export links, timeline and list of one page."""
    params = canonical(filterset.active())
    errors = filterset.errors if filterset.is_bound else {}
    undated = {k: v for k, v in params.items() if k not in RANGE}
    return {
        **schedule_context(filterset, page),
        "facets": options, "active": filterset.active(), "params": params, "errors": errors,
        "year_links": presenters.year_links(
            [(year, n, link(undated, year=year)) for year, n in reversed(options["years"])], params.get("year"),
        ),
        "country_options": presenters.select_options(
            [(c["code"], f"{c['name']} ({c['n']})") for c in options["countries"]], params.get("country"),
        ),
        "organisation_options": presenters.select_options(
            [(o["slug"], f"{o['short_name']} ({o['n']})") for o in options["organisations"]], params.get("org"),
        ),
        "now_link": link(undated), "current_year": params.get("year"), "exports": export_query(params),
    }


def _country(code):
    return presenters.country(code, language())


ROLE_LABELS = dict(CountryRole.choices)


def fact_label(evidence):
    """What one evidence sentence backs, in words: "Meeting: Plenary session – date"."""
    if evidence.meeting_id:
        what = _("Meeting: %(name)s") % {"name": evidence.meeting.name}
    elif evidence.document_id:
        what = _("Document: %(title)s") % {"title": evidence.document.title}
    elif evidence.attendance_id:
        what = _("Participant: %(name)s") % {"name": evidence.attendance.participant.name}
    elif getattr(evidence, "participant_id", None):
        what = _("Person: %(name)s") % {"name": evidence.participant.name}
    else:
        what = _("Summit")
    return f"{what} – {evidence.field}" if evidence.field else what


def sources_with_sentences(evidence_queryset):
    """[{"article", "facts": [{"labels", "sentence"}]}] by article; one sentence that backs
    several facts is quoted once, with all their labels."""
    articles = {}
    for evidence in evidence_queryset:
        entry = articles.setdefault(evidence.article_id, {"article": evidence.article, "facts": {}})
        fact = entry["facts"].setdefault(evidence.sentence, {"labels": [], "sentence": evidence.sentence})
        label = fact_label(evidence)
        if label not in fact["labels"]:
            fact["labels"].append(label)
    return [{"article": e["article"], "facts": list(e["facts"].values())} for e in articles.values()]


def participants_of(attendances):
    """One entry per person: their country, the titles they held, and where they sat."""
    people = {}
    for attendance in attendances:
        person = attendance.participant
        entry = people.setdefault(person.pk, {
            "person": person, "country": _country(person.country), "titles": [], "events": [],
        })
        title = attendance.title or person.title
        if title and title not in entry["titles"]:
            entry["titles"].append(title)
        entry["events"].append(attendance.meeting.name if attendance.meeting_id else _("the summit"))
    return sorted(people.values(), key=lambda e: e["person"].name)


def summit_detail(request, slug):
    summit = get_object_or_404(Summit.objects.select_related("organisation", "parent"), slug=slug)
    lang = language()
    meetings = [presenters.decorate_meeting(row, lang) for row in queries.meetings_by_summit([summit.pk])[summit.pk]]
    sides = queries.side_summit_rows([summit.pk])
    for side in sides:
        side["url"] = side["slug"] and presenters.url_maker("summits:summit")(side["slug"])
        side["period"] = presenters.periods.format_period(side["start"], side["start_precision"], side["end"], side["end_precision"])
    attendances = queries.attendances_of([summit.pk]).select_related("participant", "meeting")
    roles = queries.countries_by_summit([summit.pk]).get(summit.pk, {})
    countries = [
        {**_country(code), "roles": sorted(str(ROLE_LABELS.get(r, r)) for r in roles[code])}
        for code in sorted_by_name(roles, lang)
    ]
    evidence = (
        queries.evidence_of([summit.pk])
        .select_related("article", "meeting", "document", "attendance__participant")
        .order_by("article__published", "article_id", "start")
    )
    return render(request, "summits/summit.html", {
        "summit": summit, "host": _country(summit.host_country), "chair": _country(summit.chair_country),
        "days": presenters.days_of(meetings), "side_summits": sides,
        "participants": participants_of(attendances),
        "documents": summit.documents.all(), "countries": countries,
        "sources": sources_with_sentences(evidence),
        "uncertain": summit.start_precision != "day",
    })


def person_detail(request, slug):
    person = get_object_or_404(Participant.objects.select_related("organisation"), slug=slug)
    attendances = (
        Attendance.objects.filter(participant=person)
        .select_related("summit", "meeting", "meeting__summit")
        .order_by(Coalesce("meeting__start", "summit__start"))
    )
    rows = []
    for attendance in attendances:
        event = attendance.meeting or attendance.summit
        rows.append({
            "event": event, "summit": attendance.summit or attendance.meeting.summit,
            "is_meeting": bool(attendance.meeting_id), "title": attendance.title,
            "role": attendance.get_role_display(),
        })
    evidence = (
        Evidence.objects.filter(Q(participant=person) | Q(attendance__in=attendances.values("pk")))
        .select_related("article", "participant", "attendance__participant", "meeting", "document")
        .order_by("article__published", "article_id", "start")
    )
    return render(request, "summits/person.html", {
        "person": person, "country": _country(person.country), "rows": rows,
        "aliases": person.aliases.all(), "sources": sources_with_sentences(evidence),
    })


COUNTRY_PAGE_LIMIT = 300


def country_detail(request, code):
    code = code.upper()
    if not is_country(code):
        raise Http404(_("No such country code."))
    ids = SummitCountry.objects.filter(country=code).values("summit_id")
    summits = list(
        Summit.objects.filter(pk__in=ids).select_related("organisation").order_by("-start")[:COUNTRY_PAGE_LIMIT]
    )
    roles = queries.countries_by_summit([s.pk for s in summits])
    hosted, attended = [], []
    for summit in summits:
        summit.roles = sorted(str(ROLE_LABELS.get(r, r)) for r in roles[summit.pk].get(code, ()))
        (hosted if CountryRole.HOST in roles[summit.pk].get(code, ()) else attended).append(summit)
    return render(request, "summits/country.html", {
        "country": _country(code), "hosted": by_year(hosted), "attended": by_year(attended),
        "truncated": len(summits) == COUNTRY_PAGE_LIMIT,
        "people": Participant.objects.filter(country=code).order_by("name")[:100],
    })


def by_year(summits):
    years = {}
    for summit in summits:
        years.setdefault(summit.start.year if summit.start else None, []).append(summit)
    return list(years.items())


def document_detail(request, slug):
    document = get_object_or_404(Document.objects.select_related("summit", "summit__organisation"), slug=slug)
    evidence = (
        Evidence.objects.filter(document=document).select_related("article", "document")
        .order_by("article__published", "article_id", "start")
    )
    return render(request, "summits/document.html", {
        "document": document, "sources": sources_with_sentences(evidence),
    })


ORGANISATION_PAGE_LIMIT = 200


def organisation_detail(request, slug):
    organisation = get_object_or_404(Organisation, slug=slug)
    lang = language()
    memberships = [
        {"country": _country(m.country.code), "joined": m.joined, "left": m.left}
        for m in organisation.memberships.order_by("joined", "country")
    ]
    memberships.sort(key=lambda m: (m["joined"] or queries.dt.date.min, m["country"]["name"]))
    summits = list(organisation.summits.order_by("-start")[:ORGANISATION_PAGE_LIMIT])
    name = organisation.name_id if lang == "id" and organisation.name_id else organisation.name_en
    return render(request, "summits/organisation.html", {
        "organisation": organisation, "full_name": name, "memberships": memberships,
        "summits": summits, "truncated": len(summits) == ORGANISATION_PAGE_LIMIT,
        "members_now": sum(1 for m in memberships if not m["left"]),
    })
