"""python manage.py extract_article FILE [--published YYYY-MM-DD] [--url URL] [--json]"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from summits.extraction import extract
from summits.extraction.html import html_to_text

MAX_BYTES = 5 * 1024 * 1024


def read_text(path: Path) -> str:
    """The file's text; CommandError (never a traceback) for what is not readable text."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror or exc}") from None
    if not data.strip():
        raise CommandError(f"{path} is empty")
    if len(data) > MAX_BYTES:
        raise CommandError(f"{path} is larger than {MAX_BYTES // (1024 * 1024)} MB: not an article")
    if b"\x00" in data[:8192]:
        raise CommandError(f"{path} looks like a binary file, not an article text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise CommandError(f"{path}: cannot tell the text encoding (save it as UTF-8)")
    return str(best)


def looks_like_html(path: Path, text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return path.suffix.lower() in (".html", ".htm") or head.startswith(("<!doctype html", "<html"))


class Command(BaseCommand):
    help = "Read the events, people, documents and countries of one article (.txt or .html)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--published", help="publication date YYYY-MM-DD, used when the text has none")
        parser.add_argument("--url", help="the page's address (may hold the date, e.g. /2018/04/26/)")
        parser.add_argument("--json", action="store_true", help="print the JSON object of the extraction schema")

    def handle(self, *args, **opts):
        published = None
        if opts["published"]:
            try:
                published = dt.date.fromisoformat(opts["published"])
            except ValueError:
                raise CommandError(f"--published must be a date like 2018-04-20, not {opts['published']!r}") from None
        path = opts["file"]
        text = read_text(path)
        if looks_like_html(path, text):
            text, meta = html_to_text(text)
            if not text.strip():
                raise CommandError(f"{path}: no article text found in this HTML page")
            published = published or meta["published"]
            opts["url"] = opts["url"] or meta["url"]
        result = extract(text, published=published, url=opts["url"])
        if opts["json"]:
            self.stdout.write(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(summary(result.to_json()))


def _when_where(event: dict) -> str:
    """"2018-04-27 to 2018-04-28  Singapore SG": days and place of a summit or a meeting alike."""
    when = event["start"] + (f" to {event['end']}" if event.get("end") else "")
    return f"{when}  {event.get('city') or ''} {event.get('country') or ''}".rstrip()


def summary(data: dict) -> str:
    a = data["article"]
    lines = [f"Title:     {a['title'] or '-'}", f"Published: {a['published'] or '-'}   Language: {a['language']}",
             f"Source:    {a.get('source') or '-'}   Dateline: {a.get('dateline') or '-'}"]
    if a.get("authors") or a.get("editors"):
        lines.append(f"Credits:   {', '.join(a.get('authors', []))}  (editors: {', '.join(a.get('editors', [])) or '-'})")
    lines.append("\nSummits:")
    for s in data["summits"]:
        lines.append(f"  [{s['id']}] {s['name']}  {_when_where(s)}")
    lines.append("Meetings:")
    for m in data["meetings"]:
        lines.append(f"  [{m['id']}] {m['name']} ({m['kind']})  {_when_where(m)}"
                     f"{'  in ' + m['summit'] if m.get('summit') else ''}")
    lines.append("Participants:")
    for p in data["participants"]:
        lines.append(f"  {p['name']}  {p.get('country') or '-'}  {p.get('title') or ''}")
    lines.append("Documents:")
    for d in data["documents"]:
        lines.append(f"  {d['title']}  ({d.get('kind') or '-'}, {d.get('status') or '-'})")
    lines.append(f"Countries: {', '.join(data['countries']) or '-'}")
    return "\n".join(lines)
