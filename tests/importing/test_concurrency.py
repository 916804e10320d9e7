"""Two `import_articles` processes at the same moment, on the database the suite runs on
(SQLite file with WAL, or PostgreSQL): one article per text, one summit per event, and
no "database is locked" reaching the user."""
import os
import subprocess
import sys
import uuid
from pathlib import Path

import dj_database_url
import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "fixtures" / "articles"
SEED = ARTICLES / "000_seed_69d3f274414b58bc.txt"


@pytest.fixture(scope="module")
def scratch_database(tmp_path_factory):
    """A migrated database of the suite's kind that separate processes can share."""
    engine = dj_database_url.parse(os.environ.get("DATABASE_URL", "sqlite:///x"))["ENGINE"]
    if engine.endswith("sqlite3"):
        url, drop = f"sqlite:///{tmp_path_factory.mktemp('concurrency') / 'db.sqlite3'}", None
    else:
        import psycopg

        base = os.environ["DATABASE_URL"]
        name = f"summits_concurrency_{uuid.uuid4().hex[:8]}"
        admin = dj_database_url.parse(base)
        connect = dict(host=admin["HOST"], port=admin["PORT"] or None, user=admin["USER"],
                       password=admin["PASSWORD"] or None, dbname=admin["NAME"], autocommit=True)
        with psycopg.connect(**connect) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        url = base.rsplit("/", 1)[0] + f"/{name}"

        def drop():
            with psycopg.connect(**connect) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    env = {**os.environ, "DATABASE_URL": url}
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    yield env
    if drop:
        drop()


def run_together(env, *argument_lists):
    processes = [
        subprocess.Popen([sys.executable, "manage.py", "import_articles", *map(str, args)], cwd=ROOT, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for args in argument_lists
    ]
    return [(p.wait(timeout=120), *p.communicate()) for p in processes]


def count(env, sql):
    code = ("import django, sys; django.setup(); from django.db import connection; c = connection.cursor(); "
            "c.execute(sys.argv[1]); print(c.fetchone()[0])")
    done = subprocess.run([sys.executable, "-c", code, sql], cwd=ROOT, env={**env, "DJANGO_SETTINGS_MODULE": "summits.settings"},
                          capture_output=True, text=True, check=True)
    return int(done.stdout.strip())


def test_two_processes_importing_one_folder_at_once_duplicate_nothing(scratch_database):
    """Both import the 25 fixture articles at the same time: every text, summit, person
    and document exists once."""
    results = run_together(scratch_database, [ARTICLES], [ARTICLES])
    for status, out, err in results:
        assert status == 0, err
        assert "locked" not in err and "Traceback" not in err
    files = len(list(ARTICLES.glob("*.txt")))
    assert count(scratch_database, "SELECT COUNT(*) FROM summits_article") == files
    assert count(scratch_database, "SELECT COUNT(*) FROM summits_summit WHERE ordinal = 32") == 1
    for table, key in [("summits_participant", "key, country"), ("summits_document", "key"),
                       ("summits_summit", "organisation_id, ordinal, start"), ("summits_evidence", "article_id, summit_id, meeting_id, attendance_id, document_id, participant_id, start")]:
        duplicates = f"SELECT COUNT(*) FROM (SELECT {key} FROM {table} GROUP BY {key} HAVING COUNT(*) > 1) d"
        assert count(scratch_database, duplicates) == 0, table


def test_the_same_new_text_twice_at_once_is_one_article(scratch_database, tmp_path):
    articles = count(scratch_database, "SELECT COUNT(*) FROM summits_article")
    copy = tmp_path / "copy.txt"
    copy.write_text(SEED.read_text(encoding="utf-8") + "\n\n(Dimuat ulang dari ANTARA.)", encoding="utf-8")
    results = run_together(scratch_database, [copy], [copy])
    assert all(status == 0 for status, _, _ in results), results
    assert count(scratch_database, "SELECT COUNT(*) FROM summits_article") == articles + 1
    assert count(scratch_database, "SELECT COUNT(*) FROM summits_summit WHERE ordinal = 32") == 1
    assert sorted(out.split("articles new: ")[1][0] for _, out, _ in results) == ["0", "1"]
