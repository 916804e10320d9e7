"""The existing records that planning a batch of imports needs, loaded for the whole
batch in a constant number of queries, then kept up to date in memory as each article of
the batch is planned.

Planning article after article against one Catalog gives what importing them one by
one would: a record planned by an earlier article of the batch (a new summit, a person,
a refined date) is found by the later ones exactly as if it had been written already.
So the second article about a summit in a batch merges into the summit the first one
creates. Records are keyed by `ref`: their pk, or for records planned in this batch
(not saved yet) the object's identity.

What is loaded is a superset of what per-article queries would fetch; the Planner
narrows it in memory with the same conditions (`summit_candidates`,
`loose_meetings`, `near_people`), so a batch decides as one-by-one imports do.
"""
from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict

from django.db import connection
from django.db.models.base import ModelState

from summits.models import Alias, Attendance, Document, Evidence, Meeting, Organisation, Participant, Summit

from . import matching
from .matching import item_span, key_of

KINDS = ("summit", "meeting", "participant", "attendance", "document")
ATTENDANCE_ATTNAMES = [f.attname for f in Attendance._meta.concrete_fields]
SUMMIT_WINDOW = dt.timedelta(days=60)  # no summit runs longer: bounds the candidate search


def ref(obj):
    """What identifies a record while a batch is planned: its pk, or the unsaved object."""
    return obj.pk if obj.pk is not None else ("new", id(obj))


def in_window(start, span) -> bool:
    """The per-article candidate condition: starts at most SUMMIT_WINDOW before the
    period and not after it."""
    return start is not None and span.first - SUMMIT_WINDOW <= start <= span.last


