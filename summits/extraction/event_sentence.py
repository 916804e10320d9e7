"""What one sentence says about the events it names: dates (also "the same day", "sehari
kemudian", "postponed to"), places, hosts, chairs, themes, how two named events stand to
each other ("di sela", "sesi pleno KTT ..."), and which names only refer back."""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from functools import cache, lru_cache

from . import datesapi
from .datecompare import compatible
from .event_mentions import ROLE_WORDS, Mention, find_mentions
from .lexicons import load
from .memo import per_article
from .orgs import find_orgs
from .places import capital_phrases, find_places
from .text import caseless, holds_any, key_words, trie_pattern, word_search, word_starts
from .types import PartialDate

_STARTS = re.compile(r"\b(?:starts?|started|starting|begins?|began|beginning|opens?|opened|kicked off|dimulai|dibuka|mulai"
                     r"|(?:digelar|berlangsung|diselenggarakan|held|running|under way|underway)\s+(?:sejak|since))"
                     r"\s+(?:on\s+|pada\s+)?$")
_STARTS_WORDS = ("start", "begin", "open", "mulai", "dibuka", "sejak", "since")  # one is in every match of _STARTS
# Phrase patterns that must start a word are searched with word_search(): a leading \b is slow.
_ANAPHORA_HINT = re.compile(r"(?:hari|day|evening|night|malam|sehari|keesokan|esok|ditutup|diakhiri|closed|ended|wrapped)\b")
_ANAPHORA_HINT_WORDS = ("hari", "day", "evening", "night", "malam", "esok", "ditutup", "diakhiri", "closed", "ended",
                        "wrapped")  # one of them is in every match of _ANAPHORA_HINT
_LIMIT_WORDS = ("sejak", "since", "setelah", "sesudah", "after", "sebelum", "before", "by")  # _LIMIT_BEFORE's
# "since the bloc expanded last year" reaches further than "by Mr Lee on Friday" (a host, then the day)
_LIMIT_BEFORE = re.compile(r"(?:\b(?:sejak|since)\b(?:\s+\w+){0,4}|\b(?:setelah|sesudah|after|sebelum|before|by)\b"
                           r"(?:\s+\w+){0,2})\s+(?:pada\s+|in\s+)?$", re.I)
_WITH_BETWEEN = re.compile(r"\s*(?:\w+\s+)?,?\s*(?:dengan|with|by|melalui|through)\s+(?:a |an |the )?")
# (an Indonesian ordinal may close the first name: "KTT ASEAN-GCC kedua dan KTT ASEAN-GCC-Tiongkok")
# ("A and other preparatory meetings", "A and the inaugural B": the date after B is A's too)
_AND_BETWEEN = re.compile(r"\s*(?:(?:pertama|kedua|ketiga|keempat|kelima)\s+)?(?:,?\s*(?:dan|and|serta|as well as)|,)\s*"
                          r"(?:the\s+|an?\s+)?(?:other\s+|inaugural\s+)?")
# "KTT ASEAN-AS yang dihadiri Presiden Trump, serta KTT Asia Timur pada Senin": a clause on the first
# event does not stop the date after the second from being both events' date
_AND_AFTER_CLAUSE = re.compile(r"(?:\s+(?:di|in|at)\s+[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})?"
                               r"\s+(?:yang|which|that|where|di mana)\b[^,.;]{0,100},\s*(?:dan|and|serta|as well as)\s*"
                               r"(?:the\s+|an?\s+)?")
_FOR_EVENT = re.compile(r"\s*,?\s*(?:for|to attend|untuk menghadiri|guna menghadiri)\s+(?:the\s+)?")
# "KTT ke-42 ASEAN di Labuan Bajo dan KTT ke-43 ASEAN di Jakarta": the first one's place does not part them
_AND_PLACED = re.compile(r"(?:\s+(?:di|in|at)\s+[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})?" + _AND_BETWEEN.pattern)
_AND_ONLY = re.compile(r"\s*(?:,|dan|and|serta|as well as)\s*")
_MOVED_TO = re.compile(r"\b(?:to|ke|hingga|sampai)\s+(?:(?:late|early|mid|akhir|awal|pertengahan)\s+)?$")
_UNTIL = re.compile(r"\b(?:until|till|through|hingga|sampai)\s+$")
# "The summit ends on Tuesday", "KTT ditutup pada Selasa": the last day of a known event
_ENDS = re.compile(r"\b(?:ends?|ended|closes?|closed|concludes?|concluded|wraps up|berakhir|ditutup)\s+(?:on\s+|pada\s+)?$")
_THEME = re.compile(r"\b(?:tema|bertema|theme(?:d)?(?: of)?)\s*[:,]?\s*\"([^\"]{3,160}?)[.,]?\"", re.I)
_NAME_WORDS = re.compile(r"[\w'-]+")
_ORDINAL_WORD = re.compile(r"\d+(?:st|nd|rd|th)|[Kk]e-\d+")
_SERIES = re.compile(r"\b(?:[Nn]ext|[Ll]ast) year's\s+$")
_SERIES_AFTER = re.compile(r"\s+(next|last) year\b", re.I)
_THE_BEFORE_NAME = re.compile(r"\b[Tt]he\s+$")
_THIS_BEFORE = re.compile(r"\b(?:[Tt]his|[Tt]hat|[Tt]his year's)\s+$")


@cache
def _alt(*path) -> str:
    """Regex alternation of a phrase list of lexicon/events.json: the longest phrase that fits wins."""
    return _alternation(_phrases(*path))


