"""The date grammar: every date a reader sees in Indonesian and English news text.

`find_dates` cuts the text into tokens (runs of digits, words, single marks) with one
regex, then walks the tokens. Only tokens that can begin a date (numbers, month and
weekday names, relative words, '(') start a parse, and every rule looks ahead a bounded
number of tokens, so the time is linear in the input and no regex can backtrack badly.
The words themselves live in lexicon/dates.json.

Years the text leaves out are resolved against the publication date and the tense:
a direction word beside the date ("lalu", "nanti", "last", "next", "tahun lalu") wins;
otherwise the nearest tense word of the sentence ("akan", "telah", "will", "was").

Decisions worth knowing:
- Precision is never invented: "Oktober" is a month, "tahun depan" a year.
- A week ("pekan depan", "last week") is not a day and not always one month; it gets
  month precision: the month holding most of that week's working days (its Wednesday).
- A bare weekday ("pada Jumat", "on Friday") is the nearest such day in the direction of
  the tense; with no tense the most recent one (wire copy names past days this way).
  The publication weekday itself is the publication day, except in the future tense
  ("will close on Thursday" written on a Thursday): a writer would say "today".
- "27-28 April" with no year and no publication date yields nothing: a year is never guessed.
- `parse_published` gives an aware datetime only when the zone is known (WIB, +07:00...);
  with a time but no zone it gives the date, since the contract wants an offset on times.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from dateutil.relativedelta import relativedelta, weekday as rd_weekday

from .sentences import abbreviations
from .types import PartialDate

__all__ = ["DateMention", "find_dates", "parse_published", "date_from_url", "tense_of"]


@dataclass(frozen=True)
class DateMention:
    start: PartialDate | None  # None only for kind "counted"/"duration"
    end: PartialDate | None  # set for ranges: "27-28 April" -> end 2018-04-28
    span: tuple[int, int]  # offsets of the matched text in the searched string
    text: str  # the matched text
    kind: str  # "date", "range", "counted", "duration"
    relative: bool = False  # resolved from a relative word, a weekday or a left-out year
    day_index: int | None = None  # counted: "hari kedua" -> 2, "hari terakhir" -> -1
    days: int | None = None  # duration: "the two-day summit" -> 2


# --------------------------------------------------------------------------- lexicon

_TOKEN = re.compile(r"\d+|[^\W\d_]+(?:['\u2019][^\W\d_]+)*|\S")
# The same tokens as a split() separator: what lies between them is spacing only (\S is a token).
_SPLIT_TOKENS = re.compile("(" + _TOKEN.pattern + ")")
# The same for ASCII text (most folded sentences), where letters and digits are plain character
# ranges: a third cheaper than the Unicode classes, same tokens.
_SPLIT_ASCII_TOKENS = re.compile(r"([A-Za-z]+(?:'[A-Za-z]+)*|[0-9]+|\S)")
_LEX = json.loads((Path(__file__).resolve().parent / "lexicon" / "dates.json").read_text(encoding="utf-8"))


def _norm(word: str) -> str:
    return word.lower().replace("\u2019", "'")


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(_norm(m.group()) for m in _TOKEN.finditer(phrase))


class _Phrases:
    """A set of (possibly multi-token) phrases, matched longest first at a token."""

    def __init__(self, mapping):
        if not isinstance(mapping, dict):
            mapping = dict.fromkeys(mapping, True)
        self.table = {_key(p): v for p, v in mapping.items()}
        self.prefixes = {k[:n] for k in self.table for n in range(1, len(k) + 1)}
        self.firsts = {k[0] for k in self.table}
        self.longest = max(map(len, self.table))
        self.seconds: dict[str, set[str]] = {}  # first word -> what may follow it in a longer phrase
        for k in self.table:
            if len(k) > 1:
                self.seconds.setdefault(k[0], set()).add(k[1])

    def match(self, scan: "_Scan", i: int):
        """(value, index after the phrase) of the longest phrase starting at token i."""
        if i >= scan.n or scan.lows[i] not in self.firsts:
            return None
        low, j = scan.lows[i], i + 1
        nexts = self.seconds.get(low)
        if nexts is None or j >= scan.n or not scan.joined(j) or (
                scan.lows[j] not in nexts and not (scan.lows[j].endswith("'s") and scan.lows[j][:-2] in nexts)):
            # most tokens ('the summit'): no longer phrase goes on from here, only a one-word one
            if low.endswith("'s") and (low[:-2],) in self.table:
                return self.table[(low[:-2],)], j
            return (self.table[(low,)], j) if (low,) in self.table else None
        best, key = None, ()
        for j in range(i, min(i + self.longest, scan.n)):
            if j > i and not scan.joined(j):
                break
            low = scan.lows[j]
            if low.endswith("'s") and key + (low[:-2],) in self.table:  # "last year's summit"
                return self.table[key + (low[:-2],)], j + 1
            key += (low,)
            if key not in self.prefixes:
                break
            if key in self.table:
                best = (self.table[key], j + 1)
        return best


_MONTHS: dict[str, int] = _LEX["months"]
_MONTHS_FULL = frozenset(_LEX["months_full"])
_CAPITAL_ONLY = frozenset(_LEX["capitalised_only"])
_WEEKDAYS: dict[str, int] = {**_LEX["weekdays"], **{f"{w}'s": d for w, d in _LEX["weekdays"].items()}}
_WEEKDAY_ABBR = frozenset(_LEX["weekday_abbreviations"])
_WEEK_FOLLOWERS = frozenset(_LEX["week_word_followers"])
_ORD_SUFFIX = frozenset(_LEX["ordinal_suffixes"])
_NUMBER_WORDS: dict[str, int] = _LEX["numbers"]
_ORDINALS_ID: dict[str, int] = _LEX["ordinals"]["id"]
_ORDINALS_EN: dict[str, int] = _LEX["ordinals"]["en"]
_UNITS: dict[str, str] = _LEX["units"]
_ONE_UNIT: dict[str, str] = _LEX["one_unit_words"]
_MONTH_CONTEXT = frozenset(_LEX["month_context_before"])
_YEAR_CONTEXT = frozenset(_LEX["year_context_before"])
_LAW_WORDS = frozenset(_LEX["law_words"])
_ERA_MARKS = _Phrases(_LEX["era_marks"])
_COUNTERS = frozenset(_LEX["counter_words"])
_DURATION_BEFORE = frozenset(_LEX["duration_before"])
_DURATION_STOP_AFTER = frozenset(_LEX["duration_stop_after"])
_DURATION_STOP_BEFORE = frozenset(_LEX["duration_stop_before"])
_GRAMMAR = {name: frozenset(words) for name, words in _LEX["grammar"].items()}
_OF, _ARTICLES, _ORDINAL_PREFIX = _GRAMMAR["of"], _GRAMMAR["articles"], _GRAMMAR["ordinal_prefix"]
_HARI, _DAY_EN, _SUNDAY_OR_WEEK = _GRAMMAR["counted_day_id"], _GRAMMAR["counted_day_en"], _GRAMMAR["sunday_or_week"]
_DAY_SINGULAR, _DAY_PLURAL = _GRAMMAR["day_singular"], _GRAMMAR["day_plural"]
_TIMES_OF_DAY = frozenset(_LEX["times_of_day"])
_PAREN_DATE_AFTER = frozenset(_LEX["paren_date_after"]) | _TIMES_OF_DAY
_BARE_NUMERIC_AFTER = frozenset(_LEX["bare_numeric_date_after"])
_RANGE_WORDS = _Phrases(_LEX["range_words"])
_RANGE_AND = frozenset(_LEX["range_and"])
_BETWEEN = frozenset(_LEX["between_words"])
_RELATIVE = _Phrases(_LEX["relative"])
_MODIFIERS = _Phrases(_LEX["modifiers"])
_DIRECTION_BEFORE = _Phrases(_LEX["direction_before"])
_DIRECTION_AFTER = _Phrases(_LEX["direction_after"])
_YEAR_AFTER = _Phrases(_LEX["year_after"])
_YEAR_ANCHOR = _Phrases(_LEX["year_anchor_after"])
_WEEK_AFTER = _Phrases(_LEX["week_after"])
_AGO = _Phrases(_LEX["ago_words"])
_AHEAD = _Phrases(_LEX["ahead_words"])
_AHEAD_BEFORE = frozenset(_LEX["ahead_before"])
_TENSE: dict[str, str] = {w: t for t in ("past", "future") for w in _LEX["tense"][t]}
_REPORT = frozenset(_LEX["tense"]["report"])
_PAST_VERBS = frozenset(_LEX["tense"]["past_verbs"])
_VERB_REACH = 5  # a past verb speaks of a date only this many tokens away
_NAME_REACH = 14  # ... or further, when only a name stands between ('agreed at the 46th ASEAN Summit in May')
_NAME_LINKS = frozenset(_LEX["tense"]["name_links"])
_PASSIVE_AUX = frozenset(_LEX["tense"]["passive_aux"])
_TENSE_WEAK: dict[str, str] = _LEX["tense_weak"]
_CLAUSE_JOINERS = frozenset(_LEX["clause_joiners"])
_CLAUSE_REACH = 60  # tokens
_TENSE_ANY = frozenset(_TENSE) | _REPORT | _PAST_VERBS | frozenset(_TENSE_WEAK)
_ENDERS = frozenset(".!?;")
_PUB_LABELS = _Phrases(_LEX["publication_labels"])
_ZONES: dict[str, float] = _LEX["zones"]

# Tokens at which a parse may begin; anything else is skipped at the cost of one lookup.
_TRIGGERS = (
    set(_MONTHS) | set(_WEEKDAYS) | set(_NUMBER_WORDS) | set(_ORDINALS_EN) | set(_ONE_UNIT)
    | _RELATIVE.firsts | _MODIFIERS.firsts | _DIRECTION_BEFORE.firsts | _DAY_SINGULAR | {"("}
)

# What may follow the first number of a written date: '25 April', '27-28', '25 hingga', '25th'.
_DAY_FOLLOWERS = frozenset(_MONTHS) | _RANGE_WORDS.firsts | _RANGE_AND | _ORD_SUFFIX | _OF
_NUMERIC_MARKS = frozenset("/.-\u2013")

_PLAIN_GAPS = frozenset(("", " ", "\n"))
_MODIFIER_FIRSTS = _MODIFIERS.firsts | _DIRECTION_BEFORE.firsts
_COUNTED_FIRSTS = _DAY_SINGULAR | frozenset(_ORDINALS_EN)
_COUNT_WORDS = frozenset(_NUMBER_WORDS) | frozenset(_ONE_UNIT)


def _phrase_openers() -> dict[str, frozenset[str]]:
    """Trigger words that open a date only as the first word of a longer modifier, direction or
    relative phrase ('the end of', 'tahun lalu'), each with the words that may come second in
    one: when another word follows, no rule can go on from them (parse_at stops at once)."""
    phrases = (_MODIFIERS, _DIRECTION_BEFORE, _RELATIVE)
    other_rules = set(_WEEKDAYS) | _COUNTED_FIRSTS | _COUNT_WORDS | set(_MONTHS)
    out = {}
    for word in _TRIGGERS - other_rules - {"("}:
        alone = (word,), (word[:-2],) if word.endswith("'s") else (word,)
        if not any(key in p.table for p in phrases for key in alone):
            out[word] = frozenset().union(*(p.seconds.get(word, ()) for p in phrases))
    return out


_PHRASE_OPENERS = _phrase_openers()

_MIN_YEAR, _MAX_YEAR = 1900, 2200
# A day in the coming month with a past verb in its clause is most often something planned
# ('sudah siap menjadi tuan rumah pada 5-7 September'), not last year's; a day a few days
# gone with a future verb is most often an article published late.
_PAST_SLACK_DAYS = 31
_FUTURE_SLACK_DAYS = 7
_BUDDHIST_OFFSET = 543  # Thai Buddhist era: 2568 BE = 2025 CE


def _calendar_year(value: int) -> int | None:
    """A four-digit year in the Gregorian calendar, Buddhist-era years converted."""
    if value > 2400:
        value -= _BUDDHIST_OFFSET
    return value if _MIN_YEAR <= value <= _MAX_YEAR else None


def _safe(year, month=None, day=None) -> PartialDate | None:
    if year is None or not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return PartialDate(year, month, day)
    except (ValueError, TypeError):
        return None


def _as_date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return None


# --------------------------------------------------------------------------- scanner

@dataclass(slots=True)
class _Markers:  # built once per text, only read (not frozen: cheaper to build)
    breaks: list[int]  # tokens that begin a sentence
    strong: list[tuple[int, str, bool]]  # (token, tense, is a report verb)
    strong_at: list[int]
    verbs: list[int]  # past verbs ('met', 'held')
    weak: list[tuple[int, str]]
    weak_at: list[int]


class _Spec(NamedTuple):  # (named tuples: a few are made for every date read, frozen dataclasses cost more)
    """One end of a date as written: year may be missing, day may be missing."""

    year: int | None
    month: int
    day: int | None = None

    def key(self):
        return (self.month, self.day or 0)


class _Written(NamedTuple):
    """A date as the text writes it, from its first token up to `stop` (excluded)."""

    start: _Spec
    end: _Spec | None = None
    stop: int = 0
    sep: str | None = None  # how a range's ends are joined: 'dash', 'word' or 'and'
    split: tuple[int, int] | None = None  # 'and' of two days: where the first ends, the second begins


class _Scan:
    """The tokens of one text and the rules that read dates out of them."""

    def __init__(self, text: str, published: dt.date | None, language: str | None):
        self.text = text
        self.pub = published
        self.language = language
        # This runs over every token of the text, so it is done with split(), slices and map(), in C:
        # split() gives [spacing, token, spacing, token, ..., spacing] (offsets: see _offsets).
        self._parts = parts = (_SPLIT_ASCII_TOKENS if text.isascii() else _SPLIT_TOKENS).split(text)
        self.gaps = parts[0:-1:2]  # the spacing before each token
        self.texts = parts[1::2]
        self.lows = list(map(str.lower, self.texts))
        if "\u2019" in text:
            self.lows = [_norm(low) for low in self.lows]
        self.n = len(self.texts)
        self.nums = [None] * self.n
        digits = itertools.compress(range(self.n), map(str.isdigit, self.texts))
        self.numbered = [i for i in digits if self.texts[i].isascii()]  # not '²' nor other scripts
        for i in self.numbered:
            self.nums[i] = int(self.texts[i])
        self._markers = None
        self.last_year = None  # the last year written out, for 'November that year'

    @functools.cached_property
    def _offsets(self) -> list[int]:
        """Running lengths of the split() parts: token k runs from _offsets[2k] to _offsets[2k+1].
        Worked out only for a text that yields a date (many sentences yield none)."""
        return list(itertools.accumulate(map(len, self._parts)))

    # -- token tests ------------------------------------------------------------
    def joined(self, j: int) -> bool:
        """Token j follows token j-1 with at most plain spacing (no blank line)."""
        if not 0 < j < self.n:
            return False
        gap = self.gaps[j]
        return gap in _PLAIN_GAPS or len(gap) <= 12 and gap.count("\n") < 2

    def tight(self, j: int) -> bool:
        return 0 < j < self.n and not self.gaps[j]

    def is_text(self, j: int, *chars: str) -> bool:
        return 0 <= j < self.n and self.texts[j] in chars

    def capital_ok(self, j: int) -> bool:
        return self.lows[j] not in _CAPITAL_ONLY or self.texts[j][0].isupper()

    def left_clear(self, i: int) -> bool:
        """A number at i is not the tail of another number, code or word ('2.25', 'G20', '+62')."""
        if not self.tight(i):
            return True
        prev = self.texts[i - 1]
        if prev[0].isalpha() or prev in "+#@$€£¥%":
            return False
        if prev in ".,:/-\u2013" and self.tight(i - 1) and self.nums[i - 2] is not None:
            return False
        return True

    def shouted(self, j: int) -> bool:
        """'ANTARA' is the news agency, not 'antara' (between)."""
        return len(self.texts[j]) > 1 and self.texts[j].isupper()

    def law_before(self, i: int) -> bool:
        """'No. 12/2018', 'UU No. 5 Tahun 2018': a document number, not a date."""
        for j in range(max(0, i - 4), i):
            if self.lows[j] in _LAW_WORDS:
                return True
        return False

    def span_of(self, a: int, b: int) -> tuple[int, int]:
        return self._offsets[2 * a], self._offsets[2 * b - 1]

    # -- pieces -----------------------------------------------------------------
    def day(self, i: int):
        """(day, next index) for '25', '25th'."""
        if i >= self.n or self.nums[i] is None or len(self.texts[i]) > 2:
            return None
        d = self.nums[i]
        if not 1 <= d <= 31:
            return None
        j = i + 1
        if j < self.n and self.lows[j] in _ORD_SUFFIX and self.tight(j):
            j += 1
        elif j < self.n and self.tight(j) and self.texts[j][0].isalpha():
            return None  # '11pm', '6am', '10km'
        if j < self.n and self.tight(j) and self.texts[j] in ".,:" and self.nums[j + 1 if j + 1 < self.n else j] is not None \
                and self.tight(j + 1):
            return None  # '2.25', '10:15', '2,3'
        return d, j

    def month(self, i: int, full_only: bool = False):
        """(month, next index) for 'April', 'Apr.', 'Okt'."""
        if i >= self.n:
            return None
        low = self.lows[i]
        m = _MONTHS.get(low)
        if m is None or not self.capital_ok(i) or (full_only and low not in _MONTHS_FULL):
            return None
        j = i + 1
        if low not in _MONTHS_FULL and self.is_text(j, ".") and self.tight(j):
            j += 1
        return m, j

    def year(self, i: int, comma: bool = False):
        """(year, next index) for ' 2018' or ', 2018' right after token i-1."""
        j = i
        if comma and self.is_text(j, ",") and self.joined(j):
            j += 1
        if not self.joined(j) or self.nums[j] is None or len(self.texts[j]) != 4:
            return None
        y = _calendar_year(self.nums[j])
        if y is None:
            return None
        k = j + 1
        if k + 1 < self.n and self.tight(k) and self.texts[k] in ".," and self.nums[k + 1] is not None and self.tight(k + 1):
            return None  # '2.018', '2018,5'
        if k < self.n and self.joined(k) and self.lows[k] in _COUNTERS:
            return None  # 'in 2000 villages'
        return y, k

    def range_sep(self, i: int):
        """('dash'|'word'|'and', next index) for '-', '–', 'hingga', 's.d.', 'to', 'dan'."""
        if not self.joined(i):
            return None
        if self.lows[i] in _RANGE_AND:
            return "and", i + 1
        hit = _RANGE_WORDS.match(self, i)
        if hit is None:
            return None
        return ("dash" if self.texts[i] in "-\u2013\u2014\u2212" else "word"), hit[1]

    def after_phrase(self, k: int):
        """What follows a date: ('year', offset from publication, next), ('anchor', offset from the
        last written year, next), ('dir', direction, next) or None."""
        if not self.joined(k):
            return None
        hit = _YEAR_AFTER.match(self, k)
        if hit:
            return "year", hit[0], hit[1]
        hit = _YEAR_ANCHOR.match(self, k)
        if hit:
            return "anchor", hit[0], hit[1]
        hit = _DIRECTION_AFTER.match(self, k) or _WEEK_AFTER.match(self, k)
        if hit:
            value = hit[0] if isinstance(hit[0], str) else ("past", "this", "future")[hit[0] + 1]
            return "dir", value, hit[1]
        return None

    # -- tense ------------------------------------------------------------------
    def _build_markers(self):
        """Sentence breaks and the tense words of the text in tiers (found by comprehensions)."""
        lows, texts, gaps, every = self.lows, self.texts, self.gaps, range(self.n)
        paragraphs = itertools.compress(every, map(str.__contains__, gaps, itertools.repeat("\n\n"))) \
            if "\n\n" in self.text else ()  # (most texts are one sentence)
        stops = itertools.compress(every, map(_ENDERS.__contains__, texts))
        breaks = sorted(set(paragraphs) | {
            j + 1 for j in stops
            if j + 1 < self.n and gaps[j + 1] and (texts[j + 1][0].isupper() or not texts[j + 1][0].isalnum())
            and not self._abbreviated(j)})
        strong, verbs, weak = [], [], []
        words = itertools.compress(every, map(_TENSE_ANY.__contains__, lows))
        if "'ll" in self.text or "\u2019ll" in self.text:
            words = sorted(set(words) | {j for j, low in enumerate(lows) if low.endswith("'ll")})
        for j in words:
            low = lows[j]
            if texts[j][:1].isupper() and j and texts[j - 1] not in _ENDERS and texts[j - 1] not in "\"\u201c'(":
                continue  # "the Plan of Action": a word of a name, inside a sentence, tells no tense
            tense = _TENSE.get(low) or ("future" if low.endswith("'ll") else None)
            if tense:
                strong.append((j, tense, False))
            elif low in _REPORT:
                if strong and strong[-1][1] == "future" and j - strong[-1][0] <= 2:
                    continue  # "akan menyampaikan pandangan ... pada Sabtu": a speech to come, not words said
                strong.append((j, "past", True))
            elif low in _PAST_VERBS:
                # 'will be held', 'is signed': a participle, not a past event
                if not any(lows[b] in _PASSIVE_AUX for b in range(max(0, j - 2), j)):
                    verbs.append(j)
            elif low in _TENSE_WEAK:
                weak.append((j, _TENSE_WEAK[low]))
        self._markers = _Markers(breaks, strong, [m[0] for m in strong], verbs, weak, [m[0] for m in weak])

    def _abbreviated(self, j: int) -> bool:
        """Is the full stop at token j the end of an abbreviation ("U.S. President", "Dr. Sugiono"),
        so that no clause ends there?"""
        if j == 0 or self.texts[j] != "." or self.gaps[j]:
            return False
        word = self.texts[j - 1]
        return (len(word) == 1 and word.isupper()) or self.lows[j - 1] in abbreviations()

    def _clause_end(self, b: int) -> int:
        """Where the clause holding token b ends: at a comma followed by a word that opens a
        clause of its own (", and will", ", sementara"); the end of the text otherwise."""
        texts, lows = self.texts, self.lows
        for j in range(b, min(self.n - 1, b + _CLAUSE_REACH)):  # bounded: text without full stops stays linear
            if texts[j] == "," and lows[j + 1] in _CLAUSE_JOINERS:
                return j
            if texts[j] in _ENDERS:
                break
        return self.n

    def _only_names_between(self, v: int, a: int) -> bool:
        """Between a past verb and a date stand only the names of an event and a place
        ("agreed at the 46th ASEAN Summit in May"): the verb tells when that event was."""
        return a - v <= _NAME_REACH and all(
            text[:1].isupper() or text[:1].isdigit() or low in _NAME_LINKS
            for text, low in zip(self.texts[v + 1:a], self.lows[v + 1:a]))

    def tense_near(self, a: int, b: int, speech_day: bool = False) -> str | None:
        """Tense of the clause around tokens a..b: the nearest sure word before the date, a past
        verb just before it, a sure word after it, a past verb just after it, then weak words."""
        if self._markers is None:
            self._build_markers()
        mk = self._markers
        breaks = mk.breaks

        def sentence(token):  # index of the sentence holding a token
            return bisect.bisect_right(breaks, token)

        sid = sentence(a)
        k = bisect.bisect_left(mk.strong_at, a) - 1
        if k >= 0 and sentence(mk.strong_at[k]) == sid:
            return mk.strong[k][1]
        k = bisect.bisect_left(mk.verbs, a) - 1
        if k >= 0 and sentence(mk.verbs[k]) == sid and (
                a - mk.verbs[k] <= _VERB_REACH or self._only_names_between(mk.verbs[k], a)):
            return "past"
        k = bisect.bisect_left(mk.strong_at, b)
        if speech_day and k < len(mk.strong) and mk.strong[k][2] and mk.strong_at[k] - b < 3 \
                and not any(self.texts[x] in "\"\u201d'" for x in range(b, mk.strong_at[k])):
            return "past"  # 'di Jakarta, Jumat, mengatakan': the day the words were said
        clause_end = self._clause_end(b)
        while k < len(mk.strong) and sentence(mk.strong_at[k]) == sid and mk.strong_at[k] < clause_end:
            if not mk.strong[k][2]:  # a report verb further on says nothing of the date
                return mk.strong[k][1]
            k += 1
        k = bisect.bisect_left(mk.verbs, b)
        if k < len(mk.verbs) and mk.verbs[k] - b < _VERB_REACH and sentence(mk.verbs[k]) == sid \
                and mk.verbs[k] < clause_end:
            return "past"
        k = bisect.bisect_left(mk.weak_at, a) - 1
        if k >= 0 and sentence(mk.weak_at[k]) == sid:
            return mk.weak[k][1]
        k = bisect.bisect_left(mk.weak_at, b)
        if k < len(mk.weak) and sentence(mk.weak_at[k]) == sid:
            return mk.weak[k][1]
        return None

    # -- main loop --------------------------------------------------------------
    def run(self) -> list[DateMention]:
        out: list[DateMention] = []
        done = 0  # tokens before this index belong to a mention already read
        words = itertools.compress(range(self.n), map(_TRIGGERS.__contains__, self.lows))
        for i in sorted(itertools.chain(words, self.numbered)):
            if i < done:
                continue
            hit = self.parse_at(i)
            if hit is not None:
                out.extend(hit[0])
                done = max(hit[1], i + 1)
                self.last_year = next((m.start.year for m in reversed(hit[0]) if m.start and not m.relative),
                                      self.last_year)
        return out

    def parse_at(self, i: int):
        """Try the rules that can begin at token i; the next token tells which are worth trying."""
        nxt = self.lows[i + 1] if i + 1 < self.n else ""
        if self.nums[i] is not None:
            width = len(self.texts[i])
            hit = None
            if nxt in _UNITS:
                hit = self.numbered_relative(i) or self.duration(i)
            elif nxt == "-" and i + 2 < self.n and self.lows[i + 2] in _DAY_SINGULAR:
                hit = self.duration(i)
            if hit is None and width <= 2 and nxt in _DAY_FOLLOWERS:
                hit = self.day_first(i)
            if hit is None and width <= 2 and nxt == ",":
                hit = self.day_list(i)
            if hit is None and nxt in _NUMERIC_MARKS:
                hit = self.numeric_plain(i) or (self.iso(i) if width == 4 else None)
            if hit is None and width == 4:
                hit = self.year_alone(i)
            return hit
        if self.texts[i] == "(":
            return self.paren_alone(i) if self.nums[i + 1 if i + 1 < self.n else i] is not None else None
        low, hit = self.lows[i], None
        seconds = _PHRASE_OPENERS.get(low)
        if seconds is not None and nxt not in seconds and not (nxt.endswith("'s") and nxt[:-2] in seconds):
            return None  # 'the' followed by no 'end', 'coming', 'day' ...
        if low in _MODIFIER_FIRSTS:  # before relative words: 'akhir tahun lalu' is not 'akhir tahun'
            hit = self.modified(i)
        if hit is None and low in _RELATIVE.firsts:
            hit = self.relative(i)
        if hit is None and low in _WEEKDAYS:
            hit = self.weekday(i)
        if hit is None and low in _COUNTED_FIRSTS:
            hit = self.counted(i)
        if hit is None and low in _COUNT_WORDS:
            hit = self.numbered_relative(i) or self.duration(i)
        if hit is None and low in _MONTHS:
            hit = self.month_first(i) or self.month_alone(i)
        return hit

    # -- emitting ---------------------------------------------------------------
    def mention(self, a, b, kind, start, end=None, relative=False, day_index=None, days=None) -> DateMention:
        s, e = self.span_of(a, b)
        return DateMention(start, end, (s, e), self.text[s:e], kind, relative, day_index, days)

    def resolve(self, a: int, written: _Written, *, weekday: int | None = None, direction: str | None = None,
                strict: bool = False, allow_after: bool = True):
        """Mentions for the date written from token a on, years filled in as a reader would."""
        k, offset, anchor = written.stop, None, None
        if written.sep == "and" and a > 0 and self.lows[a - 1] in _BETWEEN:
            written = written._replace(sep="word")  # 'between 5 and 7 September' is a span
        after = self.after_phrase(k) if allow_after else None
        if after:  # 'lalu', 'nanti', 'tahun lalu' right after the date
            kind, value, k = after
            if kind == "year":
                offset = value
            elif kind == "anchor":
                if self.last_year is None:
                    return [], k  # 'that year' with no year before it: nothing to count from
                anchor = self.last_year + value
            else:
                direction, strict = value, False
        if anchor is not None and written.start.year is None:
            written = written._replace(start=written.start._replace(year=anchor))
        years = self.years_of(a, k, written, offset, direction, strict, weekday)
        if years and anchor is not None:
            years = years[0], years[1], True  # read from another date of the text: relative
        return (self.emit(a, k, written, *years) if years else []), k

    def years_of(self, a, k, written: _Written, offset, direction, strict, weekday):
        """(start year, end year, inferred?) of a written date, or None when no year can be given."""
        start, end = written.start, written.end
        ys, ye = start.year, end.year if end else None
        inferred = ys is None and ye is None
        if ys is None and ye is not None:  # '30 Desember - 2 Januari 2019'
            ys = ye - (1 if start.key() > end.key() else 0)
        if ys is None:
            if self.pub is None:
                return None
            if offset is not None:
                ys = self.pub.year + offset
            else:
                soft = direction is None  # a tense word of the clause, not a word beside the date
                ys = _year_for(self.pub, start, direction or self.tense_near(a, k), strict, end, soft)
        if end is not None and ye is None:
            ye = ys + (1 if end.key() < start.key() else 0)
        if weekday is not None and inferred and start.day is not None:
            ys, ye = _year_by_weekday(start, ys, ye, weekday)
        return ys, ye, inferred

    def emit(self, a: int, k: int, written: _Written, ys: int, ye: int | None, inferred: bool):
        first = _safe(ys, written.start.month, written.start.day)
        if first is None:
            return []
        if written.end is None:
            return [self.mention(a, k, "date", first, relative=inferred)]
        last = _safe(ye, written.end.month, written.end.day)
        if last is None or last <= first:
            return []
        if written.sep == "and" and (last.first_day() - first.first_day()).days != 1:
            # '5 dan 7 Mei' names two days, not a span
            cut, resume = written.split
            return [self.mention(a, cut, "date", first, relative=inferred),
                    self.mention(resume, k, "date", last, relative=inferred)]
        return [self.mention(a, k, "range", first, last, relative=inferred)]

    # -- rules: written dates -------------------------------------------------
    def spec_day_first(self, i: int) -> _Written | None:
        """'25 April [2018]', '27-28 April', '30 April-1 Mei 2019', '25th of April'."""
        if not self.left_clear(i):
            return None
        got = self.day(i)
        if not got:
            return None
        d1, j = got
        k = j + 1 if self.joined(j) and self.lows[j] in _OF else j
        got = self.month(k) if self.joined(k) else None
        if got:
            m1, k = got
            y1, k = self.year(k, comma=True) or (None, k)
            sep = self.range_sep(k)
            tail = self._day_month(sep[1]) if sep else None
            if tail:  # '30 April-1 Mei'
                d2, m2, y2, end = tail
                return _Written(_Spec(y1, m1, d1), _Spec(y2, m2, d2), end, sep[0], (k, sep[1]))
            return _Written(_Spec(y1, m1, d1), None, k)
        sep = self.range_sep(j)
        tail = self._day_month(sep[1]) if sep else None
        if tail and tail[0] > d1:  # '27-28 April': 28 is a day, never a year
            d2, m2, y2, end = tail
            return _Written(_Spec(y2, m2, d1), _Spec(y2, m2, d2), end, sep[0], (j, sep[1]))
        return None

    def _day_month(self, i: int):
        """(day, month, year|None, next) for '28 April [2018]' at i."""
        got = self.day(i) if self.joined(i) else None
        if not got:
            return None
        d, k = got
        if self.joined(k) and self.lows[k] in _OF:
            k += 1
        got = self.month(k) if self.joined(k) else None
        if not got:
            return None
        m, k = got
        y, k = self.year(k, comma=True) or (None, k)
        return d, m, y, k

    def spec_month_first(self, i: int) -> _Written | None:
        """'April 25', 'Apr 25, 2018', 'April 25-28', 'Oct 31 to Nov 2', 'May 10-11, 2023', 'April 2018',
        'Januari hingga September 2023'."""
        got = self.month(i)
        if not got:
            return None
        m1, j = got
        got = self.day(j) if self.joined(j) else None
        if got and not (self.joined(got[1]) and self.lows[got[1]] in _COUNTERS):
            return self._month_day(m1, *got)
        y1, k = self.year(j) or (None, j)
        sep = self.range_sep(k)
        m2 = self.month(sep[1], full_only=True) if sep and self.joined(sep[1]) else None
        if m2:  # months only: a year is needed to be sure they are dates
            y2, end = self.year(m2[1]) or (None, m2[1])
            if y2 is not None:
                return _Written(_Spec(y1, m1), _Spec(y2, m2[0]), end, sep[0], (k, sep[1]))
        return _Written(_Spec(y1, m1), None, k) if y1 is not None else None

    def _month_day(self, m1: int, d1: int, k: int) -> _Written:
        """The rest of 'April 25': '-28', ' to Apr 28', ', 2018'."""
        sep = self.range_sep(k)
        if sep:
            nxt = sep[1]
            m2 = self.month(nxt) if self.joined(nxt) else None
            d2 = self.day(m2[1] if m2 else nxt) if self.joined(m2[1] if m2 else nxt) else None
            if d2 and m2:  # 'Oct 31 to Nov 2'
                y, end = self.year(d2[1], comma=True) or (None, d2[1])
                return _Written(_Spec(None, m1, d1), _Spec(y, m2[0], d2[0]), end, sep[0], (k, nxt))
            if d2 and d2[0] > d1 and not (self.joined(d2[1]) and self.month(d2[1])):  # 'April 25-28'
                y, end = self.year(d2[1], comma=True) or (None, d2[1])
                return _Written(_Spec(y, m1, d1), _Spec(y, m1, d2[0]), end, sep[0], (k, nxt))
        y, k = self.year(k, comma=True) or (None, k)
        return _Written(_Spec(y, m1, d1), None, k)

    def day_first(self, i: int):
        written = self.spec_day_first(i)
        return self.resolve(i, written) if written else None

    def day_list(self, i: int):
        """'25, 26 dan 27 April': a range when the days follow each other, else one date each."""
        got = self.day(i) if self.left_clear(i) else None
        if not got:
            return None
        days, k = [(got[0], i, got[1])], got[1]
        while got and self.is_text(k, ",") and self.joined(k + 1):
            got = self.day(k + 1)
            if got:
                days.append((got[0], k + 1, got[1]))
                k = got[1]
        k += 1 if self.is_text(k, ",") else 0  # 'and' after a serial comma
        joined_by_and = k < self.n and self.lows[k] in _RANGE_AND and self.joined(k)
        tail = self._day_month(k + 1) if len(days) > 1 and joined_by_and else None
        if not tail:
            return None
        last, month, year, end = tail
        numbers = [d for d, _, _ in days] + [last]
        if all(b == a + 1 for a, b in zip(numbers, numbers[1:])):
            return self.resolve(i, _Written(_Spec(year, month, numbers[0]), _Spec(year, month, last), end, "word"))
        mentions, end = self.resolve(k + 1, _Written(_Spec(year, month, last), None, end))
        if not mentions:
            return [], end
        year, relative = mentions[0].start.year, mentions[0].relative
        first = [self.mention(a, b, "date", _safe(year, month, d), relative=relative)
                 for d, a, b in days if _safe(year, month, d)]
        return first + mentions, end

    def month_first(self, i: int):
        written = self.spec_month_first(i)
        return self.resolve(i, written) if written else None

    def spec_numeric(self, i: int, in_parens: bool):
        """'28/4', '27-28/4', '8/11/2018', '24.04.2018', '24-04-2018'.
        Returns (first number, last day|None, second number, year|None, next) or None."""
        if self.nums[i] is None or len(self.texts[i]) > 2 or not self.left_clear(i):
            return None
        d1, d2, j = self.nums[i], None, i + 1
        if self.is_text(j, "-", "\u2013") and self.tight(j) and j + 2 < self.n and self.nums[j + 1] is not None \
                and len(self.texts[j + 1]) <= 2 and self.tight(j + 1) and self.is_text(j + 2, "/") and self.tight(j + 2):
            d2, j = self.nums[j + 1], j + 2
        if not (self.is_text(j, "/", ".", "-") and self.tight(j) and j + 1 < self.n and self.tight(j + 1)):
            return None
        sep = self.texts[j]
        if self.nums[j + 1] is None or len(self.texts[j + 1]) > 2:
            return None
        second, k, y = self.nums[j + 1], j + 2, None
        if self.is_text(k, sep) and self.tight(k) and k + 1 < self.n and self.tight(k + 1) and self.nums[k + 1] is not None:
            digits = self.texts[k + 1]
            if len(digits) == 4:
                y = _calendar_year(self.nums[k + 1])
            elif len(digits) == 2 and in_parens and sep == "/":
                y = 2000 + self.nums[k + 1]
            if y is None:
                return None
            k += 2
        if (sep != "/" or d2 is not None and sep != "/") and y is None:
            return None  # '19.30', '10-11' are times and ranges of numbers, not dates
        if y is None and not in_parens and not (i and self.lows[i - 1] in _BARE_NUMERIC_AFTER):
            return None  # 'pada 21-22/6' is a date; '1/2' standing alone may be a fraction
        if self.is_text(k, "/", ".", "-", ":") and self.tight(k) and k + 1 < self.n and self.nums[k + 1] is not None \
                and self.tight(k + 1):
            return None  # '1/2/3/4', 'versi 2.3.1.5'
        if self.law_before(i):
            return None
        return d1, d2, second, y, k

    def numeric_readings(self, d1, d2, second, y, stop, weekday) -> _Written | None:
        """What '05/09' says: day/month, or month/day where the weekday or nearness says so."""
        readings = [_Written(_Spec(y, second, d1), _Spec(y, second, d2) if d2 else None, stop, "dash")]
        if d2 is None and self.language != "id" and d1 != second and d1 <= 12 and second <= 31:
            readings.append(_Written(_Spec(y, d1, second), None, stop))
        readings = [r for r in readings if _safe(y or 2000, r.start.month, r.start.day)]
        if len(readings) < 2:
            return readings[0] if readings else None
        if weekday is not None and (self.pub is not None or y is not None):
            readings = [r for r in readings if self._weekday_fits(r.start, weekday)] or readings
        if self.pub is not None and y is None and (self.language == "en" or len(readings) == 1 or weekday is not None):
            return min(readings, key=lambda r: _distance(self.pub, r.start))
        return readings[0]

    def _weekday_fits(self, spec: _Spec, weekday: int) -> bool:
        year = spec.year or _year_for(self.pub, spec, None, False)
        got = _safe(year, spec.month, spec.day)
        return got is not None and got.first_day().weekday() == weekday

    def numeric_plain(self, i: int):
        """'8/11/2018', '24.04.2018' standing in the text (a year is required there)."""
        got = self.spec_numeric(i, in_parens=False)
        if not got:
            return None
        written = self.numeric_readings(*got, None)
        return self.resolve(i, written, allow_after=False) if written else ([], got[-1])

    def paren_inner(self, i: int, weekday: int | None) -> _Written | None:
        """The date inside '(' at i: '(28/4)', '(8/11/2018)', '(Apr 24)', '(27-28/4)'; stop is after ')'."""
        j = i + 1
        if j >= self.n:
            return None
        got = self.spec_numeric(j, in_parens=True)
        if got:
            written = self.numeric_readings(*got, weekday)
        else:
            written = self.spec_month_first(j) if self.nums[j] is None else self.spec_day_first(j)
        if not written or not self.is_text(written.stop, ")"):
            return None
        return _Written(written.start, written.end, written.stop + 1, written.sep, written.split)

    def paren_alone(self, i: int):
        """'di Jakarta, (28/4)', '(8/11/2018)'; a yearless one only after a comma, 'pada', 'malam'..."""
        written = self.paren_inner(i, None)
        if not written or self.nums[i + 1] is None:
            return None
        if written.start.year is None and (i == 0 or self.lows[i - 1] not in _PAREN_DATE_AFTER):
            return None  # 'dua per tiga (2/3)' is a fraction
        return self.resolve(i, written, allow_after=False)

    def then_paren(self, a: int, k: int, weekday: int | None):
        """A bracketed date right after a weekday or relative day ('Sabtu malam (28/4)', 'kemarin (19/4)'):
        the written date wins. Returns mentions and next index, or None."""
        if k < self.n and self.lows[k] in _TIMES_OF_DAY and self.joined(k):
            k += 1
        written = self.paren_inner(k, weekday) if self.is_text(k, "(") and self.joined(k) else None
        return self.resolve(a, written, weekday=weekday, allow_after=False) if written else None

    def iso(self, i: int):
        """'2018-04-24', '2018/04/24' (also the date of an ISO time stamp)."""
        if len(self.texts[i]) != 4 or not self.left_clear(i):
            return None
        j = i + 1
        if not (self.is_text(j, "-", "/") and j + 3 < self.n and all(self.tight(x) for x in range(j, j + 4))):
            return None
        sep = self.texts[j]
        mo, d = self.nums[j + 1], self.nums[j + 3]
        if mo is None or d is None or self.texts[j + 2] != sep or len(self.texts[j + 3]) > 2:
            return None
        k = j + 4
        if self.is_text(k, "-", "/", ".") and self.tight(k) and k + 1 < self.n and self.nums[k + 1] is not None:
            return None
        got = _safe(_calendar_year(self.nums[i]), mo, d)
        return ([self.mention(i, k, "date", got)] if got else []), k

    def year_alone(self, i: int):
        """'pada 2019', 'in 2019', 'tahun 2019', 'sejak 2015', '2019 mendatang'; never a law's year."""
        if len(self.texts[i]) != 4 or i == 0:
            return None
        before = self.lows[i - 1]
        era = self.nums[i] > 2400 and self.joined(i + 1) and _ERA_MARKS.match(self, i + 1)
        if not (before in _YEAR_CONTEXT and self.joined(i) and not self.shouted(i - 1) or era):
            return None
        if before in ("tahun", "year") and i >= 2 and (self.nums[i - 2] is not None or self.law_before(i - 1)):
            return None  # 'UU Nomor 5 Tahun 2018' names a law
        got = self.year(i)
        if not got:
            return None
        y, k = got
        if self.is_text(k, "-", "\u2013") and self.tight(k) and k + 1 < self.n and self.tight(k + 1):
            y2 = self.nums[k + 1] is not None and len(self.texts[k + 1]) == 4 and _calendar_year(self.nums[k + 1])
            if y2 and y2 > y:
                return [self.mention(i, k + 2, "range", PartialDate(y), PartialDate(y2))], k + 2
            return None
        after = self.after_phrase(k)
        if after and after[0] == "dir":
            k = after[2]
        era = _ERA_MARKS.match(self, k) if self.joined(k) else None
        if era:  # '2568 BE'
            k = era[1]
        return [self.mention(i, k, "date", PartialDate(y))], k

    def month_alone(self, i: int, direction: str | None = None, strict: bool = False, forced: bool = False):
        """'pada Oktober', 'Oktober nanti', 'November tahun lalu', 'in October'; month precision."""
        got = self.month(i, full_only=True)
        if not got:
            return None
        m, k = got
        context = forced or (self.joined(i) and self.lows[i - 1] in _MONTH_CONTEXT and not self.shouted(i - 1))
        if not context and not self.after_phrase(k):
            return None
        sep = self.range_sep(k)
        m2 = self.month(sep[1], full_only=True) if context and sep and sep[0] != "and" else None
        if m2 and m2[0] > m:  # 'in January-September', 'dari Maret hingga Mei'
            written = _Written(_Spec(None, m), _Spec(None, m2[0]), m2[1], sep[0])
        else:
            written = _Written(_Spec(None, m), None, k)
        return self.resolve(i, written, direction=direction, strict=strict)

    # -- rules: weekdays, relative words, modifiers -----------------------------
    def weekday(self, i: int, direction: str | None = None, strict: bool = False, first: int | None = None,
                span: bool = True):
        """'Sabtu (28/4)', 'Tuesday (Apr 24)', 'Selasa, 24 April 2018', 'pada Jumat', 'on Friday',
        'Jumat lalu', 'Friday next week'."""
        key = self.lows[i]
        wd = _WEEKDAYS.get(key)
        if wd is None or not self.capital_ok(i):
            return None
        a = i if first is None else first
        abbrev = key in _WEEKDAY_ABBR
        j = i + 1
        if abbrev and self.is_text(j, ".") and self.tight(j):
            j += 1
        pair = self.range_sep(j)  # 'Jumat-Sabtu (27-28/4)', 'Friday and Saturday'
        if pair and self.joined(pair[1]) and pair[1] < self.n and self.lows[pair[1]] in _WEEKDAYS \
                and self.capital_ok(pair[1]):
            j = pair[1] + 1
        else:
            pair = None
        k = j + 1 if self.is_text(j, ",") and self.joined(j) else j
        hit = self.then_paren(a, k, wd)
        if hit is None and self.joined(k) and k < self.n:  # 'Selasa, 24 April 2018', 'Tuesday, April 24'
            written = self.spec_month_first(k) if self.nums[k] is None else self.spec_day_first(k)
            hit = self.resolve(a, written, weekday=wd) if written else None
        if hit:
            return self.weekday_range(a, hit) if span else hit
        if abbrev or key in _SUNDAY_OR_WEEK and self._minggu_is_week(i):
            return None
        if pair:
            return self.weekday_pair(a, i, wd, pair, direction, strict)
        return self.bare_weekday(a, i, wd, direction, strict)

    def weekday_range(self, a: int, hit):
        """'Senin (10/7) hingga Jumat (14/7)': two dated weekdays joined into one span."""
        mentions, k = hit
        sep = self.range_sep(k) if len(mentions) == 1 and mentions[0].kind == "date" else None
        if not sep or sep[0] == "and" or not self.joined(sep[1]) or sep[1] >= self.n \
                or self.lows[sep[1]] not in _WEEKDAYS:
            return hit
        tail = self.weekday(sep[1], span=False)  # one step only: no recursion down a long chain
        if not tail or len(tail[0]) != 1 or tail[0][0].kind != "date" or tail[0][0].start <= mentions[0].start:
            return hit
        first, last = mentions[0], tail[0][0]
        return [self.mention(a, tail[1], "range", first.start, last.start, relative=first.relative)], tail[1]

    def weekday_pair(self, a: int, i: int, wd: int, pair, direction, strict):
        """'Senin-Selasa', 'from Monday to Wednesday': a span of days; 'Monday and Wednesday': two days."""
        mentions, k = self.bare_weekday(a, i, wd, direction, strict)
        k = max(k, pair[1] + 1)
        if not mentions:
            return [], k
        wd2 = _WEEKDAYS[self.lows[pair[1]]]
        first = mentions[0].start.first_day()
        last = first + dt.timedelta(days=(wd2 - wd) % 7 or 7)
        if pair[0] == "and" and (last - first).days > 1:
            return [self.mention(a, i + 1, "date", mentions[0].start, relative=True),
                    self.mention(pair[1], pair[1] + 1, "date", PartialDate.from_date(last), relative=True)], k
        return [self.mention(a, k, "range", mentions[0].start, PartialDate.from_date(last), relative=True)], k

    def _minggu_is_week(self, i: int) -> bool:
        """'minggu lalu', 'dua minggu', 'Minggu ke-2': the week, not Sunday ('hari Minggu lalu' is Sunday)."""
        nxt = self.lows[i + 1] if self.joined(i + 1) else ""
        prev = self.lows[i - 1] if i > 0 else ""
        if nxt in _WEEK_FOLLOWERS:
            return prev not in _HARI or nxt not in _DIRECTION_AFTER.firsts
        return prev in _NUMBER_WORDS or i > 0 and self.nums[i - 1] is not None

    def bare_weekday(self, a: int, i: int, wd: int, direction, strict):
        k = i + 1
        week = None
        got = _WEEK_AFTER.match(self, k) if self.joined(k) else None
        if got:
            week, k = got
            hit = self.then_paren(a, k, wd)  # 'Kamis minggu lalu (25/8)'
            if hit:
                return hit
        else:
            after = self.after_phrase(k)
            if after and after[0] == "dir" and after[1] != "this":
                direction, strict, k = after[1], True, after[2]
        if self.pub is None:
            return [], k
        if week is not None:
            monday = self.pub - dt.timedelta(days=self.pub.weekday()) + dt.timedelta(weeks=week)
            day = monday + dt.timedelta(days=wd)
        elif a > 0 and self.lows[a - 1] in ("sejak", "since"):
            day = _weekday_near(self.pub, wd, "past", False)  # 'digelar sejak Minggu': begun, today at the latest
        elif wd == self.pub.weekday() and k < self.n and self.lows[k] in _TIMES_OF_DAY and self.joined(k):
            day = self.pub  # 'dijadwalkan berbicara pada Sabtu siang' written on a Saturday: today
        else:
            direction = direction or self.tense_near(a, k, speech_day=True)
            # 'will close on Thursday' written on a Thursday: today would be 'today', so next week
            day = _weekday_near(self.pub, wd, direction, strict or direction == "future")
        return [self.mention(a, k, "date", _safe(day.year, day.month, day.day), relative=True)], k

    def relative(self, i: int, first: int | None = None):
        """'besok', 'kemarin', 'pekan depan', 'bulan lalu', 'next year', 'tahun ini'."""
        got = _RELATIVE.match(self, i)
        if not got:
            return None
        (unit, n), k = got
        hit = self.then_paren(i if first is None else first, k, None) if unit == "day" else None
        if hit:
            return hit
        if self.pub is None:
            return [], k
        start = _shift(self.pub, unit, n)
        return ([self.mention(i if first is None else first, k, "date", start, relative=True)] if start else []), k

    def modified(self, i: int):
        """'awal Mei', 'akhir bulan ini', 'last November', 'next Friday', 'mid-2019', 'later this year'."""
        k, modifier, direction, strict = i, False, None, False
        got = _MODIFIERS.match(self, k)
        if got:
            k, modifier = got[1], True
            hit = self.relative(k, first=i) if self.joined(k) else None
            if hit:  # 'later this year', 'awal pekan depan'
                return hit
        got = _DIRECTION_BEFORE.match(self, k) if k == i or self.joined(k) else None
        if got:
            direction, k = got[0], got[1]
            strict = direction != "this"
        if k == i or not self.joined(k) or k >= self.n:
            return None
        if modifier or direction:
            hit = self.relative(k, first=i)
            if hit:
                return hit
        if direction and not modifier and self.lows[k] in _WEEKDAYS:
            return self.weekday(k, direction, strict, first=i)
        if self.month(k, full_only=True):
            written = self.spec_month_first(k)
            if written and written.end is None and written.start.day is None:  # 'early May 2019'
                hit = self.resolve(k, written)
            else:
                hit = self.month_alone(k, direction, strict, forced=True)
            if hit is not None:
                mentions, e = hit
                return [self._restart(m, i) for m in mentions], e
        if modifier and self.nums[k] is not None:
            got = self.year(k)
            if got:
                return [self.mention(i, got[1], "date", PartialDate(got[0]))], got[1]
        return None

    def _restart(self, m: DateMention, a: int) -> DateMention:
        s = self._offsets[2 * a]
        return DateMention(m.start, m.end, (s, m.span[1]), self.text[s:m.span[1]], m.kind, m.relative,
                           m.day_index, m.days)

    # -- rules: counted days and durations ------------------------------------
    def count_at(self, i: int):
        """(n, next) for '2', 'dua', 'two', 'a'."""
        if i >= self.n:
            return None
        if self.nums[i] is not None:
            return (self.nums[i], i + 1) if len(self.texts[i]) <= 2 else None
        n = _NUMBER_WORDS.get(self.lows[i])
        return (n, i + 1) if n else None

    def numbered_relative(self, i: int):
        """'dua hari lalu', 'three weeks ago', 'sepekan lalu', 'in two days', 'dua hari lagi'."""
        unit = _ONE_UNIT.get(self.lows[i])
        if unit:
            n, k = 1, i + 1
        else:
            got = self.count_at(i)
            if not got or not self.joined(got[1]) or got[1] >= self.n:
                return None
            n, k = got
            unit = _UNITS.get(self.lows[k])
            if unit is None:
                return None
            k += 1
        if n > 100 or not self.joined(k):
            ago = ahead = None
        else:
            ago, ahead = _AGO.match(self, k), _AHEAD.match(self, k)
        if ago:
            sign, k = -1, ago[1]
        elif ahead:
            sign, k = 1, ahead[1]
        elif i > 0 and self.lows[i - 1] in _AHEAD_BEFORE and unit != "year" and self.lows[i] not in _ARTICLES:
            sign = 1  # 'in two days'; 'in a day' is no date
        else:
            return None
        if self.pub is None:
            return [], k
        start = _shift(self.pub, unit, sign * n)
        return ([self.mention(i, k, "date", start, relative=True)] if start else []), k


    def counted(self, i: int):
        """'hari kedua', 'hari ke-2', 'hari terakhir', 'the second day', 'the final day', 'Day Two'."""
        low = self.lows[i]
        if low in _HARI:
            return self._hari_ordinal(i)
        if low in _DAY_EN:  # 'Day Two', 'Day 2'
            got = self.count_at(i + 1) if self.joined(i + 1) else None
            if got and self.lows[i + 1] not in _ARTICLES and self.texts[i][0].isupper():
                return [self.mention(i, got[1], "counted", None, day_index=got[0])], got[1]
            return None
        index = _ORDINALS_EN.get(low)
        if index is None:
            return None
        j = i + 2 if self.is_text(i + 1, "-") and self.tight(i + 1) else i + 1
        if not (self.joined(j) and self.lows[j] in _DAY_EN):
            return None
        if self.joined(j + 1) and self.lows[j + 1] in _OF and self.month(j + 2):
            return None  # 'the first day of May' is a date we do not read
        return [self.mention(i, j + 1, "counted", None, day_index=index)], j + 1

    def _hari_ordinal(self, i: int):
        j = i + 1
        if not self.joined(j) or i > 0 and (self.nums[i - 1] is not None or self.lows[i - 1] in _NUMBER_WORDS):
            return None  # 'dua hari terakhir', '100 hari pertama' count days, they name none
        if self.lows[j] in _ORDINAL_PREFIX:  # 'hari ke-2', 'hari ke 2'
            k = j + 2 if self.is_text(j + 1, "-") else j + 1
            if k < self.n and self.nums[k] is not None and len(self.texts[k]) <= 2 and self.joined(k):
                return [self.mention(i, k + 1, "counted", None, day_index=self.nums[k])], k + 1
            return None
        index = _ORDINALS_ID.get(self.lows[j])
        return ([self.mention(i, j + 1, "counted", None, day_index=index)], j + 1) if index else None

    def duration(self, i: int):
        """'the two-day summit', '2-day', 'KTT dua hari', 'selama tiga hari', 'for three days'."""
        got = self.count_at(i)
        if not got or self.lows[i] in _ARTICLES or not 1 <= got[0] <= 31:
            return None
        n, j = got
        if self.nums[i] is not None and not self.left_clear(i):
            return None
        hyphen = self.is_text(j, "-") and self.tight(j)
        if hyphen:
            j += 1
        if not self.joined(j) or j >= self.n or self.lows[j] not in _DAY_SINGULAR | _DAY_PLURAL:
            return None
        unit_word = self.lows[j]
        before = self.lows[i - 1] if i > 0 and self.joined(i) else ""
        after = self.lows[j + 1] if self.joined(j + 1) else ""
        if before in _DURATION_STOP_BEFORE or after in _DURATION_STOP_AFTER:
            return None
        if unit_word in _DAY_PLURAL and before not in _DURATION_BEFORE:
            return None  # 'three days of talks' may be; 'for three days' surely is
        if unit_word in _DAY_EN and not hyphen and after in ("", ",", "."):
            return None
        return [self.mention(i, j + 1, "duration", None, days=n)], j + 1


