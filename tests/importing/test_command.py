"""`manage.py import_articles` end to end, with the real extractor, on the fixture articles."""
import datetime as dt
import os
import subprocess
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from summits.importing import service
from summits.models import (
    Article, Attendance, Conflict, Document, Evidence, Meeting, MeetingKind, Participant, ReviewStatus, Summit,
    name_key,
)

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "fixtures" / "articles"
SEED = ARTICLES / "000_seed_69d3f274414b58bc.txt"
CNA = ARTICLES / "en_01_asean_32_singapore_cna.txt"
MODELS = [Article, Summit, Meeting, Participant, Attendance, Document, Evidence, Conflict]


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("import_articles", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def counts():
    return {model.__name__: model.objects.count() for model in MODELS}


def test_the_seed_article_gives_the_32nd_asean_summit_with_its_sessions_people_and_documents():
    out, err = run(SEED)
    assert Article.objects.count() == 1
    summit = Summit.objects.get(ordinal=32)
    assert (summit.organisation.short_name, str(summit.host_country)) == ("ASEAN", "SG")
    assert (summit.start, summit.end, summit.start_precision) == (dt.date(2018, 4, 27), dt.date(2018, 4, 28), "day")
    sessions = {(m.kind, m.start) for m in summit.meetings.all()}
    assert {
        (MeetingKind.PERMANENT_REPRESENTATIVES, dt.date(2018, 4, 25)), (MeetingKind.SENIOR_OFFICIALS, dt.date(2018, 4, 26)),
        (MeetingKind.MINISTERIAL, dt.date(2018, 4, 27)), (MeetingKind.PLENARY, dt.date(2018, 4, 27)),
        (MeetingKind.RETREAT, dt.date(2018, 4, 28)),
    } <= sessions
    assert {name_key(p.name) for p in Participant.objects.all()} == {"joko widodo", "arrmanatha nasir", "chandra w yudha"}
    titles = {d.key for d in Document.objects.all()}
    assert {
        "asean leaders vision for resilient and innovative asean",
        "asean leaders statement on cyber security cooperation",
    } <= titles
    assert any("asean smart cities network" in key for key in titles)
    assert "articles new: 1" in out and "failed: 0" in out and err == ""
    body = Article.objects.get().body
    assert all(body[e.start:e.end] == e.sentence for e in Evidence.objects.all())


def test_importing_the_seed_again_changes_no_count():
    run(SEED)
    before = counts()
    out, _ = run(SEED)
    assert counts() == before
    assert "articles new: 0, articles known: 1" in out and "records created: 0, records merged: 0" in out


def test_dry_run_on_an_empty_database_leaves_it_empty():
    out, _ = run("--dry-run", SEED)
    assert all(n == 0 for n in counts().values())
    assert "create" in out and "KTT ASEAN ke-32" in out and "Dry run, nothing written" in out


def test_a_binary_file_fails_by_name_and_changes_nothing(tmp_path):
    run(SEED)
    before = counts()
    binary = tmp_path / "photo.txt"
    binary.write_bytes(os.urandom(5000))
    with pytest.raises(CommandError) as error:
        run(binary)
    assert error.value.returncode == 1
    assert counts() == before


def test_binary_file_exit_status_and_message_from_a_real_process(tmp_path):
    """The user's view: exit status 1, the file named with its reason, no traceback."""
    binary = tmp_path / "photo.txt"
    binary.write_bytes(os.urandom(5000))
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    manage = [sys.executable, str(ROOT / "manage.py")]
    done = subprocess.run([*manage, "import_articles", str(binary)], env=env, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 1
    assert f"{binary}: this is not a text file" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout


def test_published_and_source_apply_to_articles_that_do_not_say(tmp_path):
    text = tmp_path / "note.txt"
    text.write_text("Menteri Luar Negeri Retno Marsudi menghadiri KTT ASEAN ke-33 di Singapura pada 13 November 2018.")
    run("--published", "2018-11-10", "--source", "Kemlu", text)
    article = Article.objects.get()
    assert article.source == "Kemlu" and timezone.localdate(article.published) == dt.date(2018, 11, 10)
    with pytest.raises(CommandError, match="not a date as YYYY-MM-DD"):
        run("--published", "10/11/2018", text)


def test_an_article_with_no_publication_date_is_named_and_the_fix_is_said(tmp_path):
    """A Reuters text saved without its date ('NUSA DUA, Indonesia, Nov 16'): its summit cannot be
    dated, the command says so by name, and the --published it suggests brings the summit in."""
    undated = tmp_path / "g20.txt"
    undated.write_text((ARTICLES / "en_04_g20_bali_declaration_reuters.txt").read_text(encoding="utf-8"))
    _, err = run(undated)
    assert "no publication date in 1 article(s) (" in err and "g20.txt" in err and "--published" in err
    assert Summit.objects.count() == 0
    _, err = run("--published", "2022-11-16", undated)
    assert "no publication date" not in err
    assert Summit.objects.filter(organisation__short_name="G20", start=dt.date(2022, 11, 15)).exists()


def test_a_folder_of_fixture_articles_imports_each_and_reports_a_summary():
    out, err = run(ARTICLES)
    assert Article.objects.count() == len(list(ARTICLES.glob("*.txt")))
    assert Article.objects.filter(import_status="imported").count() == Article.objects.count()
    assert "failed: 0" in out and not [line for line in err.splitlines() if line.startswith("failed")]


def test_indonesian_and_english_articles_about_one_summit_give_one_summit_with_two_sources():
    run(SEED)
    summit = Summit.objects.get(ordinal=32)
    summit.review_status = ReviewStatus.REVIEWED
    summit.save()
    run(CNA)
    assert Summit.objects.filter(organisation__short_name="ASEAN", ordinal=32).count() == 1
    summit.refresh_from_db()
    assert summit.evidence.values("article").distinct().count() == 2
    # CNA counts the officials' days: 25–28 April. The reviewed 27–28 April stays.
    assert summit.period_display == "27–28 April 2018"
    conflict = Conflict.objects.get(summit=summit, field="dates")
    assert conflict.current_value == "27–28 April 2018" and conflict.proposed_value == "25–28 April 2018"
    assert conflict.article.body.startswith("Singapore ready to host 32nd ASEAN Summit")
    assert "Apr 25 to Apr 28" in conflict.sentence


def test_a_big_import_from_the_command_extracts_in_worker_processes(settings, monkeypatch):
    """The command's progress bar must not keep the import from forking its extraction
    workers (tqdm starts a monitor thread for every bar, shown or not)."""
    if threading.active_count() > 1:
        pytest.skip("workers are forked only from a single-threaded process; this test process has threads")
    settings.SUMMITS_IMPORT_PARALLEL_FROM = 2
    forked = []
    monkeypatch.setattr(service, "ProcessPoolExecutor", lambda **kw: forked.append(kw) or ProcessPoolExecutor(**kw))
    out, err = run(SEED, CNA)
    assert forked, "the command extracted in its own process"
    assert "failed: 0" in out and err == ""
    assert Summit.objects.filter(ordinal=32).count() == 1
