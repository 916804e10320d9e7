"""Text helpers: same-length folding, language, the phrase index every lexicon lookup uses."""
from summits.extraction.text import PhraseIndex, detect_language, fold, trie_pattern
import re


def test_fold_keeps_offsets():
    text = "KTT ASEAN 27\u201328 April \u201cResilient\u201d\u00a0Bali"
    assert len(fold(text)) == len(text)
    assert fold(text) == 'KTT ASEAN 27-28 April "Resilient" Bali'


def test_language():
    assert detect_language("Presiden akan hadir di KTT yang digelar pada April dan juga bertemu para menteri") == "id"
    assert detect_language("The President will attend the summit that is held in April and meet the ministers") == "en"
    assert detect_language("12345 !!!") == "other"


def test_trie_pattern_prefers_the_longest_phrase():
    regex = re.compile(trie_pattern(["pleno", "sesi pleno", "plenary", "plenary session"]))
    assert [m.group() for m in regex.finditer("sesi pleno, plenary session, plenary")] == [
        "sesi pleno", "plenary session", "plenary"]


def test_phrase_index_whole_words_any_case_but_acronyms_exact():
    index = PhraseIndex(["SOM", "Senior Officials Meeting", "sesi pleno"], case=False)
    found = [m.group() for m in index.finditer("SOM (Senior Officials Meeting), Sesi Pleno, som, ASEAN-SOM, asom")]
    assert found == ["SOM", "Senior Officials Meeting", "Sesi Pleno"]


def test_phrase_index_offsets_survive_letters_that_grow_when_lower_cased():
    index = PhraseIndex(["sesi pleno"], case=False)
    text = "İstanbul: sesi pleno"
    (m,) = list(index.finditer(text))
    assert text[m.start():m.end()] == "sesi pleno"


# Whole-text scans handed over to sentences (text.by_sentence) must find, in every sentence they
# are handed to, what a scan of that sentence alone finds; the extractor's output depends on it.
from hypothesis import given, settings, strategies as st  # noqa: E402

from summits.extraction.event_mentions import _LAST_WORD, _kinds, _last_word  # noqa: E402
from summits.extraction.header import read_header  # noqa: E402
from summits.extraction.people import _lex as people_lexicon  # noqa: E402
from summits.extraction.sentences import split_sentences  # noqa: E402
from summits.extraction.text import by_sentence  # noqa: E402

PIECES = st.sampled_from(["Presiden", "Perdana Menteri", "Menteri Luar Negeri", "sesi pleno", "Sesi Pleno", "SOM",
                          "retreat", "KTT", "Joko Widodo", "Jokowi", "Prime Minister", "Lee", "(ANTARA) -", "-",
                          "Jakarta", ".", ". ", "\n", "\n\n", " ", ",", "İ", "minister-", "pleno-", "\"", "x"])


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_sentences_handed_whole_text_matches_find_what_their_own_scan_finds(text):
    head = read_header(text, text)
    sentences = split_sentences(text, text, head.body)
    for index in (people_lexicon()["title_index"], people_lexicon()["known"], _kinds()[0]):
        if not index.same_in_parts(text):
            continue
        spans = [(m.start(), m.end()) for m in index.finditer(text)]
        shares = by_sentence(spans, text, sentences, range(len(sentences)))
        for idx, sent in enumerate(sentences):
            alone = [(m.start(), m.end()) for m in index.finditer(text[sent.start:sent.end])]
            assert shares[idx] is None or shares[idx] == alone


def test_a_sentence_glued_to_what_precedes_it_is_scanned_alone():
    text = "Jakarta (ANTARA) -Presiden Joko Widodo hadir."
    sentences = split_sentences(text, text, read_header(text, text).body)
    index = people_lexicon()["title_index"]
    shares = by_sentence([(m.start(), m.end()) for m in index.finditer(text)], text, sentences, [0])
    assert sentences[0].text.startswith("Presiden") and shares[0] is None


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab -,;:()\"\n\t.'X1\u00a0", max_size=14), st.data())
def test_last_word_walks_back_as_the_regex_would(text, data):
    pos = data.draw(st.integers(0, len(text)))
    window = data.draw(st.integers(0, pos))
    m = _LAST_WORD.search(text, window, pos)
    assert _last_word(text, window, pos) == ((m.group(1), m.start()) if m else None)


