"""Summits, their sessions and related meetings, side summits, past and future summits."""
import datetime as dt

from summits.extraction import extract

APRIL_20 = dt.date(2018, 4, 20)


def events(text, published=APRIL_20):
    x = extract(text, published=published)
    return x, [(e.name, e.start and e.start.iso, e.end and e.end.iso, e.country) for e in x.summits + x.meetings]


def test_summit_with_ordinal_range_and_host():
    x, _ = events("Presiden RI Joko Widodo dijadwalkan menghadiri KTT ASEAN ke-32 yang akan digelar di Singapura pada 27-28 April.")
    (s,) = x.summits
    assert (s.organization, s.ordinal, s.country, s.start.iso, s.end.iso) == ("ASEAN", 32, "SG", "2018-04-27", "2018-04-28")


def test_sessions_get_their_own_dates_and_belong_to_the_summit():
    x, found = events("KTT ASEAN ke-32 digelar di Singapura pada 27-28 April. KTT ASEAN ke-32 akan didahului oleh "
                      "pertemuan para wakil tetap pada 25 April dan SOM (Senior Official Meeting) pada 26 April. "
                      "Presiden dijadwalkan menghadiri sesi pleno pada 27 April dan sesi retreat pada 28 April.")
    kinds = {m.kind: (m.start.iso, m.summit, m.country) for m in x.meetings}
    assert kinds == {"permanent_representatives": ("2018-04-25", "s1", "SG"),
                     "senior_officials": ("2018-04-26", "s1", "SG"),
                     "plenary": ("2018-04-27", "s1", "SG"), "retreat": ("2018-04-28", "s1", "SG")}


def test_back_references_are_not_new_events():
    x, found = events("KTT ASEAN ke-32 digelar di Singapura pada 27-28 April. KTT tersebut membahas keamanan siber. "
                      "Indonesia akan mendorong kerja sama pada KTT ASEAN nanti. KTT kali ini bertema \"Resilient\".")
    assert len(x.summits) == 1 and not x.meetings
    assert x.summits[0].theme == "Resilient"


def test_past_summit_mentioned_in_passing():
    x, found = events("KTT ASEAN ke-32 digelar di Singapura pada 27-28 April. Konsensus itu dicapai dalam KTT ASEAN "
                      "di Manila pada November tahun lalu.")
    assert ("KTT ASEAN", "2017-11", None, "PH") in found


def test_side_summit_held_at_a_session_takes_its_day():
    x, _ = events("KTT ASEAN ke-32 digelar di Singapura pada 27-28 April. "
                  "Presiden menghadiri sesi retreat pada 28 April. Pada sesi retreat ASEAN akan "
                  "dilaksanakan KTT Indonesian Malaysian Thailand Growth Triangle yang diketuai oleh Thailand.")
    side = [m for m in x.meetings if m.kind == "summit"]
    assert [(m.start.iso, m.chair, m.summit, m.country) for m in side] == [("2018-04-28", "TH", "s1", "SG")]
    assert {"ID", "MY", "TH"} <= set(x.countries)


def test_english_summit_and_meetings_with_weekdays():
    x, found = events("SINGAPORE: Singapore will host the 32nd ASEAN Summit from Apr 25 to Apr 28. "
                      "Senior officials will meet on Wednesday, followed by the ASEAN Foreign Ministers' Meeting on Thursday.",
                      published=dt.date(2018, 4, 24))
    (s,) = x.summits
    assert (s.ordinal, s.start.iso, s.end.iso) == (32, "2018-04-25", "2018-04-28")
    assert sorted((m.kind, m.start.iso) for m in x.meetings) == [("ministerial", "2018-04-26"), ("senior_officials", "2018-04-25")]


def test_an_undated_summit_is_not_emitted():
    x, _ = events("Presiden berharap KTT G20 membahas perdagangan.")
    assert x.summits == () and x.meetings == ()


def test_postponed_summit_takes_its_new_date():
    x, found = events("Vietnam postponed the 36th ASEAN Summit, which was due to take place in Danang in April, "
                      "to late June.", published=dt.date(2020, 4, 9))
    assert [(s.ordinal, s.start.iso, s.country) for s in x.summits] == [(36, "2020-06", "VN")]


def test_a_special_summit_is_new_and_later_named():
    x, _ = events("Vietnam will host a special online summit of Southeast Asian leaders on April 14. "
                  "The special ASEAN summit will be held via video conference.", published=dt.date(2020, 4, 9))
    (s,) = x.summits
    assert (s.name, s.start.iso, s.mode, s.virtual) == ("Special ASEAN summit", "2020-04-14", "special", True)


def test_two_leaders_meeting_outside_a_named_event_is_bilateral():
    x, _ = events("Pada Kamis (19/10), Presiden bertemu Raja Salman di Istana Al-Yamamah.",
                  published=dt.date(2023, 10, 20))
    assert [(m.kind, m.start.iso) for m in x.meetings] == [("bilateral", "2023-10-19")]


def test_a_briefing_city_does_not_move_the_summit():
    x, _ = events("Presiden dijadwalkan menghadiri KTT ASEAN ke-32 yang akan digelar di Singapura pada 27-28 April. "
                  "Juru bicara dalam sesi briefing di Jakarta mengatakan KTT ASEAN tahun ini bertema \"Resilient\".")
    (s,) = x.summits
    assert (s.country, s.city) == ("SG", "Singapore")


def test_a_gathering_months_later_elsewhere_is_its_own_event():
    x, _ = events("KTT ASEAN ke-32 digelar di Singapura pada 27-28 April. Presiden akan mengajak para pemimpin "
                  "menghadiri ASEAN leaders gathering nanti di sela pertemuan tahunan IMF dan World Bank di Bali "
                  "pada Oktober.")
    gathering = next(s for s in x.summits if "gathering" in s.name.lower())
    assert (gathering.organization, gathering.country, gathering.city, gathering.start.iso) == ("ASEAN", "ID", "Bali", "2018-10")
    assert not any("gathering" in m.name.lower() for m in x.meetings)


def test_a_city_the_gazetteer_lacks_still_places_the_event_by_its_country():
    x, found = events("Rencana itu disepakati dalam KTT Liga Arab di Harmonia, Mesir, pada Selasa (4/3).",
                      published=dt.date(2025, 3, 7))
    assert found == [("KTT Liga Arab", "2025-03-04", None, "EG")]


def test_councils_of_foreign_ministers_are_ministerial_meetings():
    _, found = events("Menlu Sugiono menghadiri Pertemuan Luar Biasa Dewan Menteri Luar Negeri Organisasi Kerja Sama "
                      "Islam (OKI) di Jeddah, Arab Saudi, hari Jumat (7/3).", published=dt.date(2025, 3, 7))
    assert found == [("Pertemuan Luar Biasa Dewan Menteri Luar Negeri Organisasi Kerja Sama Islam (OKI)",
                      "2025-03-07", None, "SA")]
    x, found = events("OIC foreign ministers held an extraordinary meeting of the Council of Foreign Ministers "
                      "in Jeddah on Friday.", published=dt.date(2025, 3, 7))
    assert [m.kind for m in x.meetings] == ["ministerial"] and found[0][1:] == ("2025-03-07", None, "SA")


def test_a_place_talked_about_is_not_where_the_summit_is():
    _, found = events("VIENTIANE: Leaders will gather for the 45th ASEAN Summit, with the crisis in Myanmar "
                      "expected to top the agenda, from Oct 8 to 11.", published=dt.date(2024, 10, 7))
    assert found == [("45th ASEAN Summit", "2024-10-08", "2024-10-11", "LA")]


def test_a_back_reference_dates_the_summit_named_without_a_date():
    _, found = events("Presiden Joko Widodo bertolak ke Tokyo, Jumat (15/12), untuk menghadiri KTT Peringatan 50 Tahun "
                      "Hubungan ASEAN-Jepang. KTT tersebut akan berlangsung pada 16-18 Desember 2023.",
                      published=dt.date(2023, 12, 15))
    assert found == [("KTT Peringatan 50 Tahun Hubungan ASEAN-Jepang", "2023-12-16", "2023-12-18", "JP")]
    _, found = events("Prime Minister Anwar will attend the ASEAN-Japan Commemorative Summit in Tokyo. "
                      "The summit will be held from Dec 16 to 18.", published=dt.date(2023, 12, 15))
    assert found == [("ASEAN-Japan Commemorative Summit", "2023-12-16", "2023-12-18", "JP")]


def test_the_following_day_counts_from_the_day_named_before_it():
    x, found = events("Secretary-General of ASEAN Kao Kim Hourn attended the plenary session on 10 May 2023 and the "
                      "retreat session the following day.", published=dt.date(2023, 5, 11))
    assert [(name, start) for name, start, _, _ in found] == [("Plenary session", "2023-05-10"),
                                                            ("Retreat session", "2023-05-11")]


