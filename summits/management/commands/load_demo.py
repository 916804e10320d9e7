"""Load demo data for `make run`: a few real articles imported through the real importer
(summits/demo/articles/, copies of test fixtures), so a fresh site shows summits with
their sources, and a conflict between two articles to resolve.

Safe to run again: known articles are recognised by their text and not imported twice."""
from pathlib import Path

from django.core.management.base import BaseCommand

from summits.importing import ImportInputError, add_article, import_article, read_path
from summits.models import ImportStatus, Summit

DEMO_ARTICLES = Path(__file__).resolve().parents[2] / "demo" / "articles"


class Command(BaseCommand):
    help = "Import the demo articles (idempotent)."

    def handle(self, *args, **options):
        new = failed = 0
        for incoming in read_path(DEMO_ARTICLES):
            if isinstance(incoming, ImportInputError):
                failed += 1
                self.stderr.write(str(incoming))
                continue
            article, created = add_article(incoming)
            if article.import_status == ImportStatus.IMPORTED:
                continue
            new += created
            result = import_article(article)
            if not result.ok:
                failed += 1
                self.stderr.write(f"{incoming.name}: {result.error}")
        self.stdout.write(f"Demo data: {new} articles added, {Summit.objects.count()} summits." +
                          (f" {failed} failed." if failed else ""))
