"""extract(): the steps in order, from raw text to the typed Extraction."""
from __future__ import annotations

import bisect
import datetime as dt

from . import datesapi
from .countries import article_countries
from .documents import document_words, read_documents
from .event_mentions import event_word_spans, sentence_scans as event_scans
from .event_sentence import arrival_place, lasts_until, read_sentence, refers_back, told_dates
from .events import SUMMIT_LIKE_KINDS, Event, read_events
from .header import outlet_country, read_header
from .people import people_word_spans, read_people, sentence_scans as people_scans
from .memo import forget_article
from .places import country_of
from .sentences import split_sentences
from .text import by_sentence as share_by_sentence, detect_language, fold
from .types import (ArticleInfo, DocumentItem, Evidence, Extraction, MeetingItem, ParticipantItem,
                    SummitItem)


def _sentences_at(offsets, sentences) -> set[int]:
    """Indexes of the sentences holding these text offsets (the rest need no reading)."""
    starts = [s.start for s in sentences]
    found = set()
    for pos in offsets:
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and pos < sentences[i].end:
            found.add(i)
    return found


def _told_before(folded_sentences, with_events, read):
    """sentence index -> read(the sentence before it), when that sentence names no event:
    the one day or span it tells (not when someone spoke or set off), or where someone arrived."""
    def told(idx):
        if idx == 0 or idx - 1 in with_events:
            return None
        return read(folded_sentences[idx - 1])
    return told


def _date_after(folded_sentences, with_events, language, day):
    """sentence index -> ("on", the one day or span) told in the sentence after it, when that sentence
    names no event and opens by referring back to one ("Pertemuan itu berlangsung pada 20-21
    Februari"), or ("until", its last day) ("... pertemuan yang berlangsung hingga Jumat (31/1)")."""
    def date_after(idx):
        nxt = idx + 1
        if nxt >= len(folded_sentences) or nxt in with_events:
            return None
        fs = folded_sentences[nxt]
        if refers_back(fs):
            date = _one_day(fs, language, day)
            return ("on", date) if date is not None else None
        until = lasts_until(fs)
        date = _one_day(fs, language, day) if until is not None else None
        return ("until", date) if date is not None and date.span[0] == until and date.end is None else None
    return date_after


def _one_day(fs, language, day):
    """The one day or span told in fs that may be an event's, or None."""
    found = [d for d in told_dates(fs, language, day) if d.kind in ("date", "range")]
    if len(found) != 1 or found[0].start is None or found[0].start.precision != "day":
        return None
    return found[0]


def _published(head_value, published, url):
    if head_value is not None:
        return head_value
    if isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published[:10])
        except ValueError:
            published = None
    if published is not None:
        return published
    return datesapi.date_from_url(url) if url else None


def _as_date(value):
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def _is_summit(ev: Event, hosting: set[int]) -> bool:
    """`hosting`: ids of the events other events are held at (a gathering that hosts others is a summit)."""
    if ev.level == "summit":
        return ev.host is None or ev.host.level == "summit" or ev.parent is None
    return ev.parent is None and ev.kind in SUMMIT_LIKE_KINDS and bool(ev.org or id(ev) in hosting)


def _items(events, sentences):
    hosting = {id(ev.host) for ev in events if ev.host is not None}
    summits = [ev for ev in events if _is_summit(ev, hosting)]
    ids = {id(ev): f"s{i + 1}" for i, ev in enumerate(summits)}
    meetings = [ev for ev in events if id(ev) not in ids]
    ids.update({id(ev): f"m{i + 1}" for i, ev in enumerate(meetings)})

    def evidence(ev):
        s = sentences[ev.sentence]
        return Evidence(s.text, s.start, s.end)

    def summit_of(ev):
        target = ev.host if ev.host is not None and id(ev.host) in ids and ids[id(ev.host)][0] == "s" else ev.parent
        while target is not None and ids.get(id(target), "m")[0] != "s":
            target = target.parent
        return ids.get(id(target)) if target is not None else None

    summit_items = tuple(SummitItem(
        id=ids[id(ev)], name=_capitalised(ev.name), start=ev.start, end=ev.end, organization=ev.org, ordinal=ev.ordinal,
        partners=ev.partners, country=ev.country, city=ev.city, theme=ev.theme, chair=ev.chair,
        parent=summit_of(ev) if ev.host is not None else None, mode=ev.mode, virtual=ev.virtual,
        evidence=evidence(ev)) for ev in summits)
    meeting_items = tuple(MeetingItem(
        id=ids[id(ev)], name=_capitalised(ev.name),
        kind="summit" if ev.level == "summit" else ev.kind, start=ev.start, end=ev.end,
        summit=summit_of(ev), country=ev.country, city=ev.city, chair=ev.chair,
        evidence=evidence(ev)) for ev in meetings)
    return summit_items, meeting_items, ids


