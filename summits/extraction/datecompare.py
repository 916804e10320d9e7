"""Comparing partial dates: can two dates name the same event's day, month or year?"""
from __future__ import annotations

from .types import PartialDate


def compatible(a: PartialDate | None, b: PartialDate | None) -> bool:
    """One date contains the other (2018, 2018-04, 2018-04-27): they can be the same event's."""
    if a is None or b is None:
        return True
    return a.year == b.year and (a.month is None or b.month is None
                                 or (a.month == b.month and (a.day is None or b.day is None or a.day == b.day)))


def more_precise(new: PartialDate | None, old: PartialDate | None) -> bool:
    return new is not None and (old is None or (compatible(new, old) and len(new.iso) > len(old.iso)))


def inside(day: PartialDate | None, start: PartialDate | None, end: PartialDate | None) -> bool:
    return day is not None and start is not None and end is not None and day.precision == "day" \
        and start.first_day() <= day.first_day() <= end.last_day()
