"""python manage.py extract_article: JSON of the schema, readable summary, clear errors."""
import json
from io import StringIO
from pathlib import Path

import jsonschema
import pytest
from django.core.management import CommandError, call_command

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEED = FIXTURES / "articles" / "000_seed_69d3f274414b58bc.txt"
SCHEMA = json.loads((FIXTURES / "extraction-output.schema.json").read_text())


def run(*args):
    out = StringIO()
    call_command("extract_article", *map(str, args), stdout=out)
    return out.getvalue()


def test_json_output_follows_the_schema():
    data = json.loads(run(SEED, "--json"))
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    assert data["summits"][0]["name"] == "KTT ASEAN ke-32"


def test_summary_is_readable_text():
    out = run(SEED)
    assert "KTT ASEAN ke-32" in out and "Joko Widodo" in out and "Countries:" in out
    # a meeting shows its place as a summit does
    assert "SOM (Senior Official Meeting) (senior_officials)  2018-04-26  Singapore SG  in s1" in out


def test_published_and_url_fill_in_a_missing_date(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Presiden akan hadir di KTT ASEAN ke-33 di Singapura pada 13-15 November.", encoding="utf-8")
    data = json.loads(run(article, "--json", "--url", "https://x.example/read/20181108/ktt"))
    assert data["article"]["published"] == "2018-11-08" and data["summits"][0]["start"] == "2018-11-13"
    data = json.loads(run(article, "--json", "--published", "2017-01-02"))
    assert data["summits"][0]["start"] == "2017-11-13"


def test_html_page(tmp_path):
    page = tmp_path / "a.html"
    page.write_text("<html><head><title>KTT</title></head><body><article><h1>Presiden hadir KTT ASEAN</h1>"
                    "<p>Jakarta (ANTARA) - Presiden RI Joko Widodo dijadwalkan menghadiri KTT ASEAN ke-32 yang akan "
                    "digelar di Singapura pada 27-28 April 2018. Presiden akan hadir bersama para menteri.</p>"
                    "</article></body></html>", encoding="utf-8")
    data = json.loads(run(page, "--json"))
    assert data["summits"][0]["start"] == "2018-04-27"


def test_html_page_gives_its_publication_time_with_zone(tmp_path):
    """'Selasa, 5 September 2023 10:15 WIB' as the page's own metadata: the time and zone are kept,
    and a year the text leaves out resolves against that date."""
    page = tmp_path / "a.html"
    page.write_text('<html><head><meta property="article:published_time" content="2023-09-05T10:15:00+07:00">'
                    "<title>KTT</title></head><body><article><h1>Jokowi buka KTT ASEAN</h1>"
                    "<p>Jakarta (ANTARA) - Presiden RI Joko Widodo membuka KTT ke-43 ASEAN di Jakarta "
                    "pada 5-7 September. Para pemimpin akan membahas kerja sama kawasan.</p>"
                    "</article></body></html>", encoding="utf-8")
    data = json.loads(run(page, "--json"))
    assert data["article"]["published"] == "2023-09-05T10:15+07:00"
    assert (data["summits"][0]["start"], data["summits"][0]["end"]) == ("2023-09-05", "2023-09-07")


def test_non_utf8_text_is_decoded(tmp_path):
    article = tmp_path / "latin.txt"
    article.write_bytes("Presiden RI Joko Widodo menghadiri KTT ASEAN ke-32 di Singapura pada 27-28 April 2018, "
                        "kata Menteri Luar Negeri Retno Marsudi di Jakarta. Café.".encode("cp1252"))
    data = json.loads(run(article, "--json"))
    assert data["summits"][0]["ordinal"] == 32


@pytest.mark.parametrize("content, message", [
    (b"", "empty"), (b"   \n", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
])
def test_bad_files_give_a_clear_message(tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        run(bad, "--json")


def test_missing_file_and_bad_date(tmp_path):
    with pytest.raises(CommandError, match="cannot read"):
        run(tmp_path / "nope.txt")
    with pytest.raises(CommandError, match="--published"):
        run(SEED, "--published", "20-04-2018")
