"""Finding event names in one sentence: summits (KTT ..., ... Summit) and meetings of a
known kind (plenary, retreat, SOM, ministerial, ...), with organisation, ordinal, mode."""
from __future__ import annotations

import bisect
import dataclasses
import itertools

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .lexicons import load
from .orgs import find_orgs
from .text import PhraseIndex, boundary_matches, spans_in, trie_pattern, word_finditer, word_search

_NAME_WORD = re.compile(r"[A-Z0-9][\w'.+]*(?:-[\w'+]+)*|ke-\d+|[A-Z]\w*")
_ORDINAL_NUM = re.compile(r"\b[Kk]e-?\s?(\d{1,3})\b|\b(\d{1,3})(?:st|nd|rd|th)\b")
_BRACKET_BEFORE = re.compile(r"\([A-Z][A-Za-z-]{1,10}\)\s+$")
_LAST_WORD = re.compile(r"([^\s,;:()\"]+)(\s+|-)$")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w-]*\s+$")
_ORDINAL_BEFORE = re.compile(r"\d(?:st|nd|rd|th)\s+$")
_CONNECTORS = {"dan", "and", "&", "Plus", "plus", "+"}
_CAPITAL_OR_DIGIT = re.compile(r"[A-Z0-9]")
_SERIES_BEFORE = re.compile(r"\b(?:[Nn]ext|[Ll]ast) year's\s+(?:\S+\s+)?$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_WITH_PARTNER = re.compile(r"\s+with\s+(?:the\s+)?([A-Z][\w-]*)")
_A_BEFORE = re.compile(r"\b(?:a|an)\s+$")
_OWNER_BEFORE = re.compile(r"\b(?:a|an|his|her|their|own)\s+$")
_WITH_CAPITAL = re.compile(r"\s+with\s+[A-Z]")
_ORDINAL_END = re.compile(r"\d(?:st|nd|rd|th)\s*$")
_EXPLAINED = re.compile(r"\s*\(|[^()]{0,60}\((?:[^()]*/)?")
_OPEN_BRACKET = re.compile(r"\s*\(")


@dataclass
class Mention:
    sentence: int
    start: int  # offsets inside the sentence
    end: int
    name: str
    level: str  # "summit" or "meeting"
    kind: str  # "summit" for summits, else the meeting kind
    org: str | None = None
    ordinal: int | None = None
    partners: tuple[str, ...] = ()
    backref: bool = False
    mode: str | None = None
    virtual: bool = False
    date: object = None  # DateMention
    counted: object = None  # DateMention of kind "counted"
    days: int | None = None
    place: object = None  # Place
    host_country: str | None = None
    chair: str | None = None
    theme: str | None = None
    host: int | None = None  # index (in the sentence's list) of the event this one is held at
    part_of: int | None = None  # index of the summit this session belongs to ("sesi pleno KTT ...")
    extras: dict = field(default_factory=dict)


@cache
def _kinds():
    """(PhraseIndex of meeting phrases, lower-cased phrase -> kind)."""
    kinds = {}
    for kind, phrases in load("events")["meeting_kinds"].items():
        for p in phrases:
            kinds[p.lower()] = kind
    phrases = [p for ps in load("events")["meeting_kinds"].values() for p in ps]
    return PhraseIndex(phrases, case=False), kinds


@cache
def _case_sensitive_meetings() -> dict[str, str]:
    return {p.lower(): p for p in load("events")["case_sensitive_meetings"]}


@cache
def _summit_regexes():
    lex = load("events")
    ids = "|".join(re.escape(t) for t in lex["summit_triggers_id"])
    ens = "|".join(re.escape(t) for t in sorted(lex["summit_words_en"], key=len, reverse=True))
    return re.compile(rf"(?:{ids})(?![\w-])"), re.compile(rf"(?:{ens})(?![\w-])")  # word starts: boundary_matches


@cache
def _title_words() -> frozenset[str]:
    words = set()
    for t in load("people")["titles"]:
        words.add(t.split()[0])
    return frozenset(words)


@cache
def _date_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load("events")["date_words"])


@cache
def _ordinal_words_re():
    lex = load("events")
    words = "|".join(sorted(lex["ordinal_words"], key=len, reverse=True))
    tens = "|".join(lex["tens_words"])
    return re.compile(rf"\b(?:({tens})[- ])?({words})\b")


