"""From event names in sentences to the article's events: dates, places, hosts, chairs and
themes attached to names; repeated and back-referring names merged; sessions linked to
their summit; side events to the event they are held at."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache

from dateutil.relativedelta import relativedelta

from . import datesapi
from .event_mentions import Mention, find_mentions
from .lexicons import load
from .orgs import find_orgs
from .places import find_places
from .types import PartialDate

SESSION_KINDS = {"plenary", "retreat"}
SUMMIT_LIKE_KINDS = {"gathering", "other"}
LINK_WINDOW_DAYS = 7  # a related meeting falls within a week of its summit
_ANAPHORA_HINT = re.compile(r"\b(?:hari|day|evening|night|malam|sehari|keesokan|esok|ditutup|diakhiri|closed|ended|wrapped)\b")
RECENT = 60
DATELINE_DAYS = 10  # a repeated name refers to one of the last events of its kind, not to any in a huge text


@dataclass
class Event:
    level: str
    kind: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    sentence: int = 0
    org: str | None = None
    ordinal: int | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    country: str | None = None
    city: str | None = None
    chair: str | None = None
    theme: str | None = None
    mode: str | None = None
    virtual: bool = False
    partners: tuple[str, ...] = ()
    parent: "Event | None" = None  # summit a meeting belongs to / summit a side summit is held alongside
    host: "Event | None" = None  # event this one is held at (dates and place come from it)
    counted: object = None
    days: int | None = None


# ---------------------------------------------------------------- sentence level

@cache
def _alt(*path) -> str:
    """Regex alternation of a phrase list of lexicon/events.json, longest first (cached)."""
    value = load("events")
    for key in path:
        value = value[key]
    return "|".join(re.escape(w) for w in sorted(value, key=len, reverse=True))


def _is_reporting(fs: str, date) -> bool:
    """"Jumat mengatakan", "said on Tuesday": the day words were spoken, not an event's date."""
    verbs = _alt("reporting_verbs")
    after = fs[date.span[1]:date.span[1] + 30]
    before = fs[max(0, date.span[0] - 25):date.span[0]]
    said = "mengatakan|menyatakan|menjelaskan|mengungkapkan|menegaskan|said|told|announced"
    return bool(re.match(rf"\s+(?:\([\d/]+\)\s*)?(?:{verbs})\b|,\s*(?:{said})\b", after)
                or re.search(rf"\b(?:{verbs})(?:\s+\w+)?\s+(?:on|pada)?\s*$", before))


def _is_bound(fs: str, date) -> bool:
    """"sejak menjabat pada November", "after 2025": a limit or a time of something else."""
    return bool(re.search(r"\b(?:sejak|since|setelah|sesudah|after|sebelum|before|by)\b(?:\s+\w+){0,2}\s+(?:pada\s+|in\s+)?$",
                          fs[max(0, date.span[0] - 30):date.span[0]], re.I))


def _attach_dates(fs, mentions, dates):
    """A date belongs to the nearest event name before it; dates that no name precedes go to
    the next name, when that name has no date of its own."""
    leftovers = []
    for d in dates:
        if d.kind == "duration":
            owner = min(mentions, key=lambda m: abs(m.start - d.span[1]), default=None)
            if owner is not None and owner.days is None:
                owner.days = d.days
            continue
        before = [m for m in mentions if m.end <= d.span[0] and d.span[0] - m.end <= 140]
        if before:
            _give(before[-1], d, fs)
        else:
            leftovers.append(d)
    for d in leftovers:
        after = [m for m in mentions if m.start >= d.span[1] and m.start - d.span[1] <= 200]
        if after and after[0].date is None:
            _give(after[0], d, fs)
    for d in dates:  # "dibuka pada Selasa (13/11) dengan sesi pleno": the session is that day too
        nxt = next((m for m in mentions if m.start >= d.span[1]), None)
        if nxt is not None and nxt.date is None and d.kind in ("date", "range") and re.fullmatch(
                r"\s*(?:\w+\s+)?,?\s*(?:dengan|with|by|melalui|through)\s+(?:a |an |the )?", fs[d.span[1]:nxt.start]):
            _give(nxt, d, fs)
    for i in range(len(mentions) - 1):  # "Pada Sabtu (14/11) ... KTT ASEAN Plus Tiga dan KTT Asia Timur"
        a, b = mentions[i], mentions[i + 1]
        if b.date is None and a.date is not None and a.date.span[1] <= a.start and re.fullmatch(
                r"\s*(?:,|dan|and|serta|as well as)\s*(?:the\s+|an?\s+)?", fs[a.end:b.start]):
            b.date = a.date
    for i in range(len(mentions) - 2, -1, -1):  # "KTT Asia Timur dan KTT ASEAN Plus Tiga pada Kamis"
        a, b = mentions[i], mentions[i + 1]
        if a.date is None and b.date is not None and re.fullmatch(
                r"\s*(?:,|dan|and|serta|as well as)\s*(?:the\s+|an?\s+)?", fs[a.end:b.start]):
            a.date = b.date


