"""Writing a planned import: a handful of bulk queries per kind of record.

Called inside the caller's transaction; parents are written before the rows that
point at them (summits, then meetings, participants, attendance, documents), then the
evidence and the conflicts."""
from __future__ import annotations

import operator
from collections import Counter
from functools import reduce

from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from summits.models import (
    Alias, Attendance, Conflict, Document, Evidence, Meeting, Participant, Summit, refresh_summit_countries,
)

from .merge import Touch
from .types import ImportResult

MODELS = {"summit": Summit, "meeting": Meeting, "participant": Participant, "attendance": Attendance, "document": Document}
SLUG_SOURCE = {
    "summit": lambda s: f"{s.name} {s.start.year if s.start else ''}",
    "participant": lambda p: p.name,
    "document": lambda d: d.title,
}
CONFLICT_KINDS = {"summit", "meeting", "participant", "document"}


def write_plan(article, touches: list[Touch]) -> ImportResult:
    result = ImportResult(article)
    for kind in MODELS:
        _write_kind(kind, [t for t in touches if t.kind == kind])
    _write_evidence(article, touches)
    result.conflicts = _write_conflicts(article, touches)
    for touch in touches:
        if touch.created:
            result.created[touch.kind] += 1
        elif not touch.already_source:
            result.merged[touch.kind] += 1
    _refresh_countries(touches)
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
    model.objects.bulk_create(new)
    changed = [t for t in touches if not t.created and t.changes]
    fields = {column for t in changed for name in t.changes for column in _column(name)}
    if changed:
        if kind == "summit":
            now = timezone.now()
            for touch in changed:
                touch.obj.updated = now
            fields.add("updated")
        model.objects.bulk_update([t.obj for t in changed], sorted(fields))
    if kind == "summit":
        _write_parents(touches)
    if kind == "participant":
        aliases = [alias for t in touches for alias in t.aliases]
        for touch in touches:
            for alias in touch.aliases:
                alias.participant = touch.obj
        Alias.objects.bulk_create(aliases, ignore_conflicts=True)


def _column(name):
    """The model fields a planned change writes ("dates" is four of them)."""
    if name == "dates":
        return "start", "start_precision", "end", "end_precision"
    if name == "date":
        return "date", "date_precision"
    return (name,)


def _write_parents(touches):
    linked = [t for t in touches if "parent" in t.links]
    for touch in linked:
        touch.obj.parent = touch.links["parent"].obj
    if linked:
        Summit.objects.bulk_update([t.obj for t in linked], ["parent"])


def _write_evidence(article, touches):
    rows = []
    for touch in touches:
        if touch.already_source:
            continue
        for start, end, sentence in touch.evidence or [(0, 0, "")]:
            rows.append(Evidence(article_id=article.pk, sentence=sentence, start=start, end=end,
                                 **{f"{touch.kind}_id": touch.obj.pk}))
    Evidence.objects.bulk_create(rows)


def _write_conflicts(article, touches) -> int:
    rows = [
        Conflict(
            article_id=article.pk, field=c.field, current_value=c.current, proposed_value=c.proposed,
            sentence=touch.sentence, **{f"{touch.kind}_id": touch.obj.pk},
        )
        for touch in touches if touch.kind in CONFLICT_KINDS
        for c in touch.conflicts
    ]
    Conflict.objects.bulk_create(rows)
    return len(rows)


def _refresh_countries(touches):
    """The country filter reads SummitCountry: rewrite it for summits whose countries
    may have changed (new or changed summit, meetings, attendance)."""
    summits = {}
    for touch in touches:
        if not (touch.created or touch.changes):
            continue
        for summit in _summits_of(touch):
            summits[summit.pk] = summit
    refresh_summit_countries(summits.values())


def _summits_of(touch):
    obj = touch.obj
    if touch.kind == "summit":
        return [obj]
    if touch.kind == "meeting":
        return [obj.summit] if obj.summit_id else []
    if touch.kind == "attendance":
        event = touch.links.get("meeting") or touch.links.get("summit")
        if event and event.kind == "meeting":
            return [event.obj.summit] if event.obj.summit_id else []
        return [event.obj] if event else []
    return []


def assign_slugs(model, objects, text_of, max_length=80):
    """Unique slugs for new rows in one query (Model.save() would run one per try)."""
    if not objects:
        return
    bases = [slugify(text_of(obj))[:max_length].strip("-") or model._meta.model_name for obj in objects]
    # Ranges rather than LIKE 'base%': the unique index on slug answers them without a scan.
    taken = set(
        model.objects.filter(reduce(operator.or_, (Q(slug__gte=b, slug__lt=f"{b}~") for b in set(bases))))
        .values_list("slug", flat=True)
    )
    for obj, base in zip(objects, bases):
        slug, n = base, 2
        while slug in taken:
            suffix = f"-{n}"
            slug, n = base[: max_length - len(suffix)] + suffix, n + 1
        taken.add(slug)
        obj.slug = slug

