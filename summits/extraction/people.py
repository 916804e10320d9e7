"""People named with a title ("Presiden RI Joko Widodo", "Singapore's Prime Minister Lee
Hsien Loong", "Vivian Balakrishnan, Singapore's foreign minister"), well-known leaders and
nicknames ("Jokowi"). Later one-word mentions resolve to the same person."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .lexicons import load
from .orgs import find_orgs
from .places import demonym_code, find_places, is_country_word
from .text import PhraseIndex, holds_any, spans_in

_WORD = re.compile(r"[\w-]+")
_TOKEN = re.compile(r"\"[^\"\s]{2,20}\"|[^\s,;:()\"]+")
_ACRONYM_AFTER = re.compile(r" \([A-Za-z]{2,10}(?: [A-Z][a-z]{2,14}){0,2}\)")  # "(Menlu)", "(Menko Perekonomian)"
_INITIAL_GLUED = re.compile(r"\b([A-Z])\.(?=[A-Z][a-z])")
_NEXT_TOKEN = re.compile(r"[ ]+(" + _TOKEN.pattern + ")")
_INITIALS = re.compile(r"^(?:[A-Z]\.)+[A-Z]?[\w'-]*$")
_CONNECTOR_WORDS = frozenset(("of", "for", "dan", "and", "urusan", "at", "the", "on", "untuk", "to"))
_SHORT_FORM = re.compile(r"[A-Z]\.|Dr\.|H\.|Hj\.|Prof\.|Mr\.|Mrs\.|Ms\.|Ir\.|Drs\.|Ma\.")  # "Ma. Theresa Lazaro"
_NON_SPACE = re.compile(r"\S+")
_NAMED_BEFORE = re.compile(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})(?:'s?)?\s+(?:(?:new|former|outgoing|incoming|acting|then|"
                           r"current|newly elected|baru|mantan)\s+)?$")
# "Malaysian Investment, Trade and Industry Minister": the office's fields before the title
_FIELDS_BEFORE = re.compile(r"([A-Z][\w.-]*(?:(?:,? | and | & )[A-Z][\w.-]*){1,5})\s+$")
_OFFICE_TRIM = re.compile(r"^(?:of|for|the)\s+|\s+(?:Secretariat|Sekretariat)$")
# "Vivian Balakrishnan, Singapore's Minister ...", "H.E. Bendito dos Santos Freitas, Minister of ..."
_NAME_COMMA_BEFORE = re.compile(r"([A-Z][\w.'-]*(?: (?:[A-Z][\w.'-]*|bin|binti|dos|das|da|de|del|van|von|al|el)){1,7}), "
                                r"(?:the |a )?(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*)?(?:'s?)? )?(?:former |mantan )?$")
_OF_PLACE = re.compile(r" (?:of|for) (?:the )?([A-Z][\w-]*(?: (?:of )?[A-Z][\w-]*){0,3})")  # "of the Republic of Korea"


@dataclass
class Person:
    name: str
    country: str | None = None
    title: str | None = None
    organization: str | None = None
    aliases: set = field(default_factory=set)
    sentences: list = field(default_factory=list)
    guessed: bool = False  # the country is the dateline's, not one the text gives the person
    not_country: str | None = None  # "X and her Indonesian counterpart Y": X is not Indonesia's


@cache
def _lex():
    lex = load("people")
    titles = sorted(set(lex["titles"]), key=len, reverse=True)
    low = {t.lower() for t in lex["lowercase_titles_ok"]}
    title_re = re.compile(r"(?<![\w-])(" + "|".join(re.escape(t) for t in titles) + r")(?![\w-])", re.I)
    honor = sorted(lex["honorifics"], key=len, reverse=True)
    return {
        "title_re": title_re, "titles": {t.lower(): t for t in titles}, "lower_ok": low,
        "title_index": PhraseIndex(titles, case=False),
        "office": frozenset(lex["office_words"]) | frozenset(lex["ranks"]), "honorifics": honor,
        "office_initials": frozenset(lex["office_initials"]),
        "honorific_re": re.compile(r"\s*(?:" + "|".join(re.escape(h) for h in honor) + r")\s+"),
        # "Secretary-General of ASEAN Dr. Kao Kim Hourn": the honorific is neither office nor name
        "honorific_tail": re.compile(r"(?:^|\s+)(?:" + "|".join(re.escape(h.rstrip(".")) for h in honor) + r")\.?$"),
        "office_before": re.compile(r"\b(?:" + "|".join(lex["office_nouns_before_title"]) + r") $"),
        "head_after": re.compile(r" +(?:" + "|".join(lex["head_titles"]) + r")\b"),
        "in_names": frozenset(lex["titles_in_names"]), "headline_verbs": frozenset(lex["headline_verbs"]),
        "from_country": frozenset(lex["from_country_titles"]), "office_prefixes": tuple(lex["office_prefixes"]),
        "particles": frozenset(lex["name_particles"]), "not_name": frozenset(lex["not_name_words"]),
        "nicknames": lex["nicknames"], "leaders": lex["leaders"], "international": lex["international"],
        "leaders_plain": {_plain_name(k): v for k, v in lex["leaders"].items()},
        # "Widodo" -> the first known name ending in that word (a dict, not a loop over the lexicon)
        "by_last_word": _by_last_word(list(lex["leaders"]) + list(lex["international"])),
        "known": PhraseIndex(list(lex["leaders"]) + list(lex["international"]) + list(lex["nicknames"])),
        "leaders_and_officials": frozenset(lex["leaders"]) | frozenset(lex["international"]),
        "known_first_words": frozenset(n.split()[0] for n in list(lex["leaders"]) + list(lex["international"])),
    }


def _by_last_word(names) -> dict[str, str]:
    found: dict[str, str] = {}
    for full in names:
        found.setdefault(full.split()[-1], full)
    return found


@lru_cache(maxsize=4096)
def normalise_name(name: str) -> str:
    """'Chandra W.Yudha' -> 'Chandra W. Yudha'; honorifics stripped; spacing squashed."""
    name = _INITIAL_GLUED.sub(r"\1. ", name)
    while True:
        m = _lex()["honorific_re"].match(name)
        if not m or m.end() >= len(name):
            break
        name = name[m.end():]
    if "Seri " in name or "Sri " in name:  # "Tengku Datuk Seri Utama Zafrul": a Malaysian honorific inside
        name = _INNER_HONORIFIC.sub(" ", name)
    words = _AFTER_BIN_HONORIFIC.sub(r"\1 ", name).split()  # "Mohamad bin Haji Hasan" -> "Mohamad bin Hasan"
    return " ".join(w.strip('"') for w in words if not (w.startswith('"') and w.endswith('"')))


_INNER_HONORIFIC = re.compile(r" (?:Datuk|Dato'?|Tan) S(?:e)?ri(?: Utama)? ")
_AFTER_BIN_HONORIFIC = re.compile(r"\b(bin|binti) (?:Haji|Hajah|Hj\.) ")


_PLACE_WORDS = re.compile(r"\b(?:Cent(?:er|re)|Hall|Hotel|Palace|Istana|Gedung|Convention|Conference|Airport|"
                          r"Bandara|University|Universitas|Stadium|Street|Road|Jalan)\b")
_LED_BY = re.compile(r"(?:delegasi|delegation of)\s+([A-Z][\w-]*(?: [A-Z][\w-]*){0,2})\s+(?:yang\s+)?(?:dipimpin|led by)(?:\s+oleh)?\s+$"
                     r"|([A-Z][\w-]*(?: [A-Z][\w-]*){0,2})(?:'s)? delegation,?\s+led by\s+$"
                     r"|([A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) (?:was |were |is |will be |akan )?(?:represented by|diwakili(?: oleh)?)\s+$")
_LED_BY_WORDS = ("delegasi", "delegation", "represented by", "diwakili")
_COMPANION = re.compile(r"(?:\byang\s+didampingi|\bdidampingi(?:\s+oleh)?|accompanied by|bersama istrinya|and his wife)\s+$")
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|as|ar|an|at|ash|ul)-[A-Z]")


@lru_cache(maxsize=4096)
def _is_name_word(word: str) -> bool:
    lex = _lex()
    if word in lex["particles"] or _ARABIC_ARTICLE.match(word):  # "Riyad al-Maliki"
        return True
    if word.startswith('"') and word.endswith('"'):
        return True
    if not word[:1].isupper() or word in lex["office"] or word.lower() in lex["titles"] \
            or word.startswith(lex["office_prefixes"]):
        return False
    if word.isupper() and len(word) > 1 and "." not in word:
        return False  # RI, ASEAN, PBB: offices and organisations, not names
    return True


_MAX_RUN = 16  # words: the longest office and name together ("Direktur Jenderal Kerja Sama ASEAN Kemlu RI ...")


def _run_after(fs: str, pos: int):
    """Capitalised words after a title: [(word, start, end)] until a lower-case word or punctuation."""
    lex = _lex()
    particles, titles = lex["particles"], lex["titles"]
    run = []
    seen_name = False
    while len(run) < _MAX_RUN:
        if not seen_name:
            acronym = _ACRONYM_AFTER.match(fs, pos)
            if acronym:  # "Menteri Luar Negeri (Menlu) Retno Marsudi", "Juru Bicara Kementerian Luar Negeri (Kemenlu) Roy"
                pos = acronym.end()
        m = _NEXT_TOKEN.match(fs, pos)
        if not m:
            break
        token = m.group(1)
        # "President Lee Jae-myung's attendance": the name ends there ("Indonesia's ..." goes on to the office)
        owner = token.endswith(("'s", "\u2019s")) and _is_name_word(token[:-2]) and not is_country_word(token[:-2])
        if owner:
            token = token[:-2]
        initials = _INITIALS.match(token)  # also a lone "W."
        word = token if initials else token.rstrip(".")
        low = word.lower()
        connector = low in _CONNECTOR_WORDS
        if not run and low in ("and", "dan") and lex["head_after"].match(fs, m.end()):
            break  # "the Prime Minister and President Prabowo": two people, the first not named here
        if not (word[:1].isupper() or word[:1] == '"' or word in particles or connector
                or _ARABIC_ARTICLE.match(word)) or word in lex["headline_verbs"]:
            break  # (a headline's "Menlu RI Bahas Tiga Isu ...": the verb ends the run)
        if seen_name and low in ("dan", "and") and _office_goes_on(fs, m.end(), titles):
            seen_name = False  # "Menteri Negara Urusan Perkeretaapian dan Tekstil India Darshana Jardosh": all office so far
        elif seen_name and (connector or low in titles
                            and not (word in lex["in_names"] and _name_goes_on(fs, m.end(), titles))):
            break  # "Prayut Chan-o-cha and Minister ...": the next person starts
        # "Duta Besar Indonesia untuk Jepang Heri Akhmadi": a country is part of the office
        seen_name = seen_name or (_is_name_word(word) and not is_country_word(word))
        start = m.start(1)
        run.append((word, start, start + len(word)))
        pos = m.end()
        if not seen_name and word in lex["office"] and fs.startswith(", ", pos):
            pos += 1  # "Coordinating Minister for Political, Legal and Security Affairs Mahfud MD"
        if owner or token.endswith(",") or (token.endswith(".") and not initials and not _SHORT_FORM.fullmatch(token)):
            break
    return run


_OFFICE_REACH = 60  # characters after "dan": a few office words, a country


def _office_goes_on(fs: str, pos: int, titles) -> bool:
    """"... Perkeretaapian dan Tekstil India Darshana Jardosh": after "dan", capitalised words (no
    title), a country, then a name: the words before "dan" were the office's, not a name."""
    first = _NEXT_TOKEN.match(fs, pos)
    if first is None or not first.group(1)[:1].isupper() or first.group(1).lower() in titles:
        return False  # "dan Perdana Menteri ...", "dan kepala negara": the next person, or no office (no scan)
    window = fs[pos:pos + _OFFICE_REACH]
    country = next((p for p in find_places(window) if p.kind in ("country", "alias")), None)
    if country is None or not window[:country.start].strip():
        return False  # "Presiden Prabowo dan Xi Jinping", "Sugiono dan Menlu Singapura ...": no office before a country
    between = window[:country.start].split()
    name = _NEXT_TOKEN.match(fs, pos + country.end)
    return all(w[:1].isupper() and w.lower() not in titles for w in between) and name is not None \
        and _is_name_word(name.group(1)) and name.group(1).lower() not in titles and not is_country_word(name.group(1))


