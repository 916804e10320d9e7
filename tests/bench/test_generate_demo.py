"""generate_demo: a realistic synthetic calendar (what the benchmarks and demos stand on),
the same for the same seed, consistent with what the models compute themselves."""
import datetime as dt

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction

from summits.models import (
    Article, Attendance, Document, Evidence, Meeting, Organisation, Participant, Precision, Summit, SummitCountry,
    body_sha256, name_key,
)

pytestmark = pytest.mark.django_db


def generate(**options):
    call_command("generate_demo", stdout=open("/dev/null", "w"), **options)


class TestCalendar:
    """Read-only checks of 200 summits, generated once for the class and rolled back."""

    @pytest.fixture(scope="class", autouse=True)
    @classmethod
    def calendar(cls, django_db_setup, django_db_blocker):
        with django_db_blocker.unblock(), transaction.atomic():
            generate(summits=200, seed=7)
            yield
            transaction.set_rollback(True)

    def test_makes_the_summits_asked_for_with_what_happens_at_them(self):
        assert Summit.objects.count() == 200
        assert Organisation.objects.filter(summits__isnull=False).distinct().count() >= 15
        # About ten meetings a summit, people attending summits and meetings, documents, sources.
        assert 7 <= Meeting.objects.count() / 200 <= 13
        assert Attendance.objects.filter(meeting__isnull=False).exists()
        assert Attendance.objects.filter(summit__isnull=False).exists()
        assert Participant.objects.count() > 100
        assert Document.objects.filter(summit__isnull=False).count() > 100
        assert Article.objects.count() >= 200
        assert Summit.objects.filter(parent__isnull=False).exists()

    def test_dates_spread_over_decades_some_known_only_to_the_month(self):
        years = {s.start.year for s in Summit.objects.all()}
        assert max(years) - min(years) >= 40
        month = Summit.objects.filter(start_precision=Precision.MONTH)
        assert month.exists()
        assert all(s.start.day == 1 and s.end is None for s in month)

    def test_countries_involved_match_what_each_summit_computes(self):
        for summit in Summit.objects.prefetch_related("countries"):
            expected = {(code, str(role)) for code, roles in summit.involved_countries().items() for role in roles}
            assert {(sc.country.code, sc.role) for sc in summit.countries.all()} == expected, summit

    def test_evidence_points_at_the_sentence_in_its_article(self):
        evidence = Evidence.objects.select_related("article")
        assert evidence.count() > Article.objects.count()
        for e in evidence:
            assert e.article.body[e.start:e.end] == e.sentence
        for article in Article.objects.all():
            assert article.sha256 == body_sha256(article.body)
        backed = Evidence.objects.values_list("summit", "meeting", "attendance", "document")
        assert all(sum(x is not None for x in row) == 1 for row in backed)

    def test_name_keys_are_filled_so_imports_can_match_them(self):
        assert all(p.key == name_key(p.name) for p in Participant.objects.all())
        assert all(d.key == name_key(d.title) for d in Document.objects.all())


def snapshot(**options):
    """What one run writes into an empty database, rolled back afterwards."""
    with transaction.atomic():
        generate(**options)
        data = (
            list(Summit.objects.order_by("pk").values_list("pk", "name", "slug", "start", "end", "host_country", "city")),
            list(Participant.objects.order_by("pk").values_list("name", "country")),
            list(Article.objects.order_by("pk").values_list("body", flat=True)),
            list(SummitCountry.objects.order_by("pk").values_list("summit", "country", "role")),
        )
        transaction.set_rollback(True)
    return data


def test_the_same_seed_gives_the_same_data_another_seed_other_data():
    first = snapshot(summits=30, seed=3)
    assert snapshot(summits=30, seed=3) == first
    assert snapshot(summits=30, seed=4)[0] != first[0]


def test_adds_to_a_database_that_already_has_summits():
    generate(summits=30, seed=1)
    generate(summits=30, seed=1)  # same ordinals and slugs wanted again: they must step aside
    assert Summit.objects.count() == 60
    assert Summit.objects.values("slug").distinct().count() == 60
    # Rows saved the ordinary way afterwards get fresh keys (PostgreSQL's sequences were moved on).
    Participant.objects.create(name="Retno Marsudi", country="ID")
    Summit.objects.create(name="ASEAN Leaders' Gathering", start=dt.date(2018, 10, 1))


@pytest.mark.parametrize("options, message", [
    ({}, "Nothing to do"),
    ({"articles": 5}, "go together"),
    ({"summits": -1}, "0 or more"),
])
def test_bad_options_get_a_clear_message(options, message):
    with pytest.raises(CommandError, match=message):
        generate(**options)


def test_writes_distinct_article_texts_in_both_languages(tmp_path):
    generate(articles_dir=tmp_path / "a", articles=60, seed=2)
    generate(articles_dir=tmp_path / "b", articles=60, seed=2)
    files = sorted((tmp_path / "a").glob("*.txt"))
    assert len(files) == 60
    assert {f.stem.rsplit("_", 1)[1] for f in files} == {"id", "en"}
    texts = [f.read_text(encoding="utf-8") for f in files]
    assert len({body_sha256(t) for t in texts}) == 60
    assert texts == [f.read_text(encoding="utf-8") for f in sorted((tmp_path / "b").glob("*.txt"))]
    indonesian = next(t for f, t in zip(files, texts) if f.stem.endswith("_id"))
    assert "KTT" in indonesian or "Pertemuan" in indonesian
    assert Summit.objects.count() == 0  # texts only: the database is left alone


def test_articles_dir_must_be_a_folder(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(CommandError, match="not a folder"):
        generate(articles_dir=tmp_path / "file", articles=3)