@cache
def _english_ordinals() -> frozenset[str]:
    """"second", "twenty-first": ordinals written in (lower-case) English words."""
    lex = load("events")
    words = {w for w in lex["ordinal_words"] if w.endswith(("st", "nd", "rd", "th"))}
    return frozenset(words | {f"{t}-{w}" for t in lex["tens_words"] for w in words if lex["ordinal_words"][w] < 10})


@lru_cache(maxsize=4096)
def ordinal_of(name: str) -> int | None:
    m = _ORDINAL_NUM.search(name)
    if m:
        return int(m.group(1) or m.group(2))
    m = _ordinal_words_re().search(name.lower())
    if not m:
        return None
    lex = load("events")
    return lex["tens_words"].get(m.group(1), 0) + lex["ordinal_words"][m.group(2)]


@cache
def _mode_regex():
    words = {w: mode for mode, ws in load("events")["modes"].items() for w in ws}
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)"), words


@lru_cache(maxsize=4096)
def _mode_of(name: str) -> str | None:
    regex, words = _mode_regex()
    m = regex.search(name)
    return words[m.group()] if m else None


_BRACKET_AFTER = re.compile(r"\s*\(([A-Z][^()]{1,60})\)")
_NEXT_WORD = re.compile(r"(\s+|-)([^\s,.;:()\"]+)")
_NEXT_CAPITAL = re.compile(r"\s+([A-Z0-9][\w-]*|ke-\d+)")  # "KTT ke-44 dan ke-45 ASEAN"
_SUMMIT_TAIL = re.compile(r" and Related Summits| \(([A-Z][\w-]{1,10})\)")


def _extend_forward(fs: str, end: int, max_words: int = 8) -> int:
    """Extend a name over the capitalised words, ordinals and organisation names after it.
    (Patterns match at a position of fs: slicing the rest of the sentence per word costs more.)"""
    pos, taken = end, 0
    titles = _title_words()
    while taken < max_words:
        # "(East Asia Summit)", "(KTT LB)", "(OKI)": an explanation in brackets belongs to the name
        bracket = _BRACKET_AFTER.match(fs, pos)
        if bracket:
            pos = bracket.end()
            taken += 1
            continue
        m = _NEXT_WORD.match(fs, pos)
        if not m:
            break
        word = m.group(2).rstrip("'")
        if word in titles or word.lower() in _date_words() or word in ("KTT", "Konferensi") \
                or not (_NAME_WORD.fullmatch(word) or word in _CONNECTORS or (ordinal_of(word) or 0) >= 3):
            break  # "KTT BRICS pertama bagi Indonesia": "first for Indonesia", not the 1st summit
        if word in _CONNECTORS:  # only when a capitalised word follows: "IMF dan World Bank"
            nxt = _NEXT_CAPITAL.match(fs, m.end())
            if word == "Plus" and not nxt:
                pos = m.end()  # "KTT BRICS Plus di Kazan": the name ends with it
                break
            if not nxt or nxt.group(1) in titles or nxt.group(1) in ("KTT", "Konferensi"):
                break
        pos = m.end()
        taken += 1
    return pos


_WORD_STOPS = frozenset(',;:()"')


def _last_word(fs: str, window: int, pos: int):
    """(word, start) of what _LAST_WORD.search(fs, window, pos) finds: the word (no spacing and
    none of ,;:()") that ends right before the spacing, or the '-', closing fs[window:pos]; else
    None. Walked back from pos in Python: the regex tries every start in the window."""
    end = pos
    while end > window and fs[end - 1].isspace():
        end -= 1
    if end == pos:  # no spacing at the end: only a '-' can close the word ("ASEAN-")
        if end == window or fs[end - 1] != "-":
            return None
        end -= 1
    begin = end
    while begin > window and not fs[begin - 1].isspace() and fs[begin - 1] not in _WORD_STOPS:
        begin -= 1
    return (fs[begin:end], begin) if begin < end else None


