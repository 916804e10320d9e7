"""The counts beside the filter form's options ("Singapore (1)") are stored, so the form
costs one small read at any archive size; an import, an admin delete and a rolled-back
change all leave them telling the truth."""
import datetime as dt
import io
import re
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse

from summits import facets
from summits.models import Facet, FacetCount, Organisation, Summit

pytestmark = pytest.mark.django_db

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "000_seed_69d3f274414b58bc.txt"


def options(html, name):
    """{label: count} of the options of one <select> of the schedule's filter form."""
    select = re.search(rf'<select[^>]*name="{name}".*?</select>', html, re.S).group(0)
    return {label: int(n) for label, n in re.findall(r">([^<>]+?) \((\d+)\)</option>", select)}


def year_counts(html):
    return {int(year): int(n) for year, n in re.findall(r'href="\?year=(\d{4})"[^>]*>\d{4}\D*?(\d+)\D*?</a>', html)}


def stored():
    return {(row.facet, row.value): row.summits for row in FacetCount.objects.all()}


def counted_now():
    found = facets.counted()
    return ({(Facet.COUNTRY, code): n for code, n in found["countries"].items()}
            | {(Facet.YEAR, str(year)): n for year, n in found["years"]}
            | {(Facet.ORGANISATION, row["slug"]): row["n"] for row in found["organisations"]})


@pytest.fixture
def imported(organisations, django_capture_on_commit_callbacks):
    if not SEED.exists():
        pytest.skip(f"the seed article is not among the fixtures ({SEED.name})")
    with django_capture_on_commit_callbacks(execute=True):  # the import's transactions commit
        call_command("import_articles", str(SEED), stdout=io.StringIO(), stderr=io.StringIO())
    return Summit.objects.get(organisation__short_name="ASEAN", ordinal=32)


def test_an_import_stores_the_counts_the_form_shows(client, imported):
    assert stored() == counted_now() and (Facet.COUNTRY, "SG") in stored()
    html = client.get("/").content.decode()
    asean = Summit.objects.filter(organisation__short_name="ASEAN").count()
    assert options(html, "org")["ASEAN"] == asean
    assert options(html, "country")["Singapore"] == stored()[(Facet.COUNTRY, "SG")]
    # The page reads the stored counts rather than counting again.
    FacetCount.objects.filter(facet=Facet.COUNTRY, value="SG").update(summits=999)
    cache.clear()  # the form's options are cached with the page until the data changes
    assert options(client.get("/").content.decode(), "country")["Singapore"] == 999


def test_deleting_a_summit_in_the_admin_updates_the_counts(admin_client, imported, django_capture_on_commit_callbacks):
    before = options(admin_client.get("/").content.decode(), "country")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("admin:summits_summit_delete", args=[imported.pk]), {"post": "yes"})
    assert response.status_code == 302 and not Summit.objects.filter(pk=imported.pk).exists()
    assert stored() == counted_now()
    after = options(admin_client.get("/").content.decode(), "country")
    assert after.get("Singapore", 0) == before["Singapore"] - 1


def test_counts_are_right_before_the_change_commits(client, organisations):
    # Inside a transaction that has not committed yet (here: the test's), the stored
    # counts are gone and the form counts live: never a count of the data before.
    asean = Organisation.objects.get(short_name="ASEAN")
    FacetCount.objects.create(facet=Facet.COUNTRY, value="BN", summits=7)
    Summit.objects.create(name="Brunei Summit", organisation=asean, host_country="BN", start=dt.date(2013, 4, 24))
    Summit.objects.get(name="Brunei Summit").refresh_countries()
    html = client.get("/").content.decode()
    assert options(html, "country")["Brunei"] == 1  # hosts (and its members take part)
    assert options(html, "org") == {"ASEAN": 1}
    assert year_counts(html) == {2013: 1}


def test_a_change_after_a_rolled_back_one_is_still_counted(organisations, django_capture_on_commit_callbacks):
    asean = Organisation.objects.get(short_name="ASEAN")
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                Summit.objects.create(name="Never held", organisation=asean, start=dt.date(2001, 1, 1))
                raise RuntimeError("the editor's save failed")
        except RuntimeError:
            pass
        Summit.objects.create(name="Held", organisation=asean, start=dt.date(2002, 2, 2))
    assert stored() == counted_now() == {(Facet.YEAR, "2002"): 1, (Facet.ORGANISATION, "asean"): 1}
