"""Show a period at the precision it is known: "27–28 April 2018", "Oktober 2018",
"2019". Month names follow the active language (Django ships them translated)."""
import calendar
import datetime as dt
from functools import lru_cache

from django.utils.dates import MONTHS
from django.utils.translation import get_language

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


@lru_cache(maxsize=16)
def _month_names(language):
    return {number: str(name) for number, name in MONTHS.items()}


def month_name(number):
    """The month's name in the active language. MONTHS holds lazy strings: translated on
    every use, they cost a schedule page of 500 meetings about a fifth of its time."""
    return _month_names(get_language())[number]


def _one(value, precision):
    if precision == YEAR:
        return str(value.year)
    if precision == MONTH:
        return f"{month_name(value.month)} {value.year}"
    return f"{value.day} {month_name(value.month)} {value.year}"


def format_period(start, start_precision=DAY, end=None, end_precision=DAY):
    if start is None:
        return ""
    if end is None or (end == start and end_precision == start_precision):
        return _one(start, start_precision)
    if start_precision == end_precision == DAY:
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}–{end.day} {month_name(end.month)} {end.year}"
        if start.year == end.year:
            return f"{start.day} {month_name(start.month)} – {end.day} {month_name(end.month)} {end.year}"
    if start_precision == end_precision == MONTH and start.year == end.year:
        return f"{month_name(start.month)}–{month_name(end.month)} {end.year}"
    return f"{_one(start, start_precision)} – {_one(end, end_precision)}"
