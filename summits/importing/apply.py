"""Writing planned imports: one bulk query per kind of record for a whole batch.

Called inside the caller's transaction with the plans of one or more articles, planned
in turn against one Catalog. Parents are written before the rows that point at them
(summits, then meetings, participants, attendance, documents), then the evidence and
the conflicts. A record created by one article of the batch and changed by a later one
is inserted once, in its final state."""
from __future__ import annotations


from django.db import connection, models
from django.utils import timezone
from django.utils.text import slugify

from summits.bulk import ROWS_PER_STATEMENT, insert_plain_rows, insert_statements
from summits.models import (
    Alias, Attendance, Document, Evidence, Meeting, Participant, Summit, refresh_summit_countries,
)

from .conflicts import file_conflicts, settle_conflicts
from .merge import Touch
from .types import ImportResult

MODELS = {"summit": Summit, "meeting": Meeting, "participant": Participant, "attendance": Attendance, "document": Document}
SLUG_SOURCE = {
    "summit": lambda s: f"{s.name} {s.start.year if s.start else ''}",
    "participant": lambda p: p.name,
    "document": lambda d: d.title,
}
EVIDENCE_COLUMNS = ("article", "sentence", "start", "end", "field", *MODELS)
# Fields whose Python values both databases' drivers take as they are (DateTimeField, a
# DateField, is not: it is converted to the connection's time zone).
TEXT_FIELDS = (models.CharField, models.TextField)
PLAIN_FIELDS = (models.CharField, models.TextField, models.IntegerField, models.BooleanField, models.ForeignKey,
                models.DateField)


def write_plans(plans: list[tuple]) -> list[ImportResult]:
    """Write [(article, touches)] and say per article what it did."""
    touches = [touch for _, planned in plans for touch in planned]
    for kind in MODELS:
        _write_kind(kind, [t for t in touches if t.kind == kind])
    _insert_evidence([row for article, planned in plans for row in _evidence(article, planned)])
    conflicts = file_conflicts(plans)
    _settled, moved = settle_conflicts(touches)
    for kind, records in moved.items():
        update_rows(MODELS[kind], records, ["city"])
    _refresh_countries(touches)
    return [_result(article, planned, count) for (article, planned), count in zip(plans, conflicts)]


def _result(article, touches, conflicts) -> ImportResult:
    result = ImportResult(article, conflicts=conflicts)
    for touch in touches:
        if touch.created:
            result.created[touch.kind] += 1
        elif not touch.already_source:
            result.merged[touch.kind] += 1
    return result


def _write_kind(kind, touches):
    if not touches:
        return
    model = MODELS[kind]
    for touch in touches:
        for name, linked in touch.links.items():
            if name != "parent":  # a summit's parent may be new in this batch: set after
                setattr(touch.obj, name, linked.obj)
    new = [t.obj for t in touches if t.created]
    if kind in SLUG_SOURCE:
        assign_slugs(model, new, SLUG_SOURCE[kind])
    insert_rows(model, new)
    _write_changes(kind, model, touches)
    if kind == "summit":
        _write_parents(touches)
    if kind == "participant":
        for touch in touches:
            for alias in touch.aliases:
                alias.participant = touch.obj
        Alias.objects.bulk_create([alias for t in touches for alias in t.aliases], ignore_conflicts=True)


def _write_changes(kind, model, touches):
    """Existing records that articles of the batch changed: one bulk update, each
    record once, with every field any of them changed (the objects hold the final values)."""
    new = {id(t.obj) for t in touches if t.created}
    changed, fields = {}, set()
    for touch in touches:
        if not touch.created and touch.changes and id(touch.obj) not in new:
            changed[id(touch.obj)] = touch.obj
            fields.update(column for name in touch.changes for column in _column(name))
    if not changed:
        return
    if kind == "summit":
        now = timezone.now()
        for obj in changed.values():
            obj.updated = now
        fields.add("updated")
    update_rows(model, list(changed.values()), sorted(fields))


def _column(name):
    """The model fields a planned change writes ("dates" is four of them)."""
    if name == "dates":
        return "start", "start_precision", "end", "end_precision"
    if name == "date":
        return "date", "date_precision"
    return (name,)


def _write_parents(touches):
    linked = {}
    for touch in touches:
        if "parent" in touch.links:
            touch.obj.parent = touch.links["parent"].obj
            linked[id(touch.obj)] = touch.obj
    update_rows(Summit, list(linked.values()), ["parent"])


def _evidence(article, touches):
    """Evidence rows as tuples in EVIDENCE_COLUMNS order: one per sentence of each
    record the article touches, and one naming the article when the extractor gave none."""
    for touch in touches:
        if touch.already_source:
            continue
        records = tuple(touch.obj.pk if kind == touch.kind else None for kind in MODELS)
        for start, end, sentence in touch.evidence or [(0, 0, "")]:
            yield (article.pk, sentence, start, end, "", *records)


def _insert_evidence(rows):
    """Evidence is most of the rows an import writes, and nothing reads them back: plain
    tuples, without building a model instance per row."""
    insert_plain_rows(Evidence, EVIDENCE_COLUMNS, rows)