def test_the_day_of_arrival_is_not_the_summits_day():
    _, found = events("Presiden RI Prabowo Subianto tiba di Kuala Lumpur, Malaysia, Sabtu malam, untuk menghadiri "
                      "KTT ke-47 ASEAN yang berlangsung pada 26-28 Oktober 2025.", published=dt.date(2025, 10, 25))
    assert found == [("KTT ke-47 ASEAN", "2025-10-26", "2025-10-28", "MY")]


def test_a_date_after_two_joined_summits_is_both_summits_date():
    _, found = events("Presiden juga akan menghadiri KTT ASEAN-Amerika Serikat di Kuala Lumpur yang direncanakan "
                      "dihadiri Presiden AS Donald Trump, serta KTT Asia Timur ke-20 pada Senin (27/10).",
                      published=dt.date(2025, 10, 25))
    assert [(name, start) for name, start, _, _ in found] == [("KTT ASEAN-Amerika Serikat", "2025-10-27"),
                                                            ("KTT Asia Timur ke-20", "2025-10-27")]


def test_a_session_that_follows_another_is_held_the_same_day():
    _, found = events("Pada Minggu (26/10), Presiden menghadiri sesi pleno KTT ke-47 ASEAN, yang akan dilanjutkan "
                      "dengan sesi retreat.", published=dt.date(2025, 10, 25))
    assert ("Sesi retreat", "2025-10-26") in [(name, start) for name, start, _, _ in found]


def test_a_counted_days_summit_of_the_organisation_named_before_it():
    x, found = events("Leaders of the Group of Seven rich democracies will gather in the Japanese city of Hiroshima "
                      "from Friday for a three-day summit.", published=dt.date(2023, 5, 17))
    assert found == [("G7 summit", "2023-05-19", "2023-05-21", "JP")]
    assert x.summits[0].organization == "G7"


def test_a_lowercase_forum_is_not_a_meeting():
    _, found = events('"Kita akan aktif di semua forum," ujar Sugiono di Jakarta, Kamis (9/1/2025).',
                      published=dt.date(2025, 1, 9))
    assert found == []
    _, found = events("Presiden membuka Forum Bisnis ASEAN di Jakarta pada Kamis (9/1/2025).", published=dt.date(2025, 1, 9))
    assert [start for _, start, _, _ in found] == ["2025-01-09"]


def test_ministers_meeting_their_counterparts_are_bilateral_meetings_named_after_whom_they_meet():
    x, found = events("Menlu Sugiono bertemu Menteri Luar Negeri Tiongkok Wang Yi di Beijing pada Senin (13/1).",
                      published=dt.date(2025, 1, 9))
    assert found == [("Pertemuan dengan Menteri Luar Negeri Tiongkok Wang Yi", "2025-01-13", None, "CN")]
    x, found = events("Foreign Minister Sugiono met his Chinese counterpart Wang Yi in Beijing on Monday.",
                      published=dt.date(2025, 1, 9))
    assert found == [("Meeting with Wang Yi", "2025-01-06", None, "CN")]
    assert [m.kind for m in x.meetings] == ["bilateral"]
    # the sentence's full stop is not part of the name
    _, found = events("Pada Senin (13/1), Jokowi bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim.",
                      published=dt.date(2025, 1, 9))
    assert [name for name, _, _, _ in found] == ["Pertemuan dengan Perdana Menteri Malaysia Anwar Ibrahim"]


def test_a_summit_of_the_leaders_the_sentence_names():
    sep5 = dt.date(2023, 9, 5)
    for text in ("ASEAN leaders met in Jakarta on Tuesday for their annual summit.",
                 "Southeast Asian leaders opened their summit in Jakarta on Tuesday.",
                 "Para pemimpin ASEAN berkumpul di Jakarta, Selasa (5/9), untuk KTT tahunan mereka."):
        x, found = events(text, published=sep5)
        assert [(s.organization, s.start.iso, s.country) for s in x.summits] == [("ASEAN", "2023-09-05", "ID")], text
    x, _ = events("Jokowi will hold a summit with Biden in Jakarta on Sept 5.", published=sep5)
    assert x.summits == () and [m.kind for m in x.meetings] == ["bilateral"]


def test_arriving_to_attend_a_summit_on_a_weekday_speaks_of_the_coming_one():
    _, found = events("Chinese Premier Li Qiang arrived in Jakarta on Tuesday to attend the ASEAN-China summit "
                      "on Wednesday.", published=dt.date(2023, 9, 5))
    assert found == [("ASEAN-China summit", "2023-09-06", None, "ID")]


def test_the_un_general_assembly_is_an_event():
    _, found = events("Wapres menghadiri Sidang Majelis Umum PBB ke-78 di New York, Amerika Serikat, pada Selasa "
                      "(19/9/2023).", published=dt.date(2023, 9, 20))
    assert found == [("Sidang Majelis Umum PBB ke-78", "2023-09-19", None, "US")]
    _, found = events("President Joko Widodo addressed the UN General Assembly in New York on Sept 19.",
                      published=dt.date(2023, 9, 20))
    assert found == [("UN General Assembly", "2023-09-19", None, "US")]


def test_two_summits_held_together_are_two_summits_with_one_date_and_place():
    x, _ = events("Southeast Asian leaders will gather in Vientiane this week for the 44th and 45th ASEAN Summits. "
                  "The summits will run from Oct 8 to 11.", published=dt.date(2024, 10, 7))
    assert [(s.ordinal, s.organization, s.start.iso, s.end.iso, s.country) for s in x.summits] == [
        (44, "ASEAN", "2024-10-08", "2024-10-11", "LA"), (45, "ASEAN", "2024-10-08", "2024-10-11", "LA")]
    x, _ = events("Presiden Jokowi menghadiri KTT ke-44 dan ke-45 ASEAN di Vientiane, Laos, pada 8-11 Oktober 2024.",
                  published=dt.date(2024, 10, 7))
    assert [(s.name, s.ordinal, s.start.iso) for s in x.summits] == [("KTT ke-44 ASEAN", 44, "2024-10-08"),
                                                                    ("KTT ke-45 ASEAN", 45, "2024-10-08")]


def test_annual_consultations_between_two_leaders_are_bilateral_meetings():
    x, found = events("Presiden Prabowo dan PM Anwar menggelar Konsultasi Tahunan ke-13 Indonesia-Malaysia di "
                      "Putrajaya, Senin (27/1).", published=dt.date(2025, 1, 27))
    assert found == [("Konsultasi Tahunan ke-13 Indonesia-Malaysia", "2025-01-27", None, "MY")]
    assert [m.kind for m in x.meetings] == ["bilateral"]


def test_a_partner_meeting_inside_a_numbered_meetings_days_stays_its_own():
    x, found = events("Indonesia hadir dalam Pertemuan Menteri Luar Negeri ASEAN-China di Kuala Lumpur, Malaysia, "
                      "Kamis (10/7). Pertemuan itu merupakan bagian dari rangkaian Pertemuan Menlu ASEAN (AMM) ke-58 "
                      "yang berlangsung pada 8-11 Juli 2025.", published=dt.date(2025, 7, 10))
    assert [(name, start, end) for name, start, end, _ in found] == [
        ("Pertemuan Menteri Luar Negeri ASEAN-China", "2025-07-10", None),
        ("Pertemuan Menlu ASEAN (AMM) ke-58", "2025-07-08", "2025-07-11")]


def test_the_leaders_of_a_group_meeting_are_that_groups_summit_named_as_the_article_names_it():
    nov14 = dt.date(2024, 11, 14)
    x, found = events("Leaders of the 21 Asia-Pacific Economic Cooperation economies will meet in Lima on Nov 15-16. "
                      "Peru's President Dina Boluarte will host the APEC Economic Leaders' Meeting at the "
                      "Lima Convention Center.", published=nov14)
    assert found == [("APEC Economic Leaders' Meeting", "2024-11-15", "2024-11-16", "PE")]
    x, found = events("Para pemimpin ASEAN akan berkumpul di Kuala Lumpur pada 26-28 Oktober.", published=nov14)
    assert found == [("Pertemuan Pemimpin ASEAN", "2025-10-26", "2025-10-28", "MY")]
    # two leaders meeting are no group's summit
    x, _ = events("The two leaders met in Beijing on Monday.", published=nov14)
    assert x.summits == ()


