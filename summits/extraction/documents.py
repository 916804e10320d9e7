"""Named documents: English titles (also inside Indonesian sentences), Indonesian titles led
by a document word, lists "A, B, dan C"; kind from the document word, status from the verbs."""
from __future__ import annotations

import itertools
import operator
import re
from dataclasses import dataclass
from functools import cache

from .lexicons import load
from .places import find_places
from .text import PhraseIndex, caseless, holds_any, key_words, trie_pattern, word_finditer, word_search, word_starts

_LEADING_ARTICLE = re.compile(r"^(?:the|a|an) ")
_WORD_DASH = re.compile(r"[\w-]+")
_WORDS = re.compile(r"\w+")

# a kind of place names a venue, unless it is the topic a title is on ("Declaration on Building ...")
_VENUE = re.compile(r"(?<!\bon )(?<!\bof )(?<!\bfor )\b(?:Cent(?:er|re)|Hall|Hotel|Resort|Palace|Istana|Gedung|Building"
                    r"|Stadium|Arena)\b")


_ALIAS_GAP = re.compile(r"\s*,?\s*(?:\(|(?:also |or |better )?known as (?:the )?|dikenal (?:dengan|sebagai) |atau )\s*",
                        re.I)


@dataclass
class Document:
    title: str
    kind: str | None
    status: str
    sentence: int


@cache
def _lex():
    lex = load("documents")
    fw = "|".join(lex["function_words"])
    # "(IAI)" inside a title; "ke-56" ends one ("Komunike Bersama AMM ke-56")
    cap = r"(?:[A-Z0-9][\w'.&+-]*|[A-Z][\w'-]*|\([A-Z][A-Za-z-]{1,10}\)|[Kk]e-\d{1,3}\b)"
    # A title-cased run: capitalised words, with lower-case function words between them.
    run_re = re.compile(rf"{cap}(?:(?: (?:{fw}))* {cap})*")
    en = sorted(word_starts(lex["kinds_en"]), key=len, reverse=True)
    ids = sorted(word_starts(lex["kinds_id"]), key=len, reverse=True)
    return {
        "run": run_re,
        # Both must start a word: searched with word_search (a leading (?<!\w) is slow).
        "en": re.compile(r"(" + "|".join(re.escape(k) for k in en) + r")(?:s)?(?!\w)"),
        "id": re.compile(r"(" + "|".join(re.escape(k) for k in ids) + r")(?!\w)"),
        "kinds": {**lex["kinds_en"], **lex["kinds_id"]},
        "any": PhraseIndex(list(lex["kinds_en"]) + list(lex["kinds_id"])),
        "fw": set(lex["function_words"]),
        "stop_id": set(lex["stop_words_id"]), "leading": frozenset(lex["leading_nouns"]),
        "expected": _verbs(lex["expected"]),
        "adopted": _verbs(lex["adopted"]),
    }


def _verbs(phrases):
    """(pattern for lower-cased text, leading \\b left to word_search; the re.I form for odd
    letters; words one of which any lower-cased phrase holds, see text.key_words)."""
    body = "|".join(re.escape(v) for v in sorted(word_starts(phrases), key=len, reverse=True))
    # as a trie: the same longest phrase as the plain alternation, at a cost that does not grow
    # with the list (kept plain when lower-casing could change a phrase's length)
    lowered = trie_pattern([p.lower() for p in phrases]) if all(p.isascii() for p in phrases) else body.lower()
    return re.compile(rf"(?:{lowered})\b"), re.compile(rf"\b(?:{body})\b", re.I), \
        key_words([p.lower() for p in phrases])


def _first(verbs, sentence: str, lowered: str | None):
    fast, slow, needles = verbs
    if lowered is None:
        return slow.search(sentence)
    return word_search(fast, lowered) if holds_any(needles, lowered) else None


def status_of(sentence: str) -> str:
    lex = _lex()
    lowered = caseless(sentence)
    exp, ado = _first(lex["expected"], sentence, lowered), _first(lex["adopted"], sentence, lowered)
    if exp and (not ado or exp.start() <= ado.start() or exp.group().lower().startswith(("diharapkan", "expected", "is expected"))):
        return "expected"
    if ado:
        return "adopted"
    return "mentioned"


@cache
def _date_tail():
    """" on Friday", " in November", " in 2019": where a title run has gone past the title."""
    words = "|".join(load("events")["date_words"])
    return re.compile(r"\s+(?:(?:on|in|at|from|pada)\s+(?:%s)\b|(?:in|pada|tahun)\s+(?:19|20)\d\d\b)" % words)