class Catalog:
    """Existing and batch-planned records, indexed the ways the Planner looks them up."""

    def __init__(self, organisations):
        self.organisations = organisations  # name_key(short_name) -> Organisation
        self.sourced = defaultdict(set)  # article pk -> {(kind, pk)} it is already a source of
        self.summits = Shelf()  # summits by organisation pk (or None) and year
        self.meetings = defaultdict(list)  # ref of summit -> its meetings
        self.loose = Shelf()  # meetings of no summit, by year
        self.by_key = defaultdict(list)  # participant name key -> participants
        self.by_alias = defaultdict(list)  # alias key -> participants
        self.known_aliases = set()  # (ref of participant, alias key)
        self.by_first = defaultdict(list)  # (country, first word) -> participants with 2+ words
        self.by_last = defaultdict(list)  # (country, last word) -> participants with 2+ words
        self.attendances = {}  # (ref of participant, "summit"/"meeting", ref of event) -> Attendance
        self.documents = {}  # title key -> first document by title
        self.documents_of = defaultdict(list)  # ref of summit -> its documents
        self.document_pks = set()
        self.complete = set()  # pks of summits whose meetings, documents and attendance are loaded
        self.participant_pks = []
        self.links = {}  # (id of record, FK name) -> record it is planned to point at
        self.own_events = {}  # id(extraction) -> the extraction with detached events promoted

    # -- loading -------------------------------------------------------------------------

    @classmethod
    def load(cls, articles, extractions) -> Catalog:
        """Everything planning these articles (with these Extractions) may match."""
        from .merge import events_of_their_own  # merge imports this module

        catalog = cls({key_of(o.short_name): o for o in Organisation.objects.all()})
        own = []
        for extraction in extractions:
            catalog.own_events[id(extraction)] = events_of_their_own(extraction, catalog.organisations)
            own.append(catalog.own_events[id(extraction)])
        catalog._load_sourced([a.pk for a in articles if a.pk is not None])
        summit_items = [s for e in own for s in e.summits]
        catalog._load_summits(summit_items)
        catalog.participant_pks = catalog._load_people([p for e in own for p in e.participants if key_of(p.name)])
        catalog._load_documents({key_of(d.title)[:400] for e in own for d in e.documents})
        loose = catalog._load_loose_meetings([item for e in own for item in _loose_meetings(e)])
        catalog._load_around(catalog._likely_matches(summit_items), loose)
        return catalog

    def organisation(self, short_name):
        return self.organisations.get(key_of(short_name)) if short_name else None

    def _with_organisations(self, records) -> list:
        """The records with their organisation set from the ones loaded already, so that
        reading it (a merge compares it) runs no query."""
        records = list(records)
        by_pk = {o.pk: o for o in self.organisations.values()}
        for record in records:
            if record.organisation_id in by_pk:
                record._meta.get_field("organisation").set_cached_value(record, by_pk[record.organisation_id])
        return records

    def _load_sourced(self, article_pks):
        if not article_pks:
            return
        rows = Evidence.objects.filter(article_id__in=article_pks).values_list("article_id", *(f"{k}_id" for k in KINDS))
        for article_pk, *pks in rows:
            self.sourced[article_pk].update((kind, pk) for kind, pk in zip(KINDS, pks) if pk)

    def _load_summits(self, items):
        ordinals, windows = defaultdict(set), defaultdict(list)
        for item in items:
            organisation, span = self.organisation(item.organization), item_span(item.start, item.end)
            if organisation and item.ordinal is not None:
                ordinals[organisation.pk].add(item.ordinal)
            if span:
                windows[organisation.pk if organisation else None].append((span.first - SUMMIT_WINDOW, span.last))
        terms, params = [], []
        for org, values in ordinals.items():
            terms.append(f'"organisation_id" = %s AND "ordinal" IN ({_marks(values)})')
            params += [org, *sorted(values)]
        for org, spans in windows.items():
            ranges = _merged(spans)
            terms.append(('"organisation_id" = %s AND ' if org is not None else '"organisation_id" IS NULL AND ')
                         + _any_start_between(ranges))
            params += ([org] if org is not None else []) + [day for r in ranges for day in r]
        if not terms:
            return
        for summit in self._with_organisations(_rows(Summit, " OR ".join(f"({t})" for t in terms), params)):
            self.summits.add(summit.organisation_id, summit)

    def _likely_matches(self, items) -> set[int]:
        """The loaded summits that these items could match as the database stands. Their
        meetings, documents and attendance are loaded with the catalog; those of another
        summit only if an earlier article of the batch makes it match (`ensure`)."""
        found = set()
        for item in items:
            organisation, span = self.organisation(item.organization), item_span(item.start, item.end)
            for summit in self.summit_candidates([(organisation, item.ordinal, span)]):
                if matching.summit_score(item, organisation, span, summit) is not None:
                    found.add(summit.pk)
        return found

    def _load_loose_meetings(self, items) -> list[int]:
        """Meetings of no summit in the windows of these items."""
        spans = [span for item in items if (span := item_span(item.start, item.end))]
        windows = _merged([(span.first - SUMMIT_WINDOW, span.last) for span in spans])
        if not windows:
            return []
        found = _rows(Meeting, f'"summit_id" IS NULL AND {_any_start_between(windows)}', [d for w in windows for d in w])
        for meeting in found:
            self.loose.add(None, meeting)
        return [m.pk for m in found]

    def _load_around(self, summit_pks, meeting_pks=()):
        """Meetings, documents and attendance (of the batch's people) of these summits,
        and attendance at these other meetings."""
        summit_pks = [pk for pk in summit_pks if pk not in self.complete]
        self.complete.update(summit_pks)
        meetings = _fetch(Meeting.objects.filter(summit_id__in=summit_pks)) if summit_pks else []
        for meeting in meetings:
            self.meetings[meeting.summit_id].append(meeting)
        self._load_attendances(summit_pks, [m.pk for m in meetings] + list(meeting_pks))
        for doc in _fetch(Document.objects.filter(summit_id__in=summit_pks)) if summit_pks else ():
            self._add_document(doc)

    def ensure(self, summit):
        """A summit the batch matched: its meetings, documents and attendance loaded."""
        if summit.pk is not None and summit.pk not in self.complete:
            self._load_around([summit.pk])

    def _load_people(self, people) -> list[int]:
        keys = {k for p in people for k in map(key_of, (p.name, *p.aliases)) if k}
        if not keys:
            return []
        loaded = {}
        for person in self._with_organisations(_fetch(Participant.objects.filter(key__in=keys))):
            loaded[person.pk] = person
        for alias in Alias.objects.filter(key__in=keys).select_related("participant"):
            owner = loaded.setdefault(alias.participant_id, self._with_organisations([alias.participant])[0])
            self.by_alias[alias.key].append(owner)
            self.known_aliases.add((owner.pk, alias.key))
        for person in sorted(loaded.values(), key=lambda p: p.name):
            if person.key in keys:
                self.by_key[person.key].append(person)
        for person in self._near_spellings(people, keys, loaded):
            loaded.setdefault(person.pk, person)
        for person in sorted(loaded.values(), key=lambda p: p.name):
            self._index_words(person)
        return list(loaded)

    def _near_spellings(self, people, keys, loaded):
        """Participants that may be a near spelling of someone the database does not know
        by name: same country, same first or last name. The index is read in one query
        of three columns; only the candidates are fetched whole."""
        wanted = defaultdict(set)  # country -> first/last words
        for person in people:
            own = {k for k in map(key_of, (person.name, *person.aliases)) if k}
            country = str(person.country or "").strip().upper()
            if not country or any(k in self.by_key or k in self.by_alias for k in own):
                continue
            for key in own:
                words = key.split()
                wanted[country].update({("first", words[0]), ("last", words[-1])})
        if not wanted:
            return []
        rows = Participant.objects.filter(country__in=list(wanted)).values_list("pk", "key", "country")
        pks = [
            pk for pk, key, country in rows
            if pk not in loaded and len(words := key.split()) > 1
            and (("first", words[0]) in wanted[country] or ("last", words[-1]) in wanted[country])
        ]
        return self._with_organisations(_fetch(Participant.objects.filter(pk__in=pks))) if pks else []

    def _load_attendances(self, summit_pks, meeting_pks):
        if not self.participant_pks or not (summit_pks or meeting_pks):
            return
        # Rows as the database gives them: a batch loads thousands, matches a few (see `attendance`).
        columns = ", ".join(connection.ops.quote_name(f.column) for f in Attendance._meta.concrete_fields)
        events = ([f'"meeting_id" IS NULL AND "summit_id" IN ({_marks(summit_pks)})'] if summit_pks else []) + (
            [f'"meeting_id" IN ({_marks(meeting_pks)})'] if meeting_pks else [])
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {columns} FROM {connection.ops.quote_name(Attendance._meta.db_table)} "
                f'WHERE "participant_id" IN ({_marks(self.participant_pks)}) AND ({" OR ".join(events)})',
                [*self.participant_pks, *summit_pks, *meeting_pks],
            )
            rows = cursor.fetchall()
        participant, summit, meeting = (ATTENDANCE_ATTNAMES.index(n) for n in ("participant_id", "summit_id", "meeting_id"))
        for row in rows:
            event = ("meeting", row[meeting]) if row[meeting] else ("summit", row[summit])
            self.attendances[(row[participant], *event)] = row

    def attendance(self, key):
        """The Attendance of (ref of participant, "summit"/"meeting", ref of event), if any;
        built from its row the first time it is asked for."""
        found = self.attendances.get(key)
        if isinstance(found, tuple):
            found = self.attendances[key] = Attendance.from_db(connection.alias, ATTENDANCE_ATTNAMES, found)
        return found

    def _load_documents(self, keys):
        for doc in _fetch(Document.objects.filter(key__in=keys)) if keys else ():
            self._add_document(doc)

    def _add_document(self, doc):
        if doc.pk in self.document_pks:  # loaded by its title already
            return
        self.document_pks.add(doc.pk)
        self.documents.setdefault(doc.key, doc)
        if doc.summit_id:
            self.documents_of[doc.summit_id].append(doc)

    # -- looking up (the per-article conditions, in memory) ------------------------------

    def summit_candidates(self, wanted) -> list:
        """Summits meeting any of `wanted` [(organisation, ordinal, span)]: same
        organisation and ordinal, or same organisation starting in the span's window.
        Ordered as the database orders summits (start, then name)."""
        found = {}
        for organisation, ordinal, span in wanted:
            if organisation is not None and ordinal is not None:
                found.update((id(s), s) for s in self.summits.of(organisation.pk) if s.ordinal == ordinal)
            if span:
                found.update((id(s), s) for s in self.summits.in_window(organisation.pk if organisation else None, span))
        return sorted(found.values(), key=_date_order)

    def meetings_of(self, summit) -> list:
        return sorted(self.meetings[ref(summit)], key=_date_order)

    def loose_meetings(self, spans) -> list:
        """Meetings of no summit starting in the window of one of these spans."""
        found = {id(m): m for span in spans for m in self.loose.in_window(None, span)}
        return sorted(found.values(), key=_date_order)

    def near_people(self, country, keys) -> list:
        found = {}
        for key in keys:
            words = key.split()
            for person in self.by_first[(country, words[0])] + self.by_last[(country, words[-1])]:
                found[id(person)] = person
        return sorted(found.values(), key=lambda p: p.name)

    def linked(self, obj, name):
        """The record obj's foreign key `name` points at, saved or planned in this batch."""
        return getattr(obj, f"{name}_id") or self.links.get((id(obj), name))

    # -- recording what the batch plans -------------------------------------------------

    def add_summit(self, summit):
        self.summits.add(summit.organisation.pk if summit.organisation else None, summit)

    def add_meeting(self, meeting, summit):
        if summit is not None:
            self.meetings[ref(summit)].append(meeting)
        else:
            self.loose.add(None, meeting)

    def merged(self, record):
        """A merge may have moved a summit's or meeting's dates, or given a summit its
        organisation: file it where look-ups will find it."""
        if isinstance(record, Summit):
            self.summits.refile(record, record.organisation.pk if record.organisation else None)
        else:
            self.loose.refile(record, None)

    def add_person(self, person):
        self.by_key[person.key].append(person)
        self._index_words(person)

    def add_alias(self, person, key):
        self.known_aliases.add((ref(person), key))
        if person not in self.by_alias[key]:
            self.by_alias[key].append(person)

    def add_document(self, doc):
        self.documents.setdefault(doc.key, doc)

    def link(self, obj, name, target):
        self.links[(id(obj), name)] = target
        if name == "summit" and isinstance(obj, Document):
            self.documents_of[ref(target)].append(obj)

    def _index_words(self, person):
        words, country = person.key.split(), matching.country_code(person)
        if len(words) > 1 and country:
            self.by_first[(country, words[0])].append(person)
            self.by_last[(country, words[-1])].append(person)


