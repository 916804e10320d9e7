"""The date grammar: what a reader sees in a sentence, in Indonesian and English.

Every expected value below was worked out by hand from a calendar, not copied from output.
Publication days used: 20 April 2018 (a Friday), 8 November 2018 (a Thursday),
28 December 2018, 3 January 2019 and 4 September 2023 (a Monday).
"""
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summits.extraction.dates import date_from_url, find_dates, parse_published, tense_of

APR20 = dt.date(2018, 4, 20)
NOV8 = dt.date(2018, 11, 8)
DEC28 = dt.date(2018, 12, 28)
JAN3 = dt.date(2019, 1, 3)
SEP4 = dt.date(2023, 9, 4)
MAY5 = dt.date(2018, 5, 5)

# (text, published, expected start, expected end or None, expected precision)
CASES = [
    # --- Indonesian: day ranges
    ("KTT ASEAN ke-32 akan digelar di Singapura pada 27-28 April.", APR20, "2018-04-27", "2018-04-28", "day"),
    ("KTT digelar pada 27\u201328 April di Singapura", APR20, "2018-04-27", "2018-04-28", "day"),
    ("Pameran berlangsung 25 hingga 28 April", APR20, "2018-04-25", "2018-04-28", "day"),
    ("Pertemuan berlangsung 25 sampai 28 April", APR20, "2018-04-25", "2018-04-28", "day"),
    ("KTT ke-33 ASEAN pada 13-15 November 2018 di Singapura", APR20, "2018-11-13", "2018-11-15", "day"),
    ("pada tanggal 13-15 November 2018", None, "2018-11-13", "2018-11-15", "day"),
    ("Forum itu digelar 30 April-1 Mei", APR20, "2018-04-30", "2018-05-01", "day"),
    ("KTT berlangsung 30 April hingga 1 Mei 2019", APR20, "2019-04-30", "2019-05-01", "day"),
    ("pada 27 dan 28 April", APR20, "2018-04-27", "2018-04-28", "day"),
    ("Presiden hadir Jumat-Sabtu (27-28/4)", APR20, "2018-04-27", "2018-04-28", "day"),
    ("berlangsung 30 Desember 2018 hingga 2 Januari 2019", None, "2018-12-30", "2019-01-02", "day"),
    ("pada 30 Desember hingga 2 Januari 2019", None, "2018-12-30", "2019-01-02", "day"),
    # --- Indonesian: single days
    ("pertemuan para wakil tetap pada 25 April", APR20, "2018-04-25", None, "day"),
    ("pada 25 April 2018", None, "2018-04-25", None, "day"),
    ("tanggal 1 Mei", APR20, "2018-05-01", None, "day"),
    ("KTT dibuka Sabtu (28/4)", APR20, "2018-04-28", None, "day"),
    # a yearless day/month outside brackets, after "pada"/"tanggal" (Republika, Media Indonesia)
    ("Sidang digelar di Istanbul pada 26-28/10.", APR20, "2018-10-26", "2018-10-28", "day"),
    ("ADMM-Plus berlangsung pada 1/11 di Kuala Lumpur.", NOV8, "2018-11-01", None, "day"),
    ("Jakarta, Kamis (8/11/2018)", None, "2018-11-08", None, "day"),
    ("Presiden tiba di Bali, Kamis (8/11).", NOV8, "2018-11-08", None, "day"),
    ("Presiden salat pada Jum'at (20/4)", APR20, "2018-04-20", None, "day"),
    # "since" the publication weekday: begun today, though the clause then speaks of the future
    ("KTT yang digelar sejak Jumat itu akan segera ditutup.", APR20, "2018-04-20", None, "day"),
    ("The summit, under way since Wednesday, will close soon.", APR20, "2018-04-18", None, "day"),
    # the publication weekday with a time of day is today, even in the future tense
    ("Presiden dijadwalkan berbicara pada Jumat siang.", APR20, "2018-04-20", None, "day"),
    ("He will speak on Friday evening.", APR20, "2018-04-20", None, "day"),
    # a tense word inside a name ("Plan of Action") tells nothing: the day is the last Monday
    ("The summit adopted the Plan of Action to Implement the Joint Vision (2026-2030) on Monday.", APR20,
     "2018-04-16", None, "day"),
    # the weekend just past, told on a Monday (30 April 2018): the month of that weekend
    ("Leaders met over the weekend to discuss the crisis.", dt.date(2018, 4, 30), "2018-04", None, "month"),
    ("Leaders met over the weekend to discuss the crisis.", dt.date(2018, 10, 1), "2018-09", None, "month"),
    # a past participle governs the date of the event it names, though the sentence speaks of the future
    ("As agreed at the 31st ASEAN Summit in November, the ministers will meet again in Manila.", APR20,
     "2017-11", None, "month"),
    ("Leaders who met at the ASEAN-Japan Summit in Tokyo, Japan, in March will gather again.", APR20,
     "2018-03", None, "month"),
    # a past verb right after the day tells its tense, whatever the sentence goes on to say
    ("Leaders meeting on Friday pledged to go on, as he came to attend the talks.", APR20, "2018-04-20", None, "day"),
    ("pada hari Minggu (29/4)", APR20, "2018-04-29", None, "day"),
    ("Jum\u2019at (20/4)", APR20, "2018-04-20", None, "day"),
    ("SABTU (28/4)", APR20, "2018-04-28", None, "day"),
    ("PADA 25 APRIL 2018", None, "2018-04-25", None, "day"),
    ("Ahad (29/4)", APR20, "2018-04-29", None, "day"),
    ("Selasa, 24 April 2018", None, "2018-04-24", None, "day"),
    ("pada 25 Okt. 2018", None, "2018-10-25", None, "day"),
    ("pada 25 Agt 2018", None, "2018-08-25", None, "day"),
    ("pada 5 Sept 2018", None, "2018-09-05", None, "day"),
    ("pada 1 Des 2018", None, "2018-12-01", None, "day"),
    ("Senin, 8/10/2018", None, "2018-10-08", None, "day"),
    ("rapat 24.04.2018", None, "2018-04-24", None, "day"),
    ("pada 17 Agustus 2568", None, "2025-08-17", None, "day"),
    # --- Indonesian: weekdays alone, against the publication day and the tense
    ("Arrmanatha di Jakarta, Jumat mengatakan bahwa", APR20, "2018-04-20", None, "day"),
    ("Presiden akan berangkat pada Senin", APR20, "2018-04-23", None, "day"),
    ("Menteri telah bertemu mitranya pada Senin", APR20, "2018-04-16", None, "day"),
    ("Presiden bertolak ke Singapura pada Minggu", APR20, "2018-04-15", None, "day"),
    # a report verb after "akan" is a speech to come, not the day words were said
    ("Presiden akan menyampaikan pandangan Indonesia pada sesi pertama pada Sabtu pagi.", APR20, "2018-04-21",
     None, "day"),
    ("He will tell the summit his view on Saturday.", APR20, "2018-04-21", None, "day"),
    ("Jumat pekan depan", APR20, "2018-04-27", None, "day"),
    ("Jumat lalu", APR20, "2018-04-13", None, "day"),
    ("Rabu mendatang", APR20, "2018-04-25", None, "day"),
    # --- Indonesian: relative words
    ("KTT dibuka besok", APR20, "2018-04-21", None, "day"),
    ("Presiden tiba kemarin", APR20, "2018-04-19", None, "day"),
    ("hari ini", APR20, "2018-04-20", None, "day"),
    ("lusa", APR20, "2018-04-22", None, "day"),
    ("dua hari lalu", APR20, "2018-04-18", None, "day"),
    ("tiga hari lagi", APR20, "2018-04-23", None, "day"),
    ("pekan depan", APR20, "2018-04", None, "month"),
    ("minggu lalu", APR20, "2018-04", None, "month"),
    ("sepekan lalu", APR20, "2018-04", None, "month"),
    ("Minggu depan", MAY5.replace(day=28), "2018-06", None, "month"),
    ("bulan depan", APR20, "2018-05", None, "month"),
    ("bulan lalu", APR20, "2018-03", None, "month"),
    ("akhir bulan ini", APR20, "2018-04", None, "month"),
    ("awal bulan depan", APR20, "2018-05", None, "month"),
    ("tahun depan", APR20, "2019", None, "year"),
    ("tahun lalu", APR20, "2017", None, "year"),
    ("akhir tahun ini", APR20, "2018", None, "year"),
    ("awal tahun depan", APR20, "2019", None, "year"),
    ("setahun lalu", APR20, "2017", None, "year"),
    # --- Indonesian: months alone
    ("pertemuan tahunan IMF dan World Bank di Bali pada Oktober, kata Chandra. Presiden akan hadir.", APR20,
     "2018-10", None, "month"),
    ("Presiden akan hadir di Bali pada Oktober", APR20, "2018-10", None, "month"),
    ("pada Oktober nanti", APR20, "2018-10", None, "month"),
    ("KTT di Manila pada November tahun lalu", APR20, "2017-11", None, "month"),
    ("Oktober tahun depan", APR20, "2019-10", None, "month"),
    ("awal Mei", APR20, "2018-05", None, "month"),
    ("pertengahan Juni", APR20, "2018-06", None, "month"),
    ("Juli mendatang", APR20, "2018-07", None, "month"),
    ("Januari mendatang", APR20, "2019-01", None, "month"),
    ("pada Maret lalu", APR20, "2018-03", None, "month"),
    ("pada Desember lalu", APR20, "2017-12", None, "month"),
    ("KTT akan digelar pada Februari", APR20, "2019-02", None, "month"),
    ("pada bulan Oktober", APR20, "2018-10", None, "month"),
    ("medio Mei 2019", None, "2019-05", None, "month"),
    ("Mei 2019", None, "2019-05", None, "month"),
    # --- Indonesian: years left out, pulled by the tense
    ("KTT itu telah digelar pada 15 Desember", APR20, "2017-12-15", None, "day"),
    ("KTT akan digelar pada 10 Januari", NOV8, "2019-01-10", None, "day"),
    ("rapat pada 2 Januari", DEC28, "2019-01-02", None, "day"),
    ("Jakarta sudah siap menjadi tuan rumah KTT pada 5-7 September", dt.date(2023, 8, 18), "2023-09-05",
     "2023-09-07", "day"),
    ("Indonesia telah mengusulkan agar KTT digelar pada Mei", APR20, "2018-05", None, "month"),
    ("The summit was held in May", APR20, "2017-05", None, "month"),
    ("rapat pada 28 Desember", JAN3, "2018-12-28", None, "day"),
    # --- Indonesian: years alone
    ("KTT G20 pada 2019", None, "2019", None, "year"),
    ("sejak 2015", None, "2015", None, "year"),
    ("pada tahun 2020", None, "2020", None, "year"),
    ("awal 2019", None, "2019", None, "year"),
    ("pada 25, 26 dan 27 April", APR20, "2018-04-25", "2018-04-27", "day"),
    ("pada 27 s.d. 28 April", APR20, "2018-04-27", "2018-04-28", "day"),
    ("Sabtu malam (28/4)", APR20, "2018-04-28", None, "day"),
    ("Presiden tiba kemarin (19/4) di Bali", APR20, "2018-04-19", None, "day"),
    ("kata Chandra di Jakarta, (19/4).", APR20, "2018-04-19", None, "day"),
    ("Selasa (13/11/18)", NOV8, "2018-11-13", None, "day"),
    ("Senin pekan ini", APR20, "2018-04-16", None, "day"),
    ("pada akhir tahun", APR20, "2018", None, "year"),
    ("akhir tahun lalu", APR20, "2017", None, "year"),
    ("akhir pekan ini", APR20, "2018-04", None, "month"),
    ("pada 27-28 April ini", APR20, "2018-04-27", "2018-04-28", "day"),
    ("pada 2-3 Mei mendatang", APR20, "2018-05-02", "2018-05-03", "day"),
    ("sepanjang 2018", None, "2018", None, "year"),
    ("pada 1 Januari tahun depan", APR20, "2019-01-01", None, "day"),
    ("Pertemuan berlangsung Senin (9/7) hingga Jumat (13/7).", dt.date(2018, 7, 2), "2018-07-09", "2018-07-13", "day"),
    ("KTT digelar Jumat-Sabtu", APR20, "2018-04-20", "2018-04-21", "day"),
    ("pada pekan kedua Mei", APR20, "2018-05", None, "month"),
    ("antara 5 dan 7 September", APR20, "2018-09-05", "2018-09-07", "day"),
    # --- English: day ranges
    ("from Apr 25 to Apr 28", APR20, "2018-04-25", "2018-04-28", "day"),
    ("The summit runs April 25-28", APR20, "2018-04-25", "2018-04-28", "day"),
    ("APEC leaders meet Nov 15-16", APR20, "2018-11-15", "2018-11-16", "day"),
    ("on 10-11 May 2023", None, "2023-05-10", "2023-05-11", "day"),
    ("on May 10-11, 2023", None, "2023-05-10", "2023-05-11", "day"),
    ("from Oct 31 to Nov 2", APR20, "2018-10-31", "2018-11-02", "day"),
    ("the ASEAN summit on 25 and 26 April", APR20, "2018-04-25", "2018-04-26", "day"),
    ("Friday and Saturday (April 27-28)", APR20, "2018-04-27", "2018-04-28", "day"),
    ("on the 27th and 28th of April", APR20, "2018-04-27", "2018-04-28", "day"),
    ("between April 25 and 26", APR20, "2018-04-25", "2018-04-26", "day"),
    ("from 25 to 28 April", APR20, "2018-04-25", "2018-04-28", "day"),
    ("25th-28th April 2018", None, "2018-04-25", "2018-04-28", "day"),
    ("the April 27-28 summit", APR20, "2018-04-27", "2018-04-28", "day"),
    ("Nov 13\u201315, 2018", None, "2018-11-13", "2018-11-15", "day"),
    ("between Sept 5 and Sept 7", APR20, "2018-09-05", "2018-09-07", "day"),
    ("Monday (July 9) to Friday (July 13)", dt.date(2018, 7, 2), "2018-07-09", "2018-07-13", "day"),
    ("The talks will run from Monday to Wednesday", APR20, "2018-04-23", "2018-04-25", "day"),
    # --- English: single days
    ("on April 25", APR20, "2018-04-25", None, "day"),
    ("Apr 25, 2018", None, "2018-04-25", None, "day"),
    ("on April 25th", APR20, "2018-04-25", None, "day"),
    ("on the 25th of April 2018", None, "2018-04-25", None, "day"),
    ("Jakarta, Nov 8 (ANTARA) - ", NOV8, "2018-11-08", None, "day"),
    ("Sept 5, 2018", None, "2018-09-05", None, "day"),
    ("Dec. 5, 2018", None, "2018-12-05", None, "day"),
    ("on Tuesday (Apr 24)", APR20, "2018-04-24", None, "day"),
    ("Sunday, April 22", APR20, "2018-04-22", None, "day"),
    ("Tue, Apr 24", APR20, "2018-04-24", None, "day"),
    ("Tuesday (05/09)", SEP4, "2023-09-05", None, "day"),
    ("Tuesday (04/24)", APR20, "2018-04-24", None, "day"),
    ("on Monday (05/07)", MAY5, "2018-05-07", None, "day"),
    ("The date is 2018-04-24.", None, "2018-04-24", None, "day"),
    ("on 25 April 2568", None, "2025-04-25", None, "day"),
    ("Sunday 22 April", APR20, "2018-04-22", None, "day"),
    ("Wed, 25 Apr 2018 10:00:00 +0700", None, "2018-04-25", None, "day"),
    # --- English: weekdays alone
    ("Widodo said on Friday", APR20, "2018-04-20", None, "day"),
    ("The leaders will meet on Monday", APR20, "2018-04-23", None, "day"),
    ("He said on Tuesday that talks would continue", APR20, "2018-04-17", None, "day"),
    ("The summit will be held in Manila on Sunday, officials said", APR20, "2018-04-22", None, "day"),
    ("The summit will close on Thursday with the East Asia Summit", NOV8, "2018-11-15", None, "day"),
    ("Jose Tavares told a press briefing here on Thursday.", NOV8, "2018-11-08", None, "day"),
    # "U.S." ends no clause: the "will" before it still speaks of the day after it
    ("Widodo will meet U.S. President Donald Trump on Monday, officials said", APR20, "2018-04-23", None, "day"),
    # a tense word in a clause of its own after the date says nothing of it
    ("Widodo arrived in the Philippine capital on Friday, and will travel on to Tokyo", APR20, "2018-04-20", None, "day"),
    ("Jokowi tiba di ibu kota Filipina itu pada Jumat, dan akan melanjutkan perjalanan", APR20, "2018-04-20", None, "day"),
    ("last Friday", APR20, "2018-04-13", None, "day"),
    ("next Friday", APR20, "2018-04-27", None, "day"),
    ("next Tuesday", APR20, "2018-04-24", None, "day"),
    ("Friday next week", APR20, "2018-04-27", None, "day"),
    # --- English: relative words
    ("tomorrow", APR20, "2018-04-21", None, "day"),
    ("yesterday", APR20, "2018-04-19", None, "day"),
    ("Leaders arrive today", APR20, "2018-04-20", None, "day"),
    ("the day after tomorrow", APR20, "2018-04-22", None, "day"),
    ("two days ago", APR20, "2018-04-18", None, "day"),
    ("in two days", APR20, "2018-04-22", None, "day"),
    ("next week", APR20, "2018-04", None, "month"),
    ("a week ago", APR20, "2018-04", None, "month"),
    ("last month", APR20, "2018-03", None, "month"),
    ("next month", APR20, "2018-05", None, "month"),
    ("earlier this month", APR20, "2018-04", None, "month"),
    ("later this year", APR20, "2018", None, "year"),
    ("by the end of the year", APR20, "2018", None, "year"),
    ("by end-2019", None, "2019", None, "year"),
    ("late October", APR20, "2018-10", None, "month"),
    ("end-October", APR20, "2018-10", None, "month"),
    ("the end of this month", APR20, "2018-04", None, "month"),
    ("Friday's meeting", APR20, "2018-04-20", None, "day"),
    ("Monday last week", APR20, "2018-04-09", None, "day"),
    ("last weekend", APR20, "2018-04", None, "month"),
    ("last year's summit in Manila", APR20, "2017", None, "year"),
    ("in the first week of May", APR20, "2018-05", None, "month"),
    ("next year", APR20, "2019", None, "year"),
    ("late last year", APR20, "2017", None, "year"),
    # --- English: months and years alone
    ("last November", APR20, "2017-11", None, "month"),
    ("in October", APR20, "2018-10", None, "month"),
    ("this November", APR20, "2018-11", None, "month"),
    ("early May", APR20, "2018-05", None, "month"),
    ("mid-May", APR20, "2018-05", None, "month"),
    ("The summit will be held in March", APR20, "2019-03", None, "month"),
    ("The summit was held in December", APR20, "2017-12", None, "month"),
    ("in May 2019", None, "2019-05", None, "month"),
    ("exports rose 15.2 percent in January-September", NOV8, "2018-01", "2018-09", "month"),
    ("sepanjang Januari hingga September 2023", None, "2023-01", "2023-09", "month"),
    ("March 2020", None, "2020-03", None, "month"),
    ("in 2019", None, "2019", None, "year"),
    ("since 2015", None, "2015", None, "year"),
    ("by 2025", None, "2025", None, "year"),
    ("the Thai chairmanship in 2568", None, "2025", None, "year"),
    ("mid-2019", None, "2019", None, "year"),
    ("the ceremony in 2568 BE", None, "2025", None, "year"),
]


