"""Adding articles in the admin: paste or upload, duplicates recognised, bad input
refused with a message that names the file, and nothing added when anything is wrong."""
import datetime as dt
import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from summits.models import Article, Participant, Summit

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:summits_article_add_articles")
CHANGELIST = reverse("admin:summits_article_changelist")

ID_TEXT = (
    "Jakarta (ANTARA) - Presiden Joko Widodo dijadwalkan menghadiri KTT ASEAN ke-32 yang akan "
    "digelar di Singapura pada 27-28 April 2018."
)
EN_TEXT = (
    "SINGAPORE (Reuters) - Southeast Asian leaders meet in Singapore on April 27-28, 2018 for the "
    "32nd ASEAN Summit, with cyber security high on the agenda."
)
HTML = (
    "<!doctype html><html><head><title>Leaders meet in Singapore</title></head><body><article>"
    f"<h1>Leaders meet in Singapore</h1><p>{EN_TEXT}</p><p>More talks follow on Saturday.</p>"
    "</article></body></html>"
)


def a_file(name, content):
    return SimpleUploadedFile(name, content.encode("utf-8") if isinstance(content, str) else content)


def a_zip(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def messages_on(response):
    return [str(message) for message in response.context["messages"]]


def post(client, **data):
    return client.post(ADD_URL, data, follow=True)


def test_the_article_list_links_to_the_add_articles_page(admin_client):
    page = admin_client.get(CHANGELIST).content.decode()
    assert ADD_URL in page
    form = admin_client.get(ADD_URL).content.decode()
    assert 'enctype="multipart/form-data"' in form and "multiple" in form and "csrfmiddlewaretoken" in form


def test_pasted_text_becomes_an_article_with_its_details(admin_client):
    response = post(admin_client, text=ID_TEXT, title="Presiden akan hadir KTT ASEAN",
                    url="https://www.antaranews.com/berita/1", published="2018-04-20")
    article = Article.objects.get()
    assert (article.title, article.url, timezone.localtime(article.published).date().isoformat()) == (
        "Presiden akan hadir KTT ASEAN", "https://www.antaranews.com/berita/1", "2018-04-20")
    assert article.body == ID_TEXT
    assert response.redirect_chain[-1][0] == CHANGELIST
    assert any("Added 1 article" in m and "Presiden akan hadir" in m for m in messages_on(response))


def test_uploaded_text_and_html_files_each_become_an_article(admin_client):
    response = post(admin_client, files=[a_file("antara.txt", ID_TEXT), a_file("reuters.html", HTML)])
    assert Article.objects.count() == 2
    from_html = Article.objects.get(title="Leaders meet in Singapore")
    assert "32nd ASEAN Summit" in from_html.body and "<p>" not in from_html.body
    assert any("Added 2 articles" in m for m in messages_on(response))


def test_an_uploaded_page_keeps_its_publication_time_and_zone(admin_client):
    page = HTML.replace("<head>", '<head><meta property="article:published_time" content="2018-04-26T19:30:00+07:00">')
    post(admin_client, files=[a_file("antara.html", page)])
    article = Article.objects.get()
    assert article.published.astimezone(dt.timezone.utc).isoformat() == "2018-04-26T12:30:00+00:00"
    assert article.published_offset == 420  # WIB: the page's own zone, for showing its local time


def test_a_zip_gives_one_article_per_text_in_it(admin_client):
    data = a_zip({"a.txt": ID_TEXT, "b.txt": EN_TEXT, "notes/picture.png": "not read"})
    post(admin_client, files=[a_file("batch.zip", data)])
    assert sorted(Article.objects.values_list("body", flat=True)) == sorted([ID_TEXT, EN_TEXT])


def test_the_same_text_again_is_reported_not_duplicated(admin_client):
    post(admin_client, text=ID_TEXT, title="Presiden akan hadir")
    # Other spacing and line endings: still the same article.
    again = ID_TEXT.replace(" ", "  ") + "\r\n"
    response = post(admin_client, files=[a_file("copy.txt", again)])
    assert Article.objects.count() == 1
    assert any("Already known" in m and "Presiden akan hadir" in m for m in messages_on(response))


def test_nothing_given_asks_for_a_text_or_files(admin_client):
    response = post(admin_client, text="", title="")
    assert response.status_code == 200
    assert "Paste an article" in response.content.decode()
    assert not Article.objects.exists()


def test_whitespace_only_paste_is_refused_and_the_details_stay_in_the_form(admin_client):
    response = post(admin_client, text="   \n\t  ", title="My title")
    page = response.content.decode()
    assert response.status_code == 200 and "empty" in page
    assert 'value="My title"' in page
    assert not Article.objects.exists()


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b" \n \n", "empty"),
    ("random.txt", bytes(range(256)) * 40, "not a text file"),
    ("report.pdf", b"%PDF-1.4 binary", "only .txt, .html or .zip"),
    ("broken.zip", b"PK\x03\x04 not really a zip", "not a readable zip"),
])
def test_a_bad_file_is_refused_by_name_and_nothing_is_added(admin_client, name, content, reason):
    response = post(admin_client, text=EN_TEXT, files=[a_file("good.txt", ID_TEXT), a_file(name, content)])
    page = response.content.decode()
    assert response.status_code == 200
    assert name in page and reason in page, page
    assert "Nothing was added" in page
    assert EN_TEXT in page  # the pasted text is not lost
    assert not Article.objects.exists()


