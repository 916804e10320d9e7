"""Every admin page a superuser can reach loads: changelists (with each filter),
add forms and change forms, in English and Indonesian."""
import datetime as dt

import lxml.html
import pytest
from django.contrib import admin
from django.urls import reverse

from summits.models import (
    Alias, Article, Attendance, Conflict, Document, Evidence, Meeting, Organisation, Participant, Summit,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def one_of_each():
    asean = Organisation.objects.get(short_name="ASEAN")
    summit = Summit.objects.create(name="32nd ASEAN Summit", organisation=asean, ordinal=32, host_country="SG",
                                   start=dt.date(2018, 4, 27), end=dt.date(2018, 4, 28))
    meeting = Meeting.objects.create(summit=summit, name="SOM", kind="senior_officials", start=dt.date(2018, 4, 26))
    person = Participant.objects.create(name="Joko Widodo", country="ID")
    Alias.objects.create(participant=person, name="Jokowi")
    attendance = Attendance.objects.create(participant=person, summit=summit, role="head_of_delegation")
    document = Document.objects.create(title="ASEAN Leaders' Vision", summit=summit, kind="vision", status="expected")
    article = Article.objects.create(title="Presiden akan hadir", body="Presiden RI Joko Widodo ...")
    Evidence.objects.create(article=article, sentence="Presiden RI Joko Widodo ...", start=0, end=27, attendance=attendance)
    Conflict.objects.create(article=article, summit=summit, field="start", current_value="2018-04-27", proposed_value="2018-04-26")
    summit.refresh_countries()
    return [summit, meeting, person, attendance, document, article]


def admin_urls():
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        yield model, model_admin, reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        yield model, model_admin, reverse(f"admin:{opts.app_label}_{opts.model_name}_add")


@pytest.mark.parametrize("language", ["en", "id"])
def test_every_admin_page_loads_for_a_superuser(admin_client, one_of_each, language):
    admin_client.cookies["django_language"] = language
    assert admin_client.get(reverse("admin:index"), HTTP_ACCEPT_LANGUAGE=language).status_code == 200
    for model, model_admin, url in admin_urls():
        response = admin_client.get(url, HTTP_ACCEPT_LANGUAGE=language)
        if url.endswith("/add/") and not model_admin.has_add_permission(response.wsgi_request):
            assert response.status_code == 403, url  # read-only records: no add form offered
            continue
        assert response.status_code == 200, url
        for obj in model._default_manager.all()[:3]:
            change = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[obj.pk])
            assert admin_client.get(change, HTTP_ACCEPT_LANGUAGE=language).status_code == 200, change


def test_admin_speaks_indonesian(admin_client):
    response = admin_client.get(reverse("admin:summits_summit_changelist"), HTTP_ACCEPT_LANGUAGE="id")
    assert 'lang="id"' in response.content.decode()
    assert "Cari" in response.content.decode()  # Django's own Indonesian admin: "Search" -> "Cari"


@pytest.mark.parametrize("params", ["?year=2018", "?host_country=SG", "?organisation__id__exact=1", "?review_status=imported",
                                    "?q=ASEAN", "?start__year=2018"])
def test_summit_filters_work(admin_client, one_of_each, params):
    response = admin_client.get(reverse("admin:summits_summit_changelist") + params)
    assert response.status_code == 200
    assert "32nd ASEAN Summit" in response.content.decode()


def submitted_values(html, form_id):
    """What a browser would send for the form as rendered."""
    form = lxml.html.fromstring(html).get_element_by_id(form_id)
    return dict(form.form_values())


def test_editing_a_summit_marks_it_edited(admin_client, one_of_each):
    summit = one_of_each[0]
    url = reverse("admin:summits_summit_change", args=[summit.pk])
    data = submitted_values(admin_client.get(url).content, "summit_form")
    data["theme"] = "Resilient and Innovative ASEAN"
    response = admin_client.post(url, data)
    assert response.status_code == 302
    summit.refresh_from_db()
    assert summit.theme == "Resilient and Innovative ASEAN"
    assert summit.review_status == "edited"


def test_saving_without_changes_keeps_the_record_unreviewed(admin_client, one_of_each):
    summit = one_of_each[0]
    url = reverse("admin:summits_summit_change", args=[summit.pk])
    assert admin_client.post(url, submitted_values(admin_client.get(url).content, "summit_form")).status_code == 302
    summit.refresh_from_db()
    assert summit.review_status == "imported"