def _extend_backward(fs: str, start: int, max_words: int = 8) -> int:
    """Extend an English name back over its capitalised words and ordinals ("the 32nd ASEAN")."""
    pos, taken = start, 0
    while taken < max_words:
        window = max(0, pos - 60)  # look back a little, never rescan the whole sentence
        bracket = _BRACKET_BEFORE.search(fs, window, pos)
        if bracket:  # "Asia-Pacific Economic Cooperation (Apec) Economic Leaders' Meeting"
            pos, taken = bracket.start(), taken + 1
            continue
        last = _last_word(fs, window, pos)
        if last is None:
            break
        word, begin = last
        if word == "of" and _CAPITAL_BEFORE.search(fs, max(0, begin - 40), begin):  # "Group of 20"
            pos, taken = begin, taken + 1
            continue
        if word in ("leaders'", "leaders") and _CAPITAL_BEFORE.search(fs, max(0, begin - 40), begin):
            pos, taken = begin, taken + 1  # "the next G20 leaders' summit": the G20's
            continue
        if word == "and" and _ORDINAL_BEFORE.search(fs, max(0, begin - 12), begin):  # "the 40th and 41st"
            pos, taken = begin, taken + 1
            continue
        if word in ("special", "extraordinary", "commemorative", "informal", "emergency", "online", "virtual"):
            pos, taken = begin, taken + 1  # "the special ASEAN summit": the kind belongs to the name
            continue
        if word in _english_ordinals():
            pos = begin  # "the second ASEAN-GCC Summit": the ordinal belongs to the name, and opens it
            break
        if not (_CAPITAL_OR_DIGIT.match(word) or word in ("Plus", "+")) or word in ("The", "A", "An"):
            break
        pos = begin
        taken += 1
    return pos


def _found(regex_or_index, fs: str, spans):
    """The matches in fs: handed over from the scan of the whole text, or scanned here."""
    if spans is not None:
        return spans_in(fs, spans)
    if isinstance(regex_or_index, PhraseIndex):
        return regex_or_index.finditer(fs)
    return boundary_matches(regex_or_index, fs)


@cache
def _not_leaders_words() -> frozenset[str]:
    return frozenset(load("events")["not_leaders_summit_words"])


_ON_TOPIC = re.compile(r" (?:mengenai|tentang)(?= [A-Z])")


def _summit_mentions(idx: int, fs: str, language: str, found: dict) -> list[Mention]:
    id_re, en_re = _summit_regexes()
    out = []
    for m in _found(id_re, fs, found.get("id")):
        if out and m.start() < out[-1].end:
            continue  # "Konferensi Tingkat Tinggi (KTT) ... (KTT LB)": inside the name already found
        end = _extend_forward(fs, m.end())
        if fs.startswith((" mengenai ", " tentang "), end) and (on := _ON_TOPIC.match(fs, end)):
            end = _extend_forward(fs, on.end())  # "Konferensi Tingkat Tinggi mengenai Solusi Dua Negara"
        name = fs[m.start():end]
        group = None if find_orgs(name) else _leaders_org(fs, m.start())
        # "para pemimpin ASEAN ... KTT ke-46": that group's summit (its name keeps the ordinal)
        out.append(Mention(idx, m.start(), end, f"{name} {group}" if group else name, "summit", "summit"))
    # Inside a name found already? The KTT names are bisected and the English ones come in text
    # order (a scan over every name found would make a long sentence quadratic).
    in_ktt, ktt_count, english_end = _inside(out), len(out), -1
    for m in _found(en_re, fs, found.get("en")):
        if len(out) > ktt_count:
            english_end = max(english_end, out[-1].end)
        if in_ktt(m.start()) or m.start() < english_end:
            continue
        start = _extend_backward(fs, m.start())
        end = m.end()
        tail = _SUMMIT_TAIL.match(fs, end)
        if tail:
            end = tail.end()
        name = fs[start:end]
        if name.lower() in _kinds()[1]:
            continue  # "the Annual Leaders' Meeting" of two countries: a meeting of a known kind, found below
        if m.group() == "summit" and fs[end:end + 6] == " talks":
            continue  # "summit talks" between two leaders: a bilateral meeting, found below
        if fs[max(0, m.start() - 12):m.start()].rstrip().rpartition(" ")[2] in _not_leaders_words():
            continue  # "APEC CEO Summit": a business forum (a meeting, found below), not the leaders' summit
        if m.group() in ("summits", "Summits") and "-" in fs[start:m.start()]:
            listed = _listed_partners(idx, fs, start, m.start(), end)
            if listed:  # "the ASEAN-China, ASEAN-Japan and ASEAN-Korea summits": three summits
                out += listed
                continue
        if m.group() in ("summits", "meetings") and not _SERIES_BEFORE.search(fs[max(0, start - 30):m.start()]):
            # "the ASEAN summits", "The meetings": the article's summit again; "barred from ASEAN summits": none
            if _THE_BEFORE.search(fs[max(0, start - 5):start]):
                out.append(Mention(idx, start, end, name, "summit", "summit", backref=True))
            continue
        if m.group()[0].islower() and not _CAPITAL_OR_DIGIT.search(fs[start:m.start()]):
            pre = fs[max(0, start - 12):start].lower()
            if fs.startswith(" of ", end) and (named := _org_after_of(fs, end)):
                # "the sixth summit of the Bay of Bengal Initiative ... (Bimstec)": that organisation's summit
                out.append(Mention(idx, start, named, fs[start:named], "summit", "summit"))
                continue
            partner = _WITH_PARTNER.match(fs[end:end + 40])
            if partner and find_orgs(partner.group(1)):  # "a special summit with ASEAN"
                out.append(Mention(idx, start, end + partner.end(), fs[start:end + partner.end()], "summit", "summit",
                                   extras={"indefinite": True}))
                continue
            if start != m.start() and _A_BEFORE.search(pre):
                # "a special online summit of Southeast Asian leaders": a new summit, named by its kind
                out.append(Mention(idx, start, end, name, "summit", "summit", extras={"indefinite": True}))
                continue
            group = None if _WITH_CAPITAL.match(fs[end:end + 8]) or not _GROUP_OWNER_BEFORE.search(
                fs, max(0, start - 30), start) else _leaders_org(fs, start)
            # "ASEAN leaders met in Jakarta for their annual summit", "Leaders of the Group of Seven will
            # gather in Hiroshima for a three-day summit": that organisation's summit
            if group:
                out.append(Mention(idx, start, end, f"{group} summit", "summit", "summit"))
                continue
            if pre.endswith(("trilateral ", "three-way ", "tripartite ")):
                # "a trilateral summit with China and South Korea": three leaders, not two
                out.append(Mention(idx, start - len(pre.split()[-1]) - 1, end, "Trilateral " + name, "summit", "summit",
                                   extras={"indefinite": True}))
                continue
            if _OWNER_BEFORE.search(pre) or _WITH_CAPITAL.match(fs[end:end + 8]):
                # "held a summit", "his own summit with Trump": two leaders meeting
                out.append(Mention(idx, start, end, "Bilateral " + name, "meeting", "bilateral"))
                continue
            out.append(Mention(idx, start, end, name, "summit", "summit",
                               backref=not _ORDINAL_END.search(pre)))
            continue
        out.append(Mention(idx, start, end, name, "summit", "summit"))
    return out


