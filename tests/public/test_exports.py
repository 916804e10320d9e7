"""/schedule.ics and /schedule.json honour the schedule's filters."""
import datetime as dt
import json

import icalendar
import pytest

from summits.models import Meeting, MeetingKind, Summit

from .conftest import SEED_URL

pytestmark = pytest.mark.django_db


def events(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(response.content).walk("VEVENT")}


def test_ics_has_all_day_summits_and_meetings_with_exclusive_ends(client, seed_schedule):
    response = client.get("/schedule.ics?country=SG")
    assert b"DTSTART;VALUE=DATE:20180427" in response.content
    found = events(client, "/schedule.ics?country=SG")
    summit = found[f"summit-{seed_schedule['summit'].pk}@summit-timeline"]
    assert summit.decoded("DTSTART") == dt.date(2018, 4, 27)
    assert summit.decoded("DTEND") == dt.date(2018, 4, 29)  # RFC 5545: the day after the last
    assert str(summit["STATUS"]) == "CONFIRMED"
    assert str(summit["LOCATION"]) == "Singapore, Singapore"
    assert SEED_URL in str(summit["DESCRIPTION"])
    meetings = [e for uid, e in found.items() if uid.startswith("meeting-")]
    assert sorted(e.decoded("DTSTART") for e in meetings)[:2] == [dt.date(2018, 4, 25), dt.date(2018, 4, 26)]
    plenary = next(e for e in meetings if str(e["SUMMARY"]).startswith("Plenary session"))
    assert SEED_URL in str(plenary["DESCRIPTION"])
    assert all("DTSTAMP" in e for e in found.values())


def test_ics_month_precision_is_a_tentative_event_spanning_the_month(client, seed_schedule):
    found = events(client, "/schedule.ics?country=ID&role=host")
    gathering = found[f"summit-{seed_schedule['bali'].pk}@summit-timeline"]
    assert gathering.decoded("DTSTART") == dt.date(2018, 10, 1)
    assert gathering.decoded("DTEND") == dt.date(2018, 11, 1)
    assert str(gathering["STATUS"]) == "TENTATIVE"
    assert "October 2018" in str(gathering["DESCRIPTION"])


def test_ics_uids_are_stable_across_requests_and_data_changes(client, seed_schedule):
    before = set(events(client, "/schedule.ics"))
    seed_schedule["bali"].theme = "Changed"
    seed_schedule["bali"].save()
    assert set(events(client, "/schedule.ics")) == before


def test_ics_honours_the_filters(client, seed_schedule):
    assert events(client, "/schedule.ics?country=BR") == {}
    assert set(events(client, "/schedule.ics?year=2017")) == {f"summit-{seed_schedule['manila'].pk}@summit-timeline"}


