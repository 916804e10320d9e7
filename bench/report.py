"""The bars of issue #6 checked against one run's results, and the Markdown for the README.

    python bench/report.py bench/results/<run>.json   # prints the README table
"""
import json
import sys

BACKEND_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


def page(results, backend, size, key="schedule"):
    return results.get(backend, {}).get("pages", {}).get(size, {}).get("pages", {}).get(key, {})


def bar(text, backend, value, holds):
    return {"bar": text, "backend": backend, "value": value, "holds": holds}


def ratio(a, b):
    return a / b if a is not None and b else None


def page_bars(results, backend):
    small, large = page(results, backend, "small"), page(results, backend, "large")
    pages = results[backend].get("pages", {})
    grow = ratio(large.get("ms"), small.get("ms"))
    raw = ratio(large.get("ms"), pages.get("raw", {}).get("ms"))
    grow_cold = ratio(large.get("cold_ms"), small.get("cold_ms"))
    raw_cold = ratio(large.get("cold_ms"), pages.get("raw", {}).get("ms"))
    plans = pages.get("explain_country", [])
    return [
        bar("schedule page at large size <= 1.5x small", backend, fmt(grow, "x"), None if grow is None else grow <= 1.5),
        # The same two bars for the page built from the database (first request, caches
        # cleared): what a visitor meets right after an import.
        bar("uncached schedule page at large size <= 1.5x small", backend, fmt(grow_cold, "x"),
            None if grow_cold is None else grow_cold <= 1.5),
        bar("uncached schedule page <= 10x the raw SQL fetch", backend, fmt(raw_cold, "x"),
            None if raw_cold is None else raw_cold <= 10),
        bar("schedule page: same number of queries at both sizes", backend,
            f"{small.get('queries')} vs {large.get('queries')}",
            None if "queries" not in large else small.get("queries") == large.get("queries")),
        bar("country filter reads SummitCountry through an index", backend,
            "index" if any(p["uses_index"] for p in plans) else "no index",
            any(p["uses_index"] for p in plans) if plans else None),
        bar("schedule page <= 10x the raw SQL fetch of its rows", backend, fmt(raw, "x"), None if raw is None else raw <= 10),
    ]


def import_bars(results, backend):
    found = results[backend].get("import", {})
    value = found.get("ratio_to_extraction")
    bars = [bar("import per article <= 2x extraction alone", backend, fmt(value, "x"),
                None if value is None else value <= 2)]
    big = results[backend].get("import_big")
    if big is not None:
        seconds = big.get("seconds")
        holds = None if seconds is None else seconds < 30 and not big.get("failed")
        bars.append(bar(f"{big.get('articles', '?')} generated articles imported in under 30 s", backend,
                        fmt(seconds, " s"), holds))
    return bars


def http_bars(results, backend):
    runs = results[backend].get("http")
    if not runs or "skipped" in runs:
        return []
    bars = []
    for path, r in runs.items():
        if "error" in r:
            bars.append(bar(f"HTTP load {path}: zero errors, zero 5xx", backend, r["error"], False))
            continue
        bad = r["errors"] + r["status_5xx"] + r["non_2xx_3xx"]
        bars.append(bar(f"HTTP load {path}: zero errors, zero 5xx", backend,
                        f"{r['requests_per_s']} req/s, p95 {r['p95_ms']} ms, {bad} bad", bad == 0))
    return bars


def evaluate(results):
    extraction = results.get("extraction", {})
    value = extraction.get("ratio")
    bars = [bar("extraction >= 20x faster than dateparser.search_dates", "-", fmt(value, "x"),
                None if value is None else value >= 20)]
    for backend in BACKEND_NAMES:
        if backend in results:
            bars += page_bars(results, backend) + import_bars(results, backend) + http_bars(results, backend)
    return bars


def fmt(value, unit=""):
    if value is None:
        return "not measured"
    return f"{value:.2f}{unit}" if isinstance(value, float) else f"{value}{unit}"


def verdict(holds):
    return {True: "holds", False: "FAILS", None: "not measured"}[holds]


