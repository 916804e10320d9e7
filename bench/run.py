"""Benchmarks of Summit Timeline, measured side by side in one run on one machine.

    python bench/run.py            # make bench: SQLite, and PostgreSQL when DATABASE_URL names one
    python bench/run.py --quick    # make bench-quick: SQLite only, smaller, no HTTP load, < 2 min

1. pages (/, /?country=ID, a summit, /schedule.ics, /schedule.json): server time through
   Django's test client and query counts, at a small and a large number of summits, the raw
   SQL fetch of the large schedule's rows, and the plan of the country filter;
2. extraction against dateparser.search_dates over the fixture articles;
3. import_articles over generated articles (and a big batch of them on SQLite);
4. HTTP load: gunicorn with 2 workers on 127.0.0.1, wrk at 32 connections.

Each measurement runs in a process of its own against a throwaway database (a temporary
SQLite file; a scratch PostgreSQL database created and dropped on the server DATABASE_URL
names). Results go to bench/results/<name>.json; the last line printed is one JSON object
of the headline numbers.
"""
import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from databases import is_postgres, scratch_database  # noqa: E402
from load import http_load  # noqa: E402
from machine import machine_info  # noqa: E402
from report import bars_table, evaluate  # noqa: E402

FULL = dict(small=100, large=10_000, articles=1_000, big_import=10_000, http_seconds=30, repeat=15,
            extraction_repeat=3, exports=True)
QUICK = dict(small=100, large=2_000, articles=200, big_import=0, http_seconds=0, repeat=7,
             extraction_repeat=2, exports=True)
CONNECTIONS = 32
HTTP_PATHS = ["/", "/?country=ID"]


def bench_env(database_url, **extra):
    """The environment of a stage: production-like settings (DEBUG off, so no query log
    and cached templates) on the scratch database."""
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url, SECRET_KEY="benchmark-only-not-a-secret", DEBUG="0", SECURE_SSL_REDIRECT="0",
        ALLOWED_HOSTS="testserver,127.0.0.1,localhost", LOG_LEVEL="ERROR", PYTHONPATH=str(ROOT),
        DJANGO_SETTINGS_MODULE="summits.settings",
    )
    env.update({k: str(v) for k, v in extra.items()})
    return env


def say(message):
    print(message, file=sys.stderr, flush=True)


def stage(name, database_url, **params):
    """Run one stage in a fresh process; its last stdout line is its JSON result."""
    command = [sys.executable, str(HERE / "run.py"), "--stage", name, "--params", json.dumps(params)]
    env = bench_env(database_url or "sqlite:///:memory:")
    started = time.monotonic()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=3600)
    lines = done.stdout.strip().splitlines()
    if done.returncode or not lines:
        say(done.stderr[-3000:])
        return {"error": f"stage {name} exited with {done.returncode}: {done.stderr.strip()[-300:]}"}
    return json.loads(lines[-1]) | {"stage_seconds": round(time.monotonic() - started, 1)}


def collectstatic():
    """DEBUG off serves hashed static names from the manifest collectstatic writes."""
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT,
                   env=bench_env("sqlite:///:memory:"), check=True)


def measure_backend(backend, base_url, sizes, seed, found, save):
    """Fills `found` stage by stage, saving after each, so a long run that breaks off
    keeps what it measured."""
    with scratch_database(backend, base_url) as url:
        say(f"== {backend}: pages at {sizes['small']:,} and {sizes['large']:,} summits")
        found["pages"] = stage("pages", url, small=sizes["small"], large=sizes["large"], repeat=sizes["repeat"],
                               seed=seed, exports=sizes["exports"])
        save()
        if sizes["http_seconds"]:
            say(f"== {backend}: HTTP load, gunicorn 2 workers, wrk {CONNECTIONS} connections x {sizes['http_seconds']} s")
            env = bench_env(url, CONN_MAX_AGE=60)  # persistent connections, as in production
            try:
                found["http"] = http_load(env, HTTP_PATHS, sizes["http_seconds"], CONNECTIONS)
            except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
                found["http"] = {path: {"error": str(exc)[:300]} for path in HTTP_PATHS}
            save()
    with scratch_database(backend, base_url) as url:
        say(f"== {backend}: import_articles over {sizes['articles']:,} generated articles")
        found["import"] = stage("import", url, articles=sizes["articles"], seed=seed)
        save()
    if backend == "sqlite" and sizes["big_import"]:
        with scratch_database(backend, base_url) as url:
            say(f"== {backend}: import_articles over {sizes['big_import']:,} generated articles")
            found["import_big"] = stage("import", url, articles=sizes["big_import"], seed=seed + 1,
                                        measure_extraction=False)