_THE_AFTER_OF = re.compile(r" of (?:the )?")


def _org_after_of(fs: str, end: int) -> int | None:
    """Where the organisation named right after "of (the)" at `end` ends, or None."""
    pos = _THE_AFTER_OF.match(fs, end).end()
    orgs = find_orgs(fs[pos:pos + 120])
    return pos + orgs[0][1] if orgs and orgs[0][0] == 0 else None


_PAIR = re.compile(r"[A-Z][\w+]*-[A-Z][\w-]*(?: of [A-Z][\w-]*)?")  # "ASEAN-Republic of Korea"
_PAIRS_BEFORE = re.compile(r"(?:[A-Z][\w+]*-[A-Z][\w-]*(?: of [A-Z][\w-]*)?,?\s+(?:and\s+|dan\s+)?)+$")


def _listed_partners(idx: int, fs: str, start: int, word: int, end: int) -> list[Mention]:
    """One summit for each pair of a list that shares the plural word fs[word:end]: "ASEAN-China,
    ASEAN-Japan and ASEAN-Korea summits" (the last pair, fs[start:word], opens the plural name)."""
    last = _PAIR.fullmatch(fs, start, word - 1) if fs[word - 1] == " " else None
    before = _PAIRS_BEFORE.search(fs, max(0, start - 120), start) if last else None
    if before is None:
        return []
    pairs = [(p.start(), p.end(), p.group()) for p in _PAIR.finditer(fs, before.start(), start)]
    # the last one ends with the plural word: what follows, "..., as well as the EAS on Oct 27", is all theirs
    pairs.append((start, end, last.group()))
    return [Mention(idx, a, b, name + " Summit", "summit", "summit") for a, b, name in pairs]