def _refresh_countries(touches):
    """The country filter reads SummitCountry: rewrite it for summits whose countries
    may have changed (new or changed summit, meetings, attendance)."""
    pks = {pk for touch in touches if touch.created or touch.changes for pk in _summit_pks(touch)}
    summits = {t.obj.pk: t.obj for t in touches if t.kind == "summit" and t.obj.pk in pks}
    summits |= Summit.objects.in_bulk(pks - summits.keys()) if pks - summits.keys() else {}
    refresh_summit_countries(summits.values())


def _summit_pks(touch):
    obj = touch.obj
    if touch.kind == "summit":
        return [obj.pk]
    if touch.kind == "meeting":
        return [obj.summit_id] if obj.summit_id else []
    if touch.kind == "attendance":
        event = touch.links.get("meeting") or touch.links.get("summit")
        if event and event.kind == "meeting":
            return [event.obj.summit_id] if event.obj.summit_id else []
        return [event.obj.pk] if event else []
    return []


def insert_rows(model, objects):
    """INSERT new objects, as bulk_create() does (one statement per batch the database
    allows, primary keys read back with RETURNING), without its work per value: the
    planner leaves plain final values on the objects, so most columns are written as
    they are; only dates with times and JSON go through their field's conversion."""
    if not objects:
        return
    if not connection.features.can_return_rows_from_bulk_insert:
        model.objects.bulk_create(objects)
        return
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    now = timezone.now()
    for field in fields:
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            for obj in objects:
                setattr(obj, field.attname, now)
    convert = [None if isinstance(f, PLAIN_FIELDS) and not isinstance(f, models.DateTimeField) else f for f in fields]
    rows = [[obj.__dict__[f.attname] if field is None else field.get_db_prep_save(obj.__dict__[f.attname], connection)
             for f, field in zip(fields, convert)] for obj in objects]
    size = max(connection.ops.bulk_batch_size(fields, objects), 1)
    tail = f" RETURNING {connection.ops.quote_name(model._meta.pk.column)}"
    created = iter(objects)
    with connection.cursor() as cursor:
        for statement, params in insert_statements(model, [f.name for f in fields], rows, size, tail=tail):
            cursor.execute(statement, params)
            for (pk,), obj in zip(cursor.fetchall(), created):  # (the rows first: zip stops before taking one more)
                obj.pk = pk
                obj._state.adding, obj._state.db = False, connection.alias


def update_rows(model, objects, names):
    """Write these fields of saved objects. bulk_update() builds a CASE WHEN per field and
    row, which costs more than planning the import. SQLite runs one prepared UPDATE per
    row (executemany); PostgreSQL one UPDATE ... FROM (VALUES ...) per thousand rows,
    since it would parse each row's statement anew (see summits.bulk)."""
    if not objects:
        return
    fields = [model._meta.get_field(name) for name in names]
    rows = [[field.get_db_prep_save(getattr(obj, field.attname), connection) for field in fields] + [obj.pk]
            for obj in objects]
    quote, table, pk = connection.ops.quote_name, connection.ops.quote_name(model._meta.db_table), model._meta.pk
    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            assignments = ", ".join(f"{quote(field.column)} = %s" for field in fields)
            cursor.executemany(f"UPDATE {table} SET {assignments} WHERE {quote(pk.column)} = %s", rows)
            return
        # VALUES types its columns from the values: cast them, but for text, which a
        # NULL or a quoted string already is (and a cast to varchar(n) would cut).
        casts = [_cast(field.db_type(connection)) if not isinstance(field, TEXT_FIELDS) else "%s" for field in fields]
        row = f"({', '.join(casts + [_cast(pk.rel_db_type(connection))])})"
        assignments = ", ".join(f"{quote(field.column)} = v.v{n}" for n, field in enumerate(fields))
        names_of_v = ", ".join([f"v{n}" for n in range(len(fields))] + ["pk"])
        for start in range(0, len(rows), ROWS_PER_STATEMENT):
            chunk = rows[start:start + ROWS_PER_STATEMENT]
            cursor.execute(f"UPDATE {table} SET {assignments} FROM (VALUES {', '.join([row] * len(chunk))}) "
                           f"AS v({names_of_v}) WHERE {table}.{quote(pk.column)} = v.pk",
                           [value for values in chunk for value in values])


def _cast(db_type):
    return f"CAST(%s AS {db_type})"


def assign_slugs(model, objects, text_of, max_length=80):
    """Unique slugs for new rows in one query (Model.save() would run one per try)."""
    if not objects:
        return
    bases = [slugify(text_of(obj))[:max_length].strip("-") or model._meta.model_name for obj in objects]
    taken = _slugs_starting(model, sorted(set(bases)))
    for obj, base in zip(objects, bases):
        slug, n = base, 2
        while slug in taken:
            suffix = f"-{n}"
            slug, n = base[: max_length - len(suffix)] + suffix, n + 1
        taken.add(slug)
        obj.slug = slug



def _slugs_starting(model, bases) -> set[str]:
    """The slugs taken that start with one of the bases. Ranges rather than LIKE 'base%':
    the unique index on slug answers them without a scan. Written as SQL because the ORM
    takes longer to build a few hundred range conditions than the database to answer them."""
    quote = connection.ops.quote_name
    column = quote(model._meta.get_field("slug").column)
    where = " OR ".join([f"({column} >= %s AND {column} < %s)"] * len(bases))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {quote(model._meta.db_table)} WHERE {where}",
                       [value for base in bases for value in (base, f"{base}~")])
        return {slug for (slug,) in cursor.fetchall()}
