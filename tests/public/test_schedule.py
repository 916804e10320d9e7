"""The schedule page: months, precision, upcoming and past, filters, languages."""
import datetime as dt

import pytest
from django.utils import timezone

from summits.models import Meeting, MeetingKind, Organisation, Precision, Summit

from .helpers import month_sections, summit_names, text_of

pytestmark = pytest.mark.django_db


def get(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, response.content[:500]
    return response.content.decode()


def test_each_summit_sits_under_its_month_at_its_precision(client, seed_schedule):
    months = month_sections(get(client, "/"))
    april = text_of(months["April 2018"])
    assert "32nd ASEAN Summit" in april
    assert "27–28 April 2018" in april
    for session_day in ("25 April 2018", "26 April 2018", "27 April 2018", "28 April 2018"):
        assert session_day in april
    for session in ("Committee of Permanent Representatives", "Senior Officials", "Ministerial Meeting",
                    "Plenary session", "Retreat session"):
        assert session in april
    october = text_of(months["October 2018"])
    assert "ASEAN Leaders' Gathering" in october and "Bali" in october
    # Known only to the month: shown as the month, never as an invented first day.
    assert "October 2018" in october and "1 October 2018" not in october
    assert '<time datetime="2018-10">' in months["October 2018"]
    november = text_of(months["November 2017"])
    assert "31st ASEAN Summit" in november and "Manila" in november and "1 November 2017" not in november


def test_a_summit_shows_host_flag_organisation_theme_and_source_count(client, seed_schedule):
    april = month_sections(get(client, "/"))["April 2018"]
    assert "/static/flags/sg.gif" in april
    assert 'href="/organisations/asean/"' in april
    assert "Resilient and Innovative ASEAN" in april
    assert "1 source" in text_of(april)


def test_side_summits_are_nested_under_their_parent(client, seed_schedule):
    html = get(client, "/")
    parent = html.index(">32nd ASEAN Summit<")
    nested = html.index('class="side-summits"', parent)
    assert html.index(">IMT-GT Summit<", nested) > nested
    assert html.count(">IMT-GT Summit</a>") == 1  # not listed a second time on its own


def test_upcoming_summits_come_first_then_today_then_the_past(client, seed_schedule):
    today = timezone.localdate()
    asean = Organisation.objects.get(short_name="ASEAN")
    Summit.objects.create(name="Next ASEAN Summit", organisation=asean, host_country="MY",
                          start=today + dt.timedelta(days=40))
    Summit.objects.create(name="Summit running now", organisation=asean, host_country="LA",
                          start=today - dt.timedelta(days=1), end=today + dt.timedelta(days=1))
    html = get(client, "/")
    upcoming, marker, earlier = html.index('id="upcoming"'), html.index('class="today"'), html.index('id="earlier"')
    assert upcoming < marker < earlier
    assert upcoming < html.index("Next ASEAN Summit", upcoming) < marker
    assert upcoming < html.index("Summit running now", upcoming) < marker
    assert "32nd ASEAN Summit" not in html[upcoming:earlier] and "32nd ASEAN Summit" in html[earlier:]
    assert f'datetime="{today.isoformat()}"' in html[marker:earlier]


def test_a_summit_known_only_to_this_month_is_still_upcoming(client, db):
    this_month = timezone.localdate().replace(day=1)
    Summit.objects.create(name="Gathering this month", host_country="ID", start=this_month,
                          start_precision=Precision.MONTH)
    html = get(client, "/")
    assert html.index('id="upcoming"') < html.index("Gathering this month", html.index('id="upcoming"')) < html.index('class="today"')


def test_the_past_is_paged_and_years_are_one_click_away(client, db):
    this_year = timezone.localdate().year
    for year in range(this_year - 60, this_year + 60):
        Summit.objects.create(name=f"Summit of {year}", host_country="ID", start=dt.date(year, 1, 1))
    html = get(client, "/")
    names = summit_names(html)
    # The 25 next summits, soonest first, then the 25 most recent, latest first.
    assert names == [f"Summit of {y}" for y in range(this_year + 1, this_year + 26)] + [
        f"Summit of {y}" for y in range(this_year, this_year - 25, -1)]
    older = get(client, "/?page=2")
    assert summit_names(older) == [f"Summit of {y}" for y in range(this_year - 25, this_year - 50, -1)]
    assert f'href="?from={this_year + 25}-01-01"' in html  # the summits after the upcoming window
    assert 'href="?year=1995"' in html
    year = get(client, "/?year=1995")
    assert summit_names(year) == ["Summit of 1995"]
    assert 'aria-current="page">1995' in year


def test_country_filter_matches_a_summit_only_through_a_meeting_chair(client, seed_schedule):
    un = Organisation.objects.get(short_name="UN")  # no members on record: only the chair ties TH
    ocean = Summit.objects.create(name="Ocean Conference", organisation=un, host_country="PT", city="Lisbon",
                                  start=dt.date(2018, 6, 5))
    Meeting.objects.create(summit=ocean, name="Coral Triangle session", kind=MeetingKind.OTHER,
                           start=dt.date(2018, 6, 6), chair_country="TH")
    ocean.refresh_countries()
    thailand = summit_names(get(client, "/?country=TH"))
    assert "Ocean Conference" in thailand and "32nd ASEAN Summit" in thailand
    assert "Ocean Conference" not in summit_names(get(client, "/?country=MY"))
    assert summit_names(get(client, "/?country=BR")) == []


def test_role_host_narrows_the_country_to_hosts(client, seed_schedule):
    involved = summit_names(get(client, "/?country=ID"))
    assert "32nd ASEAN Summit" in involved  # Indonesia is a member and its president attends
    hosted = summit_names(get(client, "/?country=ID&role=host"))
    assert hosted == ["ASEAN Leaders' Gathering"]


def test_organisation_year_kind_text_and_date_filters(client, seed_schedule):
    assert summit_names(get(client, "/?org=imt-gt")) == ["IMT-GT Summit"]  # its parent is ASEAN's
    assert summit_names(get(client, "/?year=2017")) == ["31st ASEAN Summit"]
    assert summit_names(get(client, "/?kind=retreat")) == ["32nd ASEAN Summit", "IMT-GT Summit"]
    assert summit_names(get(client, "/?kind=bilateral")) == []
    assert summit_names(get(client, "/?q=widodo"))[0] == "32nd ASEAN Summit"
    assert summit_names(get(client, "/?q=Leaders+Vision"))[0] == "32nd ASEAN Summit"
    assert summit_names(get(client, "/?q=innovative"))[0] == "32nd ASEAN Summit"
    assert summit_names(get(client, "/?q=Bali")) == ["ASEAN Leaders' Gathering"]
    assert summit_names(get(client, "/?from=2018-05-01&to=2018-12-31")) == ["ASEAN Leaders' Gathering"]
    # A date inside the October known only to the month still finds the gathering.
    assert summit_names(get(client, "/?from=2018-10-15&to=2018-10-20")) == ["ASEAN Leaders' Gathering"]


def test_a_bad_filter_is_explained_not_a_crash(client, seed_schedule):
    html = get(client, "/?country=XX&year=abc&from=yesterday&page=zz")
    assert "is not an ISO country code" in html
    assert 'role="alert"' in html


def test_the_country_selector_lists_countries_with_events_and_counts(client, seed_schedule):
    html = get(client, "/")
    selector = html[html.index('id="f-country"'): html.index("</select>", html.index('id="f-country"'))]
    # Singapore hosts two and, as an ASEAN member, takes part in the other two.
    assert '<option value="SG">Singapore (4)</option>' in selector
    assert '<option value="TH">Thailand (' in selector
    assert 'value="BR"' not in selector and 'value="US"' not in selector
    indonesian = get(client, "/", HTTP_ACCEPT_LANGUAGE="id")
    selector = indonesian[indonesian.index('id="f-country"'):]
    assert '<option value="SG">Singapura (4)</option>' in selector
    assert '<option value="PH">Filipina (' in selector


def test_accept_language_indonesian_gives_indonesian_page(client, seed_schedule):
    html = get(client, "/", HTTP_ACCEPT_LANGUAGE="id")
    assert '<html lang="id">' in html
    months = month_sections(html)
    assert {"April 2018", "Oktober 2018", "November 2017"} <= months.keys()
    assert "Akan datang" in html and "Negara" in html and "Hari ini" in html
    assert "Coming up" not in html and "Country" not in text_of(html)
    assert "Singapura" in text_of(months["April 2018"])


def test_accept_language_english_gives_english_page(client, seed_schedule):
    html = get(client, "/", HTTP_ACCEPT_LANGUAGE="en")
    assert '<html lang="en">' in html
    assert "Coming up" in html and "October 2018" in html and "Akan datang" not in html


def test_the_language_switcher_is_a_form_that_works_without_javascript(client, seed_schedule):
    html = get(client, "/?country=SG")
    assert 'action="/i18n/setlang/"' in html and 'name="language" value="id"' in html
    response = client.post("/i18n/setlang/", {"language": "id", "next": "/?country=SG"})
    assert response.status_code == 302 and response["Location"] == "/?country=SG"
    assert '<html lang="id">' in get(client, "/?country=SG")


def test_the_page_links_the_calendar_and_json_with_its_filters(client, seed_schedule):
    html = get(client, "/?country=SG&year=2018")
    assert 'href="/schedule.ics?country=SG&amp;year=2018"' in html
    assert 'href="/schedule.json?country=SG&amp;year=2018"' in html