@pytest.mark.parametrize("text,published,start,end,precision", CASES, ids=[c[0][:40] for c in CASES])
def test_reads_the_date_a_reader_sees(text, published, start, end, precision):
    found = [m for m in find_dates(text, published=published) if m.kind in ("date", "range")]
    assert len(found) == 1, found
    mention = found[0]
    assert mention.start.iso == start
    assert (mention.end.iso if mention.end else None) == end
    assert mention.start.precision.value == precision
    assert mention.kind == ("range" if end else "date")
    assert text[mention.span[0]:mention.span[1]] == mention.text


@pytest.mark.parametrize("text", ["pada 27-28 April", "pada Oktober", "on Friday", "besok", "Sabtu (28/4)"])
def test_no_year_is_invented_without_a_publication_date(text):
    assert [m for m in find_dates(text) if m.kind in ("date", "range")] == []


def test_the_day_of_a_range_is_never_read_as_a_year():
    [mention] = find_dates("pada 27-28 April", published=APR20)
    assert mention.start.year == 2018 and mention.end.day == 28


def test_month_alone_keeps_month_precision():
    [mention] = find_dates("pada Oktober nanti", published=APR20)
    assert mention.start.day is None and mention.start.iso == "2018-10"


def test_left_out_year_is_marked_relative_but_a_written_one_is_not():
    assert find_dates("pada 25 April", published=APR20)[0].relative is True
    assert find_dates("pada 25 April 2018", published=APR20)[0].relative is False


