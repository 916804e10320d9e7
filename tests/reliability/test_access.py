"""Access: anonymous visitors reach nothing but the public pages and the login form
(every admin URL, including any added later by get_urls, sends them to log in); staff
without permissions can change nothing; every POST without a CSRF token is refused.
"Nothing written" is checked on the whole database through export_timeline."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from summits.models import Summit

from .dataset import build_rich_dataset
from .helpers import snapshot
from .urlwalk import endpoints

pytestmark = pytest.mark.django_db

# Reachable without logging in, by design.
OPEN_TO_ALL = {"admin:login", "admin:logout", "set_language"}


@pytest.fixture
def dataset():
    return build_rich_dataset()


def test_the_walk_covers_the_admin_and_public_pages(dataset):
    names = {e.name for e in endpoints()}
    assert {"admin:index", "admin:summits_summit_change", "admin:summits_article_changelist",
            "summits:schedule", "summits:summit"} <= names
    assert len([e for e in endpoints() if e.is_admin]) > 50


def assert_sent_to_login(response, endpoint):
    login = reverse("admin:login")
    assert response.redirect_chain, f"{endpoint.path} answered {response.status_code} to an anonymous visitor"
    assert response.request["PATH_INFO"] == login, f"{endpoint.path} led to {response.request['PATH_INFO']}"


def test_anonymous_visitors_are_sent_to_log_in_from_every_admin_url(client, dataset):
    before = snapshot()
    for endpoint in endpoints():
        if not endpoint.is_admin or endpoint.name in OPEN_TO_ALL:
            continue
        assert_sent_to_login(client.get(endpoint.path, follow=True), endpoint)
        assert_sent_to_login(client.post(endpoint.path, {"action": "delete_selected", "_selected_action": "1",
                                                         "post": "yes", "name": "x"}, follow=True), endpoint)
    assert snapshot() == before


def test_every_url_outside_the_admin_is_public_on_purpose(client, dataset):
    # A new non-admin URL (an import endpoint, say) must be added here consciously.
    public = {e.name for e in endpoints() if not e.is_admin}
    assert public <= {"set_language", "summits:schedule", "summits:schedule_ics", "summits:schedule_json",
                      "summits:summit", "summits:person", "summits:document", "summits:organisation",
                      "summits:country"}, public


@pytest.fixture
def csrf_client(admin_user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    return client


def test_every_post_without_a_csrf_token_is_refused(csrf_client, dataset):
    before = snapshot()
    for endpoint in endpoints():
        response = csrf_client.post(endpoint.path, {"action": "delete_selected", "_selected_action": "1",
                                                    "post": "yes", "name": "x", "language": "id"})
        allowed = {403} if endpoint.is_admin or endpoint.name == "set_language" else {403, 405}
        assert response.status_code in allowed, f"{endpoint.path}: {response.status_code}"
    assert snapshot() == before


def test_the_same_post_with_its_token_goes_through(csrf_client, dataset):
    # The control: the refusal above is the missing token, not a broken form.
    url = reverse("admin:summits_summit_delete", args=[dataset["gathering"].pk])
    token = csrf_client.get(url).context["csrf_token"]
    response = csrf_client.post(url, {"post": "yes", "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert not Summit.objects.filter(pk=dataset["gathering"].pk).exists()


def logged_in_staff(user_model, username, codenames):
    """A client logged in as staff holding only these permissions."""
    user = user_model.objects.create_user(username, password="a-long-password-1", is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def staff_client(django_user_model):
    """Staff who may only look at articles: what a reader-editor account gets."""
    return logged_in_staff(django_user_model, "reader", ["view_article"])


def test_staff_without_permissions_change_nothing(staff_client, dataset):
    before = snapshot()
    summit = dataset["summit"]
    refused = [
        staff_client.get(reverse("admin:summits_summit_changelist")),
        staff_client.post(reverse("admin:summits_summit_add"), {"name": "Sneaked in"}),
        staff_client.post(reverse("admin:summits_summit_change", args=[summit.pk]), {"name": "Renamed"}),
        staff_client.post(reverse("admin:summits_summit_delete", args=[summit.pk]), {"post": "yes"}),
        staff_client.post(reverse("admin:summits_article_add"), {"body": "A new article"}),
    ]
    assert [r.status_code for r in refused] == [403] * len(refused)
    # The article list is visible, but its actions do nothing for a reader.
    changelist = reverse("admin:summits_article_changelist")
    assert staff_client.get(changelist).status_code == 200
    staff_client.post(changelist, {"action": "delete_selected", "_selected_action": [dataset["article"].pk],
                                   "post": "yes"})
    assert snapshot() == before


@pytest.fixture
def article_editor(django_user_model):
    """Staff who may edit articles but not the summits, people and documents an import writes."""
    return logged_in_staff(django_user_model, "clerk", ["view_article", "change_article"])


def test_staff_without_the_import_permissions_cannot_import(article_editor, dataset):
    before = snapshot()
    article = dataset["article"]
    changelist = reverse("admin:summits_article_changelist")
    chosen = {"action": "import_events", "_selected_action": [article.pk]}
    for data in (chosen, {**chosen, "confirm": "yes"}):
        response = article_editor.post(changelist, data, follow=True)
        assert response.status_code == 200
        assert any("cannot import" in str(m) for m in response.context["messages"]), response.content[-1500:]
    undo = article_editor.post(changelist, {"action": "remove_imported", "_selected_action": [article.pk],
                                            "confirm": "yes"}, follow=True)
    assert any("cannot remove" in str(m) for m in undo.context["messages"])
    assert snapshot() == before


def test_staff_without_add_article_cannot_upload(article_editor, dataset):
    before = snapshot()
    url = reverse("admin:summits_article_add_articles")
    assert article_editor.get(url).status_code == 403
    response = article_editor.post(url, {"text": "Jakarta (ANTARA) - KTT ASEAN ke-50 digelar di Manila pada 1 Mei 2030."})
    assert response.status_code == 403
    assert snapshot() == before
