"""Country names in both languages, provinces, cities, nicknames, aliases."""
import pytest

from summits.extraction.places import country_of, demonym_code, find_places


@pytest.mark.parametrize("name, code", [
    ("Singapura", "SG"), ("Filipina", "PH"), ("Kamboja", "KH"), ("Tiongkok", "CN"), ("Jepang", "JP"),
    ("Korea Selatan", "KR"), ("Amerika Serikat", "US"), ("Rusia", "RU"), ("Selandia Baru", "NZ"),
    ("Belanda", "NL"), ("Arab Saudi", "SA"), ("Timor Leste", "TL"), ("Timor-Leste", "TL"),
    ("Singapore", "SG"), ("Philippines", "PH"), ("Viet Nam", "VN"), ("Laos", "LA"),
])
def test_country_names_in_indonesian_and_english(name, code):
    assert country_of(name) == code


@pytest.mark.parametrize("name, code", [
    ("Negeri Singa", "SG"), ("Negeri Jiran", "MY"), ("Negeri Gajah Putih", "TH"), ("Tanah Air", "ID"),
    ("Bali", "ID"), ("Nusa Tenggara Timur", "ID"), ("Labuan Bajo", "ID"), ("Nusa Dua", "ID"),
    ("Manila", "PH"), ("Phnom Penh", "KH"), ("Vientiane", "LA"), ("Kuala Lumpur", "MY"),
    # small towns that hosted summits
    ("Kananaskis", "CA"), ("Sharm El-Sheikh", "EG"), ("Wilmington", "US"), ("Borgo Egnazia", "IT"),
])
def test_nicknames_provinces_and_cities(name, code):
    assert country_of(name) == code


def test_short_aliases_must_be_written_in_capitals_and_in_their_language():
    assert [p.code for p in find_places("Presiden RI Joko Widodo", "id")] == ["ID"]
    assert [p.code for p in find_places("produk dolar AS", "id")] == ["US"]
    assert find_places("As the summit opened", "en") == []


def test_venues_and_seas_are_not_places():
    assert find_places("at the Shangri-La Hotel", "en") == []
    assert [p.code for p in find_places("the South China Sea and Malaysia", "en")] == ["MY"]


def test_offsets_point_into_the_text():
    text = "KTT ASEAN di Nusa Dua, Bali dan di Manila"
    for p in find_places(text, "id"):
        assert text[p.start:p.end] == p.text


@pytest.mark.parametrize("word, code", [("Indonesian", "ID"), ("Thai", "TH"), ("Philippine", "PH"),
                                        ("Vietnamese", "VN"), ("Chinese", "CN"), ("US", "US")])
def test_english_demonyms(word, code):
    assert demonym_code(word) == code
