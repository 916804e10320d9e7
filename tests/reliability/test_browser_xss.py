"""Markup in an article stays text: script tags, event handlers and javascript: URLs in
titles, summit and person names, document titles and evidence sentences render inert in
real Chromium on the schedule, summit, person and document pages and on the admin's
import preview; no dialog ever opens and the payload is shown literally."""
import datetime as dt
from pathlib import Path

import pytest
from django.urls import reverse

from summits.importing import IncomingText, add_article
from summits.models import Alias, Article, Attendance, Document, Evidence, Meeting, Organisation, Participant, Summit

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("reference_data")]

SCRIPT = "<script>alert('script')</script>"
IMAGE = "<img src=x onerror=alert('img')>"
SVG = "<svg onload=alert('svg')>"
HOSTILE_TEXT = Path(__file__).resolve().parents[1] / "fixtures" / "hostile" / "script-payload.txt"


def evidence(article, text, **record):
    start = article.body.index(text)
    return Evidence.objects.create(article=article, sentence=text, start=start, end=start + len(text), **record)


@pytest.fixture
def payloads():
    summit = Summit.objects.create(
        name=f"KTT {SCRIPT} ASEAN {IMAGE}", organisation=Organisation.objects.get(short_name="ASEAN"), ordinal=77,
        host_country="SG", city=f"Kota {SVG}", theme=f"Tema {SCRIPT}", start=dt.date(2031, 4, 27),
        end=dt.date(2031, 4, 28),
    )
    meeting = Meeting.objects.create(summit=summit, name=f"Sesi {IMAGE}", kind="plenary", start=dt.date(2031, 4, 27))
    person = Participant.objects.create(name=f"Joko {IMAGE} Widodo", country="ID", title=f"Presiden {SCRIPT}")
    Alias.objects.create(participant=person, name=f"Jokowi {SVG}")
    attendance = Attendance.objects.create(participant=person, summit=summit, title=f"Presiden {SVG}")
    document = Document.objects.create(title=f"Deklarasi {SCRIPT}", summit=summit, kind="declaration")
    body = (f"Jakarta - KTT {SCRIPT} ASEAN {IMAGE} digelar.\nPresiden Joko {IMAGE} Widodo hadir {SVG}.\n"
            f"Deklarasi {SCRIPT} disahkan dalam Sesi {IMAGE}.")
    # A URL no form would accept (import_timeline loads raw records): the policy must still hold.
    article = Article.objects.create(title=f"Judul {SCRIPT}", source=IMAGE, url="javascript:alert('url')", body=body)
    evidence(article, f"KTT {SCRIPT} ASEAN {IMAGE} digelar.", summit=summit)
    evidence(article, f"Presiden Joko {IMAGE} Widodo hadir {SVG}.", attendance=attendance)
    evidence(article, f"Deklarasi {SCRIPT} disahkan", document=document)
    evidence(article, f"dalam Sesi {IMAGE}.", meeting=meeting)
    summit.refresh_countries()
    return {"summit": summit, "person": person, "document": document}


@pytest.fixture
def watched(page):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.dialogs = dialogs
    return page


def assert_inert(page, url, *literals):
    page.goto(url)
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)  # onerror/onload handlers would have fired by now
    assert page.dialogs == [], f"{url}: a dialog opened: {page.dialogs}"
    assert page.locator("img[src=x], svg[onload], script:not([src])").count() == 0, f"{url}: markup became elements"
    text = page.inner_text("body")
    for literal in literals:
        assert literal in text, f"{url}: {literal!r} not shown as text"


def test_payloads_are_shown_as_text_on_public_pages(watched, live_server, payloads):
    base = live_server.url
    assert_inert(watched, f"{base}/", f"KTT {SCRIPT} ASEAN {IMAGE}")
    assert_inert(watched, base + payloads["summit"].get_absolute_url(), f"KTT {SCRIPT} ASEAN {IMAGE}",
                 f"Joko {IMAGE} Widodo", f"Deklarasi {SCRIPT}")
    watched.save_screenshot("summit-with-payloads")
    # The source link carries a javascript: URL; following it runs nothing.
    link = watched.locator("a[href^='javascript:']")
    assert link.count() >= 1
    link.first.click()
    watched.wait_for_timeout(300)
    assert watched.dialogs == []
    assert_inert(watched, base + payloads["person"].get_absolute_url(), f"Joko {IMAGE} Widodo")
    assert_inert(watched, base + payloads["document"].get_absolute_url(), f"Deklarasi {SCRIPT}")


def test_the_import_preview_shows_payloads_as_text(watched, live_server, django_user_model):
    django_user_model.objects.create_superuser("editor", "", "a-long-password-1")
    text = HOSTILE_TEXT.read_text(encoding="utf-8")
    article, _ = add_article(IncomingText(name="script-payload.txt", text=text))
    page, base = watched, live_server.url
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "a-long-password-1")
    page.click("input[type=submit]")
    page.wait_for_selector("#site-name")
    page.goto(f"{base}{reverse('admin:summits_article_changelist')}")
    page.check(f"input[name=_selected_action][value='{article.pk}']")
    page.select_option("select[name=action]", "import_events")
    page.click("button[name=index]")
    page.wait_for_selector(".summits-preview")
    assert page.dialogs == []
    preview = page.inner_text(".summits-preview")
    assert "<script>alert(1)</script>" in preview or "<img src=x onerror=alert(1)>" in preview, preview[:2000]
    page.save_screenshot("import-preview-with-payloads")
    page.click("input[type=submit][value='Yes, import']")
    page.wait_for_load_state("load")
    assert page.dialogs == []
    for summit in Summit.objects.filter(evidence__article=article).distinct():
        assert_inert(page, base + summit.get_absolute_url(), summit.name)
