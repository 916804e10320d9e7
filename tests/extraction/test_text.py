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
