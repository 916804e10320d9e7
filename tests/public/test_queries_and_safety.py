"""Constant query counts whatever the number of summits; article text always escaped;
nothing a strict Content-Security-Policy would block; cached pages go stale on change."""
import datetime as dt
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from summits.models import (
    Article, Attendance, Document, Evidence, Meeting, MeetingKind, Organisation, Participant, Precision, Summit,
)

pytestmark = pytest.mark.django_db


def add_summits(count, first=0):
    """Summits with meetings, people, documents and sources, as an import leaves them."""
    asean = Organisation.objects.get(short_name="ASEAN")
    for n in range(first, first + count):
        start = dt.date(2000 + n % 40, 1 + n % 12, 10)
        summit = Summit.objects.create(
            name=f"Summit {n}", organisation=asean, ordinal=n + 1, host_country="ID", city="Jakarta", start=start,
            end=start + dt.timedelta(days=1), start_precision=Precision.DAY if n % 3 else Precision.MONTH,
        )
        Summit.objects.create(name=f"Side summit {n}", parent=summit, host_country="ID", start=start)
        article = Article.objects.create(title=f"Article {n}", url=f"https://example.org/{n}", body=f"Body {n}")
        person = Participant.objects.create(name=f"Person {n}", country="ID")
        document = Document.objects.create(title=f"Declaration {n}", summit=summit)
        Evidence.objects.create(article=article, sentence="s", start=0, end=1, summit=summit)
        Evidence.objects.create(article=article, sentence="s", start=0, end=1, document=document)
        for day in range(2):
            meeting = Meeting.objects.create(summit=summit, name=f"Session {day}", kind=MeetingKind.PLENARY,
                                             start=start + dt.timedelta(days=day), chair_country="TH")
            attendance = Attendance.objects.create(participant=person, meeting=meeting, title="Minister")
            Evidence.objects.create(article=article, sentence="s", start=0, end=1, attendance=attendance)
        Attendance.objects.create(participant=person, summit=summit, title="Minister")
        summit.refresh_countries()
    return summit, person, document


def urls(summit, person, document):
    return [
        "/", "/?country=ID", "/?country=TH&kind=plenary", "/?year=2000", "/?q=Person",
        "/schedule.ics", "/schedule.json", "/schedule.json?country=ID",
        summit.get_absolute_url(), person.get_absolute_url(), document.get_absolute_url(),
        "/countries/ID/", "/organisations/asean/",
    ]


def queries_of(client, url):
    cache.clear()
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


def test_pages_and_exports_run_the_same_queries_for_1_and_30_summits(client, django_assert_num_queries):
    small = {url: queries_of(client, url) for url in urls(*add_summits(1))}
    large_urls = urls(*add_summits(29, first=1))
    for small_url, large_url in zip(small, large_urls):
        cache.clear()
        with django_assert_num_queries(small[small_url]):
            client.get(large_url)
    assert small["/"] <= 10 and small["/schedule.json"] <= 10


def test_a_cached_schedule_costs_one_query(client, django_assert_num_queries):
    add_summits(30)
    client.get("/?country=ID")
    with django_assert_num_queries(1):  # the data-version stamp; the rest comes from the cache
        assert b"Summit 29" in client.get("/?country=ID").content


def test_cached_pages_show_new_edited_and_deleted_summits(client, seed_schedule):
    assert b"Brand new summit" not in client.get("/").content
    new = Summit.objects.create(name="Brand new summit", host_country="ID", start=dt.date(2018, 5, 1))
    assert b"Brand new summit" in client.get("/").content
    new.name = "Renamed summit"
    new.save()
    assert b"Renamed summit" in client.get("/").content
    new.delete()
    assert b"Renamed summit" not in client.get("/").content
    assert b"Renamed summit" not in client.get("/schedule.json").content


PAYLOADS = {
    "name": '<script>alert("name")</script>',
    "theme": '<img src=x onerror=alert("theme")>',
    "sentence": '"><script>alert("sentence")</script>',
    "title": '<svg onload=alert("title")>',
    "person": "<b onmouseover=alert(1)>Mallory</b>",
}


@pytest.fixture
def hostile(db):
    summit = Summit.objects.create(name=PAYLOADS["name"], theme=PAYLOADS["theme"], city="<i>Town</i>",
                                   host_country="ID", start=dt.date(2018, 5, 1))
    meeting = Meeting.objects.create(summit=summit, name=PAYLOADS["title"], start=dt.date(2018, 5, 1))
    article = Article.objects.create(title=PAYLOADS["title"], source="<u>src</u>", body="x",
                                     url="https://example.org/a?<x>")
    person = Participant.objects.create(name=PAYLOADS["person"], title=PAYLOADS["theme"], country="ID")
    attendance = Attendance.objects.create(participant=person, meeting=meeting, title=PAYLOADS["name"])
    document = Document.objects.create(title=PAYLOADS["title"], summit=summit)
    for record in ({"summit": summit}, {"meeting": meeting}, {"attendance": attendance}, {"document": document}):
        Evidence.objects.create(article=article, sentence=PAYLOADS["sentence"], start=0, end=1, **record)
    summit.refresh_countries()
    return summit, person, document


def tags(html):
    return re.findall(r"<[a-zA-Z][^>]*>", html)


def test_article_text_is_escaped_everywhere(client, hostile):
    summit, person, document = hostile
    for url in ["/", "/?q=script", summit.get_absolute_url(), person.get_absolute_url(),
                document.get_absolute_url(), "/countries/ID/"]:
        html = client.get(url).content.decode()
        assert "<script" not in html, url
        assert not [t for t in tags(html) if re.search(r"\son\w+=", t)], url
        assert "&lt;script&gt;" in html or "&lt;svg" in html or "&lt;b" in html, url
    page = client.get(summit.get_absolute_url()).content.decode()
    assert "&lt;img src=x onerror=alert(&quot;theme&quot;)&gt;" in page
    assert "&quot;&gt;&lt;script&gt;alert(&quot;sentence&quot;)&lt;/script&gt;" in page


def test_exports_carry_payloads_as_data(client, hostile):
    data = client.get("/schedule.json").json()
    assert data["summits"][0]["name"] == PAYLOADS["name"]
    assert client.get("/schedule.json")["Content-Type"].startswith("application/json")
    ics = client.get("/schedule.ics").content.decode()
    assert "SUMMARY:<script>alert(\"name\")</script>" in ics  # plain text in a calendar


def test_no_inline_scripts_or_styles_for_a_strict_csp(client, seed_schedule):
    s = seed_schedule
    for url in ["/", "/?country=TH", "/?year=2018", s["summit"].get_absolute_url(), s["jokowi"].get_absolute_url(),
                s["vision"].get_absolute_url(), "/countries/SG/", "/organisations/asean/"]:
        html = client.get(url).content.decode()
        assert "<script" not in html and "<style" not in html, url
        assert not [t for t in tags(html) if re.search(r"\sstyle=", t)], url
        assert not re.search(r'(src|href)="(https?:)?//(?!www\.antaranews)', html), url  # nothing from a CDN