def test_non_consecutive_days_joined_by_and_are_two_dates():
    found = find_dates("pada 25 dan 27 April", published=APR20)
    assert [(m.text, m.start.iso, m.kind) for m in found] == [
        ("25", "2018-04-25", "date"), ("27 April", "2018-04-27", "date")]


def test_weekdays_joined_by_and_are_two_days():
    found = find_dates("The leaders met on Monday and Wednesday", published=APR20)
    assert [(m.text, m.start.iso) for m in found] == [("Monday", "2018-04-16"), ("Wednesday", "2018-04-18")]


def test_a_long_chain_of_dated_weekdays_does_not_recurse():
    text = " - ".join(["Senin (9/7)"] * 5000)
    assert len(find_dates(text, published=APR20)) > 1000


def test_that_year_counts_from_the_last_year_written():
    text = "Cambodia last chaired ASEAN in 2012, when Phnom Penh hosted the 21st ASEAN Summit in November that year."
    found = find_dates(text, published=dt.date(2022, 11, 11))
    assert [(m.start.iso, m.relative) for m in found] == [("2012", False), ("2012-11", True)]
    [mention] = find_dates("Pada 2015, KTT digelar 21-22 November tahun itu.", published=APR20)[1:]
    assert (mention.start.iso, mention.end.iso) == ("2015-11-21", "2015-11-22")
    assert find_dates("in November that year", published=APR20) == []