def test_an_undated_summit_takes_the_day_of_the_sentence_before_when_that_one_names_no_event():
    _, found = events("Kepala negara dari 20 negara akan tiba di Bali pada Minggu (13/11). Mereka dijadwalkan "
                      "berada di Nusa Dua pada 15-16 November.\n\nKTT G20 akan membahas ketahanan pangan.",
                      published=dt.date(2022, 11, 10))
    assert [(name, start, end) for name, start, end, _ in found] == [("KTT G20", "2022-11-15", "2022-11-16")]
    # the day someone arrives, or a sentence naming an event of its own, lends nothing
    x, _ = events("Presiden tiba di Rio pada Minggu (17/11). KTT G20 akan membahas kelaparan.",
                  published=dt.date(2024, 11, 16))
    assert x.summits == ()


def test_a_numbered_meeting_elsewhere_is_not_the_undated_one_told_before():
    _, found = events("Mr Wong arrived in Malaysia on Monday for the 11th Malaysia-Singapore Leaders' Retreat "
                      "in Putrajaya on Tuesday (Jan 7). The two-day retreat in Malaysia is his first. "
                      "The 10th retreat was held in Singapore in October 2023.", published=dt.date(2025, 1, 7))
    # "the two-day retreat" is that one again: it lasts two days
    assert ("11th Malaysia-Singapore Leaders' Retreat", "2025-01-07", "2025-01-08", "MY") in found
    assert [(start, country) for name, start, _, country in found if name.startswith("Retreat")] == [
        ("2023-10", "SG")]


def test_an_annual_leaders_meeting_of_two_countries_is_a_bilateral_meeting():
    x, found = events("Indonesian President Prabowo Subianto and Australian Prime Minister Anthony Albanese on "
                      "Wednesday signed a treaty during the annual leaders' meeting in Canberra.",
                      published=dt.date(2025, 11, 12))
    assert found == [("Bilateral annual leaders' meeting", "2025-11-12", None, "AU")]
    assert [m.kind for m in x.meetings] == ["bilateral"]


def test_a_capital_named_by_its_country_places_the_summit_and_a_ceasefire_in_a_country_does_not():
    x, found = events("Southeast Asian leaders on Sunday called for an immediate ceasefire in Myanmar as they opened "
                      "the 47th ASEAN Summit in the Malaysian capital.", published=dt.date(2025, 10, 26))
    assert [(s.name, s.start.iso, s.city, s.country) for s in x.summits] == [
        ("47th ASEAN Summit", "2025-10-26", "Kuala Lumpur", "MY")]
    x, _ = events("KTT ke-47 ASEAN dibuka di ibu kota Malaysia pada Minggu (26/10).", published=dt.date(2025, 10, 26))
    assert [(s.city, s.country) for s in x.summits] == [("Kuala Lumpur", "MY")]


def test_the_day_a_summit_ends_is_its_last_day():
    for text in ("The 47th ASEAN Summit opened in Kuala Lumpur on Sunday. The summit ends on Tuesday.",
                 "KTT ke-47 ASEAN dibuka di Kuala Lumpur pada Minggu (26/10) dan ditutup pada Selasa (28/10)."):
        x, _ = events(text, published=dt.date(2025, 10, 26))
        assert [(s.start.iso, s.end.iso) for s in x.summits] == [("2025-10-26", "2025-10-28")], text
    # closing with another summit: that one is held that day
    _, found = events("The 33rd ASEAN Summit opens in Singapore on Tuesday (Nov 13). The summit will close on "
                      "Thursday with the East Asia Summit.", published=dt.date(2018, 11, 12))
    assert ("East Asia Summit", "2018-11-15") in [(name, start) for name, start, _, _ in found]


def test_held_since_a_day_is_the_first_day_of_a_summit_closed_on_a_later_one():
    x, _ = events("Presiden Joko Widodo resmi menutup KTT G20 di Nusa Dua, Bali, Rabu (16/11/2022). KTT yang "
                  "digelar sejak Selasa (15/11/2022) itu menghasilkan deklarasi.", published=dt.date(2022, 11, 16))
    assert [(s.start.iso, s.end.iso, s.country) for s in x.summits] == [("2022-11-15", "2022-11-16", "ID")]


def test_the_summit_means_the_numbered_one_not_a_partner_summit_held_beside_it():
    x, _ = events("Southeast Asian leaders opened the 47th ASEAN Summit in Kuala Lumpur on Sunday. Chinese Premier "
                  "Li Qiang will attend the ASEAN-China Summit on Monday. The summit ends on Tuesday.",
                  published=dt.date(2025, 10, 26))
    assert [(s.name, s.start.iso, s.end and s.end.iso) for s in x.summits] == [
        ("47th ASEAN Summit", "2025-10-26", "2025-10-28"), ("ASEAN-China Summit", "2025-10-27", None)]


def test_a_theme_or_chair_stated_without_the_events_name_belongs_to_the_summit_told_before():
    x, _ = events("KTT ke-47 ASEAN akan digelar di Kuala Lumpur pada 26-28 Oktober. Malaysia, sebagai Ketua ASEAN "
                  "2025, mengusung tema \u201cInclusivity and Sustainability\u201d.", published=dt.date(2025, 10, 20))
    assert [(s.theme, s.chair) for s in x.summits] == [("Inclusivity and Sustainability", "MY")]
    x, _ = events("Indonesia will host the 43rd ASEAN Summit in Jakarta on Sept 5-7. Indonesia holds the ASEAN "
                  "chairmanship this year under the theme \"ASEAN Matters: Epicentrum of Growth\".",
                  published=dt.date(2023, 8, 14))
    assert [(s.theme, s.chair) for s in x.summits] == [("ASEAN Matters: Epicentrum of Growth", "ID")]
    # next year's chair is not this summit's
    x, _ = events("KTT ke-43 ASEAN digelar di Jakarta pada 5-7 September. Filipina akan memegang keketuaan ASEAN "
                  "pada 2026.", published=dt.date(2023, 8, 14))
    assert [(s.theme, s.chair) for s in x.summits] == [(None, None)]


def test_an_ordinal_in_words_opens_the_name_and_the_stated_host_beats_a_place_told_of_another_meeting():
    x, _ = events("Malaysia will host the second ASEAN-GCC Summit on May 27, following the inaugural meeting in "
                  "Riyadh in October 2023.", published=dt.date(2025, 5, 20))
    assert [(s.name, s.ordinal, s.start.iso, s.country) for s in x.summits] == [
        ("Second ASEAN-GCC Summit", 2, "2025-05-27", "MY")]
    x, _ = events("Leaders gathered for the twenty-first ASEAN Summit in Phnom Penh on Nov 18, 2012.",
                  published=dt.date(2012, 11, 19))
    assert [(s.ordinal, s.country) for s in x.summits] == [(21, "KH")]


def test_summits_named_by_their_group_and_dated_are_new_even_after_the():
    x, found = events("Ishiba arrived in Jakarta on Friday evening after attending the ASEAN-related summits in "
                      "Vientiane, Laos, from Oct 9 to 11.", published=dt.date(2024, 10, 21))
    assert found == [("ASEAN-related summits", "2024-10-09", "2024-10-11", "LA")]
    # without days, "the ASEAN summits" is the summit told before, or nothing
    x, _ = events("Ishiba spoke about the ASEAN summits.", published=dt.date(2024, 10, 21))
    assert x.summits == ()


def test_two_leaders_first_meeting_is_a_bilateral_meeting():
    x, found = events("Japanese Prime Minister Shigeru Ishiba and Indonesian President Prabowo Subianto agreed on "
                      "Saturday to strengthen maritime cooperation, during their first meeting in Jakarta.",
                      published=dt.date(2024, 10, 21))
    assert found == [("Bilateral first meeting", "2024-10-19", None, "ID")]
    assert [m.kind for m in x.meetings] == ["bilateral"]


def test_ministers_of_a_field_meeting_are_a_ministerial_meeting():
    _, found = events("The ASEAN foreign ministers will meet on Monday (May 8) ahead of the summit.",
                      published=dt.date(2023, 5, 3))
    assert found == [("ASEAN foreign ministers meeting", "2023-05-08", None, None)]
    x, _ = events("The ministers met reporters after the session on Monday.", published=dt.date(2023, 5, 3))
    assert x.meetings == ()


def test_a_summit_of_leaders_from_a_group_its_next_one_and_a_gathering_of_a_kind():
    x, found = events("KAZAN, Russia, Oct 23 (Reuters) - Russian President Vladimir Putin hosted leaders from BRICS "
                      "countries on Wednesday at a summit in the city of Kazan, the first such gathering since the "
                      "bloc expanded last year. Brazil will host next year's summit.", published=dt.date(2024, 10, 23))
    assert found == [("BRICS summit", "2024-10-23", None, "RU"), ("BRICS summit", "2025", None, "BR")]
    assert x.article.dateline == "Kazan" and x.article.source == "Reuters"