def _give(owner: Mention, d, fs: str):
    before = fs[max(0, d.span[0] - 30):d.span[0]]
    later = r"(?:(?:late|early|mid|akhir|awal|pertengahan)\s+)?$"
    moved = re.search(rf"\b(?:{_alt('postponed')})\s+{later}", before, re.I) or (
        re.search(rf"\b(?:to|ke|hingga|sampai)\s+{later}", before)  # "postponed the summit, due in April, to late June"
        and _regex(rf"\b(?:{_alt('postpone_verbs')})\b", re.I).search(fs, 0, d.span[0]))
    if moved:
        owner.date = d  # "postponed to late June": the new date replaces the old one
        owner.extras["postponed"] = True
        return
    if owner.extras.get("postponed"):
        return
    if re.search(r"\b(?:until|till|through|hingga|sampai)\s+$", before[-10:]):
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
    locatives = _alt("locatives")
    # "di Nusa Dua", "in the city of Manila", "di Istana Kepresidenan Bogor", "at the Jakarta Convention Center"
    places = [p for p in find_places(fs, language) if p.kind != "demonym" and re.search(
        rf"(?:^|\s)(?:{locatives})\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){{0,3}}$", fs[max(0, p.start - 50):p.start])]
    towards = _alt("locatives_before")
    for i, men in enumerate(mentions):
        limit = mentions[i + 1].start if i + 1 < len(mentions) else len(fs)
        reach = 20 if men.backref else 90  # "the summit in Singapore"; a back-reference names no far place
        mine = [p for p in places if men.end <= p.start < limit and p.start - men.end <= reach]
        if mine:
            men.place = mine[0]
            men.extras["places"] = mine
            continue
        # "flying to Port Moresby, Papua New Guinea, for the APEC ... Meeting"
        earliest = mentions[i - 1].end if i else 0
        before = [p for p in find_places(fs[:men.start], language)
                  if p.start >= max(earliest, men.start - 90) and p.kind != "demonym"
                  and re.search(rf"(?:^|\s)(?:{towards})\s+$", fs[max(0, p.start - 10):p.start], re.I)]
        if before:
            men.place = before[-1]


def _country_in(text: str, language) -> str | None:
    found = [p for p in find_places(text, language) if p.kind != "demonym"]  # "Phnom Penh hosted ..."
    return found[0].code if found else None


_COUNTRY = r"([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3})"