def test_several_dates_in_one_sentence_come_in_order():
    text = "didahului pertemuan pada 25 April dan SOM (Senior Official Meeting) pada 26 April."
    found = find_dates(text, published=APR20)
    assert [m.start.iso for m in found] == ["2018-04-25", "2018-04-26"]
    assert found[0].span[1] <= found[1].span[0]


def test_datetime_publication_is_accepted():
    published = dt.datetime(2018, 4, 20, 13, 14, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    assert find_dates("besok", published=published)[0].start.iso == "2018-04-21"


def test_impossible_day_yields_nothing():
    assert find_dates("pada 31 April 2018") == []
    assert find_dates("on February 30, 2019") == []


# --- counted days and durations: the core resolves them against the event

@pytest.mark.parametrize("text,kind,value", [
    ("pada hari kedua KTT", "counted", 2),
    ("pada hari pertama", "counted", 1),
    ("pada hari terakhir KTT", "counted", -1),
    ("pada hari ke-2", "counted", 2),
    ("on the second day of the summit", "counted", 2),
    ("on the final day", "counted", -1),
    ("on the last day of talks", "counted", -1),
    ("on Day Two of the summit", "counted", 2),
    ("the two-day summit", "duration", 2),
    ("a 3-day state visit", "duration", 3),
    ("KTT dua hari di Singapura", "duration", 2),
    ("kunjungan selama tiga hari", "duration", 3),
    ("talks for three days", "duration", 3),
])
def test_counted_days_and_durations(text, kind, value):
    [mention] = find_dates(text, published=APR20)
    assert mention.kind == kind and mention.start is None
    assert (mention.day_index if kind == "counted" else mention.days) == value


# --- publication lines

WIB = dt.timezone(dt.timedelta(hours=7))


@pytest.mark.parametrize("line,expected", [
    ("Jumat, 20 April 2018 13:14 WIB", dt.datetime(2018, 4, 20, 13, 14, tzinfo=WIB)),
    ("Kamis, 8 November 2018 | 10:15 WIB", dt.datetime(2018, 11, 8, 10, 15, tzinfo=WIB)),
    ("Rabu, 7 Agustus 2019 10:00 WITA", dt.datetime(2019, 8, 7, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))),
    ("Senin, 5 Agustus 2019 09.30 WIT", dt.datetime(2019, 8, 5, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=9)))),
    ("Kompas.com - 20/04/2018, 13:14 WIB", dt.datetime(2018, 4, 20, 13, 14, tzinfo=WIB)),
    ("Published: April 24, 2018", dt.date(2018, 4, 24)),
    ("date 2018-04-24", dt.date(2018, 4, 24)),
    ("2018-04-24T10:15:00+07:00", dt.datetime(2018, 4, 24, 10, 15, tzinfo=WIB)),
    ("Updated: 24 Apr 2018 06:05PM", dt.date(2018, 4, 24)),
    ("April 24, 2018 / 10:15 AM / Updated 2 hours ago", dt.date(2018, 4, 24)),
    ("Tue, April 24, 2018 10:15 GMT+7", dt.datetime(2018, 4, 24, 10, 15, tzinfo=WIB)),
    ("Wed, 25 Apr 2018 07:15:00 +0700", dt.datetime(2018, 4, 25, 7, 15, tzinfo=WIB)),
    ("24 Apr 2018 10:15 (GMT+08:00)", dt.datetime(2018, 4, 24, 10, 15, tzinfo=dt.timezone(dt.timedelta(hours=8)))),
    ("April 24, 2018 10:15 pm UTC", dt.datetime(2018, 4, 24, 22, 15, tzinfo=dt.timezone.utc)),
    ("Dipublikasikan pada 24 April 2018 pukul 10.15 WIB", dt.datetime(2018, 4, 24, 10, 15, tzinfo=WIB)),
    ("Sept 5, 2023 \u00b7 3 min read", dt.date(2023, 9, 5)),
    ("2018-04-24 10:15:00", dt.date(2018, 4, 24)),
])
def test_publication_lines(line, expected):
    got = parse_published(line)
    assert got == expected and type(got) is type(expected)
    if isinstance(got, dt.datetime):
        assert got.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("line", [
    "KTT digelar pada 25 April 2018.",
    "Presiden RI Joko Widodo dijadwalkan menghadiri KTT ASEAN ke-32 pada 27-28 April 2018",
    "Editor: Fitri Supratiwi",
    "",
    "pada 27-28 April",
])
def test_lines_that_are_not_publication_lines(line):
    assert parse_published(line) is None