def test_a_two_day_summit_that_ended_on_the_day_told_began_the_day_before():
    x, _ = events("LABUAN BAJO, Indonesia (Reuters) - Marcos and Anwar talked on Thursday (May 11) on the sidelines "
                  "of the 42nd ASEAN Summit. Jokowi chaired the two-day summit, which ended on Thursday. Anwar said "
                  "Malaysia would host the ASEAN summit in 2025.", published=dt.date(2023, 5, 11))
    assert [(s.ordinal, s.start.iso, s.end and s.end.iso, s.country) for s in x.summits] == [
        (42, "2023-05-10", "2023-05-11", "ID"), (None, "2025", None, "MY")]


def test_more_groupings_and_forums_are_events():
    june = dt.date(2024, 6, 1)
    _, found = events("The Quad Leaders' Summit will be held in Wilmington on Sept 21.", published=june)
    assert [(name, start) for name, start, _, _ in found] == [("Quad Leaders' Summit", "2024-09-21")]
    _, found = events("The Commonwealth Heads of Government Meeting (CHOGM) will take place in Samoa on Oct 21-26.",
                      published=june)
    assert found == [("Commonwealth Heads of Government Meeting (CHOGM)", "2024-10-21", "2024-10-26", "WS")]
    _, found = events("The Shangri-La Dialogue opened in Singapore on Friday.", published=june)
    assert found == [("Shangri-La Dialogue", "2024-05-31", None, "SG")]
    x, _ = events("The dialogue between the two sides continued on Friday.", published=june)
    assert x.summits == () and x.meetings == ()


def test_a_summit_named_by_its_place_with_a_date_of_its_own_is_an_event():
    nov = dt.date(2023, 11, 10)
    _, found = events("Biden and Xi last met at the Bali summit in November 2022.", published=nov)
    assert found == [("Bali summit", "2022-11", None, "ID")]
    _, found = events("Jokowi menghadiri KTT Bali pada November tahun lalu.", published=nov)
    assert found == [("KTT Bali", "2022-11", None, "ID")]
    # with no date of its own, "the summit in Bali" is only a back-reference
    x, _ = events("The summit in Bali ended on Tuesday.", published=nov)
    assert x.summits == ()


def test_a_meeting_of_a_groups_leaders_in_indonesian_is_its_summit():
    _, found = events("Konsensus itu disepakati dalam Pertemuan Pemimpin ASEAN (ALM) di Jakarta pada Sabtu (24/4/2021).",
                      published=dt.date(2021, 4, 25))
    assert found == [("Pertemuan Pemimpin ASEAN (ALM)", "2021-04-24", None, "ID")]


def test_a_partner_meeting_of_a_series_and_a_bilateral_meeting_on_its_sidelines():
    _, found = events("Airlangga menghadiri Pertemuan Menteri Ekonomi ASEAN (AEM) ke-56 di Vientiane, Laos, pada "
                      "20-23 September 2024. Airlangga juga bertemu dengan Menteri Perdagangan Jepang Ken Saito di "
                      "sela-sela pertemuan AEM-Jepang ke-30 pada Sabtu (21/9/2024).", published=dt.date(2024, 9, 22))
    assert found == [("Pertemuan Menteri Ekonomi ASEAN (AEM) ke-56", "2024-09-20", "2024-09-23", "LA"),
                     ("Pertemuan dengan Menteri Perdagangan Jepang Ken Saito", "2024-09-21", None, "LA"),
                     ("AEM-Jepang ke-30", "2024-09-21", None, "LA")]


def test_a_leaders_week_and_where_a_visit_goes():
    _, found = events("Prime Minister Lawrence Wong will travel to Gyeongju, South Korea, from Oct 30 to Nov 1 for the "
                      "APEC Economic Leaders' Week. Mr Wong will also make an official visit to Seoul on Nov 2.",
                      published=dt.date(2025, 10, 28))
    assert found == [("APEC Economic Leaders' Week", "2025-10-30", "2025-11-01", "KR"),
                     ("Official visit", "2025-11-02", None, "KR")]


def test_sherpa_meetings_are_senior_officials_meetings():
    x, found = events("Pertemuan Sherpa G20 keempat akan berlangsung di Labuan Bajo pada 11-14 Juli.",
                      published=dt.date(2022, 7, 10))
    assert found == [("Pertemuan Sherpa G20 keempat", "2022-07-11", "2022-07-14", "ID")]
    assert [m.kind for m in x.meetings] == ["senior_officials"]


def test_a_last_day_months_after_the_start_is_not_the_summits():
    x, _ = events("The 47th ASEAN Summit opened in Kuala Lumpur on Sunday. The summit ends on Dec 28.",
                  published=dt.date(2025, 10, 26))
    assert [(s.start.iso, s.end) for s in x.summits] == [("2025-10-26", None)]


def test_a_summit_told_only_by_its_kind_on_a_day_of_a_named_summit_there_is_that_summit():
    _, found = events("TOKYO: Leaders of ASEAN and Japan on Sunday (Dec 17) adopted a joint vision statement at a "
                      "special summit in Tokyo. Japanese Prime Minister Fumio Kishida hosted the three-day ASEAN-Japan "
                      "Commemorative Summit, which began on Saturday.", published=dt.date(2023, 12, 17))
    assert found == [("ASEAN-Japan Commemorative Summit", "2023-12-16", "2023-12-18", "JP")]


def test_a_summit_told_only_by_its_closing_day_was_held_that_month_and_ended_that_day():
    _, found = events("Sebelumnya, Jokowi baru saja memimpin KTT ke-43 ASEAN di Jakarta yang ditutup pada Kamis (7/9).",
                      published=dt.date(2023, 9, 8))
    assert found == [("KTT ke-43 ASEAN", "2023-09", "2023-09-07", "ID")]


def test_summits_with_two_partners_and_a_groups_numbered_summit():
    may = dt.date(2025, 5, 20)
    _, found = events("KTT ASEAN-GCC kedua dan KTT ASEAN-GCC-Tiongkok pertama akan digelar pada 27 Mei.", published=may)
    assert [(name, start) for name, start, _, _ in found] == [("KTT ASEAN-GCC", "2025-05-27"),
                                                              ("KTT ASEAN-GCC-Tiongkok", "2025-05-27")]
    x, _ = events("KTT ASEAN-GCC kedua dan KTT ASEAN-GCC-Tiongkok pertama akan digelar pada 27 Mei.", published=may)
    # the other side of each series, which tells them from each other and from ASEAN's own summits
    assert [(s.organization, s.partners) for s in x.summits] == [("ASEAN", ("GCC",)), ("ASEAN", ("GCC", "CN"))]
    x, _ = events("Pada tanggal 26 Mei, para pemimpin ASEAN akan membuka KTT ke-46.", published=may)
    assert x.summits[0].partners == ()
    assert [(s.name, s.ordinal, s.organization) for s in x.summits] == [("KTT ke-46 ASEAN", 46, "ASEAN")]


def test_the_day_of_arrival_opens_a_visit():
    mar = dt.date(2025, 3, 10)
    for text in ("Prabowo tiba di Hanoi pada Minggu (9/3) malam untuk kunjungan kenegaraan selama dua hari.",
                 "President Prabowo arrived in Hanoi on Sunday for a two-day state visit."):
        _, found = events(text, published=mar)
        assert [(start, end, country) for _, start, end, country in found] == [("2025-03-09", "2025-03-10", "VN")], text


def test_leaders_meeting_somewhere_on_a_day_beside_a_mention_of_the_summit():
    x, _ = events("HIROSHIMA, Japan, May 20 (Reuters) - Group of Seven leaders meeting in Hiroshima on Saturday "
                  "pledged to tighten sanctions, as Zelenskiy arrived to attend the summit in person. The G7 summit "
                  "runs until Sunday.", published=dt.date(2023, 5, 20))
    assert [(s.organization, s.start.iso, s.end.iso, s.country) for s in x.summits] == [
        ("G7", "2023-05-20", "2023-05-21", "JP")]


def test_a_meeting_on_the_sidelines_of_a_summit_borrows_no_day_from_the_sentence_before():
    x, _ = events("Wapres hadir di KTT G20 di Johannesburg pada 22-23 November 2025. Gibran dijadwalkan berbicara "
                  "pada sesi pertama pada Sabtu siang. Di sela KTT, Gibran juga akan bertemu dengan Perdana Menteri "
                  "India Narendra Modi.", published=dt.date(2025, 11, 22))
    assert [m for m in x.meetings if m.kind == "bilateral"] == []  # undated: not a week on, as borrowed before


def test_a_meeting_in_another_country_days_after_a_summit_is_not_part_of_it():
    x, _ = events("Presiden berpidato pada KTT Gabungan Luar Biasa Arab-Islam di Riyadh, Arab Saudi, Sabtu (11/11/2023). "
                  "Dari Riyadh, Presiden melanjutkan perjalanan ke Washington DC, Amerika Serikat, untuk bertemu "
                  "Presiden Joe Biden di Gedung Putih pada Senin (13/11/2023).", published=dt.date(2023, 11, 12))
    (meeting,) = x.meetings
    assert (meeting.start.iso, meeting.country, meeting.summit) == ("2023-11-13", "US", None)


