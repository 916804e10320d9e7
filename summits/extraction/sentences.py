"""Sentence splitting with offsets into the original text."""
from __future__ import annotations

import re
from functools import cache
from dataclasses import dataclass

from .lexicons import load

# A full stop, "!" or "?" (plus closing quotes/brackets), then space, then what can open a sentence.
_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9\u00c0-\u024f])")
_LAST_WORD = re.compile(r"([\w.]+)[.!?]+[\"')\]]*\s*$")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


@cache
def abbreviations() -> frozenset[str]:
    """Words a full stop ends without ending the sentence ("Dr", "Jan", "No"), lowercased."""
    return frozenset(a.lower() for a in load("abbreviations")["abbreviations"])


def _is_abbreviation(before: str) -> bool:
    m = _LAST_WORD.search(before)
    if not m:
        return False
    word = m.group(1).rstrip(".")
    if len(word) == 1 and word.isupper():  # an initial: "Chandra W. Yudha"
        return True
    if "." in word and all(len(p) <= 2 for p in word.split(".")):  # "A.M.", "U.S."
        return True
    return word.lower() in abbreviations()


def _split_span(folded: str, start: int, end: int):
    cut = start
    for m in _BOUNDARY.finditer(folded, start, end):
        stop = m.end() - len(m.group()) + len(m.group().rstrip())
        if _is_abbreviation(folded[max(cut, stop - 40):stop]):
            continue
        yield cut, stop
        cut = m.end()
    if cut < end:
        yield cut, end


def split_sentences(text: str, folded: str, spans) -> list[Sentence]:
    """Sentences inside the story spans, each with text[start:end] == sentence."""
    out = []
    for span_start, span_end in spans:
        for a, b in _split_span(folded, span_start, span_end):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                out.append(Sentence(text[a:b], a, b))
    return out
