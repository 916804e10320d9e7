"""People with titles in both languages; countries from titles; nicknames; journalists out."""
import datetime as dt

from summits.extraction import extract


def people(text, **kw):
    return {p.name: p.country for p in extract(text, published=dt.date(2018, 4, 20), **kw).participants}


def test_indonesian_titles_give_name_and_country():
    found = people("Jakarta (ANTARA) - Presiden RI Joko Widodo bertemu Perdana Menteri Singapura Lee Hsien Loong "
                   "dan Menteri Luar Negeri Retno Marsudi di Istana.")
    assert found == {"Joko Widodo": "ID", "Lee Hsien Loong": "SG", "Retno Marsudi": "ID"}


def test_office_words_are_not_part_of_the_name():
    found = people("Direktur Politik Kerjasama Politik Keamanan ASEAN Kemlu RI Chandra W.Yudha mengatakan hal itu. "
                   "Juru Bicara Kementerian Luar Negeri RI Arrmanatha Nasir hadir.")
    assert found == {"Chandra W. Yudha": "ID", "Arrmanatha Nasir": "ID"}


def test_english_possessives_demonyms_and_honorifics():
    found = people("SINGAPORE: Singapore's Prime Minister Lee Hsien Loong met Indonesian President Joko Widodo, "
                   "Thai Prime Minister Prayut Chan-o-cha and Minister for Foreign Affairs Dr Vivian Balakrishnan.")
    assert found == {"Lee Hsien Loong": "SG", "Joko Widodo": "ID", "Prayut Chan-o-cha": "TH",
                     "Vivian Balakrishnan": "SG"}


def test_nicknames_and_one_word_mentions_are_the_same_person():
    result = extract("Presiden Joko Widodo tiba di Singapura. Jokowi lalu bertemu Lee. \"Kami siap,\" kata Jokowi.",
                     published=dt.date(2018, 4, 20))
    assert [p.name for p in result.participants] == ["Joko Widodo"]


def test_apposition_after_the_name():
    found = people("SINGAPORE: Vivian Balakrishnan, Singapore's Foreign Minister, said the talks went well.")
    assert found == {"Vivian Balakrishnan": "SG"}


def test_international_officials_have_no_country():
    result = extract("Presiden Bank Dunia Jim Yong Kim tiba di Bali.", published=dt.date(2018, 10, 8))
    (person,) = result.participants
    assert person.name == "Jim Yong Kim" and person.country is None and person.organization == "World Bank"


def test_journalists_and_captions_are_not_participants():
    text = ("Arrmanatha Nasir. (ANTARA)\n\nJakarta (ANTARA) - Presiden Joko Widodo hadir.\n\n"
            "Pewarta: Aditya Eko Sigit Wicaksono\n\nEditor: Fitri Supratiwi\n")
    assert people(text) == {"Joko Widodo": "ID"}


def test_acronym_after_title_ministry_words_and_trailing_initials():
    found = people("Jakarta (ANTARA) - Menteri Luar Negeri (Menlu) Retno Marsudi hadir bersama Menteri Koordinator "
                   "Bidang Perekonomian Airlangga Hartarto serta Menko Polhukam Mahfud MD.")
    assert found == {"Retno Marsudi": "ID", "Airlangga Hartarto": "ID", "Mahfud MD": "ID"}


def test_companions_and_delegations_take_their_country():
    found = people("Jakarta (ANTARA) - KTT ini dihadiri Sultan Brunei Darussalam Haji Hassanal Bolkiah yang didampingi "
                   "Putra Mahkota Pangeran Al-Muhtadee Billah, serta delegasi Arab Saudi yang dipimpin Menteri Luar "
                   "Negeri Adel al-Jubeir.")
    assert found == {"Hassanal Bolkiah": "BN", "Al-Muhtadee Billah": "BN", "Adel al-Jubeir": "SA"}


