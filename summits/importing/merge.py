"""Planning one article's import: which records it creates, which existing ones it
matches (see `matching` for identity), what it changes on them, what it disagrees with.
Writes nothing and runs no query: it plans against a `catalog.Catalog` of the records
it may match, loaded for a batch of articles; `apply.write_plans` writes the result.

What an article may change on a record it matches:
- Records an editor reviewed or edited (review_status != imported) are never changed.
  Every fact the article states differently (dates, countries, city, ordinal, a
  document's status) is filed as a Conflict for the editor, empty fields included.
- Unreviewed records: empty fields are filled, more precise dates that fall inside the
  known period replace it ("Oktober 2018" becomes "8–14 October 2018"), a document's
  status moves forward (mentioned < expected < adopted), a city replaces the region
  holding it ("Bali" becomes "Nusa Dua"; `regions`). A non-empty fact that
  disagrees is kept and the disagreement filed as a Conflict, so two sources that
  contradict each other are visible instead of the later one silently winning.
  A region against a city inside it is agreement, not a disagreement, in either order.
  Descriptions (names, themes, venues, titles) are filled when empty, never conflicted.
- An article that is already a source of the record changes nothing more (re-import).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Any

from django_countries import countries

from summits import periods
from summits.models import (
    Alias, Attendance, AttendanceRole, Document, DocumentKind, DocumentStatus, Meeting, MeetingKind, Organisation,
    Participant, ReviewStatus, Summit, SummitMode,
)

from ..extraction.types import SummitItem
from . import matching, regions
from .articles import split_names
from .catalog import ref
from .matching import Span, item_span, key_of, record_span, series_partners
from .types import ProposedConflict

MEETING_KINDS = {choice.value for choice in MeetingKind} | {"summit"}
# The choices' values, once: TextChoices.values builds them (with translated labels) on each call.
ATTENDANCE_ROLES = frozenset(AttendanceRole.values)
MEETING_KIND_VALUES = frozenset(MeetingKind.values)
SUMMIT_MODES = frozenset(SummitMode.values)
DOCUMENT_KINDS = frozenset(DocumentKind.values)
DOCUMENT_STATUSES = frozenset(DocumentStatus.values)
STATUS_ORDER = [DocumentStatus.MENTIONED, DocumentStatus.EXPECTED, DocumentStatus.ADOPTED]
_COUNTRY_CODES = frozenset(code for code, _ in countries)


@dataclass(eq=False)
class Touch:
    """One record the article touches: an existing one (fetched) or a new one (unsaved)."""

    kind: str
    obj: Any
    created: bool
    how: str = ""  # why it matched
    already_source: bool = False
    evidence: list[tuple[int, int, str]] = field(default_factory=list)
    changes: dict[str, tuple[str, str]] = field(default_factory=dict)
    conflicts: list[ProposedConflict] = field(default_factory=list)
    links: dict[str, "Touch"] = field(default_factory=dict)  # FK field -> touch whose obj to set at write time
    aliases: list = field(default_factory=list)  # new Alias rows of a participant

    @property
    def reviewed(self) -> bool:
        return not self.created and self.obj.review_status != ReviewStatus.IMPORTED

    @property
    def sentence(self) -> str:
        return self.evidence[0][2] if self.evidence else ""

    def set(self, name, value, shown=None):
        self.changes[name] = (_show(getattr(self.obj, name)), shown if shown is not None else _show(value))
        setattr(self.obj, name, value)

    def conflict(self, name, current, proposed):
        found = ProposedConflict(name, _show(current)[:400], _show(proposed)[:400])
        if not self.already_source and found not in self.conflicts:
            self.conflicts.append(found)


class Planner:
    """Plans the import of one article from its Extraction against a Catalog of the
    records it may match (see `catalog`): no queries of its own. Planning several
    articles in turn against one catalog plans them as importing them one by one would."""

    def __init__(self, article, extraction, catalog):
        self.article = article
        self.catalog = catalog
        self.extraction = catalog.own_events.get(id(extraction)) or events_of_their_own(extraction, catalog.organisations)
        self.touches: list[Touch] = []
        self.by_record: dict[tuple, Touch] = {}
        self.created_here: set[int] = set()  # ids of the records this article creates
        self.summit_of: dict[str, Touch] = {}
        self.meeting_of: dict[str, Touch] = {}
        self.sourced = catalog.sourced.get(article.pk, set())  # a re-import leaves these alone

    def run(self) -> list[Touch]:
        self._plan_summits()
        self._plan_meetings()
        self._plan_participants()
        self._plan_documents()
        return self.touches

    # -- bookkeeping -------------------------------------------------------------------

    def _touch(self, kind, obj, *, created=False, how="", evidence=None) -> Touch:
        if created:
            self.created_here.add(id(obj))
        created = id(obj) in self.created_here  # or matched a record planned earlier in this article
        key = (kind, ref(obj))
        touch = self.by_record.get(key)
        if touch is None:
            touch = Touch(kind, obj, created, how, already_source=not created and (kind, obj.pk) in self.sourced)
            self.by_record[key] = touch
            self.touches.append(touch)
        located = self._locate(evidence)
        if located and located not in touch.evidence:
            touch.evidence.append(located)
        return touch

    def _locate(self, evidence) -> tuple[int, int, str] | None:
        """Offsets into the stored body: the extractor's when they hold, else where the
        sentence is found; an item without evidence still gets a row naming the article."""
        body = self.article.body
        if evidence is None:
            return (0, 0, "")
        if 0 <= evidence.start <= evidence.end <= len(body) and body[evidence.start:evidence.end] == evidence.sentence:
            return (evidence.start, evidence.end, evidence.sentence)
        start = body.find(evidence.sentence) if evidence.sentence else -1
        if start >= 0:
            return (start, start + len(evidence.sentence), evidence.sentence)
        return (0, 0, evidence.sentence)

    def _link(self, touch, name, target):
        """touch's record will point at target's (set when written: target may be new)."""
        touch.links[name] = target
        self.catalog.link(touch.obj, name, target.obj)

    # -- summits -----------------------------------------------------------------------

    def _plan_summits(self):
        items = self.extraction.summits
        if not items:
            return
        organisation_of = self.catalog.organisation
        candidates = self.catalog.summit_candidates(
            [(organisation_of(item.organization), item.ordinal, item_span(item.start, item.end)) for item in items]
        )
        for item in items:
            organisation, span = organisation_of(item.organization), item_span(item.start, item.end)
            values = summit_values(item, organisation)
            match = matching.best_summit(item, organisation, span, candidates)
            if match is None:
                summit = build(Summit, values)
                candidates.append(summit)
                self.catalog.add_summit(summit)
                touch = self._touch("summit", summit, created=True, evidence=item.evidence)
            else:
                self.catalog.ensure(match)
                how = "same ordinal" if item.ordinal and match.ordinal == item.ordinal else "same place and dates"
                touch = self._touch("summit", match, how=how, evidence=item.evidence)
                self._merge_period(touch, item.start, item.end)
                self._merge_fields(touch, values, facts=["ordinal", "host_country", "city", "chair_country"],
                                   descriptions=["organisation", "venue", "theme", "mode", "virtual"])
                self.catalog.merged(match)
            self.summit_of[item.id] = touch
        for item in items:
            child, parent = self.summit_of[item.id], self.summit_of.get(item.parent or "")
            has_parent = self.catalog.linked(child.obj, "parent")
            if parent and parent is not child and not child.reviewed and (child.created or not has_parent):
                self._link(child, "parent", parent)
                if not child.created:
                    child.changes["parent"] = ("", parent.obj.name)

    # -- meetings ----------------------------------------------------------------------

    def _plan_meetings(self):
        items = self.extraction.meetings
        if not items:
            return
        loose_spans = [span for item in items if item.summit not in self.summit_of
                       and (span := item_span(item.start, item.end))]
        groups = {}  # the summit a meeting belongs to -> its meetings
        for item in items:
            summit_touch = self.summit_of.get(item.summit or "")
            summit = summit_touch.obj if summit_touch else None
            if id(summit) not in groups:
                groups[id(summit)] = (self.catalog.meetings_of(summit) if summit is not None
                                      else self.catalog.loose_meetings(loose_spans))
            group = groups[id(summit)]
            kind = meeting_kind(item.kind)
            span = item_span(item.start, item.end)
            match = next((m for m in group if matching.meeting_fits(kind, item.name, span, m)), None)
            if match is None:
                meeting = build(Meeting, meeting_values(item, kind, summit_touch))
                group.append(meeting)
                self.catalog.add_meeting(meeting, summit)
                touch = self._touch("meeting", meeting, created=True, evidence=item.evidence)
                if summit_touch:
                    touch.links["summit"] = summit_touch
            else:
                touch = self._touch("meeting", match, how="same summit, kind and date", evidence=item.evidence)
                self._merge_period(touch, item.start, item.end)
                self._merge_fields(touch, meeting_values(item, kind, None), facts=["country", "city"], descriptions=["venue", "chair_country"])
                self.catalog.merged(match)
            self.meeting_of[item.id] = touch

    # -- participants and attendance ---------------------------------------------------

    def _plan_participants(self):
        credited = self._credited()
        people = [p for p in self.extraction.participants if key_of(p.name) and key_of(p.name) not in credited]
        if not people:
            return
        catalog = self.catalog
        keys = {id(p): {k for k in map(key_of, (p.name, *p.aliases)) if k} for p in people}
        near = self._near_spellings(people, keys)
        person_touches = []
        for person in people:
            country = _country(person.country)
            match = matching.best_person(keys[id(person)], country, catalog.by_key, catalog.by_alias, near)
            values = participant_values(person, country, catalog.organisation(person.organization))
            if match is None:
                match = build(Participant, values)
                catalog.add_person(match)
                touch = self._touch("participant", match, created=True, evidence=person.evidence)
            else:
                touch = self._touch("participant", match, how="same person", evidence=person.evidence)
                self._merge_fields(touch, values, facts=["country"], descriptions=["title", "organisation"])
            self._plan_aliases(touch, person)
            person_touches.append((person, touch))
        self._plan_attendance(person_touches)

    def _credited(self) -> set[str]:
        """Keys of the names the article's byline and credits give: its writers, not
        people at the summit (the page's byline reaches the extractor only through the
        stored article)."""
        info = self.extraction.article
        names = (*split_names(self.article.authors), *split_names(self.article.editors), *info.authors, *info.editors)
        return {key_of(name) for name in names}

    def _near_spellings(self, people, keys):
        """Participants of the same country whose first or last name matches someone not
        known by name or alias: the few worth a fuzzy comparison."""
        catalog, near = self.catalog, {}
        for person in people:
            found = any(catalog.by_key.get(k) or catalog.by_alias.get(k) for k in keys[id(person)])
            country = _country(person.country)
            if not found and country:
                near.update((id(p), p) for p in catalog.near_people(country, keys[id(person)]))
        return sorted(near.values(), key=lambda p: p.name)

    def _plan_aliases(self, touch, person):
        own, owner = key_of(touch.obj.name), ref(touch.obj)
        for alias in person.aliases:
            key = key_of(alias)[:200]
            if key and key != own and (owner, key) not in self.catalog.known_aliases:
                touch.aliases.append(Alias(name=" ".join(alias.split())[:200], key=key))
                # later names, in this article or the batch, find the person by it too
                self.catalog.add_alias(touch.obj, key)

    def _plan_attendance(self, person_touches):
        for person, person_touch in person_touches:
            for event_id in person.events:
                event = self.meeting_of.get(event_id) or self.summit_of.get(event_id)
                if event is not None:
                    self._plan_one_attendance(person, person_touch, event)

    def _plan_one_attendance(self, person, person_touch, event):
        role = person.role if person.role in ATTENDANCE_ROLES else AttendanceRole.OFFICIAL
        title = (person.title or "")[:200]
        key = (ref(person_touch.obj), event.kind, ref(event.obj))
        found = self.catalog.attendance(key)
        if found is None:
            touch = self._touch("attendance", build(Attendance, {"role": role, "title": title}), created=True, evidence=person.evidence)
            touch.links.update({"participant": person_touch, event.kind: event})
            # The same person named twice for one event: one row.
            self.catalog.attendances[key] = touch.obj
            return
        touch = self._touch("attendance", found, how="already listed", evidence=person.evidence)
        if not touch.created:
            self._merge_fields(touch, {"title": title}, facts=[], descriptions=["title"])

    # -- documents ---------------------------------------------------------------------

    def _plan_documents(self):
        items = [d for d in self.extraction.documents if key_of(d.title)]
        catalog = self.catalog
        for item in items:
            key = key_of(item.title)[:400]
            summit_touch = self.summit_of.get(item.summit or "")
            values = document_values(item, key)
            siblings = catalog.documents_of[ref(summit_touch.obj)] if summit_touch else []
            match = matching.best_document(key, catalog.documents, siblings)
            if match is None:
                match = build(Document, values)
                catalog.add_document(match)
                touch = self._touch("document", match, created=True, evidence=item.evidence)
                if summit_touch:
                    self._link(touch, "summit", summit_touch)
                continue
            how = "same title" if match.key == key else "near title, same summit"
            touch = self._touch("document", match, how=how, evidence=item.evidence)
            self._merge_document(touch, item, values, summit_touch)

    def _merge_document(self, touch, item, values, summit_touch):
        doc = touch.obj
        if item.date:
            self._merge_day(touch, "date", item.date)
        if values["status"] != doc.status and _rank(values["status"]) > _rank(doc.status):
            if touch.reviewed:
                touch.conflict("status", doc.status, values["status"])
            elif not touch.already_source:
                touch.set("status", values["status"])
        self._merge_fields(touch, values, facts=[], descriptions=["kind"])
        if summit_touch and not self.catalog.linked(doc, "summit") and not touch.reviewed and not touch.created:
            self._link(touch, "summit", summit_touch)
            touch.changes["summit"] = ("", summit_touch.obj.name)

    # -- field merging -----------------------------------------------------------------

    def _merge_fields(self, touch, values, *, facts, descriptions):
        obj = touch.obj
        for name in [*facts, *descriptions]:
            new, current = values.get(name), _value(obj, name)
            if _is_empty(name, new) or _same(current, new):
                continue
            if _is_empty(name, current) and not touch.reviewed:
                touch.set(name, new)
            elif name == "city" and self._merge_place(touch, current, new, values):
                continue
            elif name in facts:
                touch.conflict(name, current, new)

    def _merge_place(self, touch, current, new, values) -> bool:
        """A city inside the other ("Nusa Dua" and "Bali") agrees with it: the finer one is
        kept, whichever article came first. False when they are different places."""
        field = PLACE_COUNTRY[touch.kind]
        country = _value(touch.obj, field) or values.get(field) or ""
        finer = regions.finer_place(current, new, country)
        if finer is None:
            return False
        if _same(finer, current):
            return True
        if not touch.reviewed:
            touch.set("city", finer)
        elif not regions.same_place(current, new, country):
            touch.conflict("city", current, new)  # as for dates: an editor's value is refined by the editor
        return True

    def _merge_period(self, touch, start, end):
        """Dates of a Summit or Meeting: fill, refine to a finer precision, or conflict."""
        obj = touch.obj
        new = item_span(start, end)
        if new is None:
            return
        current = record_span(obj)

        def proposed():  # shown only in a change or a conflict: most merges agree
            return periods.format_period(start.first_day(), start.precision.value,
                                         end.first_day() if end else None, end.precision.value if end else "day")

        if current is None or (matching.finer(new.precision, current.precision) and new.within(current)):
            self._apply_period(touch, start, end, proposed)  # known now, or known more precisely
        elif new.precision == current.precision and new != current and (new.within(current) or current.within(new)):
            # Decided the same way whichever article comes first, so that import order
            # does not change the database: one day inside a known span agrees with it
            # (and a known day grows into the span that holds it); two different spans,
            # one inside the other, disagree.
            new_is_inner = new.within(current)
            inner_is_one_day = (end is None or end == start) if new_is_inner else (obj.end is None or obj.end == obj.start)
            if not inner_is_one_day:
                touch.conflict("dates", obj.period_display, proposed())  # "25–28 April" against "27–28 April"
            elif not new_is_inner:
                self._apply_period(touch, start, end, proposed)
        elif not (new.within(current) or current.within(new)):
            touch.conflict("dates", obj.period_display, proposed())
        # Otherwise the article names one day of the event, or a coarser period around it: agreed.

    def _apply_period(self, touch, start, end, proposed):
        if touch.reviewed:
            touch.conflict("dates", touch.obj.period_display, proposed())
            return
        old = touch.obj.period_display
        for name, value in period_fields(start, end).items():
            setattr(touch.obj, name, value)
        touch.changes["dates"] = (old, proposed())

    def _merge_day(self, touch, name, date):
        """A single partial date (Document.date)."""
        obj, precision = touch.obj, f"{name}_precision"
        current = getattr(obj, name)
        proposed = periods.format_period(date.first_day(), date.precision.value)
        new = Span(date.first_day(), date.last_day(), date.precision.value)
        if current is not None:
            old = Span(current, periods.last_day(current, getattr(obj, precision)), getattr(obj, precision))
            if old.within(new) or new == old:
                return
            if not (matching.finer(new.precision, old.precision) and new.within(old)):
                touch.conflict(name, periods.format_period(current, old.precision), proposed)
                return
        if touch.reviewed:
            touch.conflict(name, periods.format_period(current, getattr(obj, precision)) if current else "", proposed)
            return
        touch.set(name, date.first_day(), proposed)
        setattr(obj, precision, date.precision.value)


# -- reading the extraction ------------------------------------------------------------

DETACHED_KINDS = {"gathering", "summit"}
DETACHED_GAP = dt.timedelta(days=31)


def events_of_their_own(extraction, organisations):
    """A gathering or side summit tied to a summit it is far from (another country, more
    than a month apart) is an event of its own: "the ASEAN leaders' gathering in Bali in
    October", mentioned in an article about April's summit in Singapore, becomes a
    summit on the schedule instead of a session of April's."""
    summits = {s.id: s for s in extraction.summits}
    detached = [m for m in extraction.meetings if _far_from_its_summit(m, summits.get(m.summit or ""))]
    if not detached:
        return extraction
    promoted = tuple(
        SummitItem(id=m.id, name=m.name, start=m.start, end=m.end, country=m.country, city=m.city, venue=m.venue,
                   chair=m.chair, evidence=m.evidence,
                   organization=_organisation_named(m.name, summits[m.summit], organisations))
        for m in detached
    )
    kept = tuple(m for m in extraction.meetings if m not in detached)
    return dataclasses.replace(extraction, summits=extraction.summits + promoted, meetings=kept)


