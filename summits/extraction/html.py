"""HTML page -> article text and page metadata, with trafilatura."""
from __future__ import annotations

import datetime as dt


def html_to_text(html: str) -> tuple[str, dict]:
    """The article's text (title on the first line, then the body) and what the page says
    about itself: {"title", "published" (date or None), "url", "source", "authors"}."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False, with_metadata=True)
    if doc is None:
        return "", {"title": None, "published": None, "url": None, "source": None, "authors": []}
    get = doc.get if isinstance(doc, dict) else lambda k, default=None: getattr(doc, k, default)
    title = (get("title") or "").strip() or None
    body = (get("text") or "").strip()
    published = None
    if get("date"):
        try:
            published = dt.date.fromisoformat(str(get("date"))[:10])
        except ValueError:
            published = None
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    authors = [a.strip() for a in (get("author") or "").split(";") if a.strip()]
    return text, {"title": title, "published": published, "url": get("url"), "source": get("sitename"),
                  "authors": authors}
