"""The states an article ties to its events: hosts, chairs, venues, partners, members of
sub-regional groupings, the governments of the people taking part, states said to be
represented, and the members or signatories listed for what the meeting adopts. States
only compared with are left out."""
from __future__ import annotations

import re
from functools import cache

from .lexicons import load
from .orgs import members
from .places import find_places
from .text import caseless, holds_any, key_words, trie_pattern, word_search, word_starts


@cache
def _taking_part():
    """Sentences that say which states take part: "was represented by", "beranggotakan ...".
    (A trie over the lower-cased text, as word_search wants; the re.I form for odd letters.)"""
    words = word_starts(load("events")["taking_part"])
    fast = re.compile("(?:" + trie_pattern({w.lower() for w in words}) + r")\b")
    slow = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.I)
    return fast, slow, key_words({w.lower() for w in words})


def _says_taking_part(text: str) -> bool:
    fast, slow, needles = _taking_part()
    lowered = caseless(text)
    if lowered is None:
        return bool(slow.search(text))
    return holds_any(needles, lowered) and word_search(fast, lowered) is not None


def _stated(folded_sentences, language) -> list[str]:
    codes = []
    if not _says_taking_part("\n".join(folded_sentences)):
        return codes  # one scan of the article rules out most
    for fs in folded_sentences:
        if _says_taking_part(fs):
            codes += [p.code for p in find_places(fs, language) if p.kind in ("country", "alias")]
    return codes


@cache
def _org_names() -> frozenset[str]:
    """Short names of organisations ("EU", "UN"): partners of a summit, but no country."""
    return frozenset(load("orgs")["orgs"])


def article_countries(events, people, folded_sentences=(), language=None) -> tuple[str, ...]:
    codes = []
    for ev in events:
        codes += [ev.country, ev.chair, *ev.partners, *members(ev.org)]
    codes += [p.country for p in people]
    if events:
        codes += _stated(folded_sentences, language)
    seen = []
    for c in codes:
        if c and len(c) == 2 and c.isalpha() and c.isupper() and c not in _org_names() and c not in seen:
            seen.append(c)
    return tuple(seen)