class Shelf:
    """Summits or meetings by group (an organisation) and year of start: a look-up by
    dates reads the records of a few years, not all of them."""

    def __init__(self):
        self.rows = defaultdict(list)  # (group, year) -> records
        self.groups = defaultdict(set)  # group -> years
        self.places = {}  # id(record) -> (group, year)

    def add(self, group, record):
        place = (group, record.start.year if record.start else None)
        self.rows[place].append(record)
        self.groups[group].add(place[1])
        self.places[id(record)] = place

    def refile(self, record, group):
        place = self.places.get(id(record))
        if place is not None and place != (group, record.start.year if record.start else None):
            self.rows[place].remove(record)
            self.add(group, record)

    def of(self, group):
        return [record for year in self.groups[group] for record in self.rows[(group, year)]]

    def in_window(self, group, span):
        """Records of the group starting in the span's candidate window."""
        for year in range((span.first - SUMMIT_WINDOW).year, span.last.year + 1):
            yield from (r for r in self.rows.get((group, year), ()) if in_window(r.start, span))


def _loose_meetings(extraction):
    """Meetings the extraction ties to none of its summits."""
    summit_ids = {s.id for s in extraction.summits}
    return [m for m in extraction.meetings if m.summit not in summit_ids]


def _rows(model, where, params) -> list:
    """The model's rows matching a condition written as SQL, in the model's order. The ORM
    takes longer to build a condition of a few hundred terms than the database takes
    to answer it."""
    quote = connection.ops.quote_name
    columns = ", ".join(quote(f.column) for f in model._meta.concrete_fields)
    order = ", ".join(quote(model._meta.get_field(name).column) for name in model._meta.ordering)
    return _loaded(model, f"SELECT {columns} FROM {quote(model._meta.db_table)} WHERE {where} ORDER BY {order}", params)