@cache
def _alt_any_case(*path) -> str | None:
    """The same as a trie for a pattern compiled with re.I or searched in lower-cased text, or
    None when a phrase is not ASCII. (The trie holds the lower-cased phrases: with both 'S' and
    's' branches re.I could settle on a shorter phrase down the first.)"""
    phrases = _phrases(*path)
    return trie_pattern([p.lower() for p in phrases]) if all(p.isascii() for p in phrases) else None


def _phrases(*path) -> list[str]:
    value = load("events")
    for key in path:
        value = value[key]
    return value


def _alternation(phrases) -> str:
    """Shaped as a trie (text.trie_pattern) for ASCII phrases: it picks the same phrase as the
    plain alternation sorted longest first, but its cost does not grow with the list (the
    patterns searched through a window try it at every position). Otherwise that alternation."""
    if all(p.isascii() for p in phrases):
        return trie_pattern(phrases)
    return "|".join(re.escape(w) for w in sorted(phrases, key=len, reverse=True))


@cache
def _lex_regex(template: str, key: str, flags: int = 0):
    """`template` with %s replaced by the alternation of a lexicon list ("relations.at"),
    compiled once: building the pattern anew for every sentence costs more than the search.
    (Called on every sentence: the flags go in by position, a keyword makes each cached call
    several times dearer.)"""
    path = key.split(".")
    return re.compile(template % ((_alt_any_case(*path) or _alt(*path)) if flags & re.I else _alt(*path)), flags)


def _is_reporting(fs: str, date) -> bool:
    """"Jumat mengatakan", "said on Tuesday": the day words were spoken, not an event's date."""
    after = fs[date.span[1]:date.span[1] + 30]
    before = fs[max(0, date.span[0] - 25):date.span[0]]
    return bool(_lex_regex(r"\s+(?:\([\d/]+\)\s*)?(?:%s)\b|,\s*(?:mengatakan|menyatakan|menjelaskan|mengungkapkan|"
                           r"menegaskan|said|told|announced)\b", "reporting_verbs").match(after)
                or holds_any(_needles("reporting_verbs"), before)  # (the regex tries every start of the window)
                and _lex_regex(r"\b(?:%s)(?:\s+\w+)?\s+(?:on|pada)?\s*$", "reporting_verbs").search(before))


def _is_bound(fs: str, date) -> bool:
    """"sejak menjabat pada November", "after 2025": a limit or a time of something else;
    "will depart for Osaka on Thursday", "bertolak ke Bali pada Senin": the day of a departure."""
    return _is_limit(fs, date) or _is_departure(fs, date)


def _is_limit(fs: str, date) -> bool:
    near = fs[max(0, date.span[0] - 30):date.span[0]]  # (the regex tries every start: a word test rules most out)
    return bool((not near.isascii() or holds_any(_LIMIT_WORDS, near.lower())) and _LIMIT_BEFORE.search(near)
                and not _STARTS.search(near))  # "KTT yang digelar sejak Selasa": the first day, no limit


def _is_departure(fs: str, date) -> bool:
    before = fs[max(0, date.span[0] - 45):date.span[0]]
    return bool(holds_any(_needles("travel_verbs"), before)
                and _lex_regex(r"\b(?:%s)\b(?:\s+(?:for|to|in|at|di|ke|dari|from)\s+[A-Z][\w-]*"
                               r"(?:,? [A-Z][\w-]*){0,2})?,?\s+(?:on\s+|pada\s+)?$", "travel_verbs").search(before))


def _attach_dates(fs, mentions, dates):
    """A date belongs to the nearest event name before it; dates that no name precedes go to
    the next name, when that name has no date of its own."""
    leftovers = []
    ends = [m.end for m in mentions]  # mentions are in text order and do not overlap
    starts = [m.start for m in mentions]
    for d in dates:
        if d.kind == "duration":
            k = bisect.bisect_left(starts, d.span[1])  # the nearest name: one of the two around it
            owner = min(mentions[max(0, k - 1):k + 1], key=lambda m: abs(m.start - d.span[1]), default=None)
            if owner is not None and owner.days is None:
                owner.days = d.days
            continue
        k = bisect.bisect_right(ends, d.span[0]) - 1  # the last name ending before the date
        if 0 <= k == len(mentions) - 1 and d.kind == "date" and _ENDS.search(fs[max(0, d.span[0] - 16):d.span[0]]):
            # (not "will close on Thursday with the East Asia Summit": that one is held that day)
            mentions[k].extras["until"] = d
        elif k >= 0 and d.span[0] - ends[k] <= 140:
            _give(mentions[k], d, fs)
        else:
            leftovers.append(d)
    for d in leftovers:
        k = bisect.bisect_left(starts, d.span[1])  # the first name after the date
        if k < len(mentions) and starts[k] - d.span[1] <= 200 and mentions[k].date is None \
                and not _in_relative_clause(fs, d, starts[k]):
            _give(mentions[k], d, fs)
    for i, men in enumerate(mentions):  # "Pada hari kedua KTT, para pemimpin menggelar sesi retreat": the session's day
        if men.level == "summit" and men.counted is not None:
            later = next((m for m in mentions[i + 1:] if m.level == "meeting"), None)
            if later is not None and later.date is None and later.counted is None:
                later.counted = men.counted
    for d in dates:  # "dibuka pada Selasa (13/11) dengan sesi pleno": the session is that day too
        k = bisect.bisect_left(starts, d.span[1])
        nxt = mentions[k] if k < len(mentions) else None
        if nxt is not None and nxt.date is None and d.kind in ("date", "range") and _WITH_BETWEEN.fullmatch(
                fs[d.span[1]:nxt.start]):
            _give(nxt, d, fs)
    for i in range(len(mentions) - 1):  # "Pada Sabtu (14/11) ... KTT ASEAN Plus Tiga dan KTT Asia Timur"
        a, b = mentions[i], mentions[i + 1]
        if b.date is None and a.date is not None and a.date.span[1] <= a.start and _AND_PLACED.fullmatch(
                fs[a.end:b.start]):
            b.date = a.date
    # "a state visit to India on Dec 4-5 for the 23rd Annual Summit", "a working visit to Jakarta on June 27
    # and 28 for the 13th Annual Consultation": what a visit is made for is held on its days
    for a, b in zip(mentions, mentions[1:]):
        if b.date is None and (b.level == "summit" or _VISIT.search(a.name)) and a.date is not None \
                and a.date.span[1] <= b.start \
                and a.date.span[0] >= a.end and _FOR_EVENT.fullmatch(fs, a.date.span[1], b.start):
            b.date = a.date
    for i in range(len(mentions) - 2, -1, -1):  # "KTT Asia Timur dan KTT ASEAN Plus Tiga pada Kamis"
        a, b = mentions[i], mentions[i + 1]
        between = fs[a.end:b.start]
        if a.date is None and b.date is not None and (_AND_PLACED.fullmatch(between)
                                                      or _AND_AFTER_CLAUSE.fullmatch(between)):
            a.date = b.date