def _attach_roles(fs, mentions, language, context):
    """Hosts, chairs and themes stated in the sentence."""
    def nearest(pos, prefer_before=True):
        before = [m for m in mentions if m.start < pos]
        after = [m for m in mentions if m.start >= pos]
        if prefer_before and before:
            return before[-1]
        return after[0] if after else (before[-1] if before else None)

    lowered = fs.lower()
    if not any(k in lowered for k in ("ketua", "chair", "tuan rumah", "host", "tema", "theme")):
        return
    for pat, before in ((rf"\bdiketuai(?: oleh)? {_COUNTRY}", True), (rf"\bchaired by (?:the )?{_COUNTRY}", True),
                        (rf"\bkeketuaan {_COUNTRY}", False), (rf"{_COUNTRY}(?:'s)? chairmanship", False),
                        (rf"{_COUNTRY},? (?:sebagai|as) (?:the )?(?:[Kk]etua|[Cc]hair)\b", False),
                        (rf"{_COUNTRY}, (?:the )?[Cc]hair of\b", False)):
        for m in re.finditer(pat, fs):
            code = _country_in(m.group(1), language)
            target = nearest(m.start(), before) if code else None
            if target is not None:
                target.chair = target.chair or code
    for pat, before in ((rf"{_COUNTRY} (?:sebagai|as) (?:the )?(?:tuan rumah|host)\b", False),
                        (rf"\btuan rumah(?: penyelenggaraan)?,? {_COUNTRY}", True),
                        (rf"\bhosted by (?:the )?{_COUNTRY}", True),
                        (rf"{_COUNTRY}(?:, (?:the|a|an|which|who|sebagai|selaku)\b[^,]{{1,60}},)?,? (?:yang |which |who )?(?:(?:will|akan|is set to|is to|last|previously|also|again|first|once)\s+)*(?:host|hosts|hosted|menjadi tuan rumah)\b", False)):
        for m in re.finditer(pat, fs):
            code = _country_in(m.group(1), language)
            if code is None and m.group(1) in ("It", "Ia", "The country", "Negara itu", "Negara tersebut"):
                code = context.get("host")  # "It last hosted an ASEAN Summit in 2007": the host named before
            target = nearest(m.start(), before) if code else None
            if target is not None:
                target.host_country = target.host_country or code
                context["host"] = code
    for m in re.finditer(r"\b(?:tema|bertema|theme(?:d)?(?: of)?)\s*[:,]?\s*\"([^\"]{3,160}?)[.,]?\"", fs, re.I):
        target = nearest(m.start(), True)
        if target is not None:
            target.theme = target.theme or m.group(1).strip()


def _vague(date) -> bool:
    """No date, or only a year ("tahun ini"): a nearer event can still tell the day."""
    return date is None or date.start is None or date.start.precision == "year"


def _attach_relations(fs, mentions):
    """"X di sela Y" / "X on the sidelines of Y": X is held at Y. "sesi pleno KTT ...": part of."""
    at_words = _alt("relations", "at")
    of_words = _alt("relations", "of")
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        gap = fs[a.end:b.start]
        if re.search(rf"(?:^|\s)(?:{at_words})\s+(?:the\s+)?$", gap, re.I) and len(gap) < 60:
            a.host = i + 1
            if _vague(a.date) and b.date is not None and b.date.end is None and b.date.kind != "range":
                a.date, b.date = b.date, None  # "X di sela Y, Kamis (11/5)": the day is X's
            j = i - 1  # "A dan B di sela C": A is held at C too
            while j >= 0 and re.fullmatch(r"\s*(?:,|dan|and|serta|as well as)\s*", fs[mentions[j].end:mentions[j + 1].start]):
                mentions[j].host = i + 1
                if _vague(mentions[j].date):
                    mentions[j].date = a.date
                j -= 1
        elif a.level == "meeting" and b.level == "summit" and re.fullmatch(rf"\s*(?:(?:{of_words})\s+)?(?:the\s+)?", gap, re.I):
            a.part_of = i + 1
            if a.date is None and b.date is not None and b.date.start and b.date.start.precision == "day" \
                    and b.date.end is None:
                a.date, b.date = b.date, None
        elif a.level == "meeting" and _vague(b.date) and len(gap) < 80 \
                and re.search(rf"(?:^|\s)(?:pada|dalam|during|at|{_alt('relations', 'at')})\s+(?:the\s+)?$",
                              fs[max(0, a.start - 30):a.start], re.I):
            b.host = i  # "pada sesi retreat ... akan dilaksanakan KTT IMT-GT", "Di sela sesi pleno, ... bilateral"