_LEADERS_REACH = 200  # characters
_GROUP_OWNER_BEFORE = re.compile(r"\b(?:a|an|their|its)\s+(?:[\w-]+\s+){0,2}$")  # "their annual summit"
_LEADERS_AFTER = re.compile(r"\s+(?:leaders|heads of (?:state|government))\b")
# "para pemimpin ASEAN", "leaders of the G20", "Leaders of the 21 Asia-Pacific Economic Cooperation economies"
_LEADERS_BEFORE = re.compile(r"\b(?:pemimpin(?:\s+negara)?|kepala negara|leaders (?:of|from)(?: the)?(?: \d+)?)\s+$",
                             re.I)


def _leaders_org(fs: str, before: int) -> str | None:
    """The organisation whose leaders the sentence names before `before` ("ASEAN leaders",
    "para pemimpin ASEAN", "leaders of the G20"): a summit it then names without an organisation
    ("their annual summit", "KTT tahunan mereka") is that organisation's."""
    lo = max(0, before - _LEADERS_REACH)  # a bounded look back: a sentence of a megabyte stays linear
    window = fs[lo:before]
    named = find_orgs(window) + [(m.start(), m.end(), org) for m, org in _regions(window)]
    for start, end, org in sorted(((a + lo, b + lo, org) for a, b, org in named), reverse=True):
        if _LEADERS_AFTER.match(fs, end) or _LEADERS_BEFORE.search(fs, max(0, start - 24), start):
            return org
    return None


@cache
def _region_regex():
    regions = load("orgs")["regions"]
    return re.compile(r"\b(?:" + "|".join(re.escape(r) for r in sorted(regions, key=len, reverse=True)) + r")\b"), regions


def _regions(text: str):
    """"Southeast Asian", "Asia Tenggara": (match, organisation) of regions whose leaders meet as one."""
    regex, regions = _region_regex()
    return [(m, regions[m.group()]) for m in regex.finditer(text)]


_WORD_BEFORE = re.compile(r"([A-Z][\w-]*)\s+$")


def _organisation_before(fs: str, start: int) -> int:
    """"ASEAN leaders gathering", "the ASEAN Plus Three foreign ministers' meeting": an
    organisation's name just before a lower-case meeting word belongs to the meeting's name."""
    m = _WORD_BEFORE.search(fs, max(0, start - 40), start)
    if not m:
        return start
    if find_orgs(m.group(1)):
        return m.start(1)
    begin = _extend_backward(fs, m.start(1))  # the name may be longer than one word
    return begin if begin < m.start(1) and find_orgs(fs[begin:m.start(1)]) else start


