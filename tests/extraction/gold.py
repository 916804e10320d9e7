"""Score an extraction against a hand-made gold file (the format of shared/eval/GOLD.md).

A port of the matching rules of the shared scorer, kept inside the project so that the
suite does not depend on where shared/ lies: the same fit functions, the same one-to-one
matching by augmenting paths, and P/R/F1 per category with their mean as the score.
On top of that, `score_article` writes a readable diff for assertion messages.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

CATEGORIES = ("events", "participants", "documents", "countries")


def norm(text: str | None) -> str:
    """Lower case, accents off, only letters and digits kept, one space between words."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


def tokens(text: str | None) -> set[str]:
    return set(norm(text).split())


def date_compatible(gold: str | None, out: str | None) -> bool:
    """Dates agree when one is a prefix of the other: `2018-10` fits `2018-10-05`."""
    if not gold or not out:
        return False
    return out.startswith(gold) or gold.startswith(out)


def word_fits(word: str, alias_word: str) -> bool:
    """A name's word fits an alias's word when equal, or when it only adds a short ending
    (official/officials, minister/ministerial, summit/summits)."""
    return word == alias_word or (
        len(alias_word) >= 4 and word.startswith(alias_word) and len(word) - len(alias_word) <= 3
    )


def contains_words(haystack: str | None, needle: str | None) -> bool:
    """True where the words of needle stand together, in order, among the words of haystack."""
    h, n = norm(haystack).split(), norm(needle).split()
    return bool(n) and any(
        all(word_fits(h[i + k], n[k]) for k in range(len(n))) for i in range(len(h) - len(n) + 1)
    )


def event_fits(g: dict, o: dict) -> bool:
    """Same start (at the coarser precision) and a name holding one alias, or the same
    organisation and ordinal."""
    if not date_compatible(g.get("start"), o.get("start")):
        return False
    if any(contains_words(o.get("name", ""), a) for a in g.get("aliases", [])):
        return True
    return bool(
        g.get("org")
        and g.get("ordinal")
        and o.get("ordinal") == g["ordinal"]
        and norm(o.get("organization") or "") == norm(g["org"])
    )


def event_rank(g: dict, o: dict) -> int:
    """Prefer the candidate with the exact start, then the one with the right country."""
    return (o.get("start") == g.get("start")) * 2 + (o.get("country") == g.get("country"))


def person_fits(g: dict, o: dict) -> bool:
    """Same name or alias, or one that adds at most one word (a middle name, an honorific)."""
    out = norm(o.get("name", ""))
    names = [g["name"]] + g.get("aliases", [])
    if any(norm(n) == out for n in names):
        return True
    ot = out.split()
    return any(set(norm(n).split()) <= set(ot) and len(ot) - len(norm(n).split()) <= 1 for n in names)


def doc_fits(g: dict, o: dict) -> bool:
    """Titles share most words (Jaccard >= 0.6), or one holds the other and is 3+ words."""
    title = o.get("title", "")
    out = tokens(title)
    for t in [g["title"]] + g.get("aliases", []):
        gt = tokens(t)
        if gt and out and len(gt & out) / len(gt | out) >= 0.6:
            return True
        if norm(t) and (norm(t) in norm(title) or norm(title) in norm(t)) and len(out) >= 3:
            return True
    return False


def match(gold_items: list, out_items: list, fits, rank=lambda g, o: 0):
    """One-to-one matching that pairs as many gold items as possible (augmenting paths),
    each trying its best-ranked candidates first. Returns (pairs, unmatched_out)."""
    cands = [
        sorted((i for i, o in enumerate(out_items) if fits(g, o)), key=lambda i: -rank(g, out_items[i]))
        for g in gold_items
    ]
    owner: dict[int, int] = {}  # out index -> gold index

    def augment(gi: int, seen: set) -> bool:
        for oi in cands[gi]:
            if oi in seen:
                continue
            seen.add(oi)
            if oi not in owner or augment(owner[oi], seen):
                owner[oi] = gi
                return True
        return False

    # The gold items with fewest candidates choose first, so they are not crowded out.
    for gi in sorted(range(len(gold_items)), key=lambda k: len(cands[k])):
        augment(gi, set())
    mine = {gi: oi for oi, gi in owner.items()}
    pairs = [(g, out_items[mine[gi]] if gi in mine else None) for gi, g in enumerate(gold_items)]
    return pairs, [o for i, o in enumerate(out_items) if i not in owner]


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def score_category(gold_items: list, out_items: list, fits, rank=lambda g, o: 0):
    """Match, then count: optional gold items neither count as found nor as missed, and an
    output item paired with an optional gold item is not an extra."""
    pairs, extra = match(gold_items, out_items, fits, rank)
    tally = Tally(
        tp=sum(1 for g, o in pairs if o is not None and not g.get("optional")),
        fp=len(extra),
        fn=sum(1 for g, o in pairs if o is None and not g.get("optional")),
    )
    return tally, pairs, extra


