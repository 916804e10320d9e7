"""Sentence splitting with offsets into the original text."""
from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from .lexicons import load

# A full stop, "!" or "?" (plus closing quotes/brackets), then space, then what can open a sentence.
# ("[.!?][.!?]*", not "[.!?]+": a pattern that opens with a repeat gives the regex engine no
# first characters to skip ahead to, and it would try every position of the text.)
_BOUNDARY = re.compile(r"[.!?][.!?]*[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9\u00c0-\u024f])")
_LAST_WORD = re.compile(r"([\w.]+)[.!?]+[\"')\]]*\s*$")


class Sentence(NamedTuple):  # (a named tuple: one is made for every sentence, a frozen dataclass costs more)
    text: str
    start: int
    end: int


@cache
def abbreviations() -> frozenset[str]:
    """Words a full stop ends without ending the sentence ("Dr", "Jan", "No"), lowercased."""
    return frozenset(a.lower() for a in load("abbreviations")["abbreviations"])


def _dots_at(text: str, i: int, end: int) -> int:
    k = i
    while k < end and text[k] == ".":
        k += 1
    return k - i


def _last_word(before: str) -> str | None:
    """What _LAST_WORD.search(before) reads as group 1, found by walking back from the end (the
    regex tries every start of the window): the word, dots kept, before the closing marks."""
    t = before.rstrip().rstrip("\"')]")
    end = len(t)
    j = end  # start of the closing run of .!?
    while j > 0 and t[j - 1] in ".!?":
        j -= 1
    if j == end:
        return None
    if j > 0 and (t[j - 1].isalnum() or t[j - 1] == "_"):  # a word right before the marks
        stop = j + min(_dots_at(t, j, end), end - j - 1)
        start = j
        while start > 0 and (t[start - 1].isalnum() or t[start - 1] in "_."):
            start -= 1
        return t[start:stop]
    start = t.find(".", j, end - 1)  # else only dots inside the closing run: '?..'
    return t[start:start + min(_dots_at(t, start, end), end - 1 - start)] if start != -1 else None


def _is_abbreviation(before: str) -> bool:
    found = _last_word(before)
    if not found:
        return False
    word = found.rstrip(".")
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
