"""The public pages in real Chromium: open the schedule, filter by country, open a
summit, switch language, download the calendar. Screenshots go to test-output/."""
import datetime as dt

import icalendar
import pytest
from django.utils import timezone

from summits.models import Organisation, Summit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def upcoming(seed_schedule):
    today = timezone.localdate()
    g20 = Organisation.objects.get(short_name="G20")
    summit = Summit.objects.create(name="G20 Leaders' Summit", organisation=g20, host_country="US", city="Miami",
                                   start=today + dt.timedelta(days=20), end=today + dt.timedelta(days=21),
                                   theme="Growth and prosperity")
    summit.refresh_countries()
    return seed_schedule


def test_a_reader_browses_filters_opens_a_summit_and_switches_language(page, live_server, upcoming):
    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("#upcoming").inner_text().count("G20 Leaders' Summit") == 1
    assert page.locator(".timeline svg .bar").count() >= 4
    page.save_screenshot("schedule")

    page.select_option("#f-country", "TH")
    page.click("button[type=submit]:has-text('Show')")
    page.wait_for_url("**/?country=TH*")
    names = page.locator("h4 a").all_inner_texts()
    assert "32nd ASEAN Summit" in names and "G20 Leaders' Summit" not in names
    assert page.locator("h1").inner_text() == "Summits involving Thailand"
    page.save_screenshot("filtered-thailand")

    page.click("h4 a:text-is(\"32nd ASEAN Summit\")")
    page.wait_for_selector("h1:has-text('32nd ASEAN Summit')")
    assert "27–28 April 2018" in page.locator(".detail-head").inner_text()
    assert page.locator("#h-sources").is_visible()
    page.save_screenshot("summit")

    page.click("button[name=language][value=id]")
    page.wait_for_selector("html[lang=id]")
    assert "Sesi dan pertemuan, hari demi hari" in page.content()
    page.save_screenshot("summit-indonesian")
    page.goto(live_server.url + "/?country=TH")
    assert "Oktober 2018" in page.locator("#earlier").inner_text()
    page.save_screenshot("schedule-indonesian")


def test_keyboard_reaches_the_filters_and_the_summit_links(page, live_server, upcoming):
    page.goto(live_server.url + "/")
    focused = []
    for _ in range(40):
        page.keyboard.press("Tab")
        focused.append(page.evaluate("document.activeElement.id || document.activeElement.textContent.trim()"))
    assert "f-country" in focused and "f-q" in focused
    assert any("G20 Leaders' Summit" in text for text in focused)


def test_the_schedule_reads_on_a_phone(chromium, live_server, upcoming, request):
    from tests.conftest import SCREENSHOTS

    context = chromium.new_context(viewport={"width": 390, "height": 844}, locale="id-ID", is_mobile=True)
    phone = context.new_page()
    phone.goto(live_server.url + "/")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390  # nothing wider than the screen but the timeline's own scroller
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    phone.screenshot(path=str(SCREENSHOTS / f"{request.node.name}-phone.png"), full_page=True)
    context.close()


def test_the_calendar_downloads_with_the_filters(page, live_server, upcoming):
    page.goto(live_server.url + "/?country=SG")
    with page.expect_download() as download_info:
        page.click("text=Subscribe to this schedule (.ics)")
    download = download_info.value
    assert download.suggested_filename == "summit-timeline.ics"
    content = open(download.path(), "rb").read()
    assert b"DTSTART;VALUE=DATE:20180427" in content
    summaries = [str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(content).walk("VEVENT")]
    assert "32nd ASEAN Summit" in summaries and "G20 Leaders' Summit" not in summaries
    page.save_screenshot("calendar-link")
