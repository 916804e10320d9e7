"""The furniture around the story: title, publication line, dateline, credits, captions,
web debris. `read_header()` returns the article facts and the spans of the text that
carry the story itself (everything else is skipped by the sentence splitter)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from . import datesapi as _dates
from .lexicons import load
from .places import country_of
from .text import fold, squash

_DIGIT = re.compile(r"\d")
_CREDIT_SEP = re.compile(r"\s*(?:,|;| dan | and | & )\s*")
_POSITION_CAPTION = re.compile(r"^[A-Z][\w.]+(?: [A-Z][\w.]+){0,4} \((?:tengah|kiri|kanan|kedua|center|left|right)\b")


@dataclass
class Header:
    title: str | None = None
    published: object = None  # datetime | date | None
    source: str | None = None
    dateline: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    body: list[tuple[int, int]] = field(default_factory=list)  # story spans (start, end)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_WEB_OUTLET = r"[A-Za-z0-9]+\.(?i:com|co\.id|co|id|tv)\b"  # "KOMPAS.com", "TEMPO.CO", "Beritasatu.com"


@cache
def _patterns():
    lex = load("header")
    labels = _alternation(lex["author_labels"] + lex["editor_labels"])
    sources = _alternation(lex["sources"])
    return {
        # "Pewarta: Name", "Editor : Name", "(Reporting by A; Editing by B)"
        "credit": re.compile(rf"^\(?\s*({labels})\s*[:/]?\s+(.+?)\)?\s*$"),
        "credit_part": re.compile(rf"({labels})\s*[:/]?\s+([^;|/]+)"),
        "debris": re.compile(rf"^(?:{_alternation(lex['debris_prefixes'])})\b\s*[:>»|-]"),
        # "Jakarta (ANTARA News) -", "Jakarta, Nov 8 (ANTARA) -", "JAKARTA (Reuters) -"
        "dateline_paren": re.compile(
            r"^(?P<city>[A-Z][\w.'-]*(?: (?:[A-Z][\w.'-]*|de|da|do|di|del|la|el)){0,3})"
            r"(?:, [A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}(?=, [A-Z][a-z]{2,8}\.? \d))?"  # "KAZAN, Russia, Oct 23 (Reuters)"
            r"(?:, (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)(?:,? \d{4})?|, \d{1,2}/\d{1,2}(?:/\d{2,4})?)?"
            # "Nov 8", "26 Okt", "5/9"
            r"(?:, [A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})?"  # "Bintan, Kepulauan Riau (ANTARA) -"
            r" ?\((?P<source>[^)]{2,40})\) ?[-:\u2013\u2014]+ ?"),
        # "Bisnis.com, JAKARTA -"
        "dateline_source": re.compile(rf"^(?P<source>{sources}|{_WEB_OUTLET}), (?P<city>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){{0,2}})"
                                      r" ?[-:]+ ?"),  # also "TEMPO.CO, Jakarta -", "Liputan6.com, Jakarta -"
        # "Jakarta, CNN Indonesia -- ", "Jakarta, IDN Times - "
        "dateline_city_then_source": re.compile(
            rf"^(?P<city>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){{0,2}}), (?P<source>{sources}) ?-{{1,2}} ?"),
        # "SINGAPORE: ...", "Jakarta: ..."
        # "NUSA DUA, KOMPAS.com - "
        "dateline_city_source": re.compile(  # also "JAKARTA, KOMPAS.TV - ", "Jakarta, Beritasatu.com - "
            rf"^(?P<city>[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){{0,2}}), (?P<source>{_WEB_OUTLET}) ?[-:]+ ?"),
        # "NUSA DUA, Bali - ", "HANOI, Vietnam -- "
        "dateline_region": re.compile(r"^(?P<city>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}), [A-Z][a-z]+(?: [A-Z][a-z]+)? ?-{1,2} "),
        # "Jeddah, 7 Maret 2025 - ", "Jakarta, March 7, 2025 -- " (ministry and agency releases),
        # "JAKARTA, 6 September 2023 \u2013 " (ASEAN Secretariat), "New Delhi, December 5, 2025" alone on its line (readouts)
        "dateline_dated": re.compile(
            r"^(?P<city>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}), (?P<date>(?:\d{1,2} [A-Za-z]{3,9}\.?|[A-Z][a-z]{2,8}\.? \d{1,2})(?:,? \d{4})?)"
            r"(?: ?[-\u2013\u2014]{1,2} ?|$)"),  # also "KUALA LUMPUR, July 8 -" (Bernama): the dateline alone, no year to date it
        # "TOKYO, Oct. 24 Kyodo - ", "KANANASKIS, Canada, June 17 Kyodo - ": the outlet without brackets
        "dateline_dated_source": re.compile(
            r"^(?P<city>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})(?:, [A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})?"
            rf", (?P<date>[A-Z][a-z]{{2,8}}\.? \d{{1,2}}|\d{{1,2}} [A-Z][a-z]{{2,8}}\.?) (?P<source>{sources}) ?[-\u2013\u2014]{{1,2}} ?"),
        # "Sumber: Kementerian Luar Negeri RI", "Source: CNA/ga"
        "source_line": re.compile(r"^(?:Sumber|Source)\s*:\s*([^/|]{2,60}?)\s*(?:[/|].*)?$"),
        # "CANBERRA - ", "NEW DELHI -- " (a city in capitals, then a dash)
        # (spaced: "KTT ASEAN-Dewan ..." opens a sentence, not a dateline)
        "dateline_caps": re.compile(r"^(?P<city>[A-Z]{3,}(?: [A-Z]{2,}){0,2}) [-\u2013\u2014]{1,2} (?=[A-Z\"'])"),
        "dateline_colon": re.compile(r"^(?P<city>(?=[^:]{4})(?:[A-Z][A-Z]+(?: [A-Z][A-Z]+){0,2}|[A-Z][a-z]+)): (?=[A-Z\"'])"),
        "caption_tail": re.compile(rf"\((?:{sources}|ANTARA FOTO|Foto|Photo|REUTERS|AFP)[^)]*\)\s*$", re.I),
    }


_WEB_ADDRESS = re.compile(r"\.(?:com|co|id|net|org)\b", re.I)


def _credit_names(value: str) -> list[str]:
    names = _CREDIT_SEP.split(value.strip(" .;)("))
    # "Laporan wartawan Tribunnews.com, Igman Ibrahim": the outlet is no name
    return [squash(n) for n in names if n and len(n) < 60 and not _WEB_ADDRESS.search(n)]


@cache
def _label_lines() -> frozenset[str]:
    return frozenset(load("header")["label_lines"])


@cache
def _share_words() -> frozenset[str]:
    return frozenset(load("header")["share_words"])


_SHARE_WORD = re.compile(r"[\w-]+")


def _is_share_line(line: str) -> bool:
    """"Bagikan: Facebook Twitter": at most 8 words, all share words. Stops at the first
    other word, since every paragraph of the story passes through here."""
    share = _share_words()
    count = 0
    if line.isascii():  # lower-case word by word: the first word mostly settles it, the line is long
        for m in _SHARE_WORD.finditer(line):
            count += 1
            if count > 8 or m.group().lower() not in share:
                return False
        return count > 0
    for m in _SHARE_WORD.finditer(line.lower()):
        count += 1
        if count > 8 or m.group() not in share:
            return False
    return count > 0


def _read_credits(line: str, head: Header) -> bool:
    """Record a credit line ("Pewarta: X", "(Reporting by A; Editing by B)")."""
    pats = _patterns()
    m = pats["credit"].match(line)
    if not m:
        return False
    editors = {l.lower() for l in load("header")["editor_labels"]}
    for part in pats["credit_part"].finditer(line):
        target = head.editors if part.group(1).lower() in editors else head.authors
        target.extend(n for n in _credit_names(part.group(2)) if n not in target)
    return True


def _is_caption(line: str) -> bool:
    """Photo captions: short lines ending "(ANTARA)", or "Name (tengah) ..." style lines."""
    # each pattern needs a bracket (the tail one at the very end): most lines are ruled out by `in`
    if line.rstrip().endswith(")") and len(line) < 400 and _patterns()["caption_tail"].search(line):
        return True
    return " (" in line and bool(_POSITION_CAPTION.match(line))


# Dateline forms in the order they are tried: each names the city, and some the outlet or the day.
_DATELINES = ("dateline_paren", "dateline_source", "dateline_city_then_source", "dateline_city_source",
              "dateline_dated", "dateline_dated_source", "dateline_region", "dateline_caps", "dateline_colon")


def _read_dateline(line: str, head: Header) -> int:
    """Length of the dateline prefix opening the body (0 when there is none)."""
    pats = _patterns()
    for name in _DATELINES:
        m = pats[name].match(line)
        if m is None:
            continue
        found = m.groupdict()
        city = found["city"]
        if name in ("dateline_caps", "dateline_colon") and country_of(city.title()) is None:
            continue  # "ASEAN - ...", "Jokowi: ..." (a headline): a dateline only with a known place
        head.dateline = city.title() if city.isupper() else city
        if found.get("source"):
            head.source = _outlet(found["source"])
        if found.get("date") and head.published is None:
            head.published = _dates.parse_published(found["date"])
        return m.end()
    return 0


def outlet_country(source: str | None) -> str | None:
    """The state of a national outlet ("ANTARA" -> "ID"); None for wire services and unknown ones."""
    return load("header")["outlet_countries"].get(source) if source else None


def _place_of_the_date(line: str, head: Header) -> None:
    """"New Delhi, December 5, 2025" alone on its line (a government readout): the place is the
    dateline's, when it is a known place ("Thu, November 20, 2025" is none)."""
    m = _patterns()["dateline_dated"].match(line)
    if m and m.end() == len(line) and country_of(m.group("city")) is not None:
        head.dateline = m.group("city").title() if m.group("city").isupper() else m.group("city")