def test_a_minister_and_his_counterpart_who_met_are_a_bilateral_meeting_named_after_the_counterpart():
    _, found = events("Sugiono and his Australian counterpart Penny Wong met in Jakarta on Tuesday.",
                      published=dt.date(2025, 1, 9))
    assert found == [("Meeting with Penny Wong", "2025-01-07", None, "ID")]


def test_joint_commission_meetings_are_bilateral_meetings():
    aug = dt.date(2025, 8, 20)
    x, found = events("Menlu Sugiono dan Menlu Malaysia Mohamad Hasan memimpin Sidang Komisi Bersama (SKB) RI-Malaysia "
                      "ke-17 di Jakarta pada Selasa (19/8).", published=aug)
    assert found == [("Sidang Komisi Bersama (SKB) RI-Malaysia ke-17", "2025-08-19", None, "ID")]
    _, found = events("The 17th Indonesia-Malaysia Joint Commission Meeting was held in Jakarta on Tuesday.", published=aug)
    assert found == [("17th Indonesia-Malaysia Joint Commission Meeting", "2025-08-19", None, "ID")]
    assert [m.kind for m in x.meetings] == ["bilateral"]


def test_pertemuan_puncak_is_a_summit():
    _, found = events("Presiden akan menghadiri Pertemuan Puncak G20 di Roma, Italia, pada 30-31 Oktober 2021.",
                      published=dt.date(2021, 10, 25))
    assert found == [("Pertemuan Puncak G20", "2021-10-30", "2021-10-31", "IT")]


def test_a_bilateral_on_the_sidelines_of_the_gathering_told_before_is_held_that_day():
    july = dt.date(2025, 7, 9)
    _, found = events("Menlu Sugiono menghadiri Pertemuan Menteri Luar Negeri ASEAN (AMM) ke-58 di Kuala Lumpur, "
                      "Malaysia, Selasa (8/7). Dalam pertemuan itu, Sugiono menegaskan pentingnya Kode Etik. Di sela "
                      "pertemuan, Menlu melakukan pertemuan bilateral dengan mitranya dari Australia, Penny Wong.",
                      published=july)
    assert [(start, country) for _, start, _, country in found] == [("2025-07-08", "MY"), ("2025-07-08", "MY")]
    x, _ = events("Presiden menghadiri KTT Luar Biasa OKI di Doha, Qatar, Senin (15/9). Di sela-sela acara tersebut, "
                  "Presiden melakukan pertemuan bilateral dengan Emir Qatar.", published=dt.date(2025, 9, 15))
    (bilateral,) = x.meetings
    assert (bilateral.start.iso, bilateral.summit, bilateral.country) == ("2025-09-15", "s1", "QA")


def test_di_sela_a_named_gathering_is_no_back_reference_and_a_summit_of_several_days_gives_no_day():
    _, found = events("Menlu menghadiri AMM ke-58 di Kuala Lumpur, Selasa (8/7). Di sela pertemuan Dewan Keamanan PBB "
                      "di New York, Menlu melakukan pertemuan bilateral.", published=dt.date(2025, 7, 9))
    assert [start for _, start, _, _ in found] == ["2025-07-08"]
    x, _ = events("Presiden menghadiri KTT ke-47 ASEAN di Kuala Lumpur pada 26-28 Oktober 2025. Di sela KTT tersebut, "
                  "Presiden melakukan pertemuan bilateral dengan Perdana Menteri Jepang.", published=dt.date(2025, 10, 26))
    assert x.meetings == ()  # on one of the three days, which the text does not tell


def test_the_host_a_side_summit_is_held_at_shares_its_day_when_dated_nowhere_else():
    x, _ = events("Menlu Sugiono menghadiri KTT Asia Timur di sela KTT ASEAN ke-47 di Kuala Lumpur, Senin (27/10).",
                  published=dt.date(2025, 10, 27))
    assert sorted((s.name, s.start.iso) for s in x.summits) == [("KTT ASEAN ke-47", "2025-10-27"),
                                                               ("KTT Asia Timur", "2025-10-27")]


def test_ministers_meetings_named_by_their_group_and_their_portfolio():
    sep2 = dt.date(2025, 9, 2)
    _, found = events("Cho will take part in the ASEAN Plus Three foreign ministers' meeting and the East Asia Summit "
                      "foreign ministers' meeting, both slated for Sept. 24.", published=sep2)
    assert found == [("ASEAN Plus Three foreign ministers' meeting", "2025-09-24", None, None),
                     ("East Asia Summit foreign ministers' meeting", "2025-09-24", None, None)]
    may16 = dt.date(2025, 5, 16)
    _, found = events("The APEC Ministers Responsible for Trade meeting, held on May 15-16, ended on Friday.",
                      published=may16)
    assert found == [("APEC Ministers Responsible for Trade", "2025-05-15", "2025-05-16", None)]
    _, found = events("APEC trade ministers met in Jeju on Thursday. Senior officials had met on the island from "
                      "May 10 to 14.", published=may16)
    assert found == [("APEC trade ministers meeting", "2025-05-15", None, "KR"),
                     ("Senior officials meeting", "2025-05-10", "2025-05-14", None)]


def test_the_summit_next_year_is_the_next_of_the_series_and_a_working_visit_is_an_event():
    nov20 = dt.date(2025, 11, 20)
    _, found = events("The G20 summit will take place on Nov. 22-23 in Johannesburg. South Africa will hand over the "
                      "presidency to the United States, which will host the summit next year.", published=nov20)
    assert found == [("G20 summit", "2025-11-22", "2025-11-23", "ZA"), ("G20 summit", "2026", None, "US")]
    _, found = events("Prabowo will make a three-day working visit to Japan from Nov. 25 to 27.", published=nov20)
    assert found == [("Working visit", "2025-11-25", "2025-11-27", "JP")]


def test_talks_held_are_named_after_whom_they_are_held_with_and_other_portfolios_meet_apart():
    aug21 = dt.date(2025, 8, 21)
    _, found = events("SEOUL, Aug. 21 (Yonhap) -- Lee will hold talks with Ishiba on Saturday. The two leaders "
                      "held talks on Monday.", published=aug21)
    assert [(name, start) for name, start, _, _ in found] == [("Talks with Ishiba", "2025-08-23"),
                                                            ("Bilateral talks", "2025-08-18")]
    _, found = events("Earlier this year, G20 foreign ministers met in Johannesburg on Feb. 20-21, followed by finance "
                      "ministers and central bank governors in Cape Town in late February.", published=aug21)
    assert found == [("G20 foreign ministers meeting", "2025-02-20", "2025-02-21", "ZA"),
                     ("Finance ministers", "2025-02", None, "ZA")]


def test_a_leader_meeting_a_known_leader_named_without_a_title():
    _, found = events("Trump met Xi in Busan on Thursday, agreeing to a one-year truce. Leaders met May 5 in Manila.",
                      published=dt.date(2025, 10, 31))
    assert found == [("Meeting with Xi", "2025-10-30", None, "KR")]


def test_an_event_of_so_many_days_that_ended_on_a_day_began_that_many_days_before():
    _, found = events("The three-day Shangri-La Dialogue, organised by the International Institute for Strategic "
                      "Studies, ended on Sunday.", published=dt.date(2025, 6, 2))
    assert found == [("Shangri-La Dialogue", "2025-05-30", "2025-06-01", None)]


def test_a_visit_paid_for_a_summit_gives_the_summit_its_days():
    _, found = events("President Vladimir Putin paid a state visit to India on 4-5 December 2025 for the 23rd "
                      "India-Russia Annual Summit.", published=dt.date(2025, 12, 5))
    assert ("23rd India-Russia Annual Summit", "2025-12-04", "2025-12-05", "IN") in found


def test_talks_with_a_minister_on_the_sidelines_of_a_named_meeting_are_a_bilateral_of_that_day():
    july = dt.date(2025, 7, 9)
    x, _ = events("Menlu Sugiono menghadiri AMM ke-58 di Kuala Lumpur, Selasa (8/7). Sugiono juga bertemu Menteri Luar "
                  "Negeri Tiongkok Wang Yi di sela AMM ke-58, Rabu (9/7).", published=july)
    assert [(m.kind, m.start.iso, m.country) for m in x.meetings] == [
        ("ministerial", "2025-07-08", "MY"), ("bilateral", "2025-07-09", "MY")]
    x, _ = events("Di sela AMM ke-58 di Kuala Lumpur, Sugiono juga bertemu Menlu Jepang Takeshi Iwaya pada Kamis (10/7).",
                  published=july)
    assert [(m.kind, m.start.iso) for m in x.meetings] == [("ministerial", "2025-07-10"), ("bilateral", "2025-07-10")]


