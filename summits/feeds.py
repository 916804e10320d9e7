"""/schedule.ics and /schedule.json: the schedule as a calendar and as data, through the
same FilterSet as the page, in a fixed number of queries.

Dates known only to a month (or year) become an all-day event spanning that month
(year), STATUS:TENTATIVE, and the description says the day is not known: calendars have
no "some day in October", and inventing one would mislead more than a span does.
"""
import datetime as dt
import json
from urllib.parse import urlencode

from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from . import ical, pagecache, periods, presenters, queries
from .countrynames import country_name
from .filters import SummitFilter
from .models import Summit

EXPORT_LIMIT = 500
UID_DOMAIN = "summit-timeline"
PRODID = "-//Summit Timeline//Public schedule//EN"


def exported_summits(filterset):
    """The latest EXPORT_LIMIT summits that match, oldest first (narrow with year or
    from/to to reach further back)."""
    latest = queries.dated(filterset.qs).order_by("-start", "-id")[:EXPORT_LIMIT]
    return sorted(queries.summit_rows(latest), key=lambda r: (r["start"], r["id"]))


# What else an export reads about its summits; the calendar shows only their meetings and
# sources.
PARTS = {
    "attendances": queries.attendances_by_summit,
    "documents": queries.documents_by_summit,
    "countries": queries.countries_by_summit,
}


def export_data(filterset, request, parts=tuple(PARTS)):
    rows = exported_summits(filterset)
    ids = [row["id"] for row in rows]
    return {
        "rows": rows,
        "meetings": queries.meetings_by_summit(ids),
        "sources": queries.sources_by_summit(ids),
        **{part: PARTS[part](ids) for part in parts},
        "base": request.build_absolute_uri("/").rstrip("/"),
        "parents": {row["id"]: row["slug"] for row in rows},
    }


def bad_filters(filterset):
    return filterset.is_bound and not filterset.form.is_valid()


def _errors(filterset):
    return {field: [str(e) for e in errs] for field, errs in filterset.errors.items()}


def _cached(request, name, build):
    filterset = SummitFilter(request.GET or None, queryset=Summit.objects.all())
    if bad_filters(filterset):
        return None, filterset
    params = urlencode(sorted((k, str(v)) for k, v in filterset.active().items()))
    key_params = f"{params}|{request.get_host()}|{request.scheme}"
    lang = (request.LANGUAGE_CODE or "en").split("-")[0]
    return pagecache.get_or_build(name, lang, key_params, lambda: build(filterset)), filterset


# JSON

def _period(row, prefix=""):
    start, end = row[f"{prefix}start"], row[f"{prefix}end"]
    return {
        "start": periods.iso(start, row[f"{prefix}start_precision"]),
        "start_precision": row[f"{prefix}start_precision"],
        "end": periods.iso(end, row[f"{prefix}end_precision"]) if end else None,
        "end_precision": row[f"{prefix}end_precision"] if end else None,
        "display": periods.format_period(start, row[f"{prefix}start_precision"], end, row[f"{prefix}end_precision"]),
        "tentative": row[f"{prefix}start_precision"] != periods.DAY,
    }


def _country_json(code, language):
    code = str(code or "")
    return {"code": code, "name": country_name(code, language)} if code else None


# Links of the exports, made without a reverse() each (thousands of them in one export).
URL_MAKERS = {"summit": "summits:summit", "person": "summits:person", "document": "summits:document"}


def summit_json(row, data):
    sid, base, lang, url = row["id"], data["base"], data["language"], data["url"]
    return {
        "id": sid,
        "name": row["name"],
        "url": base + url["summit"](row["slug"]),
        **_period(row),
        "organisation": row["organisation__short_name"],
        "ordinal": row["ordinal"],
        "country": _country_json(row["host_country"], lang),
        "city": row["city"],
        "venue": row["venue"],
        "theme": row["theme"],
        "mode": row["mode"],
        "parent": data["parents"].get(row["parent_id"]) if row["parent_id"] else None,
        "meetings": [
            {"name": m["name"], "kind": m["kind"], **_period(m), "country": _country_json(m["country"], lang),
             "city": m["city"], "chair_country": _country_json(m["chair_country"], lang)}
            for m in data["meetings"].get(sid, [])
        ],
        "participants": [
            {"name": a["name"], "country": _country_json(a["country"], lang), "title": a["title"],
             "role": a["role"], "meeting": a["meeting_name"], "url": base + url["person"](a["slug"])}
            for a in data["attendances"].get(sid, [])
        ],
        "documents": [
            {"title": d["title"], "kind": d["kind"], "status": d["status"],
             "url": base + url["document"](d["slug"])}
            for d in data["documents"].get(sid, [])
        ],
        "countries": [
            {"code": code, "roles": sorted(roles)} for code, roles in sorted(data["countries"].get(sid, {}).items())
        ],
        "sources": [
            {"url": s["url"], "title": s["title"], "source": s["source"],
             "published": s["published"].isoformat() if s["published"] else None}
            for s in data["sources"].get(sid, [])
        ],
    }


