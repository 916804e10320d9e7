"""Undoing an import: its evidence goes, and every record left without a source that
no editor vouched for; what other articles or editors hold stays."""
import pytest

from summits.importing import import_article, undo_import
from summits.models import (
    Article, Attendance, Conflict, Document, Evidence, ImportStatus, Meeting, Participant, ReviewStatus, Summit,
    SummitCountry,
)

from .build import article_with, document, extraction, meeting, person, summit

pytestmark = pytest.mark.django_db


def imported(sentence, **items):
    article = article_with(sentence)
    assert import_article(article, extraction=extraction(article, **items)).ok
    return article


def test_undo_removes_what_only_that_article_brought_and_keeps_the_rest():
    seed = imported(
        "Seed.", summits=[summit()],
        meetings=[meeting("m1", "Sesi pleno", "plenary", "2018-04-27"), meeting("m2", "Retreat", "retreat", "2018-04-28"),
                  meeting("m3", "SOM", "senior_officials", "2018-04-26")],
        participants=[person("Joko Widodo", events=["s1", "m1"]), person("Chandra W. Yudha", events=["m2"])],
        documents=[document("ASEAN Smart Cities Network")],
    )
    Meeting.objects.filter(kind="senior_officials").update(review_status=ReviewStatus.REVIEWED)
    other = imported(
        "Other.", summits=[summit(city="Singapore", start="2018-04-25")],
        meetings=[meeting("m1", "Plenary", "plenary", "2018-04-27")],
        participants=[person("Joko Widodo", events=["m1"])],
    )
    result = undo_import(Article.objects.filter(pk=seed.pk))

    assert not Evidence.objects.filter(article=seed).exists()
    assert Summit.objects.count() == 1  # the other article still speaks of it
    assert set(Meeting.objects.values_list("kind", flat=True)) == {"plenary", "senior_officials"}  # retreat had one source
    assert list(Participant.objects.values_list("name", flat=True)) == ["Joko Widodo"]
    assert Attendance.objects.count() == 1 and Attendance.objects.get().meeting.kind == "plenary"
    assert not Document.objects.exists()
    assert Conflict.objects.filter(article=other).count() == 1  # the other article's disagreement stays
    assert result.removed == {"meeting": 1, "participant": 1, "attendance": 2, "document": 1}
    assert result.kept["summit"] == 1
    seed.refresh_from_db()
    assert seed.import_status == ImportStatus.NEW and seed.import_counts == {}
    # Joko Widodo still attends (the other article's plenary): the country filter still finds Indonesia.
    assert SummitCountry.objects.filter(country="ID", role="participant").exists()


def test_undo_removes_a_summit_and_the_side_summit_held_beside_it():
    article = imported("Both.", summits=[
        summit(),
        summit("s2", "KTT IMT-GT ke-11", org="IMT-GT", ordinal=11, start="2018-04-28", end=None, parent="s1"),
    ])
    assert Summit.objects.filter(parent__isnull=False).count() == 1
    result = undo_import([article])
    assert not Summit.objects.exists() and result.removed["summit"] == 2


def test_undo_keeps_records_an_editor_reviewed_even_without_sources():
    article = imported("Only source.", summits=[summit()], documents=[document("ASEAN Vision")])
    Summit.objects.update(review_status=ReviewStatus.EDITED)
    undo_import([article])
    assert Summit.objects.count() == 1 and not Document.objects.exists()


def test_undo_then_import_again_gives_the_same_records():
    items = dict(summits=[summit()], meetings=[meeting("m1", "Sesi pleno", "plenary", "2018-04-27")],
                 participants=[person("Joko Widodo", events=["s1"])])
    article = imported("Seed.", **items)
    undo_import([article])
    assert not Summit.objects.exists() and not Participant.objects.exists()
    assert import_article(article, extraction=extraction(article, **items)).created["summit"] == 1
    assert Summit.objects.count() == 1 and Attendance.objects.count() == 1
