"""Importing many articles at once: batches planned against one catalog and written in one
transaction must give what importing the articles one by one gives, fail one article at
a time, and cost a number of queries that does not grow with the batch."""
import json
import threading
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from django.apps import apps
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext

from summits.importing import IncomingText, add_article, add_articles, import_article, import_articles
from summits.importing import service
from summits.importing.service import import_batch, read_article
from summits.models import Article, Attendance, Document, Evidence, ImportStatus, Meeting, Participant, Summit

from ..reliability.canonical import identities
from ..reliability.helpers import records, snapshot
from .build import article_with, document, extraction, meeting, person, said, summit

pytestmark = pytest.mark.django_db

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
SEED_LINE = "KTT ASEAN ke-32 akan digelar di Singapura pada 27-28 April."
CNA_LINE = "The 32nd ASEAN Summit opens in Singapore on 28 April."


def about_the_32nd(sentence, **more):
    article = article_with(sentence)
    return article, extraction(article, summits=[summit(evidence=said(article, sentence))], **more)


def test_two_articles_about_one_summit_in_one_batch_give_one_summit_with_two_sources():
    (first, found_first), (second, found_second) = about_the_32nd(SEED_LINE), about_the_32nd(CNA_LINE)
    results = import_batch([first, second], [found_first, found_second])
    assert Summit.objects.count() == 1
    assert set(Summit.objects.get().evidence.values_list("article", flat=True)) == {first.pk, second.pk}
    assert results[0].created["summit"] == 1 and results[1].merged["summit"] == 1 and not results[1].created


def test_a_person_a_meeting_and_a_document_new_in_a_batch_are_found_by_its_later_articles():
    people = [person("Joko Widodo", events=["m1"])]
    meetings = [meeting("m1", "Sesi pleno", "plenary", "2018-04-27")]
    documents = [document("ASEAN Leaders' Vision for a Resilient ASEAN")]
    pairs = [about_the_32nd(line, meetings=meetings, participants=people, documents=documents)
             for line in (SEED_LINE, CNA_LINE, "Leaders met in Singapore for the 32nd summit.")]
    import_batch([a for a, _ in pairs], [e for _, e in pairs])
    assert (Summit.objects.count(), Meeting.objects.count(), Participant.objects.count()) == (1, 1, 1)
    assert (Document.objects.count(), Attendance.objects.count()) == (1, 1)
    assert Evidence.objects.filter(participant__isnull=False).values("article").distinct().count() == 3


def test_importing_again_in_a_batch_changes_nothing():
    pairs = [about_the_32nd(SEED_LINE, participants=[person("Joko Widodo", events=["s1"])]), about_the_32nd(CNA_LINE)]
    import_batch([a for a, _ in pairs], [e for _, e in pairs])
    before = snapshot()
    results = import_batch([a for a, _ in pairs], [e for _, e in pairs])
    assert all(r.ok and r.changed_nothing for r in results)
    assert snapshot() == before


def test_an_article_whose_planning_breaks_fails_alone_and_the_rest_of_its_batch_is_imported(monkeypatch):
    good, found_good = about_the_32nd(SEED_LINE)
    bad, found_bad = about_the_32nd("This one breaks the importer: the 32nd ASEAN Summit.")
    other, found_other = about_the_32nd(CNA_LINE)
    planner_run = service.Planner.run

    def run(planner):
        if "breaks" in planner.article.body:
            raise ValueError("a bug on this article's content")
        return planner_run(planner)

    monkeypatch.setattr(service.Planner, "run", run)
    results = import_batch([good, bad, other], [found_good, found_bad, found_other])
    assert [r.ok for r in results] == [True, False, True]
    assert "a bug on this article's content" in results[1].error
    for article, status in [(good, ImportStatus.IMPORTED), (bad, ImportStatus.FAILED), (other, ImportStatus.IMPORTED)]:
        article.refresh_from_db()
        assert article.import_status == status
    assert set(Summit.objects.get().evidence.values_list("article", flat=True)) == {good.pk, other.pk}


