"""The typed result of reading one article: what the extractor hands the importer.

Pure Python (no Django). Every item carries the Evidence it was read from: the
sentence and its character offsets in the text given to `extract()`, so that
`text[evidence.start:evidence.end] == evidence.sentence` always holds.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from enum import Enum


class Precision(str, Enum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the day, the month or only the year. Never invents a day."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self):
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        dt.date(self.year, self.month or 1, self.day or 1)  # raises on impossible dates

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def iso(self) -> str:
        """`2018-04-27`, `2018-10` or `2018`: the form of the JSON contract."""
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def first_day(self) -> dt.date:
        """First day of the period: what the database sorts by."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """Last day of the period (for overlap tests), never shown as a date."""
        if self.day is not None:
            return self.first_day()
        if self.month is not None:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, 12, 31)

    @classmethod
    def from_date(cls, value: dt.date) -> "PartialDate":
        return cls(value.year, value.month, value.day)

    @classmethod
    def parse(cls, iso: str) -> "PartialDate":
        parts = [int(p) for p in iso.split("-")]
        return cls(*parts)

    def __str__(self) -> str:
        return self.iso


@dataclass(frozen=True)
class Evidence:
    """The sentence an item was read from, with its offsets in the extracted text."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class ArticleInfo:
    title: str | None = None
    published: dt.datetime | dt.date | None = None  # aware datetime when the time is known
    language: str = "other"  # "id", "en" or "other"
    source: str | None = None  # "ANTARA", "Reuters", ...
    dateline: str | None = None  # city opening the body: "Jakarta"
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    url: str | None = None


@dataclass(frozen=True)
class SummitItem:
    id: str  # "s1", "s2", ... unique within one Extraction
    name: str
    start: PartialDate | None = None
    end: PartialDate | None = None
    organization: str | None = None  # short name: ASEAN, G20, APEC, IMT-GT, ...
    ordinal: int | None = None
    # The other side of a partner series: ("CN",) for "the 21st ASEAN-China Summit", which is
    # numbered apart from the 21st ASEAN Summit; country codes or organisations' short names.
    partners: tuple[str, ...] = ()
    country: str | None = None  # ISO 3166-1 alpha-2 of the host
    city: str | None = None
    venue: str | None = None
    theme: str | None = None
    chair: str | None = None  # ISO alpha-2 of the chair country
    parent: str | None = None  # id of the summit this one is held alongside
    mode: str | None = None  # "extraordinary", "special", "commemorative" or None
    virtual: bool = False
    evidence: Evidence | None = None


@dataclass(frozen=True)
class MeetingItem:
    id: str  # "m1", "m2", ...
    name: str
    kind: str  # plenary, retreat, senior_officials, ministerial, permanent_representatives,
    #            bilateral, summit (a side summit), gathering, other
    start: PartialDate | None = None
    end: PartialDate | None = None
    summit: str | None = None  # id of the SummitItem it belongs to
    country: str | None = None
    city: str | None = None
    venue: str | None = None
    chair: str | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True)
class ParticipantItem:
    name: str  # canonical full name: "Joko Widodo"
    country: str | None = None  # government represented; None for an international official
    title: str | None = None  # "Presiden", "Prime Minister", ...
    organization: str | None = None  # e.g. "ASEAN" for the ASEAN Secretary-General
    aliases: tuple[str, ...] = ()  # other forms met in the text: "Jokowi", "Chandra W.Yudha"
    events: tuple[str, ...] = ()  # ids of summits and meetings the person takes part in
    role: str | None = None  # head_of_delegation, chair, spokesperson, official
    evidence: Evidence | None = None


@dataclass(frozen=True)
class DocumentItem:
    title: str
    kind: str | None = None  # declaration, statement, vision, concept_note, agreement, consensus, other
    status: str | None = None  # expected, adopted, mentioned
    summit: str | None = None  # id of the SummitItem
    date: PartialDate | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Extraction:
    article: ArticleInfo
    summits: tuple[SummitItem, ...] = ()
    meetings: tuple[MeetingItem, ...] = ()
    participants: tuple[ParticipantItem, ...] = ()
    documents: tuple[DocumentItem, ...] = ()
    countries: tuple[str, ...] = ()  # ISO alpha-2 tied to the article's events
    text: str = field(default="", repr=False)  # the text the evidence offsets point into

    def to_json(self) -> dict:
        """The object described by shared/extraction-output.schema.json."""
        from .serialize import extraction_to_json

        return extraction_to_json(self)
