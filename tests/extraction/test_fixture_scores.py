"""The fixture articles: their gold files are sound, the scorer is right, and the
extractor reads each article as the gold says (score 1.0, exact dates and countries)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pycountry
import pytest

from tests.extraction.gold import contains_words, score_article

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ARTICLES = FIXTURES / "articles"
SCHEMA = json.loads((FIXTURES / "extraction-output.schema.json").read_text())
GOLD_FILES = sorted(ARTICLES.glob("*.gold.json"))
ISO_PARTIAL = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def run_extractor(gold: dict) -> dict:
    # Imported here so that the gold checks above run even while the extractor is unfinished.
    from summits.extraction import extract

    text = (ARTICLES / gold["file"]).read_text(encoding="utf-8")
    meta = gold.get("meta", {})
    output = extract(text, published=meta.get("published"), url=meta.get("url")).to_json()
    errors = sorted(jsonschema.Draft202012Validator(SCHEMA).iter_errors(output), key=str)
    assert not errors, [f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors[:5]]
    return output


# --- the gold files themselves -------------------------------------------------------

def test_enough_articles_in_both_languages():
    languages = [load(p)["language"] for p in GOLD_FILES]
    assert languages.count("id") >= 12 and languages.count("en") >= 12, languages


def _check_date(value, where, problems):
    if not isinstance(value, str) or not ISO_PARTIAL.match(value):
        problems.append(f"{where}: bad date {value!r}")


def _check_country(code, where, problems):
    if code is not None and pycountry.countries.get(alpha_2=code) is None:
        problems.append(f"{where}: {code!r} is no ISO 3166-1 alpha-2 code")


def _event_problems(event: dict, where: str) -> list[str]:
    problems = []
    if not event.get("aliases") or not all(isinstance(a, str) and a.strip() for a in event["aliases"]):
        problems.append(f"{where}: needs aliases")
    _check_date(event.get("start"), where, problems)
    if "end" in event:
        _check_date(event["end"], where, problems)
        if event["end"] <= event.get("start", ""):
            problems.append(f"{where}: end {event['end']} not after start {event.get('start')}")
    _check_country(event.get("country"), where, problems)
    if event.get("level") not in (None, "summit", "meeting"):
        problems.append(f"{where}: level {event['level']!r}")
    return problems


def _unseen_items(gold: dict, text: str) -> list[str]:
    """Gold must be read from the article: some alias of each event, and the name or an
    alias of each person and document, stands in the text."""
    problems = []
    for key, names in (("events", lambda e: e["aliases"]),
                       ("participants", lambda p: [p["name"], *p.get("aliases", [])]),
                       ("documents", lambda d: [d["title"], *d.get("aliases", [])])):
        for i, item in enumerate(gold[key]):
            if not any(contains_words(text, name) for name in names(item)):
                problems.append(f"{key}[{i}]: none of {names(item)} is in the article")
    return problems


def gold_problems(path: Path) -> list[str]:
    gold = load(path)
    problems = [f"missing key {k!r}" for k in ("file", "language", "published", "events", "participants",
                                                   "documents", "countries") if k not in gold]
    if problems:
        return problems
    if not (ARTICLES / gold["file"]).is_file():
        return [f"article {gold['file']} not found"]
    if path.name != gold["file"].removesuffix(".txt") + ".gold.json":
        problems.append(f"gold file name does not follow {gold['file']}")
    if gold["language"] not in ("id", "en"):
        problems.append(f"language {gold['language']!r}")
    _check_date(gold["published"], "published", problems)
    meta = gold.get("meta", {})
    if "published" in meta:
        _check_date(meta["published"], "meta.published", problems)
    for i, event in enumerate(gold["events"]):
        problems += _event_problems(event, f"events[{i}]")
    for i, person in enumerate(gold["participants"]):
        if not person.get("name"):
            problems.append(f"participants[{i}]: needs a name")
        _check_country(person.get("country"), f"participants[{i}]", problems)
    for i, doc in enumerate(gold["documents"]):
        if not doc.get("title"):
            problems.append(f"documents[{i}]: needs a title")
    for code in gold["countries"]:
        _check_country(code, "countries", problems)
    if not problems:
        problems += _unseen_items(gold, (ARTICLES / gold["file"]).read_text(encoding="utf-8"))
    return problems


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_file_is_well_formed(path):
    assert gold_problems(path) == []


# --- the extractor against the gold ----------------------------------------------------

@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_fixture_article_read_as_the_gold_says(path):
    """Full marks, and what was matched carries the gold dates and countries exactly."""
    gold = load(path)
    result = score_article(gold, run_extractor(gold))
    assert result.score == 1.0 and not result.mismatches, (
        f"{gold['file']} scored {result.score:.3f}\n{result.diff}"
    )


# --- the scorer on hand-made inputs ----------------------------------------------------

GOLD = {
    "file": "x.txt", "language": "en", "published": "2018-04-20",
    "events": [
        {"aliases": ["ASEAN Summit"], "org": "ASEAN", "ordinal": 32, "country": "SG",
         "start": "2018-04-27", "end": "2018-04-28"},
        {"aliases": ["retreat"], "start": "2018-04-28"},
        {"aliases": ["IMF", "World Bank"], "start": "2018-10", "optional": True},
    ],
    "participants": [{"name": "Joko Widodo", "aliases": ["Jokowi"], "country": "ID"}],
    "documents": [{"title": "ASEAN Leaders Vision for Resilient and Innovative ASEAN"}],
    "countries": ["SG", "ID"],
}


def perfect_output() -> dict:
    return {
        "summits": [{"id": "s1", "name": "32nd ASEAN Summit", "organization": "ASEAN", "ordinal": 32,
                     "country": "SG", "start": "2018-04-27", "end": "2018-04-28"}],
        "meetings": [{"id": "m1", "name": "Retreat session", "kind": "retreat", "start": "2018-04-28",
                      "country": "SG"}],
        "participants": [{"name": "Joko Widodo", "country": "ID"}],
        "documents": [{"title": "ASEAN Leaders' Vision for Resilient and Innovative ASEAN"}],
        "countries": ["ID", "SG"],
    }


def test_scorer_gives_a_perfect_output_full_marks():
    result = score_article(GOLD, perfect_output())
    assert result.score == 1.0 and result.mismatches == [], result.diff


def test_scorer_counts_a_missing_event_against_recall():
    output = perfect_output()
    output["meetings"] = []
    result = score_article(GOLD, output)
    precision, recall, _ = result.tallies["events"].prf()
    assert (precision, recall) == (1.0, 0.5)
    assert result.score < 1.0
    assert "MISS event: 'retreat' 2018-04-28" in result.diff


def test_scorer_counts_an_extra_person_against_precision():
    output = perfect_output()
    output["participants"].append({"name": "Fitri Supratiwi", "country": None})
    result = score_article(GOLD, output)
    precision, recall, _ = result.tallies["participants"].prf()
    assert (precision, recall) == (0.5, 1.0)
    assert "EXTRA person: 'Fitri Supratiwi'" in result.diff


def test_scorer_neither_rewards_nor_punishes_an_optional_item():
    with_optional = perfect_output()
    with_optional["meetings"].append({"id": "m2", "name": "IMF-World Bank Annual Meetings",
                                      "kind": "other", "start": "2018-10-12"})
    for output in (perfect_output(), with_optional):
        result = score_article(GOLD, output)
        assert result.score == 1.0 and result.tallies["events"].tp == 2, result.diff


def test_scorer_matches_by_nickname_and_ordinal_and_reports_a_wrong_date():
    output = perfect_output()
    output["participants"] = [{"name": "Jokowi", "country": "ID"}]
    output["summits"][0].update(name="KTT ke-32", end=None)  # no alias in the name: org+ordinal
    result = score_article(GOLD, output)
    assert result.score == 1.0
    assert result.mismatches == ["DATE event 'ASEAN Summit' 2018-04-27..2018-04-28 SG: "
                                 "got 'KTT ke-32' 2018-04-27 SG"]


def test_scorer_pairs_one_output_with_one_gold_item():
    gold = dict(GOLD, events=[{"aliases": ["plenary"], "start": "2018-04-27"},
                              {"aliases": ["session"], "start": "2018-04-27"}])
    output = dict(perfect_output(), summits=[],
                  meetings=[{"id": "m1", "name": "Plenary session", "kind": "plenary", "start": "2018-04-27"}])
    result = score_article(gold, output)
    assert (result.tallies["events"].tp, result.tallies["events"].fn) == (1, 1)