def _name_goes_on(fs: str, pos: int, titles) -> bool:
    """"Tiong King Sing": a title word inside a name, a name word (no title, country or
    connector) right after it."""
    m = _NEXT_TOKEN.match(fs, pos)
    word = m.group(1).rstrip(".,") if m else ""
    return word[:1].isupper() and word.lower() not in titles and word.lower() not in _CONNECTOR_WORDS \
        and _is_name_word(word) and not is_country_word(word)


def _covered(fs, start, end, language) -> set[int]:
    """Start offsets of words that belong to organisation or country names ("Bank Dunia")."""
    spans = [(a + start, b + start) for a, b, _ in find_orgs(fs[start:end])]
    spans += [(p.start + start, p.end + start) for p in find_places(fs[start:end], language)
              if p.kind in ("country", "alias")]
    if not spans:
        return set()
    return {m.start() + start for m in _NON_SPACE.finditer(fs[start:end])
            if any(a <= m.start() + start < b for a, b in spans)}


def _title_inside(run, k: int) -> bool:
    """"Tiong King Sing": a one-word title between two name words is a name word."""
    if not 0 < k < len(run) - 1 or run[k][0] not in _lex()["in_names"] or not _is_name_word(run[k + 1][0]):
        return False
    # inside the name, or opening it in another title's run ("Menteri Kehutanan Raja Juli Antoni")
    return _is_name_word(run[k - 1][0]) or k == len(run) - 3 and _is_name_word(run[k + 2][0])