# --------------------------------------------------------------------------- arithmetic

@functools.lru_cache(maxsize=4096)
def _year_for(pub: dt.date, spec: _Spec, direction: str | None, strict: bool, end: _Spec | None = None,
              soft: bool = False) -> int:
    """The year a reader gives a month or day (or a range from spec to end) written without one.
    `soft`: the direction comes from the clause's tense, not from a word beside the date."""
    same_year = _safe(pub.year, spec.month, spec.day) if soft and spec.day and direction in ("past", "future") else None
    if same_year is not None:
        ahead = (same_year.first_day() - pub).days
        if direction == "past":
            return pub.year - 1 if ahead > _PAST_SLACK_DAYS else pub.year
        return pub.year + 1 if ahead < -_FUTURE_SLACK_DAYS else pub.year
    here = (pub.month, pub.day if spec.day else 0)
    there = spec.key()
    if direction == "this":
        return pub.year
    if direction == "past":
        return pub.year - 1 if there > here or strict and there == here else pub.year
    if direction == "future":
        return pub.year + 1 if there < here or strict and there == here else pub.year
    # No tense: the publication year, unless the date sits just across New Year
    # ('2 Januari' in an article of 28 December).
    def distance(year):
        wrap = 1 if end is not None and end.key() < spec.key() else 0
        near = _distance(pub, _Spec(year, spec.month, spec.day))
        return min(near, _distance(pub, _Spec(year + wrap, end.month, end.day))) if end else near

    best = pub.year
    if distance(pub.year) > 183:
        for year in (pub.year - 1, pub.year + 1):
            if distance(year) < 92:
                best = year
    return best


