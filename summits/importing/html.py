"""HTML page -> IncomingText: the extractor's HTML helper (trafilatura: main text, title,
URL, date), with a plain visible-text fallback for pages it finds no article in."""
from __future__ import annotations

from html.parser import HTMLParser

from summits.extraction.html import html_to_text

from .types import IncomingText


def html_to_incoming(name: str, html: str) -> IncomingText | None:
    """Main text of the page with its metadata; the whole visible text when trafilatura
    finds no article in it (odd or very deep markup); None when there is no text at all."""
    text, meta = html_to_text(html)
    text = text if text.strip() else _visible_text(html)
    if not text.strip():
        return None
    return IncomingText(name=name, text=text, title=meta.get("title"), url=meta.get("url"),
                        published=meta.get("published"), source=meta.get("source"),
                        authors=tuple(meta.get("authors") or ()))


class _TextCollector(HTMLParser):
    """Visible text by a streaming parser: no tree, so any nesting depth works (lxml
    gives up on very deep pages)."""

    SKIP = {"script", "style", "noscript", "template", "head"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        self.skipping += tag in self.SKIP
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        self.skipping -= tag in self.SKIP and self.skipping > 0

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def _visible_text(html: str) -> str:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).splitlines())
    return "\n".join(line for line in lines if line)