def _initials_inside(run, k: int) -> bool:
    """"Retno LP Marsudi", "Mahfud MD": capitals after a name word are initials."""
    word = run[k][0]
    return word.isupper() and len(word) <= 3 and k > 0 and _is_name_word(run[k - 1][0]) \
        and (k == len(run) - 1 or _is_name_word(run[k + 1][0]))


def _initials_opening(run, k: int) -> bool:
    """"Kepala Staf Kepresidenan AM Putranto", "Mayjen TNI AH Nasution": two capitals opening a
    name, after office words (not a two-letter office such as 'MK')."""
    word = run[k][0]
    return len(word) == 2 and word.isalpha() and word.isupper() and k + 1 < len(run) \
        and word not in _lex()["office_initials"] and _is_name_word(run[k + 1][0]) \
        and (k == 0 or not _is_name_word(run[k - 1][0]))


def _split_designator(fs, run, language):
    """The name is the trailing stretch of name words; what stands before it is the office."""
    covered = _covered(fs, run[0][1], run[-1][2], language)
    i = len(run)
    while i > 0 and run[i - 1][1] not in covered and (
            _is_name_word(run[i - 1][0]) or _initials_inside(run, i - 1) or _title_inside(run, i - 1)):
        i -= 1
    if 0 < i < len(run) and run[i - 1][1] not in covered and _initials_opening(run, i - 1):
        i -= 1
    while i < len(run) and run[i][0] in _lex()["particles"]:
        i += 1
    name_words = run[i:]
    # place names inside the stretch (e.g. "Singapura Lee") belong to the office
    while name_words:
        hits = find_places(fs[name_words[0][1]:name_words[-1][2]], language)
        if hits and hits[0].start == 0 and hits[0].kind in ("country", "alias"):
            skip = len(hits[0].text.split())
            name_words, i = name_words[skip:], i + skip
        else:
            break
    while i > 0 and run[i - 1][0] in _lex()["known_first_words"] \
            and " ".join(w for w, _, _ in run[i - 1:]) in _lex()["leaders_and_officials"]:  # "Vice President JD Vance"
        name_words, i = run[i - 1:], i - 1
    for k in range(len(name_words) - 1):  # "Perekonomian Airlangga Hartarto": a known name ends the run
        tail = " ".join(w for w, _, _ in name_words[k:])
        if k and (tail in _lex()["leaders"] or tail in _lex()["international"]):
            name_words, i = name_words[k:], i + k
            break
    designator = fs[run[0][1]:run[i - 1][2]] if i > 0 else ""
    return designator, name_words