_RELATIVE_OPEN = re.compile(r",\s+(?:who|which|yang)\s[^,;]*$")


def _in_relative_clause(fs: str, d, name_start: int) -> bool:
    """"Takaichi, who took office Tuesday, is expected to hold talks": the day of a clause set
    off by commas is not that of the event named after the clause."""
    return "," in fs[d.span[1]:name_start] and _RELATIVE_OPEN.search(fs, max(0, d.span[0] - 80), d.span[0]) is not None


def _postponed_to(before: str) -> bool:
    """"postponed to late June" just before a date. (The re.I regex tries every start of the window:
    an ASCII window without the phrases' words, lower-cased, is ruled out first.)"""
    if before.isascii() and not holds_any(_needles("postponed", True), before.lower()):
        return False
    return bool(_lex_regex(r"\b(?:%s)\s+(?:(?:late|early|mid|akhir|awal|pertengahan)\s+)?$", "postponed",
                           re.I).search(before))


def _give(owner: Mention, d, fs: str):
    before = fs[max(0, d.span[0] - 30):d.span[0]]
    moved = _postponed_to(before) or (
        # "postponed the summit, due in April, to late June" (looked for near the date: linear)
        _MOVED_TO.search(before)
        and _lex_regex(r"\b(?:%s)\b", "postpone_verbs", re.I).search(fs, max(0, d.span[0] - 200), d.span[0]))
    if moved:
        owner.date = d  # "postponed to late June": the new date replaces the old one
        owner.extras["postponed"] = True
        return
    if owner.extras.get("postponed"):
        return
    if holds_any(_STARTS_WORDS, before) and _STARTS.search(before):  # "the two-day summit that starts on Tuesday"
        owner.extras["starts"] = d
        owner.date = d
        return
    if _UNTIL.search(before[-10:]):
        owner.extras["until"] = d  # "runs until Thursday": the end of a known event
        return
    if d.kind == "counted":
        owner.counted = owner.counted or d
    elif owner.date is None or (owner.date.start and d.start and owner.date.start.precision != "day"
                                and d.start.precision == "day") \
            or (d.kind == "range" and owner.date.kind != "range" and d.start == owner.date.start) \
            or (owner.date.relative and not d.relative and d.start is not None
                and compatible(d.start, owner.date.start)):
        owner.date = d


def _attach_places(fs, mentions, language):
    # "di Nusa Dua", "in the city of Manila", "di Istana Kepresidenan Bogor", "at the Jakarta Convention Center"
    # "di Kairo, Mesir": a city the gazetteer lacks, then its country
    # "di Museum of Modern Art, Rio de Janeiro": a venue's name may hold "of"
    at = _lex_regex(r"(?:^|\s)(?:%s)\s+(?:the\s+)?(?:(?:[A-Z][\w'-]*|of),?\s+){0,4}$", "locatives")
    topic = _lex_regex(r"\b(?:%s)\s+(?:di|in)\s+(?:the\s+)?$", "topic_nouns", re.I)
    towards = _lex_regex(r"(?:^|\s)(?:%s)\s+$", "locatives_before", re.I)
    # places a sentence names, but not as the topic ("the crisis in Myanmar"); those after "di"/"in"
    every = [p for p in find_places(fs, language) if p.kind != "demonym" and not _after_topic(topic, fs, p.start)]
    capitals = capital_phrases(fs, language)
    if capitals:  # "in the Malaysian capital": Kuala Lumpur (the demonym itself is no place)
        every = sorted(every + capitals, key=lambda p: p.start)
    tail = _attribution(fs, mentions)
    if tail:  # where the speaker spoke is no event's place
        every = [p for p in every if not tail[0] <= p.start < tail[1]]
    places = [p for p in every if at.search(fs[max(0, p.start - 50):p.start])]
    starts = [p.start for p in places]
    every_starts = [p.start for p in every]
    for i, men in enumerate(mentions):
        limit = mentions[i + 1].start if i + 1 < len(mentions) else len(fs)
        reach = 20 if men.backref else 90  # "the summit in Singapore"; a back-reference names no far place
        lo, hi = bisect.bisect_left(starts, men.end), bisect.bisect_left(starts, min(limit, men.end + reach + 1))
        mine = places[lo:hi]
        if mine:
            men.place = mine[0]
            men.extras["places"] = mine
            continue
        visited = _visited(fs, men, every, every_starts)
        if visited is not None:
            men.place = visited
            continue
        # "flying to Port Moresby, Papua New Guinea, for the APEC ... Meeting"
        earliest = max(mentions[i - 1].end if i else 0, men.start - 90)
        lo, hi = bisect.bisect_left(every_starts, earliest), bisect.bisect_left(every_starts, men.start)
        before = [p for p in every[lo:hi] if p.end <= men.start and towards.search(fs[max(0, p.start - 16):p.start])]
        if before:
            men.place = before[-1]