@cache
def _generic_words() -> frozenset[str]:
    return frozenset(load("events")["generic_summit_words"])


def _has_proper_name(name: str) -> bool:
    """"KTT Asia Zero Emission Community", "Joint Arab-Islamic Extraordinary Summit": a named
    summit even when its organisation is unknown; "KTT", "KTT Peringatan", "the summit" are not."""
    words = [w for w in re.findall(r"[\w'-]+", name) if w[0].isupper() and w not in _generic_words()
             and not re.fullmatch(r"\d+(?:st|nd|rd|th)|[Kk]e-\d+", w)]
    return len(words) >= 2 or any(w.isupper() and len(w) > 1 for w in words)


def _mark_backrefs(fs, mentions):
    after = _alt("backref_after")
    for men in mentions:
        if men.level != "summit" or men.ordinal or men.extras.get("indefinite"):
            continue
        follows = fs[men.end:men.end + 14]
        precedes = fs[max(0, men.start - 12):men.start]
        if re.search(r"\b(?:[Nn]ext|[Ll]ast) year's\s+$", precedes):
            men.backref = False  # "next year's summit": the next one of the same series
            men.extras["series"] = 1 if precedes.rstrip().lower().endswith("next year's") else -1
        elif (men.org is None and not _has_proper_name(men.name)) or re.match(rf"\s+(?:{after})\b", follows) \
                or re.search(r"\b(?:[Tt]his|[Tt]hat|[Tt]his year's)\s+$", precedes):
            men.backref = True


@cache
def _regex(pattern: str, flags: int = 0):
    """Compiled once: these patterns are built from lexicons and used on every sentence."""
    return re.compile(pattern, flags)


def _attach_modes(fs, men_list):
    if _regex(rf"\b(?:{_alt('virtual')})\b", re.I).search(fs):
        for men in men_list:
            men.virtual = True


@cache
def _same_day_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load("events")["same_day"])


def _day_anaphora(fs: str, last_day):
    """"Sehari kemudian", "the day before": a day counted from the last dated event."""
    if not _ANAPHORA_HINT.search(fs):
        return None
    for key, step in (("day_after", 1), ("day_before", -1), ("same_day", 0)):
        m = _regex(rf"\b(?:{_alt(key)})\b").search(fs)
        if m and last_day is None and step == 0:
            return datesapi.DateMention(start=None, end=None, span=m.span(), text=m.group(), kind="date", relative=True)
        if m and last_day is not None:
            day = PartialDate.from_date(last_day + dt.timedelta(days=step))
            return datesapi.DateMention(start=day, end=None, span=m.span(), text=m.group(), kind="date", relative=True)
    return None


def _sentence_dates(fs, mentions, language, published, last_day):
    """Dates of the sentence, with "the same day"/"sehari kemudian" worked out."""
    dates = datesapi.find_dates(fs, published=published, language=language)  # only where events are named
    low = fs.lower()  # the phrase lists are lower-case: cheaper than re.I
    low = low if len(low) == len(fs) else fs  # (a few letters grow when lower-cased; keep offsets true)
    link = _regex(rf"\b(?:{_alt('same_day_links')})\b").search(low)
    if link:  # "Pertemuan ditutup dengan jamuan ...": on the day of the event told just before
        after = next((m for m in mentions if m.start >= link.end()), None)
        if after is not None:
            after.extras["same_day_as_previous"] = True
    anaphora = _day_anaphora(low, last_day)
    if anaphora is not None and anaphora.text.lower() in _same_day_words():  # "the same day": as the date before it
        before = [d for d in dates if d.start is not None and d.start.precision == "day" and d.span[1] <= anaphora.span[0]]
        if before:
            anaphora = datesapi.DateMention(start=before[-1].start, end=None, span=anaphora.span,
                                            text=anaphora.text, kind="date", relative=True)
    if anaphora is not None and anaphora.start is not None \
            and not any(d.span[0] < anaphora.span[1] and anaphora.span[0] < d.span[1] for d in dates):
        dates = sorted(dates + [anaphora], key=lambda d: d.span)
    return [d for d in dates if not _is_reporting(fs, d) and not _is_bound(fs, d)]


