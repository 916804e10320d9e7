"""The article's countries: tied to its events, not merely compared with."""
import datetime as dt

from summits.extraction import extract


def countries(text, published=dt.date(2018, 4, 20)):
    return set(extract(text, published=published).countries)


def test_hosts_grouping_members_and_past_venues():
    found = countries("KTT ASEAN ke-32 digelar di Singapura pada 27-28 April. Pada sesi retreat pada 28 April akan "
                      "dilaksanakan KTT IMT-GT yang diketuai oleh Thailand. Konsensus itu dicapai dalam KTT ASEAN "
                      "di Manila pada November tahun lalu.")
    assert found == {"SG", "ID", "MY", "TH", "PH"}


def test_states_said_to_be_represented():
    found = countries("SINGAPORE: The 32nd ASEAN Summit opens on April 27 in Singapore. Myanmar, whose leaders are "
                      "barred, was represented by a senior official.")
    assert found == {"SG", "MM"}


def test_a_state_admitted_at_the_summit():
    assert countries("KTT ke-47 ASEAN dibuka di Kuala Lumpur pada Minggu (26/10). Timor Leste resmi diterima sebagai "
                     "anggota ke-11 ASEAN dalam upacara pembukaan KTT.", published=dt.date(2025, 10, 26)) == {"MY", "TL"}
    assert countries("The 47th ASEAN Summit opened in Kuala Lumpur on Sunday. Timor-Leste was admitted as the bloc's "
                     "11th member at the opening ceremony.", published=dt.date(2025, 10, 26)) == {"MY", "TL"}


def test_an_organisation_partner_is_no_country():
    assert countries("The 13th ASEAN-UN Summit was held in Vientiane on Oct 11.",
                     published=dt.date(2024, 10, 12)) == {"LA"}


def test_comparisons_are_not_countries():
    found = countries("KTT ASEAN ke-32 digelar di Singapura pada 27-28 April. Pertumbuhan ekonomi ASEAN lebih "
                      "tinggi dari Brasil dan Meksiko.")
    assert found == {"SG"}


def test_no_event_no_country_from_lists():
    assert countries("RCEP beranggotakan China, Jepang, Korea Selatan, Australia, dan Selandia Baru.") == set()


def test_the_parties_of_an_accord_signed_and_the_leaders_met_are_tied_to_the_events():
    x = extract("Marcos witnessed the signing of the Kuala Lumpur Peace Accord between Cambodia and Thailand at the "
                "47th ASEAN Summit in Kuala Lumpur on Sunday. He is expected to hold bilateral meetings with leaders of "
                "Singapore and New Zealand on the sidelines. The summit will admit Timor-Leste as its 11th member.",
                published=dt.date(2025, 10, 27))
    assert {"KH", "TH", "SG", "NZ", "TL"} <= set(x.countries)


def test_a_conflict_between_two_states_does_not_tie_them_to_the_summit():
    x = extract("The G7 leaders at the summit in Kananaskis on Monday issued a statement on the conflict between "
                "Israel and Iran.", published=dt.date(2025, 6, 17))
    assert not {"IL", "IR"} & set(x.countries)


def test_korea_alone_is_south_korea_and_dpr_korea_the_north():
    assert countries("Leaders held the ASEAN-Korea Summit in Vientiane on Oct 10.", dt.date(2024, 10, 11)) == {"KR", "LA"}
    assert countries("The ASEAN Regional Forum met in Vientiane on July 27. DPR Korea was represented by its "
                     "ambassador.", dt.date(2024, 7, 28)) == {"LA", "KP"}
