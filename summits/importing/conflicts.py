"""Filing conflicts: one per disagreement, whatever the number of articles stating it.

Three articles that agree with each other but not with a summit's stored dates are one
disagreement: one Conflict whose sources are the three articles, so an editor decides it
once. A disagreement is a record, a field, the value kept and the value proposed
(compared as `matching.key_of` compares names). One already on file, open or resolved
(an editor who kept the stored value has decided it), gains the article as a source."""
from __future__ import annotations

from collections import Counter
from functools import reduce
from operator import or_

from django.db.models import Q

from summits.models import Conflict, ReviewStatus

from . import regions
from .matching import key_of
from .merge import PLACE_COUNTRY

CONFLICT_KINDS = ("summit", "meeting", "participant", "document")
Sources = Conflict.sources.through


def file_conflicts(plans) -> list[int]:
    """File the conflicts of [(article, touches)]; how many new ones each article filed
    (joining one already filed, by an earlier import or article of the batch, files none)."""
    stated = [(article, touch, proposed) for article, touches in plans for touch in touches
              if touch.kind in CONFLICT_KINDS for proposed in touch.conflicts]
    if not stated:
        return [0] * len(plans)
    on_file = _on_file({(touch.kind, touch.obj.pk) for _, touch, _ in stated}, {p.field for _, _, p in stated})
    new, sources, filed = [], [], Counter()
    for article, touch, proposed in stated:
        key = _key(touch, proposed)
        conflict = on_file.get(key)
        if conflict is None:
            conflict = on_file[key] = Conflict(
                article_id=article.pk, field=proposed.field, current_value=proposed.current,
                proposed_value=proposed.proposed, sentence=touch.sentence, **{f"{touch.kind}_id": touch.obj.pk},
            )
            new.append(conflict)
            filed[article.pk] += 1
        sources.append((conflict, article.pk))
    Conflict.objects.bulk_create(new)
    pairs = {(conflict.pk, article_pk) for conflict, article_pk in sources}
    Sources.objects.bulk_create([Sources(conflict_id=c, article_id=a) for c, a in sorted(pairs)], ignore_conflicts=True)
    return [filed[article.pk] for article, _ in plans]


def mark_on_file(touches) -> None:
    """Say which of a planned import's conflicts are already on file (the preview tells
    the editor the article would join them, not file them again)."""
    stated = [(touch, proposed) for touch in touches if touch.kind in CONFLICT_KINDS and not touch.created
              for proposed in touch.conflicts]
    if stated:
        on_file = _on_file({(touch.kind, touch.obj.pk) for touch, _ in stated}, {p.field for _, p in stated})
        for touch, proposed in stated:
            proposed.on_file = _key(touch, proposed) in on_file


def _key(touch, proposed) -> tuple:
    """What makes two statements one disagreement."""
    return touch.kind, touch.obj.pk, proposed.field, key_of(proposed.current), key_of(proposed.proposed)


def _on_file(records, fields) -> dict:
    """The conflicts filed on these (kind, pk) records for these fields, by disagreement;
    an open one before a resolved one of the same disagreement."""
    found = {}
    for conflict in Conflict.objects.filter(_on(records), field__in=sorted(fields)).order_by("resolved", "pk"):
        for kind in CONFLICT_KINDS:
            if (pk := getattr(conflict, f"{kind}_id")) is not None:
                key = (kind, pk, conflict.field, key_of(conflict.current_value), key_of(conflict.proposed_value))
                found.setdefault(key, conflict)
    return found


def _on(records) -> Q:
    """Conflicts on these (kind, pk) records."""
    by_kind = {}
    for kind, pk in records:
        by_kind.setdefault(kind, set()).add(pk)
    return reduce(or_, (Q(**{f"{kind}_id__in": sorted(pks)}) for kind, pks in by_kind.items()))


def settle_conflicts(touches) -> tuple[int, dict]:
    """Open conflicts of the existing summits and meetings an import touched, judged
    again by today's rules (how many it resolved): a place and a place inside it, filed
    before the region rule knew they nest, agree (the finer one is kept on a record no
    editor vouched for, as the merge would keep it); a record that now holds the value
    proposed has nothing left to decide. Returns how many it resolved and, by kind, the
    records whose city the caller writes."""
    records = {(t.kind, t.obj.pk): t.obj for t in touches if t.kind in PLACE_COUNTRY and not t.created}
    if not records:
        return 0, {}
    settled, moved = [], {}
    for conflict in Conflict.objects.filter(_on(records), resolved=False):
        kind = "summit" if conflict.summit_id else "meeting"
        record = records[(kind, conflict.summit_id or conflict.meeting_id)]
        finer = _agreed_place(kind, record, conflict)
        if finer is None and key_of(_present(record, conflict.field)) != key_of(conflict.proposed_value):
            continue
        conflict.resolved = True
        settled.append(conflict)
        if finer and record.review_status == ReviewStatus.IMPORTED and key_of(finer) != key_of(record.city):
            record.city = finer
            moved.setdefault(kind, {})[record.pk] = record
    Conflict.objects.bulk_update(settled, ["resolved"])
    return len(settled), {kind: list(changed.values()) for kind, changed in moved.items()}


def _agreed_place(kind, record, conflict) -> str | None:
    """The finer of a city conflict's two places when one lies inside the other (for a
    record an editor vouched for, only when they are one place: the editor refines it)."""
    if conflict.field != "city":
        return None
    country = record.__dict__.get(PLACE_COUNTRY[kind]) or ""
    current, proposed = record.city or conflict.current_value, conflict.proposed_value
    finer = regions.finer_place(current, proposed, country)
    if finer is not None and record.review_status != ReviewStatus.IMPORTED and not regions.same_place(current, proposed, country):
        return None
    return finer


def _present(record, field) -> str:
    if field == "dates":
        return record.period_display
    value = record.__dict__.get(field, "")
    return "" if value is None else str(value)
