"""Article furniture: title, publication line, dateline, credits, captions, debris."""
import datetime as dt

from summits.extraction.header import read_header

ARTICLE = """Presiden akan hadir KTT ASEAN di Singapura

Jumat, 20 April 2018 13:14 WIB

Arrmanatha Nasir. (ANTARA)

Jakarta (ANTARA News) - Presiden RI Joko Widodo dijadwalkan menghadiri KTT ASEAN ke-32.

Baca juga: Jokowi bertemu PM Lee

Facebook Twitter WhatsApp

Pewartanya: Aditya Eko Sigit Wicaksono

Editor: Fitri Supratiwi
"""


def body_text(text, head):
    return [text[a:b] for a, b in head.body]


def test_title_published_dateline_and_source():
    head = read_header(ARTICLE)
    assert head.title == "Presiden akan hadir KTT ASEAN di Singapura"
    assert head.published == dt.datetime(2018, 4, 20, 13, 14, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    assert head.dateline == "Jakarta"
    assert head.source == "ANTARA"


def test_credits_are_read_and_left_out_of_the_story():
    head = read_header(ARTICLE)
    assert head.authors == ["Aditya Eko Sigit Wicaksono"]
    assert head.editors == ["Fitri Supratiwi"]
    assert not any("Pewarta" in line or "Fitri" in line for line in body_text(ARTICLE, head))


def test_captions_links_and_share_buttons_are_not_story():
    head = read_header(ARTICLE)
    body = body_text(ARTICLE, head)
    assert body == ["Presiden RI Joko Widodo dijadwalkan menghadiri KTT ASEAN ke-32."]


def test_reuters_credits_in_brackets():
    text = "JAKARTA (Reuters) - Leaders met on Tuesday.\n\n(Reporting by Ananda Teresia; Editing by Ed Davies)\n"
    head = read_header(text)
    assert head.dateline == "Jakarta" and head.source == "Reuters"
    assert head.authors == ["Ananda Teresia"] and head.editors == ["Ed Davies"]


def test_english_publication_line_and_colon_dateline():
    text = "Singapore ready to host summit\n\nPublished: April 24, 2018\n\nSINGAPORE: Singapore will host the 32nd ASEAN Summit.\n"
    head = read_header(text)
    assert head.published is not None and head.published.isoformat().startswith("2018-04-24")
    assert head.dateline == "Singapore"


def test_text_without_title_starts_with_the_body():
    text = "Presiden Joko Widodo akan menghadiri KTT G20 di Osaka pada 28-29 Juni 2019.\n"
    head = read_header(text)
    assert head.title is None
    assert len(head.body) == 1


def test_other_datelines():
    for line, city, source in (("NUSA DUA, KOMPAS.com - Presiden hadir.", "Nusa Dua", "Kompas"),
                               ("NUSA DUA, Bali - PM Lee arrived.", "Nusa Dua", None),
                               ("Rio de Janeiro (ANTARA) - Presiden hadir.", "Rio de Janeiro", "ANTARA"),
                               ("Bisnis.com, JAKARTA - Presiden hadir.", "Jakarta", "Bisnis.com"),
                               ("CANBERRA - Indonesian President Prabowo arrived.", "Canberra", None),
                               ("NEW DELHI \u2014 The leaders met.", "New Delhi", None),
                               ("ASEAN-led talks - a survey of the region.", None, None),
                               ("KTT ASEAN-Dewan Kerja Sama Teluk (GCC) kedua digelar.", None, None),
                               ("KTT ASEAN - The summit opened.", None, None),
                               ("KUALA LUMPUR, 26 Okt (Bernama) -- Para pemimpin hadir.", "Kuala Lumpur", "Bernama"),
                               ("Jakarta, 5/9 (ANTARA) - Presiden hadir.", "Jakarta", "ANTARA"),
                               ("JAKARTA, KOMPAS.TV - Presiden hadir.", "Jakarta", "KOMPAS.TV"),
                               ("TEMPO.CO, Jakarta - Presiden hadir.", "Jakarta", "Tempo"),
                               ("Jakarta, Beritasatu.com - Presiden hadir.", "Jakarta", "Beritasatu.com")):
        head = read_header(line + "\n")
        assert (head.dateline, head.source) == (city, source), line


RELEASE = """Menlu RI hadiri Pertemuan Luar Biasa OKI di Jeddah

Jeddah, 7 Maret 2025 - Menteri Luar Negeri RI Sugiono menghadiri pertemuan itu.

Sumber: Kementerian Luar Negeri RI
"""


def test_a_dated_dateline_gives_the_publication_date():
    head = read_header(RELEASE)
    assert head.dateline == "Jeddah"
    assert head.published == dt.date(2025, 3, 7)
    assert body_text(RELEASE, head)[0].startswith("Menteri Luar Negeri RI Sugiono")


def test_a_source_line_names_the_source_and_stays_out_of_the_story():
    head = read_header(RELEASE)
    assert head.source == "Kementerian Luar Negeri RI"
    assert not any("Sumber" in line for line in body_text(RELEASE, head))
    english = read_header("Leaders meet\n\nJAKARTA: The leaders met on Monday.\n\nSource: CNA/ga\n")
    assert english.source == "CNA"


def test_a_dateline_with_the_city_before_the_outlet():
    text = "Jokowi ke Tokyo\n\nJakarta, CNN Indonesia -- Presiden Joko Widodo bertolak ke Tokyo.\n"
    head = read_header(text)
    assert (head.dateline, head.source) == ("Jakarta", "CNN Indonesia")
    assert body_text(text, head) == ["Presiden Joko Widodo bertolak ke Tokyo."]


def test_an_outlet_line_and_a_dateline_bullet_before_the_date():
    text = ("Indonesia to host ASEAN-GCC summit\n\nThe Jakarta Post\n\nJakarta   \u25cf   Mon, October 23, 2023\n\n"
            "President Joko Widodo said on Friday that Indonesia would host the summit.\n")
    head = read_header(text)
    assert head.source == "The Jakarta Post"
    assert head.published == dt.date(2023, 10, 23)
    assert body_text(text, head) == ["President Joko Widodo said on Friday that Indonesia would host the summit."]


def test_a_dateline_naming_the_province_after_the_city():
    text = "Retreat Menlu di Bintan\n\nBintan, Kepulauan Riau (ANTARA) - Menteri Luar Negeri RI Sugiono hadir.\n"
    head = read_header(text)
    assert (head.dateline, head.source) == ("Bintan", "ANTARA")
    assert body_text(text, head) == ["Menteri Luar Negeri RI Sugiono hadir."]


def test_a_dateline_with_a_day_but_no_year_names_the_city_only():
    text = "Asean ministers meet\n\nKUALA LUMPUR, July 8 \u2014 Asean foreign ministers began their meeting here today.\n"
    head = read_header(text)
    assert (head.dateline, head.published) == ("Kuala Lumpur", None)
    assert body_text(text, head) == ["Asean foreign ministers began their meeting here today."]


def test_a_reporter_line_naming_the_outlet_credits_the_reporter_only():
    head = read_header("Laporan wartawan Tribunnews.com, Igman Ibrahim\n\nKTT ASEAN ke-43 digelar di Jakarta.\n")
    assert head.authors == ["Igman Ibrahim"]


def test_a_headline_quoting_someone_is_the_title_not_a_dateline():
    head = read_header("Jokowi: KTT G20 di India Akan Bahas Krisis Pangan\n\nJakarta, CNN Indonesia -- Presiden "
                       "Joko Widodo bertolak ke New Delhi.\n")
    assert (head.title, head.dateline, head.source) == (
        "Jokowi: KTT G20 di India Akan Bahas Krisis Pangan", "Jakarta", "CNN Indonesia")


def test_an_outlet_named_without_brackets_after_the_day():
    text = "Ishiba, Trump fail to clinch deal\n\nKANANASKIS, Canada, June 17 Kyodo - Prime Minister Shigeru Ishiba met.\n"
    head = read_header(text)
    assert (head.dateline, head.source) == ("Kananaskis", "Kyodo")
    assert body_text(text, head) == ["Prime Minister Shigeru Ishiba met."]


def test_a_release_dated_with_an_en_dash_or_on_a_line_of_its_own():
    text = "Chairman's Statement\n\nJAKARTA, 6 September 2023 \u2013 The 26th ASEAN-Japan Summit was convened today.\n"
    head = read_header(text)
    assert (head.dateline, head.published) == ("Jakarta", dt.date(2023, 9, 6))
    assert body_text(text, head) == ["The 26th ASEAN-Japan Summit was convened today."]
    text = "Readout of the Annual Summit\n\nNew Delhi, December 5, 2025\n\nThe leaders met.\n"
    head = read_header(text)
    assert (head.dateline, head.published) == ("New Delhi", dt.date(2025, 12, 5))
    # a weekday before the date is no place
    assert read_header("Gibran to lead delegation\n\nThu, November 20, 2025\n\nThe leaders met.\n").dateline is None


def test_a_page_label_above_the_title_is_not_the_title():
    """A ministry release opens with "Siaran Pers" (or "Press Release") on a line of its own: the
    headline after it is the title, and the dated dateline of the first paragraph is still read."""
    for label in ("Siaran Pers", "PRESS RELEASE"):
        text = (f"{label}\n\nMenlu RI Hadiri Retreat Menlu ASEAN di Langkawi\n\n"
                "Langkawi, 19 Januari 2025 \u2013 Menteri Luar Negeri RI Sugiono menghadiri Retreat Menteri Luar "
                "Negeri ASEAN (AMM Retreat) di Langkawi, Malaysia.\n")
        head = read_header(text)
        assert (head.title, head.dateline, head.published) == (
            "Menlu RI Hadiri Retreat Menlu ASEAN di Langkawi", "Langkawi", dt.date(2025, 1, 19)), label
        assert not any(label in part for part in body_text(text, head))


def test_release_and_republika_credit_labels():
    head = read_header("Menlu hadiri KTT\n\nJakarta - Menlu Sugiono hadir.\n\nDitulis oleh: Tim Media Kemlu\n")
    assert head.authors == ["Tim Media Kemlu"]
    head = read_header("REPUBLIKA.CO.ID, JAKARTA -- Menlu Sugiono hadir.\n\nRep: Fergi Nadira\nRed: Ani Nursalikah\n")
    assert (head.authors, head.editors) == (["Fergi Nadira"], ["Ani Nursalikah"])
