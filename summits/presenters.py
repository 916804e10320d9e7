"""Rows from `summits.queries` made ready to show: dates at their precision, country
names in the reader's language, flags, links, months grouped, and the timeline strip
laid out. Plain Python so templates stay loops over prepared values."""
import datetime as dt
import html
from functools import lru_cache
from itertools import groupby

from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.dates import MONTHS_3
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from . import periods
from .countrynames import country_name, flag_url
from .models import DocumentKind, DocumentStatus, MeetingKind

@lru_cache(maxsize=16)
def _kind_labels(language):
    # Translated once a language: the choices' labels are lazy strings (see periods.month_name).
    return {value: str(label) for value, label in MeetingKind.choices}


def url_maker(name):
    """A fast reverse() for one route: `url_maker("summits:summit")("slug")`."""
    template = reverse(name, args=["SLUG"])
    return lambda slug: template.replace("SLUG", slug)


def country(code, language):
    code = str(code or "")
    if not code:
        return None
    return {"code": code, "name": country_name(code, language), "flag": flag_url(code)}


def period_iso(start, precision):
    return periods.iso(start, precision) or ""


def is_uncertain(row):
    return row["start_precision"] != periods.DAY or (row["end"] is not None and row["end_precision"] != periods.DAY)


def last_day(row):
    if row["end"]:
        return periods.last_day(row["end"], row["end_precision"])
    return periods.last_day(row["start"], row["start_precision"])


def is_upcoming(row, today):
    return last_day(row) >= today


def decorate_meeting(row, language):
    row["period"] = periods.format_period(row["start"], row["start_precision"], row["end"], row["end_precision"])
    row["iso"] = period_iso(row["start"], row["start_precision"])
    row["kind_label"] = _kind_labels(get_language()).get(row["kind"], row["kind"])
    row["place"] = country(row["country"], language)
    row["chair"] = country(row["chair_country"], language)
    return row


def days_of(meetings):
    """Meetings grouped by their date: [{"period", "iso", "meetings"}]."""
    days = []
    for (start, precision), items in groupby(meetings, key=lambda m: (m["start"], m["start_precision"])):
        items = list(items)
        days.append({"period": items[0]["period"], "iso": items[0]["iso"], "meetings": items})
    return days


def days_html(days):
    """The day-by-day list of a summit's meetings, built here rather than in the
    template: it is most of what a schedule page renders. Every value is escaped with
    the standard library's html.escape, and the whole marked safe once: format_html on
    each of 500 meetings cost a fifth of a page built from the database."""
    chaired = _("chaired by %(country)s")
    items = []
    for day in days:
        meetings = "".join(
            f'<li>{_escape(m["name"])} <span class="kind">{_escape(m["kind_label"])}</span>'
            + (f' <span class="chair">{_escape(chaired % {"country": m["chair"]["name"]})}</span>' if m["chair"] else "")
            + "</li>"
            for m in day["meetings"]
        )
        items.append(f'<li><time datetime="{_escape(day["iso"])}">{_escape(day["period"])}</time>\n<ul>{meetings}</ul></li>')
    return mark_safe(f'<ol class="days">{"".join(items)}</ol>')


def _escape(value):
    return html.escape(str(value))


# The filter form's lists cover the whole archive (hundreds of countries and organisations
# at 10,000 summits): written here, a template loop costs about 25 µs an option.

def select_options(choices, selected):
    """<option>s of (value, label) pairs, the one equal to `selected` selected."""
    return mark_safe("".join(
        f'<option value="{escape(value)}"{" selected" if value == selected else ""}>{escape(label)}</option>'
        for value, label in choices
    ))


CURRENT = ' aria-current="page"'  # the year shown


def year_links(links, current):
    """<li> links of (year, count, href), the current year marked."""
    return mark_safe("".join(
        f'<li><a href="{escape(href)}"{CURRENT if year == current else ""}>'
        f'{escape(year)} <span class="count">{escape(n)}</span></a></li>'
        for year, n, href in links
    ))


def decorate_summit(row, language, summit_url, org_url, today):
    row["url"] = summit_url(row["slug"])
    row["period"] = periods.format_period(row["start"], row["start_precision"], row["end"], row["end_precision"])
    row["iso"] = period_iso(row["start"], row["start_precision"])
    row["uncertain"] = is_uncertain(row)
    row["host"] = country(row["host_country"], language)
    row["org_url"] = org_url(row["organisation__slug"]) if row["organisation__slug"] else ""
    row["upcoming"] = bool(row["start"]) and is_upcoming(row, today)
    return row


