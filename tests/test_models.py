import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from summits.models import (
    Article, Attendance, Evidence, Meeting, Organisation, Participant, Precision, Summit, SummitCountry,
    body_sha256,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def asean():
    return Organisation.objects.get(short_name="ASEAN")


def make_summit(org, ordinal, start, **kw):
    return Summit.objects.create(name=f"{ordinal}th {org} Summit", organisation=org, ordinal=ordinal, start=start, **kw)


def test_a_summit_cannot_end_before_it_starts(asean):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_summit(asean, 32, dt.date(2018, 4, 28), end=dt.date(2018, 4, 27))


def test_a_meeting_cannot_end_before_it_starts():
    with pytest.raises(IntegrityError), transaction.atomic():
        Meeting.objects.create(name="SOM", start=dt.date(2018, 4, 26), end=dt.date(2018, 4, 25))


def test_one_summit_per_organisation_and_ordinal(asean):
    make_summit(asean, 32, dt.date(2018, 4, 27))
    with pytest.raises(IntegrityError), transaction.atomic():
        make_summit(asean, 32, dt.date(2018, 4, 28))
    # Another organisation's 32nd, and summits without ordinal, are different events.
    make_summit(Organisation.objects.get(short_name="APEC"), 32, dt.date(2025, 11, 1))
    Summit.objects.create(name="ASEAN Leaders' Gathering", organisation=asean, start=dt.date(2018, 10, 1))
    Summit.objects.create(name="ASEAN Summit in Manila", organisation=asean, start=dt.date(2017, 11, 1))


def test_same_text_is_one_article():
    Article.objects.create(title="A", body="KTT ASEAN ke-32\r\n\r\ndigelar  di Singapura.")
    assert body_sha256("KTT ASEAN ke-32\ndigelar di Singapura.\n") == Article.objects.get().sha256
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(title="B", body="KTT ASEAN ke-32\ndigelar di Singapura.")


def test_evidence_backs_exactly_one_record(asean):
    summit = make_summit(asean, 32, dt.date(2018, 4, 27))
    meeting = Meeting.objects.create(summit=summit, name="SOM", start=dt.date(2018, 4, 26))
    article = Article.objects.create(body="text")
    with pytest.raises(IntegrityError), transaction.atomic():
        Evidence.objects.create(article=article, sentence="s", start=0, end=1, summit=summit, meeting=meeting)
    with pytest.raises(IntegrityError), transaction.atomic():
        Evidence.objects.create(article=article, sentence="s", start=0, end=1)
    Evidence.objects.create(article=article, sentence="s", start=0, end=1, meeting=meeting)


def test_membership_over_time(asean):
    assert "TL" not in asean.member_countries(dt.date(2018, 4, 27))
    assert "TL" in asean.member_countries(dt.date(2026, 5, 1))
    assert len(asean.member_countries(dt.date(2018, 4, 27))) == 10


def test_countries_involved_follow_membership_and_sessions(asean):
    old = make_summit(asean, 32, dt.date(2018, 4, 27), host_country="SG")
    new = make_summit(asean, 48, dt.date(2026, 5, 8), host_country="PH")
    Meeting.objects.create(summit=old, name="IMT-GT Summit", start=dt.date(2018, 4, 28), chair_country="TH")
    person = Participant.objects.create(name="Lula", country="BR")
    Attendance.objects.create(participant=person, summit=new)
    for summit in (old, new):
        summit.refresh_countries()
    assert not Summit.objects.filter(countries__country="TL", pk=old.pk).exists()
    assert Summit.objects.filter(countries__country="TL", pk=new.pk).exists()
    assert set(SummitCountry.objects.filter(summit=old, country="TH").values_list("role", flat=True)) == {"member", "chair"}
    assert list(Summit.objects.filter(countries__country="BR")) == [new]
    # Refreshing again neither duplicates nor loses rows.
    count = SummitCountry.objects.count()
    new.refresh_countries()
    assert SummitCountry.objects.count() == count


def test_attendance_needs_an_event():
    person = Participant.objects.create(name="Joko Widodo", country="ID")
    with pytest.raises(IntegrityError), transaction.atomic():
        Attendance.objects.create(participant=person)


def test_slugs_are_unique_and_readable(asean):
    a = Participant.objects.create(name="Lee Hsien Loong")
    b = Participant.objects.create(name="Lee Hsien Loong")
    assert a.slug == "lee-hsien-loong" and b.slug == "lee-hsien-loong-2"
    assert Participant.objects.create(name="Chandra W.Yudha").key == "chandra w yudha"


def test_month_precision_summit_sorts_by_first_day(asean):
    bali = Summit.objects.create(name="Gathering", organisation=asean, start=dt.date(2018, 10, 1), start_precision=Precision.MONTH)
    manila = Summit.objects.create(name="Manila", organisation=asean, start=dt.date(2017, 11, 1), start_precision=Precision.MONTH)
    sg = make_summit(asean, 32, dt.date(2018, 4, 27), end=dt.date(2018, 4, 28))
    assert list(Summit.objects.all()) == [manila, sg, bali]
    assert bali.period_display == "October 2018"
    assert bali.last_day == dt.date(2018, 10, 31)
