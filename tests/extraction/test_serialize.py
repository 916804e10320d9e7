"""The JSON object of the extraction schema (validated with jsonschema)."""
import datetime as dt
import json
from pathlib import Path

import jsonschema

from summits.extraction import extract

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "extraction-output.schema.json").read_text())
SEED = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "000_seed_69d3f274414b58bc.txt"


def test_seed_output_is_valid_and_keeps_precision():
    data = extract(SEED.read_text()).to_json()
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    assert data["article"]["published"] == "2018-04-20T13:14+07:00"
    starts = {e["start"] for e in data["summits"] + data["meetings"]}
    assert "2018-10" in starts and "2017-11" in starts  # month precision kept, no day invented


def test_every_item_carries_its_sentence():
    data = extract(SEED.read_text()).to_json()
    text = SEED.read_text()
    for key in ("summits", "meetings", "participants", "documents"):
        for item in data[key]:
            assert item["evidence"] in text


def test_empty_text_gives_an_empty_valid_result():
    data = extract("").to_json()
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    assert data["summits"] == [] and data["article"]["published"] is None


def test_published_date_from_the_url_when_the_text_has_none():
    data = extract("Presiden hadir di KTT ASEAN ke-33 di Singapura pada 13-15 November.",
                   url="https://example.org/berita/2018/11/08/ktt").to_json()
    assert data["article"]["published"] == "2018-11-08"
    assert data["summits"][0]["start"] == "2018-11-13"
    assert extract("x", published=dt.date(2018, 1, 2)).to_json()["article"]["published"] == "2018-01-02"