@dataclass
class ArticleScore:
    tallies: dict[str, Tally]
    lines: list[str] = field(default_factory=list)  # misses and extras
    mismatches: list[str] = field(default_factory=list)  # matched, but wrong dates or country

    def f1(self, category: str) -> float:
        return self.tallies[category].prf()[2]

    @property
    def score(self) -> float:
        """Mean F1 of events, participants, documents and countries."""
        return sum(self.f1(c) for c in CATEGORIES) / len(CATEGORIES)

    @property
    def diff(self) -> str:
        """Every miss and extra, one a line, after the P/R/F1 table."""
        table = [
            f"{c:<13} P={p:.2f} R={r:.2f} F1={f:.2f}"
            for c in CATEGORIES
            for p, r, f in [self.tallies[c].prf()]
        ]
        return "\n".join(table + self.lines + self.mismatches)


def _label(item: dict) -> str:
    name = item.get("title") or item.get("name") or "/".join(item.get("aliases", []))
    when = "..".join(x for x in (item.get("start"), item.get("end")) if x)
    return " ".join(x for x in (repr(name), when, item.get("country") or "") if x)


def _diff_lines(kind: str, pairs: list, extra: list) -> list[str]:
    lines = [f"MISS {kind}: {_label(g)}" for g, o in pairs if o is None and not g.get("optional")]
    lines += [f"EXTRA {kind}: {_label(o)}" for o in extra]
    return lines


def _event_mismatches(pairs: list) -> list[str]:
    """What the scorer reports as date and country accuracy: a matched event must carry the
    gold start and end exactly (an end equal to the start counts as none) and its country."""
    lines = []
    for g, o in pairs:
        if o is None or g.get("optional"):
            continue
        want = (g["start"], g.get("end") or g["start"])
        got = (o.get("start"), o.get("end") or o.get("start"))
        if want != got:
            lines.append(f"DATE event {_label(g)}: got {_label(o)}")
        if g.get("country") and o.get("country") != g["country"]:
            lines.append(f"COUNTRY event {_label(g)}: got {o.get('country')}")
    return lines


def _person_mismatches(pairs: list) -> list[str]:
    return [
        f"COUNTRY person {g['name']!r}: want {g['country']}, got {o.get('country')}"
        for g, o in pairs
        if o is not None and not g.get("optional") and "country" in g and o.get("country") != g["country"]
    ]


def score_article(gold: dict, output: dict) -> ArticleScore:
    """Compare one extraction (the JSON of the schema) with one gold file."""
    events = list(output.get("summits", [])) + list(output.get("meetings", []))
    checks = (
        ("events", "event", gold["events"], events, event_fits, event_rank),
        ("participants", "person", gold["participants"], output.get("participants", []), person_fits, None),
        ("documents", "document", gold["documents"], output.get("documents", []), doc_fits, None),
    )
    tallies, lines, mismatches = {}, [], []
    for category, kind, gold_items, out_items, fits, rank in checks:
        tally, pairs, extra = score_category(gold_items, out_items, fits, rank or (lambda g, o: 0))
        tallies[category] = tally
        lines += _diff_lines(kind, pairs, extra)
        if category == "events":
            mismatches += _event_mismatches(pairs)
        elif category == "participants":
            mismatches += _person_mismatches(pairs)
    gc, oc = set(gold["countries"]), set(output.get("countries", []))
    tallies["countries"] = Tally(tp=len(gc & oc), fp=len(oc - gc), fn=len(gc - oc))
    lines += [f"MISS country: {c}" for c in sorted(gc - oc)]
    lines += [f"EXTRA country: {c}" for c in sorted(oc - gc)]
    return ArticleScore(tallies, lines, mismatches)