def bars_table(bars):
    lines = ["| bar | database | measured | |", "|---|---|---|---|"]
    lines += [f"| {b['bar']} | {BACKEND_NAMES.get(b['backend'], b['backend'])} | {b['value']} | {verdict(b['holds'])} |"
              for b in bars]
    return "\n".join(lines)


def numbers_table(results):
    lines = ["| measure | " + " | ".join(BACKEND_NAMES[b] for b in BACKEND_NAMES if b in results) + " |",
             "|---|" + "---|" * sum(b in results for b in BACKEND_NAMES)]
    backends = [b for b in BACKEND_NAMES if b in results]
    rows = []
    for key, label in (("schedule", "`/`"), ("schedule_country", "`/?country=ID`"), ("summit", "a summit page"),
                       ("ics", "`/schedule.ics`"), ("json", "`/schedule.json`")):
        for size in ("small", "large"):
            n = results[backends[0]].get("pages", {}).get(size, {}).get("summits", 0)
            cells = []
            for b in backends:
                p = page(results, b, size, key)
                cells.append(f"{p['ms']} ms ({p['cold_ms']} uncached), {p['queries']} queries" if "ms" in p else p.get("error", "-")[:60])
            if any(cell != "-" for cell in cells):
                rows.append(f"| {label} at {n:,} summits | " + " | ".join(cells) + " |")
    rows.append("| raw SQL fetch of the large `/` | " + " | ".join(
        f"{results[b].get('pages', {}).get('raw', {}).get('ms', '-')} ms" for b in backends) + " |")
    for b_key, label in (("import", "import, ms per article"), ("import_big", "import of the big batch")):
        cells = []
        for b in backends:
            r = results[b].get(b_key)
            if r is None:
                cells.append("-")
            elif "skipped" in r or r.get("seconds") is None:
                cells.append(r.get("skipped") or r.get("error", "-")[:60])
            else:
                cells.append(f"{r['import_ms_per_article']} ms ({r['articles']} articles, {r['seconds']} s)")
        rows.append(f"| {label} | " + " | ".join(cells) + " |")
    for b in backends:
        for path, r in (results[b].get("http") or {}).items():
            if isinstance(r, dict) and "requests_per_s" in r:
                cells = ["-"] * len(backends)
                cells[backends.index(b)] = (f"{r['requests_per_s']} req/s; p50 {r['p50_ms']} / p95 {r['p95_ms']} / "
                                            f"p99 {r['p99_ms']} ms; {r['errors']} errors, {r['status_5xx']} 5xx")
                rows.append(f"| HTTP `{path}`, 32 connections | " + " | ".join(cells) + " |")
    return "\n".join(lines + rows)


def machine_line(results):
    m = results["machine"]
    parts = [f"{m['nproc']} cores ({m['cpu']})", f"Python {m['python']}", f"Django {m['django']}", f"SQLite {m['sqlite']}"]
    if m.get("postgresql"):
        parts.append(f"PostgreSQL {m['postgresql']}")
    parts.append(f"load average at start {m.get('load_average_at_start')}")
    return ", ".join(parts)


def explain_blocks(results):
    """The plans of the country-filtered schedule's statements (upcoming, then earlier)."""
    blocks = []
    for backend in BACKEND_NAMES:
        plans = results.get(backend, {}).get("pages", {}).get("explain_country", [])
        if plans:
            text = "\n\n".join("\n".join(plan["plan"]) for plan in plans)
            blocks.append(f"{BACKEND_NAMES[backend]}:\n\n```\n{text}\n```")
    return "\n\n".join(blocks)


def markdown(results):
    extraction = results.get("extraction", {})
    return "\n\n".join([
        f"Run `{results['name']}` on {results['started'][:10]}: {machine_line(results)}.",
        numbers_table(results),
        f"Extraction: {extraction.get('extract_ms_per_article')} ms per article against "
        f"{extraction.get('dateparser_ms_per_article')} ms for `dateparser.search_dates` "
        f"({extraction.get('articles')} articles of `{extraction.get('folder')}`).",
        bars_table(evaluate(results)),
        explain_blocks(results),
    ])


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        print(markdown(json.load(f)))
