"""Text helpers shared by the extraction modules.

`fold()` gives a same-length copy of the text with typographic variants (curly quotes,
dashes, non-breaking spaces) replaced by plain ASCII, so patterns stay simple while every
offset still points into the original text.
"""
from __future__ import annotations

import re
from functools import cache
from re import _constants, _parser  # the parsed form of a pattern: the words its matches open with

from .lexicons import load

_FOLD = str.maketrans({
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\t": " ",
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
})

_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD.items())
WORD = re.compile(r"\w+", re.UNICODE)

_ID_WORDS = frozenset("yang dan di ke dari untuk dengan pada akan ini itu tersebut dalam adalah juga oleh "
                      "tidak telah sebagai kata ujar mengatakan bahwa para".split())
_EN_WORDS = frozenset("the and of to in is will on with for that said was are has have by from at "
                      "its their this which".split())


def fold(text: str) -> str:
    """Same-length ASCII-ish copy of `text` (offsets stay valid)."""
    if text.isascii() and "\t" not in text and "`" not in text:
        return text
    for char, plain in _FOLD_PAIRS:  # a few C-speed replaces beat translate() with a dict
        if char in text:
            text = text.replace(char, plain)
    return text


def squash(text: str) -> str:
    """Collapse runs of whitespace to one space and trim."""
    return " ".join(text.split())


def detect_language(text: str) -> str:
    """'id', 'en' or 'other', by counting common function words."""
    words = text[:8000].lower().split()
    ids = sum(map(_ID_WORDS.__contains__, words))  # map() keeps the count loop in C
    ens = sum(map(_EN_WORDS.__contains__, words))
    if ids + ens < 3:  # a one-sentence release: its vocabulary tells
        hints = _language_hints()
        ids += sum(map(hints["id"].__contains__, words))
        ens += sum(map(hints["en"].__contains__, words))
        if ids + ens < 3 or ids == ens:
            return "other"
    return "id" if ids >= ens else "en"


