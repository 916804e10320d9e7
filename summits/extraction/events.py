"""From event names in sentences to the article's events: dates, places, hosts, chairs and
themes attached to names; repeated and back-referring names merged; sessions linked to
their summit; side events to the event they are held at."""
from __future__ import annotations

import bisect
import itertools
import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from .datecompare import compatible, inside, more_precise
from .event_mentions import Mention
from .lexicons import load
from .types import PartialDate

SESSION_KINDS = {"plenary", "retreat"}
SUMMIT_LIKE_KINDS = {"gathering", "other"}
LINK_WINDOW_DAYS = 7  # a related meeting falls within a week of its summit
MAX_SPAN_DAYS = 31  # "runs until ...": no gathering lasts longer; a later day is another event's
RECENT = 60  # a repeated name refers to one of the last events of its kind, not to any in a huge text
DATELINE_DAYS = 10  # what happens this close to the day of writing happens where the reporter is
_WORDS = re.compile(r"\w+")
_CLOSING = re.compile(r"\b(?:closing|penutupan)\b")
_OPENING = re.compile(r"\b(?:opening|pembukaan)\b")


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
    until: PartialDate | None = None  # the last day, told as such ("which ended on Thursday")
    made_up_name: bool = False  # named by the reader ("APEC Leaders' Meeting"): the article's own name wins


def _absorb(ev: Event, men: Mention):
    ev.mentions.append(men)
    if men.ordinal and not ev.ordinal:
        ev.ordinal, ev.name, ev.made_up_name = men.ordinal, men.name, False
    elif men.org and (not ev.org or ev.made_up_name) and not men.backref and not men.extras.get("made_up_name"):
        ev.name, ev.made_up_name = men.name, False
    ev.org = ev.org or men.org
    ev.mode = ev.mode or men.mode
    ev.virtual = ev.virtual or men.virtual
    ev.partners = ev.partners or men.partners
    start = men.date.start if men.date is not None else None
    if men.extras.get("starts") and start is not None and start.precision == "day":
        # stated outright: overrides an arrival day read before; a later day read before ("closed
        # on Wednesday ... held since Tuesday") is the last
        later = ev.start is not None and ev.start.precision == "day" and ev.end is None \
            and 0 < (ev.start.first_day() - start.first_day()).days <= LINK_WINDOW_DAYS
        ev.start, ev.end = start, (ev.start if later else men.date.end)
    elif more_precise(start, ev.start) or (men.date is not None and ev.end is None and inside(ev.start, start, men.date.end)):
        ev.start, ev.end = start, men.date.end  # "The summits, held from Nov 10 to Nov 13": the whole span
    elif start is not None and start == ev.start and ev.end is None and men.date.end is not None:
        ev.end = men.date.end
    until = men.extras.get("until")
    if until is not None and until.start is not None:
        ev.until = ev.until or until.start
    if until is not None and ev.start is not None and ev.end is None and until.start \
            and 0 < (until.start.first_day() - ev.start.first_day()).days <= MAX_SPAN_DAYS:
        ev.end = _first_such_weekday(until, ev.start)
    if men.place is not None and men.host_country in (None, men.place.code):
        _absorb_place(ev, men.place)  # "Malaysia will host ..., following the one in Riyadh": the host says where
    ev.country = ev.country or men.host_country
    ev.chair = ev.chair or men.chair
    ev.theme = ev.theme or men.theme
    if ev.level == "meeting":  # "on the second day" dates a session, never the summit itself
        ev.counted = ev.counted or men.counted
    ev.days = ev.days or men.days


def _first_such_weekday(until, start: PartialDate) -> PartialDate:
    """"The summit, which started Sunday, ends on Tuesday" (written on a Tuesday): a weekday told
    as the last day of what began on `start` is the first such day from then on, not a week later."""
    day = until.start
    if not until.relative or day.precision != "day" or start.precision != "day":
        return day
    weeks = ((day.first_day() - start.first_day()).days - 1) // 7  # 1 to 7 days after the start stays
    return PartialDate.from_date(day.first_day() - dt.timedelta(weeks=weeks)) if weeks else day