def schedule_json(request):
    def build(filterset):
        data = export_data(filterset, request)
        data["language"] = get_language()
        data["url"] = {kind: presenters.url_maker(name) for kind, name in URL_MAKERS.items()}
        summits = [summit_json(row, data) for row in data["rows"]]
        return json.dumps({"summits": summits, "count": len(summits), "limit": EXPORT_LIMIT}, ensure_ascii=False)

    body, filterset = _cached(request, "json", build)
    if body is None:
        return JsonResponse({"error": _("Some filters are not valid."), "filters": _errors(filterset)}, status=400)
    return HttpResponse(body, content_type="application/json; charset=utf-8")


# iCalendar

def _day_span(start, start_precision, end, end_precision):
    """All-day DTSTART and exclusive DTEND covering the period at its precision."""
    last = periods.last_day(end or start, end_precision if end else start_precision)
    return periods.truncate(start, start_precision), last + dt.timedelta(days=1)


def _location(city, code, language):
    return ", ".join(part for part in (city, country_name(code, language) if code else "") if part)


class _Words:
    """The calendar's language, translated phrases and summit links, looked up once a build
    rather than per event."""

    def __init__(self):
        self.language = get_language()
        self.theme = _("Theme: %(theme)s")
        self.part_of = _("Part of %(summit)s")
        self.vague = _("Date known only to the %(precision)s: %(period)s.")
        self.precision = {periods.MONTH: _("month"), periods.YEAR: _("year")}
        self.sources = _("Sources:")
        self.summit_url = presenters.url_maker(URL_MAKERS["summit"])  # (the language is in the path)


def _description(row, sources, words, lines):
    parts = [line for line in lines if line]
    if row["start_precision"] != periods.DAY:
        parts.append(words.vague % {
            "precision": words.precision.get(row["start_precision"], words.precision[periods.YEAR]),
            "period": periods.format_period(row["start"], row["start_precision"]),
        })
    urls = [s["url"] for s in sources if s["url"]]
    if urls:
        parts.append(words.sources + "\n" + "\n".join(urls))
    return "\n".join(parts)


def _event(kind, row, summary, stamp, location, description, url, related_to=""):
    first, after = _day_span(row["start"], row["start_precision"], row["end"], row["end_precision"])
    status = "TENTATIVE" if row["start_precision"] != periods.DAY else "CONFIRMED"
    return ical.event_lines(
        f"{kind}-{row['id']}@{UID_DOMAIN}", summary, first, after, stamp, description, location, status, url,
        related_to,
    )


def summit_events(row, data, stamp, words):
    """The VEVENT lines of a summit and of each of its dated meetings."""
    url = data["base"] + words.summit_url(row["slug"])
    sources = data["sources"].get(row["id"], [])
    theme = row["theme"] and words.theme % {"theme": row["theme"]}
    description = _description(row, sources, words, [row["organisation__short_name"], theme, url])
    location = _location(row["city"], row["host_country"], words.language)
    yield _event("summit", row, row["name"], stamp, location, description, url)
    part_of = words.part_of % {"summit": row["name"]}
    for meeting in data["meetings"].get(row["id"], []):
        if meeting["start"]:
            yield _event(
                "meeting", meeting, f"{meeting['name']} ({row['name']})", stamp,
                _location(meeting["city"] or row["city"], meeting["country"] or row["host_country"], words.language),
                _description(meeting, sources, words, [part_of, url]), url, f"summit-{row['id']}@{UID_DOMAIN}",
            )


def calendar_for(data, stamp):
    """The calendar file (bytes) of the exported summits; `stamp` is the DTSTAMP of all."""
    header = [
        ("VERSION", "2.0"), ("PRODID", PRODID), ("CALSCALE", "GREGORIAN"), ("METHOD", "PUBLISH"),
        ("X-WR-CALNAME", _("Summit Timeline")),
    ]
    words, stamp = _Words(), ical.utc_stamp(stamp)
    return ical.calendar(header, (event for row in data["rows"] for event in summit_events(row, data, stamp, words)))


def schedule_ics(request):
    def build(filterset):
        stamp = timezone.now().astimezone(dt.timezone.utc).replace(microsecond=0)
        return calendar_for(export_data(filterset, request, parts=()), stamp)

    body, filterset = _cached(request, "ics", build)
    if body is None:
        message = _("Some filters are not valid.") + "\n" + "\n".join(
            f"{field}: {' '.join(errors)}" for field, errors in _errors(filterset).items()
        )
        return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="summit-timeline.ics"'
    return response
