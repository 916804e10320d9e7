"""The admin import flow with the admin client: select articles -> the dry-run page shows
what will be created, merged and in conflict, with evidence -> confirm writes, cancel
doesn't -> undo takes it back. Also permissions, CSRF, background batches and the list's
counts. Real fixture articles go through the real extractor and import service."""
import datetime as dt
import json
from pathlib import Path

import lxml.html
import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from summits.importing import IncomingText, add_article, import_article
from summits.models import (
    Article, Attendance, Conflict, Document, Evidence, Meeting, Participant, ReviewStatus, Summit,
)

from .build import article_with, extraction, said, summit

pytestmark = pytest.mark.django_db

ARTICLES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
SEED = "000_seed_69d3f274414b58bc"  # Indonesian: KTT ASEAN ke-32, Singapore, 27-28 April 2018
CNA = "en_01_asean_32_singapore_cna"  # English: the same summit
OTHERS = ["id_01_ktt_asean_33_singapura", "id_02_ktt_asean_42_labuan_bajo", "id_03_ktt_g20_bali"]
CHANGELIST = reverse("admin:summits_article_changelist")


def stored(name):
    """A fixture article stored as an Article (not imported), dated as its gold says."""
    gold = json.loads((ARTICLES / f"{name}.gold.json").read_text())
    published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    return add_article(IncomingText(name=f"{name}.txt", text=text, published=published))[0]


def act(client, action, articles, confirm=False, **extra):
    data = {"action": action, "_selected_action": [a.pk for a in articles], **extra}
    if confirm:
        data["confirm"] = "yes"
    return client.post(CHANGELIST, data)


def messages_of(client, response):
    """Messages shown on the page the action leads to."""
    if response.status_code == 302:
        response = client.get(response["Location"])
    return [str(m) for m in response.context["messages"]]


def plan_rows(page):
    """(action, kind, label, evidence) for each planned change on the confirmation page."""
    rows = []
    for tr in lxml.html.fromstring(page).xpath('//table[@class="summits-plan"]/tbody/tr'):
        badge, record, _detail, evidence = tr.xpath("td")
        kind = record.xpath('span[@class="summits-kind"]')[0].text_content().strip()
        label = record.text_content().strip()[len(kind):].strip()
        rows.append((badge.text_content().strip(), kind, label, evidence.text_content().strip()))
    return rows


def asean_32():
    return Summit.objects.get(organisation__short_name="ASEAN", ordinal=32)


def record_counts():
    return [model.objects.count() for model in (Summit, Meeting, Participant, Attendance, Document, Evidence, Conflict)]