@functools.lru_cache(maxsize=4096)
def _distance(pub: dt.date, spec: _Spec) -> int:
    year = spec.year if spec.year is not None else pub.year
    day = spec.day or 15
    try:
        return abs((dt.date(year, spec.month, day) - pub).days)
    except ValueError:
        return 10**6


def _year_by_weekday(spec: _Spec, ys: int, ye: int | None, weekday: int):
    """'Sabtu (28/4)': when the year was inferred, prefer a neighbour year where the weekday fits."""
    for shift in (0, -1, 1):
        got = _safe(ys + shift, spec.month, spec.day)
        if got and got.first_day().weekday() == weekday:
            return ys + shift, (ye + shift if ye is not None else None)
    return ys, ye


@functools.lru_cache(maxsize=4096)
def _weekday_near(pub: dt.date, wd: int, direction: str | None, strict: bool) -> dt.date:
    """The weekday nearest the publication day, forward for the future, back otherwise."""
    if direction in ("future", "this"):
        origin = pub + dt.timedelta(days=1) if strict else pub
        return origin + relativedelta(weekday=rd_weekday(wd)(+1))
    origin = pub - dt.timedelta(days=1) if strict else pub
    return origin + relativedelta(weekday=rd_weekday(wd)(-1))


@functools.lru_cache(maxsize=4096)
def _shift(pub: dt.date, unit: str, n: int) -> PartialDate | None:
    """The period n units from the publication day, at the precision the unit supports."""
    if unit == "day":
        day = pub + relativedelta(days=n)
        return _safe(day.year, day.month, day.day)
    if unit == "week":
        day = pub + relativedelta(weeks=n)
        wednesday = day + relativedelta(days=2 - day.weekday())
        return _safe(wednesday.year, wednesday.month)
    if unit == "month":
        day = pub + relativedelta(months=n)
        return _safe(day.year, day.month)
    return _safe(pub.year + n)