@pytest.mark.parametrize("url,expected", [
    ("https://www.thejakartapost.com/news/2018/04/24/asean-summit.html", dt.date(2018, 4, 24)),
    ("https://bisnis.com/read/20181108/15/857211/judul", dt.date(2018, 11, 8)),
    ("https://example.com/world/asia/asean-leaders-2023-05-10/", dt.date(2023, 5, 10)),
    ("https://example.com/berita-20181108-ktt", dt.date(2018, 11, 8)),
    ("https://www.antaranews.com/berita/703532/presiden-akan-hadir", None),
    ("https://example.com/2018/13/45/x", None),
    ("https://example.com/read/99991231/x", None),
    ("", None),
])
def test_dates_in_addresses(url, expected):
    assert date_from_url(url) == expected


@pytest.mark.parametrize("text,expected", [
    ("Presiden dijadwalkan menghadiri KTT yang akan digelar di Singapura", "future"),
    ("KTT ASEAN telah digelar di Manila", "past"),
    ("The summit was held in Manila", "past"),
    ("The summit will be held in Manila", "future"),
    ("Leaders are scheduled to meet", "future"),
    ("He said the summit would open in Bali", "future"),
    ("Widodo said he was pleased", "past"),
    ("Singapura tuan rumah KTT ASEAN", None),
])
def test_tense(text, expected):
    assert tense_of(text) == expected


