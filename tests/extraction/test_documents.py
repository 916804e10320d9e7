import datetime as dt

from summits.extraction import extract
from summits.extraction.documents import status_of


def docs(text):
    return [(d.title, d.kind, d.status) for d in extract(text, published=dt.date(2018, 4, 20)).documents]


def test_list_of_english_titles_in_an_indonesian_sentence():
    assert docs("KTT ASEAN ke-32 diharapkan menghasilkan beberapa dokumen pokok seperti ASEAN Leaders Vision for "
                "Resilient and Innovative ASEAN, ASEAN Leaders Statement on Cyber Security Cooperation, dan nota "
                "konsep ASEAN Smart Cities Network.") == [
        ("ASEAN Leaders Vision for Resilient and Innovative ASEAN", "vision", "expected"),
        ("ASEAN Leaders Statement on Cyber Security Cooperation", "statement", "expected"),
        ("ASEAN Smart Cities Network", "concept_note", "expected")]


def test_two_titles_joined_by_and_and_adopted_status():
    assert docs("The leaders adopted the Singapore Declaration on Cyber Security and the ASEAN Vision 2040 "
                "on Friday.") == [("Singapore Declaration on Cyber Security", "declaration", "adopted"),
                                  ("ASEAN Vision 2040", "vision", "adopted")]


def test_venues_and_generic_words_are_not_documents():
    assert docs("Leaders met at the Jakarta Convention Center to discuss the declaration.") == []
    assert docs("KTT ini menghasilkan dokumen pokok.") == []


def test_status_from_verbs():
    assert status_of("Leaders are expected to adopt the Vision.") == "expected"
    assert status_of("Para pemimpin mengesahkan Deklarasi Bali.") == "adopted"
    assert status_of("The Charter was mentioned.") == "mentioned"


def test_adoption_and_signing_named_as_nouns_are_adoption():
    assert status_of("The summit saw the adoption of the ASEAN Leaders' Declaration on Post-2025 Vision.") == "adopted"
    assert status_of("The two leaders witnessed the signing of a Memorandum of Understanding.") == "adopted"
    assert status_of("Pertemuan ditutup dengan pengesahan Komunike Akhir.") == "adopted"


def test_indonesian_titles_go_on_over_tentang():
    assert docs("Para pemimpin mengesahkan Deklarasi Jakarta tentang Kemitraan Maritim dan Pernyataan Bersama "
                "ASEAN-Kanada mengenai Kemitraan Strategis.") == [
        ("Deklarasi Jakarta tentang Kemitraan Maritim", "declaration", "adopted"),
        ("Pernyataan Bersama ASEAN-Kanada mengenai Kemitraan Strategis", "statement", "adopted")]


def test_an_exchange_of_documents_is_their_adoption():
    assert status_of("The two leaders also witnessed the exchange of a Memorandum of Understanding.") == "adopted"
