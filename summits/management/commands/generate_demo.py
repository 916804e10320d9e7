"""`python manage.py generate_demo --summits N [--seed S]`: a synthetic calendar for
demos and benchmarks (organisations, summits over decades, meetings, people, documents,
articles with evidence), written with bulk inserts.

`--articles-dir DIR --articles M` writes M synthetic article texts (Indonesian and
English) into DIR instead, for the import benchmark."""
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from summits import facets, pagecache

from ._demo_plan import article_texts
from ._demo_rows import DemoWriter


class Command(BaseCommand):
    help = "Generate synthetic summits (--summits N) or article texts (--articles-dir DIR --articles M)."

    def add_arguments(self, parser):
        parser.add_argument("--summits", type=int, default=0, help="How many summits to add to the database.")
        parser.add_argument("--seed", type=int, default=1, help="The same seed gives the same data.")
        parser.add_argument("--articles-dir", type=Path, help="Folder to write synthetic article texts into.")
        parser.add_argument("--articles", type=int, default=0, help="How many article texts to write.")

    def handle(self, *args, summits, seed, articles_dir, articles, **options):
        if summits < 0 or articles < 0:
            raise CommandError("--summits and --articles take a number of 0 or more.")
        if bool(articles_dir) != bool(articles):
            raise CommandError("--articles-dir and --articles go together: a folder and how many texts to write.")
        if not (summits or articles):
            raise CommandError("Nothing to do: give --summits N, or --articles-dir DIR --articles M.")
        if summits:
            self.make_summits(summits, seed)
        if articles:
            self.write_texts(articles_dir, articles, seed)

    def make_summits(self, count, seed):
        started = time.perf_counter()
        counts = DemoWriter(seed).write(count)
        pagecache.invalidate()  # bulk inserts send no signals: cached public pages must go
        facets.recount()  # and the filter form's counts must follow
        made = ", ".join(f"{n} {name}" for name, n in counts.items())
        self.stdout.write(f"Generated in {time.perf_counter() - started:.1f} s: {made}.")

    def write_texts(self, folder, count, seed):
        folder = Path(folder)  # call_command() hands over keyword options unconverted
        if folder.exists() and not folder.is_dir():
            raise CommandError(f"{folder} is a file, not a folder.")
        folder.mkdir(parents=True, exist_ok=True)
        written = 0
        for written, article in enumerate(article_texts(count, seed), 1):
            path = folder / f"{written:05d}_{article.language}.txt"
            path.write_text(article.text.body + "\n", encoding="utf-8")
        self.stdout.write(f"Wrote {written} article texts to {folder}.")