def _absorb_place(ev: Event, place):
    """A city only where it agrees with the event's country: the briefing "di Jakarta" about
    a summit in Singapore does not move the summit to Jakarta."""
    if ev.city is None and (ev.country is None or place.code in (None, ev.country)):
        if place.kind in ("country", "alias"):
            ev.city = load("places")["city_states"].get(place.code)
        else:
            ev.city = place.text
    ev.country = ev.country or place.code


def _fits(ev: Event, men: Mention) -> bool:
    if men.mode and ev.mode != men.mode and not men.backref:
        return False  # a special summit is not the regular one of the same year
    start = men.date.start if men.date is not None else None
    end = men.date.end if men.date is not None else None
    country = men.place.code if men.place is not None else men.host_country
    same_days = compatible(ev.start, start) or inside(ev.start, start, end) or inside(start, ev.start, ev.end)
    return same_days and (country is None or ev.country is None or ev.country == country)


def _find_summit(index, men: Mention, current: Event | None) -> Event | None:
    summits = index["summit"][-RECENT:]
    # ASEAN-Russia is not ASEAN; a summit read so far only as "a special summit" may turn out to be either
    # a bare "KTT tersebut" / "the summit" may be any of them
    bare = men.backref and men.org is None and not men.partners
    summits = [e for e in summits if bare or e.partners == men.partners or (e.org is None and not e.partners)]
    if men.ordinal:
        same = [e for e in summits if e.ordinal == men.ordinal and (e.org == men.org or not e.org or not men.org)]
        if same:
            return same[-1]
        # "KTT ASEAN digelar pada 26-28 Oktober ... Sesi Pleno KTT ke-47 ASEAN": the summit read so far, numbered now
        return current if current is not None and current.ordinal is None and current.org and current.org == men.org \
            and men.date is None and men.place is None else None
    if men.backref:
        if men.extras.get("starts") and current is not None and men.org in (None, current.org):
            return current  # "the summit that starts on Tuesday" names the day of the summit read so far
        named = _named_like(summits, men)
        if named is not None:
            return named
        covering = _covering(summits, men)
        if covering is not None and (men.org is None or covering.org in (None, men.org)):
            return covering
        if current is not None and (men.org is None or current.org in (None, men.org)) and _fits(current, men):
            return current
        same = [e for e in summits if men.org and e.org == men.org and _fits(e, men)]
        if same:
            return same[-1]
        # "... untuk menghadiri KTT Peringatan 50 Tahun ASEAN-Jepang. KTT tersebut akan berlangsung pada
        # 16-18 Desember": the summit named without a date takes the one its back-reference gives
        undated = [e for e in summits if e.start is None and men.org in (None, e.org) and _fits(e, men)]
        return undated[-1] if undated else None
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
    return frozenset(w.lower() for w in _WORDS.findall(name))


def _named_like(summits, men: Mention) -> Event | None:
    """"KTT Peringatan" refers back to the "KTT Peringatan 50 Tahun ..." named before."""
    words = {w.lower() for w in _WORDS.findall(men.name)} - {"ktt", "summit", "the", "konferensi", "tingkat", "tinggi"}
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
    if men.extras.get("this"):  # "Forum ini", "the retreat" told again: the last one so named
        told = [e for e in index[men.kind][-RECENT:] if men.name.lower() in e.name.lower()]
        if told:
            return told[-1]
    loose = men.kind in ("bilateral", "other")
    if loose and start is None:
        return None
    end = men.date.end if men.date is not None else None
    country = men.place.code if men.place is not None else None
    # a span that holds a meeting's day names that meeting; a day inside a long meeting may be another one;
    # "the 10th retreat was held in Singapore" is not the retreat in Malaysia told before
    same = (e for e in index[men.kind][-RECENT:]
            if (men.org is None or e.org in (None, men.org))  # the cheap test first
            and (compatible(e.start, start) or inside(e.start, start, end)) and not _other_series(e, men)
            and not _other_portfolio(e.name, men.name)
            and (country is None or e.country in (None, country)))
    if loose:  # two dinners, forums or bilateral talks stay two, unless named alike
        name = men.name.lower()
        same = (e for e in same if name in e.name.lower() or e.name.lower() in name)
    # only one event that fits is the one meant: two are enough to know (a huge text has many alike)
    first_two = list(itertools.islice(same, 2))
    if not first_two and " " not in men.name and not loose:
        return _named_with(index, men, start, end, country)
    return first_two[0] if len(first_two) == 1 else None


