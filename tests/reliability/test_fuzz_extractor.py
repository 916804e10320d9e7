"""Hypothesis against the extractor with what editors really paste: real fixture
articles cut, spliced and salted with impossible dates, huge ordinals, control and
bidirectional characters, markup, and odd publication dates and URLs. Whatever comes
in: no exception, schema-valid output, every evidence sentence found in the input at
its offsets, dates in a sane range, events that end no earlier than they start, and
values that fit the database the importer writes them to."""
import datetime as dt
import json
import os
import signal
from pathlib import Path

import jsonschema
import pycountry
from hypothesis import HealthCheck, given, settings, strategies as st

from summits.extraction import extract

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SCHEMA = json.loads((FIXTURES / "extraction-output.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
ARTICLES = sorted(p.read_text(encoding="utf-8") for p in (FIXTURES / "articles").glob("*.txt"))
COUNTRIES = {c.alpha_2 for c in pycountry.countries} | {"XK"}  # Kosovo: user-assigned, in common use
SANE_YEARS = range(1900, 2101)
SMALLINT_MAX = 32767  # Summit.ordinal is a PositiveSmallIntegerField

FUZZ = settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", 50)), deadline=None, suppress_health_check=[HealthCheck.too_slow])

SALT_PHRASES = [
    "29 Februari 2019", "31 April 2018", "30/2", "(31/4)", "0 Mei 2018", "45 April", "1 Januari 0001",
    "9999", "tahun 10000", "ke-0", "ke-99999999999999999999", "the 100000th ASEAN Summit", "KTT ke-32767",
    "pada 27-25 April 2018", "from 28 to 27 April 2018", "Desember 2018 hingga Januari 2018",
    "Jumat (32/13)", "kemarin", "besok", "the day before", "last year", "tahun depan",
    "\u202e", "\u200b", "\u0000", "\r\n", "\t", "\ufeff", "🙂🇮🇩", "قمة الرياض", "ﷺ", "e\u0301",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&amp;", "KTT", "ASEAN", "Summit", "G20",
    "Presiden", "Joko Widodo", "di Singapura", "in Jakarta", "Deklarasi", "Declaration", ".", "\n\n",
]
SALT = st.sampled_from(SALT_PHRASES)


@st.composite
def edited_articles(draw):
    """A fixture article after a few cuts, duplications and insertions."""
    text = draw(st.sampled_from(ARTICLES))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["insert", "delete", "duplicate"]))
        if op == "insert":
            text = text[:at] + draw(st.one_of(SALT, st.text(max_size=20))) + text[at:]
        else:
            end = min(len(text), at + draw(st.integers(1, 400)))
            text = text[:at] + (text[at:end] * 2 if op == "duplicate" else "") + text[end:]
    return text


PUBLISHED = st.one_of(
    # Up to 2090: "next year" or "in ten years" from the publication date stays in SANE_YEARS.
    st.none(), st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)),
    st.datetimes(dt.datetime(1950, 1, 1), dt.datetime(2090, 1, 1), timezones=st.just(dt.timezone(dt.timedelta(hours=7)))),
    st.sampled_from(["2018-04-27", "2018-13-45", "yesterday", ""]),
)
URLS = st.one_of(st.none(), st.sampled_from([
    "https://www.antaranews.com/berita/716456/presiden-akan-hadiri-ktt-asean", "https://example.org/2018/04/27/x",
    "https://example.org/2018/99/99/x", "https://example.org/0000/01/01/", "not a url", "",
]), st.text(max_size=40))


def partial_dates(result):
    for item in result.summits + result.meetings:
        yield item, "start", item.start
        yield item, "end", item.end
    for document in result.documents:
        yield document, "date", document.date


class Hung(Exception):
    pass


def _hung(signum, frame):
    raise Hung(f"extract() did not return within {HANG_LIMIT} s")


HANG_LIMIT = 60  # a hang detector, not a speed target: these texts take milliseconds


def extract_bounded(text, **kwargs):
    """extract(), failing (rather than freezing the run) if it never returns: a loop in
    its event graph once made a 66-character text spin for ever."""
    previous = signal.signal(signal.SIGALRM, _hung)
    signal.alarm(HANG_LIMIT)
    try:
        return extract(text, **kwargs)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def check(text, published=None, url=None):
    result = extract_bounded(text, published=published, url=url)
    VALIDATOR.validate(result.to_json())
    for item in result.summits + result.meetings + result.participants + result.documents:
        if item.evidence is None:
            continue
        ev = item.evidence
        assert result.text[ev.start:ev.end] == ev.sentence, item
        assert ev.sentence in text, f"evidence not in the input: {ev.sentence!r}"
    for item, name, value in partial_dates(result):
        if value is not None:
            assert value.year in SANE_YEARS, f"{name} {value} of {item}"
    for item in result.summits + result.meetings:
        if item.start and item.end:
            assert item.end.last_day() >= item.start.first_day(), f"ends before it starts: {item}"
    for summit in result.summits:
        assert summit.ordinal is None or 1 <= summit.ordinal <= SMALLINT_MAX, summit
    codes = [result.countries, [i.country for i in result.summits + result.meetings + result.participants]]
    for code in (c for group in codes for c in group if c):
        assert code in COUNTRIES, f"not an ISO 3166 country: {code!r}"
    return result


@FUZZ
@given(edited_articles(), PUBLISHED, URLS)
def test_edited_real_articles(text, published, url):
    check(text, published, url)


@FUZZ
@given(st.lists(st.one_of(SALT, st.text(max_size=12)), max_size=60).map(" ".join), PUBLISHED)
def test_salt_alone(text, published):
    check(text, published)


def test_an_event_that_became_its_own_parent_does_not_hang_the_reader():
    # Found by test_edited_real_articles: the summit took itself as its parent through
    # its host, and walking up to "the summit this meeting belongs to" never ended.
    result = check("April 2018 KTT ke-32 April.\nDirektur pada retreat dilaksanakan KTT")
    assert [s.ordinal for s in result.summits] == [32]
    assert all(s.parent != s.id for s in result.summits)


def test_each_hostile_date_phrase_in_an_article_sentence():
    # Deterministic companion of the fuzzers: every salt inside a sentence that names a summit.
    for salt in SALT_PHRASES:
        check(f"Jakarta (ANTARA) - KTT ASEAN ke-32 akan digelar {salt} di Singapura.\n"
               f"The 32nd ASEAN Summit is held on {salt} in Singapore.", published=dt.date(2018, 4, 20))
