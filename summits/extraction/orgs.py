"""Organisation names (ASEAN, G20, IMT-GT...) and the member states groupings imply."""
from __future__ import annotations

import re
from functools import cache

from .lexicons import load
from .memo import per_article
from .text import boundary_matches, trie_pattern


@cache
def _org_regex():
    names = {}
    for short, info in load("orgs")["orgs"].items():
        for name in info["names"]:
            names[name] = short
    alternation = trie_pattern(names)
    return re.compile(rf"(?:{alternation})(?![\w])"), names


def find_orgs(text: str):
    """[(start, end, short name)] of organisation names in text, left to right."""
    return list(_orgs_in(text))


@per_article(maxsize=4096)
def _orgs_in(text: str) -> tuple:
    # cached: asked again and again about the same strings (event names, offices, pieces of a sentence)
    regex, names = _org_regex()
    return tuple((m.start(), m.end(), names[m.group()]) for m in boundary_matches(regex, text))


def first_org(text: str) -> str | None:
    found = find_orgs(text)
    return found[0][2] if found else None


def members(org: str | None) -> tuple[str, ...]:
    info = load("orgs")["orgs"].get(org or "", {})
    return tuple(info.get("members", ()))