_VISIT = re.compile(r"\b(?:visits?|kunjungan)\b", re.I)
_VISITS_REACH = 160  # characters after "visits to": a few states, each with its days


def _split_visits(fs, mentions, dates, language):
    """"state visits to Malaysia from April 15 to 17 and Cambodia from April 17 to 18": one visit
    to each state, on the days told after it."""
    out = []
    for men in mentions:
        if not (men.name.lower().endswith("visits") and fs.startswith(" to ", men.end)):
            out.append(men)
            continue
        window = fs[men.end:men.end + _VISITS_REACH]
        states = [p._replace(start=p.start + men.end, end=p.end + men.end)
                  for p in find_places(window, language) if p.kind in ("country", "alias")]
        for i, state in enumerate(states):
            limit = states[i + 1].start if i + 1 < len(states) else men.end + _VISITS_REACH
            day = next((d for d in dates if state.end <= d.span[0] < limit and d.kind in ("date", "range")), None)
            out.append(dataclasses.replace(men, name=f"{men.name[:-1]} to {state.text}", place=state,
                                           date=day or men.date, extras=dict(men.extras)))
        if not states:
            out.append(men)
    return out
_TO_PLACE = re.compile(r"^\s+(?:to|ke)\s+(?:the\s+)?$")


def _visited(fs, men, every, every_starts):
    """"an official visit to Seoul", "kunjungan kenegaraan ke Jepang": where a visit goes (the
    place right after it, only "to"/"ke" between)."""
    if not _VISIT.search(men.name):
        return None
    k = bisect.bisect_left(every_starts, men.end)
    if k < len(every) and _TO_PLACE.match(fs[men.end:every[k].start]):
        return every[k]
    return None


def _after_topic(topic, fs: str, pos: int) -> bool:
    """"the crisis in Myanmar": a topic noun and "di"/"in" (maybe "the") just before pos. The
    pattern ends with one of those words and spacing: a window ending otherwise needs no search
    (the search tries every start in the window)."""
    window = fs[max(0, pos - 30):pos]
    low = caseless(window)
    if low is not None and not low.rstrip().endswith(("di", "in", "the")):
        return False
    return topic.search(window) is not None


def _country_in(text: str, language) -> str | None:
    found = [p for p in find_places(text, language) if p.kind != "demonym"]  # "Phnom Penh hosted ..."
    return found[0].code if found else None


_COUNTRY = r"([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3})"

# (pattern, whether the event it speaks of is named before it, words every match holds: a
# cheap `in` test spares the regex scan of sentences without them)
_CHAIR_PATTERNS = tuple((re.compile(pat), before, needles) for pat, before, needles in (
    (rf"\bdiketuai(?: bersama)?(?: oleh)? {_COUNTRY}", True, ("diketuai",)),
    (rf"\b(?:co-)?chaired by (?:the )?{_COUNTRY}", True, ("chaired by",)),
    (rf"\bkeketuaan {_COUNTRY}", False, ("keketuaan",)),
    (rf"{_COUNTRY}(?:'s)? chairmanship", False, ("chairmanship",)),
    # "Indonesia holds the ASEAN chairmanship", "Malaysia memegang keketuaan ASEAN"
    (rf"{_COUNTRY} (?:holds|held|assumes|assumed|takes over|took over|memegang|menjabat) (?:the )?"
     rf"(?:[A-Z][\w-]* )?(?:chairmanship|keketuaan)\b", False, ("chairmanship", "keketuaan")),
    (rf"{_COUNTRY},? (?:sebagai|as) (?:the )?(?:[Kk]etua|[Cc]hair)\b", False, ("etua", "hair")),
    (rf"{_COUNTRY}, (?:the )?[Cc]hair of\b", False, ("hair of",)),
))
_HOST_PATTERNS = tuple((re.compile(pat), before, needles) for pat, before, needles in (
    (rf"{_COUNTRY} (?:sebagai|as) (?:the )?(?:tuan rumah|host)\b", False, ("tuan rumah", "host")),
    (rf"\btuan rumah(?: penyelenggaraan)?,? {_COUNTRY}", True, ("tuan rumah",)),
    (rf"\bhosted by (?:the )?{_COUNTRY}", True, ("hosted by",)),
    (rf"{_COUNTRY}(?:, (?:the|a|an|which|who|sebagai|selaku)\b[^,]{{1,60}},)?,? (?:yang |which |who )?"
     rf"(?:(?:will|would|akan|is set to|is to|is due to|is scheduled to|(?:is|are) (?:arranging|planning|preparing|ready|"
     rf"seeking|expected) to|plans to|offered to|last|previously|also|again|first|once)\s+)*"
     rf"(?:host|hosts|hosted|menjadi tuan rumah)\b", False, ("host", "tuan rumah")),
))


def _matches(patterns, fs):
    """(match, whether its event is named before it) of the patterns whose words fs holds."""
    for pat, before, needles in patterns:
        if holds_any(needles, fs):
            for m in pat.finditer(fs):
                yield m, before