def _country_before(fs: str, pos: int, language) -> str | None:
    window = fs[max(0, pos - 80):pos]
    # every form of _LED_BY holds one of these words: most windows need no regex scan
    led = _LED_BY.search(window) if holds_any(_LED_BY_WORDS, window) else None
    if led:  # "delegasi Arab Saudi yang dipimpin Menteri ...", "Russia was represented by Foreign Minister ..."
        hits = find_places(next(g for g in led.groups() if g), language)
        if hits:
            return hits[-1].code
    before = fs[max(0, pos - 50):pos]
    m = _NAMED_BEFORE.search(before)
    if not m:
        return None
    word = m.group(1)
    code = demonym_code(word) or demonym_code(word.split()[-1]) or _demonym_before_fields(before)
    if code:
        return code
    # "Papua New Guinea Prime Minister"; "White House spokesperson", "Kremlin spokesman": a seat of government
    hits = [p for p in find_places(word, language) if p.kind in ("country", "alias", "place")]
    return hits[-1].code if hits and hits[-1].end == len(word) else None


def _demonym_before_fields(before: str) -> str | None:
    """"Chinese Commerce Minister", "Malaysian Investment, Trade and Industry Minister": the
    demonym before the office's own words (a name on the way, "Prabowo and Chinese", ends the search)."""
    m = _FIELDS_BEFORE.search(before)
    if not m:
        return None
    office = _lex()["office"]
    for word in reversed(re.split(r" and | & |,? ", m.group(1))):
        code = demonym_code(word)
        if code or word not in office:
            return code
    return None