_FINAL_DAY = re.compile(r"^,?\s*(?:the\s+)?(?:final|last)\s+day\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?(\w+)"
                        r"|^,?\s*hari\s+terakhir\s+(\w+)", re.I)


def _final_days(fs, mentions, dates):
    """"on Saturday, the final day of the visit": that day ends the visit."""
    for d in dates:
        m = _FINAL_DAY.match(fs[d.span[1]:d.span[1] + 40])
        noun = m and (m.group(1) or m.group(2)).lower()
        owner = next((men for men in mentions if noun and noun in men.name.lower()), None)
        if owner is not None and d.start is not None:
            owner.extras["until"] = d


def read_sentence(idx, fs, language, published, last_day=None, context=None) -> list[Mention]:
    """Event names of one sentence with what the sentence says about them. `last_day`: the
    day of the last dated event before this sentence (for "sehari kemudian"); `context`: what
    earlier sentences left to refer back to (the last host named)."""
    mentions = find_mentions(idx, fs, language)
    if not mentions:
        return []
    dates = _sentence_dates(fs, mentions, language, published, last_day)
    _attach_dates(fs, mentions, dates)
    _final_days(fs, mentions, dates)
    _attach_places(fs, mentions, language)
    _attach_roles(fs, mentions, language, {} if context is None else context)
    _attach_relations(fs, mentions)
    _mark_backrefs(fs, mentions)
    _attach_modes(fs, mentions)
    for men in mentions:
        step = men.extras.get("series")
        if step and men.date is None and published is not None:
            year = PartialDate(published.year + step)
            men.date = datesapi.DateMention(start=year, end=None, span=(men.start, men.start), text="",
                                            kind="date", relative=True)
    for men in [m for m in mentions if "-" in m.name]:
        org_ends = {end for _, end, _ in find_orgs(men.name)}
        for p in find_places(men.name, language):
            if p.kind in ("country", "alias") and p.start - 1 in org_ends and men.name[p.start - 1] == "-":
                men.partners += (p.code,)  # "KTT ASEAN-Rusia", "ASEAN-Australia Special Summit"
    return mentions


# ---------------------------------------------------------------- article level

def compatible(a: PartialDate | None, b: PartialDate | None) -> bool:
    """One date contains the other (2018, 2018-04, 2018-04-27): they can be the same event's."""
    if a is None or b is None:
        return True
    return a.year == b.year and (a.month is None or b.month is None
                                 or (a.month == b.month and (a.day is None or b.day is None or a.day == b.day)))


def _more_precise(new: PartialDate | None, old: PartialDate | None) -> bool:
    return new is not None and (old is None or (compatible(new, old) and len(new.iso) > len(old.iso)))


def _absorb(ev: Event, men: Mention):
    ev.mentions.append(men)
    if men.ordinal and not ev.ordinal:
        ev.ordinal, ev.name = men.ordinal, men.name
    elif men.org and not ev.org and not men.backref:
        ev.name = men.name
    ev.org = ev.org or men.org
    ev.mode = ev.mode or men.mode
    ev.virtual = ev.virtual or men.virtual
    ev.partners = ev.partners or men.partners
    start = men.date.start if men.date is not None else None
    if _more_precise(start, ev.start) or (men.date is not None and ev.end is None and _inside(ev.start, start, men.date.end)):
        ev.start, ev.end = start, men.date.end  # "The summits, held from Nov 10 to Nov 13": the whole span
    elif start is not None and start == ev.start and ev.end is None and men.date.end is not None:
        ev.end = men.date.end
    until = men.extras.get("until")
    if until is not None and ev.start is not None and ev.end is None and until.start \
            and until.start.first_day() > ev.start.first_day():
        ev.end = until.start
    if men.place is not None and ev.city is None:
        ev.city = men.place.text if men.place.kind not in ("country", "alias") else None
        ev.country = ev.country or men.place.code
    ev.country = ev.country or men.host_country
    ev.chair = ev.chair or men.chair
    ev.theme = ev.theme or men.theme
    if ev.level == "meeting":  # "on the second day" dates a session, never the summit itself
        ev.counted = ev.counted or men.counted
    ev.days = ev.days or men.days