def _attach_roles(fs, mentions, language, context):
    """Hosts, chairs and themes stated in the sentence."""
    def nearest(pos, prefer_before=True):
        before = [m for m in mentions if m.start < pos]
        after = [m for m in mentions if m.start >= pos]
        if prefer_before and before:
            return before[-1]
        return after[0] if after else (before[-1] if before else None)

    lowered = fs.lower()
    if not holds_any(("ketua", "chair", "tuan rumah", "host", "tema", "theme"), lowered):
        return
    for m, before in _matches(_CHAIR_PATTERNS, fs):
        code = _country_in(m.group(1), language)
        target = nearest(m.start(), before) if code else None
        if target is not None:
            target.chair = target.chair or code
    for m, before in _matches(_HOST_PATTERNS, fs):
        code = _country_in(m.group(1), language)
        if code is None and m.group(1) in ("It", "Ia", "The country", "Negara itu", "Negara tersebut"):
            code = context.get("host")  # "It last hosted an ASEAN Summit in 2007": the host named before
        target = nearest(m.start(), before) if code else None
        if target is not None:
            target.host_country = target.host_country or code
            context["host"] = code
    if fs.isascii() and "tema" not in lowered and "theme" not in lowered:
        return  # (re.I finds nothing an ASCII text does not hold lower-cased)
    for m in _THEME.finditer(fs):
        target = nearest(m.start(), True)
        if target is not None:
            target.theme = target.theme or m.group(1).strip()


def _vague(date) -> bool:
    """No date, or only a year ("tahun ini"): a nearer event can still tell the day."""
    return date is None or date.start is None or date.start.precision == "year"


_SIDELINE_WORDS = ("sela", "sideline", "margin", "rangka", "part of", "bagian dari")  # in every relations.at phrase
_AT_TOLD_REACH = 150  # characters before the first name


@cache
def _at_told_regex():
    """"di sela pertemuan", "on the sidelines of the meeting": in lower-cased text."""
    return re.compile(r"(?:^|\s)(?:%s)\s+(?:%s)(?:\s+(?:tersebut|itu|ini))?(?:\s*[,.;]|\s+[a-z])"
                      % (_alt_any_case("relations", "at"), _alt_any_case("told_gathering_nouns")))


def _held_at_told(fs, mentions):
    """"Di sela pertemuan, Menlu melakukan pertemuan bilateral ...": a meeting named after "di sela"
    and a bare noun that refers back is held at the gathering told before (events.py finds it)."""
    first = mentions[0]
    if first.level != "meeting" or first.host is not None:
        return
    window = fs[max(0, first.start - _AT_TOLD_REACH):first.start]
    if not holds_any(_SIDELINE_WORDS, window):
        return
    low = caseless(window)
    m = _at_told_regex().search(low if low is not None else window.lower())
    # "di sela pertemuan AMM": named, not a back-reference (the text is lower-cased: look at the original)
    if m is not None and (low is None or not window[m.end() - 1:m.end()].isupper()):
        first.extras["at_told"] = True


def _attach_relations(fs, mentions):
    """"X di sela Y" / "X on the sidelines of Y": X is held at Y. "sesi pleno KTT ...": part of."""
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        gap = fs[a.end:b.start]
        if _lex_regex(r"(?:^|\s)(?:%s)\s+(?:the\s+)?$", "relations.at", re.I).search(gap) and len(gap) < 120:
            a.host = i + 1
            if _vague(a.date) and b.date is not None and b.date.end is None and b.date.kind != "range":
                # "X di sela Y, Kamis (11/5)": the day is X's; a meeting Y (not a summit of
                # several days) is most likely held that day too
                a.date, b.date = b.date, (b.date if b.level == "meeting" else None)
            j = i - 1  # "A dan B di sela C": A is held at C too
            while j >= 0 and _AND_ONLY.fullmatch(fs[mentions[j].end:mentions[j + 1].start]):
                mentions[j].host = i + 1
                if _vague(mentions[j].date):
                    mentions[j].date = a.date
                j -= 1
        elif a.level == "meeting" and b.level == "summit" \
                and _lex_regex(r"\s*(?:(?:%s)\s+)?(?:the\s+)?", "relations.of", re.I).fullmatch(gap):
            a.part_of = i + 1
            if a.date is None and b.date is not None and b.date.start and b.date.start.precision == "day" \
                    and b.date.end is None:
                a.date, b.date = b.date, None
        elif "meeting" in (a.level, b.level) and (_vague(b.date) or a.date is None) and len(gap) < 80 \
                and _lex_regex(r"(?:^|\s)(?:pada|dalam|during|at|%s)\s+(?:the\s+)?$", "relations.at",
                               re.I).search(fs[max(0, a.start - 30):a.start]):
            # "pada sesi retreat ... akan dilaksanakan KTT IMT-GT", "Di sela sesi pleno, ... bilateral",
            # "Di sela KTT tersebut, Presiden melakukan pertemuan bilateral ..."
            b.host = i
            if b.date is None and a.backref and a.date is not None and a.date.kind == "date" and a.date.end is None:
                a.date, b.date = None, a.date  # "On the sidelines of the summit on Monday, X held talks": the talks' day


@cache
def _generic_words() -> frozenset[str]:
    return frozenset(load("events")["generic_summit_words"])


@lru_cache(maxsize=4096)
def _has_proper_name(name: str) -> bool:
    """"KTT Asia Zero Emission Community", "Joint Arab-Islamic Extraordinary Summit": a named
    summit even when its organisation is unknown; "KTT", "KTT Peringatan", "the summit" are not."""
    words = [w for w in _NAME_WORDS.findall(name) if w[0].isupper() and w not in _generic_words()
             and not _ORDINAL_WORD.fullmatch(w)]
    # "Arab-Islamic Summit", "China-Africa summit": two proper names joined by a hyphen are a name too
    joined = any("-" in w and all(part[:1].isupper() for part in w.split("-")) for w in words)
    return len(words) >= 2 or joined or any(w.isupper() and len(w) > 1 for w in words)


