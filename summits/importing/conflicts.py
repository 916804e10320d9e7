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

from summits.models import Conflict

from .matching import key_of

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
        key = (touch.kind, touch.obj.pk, proposed.field, key_of(proposed.current), key_of(proposed.proposed))
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


def _on_file(records, fields) -> dict:
    """The conflicts filed on these (kind, pk) records for these fields, by disagreement;
    an open one before a resolved one of the same disagreement."""
    by_kind = {}
    for kind, pk in records:
        by_kind.setdefault(kind, set()).add(pk)
    where = reduce(or_, (Q(**{f"{kind}_id__in": sorted(pks)}) for kind, pks in by_kind.items()))
    found = {}
    for conflict in Conflict.objects.filter(where, field__in=sorted(fields)).order_by("resolved", "pk"):
        for kind in CONFLICT_KINDS:
            if (pk := getattr(conflict, f"{kind}_id")) is not None:
                key = (kind, pk, conflict.field, key_of(conflict.current_value), key_of(conflict.proposed_value))
                found.setdefault(key, conflict)
    return found