def _inside(mentions):
    """A test of whether a position falls inside one of `mentions`, by bisection."""
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))

    def inside(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < reach[k]
    return inside


# "AEM-Jepang ke-30", "AMM-China": a meeting of the series with one partner (the phrase index
# leaves out acronyms joined by a hyphen, as most hyphenated words are something else)
_PARTNER_MEETING = re.compile(r"\b(AMM|AEM|SOM|ADMM|SEOM)-([A-Z][\w']*)(?:\s+(?:[Kk]e-\d{1,3}|\d{1,3}(?:st|nd|rd|th)))?")


def _partner_meetings(idx: int, fs: str, taken: list[Mention]) -> list[Mention]:
    if "M-" not in fs:
        return []
    _, kinds = _kinds()
    in_taken = _inside(taken)
    return [Mention(idx, m.start(), m.end(), m.group(), "meeting", kinds[m.group(1).lower()],
                    extras={"series_end": len(m.group(1))})
            for m in _PARTNER_MEETING.finditer(fs) if not in_taken(m.start()) and m.group(1).lower() in kinds]


_THE_GATHERING = re.compile(r"\b[Tt]he\s+(?:[\w-]+-day\s+)?$")
_HOLD_TALKS = re.compile(r"(?:held|hold|holds|holding) talks")
_TALKS_WITH = re.compile(r" with (?:his |her |their )?([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,5})")
_SUCH_BEFORE = re.compile(r"\bsuch\s+$")
_VERB_END = re.compile(r"\s+(?:will\s+|had\s+)?(?:meet|met|gather|gathered)$")
_POSSESSIVE = re.compile(r"^(?:their|his|her|its)\s+")


def _meeting_mentions(idx: int, fs: str, taken: list[Mention], spans=None) -> list[Mention]:
    index, kinds = _kinds()
    exact = _case_sensitive_meetings()
    found = [(m, kinds[m.group().lower()]) for m in _found(index, fs, spans)
             if exact.get(m.group().lower(), m.group()) == m.group()]
    out: list[Mention] = []
    in_taken, out_end = _inside(taken), -1
    for m, kind in found:
        if out:
            out_end = max(out_end, out[-1].end)  # meetings come in text order
        if in_taken(m.start()) or m.start() < out_end:
            continue
        start, end = m.start(), m.end()
        if m.group()[0].isupper() or m.group()[0].isdigit():  # "Defence Ministers' 2+2 Meeting"
            start = _extend_backward(fs, start)
        elif _SUCH_BEFORE.search(fs, max(0, start - 20), start):
            continue  # "the first such gathering since ...": of a kind, not an event
        else:
            start = _organisation_before(fs, start)
        end = _extend_forward(fs, end)
        if out and out[-1].kind == kind and _EXPLAINED.fullmatch(fs[out[-1].end:start]):
            if _OPEN_BRACKET.fullmatch(fs[out[-1].end:start]):
                close = fs.find(")", end)  # "SOM (Senior Official Meeting)": one meeting
                out[-1].end = close + 1 if close != -1 else end
                out[-1].name = fs[out[-1].start:out[-1].end]
            continue  # "wakil tetap negara anggota ASEAN (Committee of Permanent Representatives)"
        if kind == "gathering" and m.group() == "gathering" and _THE_GATHERING.search(fs, max(0, start - 16), start):
            # "The two-day gathering, which runs until Monday, ...": the summit told of, again
            out.append(Mention(idx, m.start(), m.end(), "gathering", "summit", "summit", backref=True))
            continue
        name = _VERB_END.sub(" meeting", fs[start:end])  # "ASEAN foreign ministers will meet": their meeting
        if _HOLD_TALKS.fullmatch(name):  # "Lee will hold talks with Ishiba on Saturday": talks with him
            talks = _TALKS_WITH.match(fs, end)
            name = "Talks with " + talks.group(1).rstrip(".") if talks else "Bilateral talks"
        elif kind == "bilateral" and "bilateral" not in name.lower() and not m.group()[0].isupper() \
                and not m.group()[0].isdigit():
            # "summit talks", "menerima kunjungan", "their first meeting": say what it is
            name = "Bilateral " + _POSSESSIVE.sub("", name)
        out.append(Mention(idx, start, end, name, "meeting", kind))
    return out


# Must start a word: matched with word_search, since a leading \b makes the scan slow.
_MEETS_PATTERN = (r"(?:bertemu(?:\s+dengan)?|met(?:\s+with)?|meets|(?:will|to)\s+meet(?:\s+with)?)\s+(?=(?:the\s+)?(?:[A-Z][\w.]*\s+){0,2}"
                  r"(?:Presiden|President|Perdana|Prime|Kanselir|Chancellor|King|Raja|Sultan|Premier|PM"
                  r"|Menteri|Minister|Menlu|Secretary|Sekretaris|Komisioner|Commissioner|Perwakilan)\b"
                  r"|(?:his|her|their)\s+(?:[A-Z][\w-]*\s+)?counterpart|mitra(?:nya)?\s"
                  r"|(?:%s)\b(?!\s*\d))"  # "Trump met Xi in Busan": a known leader, named without a title
                  # "Sugiono and his Australian counterpart Penny Wong met on the sidelines ..."
                  r"|counterpart\s+(?P<who>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s+(?:met|held\s+talks)\b")


@cache
def _meets():
    """_MEETS_PATTERN with the known leaders' names, their first and last words (Chinese and Korean names
    open with the family name) and nicknames; not "May", a month."""
    people = load("people")
    months = {w.lower() for w in load("events")["date_words"]}
    names = set(people["leaders"]) | set(people["nicknames"])
    names |= {word for n in people["leaders"] for word in (n.split()[0], n.split()[-1]) if len(word) > 1}  # "Xi", "Widodo"
    return re.compile(_MEETS_PATTERN % trie_pattern(sorted(n for n in names if n.lower() not in months)))


def _leaders_meeting(idx: int, fs: str) -> list[Mention]:
    """"Biden juga bertemu Presiden Tiongkok Xi Jinping": two leaders meeting, when the sentence
    names no event of its own."""
    m = word_search(_meets(), fs)
    if not m:
        return []
    # named after the one met, so that two such meetings on one day stay two
    if m.group("who"):
        who = " ".join(m.group("who").split())
    else:
        counterpart = fs.find("counterpart", m.end(), m.end() + 40)  # "met his Chinese counterpart Wang Yi"
        met = _CAPITALISED_RUN.search(fs, m.end() if counterpart < 0 else counterpart, m.end() + 80)
        who = " ".join(met.group().split()).rstrip(".") if met else ""  # (not the sentence's full stop)
        if met and fs.startswith(" of ", met.end()):  # "met the President of Indonesia": a title, not a name
            country = _OF_COUNTRY.match(fs, met.end())
            who += country.group() if country else ""
    if m.group().startswith("bertemu"):
        name = f"Pertemuan dengan {who}" if who else "Pertemuan bilateral"
    else:
        name = f"Meeting with {who}" if who else "Bilateral meeting"
    return [Mention(idx, m.start(), m.end(), name, "meeting", "bilateral")]


# Must start a word (word_search). "Leaders of the 21 APEC economies will meet in Lima", "para
# pemimpin ASEAN akan berkumpul di ...": the leaders of a group meeting, with no summit word.
# (Each alternative opens with a letter, not a class like [Ll]: the regex engine can then skip
# ahead to those letters instead of trying every position of the article.)
_GATHERS = re.compile(r"(?:Leaders|leaders|Pemimpin|pemimpin|heads of (?:state|government)|kepala negara)\b"
                      r"[^.!?\n]{0,100}?"
                      r"\b(?P<verb>(?:will\s+)?(?:meet|gather|convene)|met|gathered|convened|meets|gathers|meeting"
                      r"|(?:akan\s+)?(?:bertemu|berkumpul))\s+(?:in|at|di|on|pada|for)\b")
# Must start a word (word_search). A theme or a chair stated without naming the event
# ("Malaysia, sebagai Ketua ASEAN 2025, mengusung tema ...") speaks of the summit told before.
ROLE_WORDS = re.compile(r"(?:tema|bertema|theme|themed|sebagai [Kk]etua|selaku [Kk]etua|as (?:the )?[Cc]hair"
                        r"|chairmanship|keketuaan)\b")


def _leaders_gathering(idx: int, fs: str) -> list[Mention]:
    """The meeting of the leaders of one group the sentence names, as a summit of that group."""
    m = word_search(_GATHERS, fs)
    if not m:
        return []
    org = _leaders_org(fs, m.start("verb"))
    if org is None:
        return []  # "the two leaders met in ...": two leaders meeting, read as such elsewhere
    name = f"Pertemuan Pemimpin {org}" if m.group("verb").startswith(("bertemu", "berkumpul", "akan")) \
        else f"{org} Leaders' Meeting"
    return [Mention(idx, m.start(), m.start("verb"), name, "summit", "summit", extras={"made_up_name": True})]


# "Ursula von der Leyen", "Mohammed bin Salman": particles inside a name
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.'-]*(?:(?: (?:von|van|der|den|de|da|dos|bin|binti|al))* [A-Z][\w.'-]*){0,5}")