# --- properties

DATE_WORDS = ["27", "-", "28", "April", "Mei", "May", "(", ")", "/", "4", "2018", "2568", "pada", "lalu", "nanti",
              "Jumat", "Minggu", "last", "next", "hari", "kedua", "two", "day", "days", ".", ",", "to", "hingga",
              "tahun", "depan", "in", "the", "of", "31", "0", "99", "mid", "awal", "\u2013", "s.d.", "ago", "Tue",
              "besok", "pekan", "No", "UU"]


PIECES = st.one_of(st.sampled_from(DATE_WORDS), st.text(alphabet="0123456789,./-()+: ", max_size=6))


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=200),
                 st.lists(st.sampled_from(DATE_WORDS), max_size=30).map(" ".join),
                 st.lists(PIECES, max_size=30).map("".join),
                 st.lists(PIECES, max_size=30).map(" ".join)),
       st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31))))
def test_any_string_gives_valid_mentions(text, published):
    found = find_dates(text, published=published)
    previous_end = 0
    for m in found:
        assert 0 <= m.span[0] < m.span[1] <= len(text)
        assert text[m.span[0]:m.span[1]] == m.text
        assert m.span[0] >= previous_end
        previous_end = m.span[1]
        if m.kind in ("date", "range"):
            assert m.start is not None
        if m.end is not None:
            assert m.end > m.start


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=150))
def test_any_line_or_address_is_read_without_error(text):
    assert parse_published(text) is None or isinstance(parse_published(text), dt.date)
    assert date_from_url(text) is None or isinstance(date_from_url(text), dt.date)
    assert tense_of(text) in (None, "past", "future")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=[chr(i) for i in range(128)], max_size=30))