_POSTED_TO = re.compile(r"\b(?:to|untuk|for)\s+(?:the\s+)?$")


def _country_in(text: str, language) -> str | None:
    """The state an office belongs to: the first named ("Duta Besar RI untuk Jepang" serves RI),
    but not the one it is posted to ("Indonesian Ambassador to Japan" serves Indonesia)."""
    hits = [p for p in find_places(text, language) if p.kind in ("country", "alias", "province", "place")
            and not _POSTED_TO.search(text, max(0, p.start - 10), p.start)]
    return hits[0].code if hits else None


def _full_name(name: str) -> str:
    lex = _lex()
    if name in lex["nicknames"]:
        return lex["nicknames"][name]
    if len(name.split()) == 1:
        return lex["by_last_word"].get(name, name)
    return name


def _known_leader(name: str) -> str | None:
    """The country of a known leader written with initials or without "Jr."'s full stop
    ("Ferdinand R. Marcos Jr" is "Ferdinand Marcos Jr.")."""
    return _lex()["leaders_plain"].get(_plain_name(name))


_INITIAL_WORD = re.compile(r"[A-Z]\.?")


@lru_cache(maxsize=4096)
def _plain_name(name: str) -> str:
    """A name without its initials and full stops, its hyphens spaces and in lower case: how known
    leaders are matched loosely ("Lee Jae Myung" is "Lee Jae-myung")."""
    return " ".join(w.rstrip(".") for w in name.split() if not _INITIAL_WORD.fullmatch(w)).replace("-", " ").lower()


def _make(name, title, designator, country, language, default_country):
    lex = _lex()
    while (tail := lex["honorific_tail"].search(designator)) is not None:  # "Prof. Dr.": one at a time
        designator = designator[:tail.start()]
    name = _full_name(normalise_name(name))
    if len(name.split()) < 2 and name not in lex["leaders"] or _PLACE_WORDS.search(name):
        return None  # "King Abdulaziz International Conference Center" is a venue
    org, guessed = None, False
    if name in lex["international"]:
        org, country = lex["international"][name], None
    elif country is None:
        country = lex["leaders"].get(name) or _known_leader(name)
        office = _OFFICE_TRIM.sub("", designator.strip())
        orgs = find_orgs(office)
        if country is None and orgs and orgs[0][0] == 0 and orgs[0][1] >= len(office) - 1:
            org = orgs[0][2]  # "Sekretaris Jenderal ASEAN", "Managing Director IMF": the organisation's official
        elif country is None:
            country, guessed = default_country, True
    if country == "EU":  # "Presiden Uni Eropa Charles Michel": the Union's official, not a state's
        org, country = org or "EU", None
    return Person(name, country, " ".join((title + " " + designator).split()), org, guessed=guessed)