def test_a_preparatory_meeting_before_a_summit_is_a_meeting_of_it():
    x, _ = events("KTT Luar Biasa OKI digelar di Doha, Qatar, Senin (15/9). Sebelumnya, para menteri luar negeri OKI "
                  "telah menggelar pertemuan persiapan pada Minggu (14/9).", published=dt.date(2025, 9, 15))
    assert [(m.start.iso, m.summit, m.country) for m in x.meetings] == [("2025-09-14", "s1", "QA")]


def test_the_day_and_place_of_a_quote_are_the_speakers_not_the_events():
    x, _ = events('Presiden dijadwalkan menghadiri KTT APEC di Gyeongju, Korea Selatan, pada 31 Oktober-1 November. '
                  '"Presiden juga akan melakukan sejumlah pertemuan bilateral," kata Sugiono di Kompleks Istana '
                  'Kepresidenan, Jakarta, Selasa (28/10).', published=dt.date(2025, 10, 28))
    assert x.meetings == ()  # not a bilateral in Jakarta on the day Sugiono spoke
    _, found = events('"Presiden akan menghadiri KTT APEC di Gyeongju," ujar Sugiono kepada wartawan di Istana Merdeka, '
                      'Jakarta, Senin (27/10). KTT APEC digelar pada 31 Oktober-1 November.', published=dt.date(2025, 10, 27))
    assert [(start, end, country) for _, start, end, country in found] == [("2025-10-31", "2025-11-01", "KR")]
    _, found = events('"Kami siap," ujar Jokowi usai KTT ASEAN di Singapura, Sabtu (28/4).')
    assert [(start, country) for _, start, _, country in found] == [("2018-04-28", "SG")]


def test_summits_listed_with_their_places_share_the_date_told_before_them():
    _, found = events("Kao mengapresiasi peran Indonesia saat memegang keketuaan ASEAN pada 2023 lalu, termasuk "
                      "penyelenggaraan KTT ke-42 ASEAN di Labuan Bajo dan KTT ke-43 ASEAN di Jakarta.",
                      published=dt.date(2025, 6, 5))
    assert [(start, country) for _, start, _, country in found] == [("2023", "ID"), ("2023", "ID")]


def test_a_foreign_ministers_retreat_is_a_ministerial_meeting_not_a_session_of_a_later_summit():
    x, _ = events("Pertemuan itu membahas persiapan KTT ke-48 ASEAN yang akan digelar di Filipina pada Mei 2026. Havas "
                  "juga menghadiri ASEAN Foreign Ministers' Retreat di Manila pada 21 Januari 2026.",
                  published=dt.date(2026, 1, 20))
    assert [(m.kind, m.start.iso, m.summit) for m in x.meetings] == [("ministerial", "2026-01-21", None)]


def test_the_sentence_after_a_meeting_that_refers_back_to_it_tells_its_days():
    _, found = events("Menlu Sugiono telah menghadiri Pertemuan Menteri Luar Negeri G20 di Johannesburg, Afrika Selatan, "
                      "pekan lalu. Pertemuan itu berlangsung pada 20-21 Februari 2025.", published=dt.date(2025, 2, 24))
    assert [(start, end, country) for _, start, end, country in found] == [("2025-02-20", "2025-02-21", "ZA")]
    _, found = events("Menlu Sugiono menghadiri Pertemuan Menteri Luar Negeri G20 di Johannesburg pekan lalu. "
                      "Sugiono kembali ke Jakarta pada Sabtu (22/2).", published=dt.date(2025, 2, 24))
    assert [start for _, start, _, _ in found] == ["2025-02"]  # his return is not the meeting's day


def test_a_day_before_a_span_is_before_its_first_day_and_a_day_after_it_after_its_last():
    jan = dt.date(2026, 1, 8)
    x, _ = events("Indonesia menggelar KTT D-8 di Jakarta pada 15-17 April 2026. Indonesia juga akan menggelar Forum "
                  "Bisnis D-8 sehari sebelum KTT.", published=jan)
    assert [(m.name, m.start.iso, m.summit) for m in x.meetings] == [("Forum Bisnis D-8", "2026-04-14", "s1")]
    x, _ = events("Indonesia menggelar KTT D-8 di Jakarta pada 15-17 April 2026. Sehari kemudian, para menteri "
                  "menggelar pertemuan tingkat menteri.", published=jan)
    assert [m.start.iso for m in x.meetings] == ["2026-04-18"]


def test_a_summit_held_online_is_not_placed_where_the_reporter_writes():
    x, _ = events("TEMPO.CO, Jakarta - Presiden Prabowo Subianto mengikuti KTT BRICS secara virtual dari Istana "
                  "Kepresidenan Jakarta pada Senin malam, 8 September 2025.", published=dt.date(2025, 9, 8))
    assert [(s.start.iso, s.country) for s in x.summits] == [("2025-09-08", None)]


def test_a_summit_that_started_on_a_weekday_ends_on_the_first_such_weekday_after():
    # written on Tuesday 17 June 2025: Sunday is two days ago, Tuesday today, not a week ahead
    _, found = events("The G7 summit, which started Sunday, ends on Tuesday.", published=dt.date(2025, 6, 17))
    assert found == [("G7 summit", "2025-06-15", "2025-06-17", None)]
    _, found = events("KANANASKIS, Canada, June 17 Kyodo - Leaders met on the first day of the three-day G7 summit, "
                      "which started Sunday.", published=dt.date(2025, 6, 17))
    assert found == [("G7 summit", "2025-06-15", "2025-06-17", "CA")]


def test_a_trilateral_summit_is_no_bilateral_one_and_its_planned_host_holds_it():
    _, found = events("TOKYO, Oct 24 Kyodo - Japan is arranging to host a trilateral summit with China and South "
                      "Korea early next year.", published=dt.date(2025, 10, 24))
    assert found == [("Trilateral summit", "2026", None, "JP")]


def test_the_day_of_a_clause_about_someone_is_not_the_day_of_the_talks_after_it():
    _, found = events("Takaichi, who took office Tuesday, is expected to hold her first in-person talks with Chinese "
                      "President Xi Jinping.", published=dt.date(2025, 10, 24))
    assert found == []  # talks with no day of their own are no dated event


def test_the_retreat_told_again_is_the_foreign_ministers_retreat():
    _, found = events("Langkawi, Malaysia (ANTARA) - Indonesia's Foreign Minister Sugiono called on ASEAN member states "
                      "to stay united during the ASEAN Foreign Ministers' Retreat in Langkawi on January 18-19, 2025.\n\n"
                      "Sugiono also held a bilateral meeting with Thai Foreign Minister Maris Sangiampongsa on the "
                      "sidelines of the retreat on Saturday.", published=dt.date(2025, 1, 19))
    assert found == [("ASEAN Foreign Ministers' Retreat", "2025-01-18", "2025-01-19", "MY"),
                     ("Bilateral meeting", "2025-01-18", None, "MY")]


def test_a_two_plus_two_meeting_and_an_annual_leaders_meeting_looked_forward_to():
    dec3 = dt.date(2025, 12, 3)
    _, found = events("Ministers met in Canberra today for the ninth Australia-Indonesia Foreign and Defence Ministers' "
                      "2+2 Meeting.", published=dec3)
    assert found == [("Defence Ministers' 2+2 Meeting", "2025-12-03", None, "AU")]
    x, found = events("Ministers looked forward to the Annual Leaders' Meeting in Australia in March.", published=dec3)
    assert found == [("Annual Leaders' Meeting", "2026-03", None, "AU")]
    assert [m.kind for m in x.meetings] == ["bilateral"]


def test_the_g20_finance_track_and_the_spring_meetings_it_is_held_at():
    x, _ = events("Menteri Keuangan Sri Mulyani Indrawati menghadiri Pertemuan Menteri Keuangan dan Gubernur Bank "
                  "Sentral G20 (FMCBG) di Washington DC, Amerika Serikat, 23-24 April 2025, di sela Pertemuan Musim "
                  "Semi IMF-Bank Dunia. Pertemuan FMCBG berikutnya dijadwalkan berlangsung di Durban, Afrika Selatan, "
                  "pada Juli mendatang.", published=dt.date(2025, 4, 25))
    assert [(m.name, m.start.iso, m.country) for m in x.meetings] == [
        ("Pertemuan Menteri Keuangan dan Gubernur Bank Sentral G20 (FMCBG)", "2025-04-23", "US"),
        ("Pertemuan FMCBG", "2025-07", "ZA")]
    assert [(s.name, s.start.iso) for s in x.summits] == [("Pertemuan Musim Semi IMF-Bank Dunia", "2025-04-23")]