def _far_from_its_summit(meeting, summit) -> bool:
    if summit is None or meeting.kind not in DETACHED_KINDS:
        return False
    own, theirs = item_span(meeting.start, meeting.end), item_span(summit.start, summit.end)
    if own is None or theirs is None or not (meeting.country and summit.country) or meeting.country == summit.country:
        return False
    return own.first - theirs.last > DETACHED_GAP or theirs.first - own.last > DETACHED_GAP


def _organisation_named(name, summit, organisations):
    """The organisation a promoted event names ("KTT IMT-GT"), else its summit's."""
    words = f" {key_of(name)} "
    named = [org.short_name for key, org in organisations.items() if f" {key} " in words]
    return max(named, key=len) if named else summit.organization


# -- values of new records ------------------------------------------------------------

def period_fields(start, end) -> dict:
    fields = {"start": start.first_day(), "start_precision": start.precision.value, "end": None, "end_precision": "day"}
    if end is not None and end.first_day() >= start.first_day() and end != start:
        fields.update(end=end.first_day(), end_precision=end.precision.value)
    return fields


def summit_values(item, organisation) -> dict:
    values = {
        "name": (item.name or "").strip()[:300] or "Summit",
        "organisation": organisation,
        "ordinal": item.ordinal if item.ordinal and 0 < item.ordinal < 32767 else None,
        "partners": series_partners(item),
        "host_country": _country(item.country),
        "city": (item.city or "")[:120],
        "venue": (item.venue or "")[:200],
        "theme": (item.theme or "")[:300],
        "chair_country": _country(item.chair),
        "mode": item.mode if item.mode in SUMMIT_MODES else SummitMode.REGULAR,
        "virtual": bool(item.virtual),
    }
    if item.start:
        values.update(period_fields(item.start, item.end))
    return values


