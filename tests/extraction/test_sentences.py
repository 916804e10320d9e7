from hypothesis import given, settings, strategies as st

from summits.extraction.sentences import split_sentences
from summits.extraction.text import fold


def split(text):
    return [s.text for s in split_sentences(text, fold(text), [(0, len(text))])]


def test_splits_on_full_stops_with_offsets_into_the_text():
    text = "KTT dibuka hari ini. Presiden hadir. \"Kami siap,\" kata Chandra."
    sentences = split_sentences(text, fold(text), [(0, len(text))])
    assert [s.text for s in sentences] == ["KTT dibuka hari ini.", "Presiden hadir.", "\"Kami siap,\" kata Chandra."]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_initials_and_titles_do_not_end_a_sentence():
    assert split("Direktur Chandra W. Yudha hadir. Minister Dr. Vivian Balakrishnan spoke.") == [
        "Direktur Chandra W. Yudha hadir.", "Minister Dr. Vivian Balakrishnan spoke."]
    assert split("A.M. Fachir tiba di Singapura. Ia bertemu Retno.") == ["A.M. Fachir tiba di Singapura.", "Ia bertemu Retno."]


def test_abbreviated_months_do_not_end_a_sentence():
    assert split("The summit runs until Nov. 15 in Singapore. Leaders arrive today.") == [
        "The summit runs until Nov. 15 in Singapore.", "Leaders arrive today."]


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="aB1_.!?\"')] \n\t\u00a0\u00e9,-(\x1c", max_size=14))
def test_the_word_before_a_stop_is_read_as_the_regex_reads_it(text):
    from summits.extraction.sentences import _LAST_WORD, _last_word
    m = _LAST_WORD.search(text)
    assert _last_word(text) == (m.group(1) if m else None)