def test_a_ceo_summit_is_a_meeting_beside_the_leaders_summit_and_a_counted_day_of_the_summit_dates_its_session():
    x, _ = events("Presiden Prabowo Subianto tiba di Gyeongju, Korea Selatan, untuk menghadiri Pertemuan Pemimpin "
                  "Ekonomi APEC (APEC Economic Leaders' Meeting/AELM) 2025 yang berlangsung pada 31 Oktober-1 November. "
                  "Presiden dijadwalkan berbicara di APEC CEO Summit pada Jumat pagi. Pada hari kedua KTT, para "
                  "pemimpin akan menggelar sesi retreat.", published=dt.date(2025, 10, 30))
    assert [(s.start.iso, s.end.iso) for s in x.summits] == [("2025-10-31", "2025-11-01")]
    assert [(m.name, m.start.iso, m.summit) for m in x.meetings] == [
        ("APEC CEO Summit", "2025-10-31", "s1"), ("Sesi retreat", "2025-11-01", "s1")]


def test_a_community_council_named_by_its_short_form():
    _, found = events("The agreement was concluded at the 27th AEC Council Meeting held earlier this month.",
                      published=dt.date(2025, 10, 26))
    assert found == [("27th AEC Council Meeting", "2025-10", None, None)]


def test_named_conferences_are_gatherings():
    _, found = events("Peringatan 70 Tahun Konferensi Asia Afrika (KAA) digelar di Bandung pada 18-19 April 2025. Menlu "
                      "menghadiri Konferensi Internasional tentang Solusi Dua Negara di New York, 28-29 Juli 2025.",
                      published=dt.date(2025, 4, 10))
    assert [(start, end, country) for _, start, end, country in found] == [
        ("2025-04-18", "2025-04-19", "ID"), ("2025-07-28", "2025-07-29", "US")]


def test_numbered_sessions_and_the_opening_ceremony_are_sessions_of_the_summit_read_so_far():
    x, _ = events("KTT G20 digelar di New Delhi pada 9-10 September 2023. Presiden akan berbicara pada sesi pertama "
                  "mengenai \"One Earth\" pada Sabtu pagi.", published=dt.date(2023, 9, 8))
    assert [(m.kind, m.start.iso, m.summit) for m in x.meetings] == [("plenary", "2023-09-09", "s1")]
    x, _ = events("KTT ASEAN digelar di Kuala Lumpur pada 26-28 Oktober 2025. Presiden menghadiri Sesi Pleno KTT ke-47 "
                  "ASEAN pada Minggu (26/10) pagi.", published=dt.date(2025, 10, 25))
    assert [(s.ordinal, s.start.iso) for s in x.summits] == [(47, "2025-10-26")]
    assert [(m.kind, m.start.iso, m.summit) for m in x.meetings] == [("plenary", "2025-10-26", "s1")]


def test_an_unplaced_summit_named_right_after_an_arrival_is_held_where_the_traveller_arrived():
    x, _ = events("Presiden Prabowo Subianto tiba di Bandar Udara Internasional Kuala Lumpur, Malaysia, pada Minggu, "
                  "25 Mei 2025, malam. Kedatangan Presiden untuk menghadiri KTT Ke-46 ASEAN yang akan berlangsung pada "
                  "26-27 Mei 2025.", published=dt.date(2025, 5, 25))
    assert [(s.start.iso, s.country, s.city) for s in x.summits] == [("2025-05-26", "MY", "Kuala Lumpur")]
    x, _ = events("Presiden tiba kembali di Tanah Air pada Minggu malam. Sebelumnya Presiden menghadiri KTT Ke-46 "
                  "ASEAN pada 26-27 Mei 2025.", published=dt.date(2025, 5, 28))
    assert [s.country for s in x.summits] == [None]


def test_talks_on_the_sidelines_of_a_bare_kind_word_lend_it_no_day():
    x, _ = events("Menlu Sugiono menghadiri ASEAN Foreign Ministers' Retreat di Langkawi, Malaysia, pada 18-19 Januari "
                  "2025. Di sela-sela retreat, Menlu Sugiono juga melakukan pertemuan bilateral dengan Menlu Malaysia "
                  "pada Minggu (19/1).", published=dt.date(2025, 1, 19))
    assert [(m.kind, m.start.iso) for m in x.meetings] == [("ministerial", "2025-01-18"), ("bilateral", "2025-01-19")]


def test_at_the_same_time_gives_the_days_of_the_event_told_last():
    x, _ = events("Menlu Sugiono memimpin delegasi RI pada Pertemuan Tingkat Menteri GNB di Kampala, Uganda, 15-16 "
                  "Oktober 2025. Sementara itu, Wamenlu Anis Matta menghadiri Pertemuan Luar Biasa Dewan Menteri Luar "
                  "Negeri OKI di Istanbul pada waktu yang sama.", published=dt.date(2025, 10, 13))
    assert [(m.start.iso, m.end.iso, m.country) for m in x.meetings] == [
        ("2025-10-15", "2025-10-16", "UG"), ("2025-10-15", "2025-10-16", "TR")]


def test_the_sentence_after_a_meeting_that_says_how_long_it_lasts_gives_its_last_day():
    _, found = events("Labuan Bajo (ANTARA) - Pertemuan Tingkat Menteri Pariwisata ASEAN (M-ATM) ke-28 resmi dibuka di "
                      "Labuan Bajo, Nusa Tenggara Timur, Rabu pukul 09.00 WITA. Menteri Pariwisata Widiyanti Putri "
                      "Wardhana membuka pertemuan yang berlangsung hingga Jumat (31/1) tersebut.",
                      published=dt.date(2025, 1, 29))
    assert [(start, end, country) for _, start, end, country in found] == [("2025-01-29", "2025-01-31", "ID")]


def test_a_series_meeting_joined_by_a_hyphen_is_read_alone_in_its_sentence():
    _, found = events("Menhan hadir di Kuala Lumpur, Jumat (31/10/2025).\n\n"
                      "ADMM-Plus ke-12 digelar pada 1/11 di Kuala Lumpur.\n", published=dt.date(2025, 10, 31))
    assert found == [("ADMM-Plus ke-12", "2025-11-01", None, "MY")]


def test_a_general_assembly_of_parliaments_is_a_meeting():
    _, found = events("Jakarta (ANTARA) - DPR RI akan menjadi tuan rumah Sidang Umum AIPA ke-44 pada 5-11/8 di "
                      "Jakarta.", published=dt.date(2023, 8, 4))
    assert found == [("Sidang Umum AIPA ke-44", "2023-08-05", "2023-08-11", "ID")]


def test_a_summit_span_ending_on_a_placed_day_of_it_is_held_there_not_at_the_dateline():
    _, found = events("Liputan6.com, Jakarta - Sugiono menghadiri KTT BRICS di Kazan, Rusia, Kamis (24/10/2024). "
                      "KTT BRICS ke-16 itu berlangsung pada 22-24 Oktober 2024.", published=dt.date(2024, 10, 24))
    assert ("KTT BRICS ke-16", "2024-10-22", "2024-10-24", "RU") in found


def test_a_council_of_ministers_is_a_meeting_and_its_members_body_no_person():
    x, found = events("Jakarta (ANTARA) - Wamenlu Pahala Mansury hadir pada Pertemuan Dewan Menteri Asosiasi "
                      "Negara-Negara Lingkar Samudra Hindia (IORA) ke-23 yang digelar pada Rabu.",
                      published=dt.date(2023, 10, 11))
    assert [(name, start) for name, start, _, _ in found] == [
        ("Pertemuan Dewan Menteri Asosiasi Negara-Negara Lingkar Samudra Hindia (IORA) ke-23", "2023-10-11")]
    assert [p.name for p in x.participants] == ["Pahala Mansury"]


def test_met_the_holder_of_a_title_is_a_meeting_with_that_office():
    _, found = events("July 06, 2025\n\nPrime Minister Shri Narendra Modi met the President of the Republic of "
                      "Indonesia, H.E. Mr. Prabowo Subianto, on the sidelines of the 17th BRICS Summit in Rio de "
                      "Janeiro today.", published=None)
    assert ("Meeting with President of the Republic of Indonesia", "2025-07-06", None, "BR") in found


def test_a_summit_named_by_two_hyphened_proper_names_is_an_event():
    _, found = events("Leaders convened in Doha on Monday for an emergency Arab-Islamic summit. The last joint "
                      "Arab-Islamic summit was held in Riyadh in November 2024.", published=dt.date(2025, 9, 15))
    assert found == [("Emergency Arab-Islamic summit", "2025-09-15", None, "QA"),
                     ("Arab-Islamic summit", "2024-11", None, "SA")]


