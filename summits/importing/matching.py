"""Which existing record an extracted item is. Pure functions over model instances
already fetched (no queries here): the planner fetches candidates for a whole article
in a few queries and asks these functions to choose.

- Summit: the same series (organisation and partners: the ASEAN-China summits are
  numbered apart from the ASEAN summits) and ordinal; else the same series (or no
  organisation on both sides), compatible host countries and overlapping periods, never
  a summit with another ordinal. "KTT ASEAN, Oktober 2018, Bali" is the summit in Bali
  in October.
- Meeting: the same summit, kind and overlapping dates; for open-ended kinds (bilateral,
  side summit, gathering, other) the names must also share a distinctive word, so two
  side summits on one day stay two.
- Participant: the same name key (accents, case, punctuation, spacing ignored) or a
  known alias; else, in the same country, the same first and last names with fewer
  middle names or initials ("Retno Marsudi" = "Retno L.P. Marsudi"), or a near spelling
  (rapidfuzz token_sort_ratio >= 90). Countries must never disagree.
- Document: the same normalised title (Document.key); else, among the documents of
  the same summit, a near title once small words and spaces are ignored ("Leaders'
  Statement on Cybersecurity Cooperation" = "ASEAN Leaders Statement on Cyber Security
  Cooperation"), rapidfuzz ratio >= 90.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from summits import periods
from summits.models import MeetingKind, name_key

from ..extraction.types import PartialDate

NEAR_TITLE = 90
NEAR_SPELLING = 90  # token_sort_ratio: "Arrmanatha Nasir" ~ "Armanatha Nasir" (97), "Joko Widodo" ~ "Joko Wibowo" (82)
OPEN_KINDS = {MeetingKind.BILATERAL, MeetingKind.SIDE_SUMMIT, MeetingKind.GATHERING, MeetingKind.OTHER}
# Words every event name has; a shared one says nothing about two names meaning one event.
GENERIC_WORDS = frozenset(
    "ktt summit meeting pertemuan sesi session konferensi conference tingkat tinggi high level "
    "leaders pemimpin para the of on and dan ke th st nd rd di in at".split()
)
SMALL_WORDS = frozenset("a an the of on for and to in dan untuk tentang mengenai atas".split())


@lru_cache(maxsize=1 << 16)
def key_of(text: str) -> str:
    """name_key, remembered: a batch compares the same names and titles again and again."""
    return name_key(text)


@dataclass(frozen=True)
class Span:
    """A period as first and last possible day, with the precision of its start."""

    first: dt.date
    last: dt.date
    precision: str

    def overlaps(self, other: "Span") -> bool:
        return self.first <= other.last and other.first <= self.last

    def within(self, other: "Span") -> bool:
        return other.first <= self.first and self.last <= other.last


PRECISION_RANK = {periods.DAY: 0, periods.MONTH: 1, periods.YEAR: 2}


def item_span(start: PartialDate | None, end: PartialDate | None = None) -> Span | None:
    if start is None:
        return None
    last = end.last_day() if end is not None and end.last_day() >= start.first_day() else start.last_day()
    return Span(start.first_day(), last, start.precision.value)


def record_span(obj) -> Span | None:
    """Span of a Summit or Meeting (Period models)."""
    if obj.start is None:
        return None
    return Span(obj.start, obj.last_day, obj.start_precision)


def finer(a: str, b: str) -> bool:
    """Is precision a finer than precision b (day finer than month)?"""
    return PRECISION_RANK[a] < PRECISION_RANK[b]


def country_code(record, field="country") -> str:
    """The code a CountryField holds (what it stores in the instance's __dict__), without
    building the Country object its descriptor returns: matching compares the country
    of every candidate, and a Country costs more than the comparison."""
    return str(record.__dict__.get(field) or "").upper()


def countries_agree(a: str, b: str) -> bool:
    return not a or not b or str(a) == str(b)


def series_partners(item) -> str:
    """Summit.partners of an extracted summit: "CN" for the ASEAN-China series, "CN GCC" for
    ASEAN-GCC-China however the article orders them; "" for the organisation's own summits."""
    return " ".join(sorted(set(getattr(item, "partners", ()))))[:60]


def summit_score(item, organisation, span: Span | None, summit) -> tuple | None:
    """How well an existing summit fits an extracted one; None when it cannot be it."""
    if summit.partners != series_partners(item):
        return None  # the 21st ASEAN-China Summit is not the 21st ASEAN Summit, nor held as one
    if organisation is not None and summit.organisation_id == organisation.pk and item.ordinal is not None:
        if summit.ordinal == item.ordinal:
            return (3,)
    if (summit.organisation_id or None) != (organisation.pk if organisation else None):
        return None
    if item.ordinal is not None and summit.ordinal is not None and summit.ordinal != item.ordinal:
        return None
    if not countries_agree(item.country or "", country_code(summit, "host_country")):
        return None
    other = record_span(summit)
    if span is None or other is None or not span.overlaps(other):
        return None
    if organisation is None and not _share_word(item.name, summit.name):
        return None
    same_country = bool(item.country) and country_code(summit, "host_country") == item.country
    return (2, same_country, _share_word(item.name, summit.name), -abs((other.first - span.first).days))


def best_summit(item, organisation, span, candidates):
    scored = [(score, summit) for summit in candidates if (score := summit_score(item, organisation, span, summit))]
    return max(scored, key=lambda pair: pair[0])[1] if scored else None


def meeting_fits(kind: str, name: str, span: Span | None, meeting) -> bool:
    """Is this meeting (already known to belong to the same summit) the extracted one?"""
    if meeting.kind != kind:
        return False
    other = record_span(meeting)
    if (span is None) != (other is None) or (span is not None and not span.overlaps(other)):
        return False
    return kind not in OPEN_KINDS or _share_word(name, meeting.name)


def _share_word(a: str, b: str) -> bool:
    return bool(_distinctive(a) & _distinctive(b))


def _distinctive(name: str) -> set[str]:
    return set(key_of(name).split()) - GENERIC_WORDS


def same_ends(a: str, b: str) -> bool:
    """The same first and last names, the middle of one a part of the other's:
    "retno marsudi" ~ "retno l p marsudi" ~ "retno lestari priansari marsudi"."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2 or (wa[0], wa[-1]) != (wb[0], wb[-1]):
        return False
    middle_a, middle_b = set(wa[1:-1]), set(wb[1:-1])
    return middle_a <= middle_b or middle_b <= middle_a


def best_person(keys: set[str], country: str, by_key: dict, by_alias: dict, near: list):
    """The existing participant for an extracted person with these name/alias keys.

    by_key / by_alias: key -> [Participant]; near: participants that may be a near
    spelling. Exact keys first, then aliases, then initials dropped, then fuzzy."""
    for pool in ([p for k in keys for p in by_key.get(k, [])], [p for k in keys for p in by_alias.get(k, [])]):
        agreeing = [p for p in pool if countries_agree(country, country_code(p))]
        if agreeing:
            return _prefer_same_country(agreeing, country)
    if not country:
        return None
    same_country = [p for p in near if country_code(p) == country]
    exactish = [p for p in same_country if any(same_ends(k, p.key) for k in keys)]
    if exactish:
        return exactish[0]
    scored = [
        (max(fuzz.token_sort_ratio(k, p.key) for k in keys), p) for p in same_country
    ]
    scored = [pair for pair in scored if pair[0] >= NEAR_SPELLING]
    return max(scored, key=lambda pair: pair[0])[1] if scored else None


def _prefer_same_country(people, country):
    return next((p for p in people if country and country_code(p) == country), people[0])


def compact_title(key: str) -> str:
    """"asean leaders statement on cyber security" -> "aseanleadersstatementcybersecurity"."""
    return "".join(word for word in key.split() if word not in SMALL_WORDS)


def best_document(key: str, by_key: dict, same_summit: list):
    """The existing document with this title key, or a near title of the same summit."""
    if key in by_key:
        return by_key[key]
    compact = compact_title(key)
    scored = [(fuzz.ratio(compact, compact_title(doc.key)), doc) for doc in same_summit]
    scored = [pair for pair in scored if pair[0] >= NEAR_TITLE]
    return max(scored, key=lambda pair: pair[0])[1] if scored else None