def _inside(day: PartialDate | None, start: PartialDate | None, end: PartialDate | None) -> bool:
    return day is not None and start is not None and end is not None and day.precision == "day" \
        and start.first_day() <= day.first_day() <= end.last_day()


def _fits(ev: Event, men: Mention) -> bool:
    if men.mode and ev.mode != men.mode and not men.backref:
        return False  # a special summit is not the regular one of the same year
    start = men.date.start if men.date is not None else None
    end = men.date.end if men.date is not None else None
    country = men.place.code if men.place is not None else men.host_country
    same_days = compatible(ev.start, start) or _inside(ev.start, start, end) or _inside(start, ev.start, ev.end)
    return same_days and (country is None or ev.country is None or ev.country == country)


def _find_summit(index, men: Mention, current: Event | None) -> Event | None:
    summits = index["summit"][-RECENT:]
    # ASEAN-Russia is not ASEAN; a summit read so far only as "a special summit" may turn out to be either
    summits = [e for e in summits if e.partners == men.partners or (e.org is None and not e.partners)]
    if men.ordinal:
        same = [e for e in summits if e.ordinal == men.ordinal and (e.org == men.org or not e.org or not men.org)]
        return same[-1] if same else None
    if men.backref:
        named = _named_like(summits, men)
        if named is not None:
            return named
        covering = _covering(summits, men)
        if covering is not None and (men.org is None or covering.org in (None, men.org)):
            return covering
        if current is not None and (men.org is None or current.org in (None, men.org)) and _fits(current, men):
            return current
        same = [e for e in summits if men.org and e.org == men.org and _fits(e, men)]
        return same[-1] if same else None
    same = [e for e in summits if (e.org == men.org or (e.org is None and e.mode and e.mode == men.mode))
            and _fits(e, men)]  # "a special online summit" ... "The special ASEAN summit"
    if current in same:
        return current
    return same[-1] if same else None


def _near(a: Event, b: Event) -> bool:
    """Two events within days of each other (summits of one gathering of leaders)."""
    if a.start is None or b.start is None or "day" not in (a.start.precision, b.start.precision):
        return a.start is None or b.start is None
    return abs((a.start.first_day() - b.start.first_day()).days) <= LINK_WINDOW_DAYS


@lru_cache(maxsize=2048)
def _name_words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"\w+", name))


def _named_like(summits, men: Mention) -> Event | None:
    """"KTT Peringatan" refers back to the "KTT Peringatan 50 Tahun ..." named before."""
    words = {w.lower() for w in re.findall(r"\w+", men.name)} - {"ktt", "summit", "the", "konferensi", "tingkat", "tinggi"}
    if not words:
        return None
    same = [e for e in summits if words <= _name_words(e.name)]
    return same[-1] if same else None


def _covering(summits, men: Mention) -> Event | None:
    """The summit whose days include the mention's day ("the summit ... on Tuesday")."""
    start = men.date.start if men.date is not None else None
    if start is None or start.precision != "day":
        return None
    day = start.first_day()
    near = [e for e in summits if e.start is not None and e.start.precision == "day"
            and e.start.first_day() <= day <= (e.end or e.start).first_day()]
    return max(near, key=lambda e: len(e.mentions)) if near else None


def _find_meeting(index, men: Mention) -> Event | None:
    start = men.date.start if men.date is not None else None
    if men.ordinal:  # "AMM ke-56" again: the same meeting, whatever date stands beside it
        numbered = [e for e in index[men.kind][-RECENT:] if e.ordinal == men.ordinal]
        if numbered:
            return numbered[-1]
    end = men.date.end if men.date is not None else None
    # a span that holds a meeting's day names that meeting; a day inside a long meeting may be another one
    same = [e for e in index[men.kind][-RECENT:]
            if (compatible(e.start, start) or _inside(e.start, start, end))
            and (men.org is None or e.org in (None, men.org))]
    if men.kind in ("bilateral", "other") and start is None:
        return None
    if men.kind in ("bilateral", "other"):  # two dinners, forums or bilateral talks stay two, unless named alike
        name = men.name.lower()
        same = [e for e in same if name in e.name.lower() or e.name.lower() in name]
    return same[0] if len(same) == 1 else None