# --------------------------------------------------------------------------- public API

def find_dates(text: str, *, published: dt.date | dt.datetime | None = None,
               language: str | None = None) -> list[DateMention]:
    """All date mentions in text (usually one sentence), in order, non-overlapping."""
    if not isinstance(text, str) or not text:
        return []
    return _Scan(text, _as_date(published), language).run()


def tense_of(text: str, language: str | None = None) -> str | None:
    """'past', 'future' or None: the first tense word of the text that is not a report verb."""
    if not isinstance(text, str):
        return None
    scan = _Scan(text, None, language)
    scan._build_markers()
    mk = scan._markers
    for _, tense, report in mk.strong:
        if not report:
            return tense
    if mk.strong or mk.verbs:
        return "past"
    return mk.weak[0][1] if mk.weak else None


_TIME = re.compile(
    r"(?<![\d.:])([01]?\d|2[0-3])[:.]([0-5]\d)(?::([0-5]\d))?(?![\d])\s*(am|pm|a\.m\.|p\.m\.)?", re.I)
_ZONE = re.compile(
    r"[\s,|(]*(?P<zone>(?P<name>" + "|".join(sorted(map(re.escape, _ZONES), key=len, reverse=True)) + r")\b"
    r"(?:\s*(?P<gsign>[+-])(?P<gh>\d{1,2})(?::?(?P<gm>\d{2}))?\b)?"
    r"|(?P<sign>[+-])(?P<h>\d{2}):?(?P<m>\d{2})\b)", re.I)