def meeting_kind(kind: str) -> str:
    if kind == "summit":
        return MeetingKind.SIDE_SUMMIT
    return kind if kind in MEETING_KIND_VALUES else MeetingKind.OTHER


def meeting_values(item, kind, summit_touch) -> dict:
    country = _country(item.country)
    if not country and summit_touch is not None:
        country = summit_touch.obj.host_country  # a session is held where its summit is
    values = {
        "name": (item.name or "").strip()[:300] or str(MeetingKind(kind).label),
        "kind": kind,
        "country": country,
        "city": (item.city or (summit_touch.obj.city if summit_touch and not item.country else "") or "")[:120],
        "venue": (item.venue or "")[:200],
        "chair_country": _country(item.chair),
    }
    if item.start:
        values.update(period_fields(item.start, item.end))
    return values


def participant_values(person, country, organisation) -> dict:
    name = " ".join(person.name.split())[:200]
    return {"name": name, "key": key_of(name)[:200], "country": country,
            "title": (person.title or "")[:200], "organisation": organisation}


def document_values(item, key) -> dict:
    values = {
        "title": " ".join(item.title.split())[:400],
        "key": key,
        "kind": item.kind if item.kind in DOCUMENT_KINDS else DocumentKind.OTHER,
        "status": item.status if item.status in DOCUMENT_STATUSES else DocumentStatus.MENTIONED,
    }
    if item.date:
        values.update(date=item.date.first_day(), date_precision=item.date.precision.value)
    return values


