import datetime as dt

from hypothesis import given, settings, strategies as st

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
    assert status_of("The leaders will also adopt the Kuala Lumpur Declaration.") == "expected"
    assert status_of('"Kita harapkan KTT ini menghasilkan Deklarasi Bali," ujar Luhut.') == "expected"


def test_adoption_and_signing_named_as_nouns_are_adoption():
    assert status_of("The summit saw the adoption of the ASEAN Leaders' Declaration on Post-2025 Vision.") == "adopted"
    assert status_of("The two leaders witnessed the signing of a Memorandum of Understanding.") == "adopted"
    assert status_of("Pertemuan ditutup dengan pengesahan Komunike Akhir.") == "adopted"


def test_indonesian_titles_go_on_over_tentang():
    assert docs("Para pemimpin mengesahkan Deklarasi Jakarta tentang Kemitraan Maritim dan Pernyataan Bersama "
                "ASEAN-Kanada mengenai Kemitraan Strategis.") == [
        ("Deklarasi Jakarta tentang Kemitraan Maritim", "declaration", "adopted"),
        ("Pernyataan Bersama ASEAN-Kanada mengenai Kemitraan Strategis", "statement", "adopted")]


def test_an_indonesian_ordinal_ends_a_title():
    assert docs("Para menteri mengesahkan Komunike Bersama AMM ke-56 pada Kamis (13/7).") == [
        ("Komunike Bersama AMM ke-56", "statement", "adopted")]


def test_a_title_goes_on_over_as():
    assert docs("Para pemimpin ASEAN akan mengesahkan ASEAN Leaders' Declaration on ASEAN as an Epicentrum of "
                "Growth.") == [("ASEAN Leaders' Declaration on ASEAN as an Epicentrum of Growth", "declaration",
                                "expected")]


def test_two_indonesian_titles_joined_by_dan_are_two_documents():
    assert docs("Kedua pemimpin menyaksikan penandatanganan Nota Kesepahaman tentang Kerja Sama Energi Bersih dan "
                "Perjanjian Kemitraan Ekonomi Indonesia-Jepang.") == [
        ("Nota Kesepahaman tentang Kerja Sama Energi Bersih", "agreement", "adopted"),
        ("Perjanjian Kemitraan Ekonomi Indonesia-Jepang", "agreement", "adopted")]


def test_titles_end_before_a_year_and_protocols_codes_and_accessions_are_read():
    assert docs("Leaders adopted the ASEAN Outlook on the Indo-Pacific (AOIP) in 2019.") == [
        ("ASEAN Outlook on the Indo-Pacific (AOIP)", "other", "adopted")]
    assert docs("Para menteri menandatangani Protokol Perubahan Perjanjian Perdagangan Barang ASEAN (ATIGA).") == [
        ("Protokol Perubahan Perjanjian Perdagangan Barang ASEAN (ATIGA)", "agreement", "adopted")]
    assert docs("Negosiasi Code of Conduct (CoC) di Laut China Selatan diharapkan rampung tahun depan.") == [
        ("Code of Conduct (CoC)", "agreement", "expected")]
    assert docs("Saudi Arabia acceded to the Treaty of Amity and Cooperation in Southeast Asia (TAC).") == [
        ("Treaty of Amity and Cooperation in Southeast Asia (TAC)", "agreement", "adopted")]


def test_the_head_noun_of_an_english_title_gives_its_kind():
    assert docs("Para menteri menyepakati Digital Economy Framework Agreement (DEFA).") == [
        ("Digital Economy Framework Agreement (DEFA)", "agreement", "adopted")]
    assert docs("Leaders adopted the ASEAN Leaders' Declaration on the ASEAN Community Vision 2045.") == [
        ("ASEAN Leaders' Declaration on the ASEAN Community Vision 2045", "declaration", "adopted")]