_ISO_STAMP = re.compile(
    r"(?<!\d)(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?(?!\d)")
_SEPARATORS = frozenset("-|/·•():\u2013\u2014,")
_PUB_MAX = 120
_YEAR_WRITTEN = re.compile(r"\d{4}|/\d\d(?!\d)")


_PUB_SEPARATORS = re.compile(r"\s*[\u25cf\u2022|\u00b7]\s*")  # "Jakarta ● Mon, October 23, 2023"


def parse_published(line: str) -> dt.datetime | dt.date | None:
    """The publication date of a line such as 'Jumat, 20 April 2018 13:14 WIB' (aware datetime),
    'Published: April 24, 2018' (date), 'date 2018-04-24', or None if the line is something else.
    A place before a bullet or bar ('Jakarta ● Mon, October 23, 2023') is left aside."""
    if not isinstance(line, str):
        return None
    found = _parse_published(line)
    if found is None and (sep := _PUB_SEPARATORS.search(line)) is not None:
        found = _parse_published(line[sep.end():])
    return found


def _parse_published(line: str) -> dt.datetime | dt.date | None:
    line = line.strip()
    if not line or len(line) > _PUB_MAX or not _YEAR_WRITTEN.search(line):
        return None  # a full date needs its year: four digits, or two in '(28/4/18)'
    iso = _ISO_STAMP.search(line)
    if iso and _only_labels(line, [iso.span()]):
        return _from_iso(iso)
    scan = _Scan(line, None, None)
    day, used = _first_full_date(scan)
    if day is None:
        return None
    time = _TIME.search(line, used[0][1])
    if time:
        used.append(time.span())
    zone, zone_span = _zone(line, time.end() if time else used[0][1])
    if zone_span:
        used.append(zone_span)
    if not _only_labels(line, used):
        return None
    if not time or zone is None:
        return day
    hour, minute = int(time.group(1)), int(time.group(2))
    meridiem = (time.group(4) or "").lower().replace(".", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    return dt.datetime(day.year, day.month, day.day, hour, minute, int(time.group(3) or 0), tzinfo=zone)


def _from_iso(match):
    day = dt.date.fromisoformat(match.group(1)) if _valid_iso(match.group(1)) else None
    if day is None or _calendar_year(day.year) != day.year:
        return None
    if not match.group(2) or not match.group(3):
        return day
    try:
        return dt.datetime.fromisoformat(f"{match.group(1)}T{match.group(2)}{match.group(3).replace('Z', '+00:00')}")
    except ValueError:
        return day


def _valid_iso(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _first_full_date(scan: _Scan):
    """The first date with day, month and year written out in the line, and its span."""
    for mention in scan.run():
        if mention.kind == "date" and not mention.relative and mention.start.day is not None:
            return mention.start.first_day(), [mention.span]
    return None, []


def _zone(line: str, pos: int):
    """(tzinfo, span) of the zone written right after pos: 'WIB', 'WITA', 'GMT+7', '+0700', or (None, None)."""
    m = _ZONE.match(line, pos)
    if not m:
        return None, None
    if m.group("sign") or m.group("gsign"):
        sign, hours, minutes = (m.group("sign"), m.group("h"), m.group("m")) if m.group("sign") else \
            (m.group("gsign"), m.group("gh"), m.group("gm"))
        delta = dt.timedelta(hours=int(hours), minutes=int(minutes or 0))
        if delta > dt.timedelta(hours=14):
            return None, None
        return dt.timezone(delta if sign == "+" else -delta), (m.start("zone"), m.end())
    return dt.timezone(dt.timedelta(hours=_ZONES[m.group("name").lower()])), (m.start("zone"), m.end())


def _only_labels(line: str, used: list[tuple[int, int]]) -> bool:
    """Outside the date, time and zone the line holds only labels, weekdays and marks, plus at
    most a short name set off by a separator ('Kompas.com - 20/04/2018, 13:14 WIB').
    Words glued to the date ('KTT digelar pada 25 April 2018') make it a sentence."""
    pieces, pos = [], 0
    for s, e in sorted(used):
        pieces.append(line[pos:s] + " \0 ")  # \0 marks where a used span stood
        pos = max(pos, e)
    scan = _Scan("".join(pieces) + line[pos:], None, None)
    items, i = [], 0
    while i < scan.n:
        hit = _PUB_LABELS.match(scan, i)
        if hit:
            i = hit[1]
            continue
        tok = scan.texts[i]
        if tok == "\0":
            items.append("DATE")
        elif tok in _SEPARATORS:
            items.append("SEP")
        elif tok[0].isalnum() and scan.lows[i] not in _WEEKDAYS:
            items.append("WORD" if tok[0].isalpha() else "NUM")
        i += 1
    if items.count("WORD") > 4:
        return False
    for idx, item in enumerate(items):
        if item in ("WORD", "NUM"):
            for side in (idx - 1, idx + 1):
                if 0 <= side < len(items) and items[side] == "DATE":
                    return False
    return True


_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)([/-])(\d{1,2})\2(\d{1,2})(?!\d)|(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)")


def date_from_url(url: str) -> dt.date | None:
    """The date in a page's address: '/2018/04/26/', '/read/20181108/', '/2018-04-26/'."""
    if not isinstance(url, str):
        return None
    for m in _URL_DATE.finditer(url):
        parts = (m.group(1), m.group(3), m.group(4)) if m.group(1) else (m.group(5), m.group(6), m.group(7))
        try:
            day = dt.date(*(int(p) for p in parts))
        except ValueError:
            continue
        if 1990 <= day.year <= 2100:
            return day
    return None