# The lower-cased scans look for phrases behind the spaces of a copy of the text (Latin-1 text
# only); they must find exactly what the scan behind any mark that opens a word finds.
from summits.extraction.text import _gap_spans  # noqa: E402

MARKED = st.sampled_from(["Menteri Luar Negeri", "menteri luar/negeri", "Prime Minister", "prime-minister", "sesi pleno",
                          "SOM", "som", "(", ")", "/", ".", "'", "-", "_", " ", "\n", "\u00a9", "\u00e9", "\u00c9",
                          "x", "1", "retreat", "Chairman", "co-chair", "deputy prime minister"])


@settings(max_examples=400, deadline=None)
@given(st.lists(MARKED, max_size=30).map("".join))
def test_lower_cased_scans_behind_spaces_find_what_the_plain_scan_finds(text):
    for index in (people_lexicon()["title_index"], _kinds()[0]):
        lowered = text.lower()
        plain = list(_gap_spans(index._regex, index._after_gap, lowered))
        acronyms_as_written = [(a, b) for a, b in plain if lowered[a:b] not in index._caps
                               or lowered[a:b] in index._loose or text[a:b] == index._caps[lowered[a:b]]]
        assert [(m.start(), m.end()) for m in index.finditer(text)] == acronyms_as_written


# A whole-text scan for a pattern that opens with known words stops only at the words starting
# with one of them: it must find what stepping through the text with the pattern finds.
from summits.extraction.countries import _taking_part  # noqa: E402
from summits.extraction.documents import _lex as document_lexicon  # noqa: E402
from summits.extraction.event_mentions import _GATHERS, ROLE_WORDS, _meets  # noqa: E402
from summits.extraction.text import word_finditer, word_search  # noqa: E402

WORDY = st.sampled_from(["Leaders", "leaders", "ASEAN leaders will meet in", "pemimpin", "kepemimpinan", "met with",
                         "Presiden", "bertemu dengan", "met Xi", "Xi", "tema", "bertema", "sebagai Ketua", "as the Chair", "thematic",
                         "Deklarasi", "Nota Kesepahaman", "diwakili", "represented by", "anggota", "-", "_", "(", ".",
                         " ", "\n", "\u00e9", "\u00a9", "\u2026", "x", "2"])


def _stepped(regex, text, pos=0):
    """The first match at or after pos that starts a word, stepping with regex.search()."""
    while (m := regex.search(text, pos)) is not None:
        if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            return m
        pos = m.start() + 1
    return None


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDY, max_size=30).map("".join), st.integers(0, 40))
def test_scans_that_stop_at_known_opening_words_find_what_stepping_through_finds(text, repeat):
    long_text = text * repeat  # long texts take the same path in word_search()
    for regex in (_GATHERS, _meets(), ROLE_WORDS, document_lexicon()["id"], _taking_part()[0]):
        stepped, pos = [], 0
        while (m := _stepped(regex, text, pos)) is not None:
            stepped.append(m.span())
            pos = m.end() if m.end() > m.start() else m.start() + 1
        assert [m.span() for m in word_finditer(regex, text)] == stepped
        for pos in (0, len(long_text) // 3):
            found, expected = word_search(regex, long_text, pos), _stepped(regex, long_text, pos)
            assert (found and found.span()) == (expected and expected.span())


def test_a_one_sentence_release_is_told_by_its_words():
    assert detect_language("Menteri Luar Negeri Sugiono menghadiri KTT ASEAN di Jakarta, Rabu (25/9/2024).") == "id"
    assert detect_language("Foreign Minister Sugiono attended the ASEAN Summit, Wednesday.") == "en"
    assert detect_language("Sugiono, Jakarta, 25/9/2024.") == "other"