def build(model, values):
    """model(**values) at the cost of loading a row: a batch builds thousands of new
    records, and keyword arguments make Model.__init__ look up every field by name. The
    positional form (what from_db uses) takes the model's defaults where no value is
    given; a foreign key given as an object is set through its descriptor, as
    __init__ would."""
    layout = _layout(model)
    obj = model(*[values.get(attname, default) if default is not _CALL else values.get(attname, field.get_default())
                  for attname, field, default in layout.positional])
    for name in layout.relations.intersection(values):
        setattr(obj, name, values[name])
    return obj


@dataclass(frozen=True)
class _Layout:
    positional: tuple  # (attname, field, default or _CALL) in the order of concrete fields
    relations: frozenset  # names of foreign keys, given as objects


_CALL = object()  # a default computed for each new record (a callable default)


@functools.cache
def _layout(model) -> _Layout:
    fields = model._meta.concrete_fields
    return _Layout(
        tuple((f.attname, f, _CALL if callable(f.default) else f.get_default()) for f in fields),
        frozenset(f.name for f in fields if f.is_relation),
    )


# -- small helpers ----------------------------------------------------------------------

COUNTRY_FIELDS = frozenset({"country", "host_country", "chair_country"})
PLACE_COUNTRY = {"summit": "host_country", "meeting": "country"}  # the country a record's city lies in


def _value(obj, name):
    """A field's value for comparing; a country as its code (what the CountryField holds),
    not the Country object its descriptor builds on each read."""
    return obj.__dict__.get(name) or "" if name in COUNTRY_FIELDS else getattr(obj, name)


def _country(code) -> str:
    code = (code or "").strip().upper()
    return code if code in _COUNTRY_CODES else ""


def _rank(status) -> int:
    return STATUS_ORDER.index(status) if status in STATUS_ORDER else 0


def _is_empty(name, value) -> bool:
    """Defaults count as empty: a "regular" mode or "other" kind says nothing."""
    if value is None or value == "" or value is False:
        return True
    return (name == "mode" and value == SummitMode.REGULAR) or (name == "kind" and value == "other")


def _same(current, new) -> bool:
    if isinstance(current, str) or isinstance(new, str):
        return key_of(str(current or "")) == key_of(str(new or ""))
    if isinstance(current, Organisation) or isinstance(new, Organisation):
        return getattr(current, "pk", None) == getattr(new, "pk", None)
    return current == new


def _show(value) -> str:
    if value is None:
        return ""
    return str(getattr(value, "code", value))
