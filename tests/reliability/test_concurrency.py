"""Two editors importing at the same moment, as real processes: `manage.py
import_articles` twice, released together from a barrier after Django has started, on
the database the suite runs on (an SQLite file in WAL mode, or PostgreSQL). The same
article twice leaves one article; two articles about one summit leave one summit; no
"database is locked", no traceback, both succeed."""
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path


from .helpers import PROJECT, TRACEBACK_MARKERS, records

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
SEED = ARTICLES / "000_seed_69d3f274414b58bc.txt"  # Indonesian: KTT ASEAN ke-32, Singapura
CNA = ARTICLES / "en_01_asean_32_singapore_cna.txt"  # English: 32nd ASEAN Summit, Singapore

# Start Django, then wait for the barrier file, then run the command as manage.py would.
WAIT_THEN_RUN = """
import os, sys, time
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "summits.settings")
import django
django.setup()
barrier = sys.argv[1]
while not os.path.exists(barrier):
    time.sleep(0.005)
from django.core.management import execute_from_command_line
execute_from_command_line(["manage.py", *sys.argv[2:]])
"""


def run_together(db, tmp_path, *commands, timeout=240):
    barrier = tmp_path / f"go-{time.monotonic_ns()}"
    processes = [
        subprocess.Popen([sys.executable, "-c", WAIT_THEN_RUN, str(barrier), *map(str, command)], cwd=PROJECT,
                         env=db.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for command in commands
    ]
    time.sleep(3)  # both have started Django and are polling the barrier
    barrier.touch()
    results = []
    for process in processes:
        out, err = process.communicate(timeout=timeout)
        results.append((process.returncode, out + err))
    for code, output in results:
        assert "database is locked" not in output, output
        assert not any(marker in output for marker in TRACEBACK_MARKERS), output
        assert code == 0, output
    return results


def database(db, tmp_path):
    path = tmp_path / f"export-{time.monotonic_ns()}.json"
    result = db.manage("export_timeline", path)
    assert result.returncode == 0, result.stderr
    rows = records(path.read_text(encoding="utf-8"))
    return {model: [dict(f, pk=pk) for (m, pk), f in rows.items() if m == model] for model in {m for m, _ in rows}}


def summits_numbered(db_records, ordinal):
    return [s for s in db_records.get("summits.summit", []) if s["ordinal"] == ordinal]


def test_the_same_article_twice_at_once_is_one_article(subprocess_db, tmp_path):
    run_together(subprocess_db, tmp_path, ["import_articles", SEED], ["import_articles", SEED])
    rows = database(subprocess_db, tmp_path)
    assert len(rows["summits.article"]) == 1
    assert len(summits_numbered(rows, 32)) == 1
    names = Counter(p["name"] for p in rows["summits.participant"])
    assert names and max(names.values()) == 1, names


def test_two_articles_about_one_summit_at_once_make_one_summit(subprocess_db, tmp_path):
    run_together(subprocess_db, tmp_path, ["import_articles", SEED], ["import_articles", CNA])
    rows = database(subprocess_db, tmp_path)
    assert len(rows["summits.article"]) == 2
    [summit] = summits_numbered(rows, 32)
    # Both articles are its sources.
    sources = {e["article"] for e in rows["summits.evidence"] if e["summit"] == summit["pk"]}
    assert len(sources) == 2
    names = Counter(p["name"] for p in rows["summits.participant"])
    assert max(names.values()) == 1, names