@cache
def _language_hints() -> dict[str, frozenset[str]]:
    lex = load("language")
    return {"id": frozenset(lex["id_hints"]), "en": frozenset(lex["en_hints"])}


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def trie_pattern(phrases) -> str:
    """One regex alternation for many phrases, shaped as a trie ("K(?:TT|onferensi ...)"), so
    a match costs the length of a phrase, not the number of phrases. Longest phrase wins."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def boundary_matches(regex, text: str):
    """Matches of `regex` that start a word (not inside "ASEAN-SOM" or "asom"). The check is
    done here rather than by a look-behind in the pattern: a pattern that starts with
    literal characters lets the regex engine skip ahead fast."""
    pos = 0
    while True:
        m = regex.search(text, pos)
        if m is None:
            return
        start = m.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_"):
            pos = start + 1
            continue
        yield m
        pos = max(m.end(), start + 1)


class PhraseIndex:
    """Finds any of many phrases in a text with one compiled, trie-shaped alternation.

    With case=False the text is lower-cased once and matched against lower-cased phrases
    (much faster than re.I); all-capital phrases (acronyms like SOM) must still be written
    in capitals in the text."""

    def __init__(self, phrases, case: bool = True):
        self.case = case
        items = sorted({p if case else p.lower() for p in phrases}, key=len, reverse=True)
        body = trie_pattern(items)
        self._regex = re.compile(rf"(?:{body})(?![\w-])")
        self._caps = {p.lower(): p for p in phrases if p.isupper()} if not case else {}
        self._loose = {p.lower() for p in phrases if not p.isupper()}
        self._fallback = None if case else re.compile(rf"(?:{body})(?![\w-])", re.I)
        # In lower-cased text nearly every letter could open a phrase; looking for the phrases
        # behind a space or mark lets the engine skip ahead (see _gap_spans).
        self._after_gap = None if case else re.compile(rf"[^\w-]((?:{body})(?![\w-]))")
        self._after_gap_i = None if case else re.compile(rf"[^\w-]((?:{body})(?![\w-]))", re.I)
        # Faster still in Latin-1 text: the same phrases behind a literal space in gaps_as_spaces()
        # of the text (see _spaced_spans)
        spaced = trie_pattern(sorted({p.translate(_GAPS_AS_SPACES_STR) for p in items}, key=len, reverse=True))
        self._after_space = None if case else re.compile(rf" ((?:{spaced})(?![\w-]))")

    def same_in_parts(self, text: str) -> bool:
        """Whether a scan of `text` and scans of its pieces take the same path (see finditer):
        by_sentence() may then hand each sentence the matches of the whole text."""
        return self.case or len(text.lower()) == len(text)

    def finditer(self, text: str):
        """Non-overlapping longest matches (match-like objects over `text`), left to right."""
        if self.case:
            yield from boundary_matches(self._regex, text)
            return
        lowered = text.lower()
        if len(lowered) == len(text):
            spaced = gaps_as_spaces(lowered)
            target = lowered
            spans = _gap_spans(self._regex, self._after_gap, lowered) if spaced is None else \
                self._spaced_spans(lowered, spaced)
        else:
            target, spans = text, _gap_spans(self._fallback, self._after_gap_i, text)
        for start, end in spans:
            key = target[start:end].lower()
            if key in self._caps and key not in self._loose and text[start:end] != self._caps[key]:
                continue
            yield _Span(text, start, end)


    def _spaced_spans(self, lowered: str, spaced: str):
        """What _gap_spans() finds in a lower-cased Latin-1 text. A phrase can start only behind a
        space of gaps_as_spaces(lowered): the engine skips to those spaces at the speed of a
        literal, where a class like [^\\w-] is tested at every character. The phrases there are
        spaced alike, so the search may also stop where no phrase is ("prime/minister"): each
        place it stops is checked with the true pattern at the same start."""
        first = self._regex.match(lowered)
        pos = 1
        if first is not None:
            yield first.start(), first.end()
            pos = max(first.end(), 1)
        while (m := self._after_space.search(spaced, pos - 1)) is not None:
            start = m.start(1)
            real = self._regex.match(lowered, start)
            if real is None:
                pos = start + 1
                continue
            yield start, real.end()
            pos = max(real.end(), start + 1)


# Every Latin-1 character that may stand right before a word: all but letters, digits, "_"
# and "-" (what [^\w-] matches)
_GAPS = "".join(chr(c) for c in range(256) if not (chr(c).isalnum() or chr(c) in "_-"))
_GAPS_AS_SPACES = bytes.maketrans(_GAPS.encode("latin-1"), b" " * len(_GAPS))
_GAPS_AS_SPACES_STR = str.maketrans(_GAPS, " " * len(_GAPS))


def gaps_as_spaces(text: str) -> str | None:
    """Same-length copy of a Latin-1 text with every such character written as a space (a bytes
    translate: a few microseconds for an article); None for text with other characters."""
    return _latin1_translate(text, _GAPS_AS_SPACES)


def _latin1_translate(text: str, table: bytes) -> str | None:
    """text through a bytes translate table (C speed), or None when it is not all Latin-1."""
    try:
        return text.encode("latin-1").translate(table).decode("latin-1")
    except UnicodeEncodeError:
        return None


def _gap_spans(regex, after_gap, text: str):
    """(start, end) of what boundary_matches(regex, text) finds, searched with `after_gap`: the
    same pattern behind one character that is no letter, digit, '_' or '-' (group 1). A
    phrase starts a word exactly when such a character, or the start of the text, precedes it."""
    first = regex.match(text)
    pos = 1
    if first is not None:
        yield first.start(), first.end()
        pos = max(first.end(), 1)
    while (m := after_gap.search(text, pos - 1)) is not None:
        start, end = m.span(1)
        yield start, end
        pos = max(end, start + 1)


class _Span:
    """A match-like (group/start/end) over the original text for a match in its lower-cased copy."""

    __slots__ = ("_text", "_start", "_end")

    def __init__(self, text, start, end):
        self._text, self._start, self._end = text, start, end

    def group(self, *_):
        return self._text[self._start:self._end]

    def start(self, *_):
        return self._start

    def end(self, *_):
        return self._end


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \w means in a str pattern


def word_starts(phrases):
    """The phrases, checked to start with a word character: only then does word_search() find
    what a leading \\b would (a lexicon entry like "(KTT)" must not change matching silently)."""
    bad = [p for p in phrases if not p[:1] or not _is_word_char(p[0])]
    if bad:
        raise ValueError(f"phrases must start with a letter, digit or '_': {bad[:3]}")
    return phrases


def word_search(regex, text: str, pos: int = 0):
    """regex.search() for a pattern that must start a word, as a leading \\b would (its first
    character is always a word character). The check is done here: a pattern that opens
    with \\b cannot let the regex engine skip ahead to its first letters, and is slow."""
    if len(text) - pos > _LONG_TEXT:  # a whole article: stop only at words that open a match (see word_finditer)
        heads = _heads_regex(regex)
        spaced = words_apart(text) if heads is not None else None
        if spaced is not None:
            return next(_headed_finditer(regex, text, heads, spaced, pos), None)
    while True:
        m = regex.search(text, pos)
        if m is None or m.start() == 0 or not _is_word_char(text[m.start() - 1]):
            return m
        pos = m.start() + 1


_LONG_TEXT = 1000  # characters: in a shorter text, making the copy of words_apart() costs more than it spares


def key_words(phrases) -> tuple[str, ...]:
    """One word of each phrase, its longest (the rarest, most likely: "ditutup", not "dengan"). A
    text that holds none of them as a substring holds none of the phrases: a few `in` tests (in
    C) spare the regex scan of most sentences."""
    return tuple({max(reversed(p.split()), key=len) for p in phrases if p.split()})


def holds_any(words, text: str) -> bool:
    for word in words:  # a plain loop: cheaper than any() for the few words of a list
        if word in text:
            return True
    return False


def word_finditer(regex, text: str):
    """regex.finditer() for a pattern that must start a word (see word_search)."""
    heads = _heads_regex(regex)
    spaced = words_apart(text) if heads is not None else None
    if spaced is not None:
        yield from _headed_finditer(regex, text, heads, spaced)
        return
    pos = 0
    while (m := word_search(regex, text, pos)) is not None:
        yield m
        pos = m.end() if m.end() > m.start() else m.start() + 1


def _headed_finditer(regex, text: str, heads, spaced: str, pos: int = 0):
    """word_finditer() in a Latin-1 text whose pattern opens with known words ("tema", "as", ...):
    the search stops only where a word starts with one of them, found behind a literal space in
    words_apart(text) (a class of first letters would be tested at every character), and the
    pattern is tried there. (Index k of `spaced` is the space before the word at text[k:].)"""
    while (h := heads.search(spaced, pos)) is not None:
        m = regex.match(text, h.start())
        if m is None:
            pos = h.start() + 1
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.start() + 1


@cache
def _heads_regex(regex):
    """` (?:tema|as|...)`: the literal words one of which opens every match of `regex`, behind a
    space; None when the pattern may open otherwise (a class, a repeat, re.I ...)."""
    if regex.flags & re.IGNORECASE:
        return None
    heads = _heads(_parser.parse(regex.pattern, regex.flags))
    return re.compile(" (?:" + trie_pattern(heads) + ")") if heads else None


def _heads(items) -> set[str] | None:
    """Openings of the parsed pattern `items` (its leading letters, digits and "_")."""
    prefix = ""
    for op, arg in items:
        if op is _constants.LITERAL and _is_word_char(chr(arg)):
            prefix += chr(arg)
            continue
        rest = None
        if op is _constants.BRANCH:  # "a(?:ccession|dmitted)": each alternative goes on the prefix
            found = [_heads(alternative) for alternative in arg[1]]
            rest = None if None in found else set().union(*found)
        elif op is _constants.SUBPATTERN and not arg[1] and not arg[2]:  # a group, no flags of its own
            rest = _heads(arg[3])
        if rest is not None:
            return {prefix + head for head in rest}
        return {prefix} if prefix else None
    return {prefix} if prefix else None


_NON_WORD = "".join(chr(c) for c in range(256) if not _is_word_char(chr(c)))
_NON_WORD_AS_SPACES = bytes.maketrans(_NON_WORD.encode("latin-1"), b" " * len(_NON_WORD))


def words_apart(text: str) -> str | None:
    """A space, then a copy of a Latin-1 text with every character that is no letter, digit or
    "_" written as a space; None for text with other characters."""
    spaced = _latin1_translate(text, _NON_WORD_AS_SPACES)
    return None if spaced is None else " " + spaced


@cache
def _case_extras():
    """Characters that re.IGNORECASE matches beyond what str.lower() says (dotless i, long s,
    Greek forms...), with their capitals: a text holding one must take the re.I path."""
    from re import _casefix
    chars = {chr(c) for k, v in _casefix._EXTRA_CASES.items() for c in (k, *v)}
    chars |= {c.upper() for c in chars if len(c.upper()) == 1}
    chars = {c for c in chars if not c.isascii()} | {"\u03a3"}  # and capital sigma (final form)
    return re.compile("[" + re.escape("".join(sorted(chars))) + "]")


def caseless(text: str) -> str | None:
    """text.lower() when matching it against lower-case literals finds exactly what re.I would
    on `text` (much faster: re.I stops the engine from skipping ahead), else None."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    if text.isascii():
        return lowered
    return None if _case_extras().search(text) else lowered


def by_sentence(spans, text: str, sentences, wanted) -> dict:
    """The (start, end) spans a scan of the whole text found, handed to the sentences of indexes
    `wanted` as offsets inside each, so that no sentence needs a scan of its own. A scan of the
    sentence alone finds the same when the sentence has spacing (or the text's edge) on both
    sides and no span runs across its edges; for any other sentence the entry is None: scan
    that one alone. Spans and sentences are both in text order: one walk through each."""
    out = {}
    k, count, size = 0, len(spans), len(text)
    for idx in sorted(wanted):
        a, b = sentences[idx].start, sentences[idx].end
        while k < count and spans[k][0] < a:
            k += 1
        j = k
        while j < count and spans[j][0] < b:
            j += 1
        clean = (a == 0 or text[a - 1].isspace()) and (b == size or text[b].isspace()) \
            and not (k > 0 and spans[k - 1][1] > a) and not (j > k and spans[j - 1][1] > b)
        out[idx] = [(s - a, e - a) for s, e in spans[k:j]] if clean else None
        k = j
    return out


def spans_in(sentence: str, spans):
    """Match-like objects over `sentence` for spans handed over by by_sentence()."""
    return [_Span(sentence, s, e) for s, e in spans]