def test_a_file_over_the_size_limit_is_refused(admin_client, settings):
    settings.SUMMITS_MAX_UPLOAD_BYTES = 1000
    response = post(admin_client, files=[a_file("long.txt", "Kata " * 400)])
    page = response.content.decode()
    assert "long.txt" in page and "more than the limit of 1000" in page
    assert not Article.objects.exists()


def test_a_zip_over_the_member_limit_is_refused(admin_client, settings):
    settings.SUMMITS_MAX_ZIP_MEMBERS = 3
    data = a_zip({f"{n}.txt": f"Article number {n} about the summit." for n in range(5)})
    page = post(admin_client, files=[a_file("many.zip", data)]).content.decode()
    assert "many.zip" in page and "at most 3" in page
    assert not Article.objects.exists()


def test_a_zip_member_expanding_past_the_limit_is_refused(admin_client, settings):
    settings.SUMMITS_MAX_ZIP_MEMBER_BYTES = 10_000
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bomb.txt", "a" * 1_000_000)  # compresses to about a kilobyte
    page = post(admin_client, files=[a_file("bomb.zip", buffer.getvalue())]).content.decode()
    assert "bomb.txt" in page and "unpacks to" in page
    assert not Article.objects.exists()


def test_a_pasted_text_over_the_limit_is_refused(admin_client, settings):
    settings.SUMMITS_MAX_UPLOAD_BYTES = 100
    page = post(admin_client, text=EN_TEXT).content.decode()
    assert "larger than 100" in page
    assert not Article.objects.exists()


def test_adding_needs_the_add_article_permission(client, django_user_model):
    staff = django_user_model.objects.create_user("viewer", password="a-long-password-1", is_staff=True)
    client.force_login(staff)
    assert client.get(ADD_URL).status_code == 403
    assert client.post(ADD_URL, {"text": ID_TEXT}).status_code == 403
    assert not Article.objects.exists()


def test_anonymous_users_are_sent_to_the_login_page(client):
    response = client.post(ADD_URL, {"text": ID_TEXT})
    assert response.status_code == 302 and response["Location"].startswith(reverse("admin:login"))
    assert not Article.objects.exists()


def test_adding_without_a_csrf_token_is_refused(django_user_model):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(django_user_model.objects.create_superuser("editor", "", "a-long-password-1"))
    assert client.post(ADD_URL, {"text": ID_TEXT}).status_code == 403
    assert not Article.objects.exists()


BYLINED = HTML.replace("<head>", '<head><meta name="author" content="Rina Adi">').replace(
    "<p>More talks follow on Saturday.</p>",
    "<p>Rina Adi said President Joko Widodo met Prime Minister Lee Hsien Loong at the summit.</p>")


def test_an_uploaded_pages_byline_is_kept_and_shown_and_its_writer_is_no_participant(admin_client):
    post(admin_client, files=[a_file("cna.html", BYLINED)])
    article = Article.objects.get()
    assert article.authors == "Rina Adi"
    admin_client.post(CHANGELIST, {"action": "import_events", "_selected_action": [article.pk], "confirm": "yes"})
    assert Summit.objects.exists()
    names = set(Participant.objects.values_list("name", flat=True))
    assert "Joko Widodo" in names and "Rina Adi" not in names
    assert "Rina Adi" in admin_client.get(CHANGELIST).content.decode()
    summit_page = admin_client.get(reverse("admin:summits_summit_change", args=[Summit.objects.get().pk]))
    assert "Rina Adi" in summit_page.content.decode()  # beside the article among the summit's sources


def test_the_credits_of_a_text_are_kept_as_its_authors_and_editors(admin_client):
    post(admin_client, text=f"{ID_TEXT}\nPewarta: Rina Adi\nEditor: Bayu Prasetyo")
    article = Article.objects.get()
    admin_client.post(CHANGELIST, {"action": "import_events", "_selected_action": [article.pk], "confirm": "yes"})
    article.refresh_from_db()
    assert (article.authors, article.editors) == ("Rina Adi", "Bayu Prasetyo")
    assert "edited by Bayu Prasetyo" in admin_client.get(CHANGELIST).content.decode()