def test_the_calendar_holds_every_dated_summit_and_meeting_as_the_database_has_them(client, seed_schedule):
    # Text a calendar must escape (comma, semicolon, backslash, line break) and a name long
    # and non-ASCII enough to be folded across a multi-byte character.
    tricky = Summit.objects.create(
        name="KTT ke-3; Kerja sama, “Ekonomi” \\ Digital – " + "é" * 60, city="Yogyakarta", host_country="ID",
        start=dt.date(2019, 3, 4), end=dt.date(2019, 3, 6), theme="Line one\nline two; three, four",
    )
    Meeting.objects.create(summit=tricky, name="Undated dinner", kind=MeetingKind.OTHER)
    Meeting.objects.create(summit=tricky, name="Retreat", kind=MeetingKind.RETREAT, start=dt.date(2019, 3, 5))
    content = client.get("/schedule.ics").content
    assert content.endswith(b"END:VCALENDAR\r\n")
    assert max(len(line) for line in content.split(b"\r\n")) <= 75  # octets, RFC 5545 3.1
    assert "SUMMARY:KTT ke-3\\; Kerja sama\\, “Ekonomi” \\\\ Digital".encode() in content
    found = events(client, "/schedule.ics")

    summits = Summit.objects.filter(start__isnull=False)
    meetings = Meeting.objects.filter(start__isnull=False, summit__in=summits).select_related("summit")
    assert set(found) == {f"summit-{s.pk}@summit-timeline" for s in summits} | {
        f"meeting-{m.pk}@summit-timeline" for m in meetings}
    for summit in summits:
        event = found[f"summit-{summit.pk}@summit-timeline"]
        assert str(event["SUMMARY"]) == summit.name
        assert event.decoded("DTSTART") <= summit.start < event.decoded("DTEND")
        assert str(event["LOCATION"]).startswith(summit.city)
    for meeting in meetings:
        event = found[f"meeting-{meeting.pk}@summit-timeline"]
        assert str(event["SUMMARY"]) == f"{meeting.name} ({meeting.summit.name})"
        assert event.decoded("DTSTART") == meeting.start
        assert str(event["RELATED-TO"]) == f"summit-{meeting.summit_id}@summit-timeline"
    event = found[f"summit-{tricky.pk}@summit-timeline"]
    assert (event.decoded("DTSTART"), event.decoded("DTEND")) == (dt.date(2019, 3, 4), dt.date(2019, 3, 7))
    assert str(event["LOCATION"]) == "Yogyakarta, Indonesia"
    assert "Theme: Line one\nline two; three, four\n" in str(event["DESCRIPTION"])
    assert str(event["URL"]).endswith(tricky.get_absolute_url())


def test_json_shape(client, seed_schedule):
    data = client.get("/schedule.json?year=2018&org=asean").json()
    assert [s["name"] for s in data["summits"]] == ["32nd ASEAN Summit", "ASEAN Leaders' Gathering"]
    summit, gathering = data["summits"]
    assert summit["start"] == "2018-04-27" and summit["end"] == "2018-04-28"
    assert summit["start_precision"] == "day" and summit["display"] == "27–28 April 2018"
    assert summit["country"] == {"code": "SG", "name": "Singapore"} and summit["city"] == "Singapore"
    assert summit["organisation"] == "ASEAN" and summit["ordinal"] == 32
    assert [m["start"] for m in summit["meetings"]][:3] == ["2018-04-25", "2018-04-26", "2018-04-27"]
    assert {"name": "Joko Widodo", "title": "President of Indonesia"}.items() <= summit["participants"][0].items()
    assert summit["documents"][0]["status"] == "expected"
    assert summit["sources"][0]["url"] == SEED_URL
    assert {"code": "TH", "roles": ["chair", "member"]} in summit["countries"]
    assert gathering["start"] == "2018-10" and gathering["start_precision"] == "month"
    assert gathering["tentative"] is True and gathering["display"] == "October 2018"


def test_json_honours_the_filters(client, seed_schedule):
    assert client.get("/schedule.json?country=BR").json()["summits"] == []
    names = [s["name"] for s in client.get("/schedule.json?country=TH").json()["summits"]]
    assert "32nd ASEAN Summit" in names
    assert [s["name"] for s in client.get("/schedule.json?q=widodo").json()["summits"]] == ["32nd ASEAN Summit"]


def test_exports_refuse_bad_filters_with_a_message(client, seed_schedule):
    response = client.get("/schedule.json?country=ZZ")
    assert response.status_code == 400
    assert "country" in response.json()["filters"]
    response = client.get("/schedule.ics?from=not-a-date")
    assert response.status_code == 400 and b"from" in response.content


def test_json_is_valid_utf8_with_indonesian_country_names(client, seed_schedule):
    response = client.get("/schedule.json?country=SG", HTTP_ACCEPT_LANGUAGE="id")
    data = json.loads(response.content.decode("utf-8"))
    hosts = {s["name"]: s["country"]["name"] for s in data["summits"]}
    assert hosts["32nd ASEAN Summit"] == "Singapura" and hosts["31st ASEAN Summit"] == "Filipina"