def _named_with(index, men: Mention, start, end, country) -> Event | None:
    """"The retreat" after "the ASEAN Foreign Ministers' Retreat" (a ministerial meeting): the one
    meeting told before whose name ends with that word, of whatever kind."""
    word = men.name.lower()
    named = [e for kind, events in index.items() if kind != "summit" for e in events[-RECENT:]
             if e.name.lower().endswith(word) and (compatible(e.start, start) or inside(e.start, start, end))
             and (country is None or e.country in (None, country))]
    return named[0] if len(named) == 1 else None


@lru_cache(maxsize=1024)
def _portfolios(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]+", name.lower()) if w in _portfolio_words())


@lru_cache(maxsize=1)
def _portfolio_words() -> frozenset[str]:
    return frozenset(load("events")["portfolio_words"])


def _other_portfolio(a: str, b: str) -> bool:
    """"G20 foreign ministers met in Johannesburg on Feb 20-21, followed by finance ministers in
    Cape Town in late February": ministers of other portfolios hold another meeting."""
    pa, pb = _portfolios(a), _portfolios(b)
    return bool(pa and pb and not pa & pb)


def _other_series(ev: Event, men: Mention) -> bool:
    """"Pertemuan Menlu ASEAN-China (PMC)" on 10 July is not "AMM ke-58" of 8-11 July: meetings
    with other partners, or a numbered meeting and a partner meeting, are two."""
    if ev.partners and men.partners and ev.partners != men.partners:
        return True
    return bool(ev.partners) != bool(men.partners) and bool(ev.ordinal or men.ordinal)


def _new_event(men: Mention, context: Event | None) -> Event:
    ev = Event(men.level, men.kind, men.name, sentence=men.sentence, made_up_name=bool(men.extras.get("made_up_name")))
    ev.parent = context if men.level == "meeting" else None
    _absorb(ev, men)
    return ev


def _named_and_dated(men: Mention) -> bool:
    """"after attending the ASEAN-related summits in Vientiane from Oct 9 to 11", "at the Bali
    summit in November 2022": a back-reference to nothing told before, that says whose summits
    (or where) and which days (or month), names them."""
    if men.date is None or men.date.start is None:
        return False
    if men.org is not None:
        return men.date.start.precision == "day"
    return bool(men.extras.get("named_place")) and men.date.start.precision in ("day", "month")


def _read_sentence_events(mentions, events, index, current, told=None):
    """The events of one sentence's mentions, found among those read so far or new; the summit
    the article is about so far comes back, and the events of the sentence. `told`: the event
    the sentences before told last ("Di sela pertemuan, ...": the gathering that refers to)."""
    if not mentions:
        return current, []  # (most sentences name no event)
    local = []
    for men in mentions:
        if men.extras.get("series") and men.org is None and current is not None and current.org:
            men.org = current.org  # "next year's summit" of the series told of: named by its group
            men.name = f"{current.org} {men.name}"
        if men.level == "summit":
            ev = _find_summit(index, men, current)
            if ev is None and (not men.backref or _named_and_dated(men)):
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
        elif men.extras.get("at_told") and told is not None and told is not ev:
            ev.host = ev.host or told
        if men.part_of is not None and local[men.part_of] is not None:
            ev.parent = local[men.part_of]
        elif ev.level == "meeting" and sentence_summit is not None and sentence_summit is not ev.host:
            if ev.sentence == men.sentence:
                ev.parent = sentence_summit
    for men, ev in zip(mentions, local):
        if ev is not None and ev.level == "summit" and ev.host is None and (ev.start or ev.ordinal) \
                and (current is None or len(ev.mentions) > len(current.mentions)
                 or (_near(ev, current) and (ev.ordinal or not current.ordinal))):
            # the summit the article is about, not one named in passing (nor one held beside it)
            current = ev
    return current, local