def test_a_batch_a_concurrent_writer_breaks_is_written_again_one_article_at_a_time(monkeypatch):
    """The batch transaction hits a unique constraint (another process wrote the same
    summit meanwhile): it is rolled back, and each article is imported on its own."""
    pairs = [about_the_32nd(SEED_LINE), about_the_32nd(CNA_LINE)]
    write_plans = service.write_plans

    def write(plans):
        if len(plans) > 1:
            write_plans(plans)  # written, then refused at the end: nothing of it may stay
            raise IntegrityError("UNIQUE constraint failed: summits_summit.organisation_id, summits_summit.ordinal")
        return write_plans(plans)

    monkeypatch.setattr(service, "write_plans", write)
    results = import_batch([a for a, _ in pairs], [e for _, e in pairs])
    assert all(r.ok for r in results)
    assert Summit.objects.count() == 1
    assert Evidence.objects.filter(summit__isnull=False).count() == 2
    assert [r.created["summit"] for r in results] == [1, 0]
    for article, _ in pairs:
        article.refresh_from_db()
        assert article.import_status == ImportStatus.IMPORTED
        assert article.import_counts["created"].get("summit", 0) + article.import_counts["merged"].get("summit", 0) == 1


FIRST = "Agus Bambang Citra Dewi Eko Fajar Gita Hadi Indra Jusuf".split()
LAST = "Kusuma Lubis Munthe Nasution Pohan Rangkuti Siregar Tambunan Wibowo Yudhoyono".split()


def numbered_articles(count, offset, *, city=""):
    """Articles about different summits, each with a meeting, a person and a document;
    with a city, new articles about the same summits that add it."""
    pairs = []
    for n in range(offset, offset + count):
        name = f"{FIRST[n % 10]} {LAST[n // 10]}"
        line = f"The {n}th ASEAN Summit opens in Singapore {city} with a plenary, Minister {name} says."
        article = article_with(line, title=f"Summit {n}")
        pairs.append((article, extraction(
            article, summits=[summit(name=f"{n}th ASEAN Summit", ordinal=n, start=f"{1900 + n}-04-27",
                                     end=f"{1900 + n}-04-28", city=city or None, evidence=said(article, line))],
            meetings=[meeting("m1", "Plenary", "plenary", f"{1900 + n}-04-27", city=city or None)],
            participants=[person(name, events=["m1"], organization="ASEAN", title="Minister")],
            documents=[document(f"Declaration number {n}", status="adopted" if city else "expected")],
        )))
    return pairs


def queries_to_import(pairs):
    with CaptureQueriesContext(connection) as queries:
        results = import_batch([a for a, _ in pairs], [e for _, e in pairs])
    assert all(r.ok for r in results)
    return len(queries)


def test_the_queries_of_a_batch_do_not_grow_with_its_articles():
    ten = queries_to_import(numbered_articles(10, offset=10))
    forty = queries_to_import(numbered_articles(40, offset=20))
    assert Summit.objects.count() == 50 and Participant.objects.count() == 50
    assert forty <= ten + 2, (ten, forty)
    # Articles about the same summits again: every record merged, and changed.
    ten_merging = queries_to_import(numbered_articles(10, offset=10, city="Changi"))
    forty_merging = queries_to_import(numbered_articles(40, offset=20, city="Changi"))
    assert Summit.objects.count() == 50 and Summit.objects.filter(city="Changi").count() == 50
    assert Document.objects.filter(status="adopted").count() == 50
    assert forty_merging <= ten_merging + 2, (ten_merging, forty_merging)


def test_import_articles_imports_in_batches_and_reports_every_article(monkeypatch):
    pairs = numbered_articles(7, offset=30)
    found = {article.pk: extracted for article, extracted in pairs}
    monkeypatch.setattr(service, "read_article", lambda article: found[article.pk])
    seen = []
    results = import_articles([a for a, _ in pairs], progress=lambda done, total, r: seen.append((done, total)),
                              batch_size=3)
    assert [r.ok for r in results] == [True] * 7 and Summit.objects.count() == 7
    assert seen == [(n, 7) for n in range(1, 8)]


FIXTURES = sorted(p.name for p in ARTICLES.glob("*.txt"))


class Rollback(Exception):
    pass


def values(export_text):
    """Every record's own values (names, slugs, dates, statuses, counts), without ids,
    foreign keys and timestamps, which differ between two runs."""
    skipped = {"created", "updated", "imported", "added"}
    found = Counter()
    for (model, _pk), fields in records(export_text).items():
        meta = apps.get_model(model)._meta
        foreign = {f.name for f in (*meta.fields, *meta.many_to_many) if f.is_relation}
        found[(model, json.dumps({k: v for k, v in fields.items() if k not in skipped | foreign}, sort_keys=True))] += 1
    return found


