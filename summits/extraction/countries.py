"""The states an article ties to its events: hosts, chairs, venues, partners, members of
sub-regional groupings, the governments of the people taking part, states said to be
represented, and the members or signatories listed for what the meeting adopts. States
only compared with are left out."""
from __future__ import annotations

import bisect
import itertools
import re
from functools import cache

from .lexicons import load
from .orgs import members
from .places import find_places
from .text import caseless, holds_any, key_words, trie_pattern, word_finditer, word_search, word_starts


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
    joined = "\n".join(folded_sentences)
    if not _says_taking_part(joined):
        return codes  # one scan of the article rules out most
    for idx in _sentences_taking_part(joined, folded_sentences):
        codes += [p.code for p in find_places(folded_sentences[idx], language) if p.kind in ("country", "alias")]
    return codes


def _sentences_taking_part(joined: str, folded_sentences):
    """Indexes of the sentences that say which states take part, from one scan of `joined` (the
    sentences joined by newlines, which no phrase spans); sentence by sentence when the text
    needs the re.I form."""
    fast, _, _ = _taking_part()
    lowered = caseless(joined)
    if lowered is None:
        return [idx for idx, fs in enumerate(folded_sentences) if _says_taking_part(fs)]
    ends = list(itertools.accumulate(len(fs) + 1 for fs in folded_sentences))  # past each sentence's newline
    return sorted({bisect.bisect_right(ends, m.start()) for m in word_finditer(fast, lowered)})


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
