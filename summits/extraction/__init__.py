"""Reading diplomatic events, people, documents and countries out of one news article.

    from summits.extraction import extract
    result = extract(text, published=date(2018, 4, 20), url=None)

Pure Python: no Django import anywhere in this package.
"""
from __future__ import annotations

from .pipeline import extract

__all__ = ["extract"]
