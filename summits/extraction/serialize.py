"""Extraction -> the JSON object of shared/extraction-output.schema.json."""
from __future__ import annotations

import datetime as dt

from .types import Extraction, PartialDate


def _date(value: PartialDate | None) -> str | None:
    return value.iso if value is not None else None


def _published(value) -> str | None:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return None


def _evidence(item) -> dict:
    return {"evidence": item.evidence.sentence} if item.evidence is not None else {}


def extraction_to_json(x: Extraction) -> dict:
    a = x.article
    return {
        "article": {"title": a.title, "published": _published(a.published), "language": a.language,
                    "source": a.source, "dateline": a.dateline, "authors": list(a.authors), "editors": list(a.editors)},
        "summits": [{"id": s.id, "name": s.name, "organization": s.organization, "ordinal": s.ordinal,
                     "country": s.country, "city": s.city, "start": _date(s.start), "end": _date(s.end),
                     "theme": s.theme, "chair": s.chair, "parent": s.parent, **_evidence(s)} for s in x.summits],
        "meetings": [{"id": m.id, "name": m.name, "kind": m.kind, "summit": m.summit, "country": m.country,
                      "city": m.city, "start": _date(m.start), "end": _date(m.end), "chair": m.chair,
                      **_evidence(m)} for m in x.meetings],
        "participants": [{"name": p.name, "title": p.title, "country": p.country, "organization": p.organization,
                          "events": list(p.events), **_evidence(p)} for p in x.participants],
        "documents": [{"title": d.title, "kind": d.kind, "summit": d.summit, "status": d.status, **_evidence(d)}
                      for d in x.documents],
        "countries": list(x.countries),
    }