def test_honorifics_are_not_part_of_the_title():
    x = extract("Secretary-General of ASEAN Dr. Kao Kim Hourn and Menteri Luar Negeri Prof. Dr. Sugiono attended "
                "the summit in Vientiane on Oct 8.", published=dt.date(2024, 10, 7))
    titles = {p.name: (p.title, p.organization) for p in x.participants}
    assert titles["Kao Kim Hourn"] == ("Secretary-General of ASEAN", "ASEAN")
    assert titles["Sugiono"][0] == "Menteri Luar Negeri"


def test_demonyms_of_gulf_and_european_states():
    found = people("The president held talks with Kuwaiti Crown Prince Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah, "
                   "Omani Foreign Minister Badr Albusaidi and Swiss President Alain Berset.")
    assert found == {"Mishal Al-Ahmad Al-Jaber Al-Sabah": "KW", "Badr Albusaidi": "OM", "Alain Berset": "CH"}


def test_an_acronym_in_brackets_inside_the_office():
    found = people(
        "Juru Bicara Kementerian Luar Negeri (Kemenlu) Roy Soemirat mengatakan, Presiden RI Joko Widodo akan hadir.")
    assert set(found) == {"Roy Soemirat", "Joko Widodo"}
    x = extract("Menteri Koordinator Bidang Perekonomian (Menko Perekonomian) Airlangga Hartarto hadir.",
                published=dt.date(2023, 9, 5))
    assert [(p.name, p.title) for p in x.participants] == [
        ("Airlangga Hartarto", "Menteri Koordinator Bidang Perekonomian")]


def test_an_official_of_the_european_union_is_the_unions_not_a_states():
    x = extract("Presiden Jokowi bertemu Presiden Uni Eropa Charles Michel di New Delhi pada Minggu (10/9).",
                published=dt.date(2023, 9, 10))
    michel = next(p for p in x.participants if p.name == "Charles Michel")
    assert (michel.country, michel.organization) == (None, "EU")


def test_a_known_leader_written_with_an_initial_keeps_the_country():
    found = people("President Ferdinand R. Marcos Jr. attended the summit in Vientiane.")
    assert found == {"Ferdinand R. Marcos Jr": "PH"}


def test_an_office_listing_its_fields_with_commas_goes_on_to_the_name():
    found = people("Jakarta (ANTARA) - Coordinating Minister for Political, Legal and Security Affairs Mahfud MD "
                   "said on Monday the summit was ready. Menteri Koordinator Bidang Politik, Hukum, dan Keamanan "
                   "Mahfud MD juga hadir.")
    assert found == {"Mahfud MD": "ID"}
    # a ministry is no person
    assert people("The Ministry of Foreign Affairs, which organises the summit, said it was ready.") == {}


def test_a_monarch_known_by_one_name_keeps_his_country():
    assert people("Presiden Prabowo bertemu dengan Kaisar Naruhito di Istana Kekaisaran, Tokyo.") == {
        "Prabowo Subianto": "ID", "Naruhito": "JP"}
    assert people("President Prabowo met Emperor Naruhito at the Imperial Palace.") == {
        "Prabowo Subianto": "ID", "Naruhito": "JP"}


def test_apposition_with_honorifics_particles_and_the_office_of_a_country():
    found = people("The Meeting was chaired by H.E. Dato' Seri Utama Haji Mohamad bin Haji Hasan, Minister of "
                   "Foreign Affairs of Malaysia. We welcomed H.E. Bendito dos Santos Freitas, Minister of Foreign "
                   "Affairs and Cooperation of Timor-Leste, as an observer.")
    assert found == {"Mohamad bin Hasan": "MY", "Bendito dos Santos Freitas": "TL"}
    # an office opening a clause of its own has no name before it
    assert people("Menurut Pratikno, Presiden juga akan hadir. Di Vientiane, Presiden akan mengikuti KTT.") == {
        "Pratikno": "ID"}


def test_a_country_or_a_phrase_before_a_comma_is_no_name():
    assert people("Laos, the Chair of ASEAN for 2016, will host the meetings.") == {}
    assert people("On The Same Day, The Prime Minister will return.") == {}
    found = people("On The Same Day, The Thai Prime Minister And Cambodian Prime Minister Hun Manet Signed The "
                   "Accord.")
    assert not any("Day" in name for name in found)
    assert people("Kepala Staf Kepresidenan Moeldoko mengatakan KTT ASEAN berjalan lancar.") == {"Moeldoko": "ID"}