def headline(results):
    """The one-line summary (last line printed)."""
    sqlite = results.get("sqlite", {})
    pages = sqlite.get("pages", {})

    def schedule(size, key):
        return pages.get(size, {}).get("pages", {}).get("schedule", {}).get(key)

    return {
        "schedule_ms_small": schedule("small", "ms"),
        "schedule_ms_large": schedule("large", "ms"),
        "schedule_queries_small": schedule("small", "queries"),
        "schedule_queries_large": schedule("large", "queries"),
        "schedule_ms_raw": pages.get("raw", {}).get("ms"),
        "extract_ms_per_article": results.get("extraction", {}).get("extract_ms_per_article"),
        "dateparser_ms_per_article": results.get("extraction", {}).get("dateparser_ms_per_article"),
        "import_ms_per_article": sqlite.get("import", {}).get("import_ms_per_article"),
    }


def results_path(name, quick):
    folder = HERE / "results" / ("tmp" if quick and not name else "")
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return folder / f"{name or ('quick-' if quick else '') + stamp}.json"


def run(args):
    sizes = dict(QUICK if args.quick else FULL)
    for key in sizes:
        if getattr(args, key, None) is not None:
            sizes[key] = getattr(args, key)
    base_url = os.environ.get("DATABASE_URL", "")
    backends = ["sqlite"] + (["postgresql"] if is_postgres(base_url) and not args.quick else [])
    results = {
        "name": args.name or "unnamed", "started": dt.datetime.now().isoformat(timespec="seconds"),
        "quick": args.quick, "sizes": sizes, "seed": args.seed,
        "machine": machine_info(base_url if "postgresql" in backends else None),
    }
    path = results_path(args.name, args.quick)

    def save():
        results["bars"] = evaluate(results)
        path.parent.mkdir(parents=True, exist_ok=True)  # bench/results/tmp/ is not in a fresh clone
        path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    collectstatic()
    say("== extraction against dateparser.search_dates")
    results["extraction"] = stage("extraction", None, repeat=sizes["extraction_repeat"])
    for backend in backends:
        results[backend] = {}
        measure_backend(backend, base_url, sizes, args.seed, results[backend], save)
    save()
    print(bars_table(results["bars"]))
    print(f"Results: {path.relative_to(ROOT)}")
    print(json.dumps(headline(results)))


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="SQLite only, 2,000 summits, 200 articles, no HTTP load.")
    parser.add_argument("--name", help="Results file name (default: a time stamp).")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--small", type=int, help="Summits of the small size (100).")
    parser.add_argument("--large", type=int, help="Summits of the large size (10,000; 2,000 with --quick).")
    parser.add_argument("--articles", type=int, help="Articles of the import run (1,000; 200 with --quick).")
    parser.add_argument("--big-import", type=int, help="Articles of the big SQLite import (10,000; 0 skips).")
    parser.add_argument("--http-seconds", type=int, help="Seconds of each wrk run (30; 0 skips).")
    parser.add_argument("--repeat", type=int, help="Requests per page after the first (median).")
    parser.add_argument("--extraction-repeat", type=int, help="Timings per fixture article (the best counts).")
    parser.add_argument("--stage", help=argparse.SUPPRESS)  # internal: one measurement in its own process
    parser.add_argument("--params", default="{}", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    if args.stage:
        from stages import run_stage

        print(json.dumps(run_stage(args.stage, json.loads(args.params))))
        return
    run(args)


if __name__ == "__main__":
    main()
