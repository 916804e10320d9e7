"""Summit, person, country, document and organisation pages."""
import pytest

from summits.models import Membership, Organisation

from .conftest import SEED_URL
from .helpers import text_of

pytestmark = pytest.mark.django_db


def page(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, response.content[:300]
    return text_of(response.content.decode())


def test_summit_page_has_sessions_people_documents_countries_and_sources(client, seed_schedule):
    text = page(client, seed_schedule["summit"].get_absolute_url())
    sessions = text[text.index("Sessions and meetings, day by day"): text.index("Participants")]
    assert sessions.index("25 April 2018") < sessions.index("Committee of Permanent Representatives")
    assert sessions.index("28 April 2018") < sessions.index("Retreat session")
    assert "IMT-GT Summit session side summit Singapore chaired by Thailand" in sessions
    people = text[text.index("Participants"): text.index("Documents")]
    assert "Joko Widodo, President of Indonesia" in people and "Indonesia" in people
    assert "Plenary session" in people
    documents = text[text.index("Documents"): text.index("Countries involved")]
    assert "ASEAN Leaders Vision for Resilient and Innovative ASEAN expected" in documents
    countries = text[text.index("Countries involved"): text.index("Sources")]
    assert "Thailand chair, member" in countries and "Singapore chair, host, member" in countries
    sources = text[text.index("Sources"):]
    assert "Presiden akan hadir KTT ASEAN di Singapura ANTARA 20 April 2018" in sources
    assert "Meeting: Plenary session" in sources and "sesi pleno pada 27 April" in sources
    assert "Summit – dates" in sources and "Participant: Joko Widodo" in sources
    # One sentence behind two facts is quoted once, under both.
    assert sources.count("sesi pleno pada 27 April") == 1
    assert "Meeting: Plenary session · Participant: Joko Widodo" in sources
    assert f'href="{SEED_URL}"' in client.get(seed_schedule["summit"].get_absolute_url()).content.decode()


def test_side_summit_page_names_its_parent(client, seed_schedule):
    text = page(client, seed_schedule["imt_gt"].get_absolute_url())
    assert "Held alongside 32nd ASEAN Summit" in text and "Chaired by Thailand" in text


def test_person_page_lists_each_summit_and_meeting_with_the_title_then(client, seed_schedule):
    text = page(client, seed_schedule["jokowi"].get_absolute_url())
    assert "27–28 April 2018 32nd ASEAN Summit President of Indonesia head of delegation" in text
    assert "27 April 2018 Plenary session, 32nd ASEAN Summit President of Indonesia" in text
    sources = text[text.index("Sources"):]
    assert "Participant: Joko Widodo" in sources and "sesi pleno pada 27 April" in sources


def test_country_page_separates_hosted_and_attended_by_year(client, seed_schedule):
    text = page(client, "/countries/sg/")
    hosted = text[text.index("Hosted"): text.index("Took part")]
    assert "2018 32nd ASEAN Summit — 27–28 April 2018" in hosted and "IMT-GT Summit" in hosted
    attended = text[text.index("Took part"):]
    assert "2018 ASEAN Leaders' Gathering — October 2018 member" in attended
    assert "2017 31st ASEAN Summit — November 2017 member" in attended
    assert "Singapura" in page(client, "/countries/SG/", HTTP_ACCEPT_LANGUAGE="id")
    assert client.get("/countries/XX/").status_code == 404


def test_document_page_has_status_summit_and_sentence(client, seed_schedule):
    text = page(client, seed_schedule["vision"].get_absolute_url())
    assert "expected" in text and "Summit: 32nd ASEAN Summit — 27–28 April 2018" in text
    assert "KTT ASEAN ke-32 yang akan digelar di Singapura pada 27-28 April" in text


def test_organisation_page_has_members_over_time_and_summits(client, seed_schedule):
    text = page(client, "/organisations/asean/")
    assert "Association of Southeast Asian Nations" in text
    assert "Timor-Leste 26 October 2025" in text
    assert "Indonesia 8 August 1967" in text
    assert "11 members today." in text
    assert "32nd ASEAN Summit — 27–28 April 2018" in text
    assert "Perhimpunan Bangsa-Bangsa Asia Tenggara" in page(client, "/organisations/asean/", HTTP_ACCEPT_LANGUAGE="id")


def test_a_member_that_left_shows_when(client, db):
    org = Organisation.objects.create(short_name="TEST", name_en="Test group")
    Membership.objects.create(organisation=org, country="GB", joined="1973-01-01", left="2020-01-31")
    text = page(client, "/organisations/test/")
    assert "United Kingdom 1 January 1973 31 January 2020" in text
    assert "0 members today." in text


def test_unknown_records_are_404(client, db):
    for url in ("/summits/nope/", "/people/nope/", "/documents/nope/", "/organisations/nope/"):
        assert client.get(url).status_code == 404


def test_every_organisation_page_opens(client, organisations):
    # The slugs of the reference organisations are valid URL parts ("imf-world-bank").
    for organisation in Organisation.objects.all():
        assert client.get(organisation.get_absolute_url()).status_code == 200
