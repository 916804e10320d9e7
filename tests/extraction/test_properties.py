"""Any string in: a schema-valid object out, never an exception, evidence found at its offsets."""
import json
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings, strategies as st

from summits.extraction import extract

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "extraction-output.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

WORDS = st.sampled_from(["KTT", "ASEAN", "ke-32", "Summit", "di", "Singapura", "pada", "27-28", "April", "Presiden",
                         "Joko", "Widodo", "sesi", "pleno", "(28/4)", "Declaration", "on", "the", "\n", ".", ",",
                         "Pewarta:", "2018", "Jumat,", "WIB", "tersebut", "Bali", "RI", "\"", "-", "–"])
ARTICLE_LIKE = st.lists(WORDS, max_size=80).map(" ".join)


def check(text):
    result = extract(text)
    VALIDATOR.validate(result.to_json())
    items = result.summits + result.meetings + result.participants + result.documents
    for item in items:
        ev = item.evidence
        assert text[ev.start:ev.end] == ev.sentence


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text(text):
    check(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE_LIKE)
def test_article_like_text(text):
    check(text)
