"""Times full extraction against dateparser.search_dates over the fixture articles.

    python bench/extraction.py [--repeat N]

Prints the median time per article of both, their ratio (bar: extraction >= 20x faster than
search_dates alone), and the time to extract 1 MB of article text (bar: under a second).
Data (gazetteer, lexicons) is loaded once before timing, as in a running server.
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summits.extraction import extract  # noqa: E402

ARTICLES = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))


def timed(fn, text, repeat):
    """Best of `repeat` runs, in CPU time of this process: other work on the machine (tests of
    other sessions on the same two cores) does not count against either side."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn(text)
        best = min(best, time.process_time() - start)
    return best


def median_time(fn, texts, repeat):
    """Median over the articles of the best CPU time of `fn` (bench/stages.py imports this)."""
    return statistics.median(timed(fn, text, repeat) for text in texts)


def medians(texts, repeat):
    """Both timed article by article, back to back, so that load on the machine weighs on both alike."""
    import dateparser.search

    def search(text):
        return dateparser.search.search_dates(text, languages=["id", "en"])

    ours, theirs = [], []
    for text in texts:
        ours.append(timed(extract, text, repeat))
        theirs.append(timed(search, text, repeat))
    return statistics.median(ours), statistics.median(theirs)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    import dateparser.search

    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    if not texts:
        sys.exit("no fixture articles in tests/fixtures/articles/")
    extract(texts[0])  # load gazetteer and lexicons once
    dateparser.search.search_dates(texts[0][:200], languages=["id", "en"])  # and dateparser's

    ours, theirs = medians(texts, args.repeat)
    print(f"articles: {len(texts)}")
    print(f"extraction median:   {ours * 1000:8.2f} ms per article")
    print(f"search_dates median: {theirs * 1000:8.2f} ms per article")
    print(f"ratio: {theirs / ours:.1f}x (bar: >= 20)")

    big = ""
    while len(big) < 1_000_000:
        big += "\n\n".join(texts) + "\n\n"
    start = time.process_time()
    extract(big[:1_000_000])
    print(f"1 MB of text: {time.process_time() - start:.2f} s CPU (bar: < 1 s)")
    # the same megabyte as one endless paragraph: no step may grow faster than the text
    start = time.process_time()
    extract(" ".join(big[:1_000_000].split()))
    print(f"1 MB in one paragraph: {time.process_time() - start:.2f} s CPU")
    # and as one endless sentence (full stops made commas), at a quarter and at the full size:
    # work that grows with the square of a sentence shows as a ratio well above 4
    sentence = re.sub(r"[.!?]\s+", ", ", " ".join(big.split()))
    quarter, full = (_cpu(extract, sentence[:size]) for size in (250_000, 1_000_000))
    print(f"1 MB as one sentence: {full:.2f} s CPU (250 KB: {quarter:.2f} s; ratio {full / quarter:.1f}, linear is 4)")


def _cpu(fn, *args):
    start = time.process_time()
    fn(*args)
    return time.process_time() - start


if __name__ == "__main__":
    main()
