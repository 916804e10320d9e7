import datetime as dt

import pytest
from django.utils import translation

from summits.periods import format_period, iso

D = dt.date


@pytest.mark.parametrize(
    "start, sp, end, ep, en, id_",
    [
        (D(2018, 4, 27), "day", D(2018, 4, 28), "day", "27–28 April 2018", "27–28 April 2018"),
        (D(2018, 10, 1), "month", None, "day", "October 2018", "Oktober 2018"),
        (D(2019, 1, 1), "year", None, "day", "2019", "2019"),
        (D(2019, 4, 30), "day", D(2019, 5, 1), "day", "30 April – 1 May 2019", "30 April – 1 Mei 2019"),
        (D(2018, 12, 31), "day", D(2019, 1, 2), "day", "31 December 2018 – 2 January 2019", "31 Desember 2018 – 2 Januari 2019"),
        (D(2018, 4, 25), "day", None, "day", "25 April 2018", "25 April 2018"),
        (D(2018, 10, 1), "month", D(2018, 11, 1), "month", "October–November 2018", "Oktober–November 2018"),
    ],
)
def test_periods_are_shown_at_their_precision_in_both_languages(start, sp, end, ep, en, id_):
    with translation.override("en"):
        assert format_period(start, sp, end, ep) == en
    with translation.override("id"):
        assert format_period(start, sp, end, ep) == id_


def test_month_precision_never_shows_a_day():
    assert "1" not in format_period(D(2018, 10, 1), "month").replace("2018", "")
    assert iso(D(2018, 10, 1), "month") == "2018-10"
    assert iso(D(2018, 1, 1), "year") == "2018"
    assert iso(D(2018, 4, 27), "day") == "2018-04-27"