def test_a_list_of_documents_parts_where_a_new_one_opens_and_signers_stand_outside_the_title():
    assert docs("The leaders witnessed the signing of the Agreement on Reciprocal Trade between the United States "
                "and Malaysia and a Memorandum of Understanding on Critical Minerals.") == [
        ("Agreement on Reciprocal Trade between the United States and Malaysia", "agreement", "adopted"),
        ("Memorandum of Understanding on Critical Minerals", "agreement", "adopted")]
    assert docs("Ministers welcomed the signing of the Defence Cooperation Agreement by the Prime Minister and "
                "President Prabowo Subianto in Jakarta.") == [("Defence Cooperation Agreement", "agreement", "adopted")]
    # the leaders who issue a statement are no person's title: they stay in it
    assert docs("The leaders adopted the Joint Statement by the Leaders of ASEAN and Japan on Climate Action.") == [
        ("Joint Statement by the Leaders of ASEAN and Japan on Climate Action", "statement", "adopted")]


def test_a_title_on_building_something_is_no_venue():
    assert docs("ASEAN leaders adopted the Kuala Lumpur Declaration on Building a More Inclusive ASEAN at the "
                "Kuala Lumpur Convention Centre.") == [
        ("Kuala Lumpur Declaration on Building a More Inclusive ASEAN", "declaration", "adopted")]


def test_the_summit_a_document_is_adopted_at_is_no_part_of_its_title():
    assert docs("Leaders adopted the ASEAN Community Vision 2045 at the 46th ASEAN Summit.") == [
        ("ASEAN Community Vision 2045", "vision", "adopted")]
    assert docs("Leaders signed the Treaty of Amity and Cooperation in Southeast Asia during the 47th ASEAN Summit.") == [
        ("Treaty of Amity and Cooperation in Southeast Asia", "agreement", "adopted")]


def test_an_exchange_of_documents_is_their_adoption():
    assert status_of("The two leaders also witnessed the exchange of a Memorandum of Understanding.") == "adopted"


def _split_and_by_recursion(title):
    """The first reading of "A and B" lists, kept to check the one-pass one against."""
    from summits.extraction.documents import _LEADING_ARTICLE, _lex
    from summits.extraction.text import word_search
    en = _lex()["en"]
    parts = title.split(" and ")
    def a_opens_the_next_document(later):  # "... the United States and Malaysia and a Memorandum ..."
        for part in later:
            if part.startswith(("a ", "an ")):
                return True
            if word_search(en, part):
                return False
        return False

    for i in range(1, len(parts)):
        left, right = " and ".join(parts[:i]), " and ".join(parts[i:])
        right = _LEADING_ARTICLE.sub("", right)
        if not word_search(en, parts[i]) and a_opens_the_next_document(parts[i + 1:]):
            continue
        if word_search(en, left) and word_search(en, right) and right[:1].isupper():
            return [left] + _split_and_by_recursion(right)
    return [title]


_TITLE_WORDS = ["Declaration", "Statement", "Vision", "the", "a", "Bali", "ASEAN", "Plan", "of", "Action", "Joint",
                "on", "Cyber", "Concept", "Note", "Leaders'", "Charter", "Agreement", "Treaty", "Peace", "trade"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_TITLE_WORDS), min_size=1, max_size=4), min_size=1, max_size=6))
def test_and_lists_split_as_the_recursive_reading_did(parts):
    from summits.extraction.documents import _split_and
    title = " and ".join(" ".join(words) for words in parts)
    assert _split_and(title) == _split_and_by_recursion(title)


def test_a_run_of_thousands_of_ands_is_read_without_error():
    x = extract("The leaders adopted " + "Bali Declaration and " * 3000 + "Vision.", published=dt.date(2018, 4, 20))
    assert [d.title for d in x.documents] == ["Bali Declaration"]


def test_indonesian_titles_go_on_over_untuk_and_place_particles():
    assert docs("Para menteri akan menandatangani Protokol Kedua untuk Mengubah Perjanjian Perdagangan Barang "
                "ASEAN (ATIGA).") == [
        ("Protokol Kedua untuk Mengubah Perjanjian Perdagangan Barang ASEAN (ATIGA)", "agreement", "expected")]
    assert docs("Para pemimpin diharapkan mengadopsi Deklarasi Rio de Janeiro.") == [
        ("Deklarasi Rio de Janeiro", "declaration", "expected")]