def database_after(import_them):
    """What the database holds after `import_them(articles)` over every fixture article,
    in a transaction rolled back afterwards: which records back which sentences
    (tests/reliability/canonical.py), and every record's values."""
    try:
        with transaction.atomic():
            stored = add_articles([IncomingText(name=n, text=(ARTICLES / n).read_text(encoding="utf-8"))
                                   for n in FIXTURES])
            import_them([article for article, _ in stored])
            raise Rollback(snapshot())
    except Rollback as done:
        return identities(done.args[0]) | {"values": values(done.args[0])}


def test_one_batch_of_the_fixture_articles_gives_what_importing_them_one_by_one_gives():
    extracted = {}

    def extractions(articles):
        return [extracted.setdefault(a.sha256, read_article(a)) for a in articles]

    one_by_one = database_after(lambda articles: [import_article(a, extraction=e)
                                                  for a, e in zip(articles, extractions(articles))])
    batched = database_after(lambda articles: import_batch(articles, extractions(articles)))
    assert one_by_one["summit"], "the fixtures must import something for the comparison to mean anything"
    for part in one_by_one:
        assert batched[part] == one_by_one[part], part


def test_add_articles_stores_new_texts_once_and_recognises_known_ones():
    known, _ = add_article(IncomingText(name="known.txt", text=SEED_LINE))
    stored = add_articles([
        IncomingText(name="known-again.txt", text=SEED_LINE.replace(" ", "  ")),
        IncomingText(name="new.txt", text=CNA_LINE, title="CNA"),
        IncomingText(name="new-twice.txt", text=CNA_LINE),
        IncomingText(name="empty.txt", text="\n \n"),
    ])
    assert stored[0] == (known, False)
    assert stored[1][1] is True and stored[2] == (stored[1][0], False)
    assert "empty.txt: the text is empty" in str(stored[3])
    assert Article.objects.count() == 2 and Article.objects.get(title="CNA").body == CNA_LINE


def test_a_big_import_extracts_in_worker_processes_as_this_one_would(settings, monkeypatch):
    """Above SUMMITS_IMPORT_PARALLEL_FROM articles the extractor runs in forked workers:
    the same Extractions come back, batch by batch, and an article the extractor
    cannot read is reported as unreadable, not lost."""
    if threading.active_count() > 1:
        pytest.skip("workers are forked only from a single-threaded process; this test process has threads")
    settings.SUMMITS_IMPORT_PARALLEL_FROM = 2
    stored = add_articles([IncomingText(name=n, text=(ARTICLES / n).read_text(encoding="utf-8")) for n in FIXTURES[:5]])
    broken = article_with("This one breaks the extractor.")
    articles = [article for article, _ in stored] + [broken]
    extract = service.extract

    def breaking(text, **context):
        if "breaks the extractor" in text:
            raise RuntimeError("extractor crashed")
        return extract(text, **context)

    monkeypatch.setattr(service, "extract", breaking)
    forked = []
    monkeypatch.setattr(service, "ProcessPoolExecutor", lambda **kw: forked.append(kw) or ProcessPoolExecutor(**kw))
    batches = list(service._extracted([articles[:3], articles[3:]]))
    assert forked, "the extraction did not go to worker processes"
    assert [batch for batch, _ in batches] == [articles[:3], articles[3:]]
    found = [e for _, extractions in batches for e in extractions]
    assert found[:5] == [read_article(article) for article in articles[:5]]
    assert isinstance(found[5], service.ArticleUnreadable) and "extractor crashed" in str(found[5])


def test_records_of_one_name_get_their_own_addresses_within_a_batch_and_after_it():
    def about(ordinal):
        line = f"The ASEAN Summit number {ordinal} opens."
        article = article_with(line)
        return article, extraction(article, summits=[summit(name="ASEAN Summit", ordinal=ordinal,
                                                            evidence=said(article, line))])

    first = [about(40), about(41)]
    import_batch([a for a, _ in first], [e for _, e in first])
    later = about(42)
    import_batch([later[0]], [later[1]])
    slugs = dict(Summit.objects.values_list("ordinal", "slug"))
    assert slugs == {40: "asean-summit-2018", 41: "asean-summit-2018-2", 42: "asean-summit-2018-3"}