# "of the Republic of Indonesia", "of India": the state a title told without a name belongs to
_OF_COUNTRY = re.compile(r" of (?:the )?[A-Z][\w'-]*(?: of [A-Z][\w'-]*)?")


_SIDELINES_BEFORE = re.compile(r"(?:di\s+sela(?:-sela)?|disela(?:-sela)?|on\s+the\s+(?:sidelines?|margins?)\s+of)"
                               r"\s+(?:the\s+)?$", re.I)


def _sidelines_named(fs: str, mentions) -> bool:
    """An event named right after "di sela" / "on the sidelines of" (talks may be held at it)."""
    if not ("sela" in fs or "sideline" in fs or "margin" in fs):
        return False
    return any(_SIDELINES_BEFORE.search(fs, max(0, m.start - 30), m.start) for m in mentions)


def find_mentions(idx: int, fs: str, language: str, found: dict | None = None) -> list[Mention]:
    """Event names in one (folded) sentence, left to right. `found`: the sentence's share of
    event_word_spans() by kind ("id", "en", "kinds"; None or missing: scan the sentence)."""
    found = found or {}
    summits = _summit_mentions(idx, fs, language, found)
    if all(m.backref for m in summits):  # none, or only "the summit" (which may be this very meeting)
        summits = summits + _leaders_gathering(idx, fs)
    mentions = sorted(summits + _meeting_mentions(idx, fs, summits, found.get("kinds")), key=lambda x: x.start)
    if not any(m.level == "meeting" or find_orgs(m.name) for m in mentions) or _sidelines_named(fs, mentions):
        # "Sebelum KTT, Presiden bertemu Raja Salman": leaders meeting, outside any named event;
        # "Sugiono bertemu Menlu Tiongkok Wang Yi di sela AMM ke-58": talks held at the event named
        met = [m for m in _leaders_meeting(idx, fs) if not any(n.start < m.end and m.start < n.end for n in mentions)]
        mentions = sorted(mentions + met, key=lambda x: x.start)
    partner = _partner_meetings(idx, fs, mentions)
    if partner:
        mentions = sorted(mentions + partner, key=lambda x: x.start)
    mentions = [part for men in _merged_prefixes(mentions, fs) for part in _split_joint(men)]
    for men in mentions:
        orgs = find_orgs(men.name)
        men.org = orgs[0][2] if orgs else None
        men.ordinal = ordinal_of(men.name)
        men.mode = _mode_of(men.name) if men.level == "summit" else None
        men.name = " ".join(men.name.split())
    return mentions


