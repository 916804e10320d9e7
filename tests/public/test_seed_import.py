"""Issue 5's acceptance, end to end: the seed article through the real importer, then the
pages and exports a reader gets."""
import io
import re
from pathlib import Path

import icalendar
import pytest
from django.core.management import call_command

from summits.models import Meeting, Summit

from .helpers import month_sections, text_of

ARTICLES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
SEED = ARTICLES / "000_seed_69d3f274414b58bc.txt"
APEC_GYEONGJU = ARTICLES / "en_11_apec_gyeongju_yonhap.txt"

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported(organisations):
    if not SEED.exists():
        pytest.skip(f"the seed article is not among the fixtures ({SEED.name})")
    call_command("import_articles", str(SEED), stdout=io.StringIO(), stderr=io.StringIO())
    return Summit.objects.get(organisation__short_name="ASEAN", ordinal=32)


def test_the_schedule_shows_the_seed_summits_under_their_months(client, imported):
    html = client.get("/").content.decode()
    months = month_sections(html)
    april = text_of(months["April 2018"])
    assert imported.name in april and "27–28 April 2018" in april
    for day in ("25 April 2018", "26 April 2018", "27 April 2018", "28 April 2018"):
        assert day in april
    assert len(Meeting.objects.filter(summit=imported, start__range=("2018-04-25", "2018-04-28"))) >= 5
    november = text_of(months["November 2017"])
    assert "Manila" in november and "1 November 2017" not in november
    # The Bali gathering is known only to the month: wherever the importer files it, the
    # page says "October 2018" and never an invented day.
    assert "October 2018" in text_of(html) and "1 October 2018" not in text_of(html)


def test_the_bali_gathering_has_its_own_october_entry(client, imported):
    months = month_sections(client.get("/").content.decode())
    assert "Bali" in text_of(months.get("October 2018", ""))


def test_thailand_finds_the_summit_whose_imt_gt_session_it_chairs(client, imported):
    assert Meeting.objects.filter(summit=imported, chair_country="TH").exists()
    names = re.findall(r'<h4><a href="/summits/([^"]+)/">', client.get("/?country=TH").content.decode())
    assert imported.slug in names


def test_exports_of_the_seed(client, imported):
    assert client.get("/schedule.json?country=BR").json()["summits"] == []
    ics = client.get("/schedule.ics?country=SG").content
    assert b"DTSTART;VALUE=DATE:20180427" in ics
    uids = {str(e["UID"]) for e in icalendar.Calendar.from_ical(ics).walk("VEVENT")}
    assert f"summit-{imported.pk}@summit-timeline" in uids


def test_an_import_shows_at_once_in_the_cached_page_its_filter_lists_and_the_calendar(client, imported):
    def page():
        return client.get("/").content.decode()

    def calendar_uids():
        calendar = icalendar.Calendar.from_ical(client.get("/schedule.ics").content)
        return {str(e["UID"]) for e in calendar.walk("VEVENT")}

    assert '<option value="apec">' not in page()
    known, before = set(Summit.objects.values_list("pk", flat=True)), calendar_uids()  # both now cached
    call_command("import_articles", str(APEC_GYEONGJU), stdout=io.StringIO(), stderr=io.StringIO())
    new = Summit.objects.exclude(pk__in=known).filter(start__isnull=False)
    assert new, "the APEC article should import a dated summit"
    html = page()
    assert re.search(r'<option value="apec">APEC \(\d+\)</option>', html)
    for summit in new:
        assert f'?year={summit.start.year}"' in html
    assert calendar_uids() - before >= {f"summit-{summit.pk}@summit-timeline" for summit in new}


def test_the_summit_page_quotes_the_seed_sentences(client, imported):
    text = text_of(client.get(imported.get_absolute_url()).content.decode())
    assert "Joko Widodo" in text and "ASEAN Leaders Vision for Resilient and Innovative ASEAN" in text
    assert "dijadwalkan menghadiri KTT ASEAN ke-32" in text[text.index("Sources"):]


def test_indonesian_reader_gets_indonesian_months(client, imported):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert '<html lang="id">' in html and "Oktober 2018" in text_of(html)
