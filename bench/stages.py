"""The measurements, each run in a process of its own (bench/run.py starts them with
DATABASE_URL naming a scratch database) so that no cache or connection carries over.

Every stage returns a JSON-able dict; times are in milliseconds."""
import datetime as dt
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
SEED_ARTICLES = Path("/work/shared/seed")


def setup_django():
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "summits.settings")
    import django

    django.setup()


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return (time.perf_counter() - start) * 1000, result


def quiet():
    return io.StringIO()


@contextmanager
def query_log():
    """Every statement the default connection runs inside the block, with its parameters."""
    from django.db import connection

    log = []

    def record(execute, sql, params, many, context):
        if not many:
            log.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        yield log


def selects(log):
    return [(sql, params) for sql, params in log if sql.lstrip().upper().startswith(("SELECT", "WITH"))]


# -- database set-up -----------------------------------------------------------------
def manage(*args):
    """A management command in a process of its own: what it leaves in memory (hundreds of
    thousands of objects make every garbage collection slower) must not weigh on the
    requests timed afterwards in this one."""
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def migrate():
    manage("migrate", "--noinput", "-v0")


def generate(summits, seed):
    if summits > 0:
        manage("generate_demo", f"--summits={summits}", f"--seed={seed}")


def analyze():
    """Fresh planner statistics, as autovacuum (PostgreSQL) or a maintenance job would keep."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


# -- pages ---------------------------------------------------------------------------
def page_urls(exports=True):
    from summits.models import Summit

    summits = Summit.objects.filter(ordinal__isnull=False, start__lte=dt.date.today())
    summit = summits.order_by("-start").first() or Summit.objects.order_by("pk").first()
    urls = {"schedule": "/", "schedule_country": "/?country=ID", "summit": summit.get_absolute_url() if summit else None}
    if exports:
        urls |= {"ics": "/schedule.ics", "json": "/schedule.json"}
    return urls


COLD_REPEAT = 5


def measure_page(client, url, repeat):
    """Server time of one page through Django's test client: requests right after the
    caches are cleared (the page built from the database; median of COLD_REPEAT), then
    the median of `repeat` more (what visitors get). Returns the result and the
    statements the first cold request ran."""
    from django.core.cache import caches

    def clear_caches():
        for cache in caches.all(initialized_only=True):
            cache.clear()

    clear_caches()
    with query_log() as cold:
        response = client.get(url)
    cold_times = []
    for _ in range(COLD_REPEAT):  # one cold request is one noisy sample: take a median
        clear_caches()
        cold_times.append(timed(client.get, url)[0])
    cold_ms = statistics.median(cold_times)
    times = []
    # At least `repeat` requests, and for fast pages enough for three seconds of them: the
    # median of a few 2 ms requests on a shared machine is mostly noise.
    while len(times) < repeat or (sum(times) < 3000 and len(times) < 1000):
        times.append(timed(client.get, url)[0])
    with query_log() as warm:
        client.get(url)
    result = {
        "url": url, "status": response.status_code, "bytes": len(response.content),
        "cold_ms": round(cold_ms, 2), "ms": round(statistics.median(times), 2), "requests": len(times),
        "queries": len(cold), "queries_warm": len(warm),
    }
    return result, cold


def measure_pages(repeat, exports=True):
    from django.test import Client

    client = Client()
    urls = page_urls(exports)
    for url in filter(None, urls.values()):
        client.get(url)  # first-request costs (imports, template compilation) are not the page's
    results, logs = {}, {}
    for key, url in urls.items():
        if url is None:
            results[key] = {"skipped": "no summit in the database"}
            continue
        try:
            results[key], logs[key] = measure_page(client, url, repeat)
        except Exception as exc:  # a broken page is a finding to report, not a reason to stop
            results[key] = {"url": url, "error": f"{type(exc).__name__}: {exc}"}
    return results, logs


def replay(statements, repeat):
    """The raw fetch: the SELECTs a page ran, executed through the database cursor and
    fetched, with no ORM objects and no template. Median of `repeat` runs."""
    from django.db import connection

    def fetch_all():
        rows = 0
        with connection.cursor() as cursor:
            for sql, params in statements:
                cursor.execute(sql, params)
                rows += len(cursor.fetchall())
        return rows

    fetch_all()
    runs = [timed(fetch_all) for _ in range(max(repeat, 5))]
    return {"ms": round(statistics.median(ms for ms, _ in runs), 3), "rows": runs[0][1], "statements": len(statements)}


def explain(statements, country="ID"):
    """Query plans of the statements that filter by the country: EXPLAIN QUERY PLAN on
    SQLite, EXPLAIN on PostgreSQL."""
    from django.db import connection

    prefix = "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN "
    plans = []
    with connection.cursor() as cursor:
        for sql, params in statements:
            if "summitcountry" not in sql.lower() or country not in [str(p) for p in params or ()]:
                continue
            cursor.execute(prefix + sql, params)
            rows = cursor.fetchall()
            lines = [" ".join(str(c) for c in row[-1:]) for row in rows]
            plans.append({"sql": sql, "plan": lines, "uses_index": uses_country_index(lines)})
    return plans


def uses_country_index(plan_lines):
    """Whether the plan reads SummitCountry through an index rather than a full scan."""
    for line in plan_lines:
        low = line.lower()
        if "summitcountry" in low and "index" in low:
            return True
    return False


def country_filter_statements():
    """The statement behind "summits involving Indonesia" when the page's own is unknown."""
    from summits.models import Summit

    qs = Summit.objects.filter(countries__country="ID").distinct().order_by("start")[:50]
    sql, params = qs.query.sql_with_params()
    return [(sql, params)]