def test_ascii_text_is_cut_into_the_same_tokens_by_the_ascii_tokeniser(text):
    from summits.extraction.dates import _SPLIT_ASCII_TOKENS, _SPLIT_TOKENS
    assert _SPLIT_ASCII_TOKENS.split(text) == _SPLIT_TOKENS.split(text)


# Words that open a date only as the first of a phrase ("the end of", "tahun lalu") are skipped at
# once when no second word of such a phrase follows; that shortcut must never change what is read.
PHRASE_WORDS = st.sampled_from(["the", "The", "end", "of", "coming", "day", "first", "last", "next", "week", "tahun",
                                "lalu", "depan", "ini", "malam", "pekan", "bulan", "akhir", "awal", "nanti", "tadi",
                                "pagi", "Mei", "May", "2018", "28", "(28/4)", "Jumat", "Friday", "year's", "the's",
                                "middle", "beginning", "start", "paruh", "pertama", ",", ".", "\n\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(PHRASE_WORDS, max_size=14).map(" ".join))
def test_skipping_words_that_open_no_phrase_here_reads_the_same_dates(text):
    import summits.extraction.dates as dates

    quick = find_dates(text, published=APR20, language="en")
    saved, dates._PHRASE_OPENERS = dates._PHRASE_OPENERS, {}
    try:
        assert find_dates(text, published=APR20, language="en") == quick
    finally:
        dates._PHRASE_OPENERS = saved
