"""`make run` loads the demo through the real importer, and running it twice is harmless."""
from io import StringIO

import pytest
from django.core.management import call_command

from summits.models import Article, Conflict, Evidence, Summit

pytestmark = pytest.mark.django_db


def test_demo_articles_are_imported_once():
    call_command("load_demo", stdout=StringIO())
    assert Article.objects.filter(import_status="imported").count() == Article.objects.count() >= 5
    asean_32 = Summit.objects.get(organisation__short_name="ASEAN", ordinal=32)
    assert asean_32.evidence.values("article").distinct().count() == 2  # Indonesian and English sources
    assert Conflict.objects.filter(summit=asean_32).exists()
    counts = (Article.objects.count(), Summit.objects.count(), Evidence.objects.count())
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert (Article.objects.count(), Summit.objects.count(), Evidence.objects.count()) == counts
    assert "0 articles added" in out.getvalue()