def stage_pages(small, large, repeat, seed, exports=True):
    from django.db import connection

    migrate()
    generate(small, seed)
    analyze()
    result = {"vendor": connection.vendor, "small": {"summits": small}, "large": {"summits": large}}
    result["small"]["pages"], _ = measure_pages(repeat, exports)
    generate(large - small, seed + 1)
    analyze()
    result["large"]["pages"], logs = measure_pages(repeat, exports)
    result["raw"] = replay(selects(logs.get("schedule", [])), repeat)
    country = selects(logs.get("schedule_country", []))
    result["explain_country"] = explain(country) or explain(country_filter_statements())
    return result


# -- extraction ----------------------------------------------------------------------
def fixture_texts():
    folder = FIXTURES if any(FIXTURES.glob("*.txt")) else SEED_ARTICLES
    return folder, [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def stage_extraction(repeat):
    """Extraction against dateparser.search_dates over the same fixture texts, the way
    bench/extraction.py (the extraction helper's benchmark) times them."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import dateparser.search

    from summits.extraction import extract

    try:
        from extraction import median_time  # bench/extraction.py, the extraction helper's own timing
    except ImportError:
        def median_time(fn, texts, repeat):
            return statistics.median(min(timed(fn, t)[0] for _ in range(repeat)) / 1000 for t in texts)

    folder, texts = fixture_texts()
    extract(texts[0])  # lexicons and gazetteer load once, as in a running server
    dateparser.search.search_dates(texts[0][:200], languages=["id", "en"])
    ours = median_time(extract, texts, repeat)
    theirs = median_time(lambda t: dateparser.search.search_dates(t, languages=["id", "en"]), texts, repeat)
    return {
        "articles": len(texts), "folder": str(folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder),
        "extract_ms_per_article": round(ours * 1000, 3), "dateparser_ms_per_article": round(theirs * 1000, 3),
        "ratio": round(theirs / ours, 1),
    }


# -- import --------------------------------------------------------------------------
def extraction_ms(texts):
    """Mean extraction time per article over `texts` (what import adds writes to)."""
    from summits.extraction import extract

    extract(texts[0])
    ms, _ = timed(lambda: [extract(t) for t in texts])
    return ms / len(texts)


def stage_import(articles, seed, measure_extraction=True):
    """`import_articles` over generated article files into an empty database."""
    from django.core.management import CommandError, call_command, get_commands
    from django.db import connection

    from summits.models import Article, ImportStatus, Meeting, Summit

    migrate()
    if "import_articles" not in get_commands():
        return {"skipped": "no import_articles command on this checkout yet"}
    with tempfile.TemporaryDirectory(prefix="summits-bench-articles-") as folder:
        manage("generate_demo", f"--articles-dir={folder}", f"--articles={articles}", f"--seed={seed}")
        files = sorted(Path(folder).glob("*.txt"))
        extract_ms = extraction_ms([f.read_text(encoding="utf-8") for f in files]) if measure_extraction else None
        error = None
        try:
            ms, _ = timed(call_command, "import_articles", folder, stdout=quiet(), stderr=quiet())
        except (CommandError, SystemExit) as exc:
            ms, error = None, f"{type(exc).__name__}: {exc}"
    result = {
        "vendor": connection.vendor, "articles": len(files), "seconds": round(ms / 1000, 2) if ms else None,
        "import_ms_per_article": round(ms / len(files), 3) if ms else None,
        "extract_ms_per_article": round(extract_ms, 3) if extract_ms else None,
        "imported": Article.objects.filter(import_status=ImportStatus.IMPORTED).count(),
        "failed": Article.objects.filter(import_status=ImportStatus.FAILED).count(),
        "summits": Summit.objects.count(), "meetings": Meeting.objects.count(),
    }
    if error:
        result["error"] = error
    if ms and extract_ms:
        result["ratio_to_extraction"] = round(ms / len(files) / extract_ms, 2)
    return result


STAGES = {"pages": stage_pages, "extraction": stage_extraction, "import": stage_import}


def run_stage(name, params):
    if name != "extraction":
        setup_django()
    return STAGES[name](**params)