def _inherit(ev: Event, seen=()):
    """Dates and place of an event held at another one come from that one."""
    host = ev.host
    if host is None or host in seen or (ev.counted is not None and ev.start is None):
        return  # a counted day ("on the second day") is worked out from the host first
    _inherit(host, seen + (ev,))
    # talks on the sidelines of a summit of several days are held on one of them, which the text does not tell
    some_day = ev.kind == "bilateral" and host.end is not None
    if not some_day and (ev.start is None or more_precise(host.start, ev.start)):
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
    if _CLOSING.search(name):
        ev.start = summit.end or summit.start
    elif _OPENING.search(name):
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


def _share_joint(events: list[Event]):
    """"The 28th and 29th ASEAN Summits ... The summits run from Sept 6 to 8": what later
    sentences tell one of two summits held together holds for both."""
    pairs = defaultdict(list)
    for ev in events:
        keys = {m.extras["joint"] for m in ev.mentions if m.extras.get("joint")}
        for key in keys:
            pairs[key].append(ev)
    for pair in pairs.values():
        if len(pair) != 2:
            continue
        best = max(pair, key=lambda e: (e.start is not None and e.start.precision == "day", e.end is not None,
                                        e.start is not None))
        for ev in pair:
            ev.start, ev.end = best.start, best.end
            if ev.country is None:
                ev.country, ev.city = best.country, best.city


def _named(ev: Event) -> bool:
    """Named by its group, number or a capitalised name, not only by a word of its kind ("retreat")."""
    return bool(ev.org or ev.ordinal or any(m.name[:1].isupper() for m in ev.mentions))


def _finish(events: list[Event]):
    for ev in events:
        if ev.start is None and ev.until is not None and ev.until.precision == "day" and ev.host is None:
            # "KTT ke-43 ASEAN ... yang ditutup pada Kamis (7/9)": held that month, ended that day;
            # "The three-day Shangri-La Dialogue ... ended on Sunday": it opened two days before
            ev.start, ev.end = PartialDate(ev.until.year, ev.until.month), ev.until
            if ev.days and 1 < ev.days <= MAX_SPAN_DAYS:
                ev.start = PartialDate.from_date(ev.until.first_day() - dt.timedelta(days=ev.days - 1))
    _share_joint(events)
    for ev in events:
        if ev.host is not None and ev.host.start is None and ev.start is not None and _named(ev.host):
            # "KTT Asia Timur di sela KTT ke-47 ASEAN, Senin (27/10)", the host dated nowhere else: it
            # was held that day too ("di sela-sela retreat", a bare word, may be any retreat)
            ev.host.start, ev.host.end = ev.start, ev.end
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
            _span_days(ev)
        if ev.parent is None and ev.host is not None:
            ev.parent = ev.host if ev.host.level == "summit" else ev.host.parent
        if ev.level == "meeting" and ev.parent is not None and ev.parent is not ev.host:
            # a meeting months away from the summit it was told beside, or in another country
            # (flying on to Washington for talks), belongs to another event
            if ev.parent.start is None or not (_within(ev, ev.parent) or ev.kind in SESSION_KINDS) \
                    or ev.country and ev.parent.country and ev.country != ev.parent.country:
                ev.parent = None
        if ev.parent is not None and ev.country is None:
            ev.country, ev.city = ev.parent.country, ev.parent.city


def _span_days(ev: Event):
    """"the two-day summit": the days from its start, or up to the last day when that is told and
    the day known so far lies within them ("the two-day summit, which ended on Thursday")."""
    first = ev.start.first_day()
    last = ev.until.first_day() if ev.until is not None and ev.until.precision == "day" else None
    if last is not None and 0 <= (last - first).days < ev.days:
        ev.start = PartialDate.from_date(last - relativedelta(days=ev.days - 1))
        ev.end = ev.until
    else:
        ev.end = PartialDate.from_date(first + relativedelta(days=ev.days - 1))