def test_an_ambassador_serves_the_state_that_sends_him_not_the_one_he_is_posted_to():
    assert people("Indonesian Ambassador to Japan Heri Akhmadi welcomed the President in Tokyo.") == {
        "Heri Akhmadi": "ID"}
    assert people("Jakarta (ANTARA) - Duta Besar Indonesia untuk Jepang Heri Akhmadi hadir.") == {
        "Heri Akhmadi": "ID"}


def test_an_office_with_its_short_form_in_brackets_before_the_name():
    assert people("Jakarta (ANTARA) - Turut mendampingi Menteri Badan Usaha Milik Negara (BUMN) Erick Thohir.") == {
        "Erick Thohir": "ID"}


def test_a_counterpart_is_of_the_stated_nationality_and_the_other_side_is_not():
    # no dateline: the first minister is the host of the place where the two met, not the counterpart's
    found = people("Foreign Minister Penny Wong and her Indonesian counterpart Sugiono met in Canberra today. "
                   "Deputy Prime Minister Richard Marles joined them.")
    assert found == {"Penny Wong": "AU", "Sugiono": "ID", "Richard Marles": "AU"}
    # the dateline's country is the counterpart's: better no country than the wrong one ...
    found = people("JAKARTA (Reuters) - Foreign Minister Penny Wong and her Indonesian counterpart Sugiono "
                   "met in Jakarta on Tuesday.")
    assert found == {"Penny Wong": None, "Sugiono": "ID"}
    # ... until the text says it
    found = people("JAKARTA (Reuters) - Foreign Minister Penny Wong and her Indonesian counterpart Sugiono "
                   "met in Jakarta on Tuesday. Australian Foreign Minister Penny Wong said the talks went well.")
    assert found == {"Penny Wong": "AU", "Sugiono": "ID"}


def test_a_counterpart_from_a_named_country_is_a_person_of_that_country():
    found = people("Di sela pertemuan, Menlu Sugiono melakukan pertemuan bilateral dengan mitranya dari Australia, "
                   "Penny Wong, untuk membahas kerja sama maritim.")
    assert found == {"Sugiono": "ID", "Penny Wong": "AU"}
    assert people("He met his counterpart from South Korea, Cho Tae-yul, on Monday.") == {"Cho Tae-yul": "KR"}


def test_a_ministry_named_with_dan_stays_in_the_office():
    found = people("Mendag juga dijadwalkan bertemu Menteri Perdagangan Internasional dan Industri Malaysia "
                   "Tengku Zafrul Aziz.")
    assert found == {"Tengku Zafrul Aziz": "MY"}


def test_shortened_ministries_and_offices_are_not_names_and_commissioners_are_people():
    found = people("Jakarta (ANTARA) - Direktur Jenderal Perundingan Perdagangan Internasional Kemendag Djatmiko Bris "
                   "Witjaksono mengatakan persiapan pertemuan itu sudah mencapai 90 persen.")
    assert found == {"Djatmiko Bris Witjaksono": "ID"}
    assert people("Deputi Bidang Protokol, Pers, dan Media Sekretariat Presiden Yusuf Permana") == {}
    x = extract("Penandatanganan dilakukan oleh Komisioner Perdagangan Uni Eropa Maros Sefcovic dan Presiden Komisi "
                "Eropa Ursula von der Leyen.", published=dt.date(2025, 9, 16))
    assert [(p.name, p.country, p.organization) for p in x.participants] == [
        ("Maros Sefcovic", None, "EU"), ("Ursula von der Leyen", None, "EU")]
    assert people("Airlangga juga dijadwalkan bertemu Perwakilan Dagang AS (USTR) Jamieson Greer.") == {
        "Jamieson Greer": "US"}


def test_a_possessive_ends_the_name():
    found = people("SEOUL (Yonhap) -- The talks may pave the way for President Lee Jae-myung's attendance, "
                   "and for Prime Minister Anwar Ibrahim\u2019s visit.")
    assert found == {"Lee Jae-myung": "KR", "Anwar Ibrahim": "MY"}


