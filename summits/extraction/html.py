"""HTML page -> article text and page metadata, with trafilatura."""
from __future__ import annotations

import datetime as dt


# The page's time and zone too, where it gives them ('article:published_time'
# "2023-09-05T10:15:00+07:00"): trafilatura's default keeps only the day.
_DATE_PARAMS = {"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True, "extensive_search": True}


def _published(value) -> dt.date | dt.datetime | None:
    """The publication date-time with its zone; only the day when the page gives no zone
    (a bare time cannot be placed in time)."""
    if not value:
        return None
    try:
        when = dt.datetime.fromisoformat(str(value))
    except ValueError:
        try:
            return dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            return None
    return when if when.tzinfo is not None else when.date()


def html_to_text(html: str) -> tuple[str, dict]:
    """The article's text (title on the first line, then the body) and what the page says
    about itself: {"title", "published" (date or None), "url", "source", "authors"}."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False, with_metadata=True,
                                      date_extraction_params=_DATE_PARAMS)
    if doc is None:
        return "", {"title": None, "published": None, "url": None, "source": None, "authors": []}
    get = doc.get if isinstance(doc, dict) else lambda k, default=None: getattr(doc, k, default)
    title = (get("title") or "").strip() or None
    body = (get("text") or "").strip()
    published = _published(get("date"))
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    authors = [a.strip() for a in (get("author") or "").split(";") if a.strip()]
    return text, {"title": title, "published": published, "url": get("url"), "source": get("sitename"),
                  "authors": authors}