def _new_event(men: Mention, context: Event | None) -> Event:
    ev = Event(men.level, men.kind, men.name, sentence=men.sentence)
    ev.parent = context if men.level == "meeting" else None
    _absorb(ev, men)
    return ev


def _read_sentence_events(mentions, events, index, current):
    local = []
    for men in mentions:
        if men.extras.get("series") and men.org is None and current is not None:
            men.org = current.org
        if men.level == "summit":
            ev = _find_summit(index, men, current)
            if ev is None and not men.backref:
                ev = _new_event(men, None)
                events.append(ev)
                index["summit"].append(ev)
            elif ev is not None:
                _absorb(ev, men)
        else:
            ev = _find_meeting(index, men)
            if ev is None:
                ev = _new_event(men, _covering(index["summit"][-RECENT:], men) or current)
                events.append(ev)
                index[men.kind].append(ev)
            else:
                _absorb(ev, men)
        local.append(ev)
    sentence_summit = next((ev for men, ev in zip(mentions, local)
                            if ev is not None and men.level == "summit" and men.host is None), None)
    for men, ev in zip(mentions, local):
        if ev is None:
            continue
        if men.host is not None and local[men.host] is not None and local[men.host] is not ev:
            ev.host = ev.host or local[men.host]
        if men.part_of is not None and local[men.part_of] is not None:
            ev.parent = local[men.part_of]
        elif ev.level == "meeting" and sentence_summit is not None and sentence_summit is not ev.host:
            if ev.sentence == men.sentence:
                ev.parent = sentence_summit
    for men, ev in zip(mentions, local):
        if ev is not None and ev.level == "summit" and ev.host is None and (ev.start or ev.ordinal) \
                and (current is None or len(ev.mentions) > len(current.mentions) or _near(ev, current)):
            current = ev  # the summit the article is about, not one named in passing
    return current


def _inherit(ev: Event, seen=()):
    """Dates and place of an event held at another one come from that one."""
    host = ev.host
    if host is None or host in seen or (ev.counted is not None and ev.start is None):
        return  # a counted day ("on the second day") is worked out from the host first
    _inherit(host, seen + (ev,))
    if ev.start is None or _more_precise(host.start, ev.start):
        ev.start, ev.end = host.start, host.end
    if ev.country is None:
        ev.country, ev.city = host.country, host.city


def _within(meeting: Event, summit: Event) -> bool:
    if meeting.start is None or summit.start is None or summit.start.precision == "year":
        return False
    lo = summit.start.first_day() - dt.timedelta(days=LINK_WINDOW_DAYS)
    hi = (summit.end or summit.start).last_day() + dt.timedelta(days=LINK_WINDOW_DAYS)
    return lo <= meeting.start.first_day() and meeting.start.last_day() <= hi


def _opening_or_closing(ev: Event):
    """An undated opening session is on the summit's first day, a closing one on its last."""
    summit = ev.host or ev.parent
    if ev.start is not None or ev.level != "meeting" or summit is None or summit.start is None \
            or summit.start.precision != "day":
        return
    name = ev.name.lower()
    if re.search(r"\b(?:closing|penutupan)\b", name):
        ev.start = summit.end or summit.start
    elif re.search(r"\b(?:opening|pembukaan)\b", name):
        ev.start = summit.start


