"""Text helpers shared by the extraction modules.

`fold()` gives a same-length copy of the text with typographic variants (curly quotes,
dashes, non-breaking spaces) replaced by plain ASCII, so patterns stay simple while every
offset still points into the original text.
"""
from __future__ import annotations

import re

_FOLD = str.maketrans({
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\t": " ",
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
})

WORD = re.compile(r"\w+", re.UNICODE)

_ID_WORDS = frozenset("yang dan di ke dari untuk dengan pada akan ini itu tersebut dalam adalah juga oleh "
                      "tidak telah sebagai kata ujar mengatakan bahwa para".split())
_EN_WORDS = frozenset("the and of to in is will on with for that said was are has have by from at "
                      "its their this which".split())


def fold(text: str) -> str:
    """Same-length ASCII-ish copy of `text` (offsets stay valid)."""
    return text.translate(_FOLD)


def squash(text: str) -> str:
    """Collapse runs of whitespace to one space and trim."""
    return " ".join(text.split())


def detect_language(text: str) -> str:
    """'id', 'en' or 'other', by counting common function words."""
    ids = ens = 0
    for m in WORD.finditer(text[:20000].lower()):
        w = m.group()
        ids += w in _ID_WORDS
        ens += w in _EN_WORDS
    if ids + ens < 3:
        return "other"
    return "id" if ids >= ens else "en"


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()
