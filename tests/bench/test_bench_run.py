"""bench/run.py's pieces run on tiny sizes and report what they measured. No timing is
asserted here: speed bars are checked by the benchmark itself, on a whole run."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import databases  # noqa: E402
import load  # noqa: E402
import report  # noqa: E402
from run import bench_env  # noqa: E402
from stages import uses_country_index  # noqa: E402

HEADLINE_KEYS = {
    "schedule_ms_small", "schedule_ms_large", "schedule_queries_small", "schedule_queries_large", "schedule_ms_raw",
    "extract_ms_per_article", "dateparser_ms_per_article", "import_ms_per_article",
}


def test_quick_run_on_tiny_sizes_ends_with_the_headline_json(tmp_path):
    name = f"tmp/smoke-{os.getpid()}"
    command = [sys.executable, str(BENCH / "run.py"), "--quick", "--small", "3", "--large", "8", "--articles", "4",
               "--repeat", "1", "--extraction-repeat", "1", "--name", name]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=BENCH.parent)
    assert done.returncode == 0, done.stderr[-2000:]
    headline = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(headline) == HEADLINE_KEYS
    assert headline["schedule_queries_small"] >= 1 and headline["extract_ms_per_article"] > 0
    path = BENCH / "results" / f"{name}.json"
    try:
        results = json.loads(path.read_text(encoding="utf-8"))
    finally:
        path.unlink()
    assert results["machine"]["nproc"] >= 1 and results["sizes"]["large"] == 8
    assert results["sqlite"]["pages"]["large"]["pages"]["schedule"]["status"] == 200
    assert results["sqlite"]["pages"]["explain_country"], "the country filter's plan is reported"
    assert {b["bar"] for b in results["bars"]} >= {"schedule page at large size <= 1.5x small"}


def results_with(small_ms, large_ms, raw_ms, small_queries=3, large_queries=3):
    pages = lambda ms, q: {"pages": {"schedule": {"ms": ms, "queries": q}}}  # noqa: E731
    return {"extraction": {"ratio": 25.0}, "sqlite": {"pages": {
        "small": pages(small_ms, small_queries), "large": pages(large_ms, large_queries), "raw": {"ms": raw_ms},
        "explain_country": [{"plan": ["SCAN summits_summitcountry"], "uses_index": False}],
    }}}


def verdicts(results):
    return {b["bar"]: b["holds"] for b in report.evaluate(results)}


def test_bars_hold_or_fail_on_the_measured_ratios():
    good = verdicts(results_with(small_ms=10, large_ms=12, raw_ms=2))
    assert good["schedule page at large size <= 1.5x small"] is True
    assert good["schedule page <= 10x the raw SQL fetch of its rows"] is True
    assert good["extraction >= 20x faster than dateparser.search_dates"] is True
    bad = verdicts(results_with(small_ms=10, large_ms=40, raw_ms=1, large_queries=4))
    assert bad["schedule page at large size <= 1.5x small"] is False
    assert bad["schedule page: same number of queries at both sizes"] is False
    assert bad["schedule page <= 10x the raw SQL fetch of its rows"] is False
    assert bad["country filter reads SummitCountry through an index"] is False
    # What was not measured is said so, never counted as holding.
    assert bad["import per article <= 2x extraction alone"] is None


def test_index_use_is_read_from_sqlite_and_postgresql_plans():
    assert uses_country_index(["SEARCH summits_summitcountry USING COVERING INDEX summitcountry_country_idx (country=?)"])
    assert uses_country_index(["  ->  Bitmap Index Scan on summitcountry_country_idx"])
    assert not uses_country_index(["SCAN summits_summitcountry", "SEARCH summits_summit USING INTEGER PRIMARY KEY"])


def test_scratch_sqlite_database_is_removed_afterwards():
    with databases.scratch_sqlite() as url:
        folder = Path(url.removeprefix("sqlite:///")).parent
        assert folder.is_dir()
    assert not folder.exists()


@pytest.mark.skipif(not databases.is_postgres(os.environ.get("DATABASE_URL")), reason="DATABASE_URL names no PostgreSQL")
def test_scratch_postgres_database_is_created_and_dropped():
    import psycopg

    with databases.scratch_postgres(os.environ["DATABASE_URL"]) as url:
        with psycopg.connect(databases._conninfo(url)) as conn:
            assert conn.execute("SELECT 1").fetchone() == (1,)
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(databases._conninfo(url)).close()


def test_http_load_without_wrk_says_how_to_install_it(monkeypatch):
    monkeypatch.setattr(load, "wrk_path", lambda: None)
    assert load.http_load({}, ["/"], 1, 1) == {"skipped": "wrk is not installed: apt-get install wrk"}


@pytest.mark.skipif(not load.wrk_path(), reason="wrk is not installed (apt-get install wrk)")
def test_http_load_reports_throughput_latency_and_errors():
    with databases.scratch_sqlite() as url:
        env = bench_env(url, DEBUG=1)
        subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=BENCH.parent, env=env, check=True)
        figures = load.http_load(env, ["/"], seconds=1, connections=2)["/"]
    assert figures["requests"] > 0 and figures["requests_per_s"] > 0
    assert figures["p50_ms"] <= figures["p95_ms"] <= figures["p99_ms"]
    assert figures["errors"] == 0 and figures["status_5xx"] == 0 and figures["non_2xx_3xx"] == 0