@cache
def _signed_by():
    """" by the Prime Minister and President Prabowo": whoever signs stands after the title, not in it
    ("Joint Statement by the Leaders of ..." keeps its leaders: no title of a person follows "by")."""
    titles = "|".join(re.escape(t) for t in sorted(load("people")["titles"], key=len, reverse=True))
    return re.compile(rf" by (?:the )?(?:{titles})\b")


_AT_PLACE = re.compile(r" (?:at|in) (?:the )?(?=[A-Z])")
# "the ASEAN Community Vision 2045 at the 46th ASEAN Summit": adopted at an event, which is no part of the title
_AT_EVENT = re.compile(r" (?:at|during) (?:the )?(?:[A-Z0-9][^,;]*? )?(?:Summits?|Meetings?|Conference|Retreat|Session)\b")


def _trim(title: str) -> str:
    if " by " in title and (signed := _signed_by().search(title)):
        title = title[:signed.start()]
    at = _AT_PLACE.search(title)
    if at and _VENUE.search(title, at.end()):  # "... Inclusive ASEAN at the Kuala Lumpur Convention Centre"
        title = title[:at.start()]
    if (event := _AT_EVENT.search(title)) is not None:
        title = title[:event.start()]
    cut = _date_tail().search(title)
    words = title[:cut.start()].split() if cut else title.split()
    fw = _lex()["fw"]
    while words and (words[0].lower() in fw or words[0] in ("The", "A", "An") or words[0] in _lex()["leading"]):
        words = words[1:]
    while words and words[-1].lower() in fw:
        words = words[:-1]
    return " ".join(words).strip(" .,'")


def _split_and(title: str) -> list[str]:
    """"A Statement on X and B Vision for Y": two titles when both halves name a document.
    Cut at each " and " where what stands before (since the last cut) and after both hold a
    document word and the rest starts with a capital; one pass over the parts (a run of
    thousands of "and"s must stay linear)."""
    en = _lex()["en"]
    parts = title.split(" and ")
    has = [word_search(en, part) is not None for part in parts]
    later = list(itertools.accumulate(reversed(has), operator.or_))[::-1]  # a document word in parts[i:]
    pieces, current, current_has = [], [parts[0]], has[0]
    # "between the United States and Malaysia and a Memorandum of ...": "a" opens the next document
    opens = [part.startswith(("a ", "an ")) for part in parts]
    for i in range(1, len(parts)):
        head = _LEADING_ARTICLE.sub("", parts[i])
        if current_has and later[i] and head[:1].isupper() and (has[i] or not _opened_later(has, opens, i)):
            pieces.append(" and ".join(current))
            current, current_has = [head], has[i]
        else:
            current.append(parts[i])
            current_has = current_has or has[i]
    pieces.append(" and ".join(current))
    return pieces



def _opened_later(has, opens, i) -> bool:
    """Does a part after i, up to the next one holding a document word, open with "a"/"an"?"""
    for j in range(i + 1, len(has)):
        if opens[j]:
            return True
        if has[j]:
            return False
    return False


_OF_WORD = re.compile(r" (?:of|on|for|to|between|towards?) ")


def _head_kind(title: str, first) -> str:
    """The kind an English title's head noun says: the last document word before "of/on/for"
    ("Digital Economy Framework Agreement" is an agreement; "Declaration on ... Vision" a
    declaration)."""
    lex = _lex()
    cut = _OF_WORD.search(title)
    head = title[:cut.start()] if cut else title
    found = [m.group(1) for m in word_finditer(lex["en"], head)]
    return lex["kinds"].get(found[-1] if found else first.group(1), "other")


_BRACKETED = re.compile(r"\s*\([^)]*\)")


def _only_kind_words(title: str) -> bool:
    """"sejumlah Nota Kesepahaman (MoU)": a document word with its abbreviation names no document."""
    return _lex()["id"].fullmatch(_BRACKETED.sub("", title)) is not None


def _english(fs: str):
    lex = _lex()
    if not lex["en"].search(fs):
        return  # every title found below holds an English document word: none in fs, none at all
    for m in lex["run"].finditer(fs):
        if word_search(lex["en"], m.group()) is None:
            continue  # most runs are names: with no document word in the run, none in a title cut from it
        for title in _split_and(m.group()):
            kind_m = word_search(lex["en"], title)
            if not kind_m:
                continue
            title = _trim(title)
            if len(title.split()) < 2 or not word_search(lex["en"], title):
                continue  # (a venue's "Convention" cut off with its place: no title left)
            other = [w for w in title.split() if w[0].isupper() and not lex["en"].fullmatch(w)]
            if other and not _VENUE.search(title) and not _only_kind_words(title):
                yield title, _head_kind(title, kind_m), m.start() + max(m.group().find(title), 0)