def _fetch(queryset) -> list:
    """list(queryset) for a plain queryset of whole rows: the ORM writes the query, the
    rows become records as in `_loaded`."""
    sql, params = queryset.query.sql_with_params()
    return _loaded(queryset.model, sql, params)


def _loaded(model, sql, params) -> list:
    """Saved records from a query of all the model's columns in order. A batch loads
    thousands of records to match against; Model.from_db sends each value through its
    field's descriptor (Model.__init__), which costs several times reading the row. The
    values are the ones from_db would hold: converted as the ORM converts them (the
    backend's and the field's converters), set as the descriptors set them on a fresh
    instance (the column's value under the field's attname), and the state of a row
    read from this database."""
    fields = model._meta.concrete_fields
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    converters = _converters(model, connection.vendor)
    if converters:
        rows = [_converted(row, converters) for row in rows]
    attnames, alias, records = [f.attname for f in fields], connection.alias, []
    for row in rows:
        record = model.__new__(model)
        record._state = state = ModelState()
        state.adding, state.db = False, alias
        record.__dict__.update(zip(attnames, row))
        records.append(record)
    return records


@functools.cache
def _converters(model, vendor) -> tuple:
    """(index, converters, column) for the model's columns that have converters."""
    found = []
    for index, field in enumerate(model._meta.concrete_fields):
        column = field.get_col(model._meta.db_table)
        functions = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
        if functions:
            found.append((index, tuple(functions), column))
    return tuple(found)


def _converted(row, converters):
    row = list(row)
    for index, functions, column in converters:
        value = row[index]
        for function in functions:
            value = function(value, column, connection)
        row[index] = value
    return row


def _any_start_between(ranges) -> str:
    return "(" + " OR ".join(['"start" BETWEEN %s AND %s'] * len(ranges)) + ")"


def _marks(values) -> str:
    return ", ".join(["%s"] * len(values))


def _merged(ranges):
    """Overlapping (first, last) ranges joined: fewer conditions in the query."""
    merged = []
    for first, last in sorted(ranges):
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged


def _date_order(record):
    return (record.start is not None, record.start or dt.date.min, record.name)