def _outlet(written: str) -> str:
    """The outlet's usual name: "ANTARA News" and "KOMPAS.com" are ANTARA and Kompas."""
    sources = load("header")["sources"]
    written = written.strip()
    known = sources.get(written) or _outlets_by_case().get(written.lower()) or sources.get(written.split()[0])
    return known or written


@cache
def _outlets_by_case() -> dict[str, str]:
    return {k.lower(): v for k, v in load("header")["sources"].items()}


def _looks_like_title(line: str) -> bool:
    return len(line) <= 200 and not line.rstrip().endswith((".", ":", ";", ",")) and len(line.split()) >= 2


def read_header(text: str, folded: str | None = None) -> Header:
    """Split the article into furniture (recorded in Header) and story spans."""
    head = Header()
    folded = fold(text) if folded is None else folded
    pos = 0
    seen_body = False
    lines_seen = 0
    for raw in folded.splitlines(keepends=True):
        start, end = pos, pos + len(raw.rstrip("\r\n"))
        pos += len(raw)
        line = folded[start:end].strip()
        if not line:
            continue
        lines_seen += 1
        lstart = start + (len(folded[start:end]) - len(folded[start:end].lstrip()))
        if head.published is None and len(line) < 80 and (lines_seen < 12 or len(line) < 40) \
                and _DIGIT.search(line):  # a publication line always has digits
            when = _dates.parse_published(line)
            if when is not None:
                head.published = when
                if not seen_body and head.dateline is None:
                    _place_of_the_date(line, head)
                continue
        if head.source is None and line in load("header")["sources"]:  # the outlet's name on a line of its own
            head.source = load("header")["sources"][line]
            continue
        if head.source is None and len(line) < 80 and (m := _patterns()["source_line"].match(line)):
            head.source = load("header")["sources"].get(m.group(1), m.group(1))
            continue
        furniture = len(line) < 400 and (  # credits, links, share buttons and captions are short lines
            _read_credits(line, head) or _patterns()["debris"].match(line) or _is_share_line(line) or _is_caption(line)
            or (not seen_body and len(line) < 20 and line.lower() in _label_lines()))  # "Siaran Pers": no title
        if furniture:
            continue
        if not seen_body:
            skip = _read_dateline(line, head)
            if skip:
                seen_body = True
                head.body.append((lstart + skip, lstart + len(line)))
                continue
            if head.title is None and _looks_like_title(line) and not head.body:
                head.title = squash(text[lstart:lstart + len(line)])
                continue
        seen_body = True
        head.body.append((lstart, lstart + len(line)))
    return head