# "... tentang Situasi di Myanmar", "... tentang Parlemen yang Responsif": capitalised words after
# "di"/"yang" that still belong to a title on a topic
_TITLE_TAIL = re.compile(r" (di|yang) ([A-Z][\w-]*(?: [A-Z][\w-]*)*)")
_TOPIC_MARKS = (" tentang ", " mengenai ")


@cache
def _topic_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in load("events")["topic_nouns"])


def _with_tail(fs: str, start: int, title: str) -> str:
    """The title read on over "di"/"yang" where a reader would: in a title on a topic ("tentang"),
    "di" after a topic noun ("Situasi di Myanmar") or before no place ("Keamanan Maritim di
    Kawasan"), "yang" before the title's last capitalised word(s) ("Parlemen yang Responsif")."""
    end = start + len(title)
    if not (holds_any(_TOPIC_MARKS, title) and fs.startswith(title, start) and fs.startswith((" di ", " yang "), end)):
        return title
    tail = _TITLE_TAIL.match(fs, end)
    if tail is None:
        return title
    if tail.group(1) == "di":
        places = find_places(tail.group(2))
        if title.split()[-1].lower() not in _topic_nouns() and places and places[0].start == 0:
            return title  # "Deklarasi tentang Kerja Sama Maritim di Jakarta": where, not what
    elif len(tail.group(2).split()) > 2:
        return title  # a title-case headline's "yang Disepakati Para Menteri ...": a clause
    return title + tail.group()


def _indonesian(fs: str):
    """"nota konsep ASEAN Smart Cities Network", "Konsensus perlindungan ... pekerja migran"."""
    lex = _lex()
    for m in word_finditer(lex["id"], fs):
        kind = lex["kinds"][m.group(1)]
        rest = fs[m.end():m.end() + _TITLE_REACH]  # a title is never longer: a long sentence stays linear
        run = lex["run"].match(rest.lstrip())
        if run and rest[:1] == " " and run.group()[:1].isupper():
            title = _trim(run.group())
            if m.group(1)[0].isupper():
                title = f"{m.group(1)} {title}"
            if len(title.split()) >= 2 and not word_search(lex["en"], run.group()):
                yield _with_tail(fs, m.start(), title), kind, m.start()
            continue
        if m.group(1)[0].isupper():
            words, gap_from = [], 0
            for wm in _WORD_DASH.finditer(rest[:120]):
                w = wm.group()
                if w.lower() in lex["stop_id"] and w.lower() != "dan" or len(words) >= 10:
                    break
                if rest[gap_from:wm.start()] != " ":
                    break  # "Nota Kesepahaman (MoU), antara lain ...": punctuation ends the title
                gap_from = wm.end()
                if w == "dan" and lex["id"].match(rest, wm.end() + 1):
                    break  # "Nota Kesepahaman tentang ... dan Perjanjian ...": a second document
                words.append(w)
            if len(words) >= 2:
                yield _with_tail(fs, m.start(), f"{m.group(1)} {' '.join(words)}"), kind, m.start()


_TITLE_REACH = 400  # characters

_BETWEEN = (" antara ", " between ")
_ON_TOPIC = (" tentang ", " mengenai ", " on ", " concerning ", " regarding ", " for ")


def _parties_only(title: str) -> bool:
    """"MoU antara Kementerian Kesehatan RI dan ...": who signs, not what: no document's name."""
    if not holds_any(_BETWEEN, title) or holds_any(_ON_TOPIC, title):
        return False
    head = re.split(r" (?:antara|between) ", title, maxsplit=1)[0]
    return bool(_lex()["id"].fullmatch(head) or _lex()["en"].fullmatch(head))  # the kind word alone before it


def document_words(text: str) -> list[int]:
    """Offsets of document words ("Declaration", "nota konsep") in the whole text (one scan)."""
    return [m.start() for m in _lex()["any"].finditer(text)]


def read_documents(folded_sentences, only=None) -> list[Document]:
    out: dict[str, Document] = {}
    for idx, fs in enumerate(folded_sentences):
        if only is not None and idx not in only:
            continue  # no document word: most sentences
        found = sorted(list(_english(fs)) + list(_indonesian(fs)), key=lambda x: x[2])
        previous_end = None
        status = status_of(fs) if found else None
        for title, kind, start in found:
            if previous_end is not None and _ALIAS_GAP.fullmatch(fs[previous_end:start]):
                continue  # "Deklarasi ... (G20 Bali Leaders' Declaration)", "also known as the ...": the same document
            previous_end = start + len(title)
            if _parties_only(title):
                continue
            key = " ".join(_WORDS.findall(title.lower()))
            if any(key in k or k in key for k in out) or not key:
                continue
            out[key] = Document(title, kind, status, idx)
    return list(out.values())