def attach(rows, *, meetings, sides, sources, language, today):
    """Give each summit row its meetings (by day), side summits and source count."""
    summit_url, org_url = url_maker("summits:summit"), url_maker("summits:organisation")
    side_by_parent = {}
    for side in sides:
        side_by_parent.setdefault(side["parent_id"], []).append(side)
    for row in rows:
        row["side_summits"] = side_by_parent.get(row["id"], [])
        for summit in [row, *row["side_summits"]]:
            decorate_summit(summit, language, summit_url, org_url, today)
            summit_meetings = [decorate_meeting(m, language) for m in meetings.get(summit["id"], [])]
            summit["meeting_count"] = len(summit_meetings)
            summit["days"] = days_of(summit_meetings)
            summit["days_html"] = days_html(summit["days"]) if summit["days"] else ""
            summit["sources"] = sources.get(summit["id"], 0)
    return rows


def month_groups(rows):
    """[{"year", "month", "label", "summits"}] in the rows' order. Summits known only to
    the year form a group of their own at the end of their year."""
    groups = []
    for (year, month), items in groupby(rows, key=month_key):
        label = f"{periods.month_name(month)} {year}" if month else _("%(year)s, month not known") % {"year": year}
        groups.append({"year": year, "month": month, "label": label, "id": f"m{year}-{month:02d}", "summits": list(items)})
    return groups


def month_key(row):
    month = row["start"].month if row["start_precision"] != periods.YEAR else 0
    return (row["start"].year, month)


# The timeline strip: an SVG drawn here, so it needs no JavaScript.

WIDTH = 1000
LANE_HEIGHT = 24
AXIS_HEIGHT = 34
LABEL_CHARS = 30
CHAR_WIDTH = 6.2


def _short(name):
    return name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1].rstrip() + "…"


def _span(rows, today):
    first = min(periods.truncate(r["start"], periods.MONTH) for r in rows)
    last = max(last_day(r) for r in rows)
    if first <= today <= last + dt.timedelta(days=62):
        last = max(last, today)
    last = periods.last_day(last, periods.MONTH)
    return first, last + dt.timedelta(days=1)


def _ticks(first, end, x):
    days = (end - first).days
    ticks = []
    if days <= 3 * 366:
        day = first
        while day < end:
            major = day.month == 1 or day == first
            label = f"{MONTHS_3[day.month].title()}" + (f" {day.year}" if major else "")
            ticks.append({"x": x(day), "label_x": x(day) + 3, "label": label, "major": major})
            day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return ticks
    step = 1 if days <= 15 * 366 else 5 if days <= 60 * 366 else 10
    for year in range(first.year + (first.month > 1), end.year + 1):
        if year % step == 0 and dt.date(year, 1, 1) < end:
            ticks.append({"x": x(dt.date(year, 1, 1)), "label_x": x(dt.date(year, 1, 1)) + 3, "label": str(year), "major": True})
    return ticks


def timeline(rows, today):
    """Bars for the dated summits on the page, laid out in lanes so labels never overlap."""
    rows = sorted((r for r in rows if r["start"]), key=lambda r: (r["start"], r["name"]))
    if not rows:
        return None
    first, end = _span(rows, today)
    scale = WIDTH / max((end - first).days, 1)

    def x(day):
        return round((day - first).days * scale, 1)

    lanes, bars = [], []
    for row in rows:
        left = x(row["start"])
        width = max(round((last_day(row) - row["start"]).days * scale + scale, 1), 4)
        label = _short(row["name"])
        label_room = len(label) * CHAR_WIDTH + 8
        label_x, anchor = left + width + 4, "start"
        occupied = (left, left + width + label_room)
        if occupied[1] > WIDTH:  # no room on the right: label goes left of the bar
            label_x, anchor = left - 4, "end"
            occupied = (left - label_room, left + width)
        lane = next((i for i, edge in enumerate(lanes) if edge < occupied[0]), None)
        if lane is None:
            lanes.append(occupied[1])
            lane = len(lanes) - 1
        else:
            lanes[lane] = occupied[1]
        bars.append({
            "x": left, "y": AXIS_HEIGHT + lane * LANE_HEIGHT + 4, "width": width, "height": LANE_HEIGHT - 10,
            "label": label, "label_x": label_x, "label_y": AXIS_HEIGHT + lane * LANE_HEIGHT + 13, "anchor": anchor,
            "uncertain": row["uncertain"], "url": row["url"], "name": row["name"], "period": row["period"],
            "upcoming": row["upcoming"],
        })
    height = AXIS_HEIGHT + len(lanes) * LANE_HEIGHT + 6
    today_x = x(today) if first <= today < end else None
    today_anchor = "end" if today_x is not None and today_x > WIDTH - 30 else "middle"
    return {
        "width": WIDTH, "height": height, "bars": bars, "ticks": _ticks(first, end, x), "today_x": today_x, "today_anchor": today_anchor,
        "axis_y": AXIS_HEIGHT - 6, "tick_top": AXIS_HEIGHT - 12,
    }


DOCUMENT_KINDS = dict(DocumentKind.choices)
DOCUMENT_STATUSES = dict(DocumentStatus.choices)