def _titled(fs, language, default_country, spans=None):
    lex = _lex()
    out = []
    run_end = -1  # where the last name read ended: a title inside it is part of the name ("Tiong King Sing")
    for m in lex["title_index"].finditer(fs) if spans is None else spans_in(fs, spans):
        title = m.group()
        if title[0].islower() and title.lower() not in lex["lower_ok"] or m.start() < run_end:
            continue
        if not title[0].isupper() and not title.islower():
            continue
        if lex["office_before"].search(fs, max(0, m.start() - 14), m.start()):
            continue  # "Sekretariat Presiden", "Office of the President": an office
        pos, country = m.end(), None
        if title.lower() in lex["from_country"]:
            pos, country = _from_country(fs, pos, language)
        run = _run_after(fs, pos)
        designator, words = _split_designator(fs, run, language) if run else ("", [])
        run_end = words[-1][2] if words else run_end
        country = country or (_country_in(designator, language) if designator else None)
        country = country or _country_before(fs, m.start(), language)
        if country is None and out and _COMPANION.search(fs[max(0, m.start() - 30):m.start()]):
            country = out[-1].country  # "Sultan Brunei ... yang didampingi Putra Mahkota ...": same delegation
        if not run and fs.startswith(", ", pos):
            designator, words = _name_between_commas(fs, pos + 1, language)
        if words and country is None and (of := _OF_PLACE.match(fs, words[-1][2])):
            country = _country_in(of.group(1), language)  # "Prime Minister Christopher Luxon of New Zealand"
        if words:
            name = " ".join(w for w, _, _ in words)
            # "the Sultan and Yang Di-Pertuan of Brunei": a second title, no name
            person = None if name.lower() in lex["titles"] else \
                _make(name, title, designator, country, language, default_country)
        else:
            person = _apposition(fs, m, designator, country, language, default_country)
        if person is not None:
            if title.lower() in lex["from_country"] and out and person.country:  # "counterpart", "mitranya"
                _other_side(out[-1], person.country, fs, m.end(), language)
            out.append(person)
    return out


def _name_between_commas(fs, pos, language):
    """"The ministry spokesperson, Lee Jae-woong, told ...": a name alone set off by commas after the title."""
    run = _run_after(fs, pos)
    designator, words = _split_designator(fs, run, language) if run else ("", [])
    if designator and _lex()["honorific_re"].sub("", designator + " "):
        return "", []  # (the Minister, "YB Dato' Seri Mohamad Hasan,": honorifics only, no office, before the name)
    if len(words) < 2 or not fs.startswith((",", "."), words[-1][2]):
        return "", []
    return "", words


def _other_side(person, their_country, fs, after, language):
    """"Foreign Minister Penny Wong and her Indonesian counterpart Sugiono met in Canberra": the
    first serves another state than the counterpart; when the text gave hers only by guess, the
    place named after them (the host's, since the guest's is the counterpart's) is the best one."""
    person.not_country = their_country
    if person.country != their_country and not person.guessed:
        return
    place = next((p.code for p in find_places(fs[after:], language)
                  if p.code and p.code != their_country and p.kind in ("country", "alias", "province", "place")), None)
    if person.country == their_country or place:
        person.country, person.guessed = place, True


_FROM = re.compile(r" (?:dari|asal|from) ")


def _from_country(fs: str, pos: int, language):
    """"mitranya dari Australia, Penny Wong": (where the name's run starts, the country) past
    the country the title is "from"; (pos, None) when no country follows."""
    m = _FROM.match(fs, pos)
    hits = find_places(fs[m.end():m.end() + 40], language) if m else []
    if not hits or hits[0].start or hits[0].kind not in ("country", "alias"):
        return pos, None
    end = m.end() + hits[0].end
    return end + fs.startswith(",", end), hits[0].code


def _apposition(fs, m, designator, country, language, default_country):
    """"Vivian Balakrishnan, Singapore's Minister for Foreign Affairs" / "Retno Marsudi, Menteri Luar Negeri RI"."""
    before = fs[max(0, m.start() - 80):m.start()]
    if not designator.strip() and not fs.startswith(",", m.end()) or designator.startswith(("And ", "Dan ")):
        return None  # "Menurut Pratikno, Presiden juga ...", "The Thai Prime Minister And ...": no apposition
    a = _NAME_COMMA_BEFORE.search(before)
    if not a:
        return None
    words = a.group(1).split()
    k = len(words)
    lex = _lex()
    while k > 0 and (_is_name_word(words[k - 1]) or words[k - 1] in lex["particles"]) \
            and words[k - 1].lower() not in lex["not_name"]:
        k -= 1  # "Indonesian Foreign Minister Sugiono, ...": the name is what follows the office
    name = " ".join(words[k:])
    if not name or any(p.kind in ("country", "alias") or p.end - p.start == len(name) for p in find_places(name)):
        return None  # "Laos, the Chair of ASEAN": a country, not a person (a city inside a name may be)
    after = fs[m.end():m.end() + 40]
    of = _OF_PLACE.match(after)
    country = country or (_country_in(of.group(1), language) if of else None)
    return _make(name, m.group(), designator, country, language, default_country)