def _placed_rank(ev: Event):
    """Which placed event of a day an unplaced one goes by: one with its span told, then the most told of."""
    return ev.end is not None, len(ev.mentions)


def _anchor_countries(events: list[Event]):
    """An event with no place of its own, held within the days of a placed event of the
    article, is held where that one is ("sesi retreat" of a summit in Kuala Lumpur)."""
    by_day: dict[int, list[Event]] = defaultdict(list)  # day ordinal -> events (integers: no date arithmetic)
    for a in events:
        if a.country and a.start is not None and a.start.precision == "day":
            first, last = a.start.first_day().toordinal(), (a.end or a.start).first_day().toordinal()
            for k in range(-1, min(last - first, 31) + 2):
                by_day[first + k].append(a)
    # the best placed event of a day is picked once for all the events of that day (a huge text has
    # many); an event placed in this loop is none of them: they were all placed before it
    best: dict[int, Event] = {}
    for ev in events:
        if ev.country or ev.start is None or ev.start.precision != "day":
            continue
        day = ev.start.first_day().toordinal()
        if day not in best and day in by_day:
            best[day] = max(by_day[day], key=_placed_rank)
        found = best.get(day)
        if found is None and ev.end is not None and ev.end.precision == "day":  # "KTT BRICS ke-16 itu ... 22-24 Oktober"
            last = ev.end.first_day()  # (a placed event on its last day itself, not the day after)
            near = [a for a in by_day.get(last.toordinal(), ())
                    if a.start.first_day() <= last <= (a.end or a.start).first_day()]
            found = max(near, key=_placed_rank) if near else None
        if found is not None:
            ev.country, ev.city = found.country, ev.city or found.city


def _dateline_countries(events: list[Event], home: str | None, published, city: str | None = None):
    """What is left unplaced and happens around the day of writing is most likely where the
    reporter writes from ("SINGAPORE: ... the 32nd ASEAN Summit")."""
    if home is None or published is None:
        return
    for ev in events:  # (a summit held online is not where one of its leaders joined from)
        if ev.country is None and not ev.virtual and ev.start is not None and ev.start.precision == "day" \
                and abs((ev.start.first_day() - published).days) <= DATELINE_DAYS:
            ev.country, ev.city = home, ev.city or city


def _borrow_dates(events: list[Event], date_before):
    """"Leaders will meet in Lima on Nov 15-16. Peru will host the APEC Economic Leaders'
    Meeting at ...": an event the article never dates takes the one day or span of the
    sentence just before it, when that sentence names no event of its own."""
    for ev in events:
        if ev.start is not None or ev.host is not None or ev.parent is not None or ev.mentions[0].backref:
            continue  # (a meeting of a summit has the summit's days to go by)
        date = date_before(ev.mentions[0].sentence)
        if date is not None:
            ev.start, ev.end = date.start, date.end


def _dates_told_after(events: list[Event], date_after):
    """"... menghadiri Pertemuan Menlu G20 di Johannesburg pekan lalu. Pertemuan itu berlangsung pada
    20-21 Februari 2025": the sentence after an event, referring back to it, tells its days (or its
    last day: "... membuka pertemuan yang berlangsung hingga Jumat (31/1) tersebut")."""
    for ev in events:
        if ev.start is not None and ev.start.precision == "day" and ev.end is not None:
            continue
        told = date_after(ev.mentions[-1].sentence)
        if told is None:
            continue
        how, date = told
        if how == "on" and (ev.start is None or ev.start.precision != "day") and compatible(date.start, ev.start):
            ev.start, ev.end = date.start, date.end
        elif how == "until" and ev.start is not None and ev.start.precision == "day" \
                and 0 < (date.start.first_day() - ev.start.first_day()).days <= MAX_SPAN_DAYS:
            ev.end = date.start  # "... pertemuan yang berlangsung hingga Jumat (31/1)": its last day


