"""Caches that live for one article.

Several steps ask about the same sentence (its places, its attribution tail, the organisations
in a piece of it), so those answers are cached; but only while one article is read. A cache
keyed by sentence text that outlived the article would make a repeated article, as a benchmark
reads it, measure the cache instead of the reading. extract() calls forget_article() first.
"""
from __future__ import annotations

from functools import lru_cache

_PER_ARTICLE = []


def per_article(maxsize: int):
    """lru_cache(maxsize), emptied by forget_article()."""
    def wrap(fn):
        cached = lru_cache(maxsize=maxsize)(fn)
        _PER_ARTICLE.append(cached)
        return cached
    return wrap


def forget_article():
    for cached in _PER_ARTICLE:
        cached.cache_clear()