def _capitalised(name: str) -> str:
    """"pertemuan tahunan IMF dan World Bank", read from mid-sentence, heads a page as a name does."""
    return name[:1].upper() + name[1:]


def _events_by_sentence(events, ids) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for ev in events:
        if id(ev) in ids:
            for m in ev.mentions:
                found.setdefault(m.sentence, []).append(ids[id(ev)])
    return found


def _participant_events(person, by_sentence) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for s in dict.fromkeys(person.sentences) for i in by_sentence.get(s, ())))


def extract(text: str, *, published=None, url=None) -> Extraction:
    """Read one article. Never raises on odd text; returns empty lists when nothing is found."""
    text = text if isinstance(text, str) else str(text)
    forget_article()
    folded = fold(text)
    head = read_header(text, folded)
    when = _published(head.published, published, url)
    day = _as_date(when)
    language = detect_language(text)
    sentences = split_sentences(text, folded, head.body)
    folded_sentences = [folded[s.start:s.end] for s in sentences]
    per_sentence = []
    last_day = None
    context: dict = {}
    event_words = event_word_spans(folded)
    with_events = _sentences_at(sorted(s for spans in event_words.values() for s, _ in spans), sentences)
    shares = {scan: share_by_sentence(event_words[scan], folded, sentences, with_events) for scan in event_scans(folded)}
    for idx, fs in enumerate(folded_sentences):
        if idx not in with_events:
            per_sentence.append([])  # no event word: nothing to read, nothing to carry over
            continue
        mentions = read_sentence(idx, fs, language, day, last_day, context,
                                 {scan: share[idx] for scan, share in shares.items()})
        per_sentence.append(mentions)
        days = [m.date.start for m in mentions if m.date is not None and m.date.start is not None
                and m.date.start.precision == "day" and m.date.end is None]  # a span is no "that day"
        last_day = days[-1].first_day() if days else last_day
        spans = [(m.date.start.first_day(), (m.date.end or m.date.start).first_day()) for m in mentions
                 if m.date is not None and m.date.start is not None and m.date.start.precision == "day"
                 and (m.date.end is None or m.date.end.precision == "day")]
        if spans:  # "sehari sebelumnya" / "sehari kemudian": before its first day, after its last
            context["last_span"] = spans[-1]
    home = country_of(head.dateline, language) if head.dateline else None
    events = read_events(per_sentence, home, day, head.dateline,
                         date_before=_told_before(folded_sentences, with_events, lambda fs: _one_day(fs, language, day)),
                         date_after=_date_after(folded_sentences, with_events, language, day),
                         arrived_at=_told_before(folded_sentences, with_events, lambda fs: arrival_place(fs, language)))
    people_words = people_word_spans(folded)
    with_people = _sentences_at([s for spans in people_words.values() for s, _ in spans], sentences)
    # a national outlet's reporter abroad names his own government's officials without a nationality
    people_home = outlet_country(head.source) or home
    people = read_people(sentences, folded_sentences, language, head.authors + head.editors, people_home, only=with_people,
                         shares={scan: share_by_sentence(people_words[scan], folded, sentences, with_people)
                                 for scan in people_scans(folded)})
    documents = read_documents(folded_sentences, only=_sentences_at(document_words(folded), sentences))
    summits, meetings, ids = _items(events, sentences)

    evidences: dict[int, Evidence] = {}

    def evidence(idx):  # one (immutable) Evidence per sentence, however many items it backs
        if idx not in evidences:
            s = sentences[idx]
            evidences[idx] = Evidence(s.text, s.start, s.end)
        return evidences[idx]

    sentence_summit = {}
    for ev in events:
        if id(ev) in ids and ids[id(ev)][0] == "s":
            for m in ev.mentions:
                sentence_summit.setdefault(m.sentence, ids[id(ev)])
    main = summits[0].id if summits else None
    by_sentence = _events_by_sentence(events, ids)
    return Extraction(
        article=ArticleInfo(title=head.title, published=when, language=language, source=head.source,
                            dateline=head.dateline, authors=tuple(head.authors), editors=tuple(head.editors), url=url),
        summits=summits,
        meetings=meetings,
        participants=tuple(ParticipantItem(
            name=p.name, country=p.country, title=p.title, organization=p.organization,
            aliases=tuple(sorted(p.aliases)), events=_participant_events(p, by_sentence),
            evidence=evidence(p.sentences[0])) for p in people),
        documents=tuple(DocumentItem(
            title=d.title, kind=d.kind, status=d.status,
            summit=sentence_summit.get(d.sentence, main if d.status != "mentioned" else None),
            evidence=evidence(d.sentence)) for d in documents),
        countries=article_countries(events, people, folded_sentences, language),
        text=text,
    )
