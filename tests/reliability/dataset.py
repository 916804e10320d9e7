"""A hand-built database that uses every model and every awkward value the schema
allows: month- and year-precision dates, a side summit, aliases, attendances at a summit
and at a meeting, evidence for each kind of record, resolved and open conflicts,
reviewed and edited records, right-to-left text, emoji and markup in text fields."""
import datetime as dt

from summits.models import (
    Alias, Article, Attendance, Conflict, Document, Evidence, Meeting, Membership, Organisation, Participant,
    Summit,
)

BODY_ID = (
    "Jakarta (ANTARA) - Presiden RI Joko Widodo akan menghadiri KTT ASEAN ke-32 di Singapura pada 27-28 "
    "April 2018.\nSelain itu, Jokowi dijadwalkan bertemu PM Lee Hsien Loong.\n"
    "Para pemimpin akan mengesahkan ASEAN Leaders' Vision for a Resilient and Innovative ASEAN."
)
BODY_EN = (
    "SINGAPORE (Reuters) - Leaders meet at the 32nd ASEAN Summit on April 27–28, 2018 🌏.\n"
    "A side summit, the ASEAN Leaders' Gathering, follows in October.\n"
    "قمة — a right-to-left line, and <b>markup</b> & ampersands kept verbatim."
)


def sentence(article, text, **record):
    start = article.body.index(text)
    return Evidence.objects.create(article=article, sentence=text, start=start, end=start + len(text), **record)


def build_rich_dataset():
    asean = Organisation.objects.get(short_name="ASEAN")
    forum = Organisation.objects.create(short_name="Forum-Ω", name_en="Forum Omega", name_id="Forum Omega")
    Membership.objects.create(organisation=forum, country="TL", joined=dt.date(2020, 1, 1), left=dt.date(2022, 6, 30))
    Membership.objects.create(organisation=forum, country="ID")

    summit = Summit.objects.create(
        name="32nd ASEAN Summit", organisation=asean, ordinal=32, host_country="SG", city="Singapore",
        venue="Shangri-La", theme="Resilient and Innovative", chair_country="SG",
        start=dt.date(2018, 4, 27), end=dt.date(2018, 4, 28), review_status="reviewed",
    )
    gathering = Summit.objects.create(
        name="ASEAN Leaders' Gathering", organisation=asean, host_country="ID", city="Bali", parent=summit,
        start=dt.date(2018, 10, 1), start_precision="month", mode="special", virtual=True,
    )
    Summit.objects.create(name="Forum Ω <script>alert(1)</script> meeting", organisation=forum,
                          start=dt.date(2021, 1, 1), start_precision="year", review_status="edited")

    som = Meeting.objects.create(summit=summit, name="Senior Officials' Meeting", kind="senior_officials",
                                 start=dt.date(2018, 4, 26), country="SG", city="Singapore")
    Meeting.objects.create(summit=summit, name="Retreat session", kind="retreat", start=dt.date(2018, 4, 28),
                           chair_country="SG", review_status="reviewed")
    Meeting.objects.create(name="Jokowi–Lee bilateral", kind="bilateral", start=dt.date(2018, 4, 1),
                           start_precision="month", end=dt.date(2018, 4, 30), end_precision="month")

    jokowi = Participant.objects.create(name="Joko Widodo", country="ID", title="Presiden")
    Alias.objects.create(participant=jokowi, name="Jokowi")
    lee = Participant.objects.create(name="Lee Hsien Loong", country="SG", title="Prime Minister",
                                     review_status="edited")
    secretary = Participant.objects.create(name="Lim Jock Hoi", organisation=asean, title="Secretary-General")
    at_summit = Attendance.objects.create(participant=jokowi, summit=summit, role="head_of_delegation",
                                          title="Presiden RI")
    Attendance.objects.create(participant=lee, summit=summit, role="chair")
    at_meeting = Attendance.objects.create(participant=secretary, meeting=som, role="official")

    vision = Document.objects.create(title="ASEAN Leaders' Vision for a Resilient and Innovative ASEAN",
                                     kind="vision", status="adopted", summit=summit, date=dt.date(2018, 4, 28))
    Document.objects.create(title="Concept note", kind="concept_note", summit=gathering,
                            date=dt.date(2018, 10, 1), date_precision="month")

    indonesian = Article.objects.create(
        title="Presiden akan hadiri KTT ASEAN", source="ANTARA", url="https://example.org/antara/1",
        published=dt.datetime(2018, 4, 25, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=7))),
        published_offset=420, language="id", body=BODY_ID, import_status="imported",
        imported=dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
    )
    english = Article.objects.create(title="Leaders meet 🌏", source="Reuters", language="en", body=BODY_EN,
                                     import_status="failed", last_error="Line 3: could not read a date")
    sentence(indonesian, "KTT ASEAN ke-32 di Singapura pada 27-28 April 2018", summit=summit)
    sentence(indonesian, "Presiden RI Joko Widodo", attendance=at_summit, field="title")
    sentence(indonesian, "ASEAN Leaders' Vision for a Resilient and Innovative ASEAN", document=vision)
    sentence(english, "32nd ASEAN Summit on April 27–28, 2018 🌏", summit=summit, field="start")
    sentence(english, "the ASEAN Leaders' Gathering, follows in October", summit=gathering)
    sentence(english, "Leaders meet", meeting=som)
    sentence(english, "قمة — a right-to-left line", attendance=at_meeting)
    Conflict.objects.create(article=english, summit=summit, field="start", current_value="2018-04-27",
                            proposed_value="2018-04-26", sentence="on April 26")
    Conflict.objects.create(article=indonesian, document=vision, field="status", current_value="adopted",
                            proposed_value="expected", resolved=True)
    for each in Summit.objects.all():
        each.refresh_countries()
    return {"summit": summit, "gathering": gathering, "meeting": som, "person": jokowi, "document": vision,
            "article": indonesian, "organisation": forum}