class _ByDay:
    """Events with a known day, in reading order, to find "the last one told before" quickly."""

    def __init__(self, events: list[Event], spans_only: bool = False):
        self.items = sorted(((e.sentence, i, e) for i, e in enumerate(events)
                             if e.start is not None and e.start.precision == "day" and (e.end or not spans_only)),
                            key=lambda x: (x[0], x[1]))
        self.keys = [x[0] for x in self.items]

    def last_before(self, ev: Event, strictly: bool) -> Event | None:
        stop = bisect.bisect_left(self.keys, ev.sentence) if strictly else bisect.bisect_right(self.keys, ev.sentence)
        for k in range(stop - 1, -1, -1):
            if self.items[k][2] is not ev:
                return self.items[k][2]
        return None


def _finish(events: list[Event]):
    for ev in events:
        _inherit(ev)
    spans = _ByDay(events, spans_only=True)  # "pada hari kedua kunjungan itu": counted from the last span
    for ev in events:
        if ev.counted is not None and ev.start is None:
            base = ev.host or ev.parent or spans.last_before(ev, strictly=False) or ev
            if base.start is not None and base.start.precision == "day" and ev.counted.day_index:
                first = base.start.first_day()
                idx = ev.counted.day_index
                if idx > 0:
                    ev.start, ev.end = PartialDate.from_date(first + dt.timedelta(days=idx - 1)), None
                elif base.end is not None:
                    ev.start, ev.end = base.end, None
            ev.counted = None
            _inherit(ev)
    for ev in events:
        _opening_or_closing(ev)
        if ev.start is None and any(m.extras.get("same_day_as_previous") for m in ev.mentions):
            told = _ByDay(events).last_before(ev, strictly=True)
            if told is not None:
                ev.start = told.start
    for ev in events:
        if ev.days and ev.start is not None and ev.start.precision == "day" and ev.end is None and ev.days > 1:
            ev.end = PartialDate.from_date(ev.start.first_day() + relativedelta(days=ev.days - 1))
        if ev.level == "meeting" and ev.parent is not None and ev.host is None:
            if ev.parent.start is None or not (_within(ev, ev.parent) or ev.kind in SESSION_KINDS):
                ev.parent = None
        if ev.parent is None and ev.host is not None:
            ev.parent = ev.host if ev.host.level == "summit" else ev.host.parent
        if ev.parent is not None and ev.country is None:
            ev.country, ev.city = ev.parent.country, ev.parent.city


def _anchor_countries(events: list[Event]):
    """An event with no place of its own, held within the days of a placed event of the
    article, is held where that one is ("sesi retreat" of a summit in Kuala Lumpur)."""
    by_day: dict[dt.date, list[Event]] = defaultdict(list)
    for a in events:
        if a.country and a.start is not None and a.start.precision == "day":
            first, last = a.start.first_day(), (a.end or a.start).first_day()
            for k in range(-1, min((last - first).days, 31) + 2):
                by_day[first + dt.timedelta(days=k)].append(a)
    for ev in events:
        if ev.country or ev.start is None or ev.start.precision != "day":
            continue
        near = [a for a in by_day.get(ev.start.first_day(), ()) if a is not ev]
        if near:
            best = max(near, key=lambda a: (a.end is not None, len(a.mentions)))
            ev.country, ev.city = best.country, ev.city or best.city


def _dateline_countries(events: list[Event], home: str | None, published):
    """What is left unplaced and happens around the day of writing is most likely where the
    reporter writes from ("SINGAPORE: ... the 32nd ASEAN Summit")."""
    if home is None or published is None:
        return
    for ev in events:
        if ev.country is None and ev.start is not None and ev.start.precision == "day" \
                and abs((ev.start.first_day() - published).days) <= DATELINE_DAYS:
            ev.country = home


def read_events(sentence_mentions, home: str | None = None, published=None) -> list[Event]:
    """Events of the article from the mentions of each sentence (in text order)."""
    events: list[Event] = []
    index: dict[str, list[Event]] = defaultdict(list)  # "summit" or a meeting kind -> events
    current = None
    for mentions in sentence_mentions:
        current = _read_sentence_events(mentions, events, index, current)
    _finish(events)
    _anchor_countries(events)
    _dateline_countries(events, home, published)
    _anchor_countries(events)
    return [ev for ev in events if ev.start is not None]
