"""Numbers that are not dates: a reader never sees a day, month or year in these.

Each string is read with a publication date given, so that a wrong reading could not hide
behind a missing year.
"""
import datetime as dt

import pytest

from summits.extraction.dates import find_dates

PUBLISHED = dt.date(2018, 4, 20)

NOT_DATES = [
    # phone numbers and sums
    "Hubungi +62 21 3456 789 untuk informasi",
    "call the hotline at 1800 255 0000",
    "Telp. (021) 3456789",
    "2+2 sama dengan 4",
    "the 10+3 format",
    # decimals, money, percentages, counts
    "nilai investasi 2,3 miliar dolar AS",
    "tumbuh 1.5 persen tahun ke tahun",
    "inflasi 3,25 persen",
    "US$229 billion",
    "Rp 2.018 triliun",
    "gerakan menuju 100 smart city",
    "diikuti 10 negara anggota",
    "About 2,000 police officers will be deployed",
    "25 orang tewas dalam kecelakaan",
    "up 28 percent",
    "12,4 persen",
    "A$178 billion",
    # clock times
    "pukul 19.30 WIB",
    "Pukul 10.00 WITA",
    "at 10:15 local time",
    "from 6am to 11pm",
    "sekitar pukul 08.45",
    # versions, laws and document numbers
    "versi 2.3.1 dirilis",
    "version 10.11.2",
    "No. 12/2018",
    "UU No. 5 Tahun 2018 tentang Terorisme",
    "Peraturan Presiden Nomor 12 Tahun 2018",
    "PP 24 Tahun 2018",
    "Resolusi DK PBB 2231",
    "Surat nomor 23/11/2018/KEMLU",
    # scores, fractions, ranks, codes
    "Indonesia menang 3-1 atas Malaysia",
    "skor akhir 21-19",
    "dua per tiga (2/3) anggota",
    "KTT ke-32",
    "KTT G20",
    "the 32nd ASEAN Summit",
    "COVID-19",
    "Pasal 28 ayat 3",
    "Boeing 737",
    "ruang 2018 di lantai 3",
    # words that look like months or weekdays
    "they may come later",
    "Leaders may sign the pact",
    "The protesters will march to the palace",
    "Theresa May said on the phone",
    "under the sun",
    "dua minggu",
    "selama tiga minggu",
    "Sepekan",
    "The mayor, Mr Jan Pronk, said",
    "baca 3 min",
    # years that are not dates
    "Visi Komunitas ASEAN 2025",
    "COPYRIGHT \u00a9 ANTARA 2023",
    "in 2000 villages",
    "ASEAN 2045: Our Shared Future",
    # durations that are not 'N hari' of an event
    "dalam dua hari terakhir",
    "",
    "   ",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_no_date_is_read(text):
    found = find_dates(text, published=PUBLISHED)
    assert [m for m in found if m.kind in ("date", "range")] == []


@pytest.mark.parametrize("text,expected", [
    ("pukul 19.30 WIB pada 25 April", ["2018-04-25"]),
    ("UU No. 5 Tahun 2018 disahkan pada 25 Mei 2018", ["2018-05-25"]),
    ("Hubungi +62 21 3456 789 sebelum 30 April", ["2018-04-30"]),
    ("baca 3 min 25 April 2018", ["2018-04-25"]),
])
def test_numbers_beside_a_date_do_not_change_it(text, expected):
    found = [m for m in find_dates(text, published=PUBLISHED) if m.kind in ("date", "range")]
    assert [m.start.iso for m in found] == expected


def test_durations_that_are_not_event_lengths():
    assert [m for m in find_dates("dalam dua hari terakhir", published=PUBLISHED)] == []
    assert [m for m in find_dates("dua hari setelah KTT", published=PUBLISHED)] == []