def _mark_backrefs(fs, mentions):
    for men in mentions:
        if men.level != "summit" and " " not in men.name \
                and _lex_regex(r"\s+(?:%s)\b", "backref_after").match(fs, men.end):
            men.extras["this"] = True  # "Forum ini akan ditutup ...": the forum told before
        if men.level != "summit" or men.ordinal or men.extras.get("indefinite"):
            continue
        follows = fs[men.end:men.end + 14]
        precedes = fs[max(0, men.start - 12):men.start]
        if _SERIES.search(precedes):
            men.backref = False  # "next year's summit": the next one of the same series
            men.extras["series"] = 1 if precedes.rstrip().lower().endswith("next year's") else -1
        elif (after := _SERIES_AFTER.match(follows)) and _THE_BEFORE_NAME.search(precedes):
            men.backref = False  # "which will host the summit next year": the same
            men.extras["series"] = 1 if after.group(1).lower() == "next" else -1
        elif (men.org is None and not _has_proper_name(men.name)) \
                or _lex_regex(r"\s+(?:%s)\b", "backref_after").match(follows) \
                or _THIS_BEFORE.search(precedes):
            men.backref = True


@cache
def _regex(pattern: str, flags: int = 0):
    """Compiled once: these patterns are built from lexicons and used on every sentence."""
    return re.compile(pattern, flags)


@cache
def _words(key: str, lower: bool = False):
    """The phrases of lexicon list `key` as whole words, the leading \b left to word_search()."""
    word_starts(load("events")[key])
    body = (_alt_any_case(key) or _alt(key).lower()) if lower else _alt(key)
    return re.compile(rf"(?:{body})\b")


@cache
def _needles(key: str, lower: bool = False) -> tuple[str, ...]:
    """Words each phrase of list `key` holds (see text.key_words)."""
    phrases = load("events")[key]
    return key_words([p.lower() for p in phrases] if lower else phrases)


def _search_words(key: str, text: str, lower: bool = False):
    """word_search() for the phrases of list `key`; no scan when none of their words is in text."""
    return word_search(_words(key, lower), text) if holds_any(_needles(key, lower), text) else None


def _has_words(key: str, fs: str) -> bool:
    """Any phrase of list `key` in fs, in any case (re.I only for the rare text that needs it)."""
    low = caseless(fs)
    if low is None:
        return bool(_regex(rf"\b(?:{_alt_any_case(key) or _alt(key)})\b", re.I).search(fs))
    return _search_words(key, low, lower=True) is not None


def _attach_modes(fs, men_list):
    if _has_words("virtual", fs):
        for men in men_list:
            men.virtual = True


def _day_anaphora(fs: str, last_day, dates, last_span=None):
    """"Sehari kemudian", "the day before", "the same day": a day counted from the day named
    before it in the sentence ("on 10 May and the retreat the following day"), else from the
    last dated event of the sentences before. A day before a span is before its first day, a
    day after it after its last ("KTT pada 15-17 April ... Forum Bisnis sehari sebelumnya")."""
    if not holds_any(_ANAPHORA_HINT_WORDS, fs) or not word_search(_ANAPHORA_HINT, fs):
        return None
    for key, step in (("day_after", 1), ("day_before", -1), ("same_day", 0)):
        m = _search_words(key, fs)
        if not m:
            continue
        before = [d for d in dates if d.start is not None and d.start.precision == "day" and d.span[1] <= m.start()]
        if before:
            last = before[-1]
            base = (last.end if step > 0 and last.end is not None and last.end.precision == "day"
                    else last.start).first_day()
        elif step and last_span is not None:
            base = last_span[0] if step < 0 else last_span[1]
        else:
            base = last_day
        if base is None and step == 0:
            return datesapi.DateMention(start=None, end=None, span=m.span(), text=m.group(), kind="date", relative=True)
        if base is not None:
            day = PartialDate.from_date(base + dt.timedelta(days=step))
            return datesapi.DateMention(start=day, end=None, span=m.span(), text=m.group(), kind="date", relative=True)
    return None


def _same_time(fs: str, dates, last_span):
    """"pada waktu yang sama": the day or days of the event told last, in the sentence or before it."""
    if "waktu" not in fs and "saat" not in fs:
        return None
    m = _search_words("same_time", fs)
    if m is None:
        return None
    before = [d for d in dates if d.start is not None and d.start.precision == "day" and d.span[1] <= m.start()]
    if before:
        start, end = before[-1].start, before[-1].end
    elif last_span is not None:
        start = PartialDate.from_date(last_span[0])
        end = PartialDate.from_date(last_span[1]) if last_span[1] != last_span[0] else None
    else:
        return None
    return datesapi.DateMention(start=start, end=end, span=m.span(), text=m.group(), kind="range" if end else "date",
                                relative=True)


def _sentence_dates(fs, mentions, language, published, last_day, last_span=None):
    """Dates of the sentence, with "the same day"/"sehari kemudian" worked out."""
    dates = datesapi.find_dates(fs, published=published, language=language)  # only where events are named
    low = fs.lower()  # the phrase lists are lower-case: cheaper than re.I
    low = low if len(low) == len(fs) else fs  # (a few letters grow when lower-cased; keep offsets true)
    link = _search_words("same_day_links", low)
    if link:  # "Pertemuan ditutup dengan jamuan ...": on the day of the event told just before
        after = next((m for m in mentions if m.start >= link.end()), None)
        if after is not None:
            after.extras["same_day_as_previous"] = True
    anaphora = _day_anaphora(low, last_day, dates, last_span) or _same_time(low, dates, last_span)
    if anaphora is not None and anaphora.start is not None \
            and not any(d.span[0] < anaphora.span[1] and anaphora.span[0] < d.span[1] for d in dates):
        dates = sorted(dates + [anaphora], key=lambda d: d.span)
    return _event_dates(fs, dates, mentions)