def test_a_document_word_with_only_its_abbreviation_names_no_document():
    assert docs("Kedua pemimpin menyaksikan penandatanganan sejumlah Nota Kesepahaman (MoU), antara lain MoU "
                "tentang Kerja Sama Perikanan dan MoU tentang Pendidikan Tinggi.") == [
        ("MoU tentang Kerja Sama Perikanan", "agreement", "adopted"),
        ("MoU tentang Pendidikan Tinggi", "agreement", "adopted")]


def test_a_signing_the_government_targets_is_expected():
    assert docs("Pemerintah menargetkan penandatanganan ASEAN Digital Economy Framework Agreement (DEFA) pada KTT "
                "ke-47 ASEAN.") == [("ASEAN Digital Economy Framework Agreement (DEFA)", "agreement", "expected")]


def test_indonesian_work_plans_and_memoranda_and_meneken_for_signed():
    assert docs("KTT menghasilkan Deklarasi Para Pemimpin ASEAN tentang Ekonomi Biru dan Rencana Kerja ASEAN "
                "2026-2030.") == [
        ("Deklarasi Para Pemimpin ASEAN tentang Ekonomi Biru", "declaration", "adopted"),
        ("Rencana Kerja ASEAN 2026-2030", "other", "adopted")]
    assert docs("Kedua pemimpin meneken Memorandum Saling Pengertian tentang Kerja Sama Pertahanan.") == [
        ("Memorandum Saling Pengertian tentang Kerja Sama Pertahanan", "agreement", "adopted")]


def test_an_indonesian_title_on_a_topic_reads_on_over_di_and_yang():
    assert [t for t, _, _ in docs(
        "Para menlu mengesahkan Pernyataan Bersama tentang Situasi di Myanmar dan Deklarasi Bersama Menteri "
        "Pertahanan ASEAN tentang Keamanan Maritim di Kawasan. Sidang diharapkan menghasilkan Deklarasi Jakarta "
        "tentang Parlemen yang Responsif.")] == [
        "Pernyataan Bersama tentang Situasi di Myanmar",
        "Deklarasi Bersama Menteri Pertahanan ASEAN tentang Keamanan Maritim di Kawasan",
        "Deklarasi Jakarta tentang Parlemen yang Responsif"]


def test_where_a_topic_title_was_adopted_is_not_part_of_it():
    assert [t for t, _, _ in docs("Para menteri mengesahkan Deklarasi tentang Kerja Sama Maritim di Jakarta.")] == [
        "Deklarasi tentang Kerja Sama Maritim"]


def test_an_mou_between_two_ministries_names_no_document():
    assert docs("Kedua pemimpin menyaksikan penandatanganan MoU antara Kementerian Pertahanan RI dan Kementerian "
                "Pertahanan Malaysia serta Nota Kesepahaman tentang Kerja Sama Penanganan Narkotika.") == [
        ("Nota Kesepahaman tentang Kerja Sama Penanganan Narkotika", "agreement", "adopted")]


def test_a_memorandum_of_cooperation_is_an_agreement():
    x = extract("Following the meeting, the two leaders witnessed the exchange of the Memorandum of Cooperation in "
                "the Field of Energy Transition.", published=dt.date(2025, 1, 11))
    assert [(d.title, d.kind) for d in x.documents] == [
        ("Memorandum of Cooperation in the Field of Energy Transition", "agreement")]


def test_work_programmes_and_programmes_of_action_are_documents():
    x = extract("The ministers adopted the ASEAN-Japan Work Programme on Cybersecurity 2026-2030 on Monday. The "
                "leaders endorsed the Vientiane Programme of Action.", published=dt.date(2025, 11, 2))
    assert [d.title for d in x.documents] == ["ASEAN-Japan Work Programme on Cybersecurity 2026-2030",
                                               "Vientiane Programme of Action"]
