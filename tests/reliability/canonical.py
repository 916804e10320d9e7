"""Databases compared across import orders: the part of an export that must not depend
on the order articles came in (see `identities`)."""
import json
from collections import Counter


def identities(export_text):
    """What must not depend on import order even where wording may: which records exist,
    which sentences of which articles back each of them (so: which mentions were merged
    into one record), and which disagreements were filed. A record is identified by the
    evidence that backs it; which article's wording names it is left out, since the
    merge keeps the first non-empty name and files later disagreements as conflicts."""
    rows = json.loads(export_text)["records"]
    of = {}
    for r in rows:
        of.setdefault(r["model"], {})[r["pk"]] = r["fields"]
    sha = {pk: f["sha256"] for pk, f in of.get("summits.article", {}).items()}
    backing = {}
    for f in of.get("summits.evidence", {}).values():
        for kind in ("summit", "meeting", "attendance", "document"):
            if f[kind] is not None:
                backing.setdefault((kind, f[kind]), set()).add((sha[f["article"]], f["start"], f["end"], f["field"]))

    def identity(kind, pk):
        return (kind, frozenset(backing.get((kind, pk), ())))

    def attendance(pk):
        f = of["summits.attendance"][pk]
        event = identity("meeting", f["meeting"]) if f["meeting"] else identity("summit", f["summit"])
        return (*identity("attendance", pk), event)

    people = {}
    for pk, f in of.get("summits.attendance", {}).items():
        people.setdefault(f["participant"], set()).add(attendance(pk))
    result = {"articles": Counter(sha.values())}
    for kind in ("summit", "meeting", "document"):
        result[kind] = Counter(identity(kind, pk) for pk in of.get(f"summits.{kind}", {}))
    result["attendance"] = Counter(attendance(pk) for pk in of.get("summits.attendance", {}))
    result["participant"] = Counter(frozenset(people.get(pk, ())) or ("unattached", f["key"])
                                    for pk, f in of.get("summits.participant", {}).items())
    # Each disagreement once: with three articles saying "Bali", "Bali" and "Nusa Dua", the
    # first value stands and every article saying the other files the conflict, so how many
    # articles file it depends on which came first; what is disputed does not.
    result["conflict"] = Counter({
        (next(identity(k, f[k]) for k in ("summit", "meeting", "document") if f[k] is not None), f["field"],
         frozenset({f["current_value"], f["proposed_value"]}))
        for f in of.get("summits.conflict", {}).values()
    })
    return result