def _event_dates(fs, dates, mentions=()) -> list:
    """The dates that may be an event's: not the day words were said, nor the day a journey
    began (unless it opens a visit)."""
    tail = _attribution(fs, mentions) if dates else None
    out, trips = [], []
    for d in dates:
        if _is_reporting(fs, d) or (tail and tail[0] <= d.span[0] < tail[1]):
            continue
        if _is_bound(fs, d) and not _opens_visit(d, mentions):
            if d.kind == "date" and d.start is not None and d.start.day is not None and not _is_limit(fs, d):
                trips.append(dataclasses.replace(d, start=PartialDate(d.start.year, d.start.month)))
            continue
        out.append(d)
    # "will fly to Canberra on Wednesday for the Annual Leaders' Meeting": with no day of its own in the
    # sentence, the meeting is on that trip, in that month at least
    return out or trips


_ATTRIBUTION_END = re.compile(r'"|\b(?:adding|menambahkan|seraya|sambil|bahwa|that|while)\b')


def _attribution(fs: str, mentions=()) -> tuple[int, int] | None:
    """'"...," kata Sugiono di Kompleks Istana, Jakarta, Selasa (28/10)': (start, end) of the tail that
    says who spoke, where and when, or None; also None when an event is named in it ("ujar
    Jokowi usai KTT ASEAN di Singapura, Sabtu": the speaker's day may be the event's)."""
    tail = _attribution_tail(fs)
    return None if tail is None or any(tail[0] <= men.start < tail[1] for men in mentions) else tail


@per_article(maxsize=256)
def _attribution_tail(fs: str) -> tuple[int, int] | None:
    """(Cached: asked for the dates and again for the places of the same sentence.)"""
    if not holds_any(_needles("attribution_verbs"), fs):
        return None
    m = _lex_regex(r"(?:[\"\u201d]\s*,?|,)\s*(?:%s)\b", "attribution_verbs").search(fs)
    if m is None:
        return None
    more = _ATTRIBUTION_END.search(fs, m.end())  # '..., adding that the summit opens on Friday': no longer the tail
    return m.start(), (more.start() if more else len(fs))


def _opens_visit(date, mentions) -> bool:
    """"tiba di Hanoi pada Minggu (9/3) untuk kunjungan kenegaraan": the day of arrival is the
    first day of a visit (not of a summit, which the traveller arrives ahead of)."""
    after = next((m for m in mentions if m.start >= date.span[1]), None)
    return after is not None and after.start - date.span[1] <= 40 and _VISIT.search(after.name) is not None


@cache
def _told_openings() -> tuple[str, ...]:
    return tuple({p.split()[0] for p in load("events")["told_gathering_nouns"]})


@cache
def _refers_back_regex():
    return re.compile(r"(?:%s)(?:\s+(?:itu|tersebut|ini|sendiri))?\s+(?:(?:akan|telah|sudah|juga|has|had|will)\s+)?"
                      r"(?:berlangsung|digelar|diadakan|dilaksanakan|diselenggarakan|dijadwalkan|was held|were held|"
                      r"is held|be held|took place|take place|takes place|is scheduled|was scheduled|runs|ran)\b"
                      % _alt_any_case("told_gathering_nouns"))


def refers_back(fs: str) -> bool:
    """"Pertemuan itu berlangsung pada ...", "The meeting was held on ...": a sentence opening with
    a gathering told before, and when it is held."""
    low = fs[:60].lower()
    return low.startswith(_told_openings()) and _refers_back_regex().match(low) is not None


@cache
def _lasts_until_regex():
    return re.compile(r"\b(?:%s)(?:\s+(?:itu|tersebut|ini))?\s+(?:yang\s+|which\s+)?(?:akan\s+|will\s+)?"
                      r"(?:berlangsung|run|runs|lasts?)\s+(?:hingga|sampai|until|through)\s+(?:pada\s+|on\s+)?"
                      % _alt_any_case("told_gathering_nouns"))


def lasts_until(fs: str) -> int | None:
    """"membuka pertemuan yang berlangsung hingga Jumat (31/1) tersebut": where the last day of a
    gathering told before is written, or None."""
    low = caseless(fs)
    if low is None or not ("hingga" in low or "sampai" in low or "until" in low or "through" in low):
        return None
    m = _lasts_until_regex().search(low)
    return m.end() if m else None


_ARRIVED = re.compile(r"\b(?:tiba|mendarat|arrived|landed)\s+(?:kembali\s+)?(?:di|in|at)\s")
_ARRIVAL_REACH = 120  # characters after "tiba di": the airport, its city and country


def arrival_place(fs: str, language):
    """The place a sentence says someone arrived at ("tiba di Bandar Udara Internasional Kuala
    Lumpur, Malaysia"): the first city named after the verb, else its country; None when no
    one arrives (or when he arrives home: "tiba kembali di Tanah Air")."""
    low = caseless(fs)
    if low is None or not ("tiba" in low or "arrived" in low or "landed" in low or "mendarat" in low):
        return None
    m = _ARRIVED.search(low)
    if m is None or "kembali" in m.group():
        return None
    places = [p for p in find_places(fs[m.end():m.end() + _ARRIVAL_REACH], language)
              if p.kind in ("city", "country", "alias", "province", "place")]
    if not places or places[0].code == "ID" and places[0].kind == "alias":
        return None  # "tiba di Tanah Air": home
    return next((p for p in places if p.kind == "city"), places[0])


def told_dates(fs, language, published) -> list:
    """Dates of a sentence that names no event which may be an event's (see _event_dates)."""
    return _event_dates(fs, datesapi.find_dates(fs, published=published, language=language))


