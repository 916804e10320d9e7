"""Loads the JSON/TSV lexicons under lexicon/ once per process (lazy, cached)."""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"


@cache
def load(name: str):
    """The parsed JSON lexicon `lexicon/<name>.json` (shared, do not mutate)."""
    with open(LEXICON_DIR / f"{name}.json", encoding="utf-8") as fh:
        return json.load(fh)