def test_the_demonym_stands_before_the_fields_of_the_office():
    found = people("LIMA (Reuters) - Chinese Commerce Minister Wang Wentao, Malaysian Investment, Trade and Industry "
                   "Minister Tengku Zafrul Aziz and Indian External Affairs Minister S. Jaishankar met.")
    assert found == {"Wang Wentao": "CN", "Tengku Zafrul Aziz": "MY", "S. Jaishankar": "IN"}


def test_secretaries_and_trade_representatives_are_titles():
    found = people("MANILA - U.S. Trade Representative Jamieson Greer met Trade Secretary Cristina Roque and "
                   "Philippine Foreign Affairs Secretary Ma. Theresa Lazaro.")
    assert found == {"Jamieson Greer": "US", "Cristina Roque": "PH", "Ma Theresa Lazaro": "PH"}


def test_vice_premiers_cabinet_secretaries_and_a_known_name_that_opens_with_capitals():
    found = people("WASHINGTON (Reuters) - U.S. Vice President JD Vance and Treasury Secretary Scott Bessent met "
                   "Chinese Vice Premier He Lifeng, while Japan's chief cabinet secretary, Yoshimasa Hayashi, spoke.")
    assert found == {"JD Vance": "US", "Scott Bessent": "US", "He Lifeng": "CN", "Yoshimasa Hayashi": "JP"}


def test_a_name_set_off_by_commas_after_the_title():
    found = people("SEOUL (Yonhap) -- The ministry spokesperson, Lee Jae-woong, told a briefing that the Prime "
                   "Minister, Kim Min-seok, would attend.")
    assert found == {"Lee Jae-woong": "KR", "Kim Min-seok": "KR"}
    assert people("He met the President, Indonesia and Malaysia agreed.") == {}


def test_a_national_outlets_reporter_abroad_names_his_own_governments_officials_without_nationality():
    text = ("Rio de Janeiro (ANTARA) - Cabinet Secretary Teddy Indra Wijaya said the president met "
            "Brazilian President Luiz Inacio Lula da Silva.")
    assert people(text) == {"Teddy Indra Wijaya": "ID", "Luiz Inacio Lula da Silva": "BR"}
    # a wire service has no country of its own: the dateline's stands
    assert people("BRASILIA (Reuters) - Foreign Minister Mauro Vieira said the talks went well.") == {
        "Mauro Vieira": "BR"}


def test_the_country_named_after_the_name_and_leaders_of_2025():
    found = people("WASHINGTON (Reuters) - President Trump met Prime Minister Christopher Luxon of New Zealand, "
                   "while Prime Minister Sanae Takaichi and European Commission President Ursula von der Leyen spoke.")
    assert found == {"Donald Trump": "US", "Christopher Luxon": "NZ", "Sanae Takaichi": "JP",
                     "Ursula von der Leyen": None}


def test_honourables_and_national_security_advisers():
    found = people("Kuala Lumpur, 26 October 2025 - The Summit was chaired by the Honourable Dato' Seri Anwar Ibrahim, "
                   "Prime Minister of Malaysia. National Security Adviser Wi Sung-lac of the Republic of Korea spoke.")
    assert found == {"Anwar Ibrahim": "MY", "Wi Sung-lac": "KR"}


def test_a_title_word_inside_a_name_is_part_of_the_name():
    found = people("Jakarta (ANTARA) - Menteri Pariwisata dan Ekonomi Kreatif Malaysia Tiong King Sing dan Menteri "
                   "Kehutanan Raja Juli Antoni hadir dalam pertemuan itu.")
    assert found == {"Tiong King Sing": "MY", "Raja Juli Antoni": "ID"}
    assert people("Jakarta (ANTARA) - Presiden Prabowo dan Raja Yordania Abdullah II hadir.") == {
        "Prabowo Subianto": "ID", "Abdullah II": "JO"}