def _same_day_as_before(mentions):
    """"sesi pleno pada Minggu (26/10), yang dilanjutkan dengan sesi retreat": the retreat takes the
    day of the event named before it in the same sentence (across sentences, events.py links them)."""
    for i, men in enumerate(mentions):
        if men.date is None and men.extras.get("same_day_as_previous"):
            dated = [m.date for m in mentions[:i] if m.date is not None and m.date.kind == "date"]
            if dated:
                men.date = dated[-1]


_FINAL_DAY = re.compile(r"^,?\s*(?:the\s+)?(?:final|last)\s+day\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?(\w+)"
                        r"|^,?\s*hari\s+terakhir\s+(\w+)", re.I)


_FINAL_REACH = 300  # characters


def _final_days(fs, mentions, dates):
    """"on Saturday, the final day of the visit": that day ends the visit."""
    starts = [men.start for men in mentions]
    for d in dates:
        m = _FINAL_DAY.match(fs[d.span[1]:d.span[1] + 40])
        if not m:
            continue
        noun = (m.group(1) or m.group(2)).lower()
        # the visit is named near the day: a bounded look keeps a long sentence linear
        near = mentions[bisect.bisect_left(starts, d.span[0] - _FINAL_REACH):
                        bisect.bisect_right(starts, d.span[1] + _FINAL_REACH)]
        owner = next((men for men in near if noun in men.name.lower()), None)
        if owner is not None and d.start is not None:
            owner.extras["until"] = d


def _implied_summit(idx, fs) -> list[Mention]:
    """"Malaysia, sebagai Ketua ASEAN 2025, mengusung tema ...": a theme or chair stated with no
    event named is the summit told before's (a back-reference the sentence leaves out)."""
    if word_search(ROLE_WORDS, fs) is None:
        return []
    if not (_THEME.search(fs) or any(True for _ in _matches(_CHAIR_PATTERNS, fs))):
        return []
    return [Mention(idx, 0, 0, "summit", "summit", "summit", backref=True)]


def read_sentence(idx, fs, language, published, last_day=None, context=None, found=None) -> list[Mention]:
    """Event names of one sentence with what the sentence says about them. `last_day`: the
    day of the last dated event before this sentence (for "sehari kemudian"); `context`: what
    earlier sentences left to refer back to (the last host named); `found`: its event words
    from the scan of the whole text (see find_mentions)."""
    mentions = find_mentions(idx, fs, language, found) or _implied_summit(idx, fs)
    if not mentions:
        return []
    dates = _sentence_dates(fs, mentions, language, published, last_day, (context or {}).get("last_span"))
    _attach_dates(fs, mentions, dates)
    _same_day_as_before(mentions)
    _final_days(fs, mentions, dates)
    _attach_places(fs, mentions, language)
    if "visits to" in fs:
        mentions = _split_visits(fs, mentions, dates, language)
    _attach_roles(fs, mentions, language, {} if context is None else context)
    _attach_relations(fs, mentions)
    _held_at_told(fs, mentions)
    _mark_backrefs(fs, mentions)
    _attach_modes(fs, mentions)
    for men in mentions:  # talks at a gathering of several days: whether told as done or to come (see events.py)
        if men.kind == "bilateral" and men.date is None and (men.host is not None or men.extras.get("at_told")):
            men.extras["done"] = datesapi.tense_of(fs, language) == "past"
    for men in mentions:
        step = men.extras.get("series")
        if step and men.date is None and published is not None:
            year = PartialDate(published.year + step)
            men.date = datesapi.DateMention(start=year, end=None, span=(men.start, men.start), text="",
                                            kind="date", relative=True)
        elif step and published is not None and _year_left_out(men.date, published):
            # "next year's APEC meetings in Shenzhen in November": that November is next year's
            men.date = dataclasses.replace(men.date, start=dataclasses.replace(
                men.date.start, year=published.year + step), end=None)
    for men in [m for m in mentions if "-" in m.name]:
        org_ends = {end for _, end, _ in find_orgs(men.name)} | {men.extras.get("series_end")}  # "AEM-Jepang"
        partners = [(p.start, p.end, p.code) for p in find_places(men.name, language) if p.kind in ("country", "alias")]
        partners += _orgs_after_hyphens(men.name)  # "KTT ASEAN-GCC", "KTT ASEAN-GCC-Tiongkok"
        for start, end, code in sorted(partners):
            if start - 1 in org_ends and men.name[start - 1] == "-" and code not in men.partners:
                men.partners += (code,)  # "KTT ASEAN-Rusia", "ASEAN-Australia Special Summit"
                org_ends.add(end)
    for men in mentions:
        if men.backref and men.org is None and men.level == "summit":
            _named_by_place(men, language)
    return mentions


def _year_left_out(date, published) -> bool:
    """A month, or a day of a month, whose year the text left out (read as the publication year's);
    not a weekday, which names a day near the publication day."""
    return (date is not None and date.kind == "date" and date.relative and date.start is not None
            and date.start.month is not None and date.start.year == published.year
            and (date.start.day is None or any(c.isdigit() for c in date.text)))


def _orgs_after_hyphens(name: str) -> list[tuple[int, int, str]]:
    """Organisations joined to what goes before by a hyphen ("ASEAN-GCC"), which a search for
    whole names leaves out."""
    found = []
    for i, char in enumerate(name):
        if char == "-":
            first = find_orgs(name[i + 1:])
            if first and first[0][0] == 0:
                found.append((i + 1, i + 1 + first[0][1], first[0][2]))
    return found


def _named_by_place(men: Mention, language):
    """"the Bali summit in November 2022", "KTT Bali": a summit named by where it was held; it says
    where, and with a date of its own it is an event even when nothing told before is it."""
    places = [p for p in find_places(men.name, language) if p.kind in ("city", "province", "place")]
    if places:
        men.extras["named_place"] = True
        men.place = men.place or places[0]
