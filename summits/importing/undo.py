"""Taking back what articles imported."""
from __future__ import annotations

from django.db import transaction
from django.db.models import Exists, Min, OuterRef, Q

from summits.models import (
    Article, Attendance, Conflict, Document, Evidence, ImportStatus, Meeting, Participant, ReviewStatus, Summit,
    refresh_summit_countries,
)

from .service import _lock_imports
from .types import UndoResult

# Children before parents: deleting a summit would cascade to meetings someone kept.
ORDER = [("attendance", Attendance), ("document", Document), ("meeting", Meeting), ("summit", Summit),
         ("participant", Participant)]
# What must be gone before a record may go: rows another source or an editor keeps.
DEPENDANTS = {
    "meeting": ["attendances"],
    "summit": ["meetings", "attendances", "documents", "side_summits"],
    "participant": ["attendances"],
}


def undo_import(articles) -> UndoResult:
    """Remove the articles' evidence and unresolved conflicts, then every record they
    touched that is left with no evidence and that no one reviewed or edited
    (review_status == imported) and that nothing kept still hangs on. The articles stay,
    marked not imported. One transaction."""
    ids = [a.pk for a in articles]
    result = UndoResult()
    with transaction.atomic():
        _lock_imports()
        evidence = Evidence.objects.filter(article_id__in=ids)
        touched = {kind: set(evidence.exclude(**{kind: None}).values_list(f"{kind}_id", flat=True)) for kind, _ in ORDER}
        # A removed attendance's person and event lose a source too.
        for participant_id, summit_id, meeting_id in Attendance.objects.filter(pk__in=touched["attendance"]).values_list(
            "participant_id", "summit_id", "meeting_id"
        ):
            touched["participant"].add(participant_id)
            if meeting_id:
                touched["meeting"].add(meeting_id)
            else:
                touched["summit"].add(summit_id)
        summits = touched["summit"] | _summits_around(touched["meeting"], touched["attendance"])
        result.evidence_removed = evidence.delete()[1].get(Evidence._meta.label, 0)
        result.conflicts_removed = take_back_conflicts(ids)
        for kind, model in ORDER:
            removed = _remove_orphans(kind, model, touched[kind])
            result.removed[kind] = len(removed)
            result.kept[kind] = len(touched[kind] - removed)
        refresh_summit_countries(Summit.objects.filter(pk__in=summits))
        Article.objects.filter(pk__in=ids).update(import_status=ImportStatus.NEW, imported=None, import_counts={})
    result.removed, result.kept = +result.removed, +result.kept
    return result


def take_back_conflicts(ids) -> int:
    """The articles no longer state their disagreements (undone, or about to be deleted):
    an open conflict no other article states goes (how many went); one that others state
    stays, filed under the first of them. A resolved conflict stays: it records an
    editor's decision."""
    sources = Conflict.sources.through.objects
    stated = Conflict.objects.filter(Q(article_id__in=ids) | Q(pk__in=sources.filter(article_id__in=ids).values("conflict_id")))
    touched = set(stated.values_list("pk", flat=True))
    sources.filter(article_id__in=ids).delete()
    remaining = dict(sources.filter(conflict_id__in=touched).values("conflict_id").annotate(first=Min("article_id"))
                     .values_list("conflict_id", "first").order_by())
    removed = Conflict.objects.filter(pk__in=touched - remaining.keys(), resolved=False).delete()
    moved = list(Conflict.objects.filter(pk__in=remaining, article_id__in=ids).only("pk"))
    for conflict in moved:
        conflict.article_id = remaining[conflict.pk]
    Conflict.objects.bulk_update(moved, ["article"])
    return removed[1].get(Conflict._meta.label, 0)


def _remove_orphans(kind, model, pks) -> set:
    """Delete the orphans among pks, again while deleting some frees others: a summit held
    beside another one keeps that one until it goes itself."""
    removed: set = set()
    while True:
        found = set(_orphans(kind, model, pks - removed).values_list("pk", flat=True))
        if not found:
            return removed
        model.objects.filter(pk__in=found).delete()
        removed |= found


def _orphans(kind, model, pks):
    """Touched records with no evidence left, never vouched for, that nothing kept hangs on."""
    rows = model.objects.filter(pk__in=pks, review_status=ReviewStatus.IMPORTED).exclude(
        Exists(Evidence.objects.filter(**{kind: OuterRef("pk")}))
    )
    for relation in DEPENDANTS.get(kind, []):
        rows = rows.filter(**{f"{relation}__isnull": True})
    return rows


def _summits_around(meetings, attendances):
    """Summits whose countries may change when these meetings or attendances go."""
    found = set(Meeting.objects.filter(pk__in=meetings).exclude(summit=None).values_list("summit_id", flat=True))
    rows = Attendance.objects.filter(pk__in=attendances).values_list("summit_id", "meeting__summit_id")
    return found | {pk for pair in rows for pk in pair if pk}