def _talks_on_the_day_of_writing(events: list[Event], published):
    """"Rio de Janeiro, 18 November 2024 - Presiden telah mengadakan pertemuan bilateral ... di sela
    KTT G20 ... pada 18-19 November": talks at a gathering of several days, told on its first day
    as done, were held that day (on a later day, on any day before; told without a tense word, on
    any day of it)."""
    for ev in events:
        host = ev.host
        if ev.start is None and ev.kind == "bilateral" and host is not None and host.end is not None \
                and host.start is not None and host.start.precision == "day" and host.start.first_day() == published:
            told = [m.extras["done"] for m in ev.mentions if "done" in m.extras]
            if told and all(told):
                ev.start = host.start


def _arrival_places(events: list[Event], published, arrived_at):
    """"Presiden tiba di Bandar Udara Internasional Kuala Lumpur, Malaysia, ... . Kedatangan Presiden
    untuk menghadiri KTT Ke-46 ASEAN ...": an unplaced event of these days, named right after an
    arrival, is held where the traveller arrived."""
    for ev in events:
        if ev.country is not None or ev.start is None or ev.start.precision != "day" or ev.mentions[0].backref \
                or abs((ev.start.first_day() - published).days) > DATELINE_DAYS:
            continue
        place = arrived_at(ev.mentions[0].sentence)
        if place is not None:
            _absorb_place(ev, place)


def read_events(sentence_mentions, home: str | None = None, published=None, dateline: str | None = None,
                date_before=None, date_after=None, arrived_at=None) -> list[Event]:
    """Events of the article from the mentions of each sentence (in text order). `date_before`:
    sentence index -> the date told in the sentence before it, if that one names no event;
    `date_after`: the date told in the sentence after it, if that one refers back to an event;
    `arrived_at`: the place the sentence before it says someone arrived at, if it names no event."""
    events: list[Event] = []
    index: dict[str, list[Event]] = defaultdict(list)  # "summit" or a meeting kind -> events
    current = told = None
    for mentions in sentence_mentions:
        current, local = _read_sentence_events(mentions, events, index, current, told)
        # the gathering a later "di sela pertemuan" means: the sentence's first not held at another
        told = next((ev for ev in local if ev is not None and ev.host is None), told)
    if date_after is not None:
        _dates_told_after(events, date_after)
    if date_before is not None:
        _borrow_dates(events, date_before)
    _finish(events)
    if published is not None:
        _talks_on_the_day_of_writing(events, published)
    if arrived_at is not None and published is not None:
        _arrival_places(events, published, arrived_at)
    _anchor_countries(events)
    _dateline_countries(events, home, published, dateline if home else None)
    _anchor_countries(events)
    events = _fold_unnamed_summits(events)
    _break_parent_cycles(events)
    return [ev for ev in events if ev.start is not None]


def _fold_unnamed_summits(events: list[Event]) -> list[Event]:
    """"adopted a statement at a special summit in Tokyo" ... "the three-day ASEAN-Japan
    Commemorative Summit": a summit told only by its kind, on a day of a named summit in the
    same country, is that summit."""
    named = [e for e in events if e.level == "summit" and e.org and e.start is not None and e.start.precision == "day"]
    gone = {}
    for ev in events:
        if ev.level != "summit" or ev.org or ev.ordinal or not all(m.extras.get("indefinite") for m in ev.mentions):
            continue
        into = next((e for e in named if e.country in (None, ev.country)
                     and inside(ev.start, e.start, e.end or e.start)), None)
        if into is not None:
            into.mentions.extend(ev.mentions)
            into.country = into.country or ev.country
            into.city = into.city or ev.city
            gone[id(ev)] = into
    for ev in events:
        ev.parent, ev.host = gone.get(id(ev.parent), ev.parent), gone.get(id(ev.host), ev.host)
    return [ev for ev in events if id(ev) not in gone]


def _break_parent_cycles(events: list[Event]):
    """An event can end up, through its host, as its own parent (or its parent's parent);
    whoever walks up the chain would then loop for ever. Cut the link that closes the loop."""
    for ev in events:
        seen = {id(ev)}
        node = ev
        while node.parent is not None:
            if id(node.parent) in seen:
                node.parent = None
                break
            seen.add(id(node.parent))
            node = node.parent