def test_a_ministry_named_with_dan_before_its_country_is_all_office():
    found = people("Jakarta (ANTARA) - Presiden disambut oleh Menteri Negara Urusan Perkeretaapian dan Tekstil India "
                   "Darshana Jardosh serta Menteri Urusan Wanita dan Anak Korea Selatan Kim Hyun-sook.")
    assert found == {"Darshana Jardosh": "IN", "Kim Hyun-sook": "KR"}
    assert people("Jakarta (ANTARA) - Presiden Joko Widodo dan Perdana Menteri India Narendra Modi bertemu.") == {
        "Joko Widodo": "ID", "Narendra Modi": "IN"}


def test_a_headline_verb_ends_the_run_after_a_title():
    found = people("Menlu RI Bahas Tiga Isu Utama pada Pertemuan Menlu ASEAN di Langkawi\n\nLangkawi - Menteri Luar "
                   "Negeri RI Sugiono menghadiri pertemuan itu.")
    assert found == {"Sugiono": "ID"}


def test_ranks_between_office_and_name_and_initials_opening_a_name():
    found = people("Jakarta (ANTARA) - Sjafrie didampingi Sekretaris Jenderal Kemhan Letjen TNI Tri Budi Utomo, Dirjen Strategi "
                   "Pertahanan Mayjen TNI AH Nasution dan Kepala Staf Kepresidenan AM Putranto.")
    assert found == {"Tri Budi Utomo": "ID", "AH Nasution": "ID", "AM Putranto": "ID"}


def test_a_two_letter_office_before_a_name_is_not_initials():
    found = people("Jakarta (ANTARA) - Menteri PU Basuki Hadimuljono dan Menhan Malaysia Mohamed Khaled Nordin hadir.")
    assert found == {"Basuki Hadimuljono": "ID", "Mohamed Khaled Nordin": "MY"}


def test_a_seat_of_government_before_the_title_gives_the_country():
    found = people("JOHANNESBURG, Nov 22 (Reuters) - White House spokesperson Karoline Leavitt said the U.S. would not "
                   "take part. Kremlin spokesman Dmitry Peskov and Cheong Wa Dae spokesperson Kang Yu-jung spoke too.")
    assert found == {"Karoline Leavitt": "US", "Dmitry Peskov": "RU", "Kang Yu-jung": "KR"}


def test_a_known_leader_written_without_the_hyphen_keeps_his_country():
    found = people("President Lee Jae Myung and Chinese President Xi Jinping held their first summit Saturday.")
    assert found == {"Lee Jae Myung": "KR", "Xi Jinping": "CN"}


def test_malaysian_honorifics_around_and_inside_names_set_off_by_commas():
    found = people("The Prime Minister of Malaysia, YAB Dato' Seri Anwar Ibrahim, will be accompanied by the Minister "
                   "of Foreign Affairs, YB Dato' Seri Utama Haji Mohamad bin Haji Hasan, and the Minister of Investment, "
                   "Trade and Industry, YB Senator Tengku Datuk Seri Utama Zafrul Tengku Abdul Aziz.")
    assert found == {"Anwar Ibrahim": "MY", "Mohamad bin Hasan": "MY", "Tengku Zafrul Tengku Abdul Aziz": "MY"}


def test_a_second_title_after_and_is_no_person():
    found = people("KUALA LUMPUR – His Majesty Sultan Haji Hassanal Bolkiah, the Sultan and Yang Di-Pertuan of Brunei "
                   "Darussalam, and Bangladesh's chief adviser Muhammad Yunus attended the summit.")
    assert found == {"Hassanal Bolkiah": "BN", "Muhammad Yunus": "BD"}


def test_two_heads_joined_by_and_are_two_offices_not_one_joined_title():
    x = extract("The agreement was witnessed by the Prime Minister and President Prabowo in Jakarta on Monday. "
                "Qatari Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani spoke.",
                published=dt.date(2025, 7, 10))
    assert [(p.name, p.title) for p in x.participants] == [
        ("Prabowo Subianto", "President"), ("Mohammed bin Abdulrahman Al Thani", "Prime Minister and Foreign Minister")]
