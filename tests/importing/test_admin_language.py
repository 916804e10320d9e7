"""The import pages speak Indonesian to an Indonesian editor."""
import pytest
from django.urls import reverse

from summits.models import Article

pytestmark = pytest.mark.django_db


def test_the_add_articles_page_in_indonesian(admin_client):
    page = admin_client.get(reverse("admin:summits_article_add_articles"), HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert "Tempelkan satu artikel" in page and "Atau unggah berkas" in page


def test_the_article_list_offers_the_import_actions_in_indonesian(admin_client):
    Article.objects.create(title="Presiden akan hadir", body="KTT ASEAN ke-32 digelar di Singapura.")
    page = admin_client.get(reverse("admin:summits_article_changelist"), HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert "Impor peristiwa dari artikel terpilih" in page and "Tambah artikel (tempel atau unggah)" in page


def test_the_byline_column_and_its_editors_in_indonesian(admin_client):
    Article.objects.create(title="KTT", body="KTT ASEAN ke-32.", authors="Rina Adi", editors="Bayu Prasetyo")
    page = admin_client.get(reverse("admin:summits_article_changelist"), HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert "Ditulis oleh" in page and "Rina Adi; disunting oleh Bayu Prasetyo" in page
