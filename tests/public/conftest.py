"""Data for the public pages, built with the ORM as the importer would leave it: the
32nd ASEAN Summit of the seed article (27–28 April 2018, five sessions on 25–28 April,
an IMT-GT summit chaired by Thailand during the retreat), the Bali gathering known only
to October 2018, and the Manila summit of November 2017."""
import datetime as dt
import importlib

import pytest
from django.apps import apps as django_apps
from django.core.cache import cache

from summits.models import (
    Article, Attendance, AttendanceRole, Document, DocumentKind, DocumentStatus, Evidence, Meeting, MeetingKind,
    Organisation, Participant, Precision, Summit,
)

SEED_URL = "https://www.antaranews.com/berita/703861/presiden-akan-hadir-ktt-asean-di-singapura"


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


def day(text):
    return dt.date.fromisoformat(text)


def evidence(article, sentence, **record):
    start = article.body.find(sentence)
    start = max(start, 0)
    return Evidence.objects.create(article=article, sentence=sentence, start=start, end=start + len(sentence), **record)


@pytest.fixture
def organisations(db):
    """The reference organisations of the data migration. A transactional test (the
    browser tests) flushes the database afterwards, so put them back when missing."""
    if not Organisation.objects.exists():
        migration = importlib.import_module("summits.migrations.0002_organisations")
        migration.add_organisations(django_apps, None)


@pytest.fixture
def seed_schedule(db, organisations):
    asean = Organisation.objects.get(short_name="ASEAN")
    imt = Organisation.objects.get(short_name="IMT-GT")
    body = (
        "Presiden RI Joko Widodo dijadwalkan menghadiri KTT ASEAN ke-32 yang akan digelar di Singapura pada 27-28 April.\n"
        "Presiden Joko Widodo dijadwalkan menghadiri sesi pleno pada 27 April dan sesi retreat pada 28 April.\n"
    )
    article = Article.objects.create(
        title="Presiden akan hadir KTT ASEAN di Singapura", source="ANTARA", url=SEED_URL, language="id",
        body=body, published=dt.datetime(2018, 4, 20, 6, 14, tzinfo=dt.UTC),
    )
    summit = Summit.objects.create(
        name="32nd ASEAN Summit", organisation=asean, ordinal=32, host_country="SG", city="Singapore",
        start=day("2018-04-27"), end=day("2018-04-28"), theme="Resilient and Innovative ASEAN", chair_country="SG",
    )
    sessions = [
        ("Committee of Permanent Representatives", MeetingKind.PERMANENT_REPRESENTATIVES, "2018-04-25", ""),
        ("Senior Officials' Meeting", MeetingKind.SENIOR_OFFICIALS, "2018-04-26", ""),
        ("ASEAN Ministerial Meeting", MeetingKind.MINISTERIAL, "2018-04-27", ""),
        ("Plenary session", MeetingKind.PLENARY, "2018-04-27", ""),
        ("Retreat session", MeetingKind.RETREAT, "2018-04-28", ""),
    ]
    meetings = {}
    for name, kind, when, chair in sessions:
        meetings[kind] = Meeting.objects.create(
            summit=summit, name=name, kind=kind, start=day(when), country="SG", city="Singapore", chair_country=chair,
        )
    imt_gt = Summit.objects.create(
        name="IMT-GT Summit", organisation=imt, host_country="SG", city="Singapore", start=day("2018-04-28"),
        chair_country="TH", parent=summit,
    )
    Meeting.objects.create(
        summit=summit, name="IMT-GT Summit session", kind=MeetingKind.SIDE_SUMMIT, start=day("2018-04-28"),
        country="SG", city="Singapore", chair_country="TH",
    )
    jokowi = Participant.objects.create(name="Joko Widodo", country="ID", title="President of Indonesia")
    attendance = Attendance.objects.create(
        participant=jokowi, summit=summit, role=AttendanceRole.HEAD_OF_DELEGATION, title="President of Indonesia",
    )
    Attendance.objects.create(participant=jokowi, meeting=meetings[MeetingKind.PLENARY], title="President of Indonesia")
    vision = Document.objects.create(
        title="ASEAN Leaders Vision for Resilient and Innovative ASEAN", kind=DocumentKind.VISION,
        status=DocumentStatus.EXPECTED, summit=summit,
    )
    first, second = body.splitlines()
    evidence(article, first, summit=summit, field="dates")
    evidence(article, second, meeting=meetings[MeetingKind.PLENARY])
    evidence(article, second, attendance=attendance)
    evidence(article, first, document=vision)
    bali = Summit.objects.create(
        name="ASEAN Leaders' Gathering", organisation=asean, host_country="ID", city="Bali",
        start=day("2018-10-01"), start_precision=Precision.MONTH,
    )
    manila = Summit.objects.create(
        name="31st ASEAN Summit", organisation=asean, ordinal=31, host_country="PH", city="Manila",
        start=day("2017-11-01"), start_precision=Precision.MONTH,
    )
    for s in (summit, imt_gt, bali, manila):
        s.refresh_countries()
    return {"summit": summit, "imt_gt": imt_gt, "bali": bali, "manila": manila, "article": article,
            "jokowi": jokowi, "vision": vision}