def test_a_groups_leaders_summit_in_lower_case_is_that_groups():
    x, found = events("The next G20 leaders' summit will be held in the United States in 2026.",
                      published=dt.date(2025, 11, 22))
    assert found == [("G20 leaders' summit", "2026", None, "US")] and x.summits[0].organization == "G20"


def test_a_summit_of_a_named_organisation_is_its_summit():
    x, found = events("Thailand will host the sixth summit of the Bay of Bengal Initiative for Multi-Sectoral "
                      "Technical and Economic Cooperation (Bimstec) in Bangkok on Friday.", published=dt.date(2025, 4, 2))
    (s,) = x.summits
    assert (s.organization, s.ordinal, s.start.iso, s.city) == ("BIMSTEC", 6, "2025-04-04", "Bangkok")


def test_the_day_told_after_the_summit_on_whose_sidelines_talks_are_held_is_the_talks_day():
    _, found = events("The 47th ASEAN Summit opened in Kuala Lumpur on Oct 26. On the sidelines of the summit on "
                      "Monday, Marcos held a bilateral meeting with Japanese Prime Minister Sanae Takaichi.",
                      published=dt.date(2025, 10, 29))
    assert ("Bilateral meeting", "2025-10-27", None, "MY") in found


def test_a_meeting_joined_by_and_other_shares_the_date_told_after_the_second():
    _, found = events("Ma told a press conference that the APEC Ministerial Meeting and other preparatory meetings "
                      "would also be held in Shenzhen next year. Malaysia will host the second ASEAN-GCC Summit and "
                      "the inaugural ASEAN-GCC-China Summit on May 27.", published=dt.date(2025, 5, 24))
    assert ("APEC Ministerial Meeting", "2026", None, None) in found
    assert ("Second ASEAN-GCC Summit", "2025-05-27", None, "MY") in found


def test_next_years_summit_in_a_month_is_in_next_years_month():
    _, found = events("China will host next year's APEC meetings in Shenzhen in November. Next year's summit will be "
                      "held in Manila on Nov 10.", published=dt.date(2025, 11, 2))
    assert [(name, start) for name, start, _, _ in found] == [("APEC meetings", "2026-11"), ("APEC summit", "2026-11-10")]


def test_scheduled_to_meet_a_leader_is_a_meeting_ahead():
    _, found = events("Ishiba is due to meet Chinese Premier Li Qiang on Wednesday. Carney is scheduled to meet with "
                      "Indian Prime Minister Narendra Modi on Friday.", published=dt.date(2025, 6, 16))
    assert found == [("Meeting with Chinese Premier Li Qiang", "2025-06-18", None, None),
                     ("Meeting with Indian Prime Minister Narendra Modi", "2025-06-20", None, None)]


def test_state_visits_to_two_states_are_two_visits_on_their_own_days():
    _, found = events("Xi will then pay state visits to Malaysia from April 15 to 17 and Cambodia from April 17 to "
                      "18, spokesperson Lin Jian announced on April 11.", published=dt.date(2025, 4, 14))
    assert found == [("State visit to Malaysia", "2025-04-15", "2025-04-17", "MY"),
                     ("State visit to Cambodia", "2025-04-17", "2025-04-18", "KH")]


def test_a_kind_word_with_this_after_it_is_the_event_told_before():
    _, found = events("Badung - Bali Democracy Forum (BDF) ke-16 dibuka di Nusa Dua, Bali, hari ini. Forum itu "
                      "berlangsung pada 7-8 Desember 2023.\n\nForum ini akan ditutup dengan Chair's Statement pada "
                      "Jumat (8/12).", published=dt.date(2023, 12, 7))
    assert found == [("Bali Democracy Forum (BDF) ke-16", "2023-12-07", "2023-12-08", "ID")]


def test_a_past_working_visit_and_a_summit_on_a_topic_co_chaired():
    _, found = events("Jakarta (ANTARA) - Puan melakukan kunjungan kerja ke Kamboja pada Juni lalu.",
                      published=dt.date(2023, 8, 4))
    assert found == [("Kunjungan kerja", "2023-06", None, "KH")]
    x, found = events("Jakarta, CNN Indonesia -- Sugiono menghadiri Konferensi Tingkat Tinggi mengenai Solusi Dua "
                      "Negara yang diketuai bersama oleh Prancis di New York pada 22 September.",
                      published=dt.date(2025, 9, 28))
    assert found == [("Konferensi Tingkat Tinggi mengenai Solusi Dua Negara", "2025-09-22", None, "US")]
    assert x.summits[0].chair == "FR"


def test_talks_told_as_done_on_the_first_day_of_a_summit_of_several_days_were_held_that_day():
    text = ("Presiden Prabowo Subianto {} pertemuan bilateral dengan Perdana Menteri Australia Anthony Albanese di "
            "sela-sela KTT G20 yang berlangsung di Museum of Modern Art, Rio de Janeiro, pada 18-19 November 2024.")
    x, _ = events(text.format("telah mengadakan"), published=dt.date(2024, 11, 18))
    assert [(m.start.iso, m.country, m.city) for m in x.meetings] == [("2024-11-18", "BR", "Rio de Janeiro")]
    x, _ = events(text.format("akan mengadakan"), published=dt.date(2024, 11, 18))
    assert x.meetings == ()  # to come: on one of the two days
    x, _ = events(text.format("telah mengadakan"), published=dt.date(2024, 11, 19))
    assert x.meetings == ()  # told on the second day: on either


def test_plus_closing_a_summit_name_belongs_to_it():
    _, found = events("Liputan6.com, Jakarta - Sugiono menghadiri KTT BRICS Plus di Kazan, Rusia, Kamis (24/10/2024).",
                      published=dt.date(2024, 10, 24))
    assert found == [("KTT BRICS Plus", "2024-10-24", None, "RU")]


def test_a_year_told_in_a_since_clause_is_not_the_summits():
    _, found = events("Xi welcomed leaders to Tianjin on Sunday for the largest Shanghai Cooperation Organisation "
                      "summit since the bloc was founded in 2001.", published=dt.date(2025, 8, 31))
    assert [start for _, start, _, _ in found] == ["2025-08-31"]


def test_the_n_day_gathering_is_the_summit_told_of_again():
    x, found = events("Xi welcomed leaders to Tianjin on Sunday for the Shanghai Cooperation Organisation summit. "
                      "The two-day gathering, which runs until Monday, is the largest yet.", published=dt.date(2025, 8, 31))
    assert found == [("Shanghai Cooperation Organisation summit", "2025-08-31", "2025-09-01", "CN")]


def test_what_a_visit_is_made_for_is_held_on_its_days():
    _, found = events("Anwar will make a working visit to Jakarta on June 27 and 28 for the 13th Annual Consultation "
                      "between Malaysia and Indonesia.", published=dt.date(2025, 6, 23))
    assert ("13th Annual Consultation", "2025-06-27", "2025-06-28", "ID") in found


def test_pairs_listed_before_a_plural_summits_are_one_summit_each():
    x, found = events("Chinh will attend the ASEAN-China, ASEAN-Japan and ASEAN-Korea summits, as well as the 20th "
                      "East Asia Summit on Oct. 27.", published=dt.date(2025, 10, 25))
    assert [(name, start) for name, start, _, _ in found] == [
        ("ASEAN-China Summit", "2025-10-27"), ("ASEAN-Japan Summit", "2025-10-27"),
        ("ASEAN-Korea Summit", "2025-10-27"), ("20th East Asia Summit", "2025-10-27")]
    assert {"CN", "JP", "KR"} <= set(x.countries)


def test_the_day_someone_leaves_or_flies_is_not_the_events_day_only_its_month():
    _, found = events("President Marcos will leave for Gyeongju, South Korea on Wednesday, Oct. 29, to attend the APEC "
                      "Economic Leaders' Meeting. President Prabowo will fly to Canberra on Wednesday for the "
                      "Indonesia-Australia Annual Leaders' Meeting.", published=dt.date(2025, 10, 27))
    assert [(name, start) for name, start, _, _ in found] == [
        ("APEC Economic Leaders' Meeting", "2025-10"), ("Indonesia-Australia Annual Leaders' Meeting", "2025-10")]


def test_earlier_in_the_day_is_the_day_of_the_event_told_before():
    _, found = events("KUALA LUMPUR – The Sultan of Brunei yesterday attended the 16th BIMP-EAGA Summit in Kuala Lumpur. "
                      "Earlier in the day, he attended the 46th ASEAN Summit plenary session.",
                      published=dt.date(2025, 5, 28))
    assert [(name, start) for name, start, _, _ in found] == [
        ("16th BIMP-EAGA Summit", "2025-05-27"), ("46th ASEAN Summit", "2025-05-27")]