@pytest.fixture
def immediate_tasks(settings):
    """Background imports run at once, inside the request."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


# The confirmation page --------------------------------------------------------------

def test_the_preview_shows_what_will_be_created_with_evidence_and_writes_nothing(admin_client):
    article = stored(SEED)
    response = act(admin_client, "import_events", [article])
    page = response.content.decode()
    assert response.status_code == 200
    assert "admin/summits/article/import_preview.html" in [t.name for t in response.templates]
    rows = plan_rows(page)
    assert ("new", "summit", "KTT ASEAN ke-32") in [(action, kind, label.split(",")[0]) for action, kind, label, _ in rows]
    assert ("new", "participant", "Joko Widodo") in [row[:3] for row in rows]
    # Each evidence sentence is a sentence of the article itself.
    assert all(sentence in article.body for *_, sentence in rows)
    assert any("KTT ASEAN ke-32" in sentence for *_, sentence in rows)
    assert record_counts() == [0] * 7
    article.refresh_from_db()
    assert article.import_status == "new"


def test_the_preview_says_when_no_publication_date_leaves_year_less_dates_unplaced(admin_client):
    """A Reuters text pasted without its date ('NUSA DUA, Indonesia, Nov 16') finds no summit: the
    preview says why and what to do, and says nothing once the date is set."""
    text = (ARTICLES / "en_04_g20_bali_declaration_reuters.txt").read_text(encoding="utf-8")
    article = add_article(IncomingText(name="g20.txt", text=text))[0]

    def warnings():
        page = act(admin_client, "import_events", [article]).content.decode()
        return [p.text_content() for p in lxml.html.fromstring(page).xpath('//p[@class="summits-warning"]')]

    assert len(warnings()) == 1 and "Set the article\u2019s publication date" in warnings()[0]
    article.published = dt.datetime(2022, 11, 16, 12, tzinfo=dt.timezone.utc)
    article.save()
    assert warnings() == []
    assert plan_rows(act(admin_client, "import_events", [article]).content.decode())  # and the summit is found


def test_the_preview_form_carries_the_selection_and_a_confirm_field_and_cancel_goes_back(admin_client):
    article = stored(SEED)
    page = act(admin_client, "import_events", [article]).content.decode()
    assert f'name="_selected_action" value="{article.pk}"' in page
    assert 'name="confirm" value="yes"' in page and 'name="action" value="import_events"' in page
    assert "csrfmiddlewaretoken" in page
    assert f'href="{CHANGELIST}" class="button cancel-link"' in page
    # Cancelling is going back to the list: nothing is written.
    assert admin_client.get(CHANGELIST).status_code == 200
    assert record_counts() == [0] * 7


def test_confirming_imports_the_summit_with_its_people_and_documents(admin_client):
    article = stored(SEED)
    response = act(admin_client, "import_events", [article], confirm=True)
    assert response.status_code == 302
    summit = asean_32()
    assert (summit.host_country.code, summit.start, summit.end) == ("SG", dt.date(2018, 4, 27), dt.date(2018, 4, 28))
    assert summit.meetings.exists()
    assert Participant.objects.filter(name="Joko Widodo").exists()
    assert Document.objects.count() >= 3
    article.refresh_from_db()
    assert article.import_status == "imported"
    assert any(m.startswith("Imported 1 article") and "summit" in m for m in messages_of(admin_client, response))


def test_a_second_article_about_the_summit_is_shown_as_a_merge_and_becomes_a_source(admin_client):
    seed, cna = stored(SEED), stored(CNA)
    act(admin_client, "import_events", [seed], confirm=True)
    page = act(admin_client, "import_events", [cna]).content.decode()
    rows = plan_rows(page)
    assert ("merge", "participant", "Joko Widodo") in [row[:3] for row in rows]
    # The summit matches too (its dates differ in this article: shown as a conflict to resolve).
    summit_rows = [label.split(",")[0] for action, kind, label, _ in rows if kind == "summit" and action != "new"]
    assert summit_rows == [asean_32().name]
    assert f"matches {asean_32().name}" in page and "adds this article as a source" in page
    act(admin_client, "import_events", [cna], confirm=True)
    summit = asean_32()
    assert Summit.objects.filter(organisation__short_name="ASEAN", ordinal=32).count() == 1
    assert set(summit.evidence.values_list("article", flat=True)) == {seed.pk, cna.pk}


def test_a_different_date_for_a_reviewed_summit_is_a_conflict_not_applied(admin_client):
    seed = stored(SEED)
    act(admin_client, "import_events", [seed], confirm=True)
    summit = asean_32()
    Summit.objects.filter(pk=summit.pk).update(start=dt.date(2018, 4, 26), review_status=ReviewStatus.REVIEWED)
    cna = stored(CNA)
    page = act(admin_client, "import_events", [cna]).content.decode()
    assert ("conflict", "summit") in [row[:2] for row in plan_rows(page)]
    assert "dates: kept 26–28 April 2018, the article says 25–28 April 2018" in page
    act(admin_client, "import_events", [cna], confirm=True)
    summit.refresh_from_db()
    assert summit.start == dt.date(2018, 4, 26)  # the editor's value stands
    conflict = Conflict.objects.get(summit=summit, field="dates")
    assert conflict.proposed_value == "25–28 April 2018" and not conflict.resolved
    # Editors find it from the summit list: a filter and a count that links to it.
    summits = admin_client.get(reverse("admin:summits_summit_changelist") + "?conflicts=unresolved").content.decode()
    assert summit.name in summits
    assert f"?resolved__exact=0&amp;summit={summit.pk}" in summits
    clean = admin_client.get(reverse("admin:summits_summit_changelist") + "?conflicts=none").content.decode()
    assert summit.name not in clean
    conflicts = admin_client.get(reverse("admin:summits_conflict_changelist") + f"?resolved__exact=0&summit={summit.pk}")
    assert conflicts.status_code == 200 and "25–28 April 2018" in conflicts.content.decode()


def test_importing_again_changes_nothing(admin_client):
    seed = stored(SEED)
    act(admin_client, "import_events", [seed], confirm=True)
    before = record_counts()
    page = act(admin_client, "import_events", [seed]).content.decode()
    assert "summits-badge-create" not in page and "summits-badge-unchanged" in page
    act(admin_client, "import_events", [seed], confirm=True)
    assert record_counts() == before


# Undo -------------------------------------------------------------------------------

def test_undo_asks_first_then_removes_what_the_article_imported_but_keeps_reviewed_records(admin_client):
    seed = stored(SEED)
    act(admin_client, "import_events", [seed], confirm=True)
    person = Participant.objects.get(name="Joko Widodo")
    Participant.objects.filter(pk=person.pk).update(review_status=ReviewStatus.REVIEWED)

    asking = act(admin_client, "remove_imported", [seed])
    assert "admin/summits/article/undo_confirmation.html" in [t.name for t in asking.templates]
    assert 'name="confirm" value="yes"' in asking.content.decode()
    assert Evidence.objects.filter(article=seed).exists()  # asking wrote nothing

    response = act(admin_client, "remove_imported", [seed], confirm=True)
    assert not Evidence.objects.filter(article=seed).exists()
    assert not Summit.objects.exists() and not Meeting.objects.exists() and not Document.objects.exists()
    assert list(Participant.objects.values_list("name", flat=True)) == ["Joko Widodo"]
    seed.refresh_from_db()
    assert seed.import_status == "new" and Article.objects.count() == 1
    assert any("Removed what 1 article imported" in m for m in messages_of(admin_client, response))


def test_undoing_one_of_two_sources_keeps_the_summit(admin_client):
    seed, cna = stored(SEED), stored(CNA)
    act(admin_client, "import_events", [seed, cna], confirm=True)
    act(admin_client, "remove_imported", [cna], confirm=True)
    assert set(asean_32().evidence.values_list("article", flat=True)) == {seed.pk}


# The article list -------------------------------------------------------------------

def test_the_article_list_shows_status_and_what_each_article_backs_in_constant_queries(admin_client):
    seed = stored(SEED)
    act(admin_client, "import_events", [seed], confirm=True)
    with CaptureQueriesContext(connection) as one:
        page = admin_client.get(CHANGELIST).content.decode()
    assert "imported" in page
    backed = {kind: Evidence.objects.filter(article=seed).exclude(**{kind: None}).values(kind).distinct().count()
              for kind in ("summit", "meeting", "participant", "attendance", "document")}
    assert all(backed.values()), backed
    expected = (f"{backed['summit']} summits, {backed['meeting']} meetings, {backed['participant']} participants, "
                f"{backed['attendance']} attendances, {backed['document']} documents")
    assert f'<td class="field-records_display">{expected}</td>' in page

    for name in OTHERS:
        stored(name)
    with CaptureQueriesContext(connection) as four:
        admin_client.get(CHANGELIST)
    assert len(four) == len(one)


def test_a_failed_import_shows_its_error_in_the_list(admin_client):
    article = stored(SEED)
    Article.objects.filter(pk=article.pk).update(import_status="failed", last_error="The extractor gave up")
    page = admin_client.get(CHANGELIST).content.decode()
    assert "The extractor gave up" in page


def test_deleting_articles_from_the_list_still_works(admin_client):
    article = stored(SEED)
    act(admin_client, "delete_selected", [article], post="yes")
    assert not Article.objects.exists()


# Background batches -----------------------------------------------------------------

def test_a_batch_over_the_threshold_runs_in_the_background_and_reports_progress(admin_client, settings, immediate_tasks):
    settings.SUMMITS_BACKGROUND_THRESHOLD = 2
    articles = [stored(SEED), stored(CNA), *(stored(name) for name in OTHERS)]
    page = act(admin_client, "import_events", articles).content.decode()
    assert "in the background" in page
    response = act(admin_client, "import_events", articles, confirm=True)
    assert response.status_code == 302 and "/import-progress/" in response["Location"]
    assert set(Article.objects.values_list("import_status", flat=True)) == {"imported"}
    progress = admin_client.get(response["Location"])
    text = progress.content.decode()
    assert "5 of 5 imported, 0 failed, 0 waiting" in text
    assert 'http-equiv="refresh"' not in text  # finished: no more reloading
    assert Summit.objects.filter(organisation__short_name="ASEAN", ordinal=32).count() == 1


def test_the_progress_page_reloads_itself_while_articles_wait_for_the_worker(admin_client, settings):
    # The dummy backend keeps tasks without running them: a worker that has not started yet.
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    settings.SUMMITS_BACKGROUND_THRESHOLD = 1
    articles = [stored(SEED), stored(CNA)]
    response = act(admin_client, "import_events", articles, confirm=True)
    assert set(Article.objects.values_list("import_status", flat=True)) == {"queued"}
    text = admin_client.get(response["Location"]).content.decode()
    assert "0 of 2 imported, 0 failed, 2 waiting" in text
    assert '<meta http-equiv="refresh"' in text
    assert 'queued' in admin_client.get(CHANGELIST + "?import_status__exact=queued").content.decode()
    assert record_counts() == [0] * 7


def test_another_session_cannot_follow_a_batch(admin_client, settings, django_user_model):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    settings.SUMMITS_BACKGROUND_THRESHOLD = 0
    location = act(admin_client, "import_events", [stored(SEED)], confirm=True)["Location"]
    other = Client()
    other.force_login(django_user_model.objects.create_superuser("other", "", "a-long-password-1"))
    assert other.get(location).status_code == 404


# Permissions and CSRF ---------------------------------------------------------------

def staff_with(django_user_model, *codenames):
    user = django_user_model.objects.create_user("clerk", password="a-long-password-1", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="summits", codename__in=codenames))
    client = Client()
    client.force_login(user)
    return client


def test_staff_without_the_import_permissions_are_refused(django_user_model):
    article = stored(SEED)
    client = staff_with(django_user_model, "view_article", "change_article", "add_summit", "change_summit")
    response = act(client, "import_events", [article], confirm=True)
    message = " ".join(messages_of(client, response))
    assert "You cannot import events" in message and "add meeting" in message
    assert record_counts() == [0] * 7
    response = act(client, "remove_imported", [article], confirm=True)
    assert "You cannot remove imported records" in " ".join(messages_of(client, response))


def test_staff_with_the_import_permissions_can_import(django_user_model):
    article = stored(SEED)
    models = ["summit", "meeting", "participant", "attendance", "document", "evidence"]
    client = staff_with(django_user_model, "view_article", "change_article",
                        *[f"{verb}_{model}" for model in models for verb in ("add", "change")])
    act(client, "import_events", [article], confirm=True)
    assert asean_32()


def test_staff_who_may_only_view_articles_are_not_offered_the_actions(django_user_model):
    article = stored(SEED)
    client = staff_with(django_user_model, "view_article")
    page = client.get(CHANGELIST).content.decode()
    assert "import_events" not in page and "remove_imported" not in page
    act(client, "import_events", [article], confirm=True)
    assert record_counts() == [0] * 7


def test_anonymous_users_are_sent_to_the_login_page(client):
    article = stored(SEED)
    response = act(client, "import_events", [article], confirm=True)
    assert response.status_code == 302 and response["Location"].startswith(reverse("admin:login"))
    assert record_counts() == [0] * 7


def test_confirming_without_a_csrf_token_is_refused(django_user_model):
    article = stored(SEED)
    client = Client(enforce_csrf_checks=True)
    client.force_login(django_user_model.objects.create_superuser("editor", "", "a-long-password-1"))
    assert act(client, "import_events", [article], confirm=True).status_code == 403
    assert act(client, "remove_imported", [article], confirm=True).status_code == 403
    assert record_counts() == [0] * 7


def test_a_disagreement_several_articles_state_is_one_conflict_listing_them_all(admin_client):
    first = article_with("KTT ASEAN ke-32 digelar 27-28 April.", title="Kompas: KTT ASEAN ke-32")
    import_article(first, extraction=extraction(first, summits=[summit()]))
    Summit.objects.update(review_status=ReviewStatus.REVIEWED)
    titles = ["CNA: summit from April 25", "ANTARA: KTT mulai 25 April", "Reuters: leaders meet April 25"]
    for title in titles:
        article = article_with(f"{title}.", title=title)
        import_article(article, extraction=extraction(article, summits=[
            summit(start="2018-04-25", evidence=said(article, f"{title}."))]))
    conflict = Conflict.objects.get()  # one to resolve, not three
    another = article_with("The 32nd ASEAN Summit will be held in Singapore on April 25-28, 2018.", title="AP")
    preview = act(admin_client, "import_events", [another]).content.decode()
    assert "(already to resolve: the article is added to its sources)" in preview  # the editor is told before
    listing = admin_client.get(reverse("admin:summits_conflict_changelist")).content.decode()
    summit_page = admin_client.get(reverse("admin:summits_summit_change", args=[conflict.summit_id])).content.decode()
    for page in (listing, summit_page):
        assert all(title in page for title in titles)
    assert len(lxml.html.fromstring(listing).xpath('//table[@id="result_list"]/tbody/tr')) == 1
    with CaptureQueriesContext(connection) as few:
        admin_client.get(reverse("admin:summits_conflict_changelist"))
    for n in range(3):  # more disagreements, each with its sources: the same number of queries
        article = article_with(f"Moved to 2{n} April.", title=f"Later {n}")
        import_article(article, extraction=extraction(article, summits=[summit(start=f"2018-04-2{n}")]))
    with CaptureQueriesContext(connection) as more:
        admin_client.get(reverse("admin:summits_conflict_changelist"))
    assert Conflict.objects.count() == 4 and len(more) == len(few)
