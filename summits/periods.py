"""Show a period at the precision it is known: "27–28 April 2018", "Oktober 2018",
"2019". Month names follow the active language (Django ships them translated)."""
import calendar
import datetime as dt

from django.utils.dates import MONTHS

DAY, MONTH, YEAR = "day", "month", "year"


def truncate(value, precision):
    """The first day of the period that `value` falls in at that precision."""
    if value is None:
        return None
    if precision == YEAR:
        return dt.date(value.year, 1, 1)
    if precision == MONTH:
        return dt.date(value.year, value.month, 1)
    return value


def last_day(value, precision):
    if value is None:
        return None
    if precision == YEAR:
        return dt.date(value.year, 12, 31)
    if precision == MONTH:
        return dt.date(value.year, value.month, calendar.monthrange(value.year, value.month)[1])
    return value


def iso(value, precision):
    """`2018-04-27`, `2018-10` or `2018`."""
    if value is None:
        return None
    if precision == YEAR:
        return f"{value.year:04d}"
    if precision == MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def _one(value, precision):
    month = str(MONTHS[value.month])
    if precision == YEAR:
        return str(value.year)
    if precision == MONTH:
        return f"{month} {value.year}"
    return f"{value.day} {month} {value.year}"


def format_period(start, start_precision=DAY, end=None, end_precision=DAY):
    if start is None:
        return ""
    if end is None or (end == start and end_precision == start_precision):
        return _one(start, start_precision)
    if start_precision == end_precision == DAY:
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}–{end.day} {MONTHS[end.month]} {end.year}"
        if start.year == end.year:
            return f"{start.day} {MONTHS[start.month]} – {end.day} {MONTHS[end.month]} {end.year}"
    if start_precision == end_precision == MONTH and start.year == end.year:
        return f"{MONTHS[start.month]}–{MONTHS[end.month]} {end.year}"
    return f"{_one(start, start_precision)} – {_one(end, end_precision)}"