def _merged_prefixes(mentions, fs):
    """"the East Asia Summit foreign ministers' meeting": a summit's name right before a
    lower-case meeting phrase names whose meeting it is: one meeting, no summit."""
    if len(mentions) < 2:
        return mentions  # (most sentences name one event or none)
    out = []
    for men, nxt in zip(mentions, mentions[1:] + [None]):
        if nxt is not None and men.level == "summit" and not men.backref and nxt.level == "meeting" \
                and nxt.name[:1].islower() and fs[men.end:nxt.start] == " ":
            nxt.start, nxt.name = men.start, fs[men.start:nxt.end]
            continue
        out.append(men)
    return out


def event_word_spans(text: str) -> dict[str, list[tuple[int, int]]]:
    """(start, end) of every event word in `text` by scan: "id" and "en" summit words, meeting
    "kinds", leaders who "meet" one another or "gather" as a group (one scan of the whole article)."""
    id_re, en_re = _summit_regexes()
    index, _ = _kinds()
    return {"id": [m.span() for m in boundary_matches(id_re, text)],
            "en": [m.span() for m in boundary_matches(en_re, text)],
            "kinds": [(m.start(), m.end()) for m in index.finditer(text)],
            "meets": [m.span() for m in word_finditer(_meets(), text)],
            "gathers": [m.span() for m in word_finditer(_GATHERS, text)],
            "roles": [m.span() for m in word_finditer(ROLE_WORDS, text)],
            # "ADMM-Plus ke-12 pada 1/11": the phrase index leaves hyphened series out (see _partner_meetings)
            "partners": [m.span() for m in _PARTNER_MEETING.finditer(text)] if "M-" in text else []}


def sentence_scans(text: str) -> tuple[str, ...]:
    """The scans of event_word_spans() whose matches a sentence of `text` may take over (see
    text.by_sentence); "meets" looks past its match, and is scanned sentence by sentence."""
    return ("id", "en", "kinds") if _kinds()[0].same_in_parts(text) else ("id", "en")


# "the 44th and 45th ASEAN Summits", "KTT ke-44 dan ke-45 ASEAN": two summits held together
_JOINT = re.compile(r"(\d{1,3}(?:st|nd|rd|th)|[Kk]e-\d{1,3})\s+(?:and|dan|&)\s+(\d{1,3}(?:st|nd|rd|th)|ke-\d{1,3})\b")


def _split_joint(men: Mention) -> list[Mention]:
    """One mention for each ordinal of a joint name, the first ending where the second begins;
    events.py gives both the date and place told of either."""
    m = _JOINT.search(men.name) if men.level == "summit" else None
    if m is None:
        return [men]
    first_name = (men.name[:m.end(1)] + men.name[m.end(2):]).rstrip()
    second_name = men.name[:m.start(1)] + men.name[m.start(2):]
    if second_name.endswith("Summits"):
        first_name, second_name = first_name[:-1], second_name[:-1]
    cut = men.start + m.end(1)
    first = dataclasses.replace(men, end=cut, name=first_name, extras=dict(men.extras))
    second = dataclasses.replace(men, start=men.start + m.start(2), name=second_name, extras=dict(men.extras))
    first.extras["joint"] = second.extras["joint"] = (men.sentence, men.start)  # events.py shares date and place
    return [first, second]


def has_event_words(text: str) -> list[int]:
    """Start offsets of every event word in `text` (one scan of the whole article)."""
    return sorted(s for spans in event_word_spans(text).values() for s, _ in spans)