def _known(fs, language, spans=None):
    lex = _lex()
    out = []
    for m in lex["known"].finditer(fs) if spans is None else spans_in(fs, spans):
        name = _full_name(m.group())
        if name in lex["leaders"] or name in lex["international"]:
            out.append(Person(name, lex["leaders"].get(name), None, lex["international"].get(name),
                              {m.group()} if m.group() != name else set()))
    return out


@lru_cache(maxsize=4096)
def _name_key(name: str) -> tuple[str, ...]:
    """The lower-cased words of a name (cached: the same names are compared again and again)."""
    return tuple(_WORD.findall(name.lower()))


def _same(a: Person, b: Person) -> bool:
    ka, kb = _name_key(a.name), _name_key(b.name)
    return ka == kb or (set(ka) <= set(kb) or set(kb) <= set(ka)) and min(len(ka), len(kb)) >= 2


def people_word_spans(text: str) -> dict[str, list[tuple[int, int]]]:
    """(start, end) of "titles" and "known" names in the whole text (one scan each)."""
    lex = _lex()
    return {"titles": [(m.start(), m.end()) for m in lex["title_index"].finditer(text)],
            "known": [(m.start(), m.end()) for m in lex["known"].finditer(text)]}


def sentence_scans(text: str) -> tuple[str, ...]:
    """The scans of people_word_spans() whose matches a sentence may take over (text.by_sentence)."""
    return ("titles", "known") if _lex()["title_index"].same_in_parts(text) else ("known",)


def people_words(text: str) -> list[int]:
    """Offsets of titles and known names in the whole text (one scan)."""
    return [s for spans in people_word_spans(text).values() for s, _ in spans]


def read_people(sentences, folded_sentences, language, journalists=(), home=None, only=None,
                shares=None) -> list[Person]:
    """People of the article in order of first mention; journalists left out. `home`: the
    country an official of unstated nationality most likely serves (the dateline's). `shares`:
    scan -> each sentence's share of people_word_spans() (text.by_sentence); else each is scanned."""
    shares = shares or {}
    default_country = "ID" if language == "id" else home
    banned = {" ".join(normalise_name(j).lower().split()) for j in journalists}
    people: list[Person] = []
    by_word: dict[str, list[Person]] = {}  # a name word -> people whose name has it
    for idx, fs in enumerate(folded_sentences):
        if only is not None and idx not in only:
            continue
        titles, known = (shares[scan][idx] if scan in shares else None for scan in ("titles", "known"))
        for p in _titled(fs, language, default_country, titles) + _known(fs, language, known):
            if p.name.lower() in banned:
                continue
            words = _name_key(p.name)
            candidates = {id(q): q for w in words for q in by_word.get(w, ())}
            same = next((q for q in candidates.values() if _same(q, p)), None)
            if same is None:
                p.sentences.append(idx)
                people.append(p)
                for w in words:
                    by_word.setdefault(w, []).append(p)
                continue
            if len(p.name) > len(same.name):
                same.aliases.add(same.name)
                same.name = p.name
                for w in words:
                    by_word.setdefault(w, []).append(same)
            if p.country and (same.country is None or same.guessed and not p.guessed):
                same.country, same.guessed = p.country, p.guessed  # a country the text gives beats a guess
            same.not_country = same.not_country or p.not_country
            same.title = same.title or p.title
            same.organization = same.organization or p.organization
            same.aliases |= p.aliases
            same.sentences.append(idx)
    return _fill_countries(people)


def _fill_countries(people: list[Person]) -> list[Person]:
    """An official of unstated nationality (no dateline to go by) most likely serves the
    government of the article's first person ("Deputy Government Spokesperson ...")."""
    first = next((p.country for p in people if p.country), None)
    for p in people:
        if p.country is None and p.organization is None and p.title and first != p.not_country:
            p.country = first
    return people
