"""Import article files, folders and zips from the command line.

    python manage.py import_articles PATH... [--dry-run] [--published YYYY-MM-DD] [--source NAME]

Exit status 1 when any file or article failed; each failure is named on stderr with
its reason (never a traceback)."""
import argparse
import datetime as dt
import sys
from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from tqdm import tqdm

from summits.importing import ImportInputError, add_articles, import_articles, plan_import, read_path
from summits.models import Article


STORE_BATCH = 500  # texts stored per sha256 look-up and insert
PLAN_LABELS = {"create": "records to create", "merge": "records to merge", "conflict": "records with conflicts",
               "unchanged": "records unchanged"}


class ProgressBar(tqdm):
    """tqdm without its monitor thread: tqdm starts that thread for every bar, shown or
    not, and import_articles runs the extractor in forked workers only while this process
    has one thread (see summits.importing.service._extracted)."""

    monitor_interval = 0


class DryRunRollback(Exception):
    """Raised to undo the articles a dry run had to store to plan them."""


class Command(BaseCommand):
    help = "Import articles (.txt, .html, or .zip of them; folders are walked) into the timeline."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or zip archives")
        parser.add_argument("--dry-run", action="store_true", help="show what would be imported; write nothing")
        parser.add_argument("--published", type=_date, help="publication date of articles that don't say (YYYY-MM-DD)")
        parser.add_argument("--source", help="source of articles that don't say (ANTARA, Reuters...)")

    def handle(self, *args, paths, dry_run, published, source, **options):
        self.counts, self.failures = Counter(), []
        texts = [item for path in paths for item in read_path(path)]
        self.bar = ProgressBar(total=len(texts), unit="article", file=sys.stderr, disable=not sys.stderr.isatty())
        with self.bar:
            if dry_run:
                try:
                    with transaction.atomic():
                        self._run(texts, published, source, dry_run=True)
                        raise DryRunRollback
                except DryRunRollback:
                    pass
            else:
                self._run(texts, published, source, dry_run=False)
        self._summary(dry_run)
        if self.failures:
            raise CommandError(f"{len(self.failures)} of {len(texts)} failed.", returncode=1)

    def _run(self, items, published, source, *, dry_run):
        named = []  # (file name, article) in the order given
        for start in range(0, len(items), STORE_BATCH):
            named += self._store(items[start:start + STORE_BATCH], published, source)
        if dry_run:
            for name, article in named:
                self._show_plan(name, plan_import(article))
                self.bar.update()
            return
        names = [name for name, _ in named]

        def record(done, total, result):
            self._record(names[done - 1], result)
            self.bar.update()

        import_articles([article for _, article in named], progress=record)
        self._warn_undated(named)

    def _warn_undated(self, named):
        """Articles still without a publication date after import (none in the text either)."""
        undated = set(Article.objects.filter(pk__in=[a.pk for _, a in named], published__isnull=True)
                      .values_list("pk", flat=True))
        names = [name for name, article in named if article.pk in undated]
        if names:
            self.stderr.write(
                f"no publication date in {len(names)} article(s) ({', '.join(names[:5])}{', ...' if len(names) > 5 else ''}): "
                "dates written without a year in them could not be placed; import them again with --published YYYY-MM-DD.")

    def _store(self, items, published, source):
        """Store a run of texts as articles in bulk; failures are reported by name."""
        readable = []
        for item in items:
            if isinstance(item, ImportInputError):
                self._fail(str(item))
                self.bar.update()
                continue
            item.published = item.published or published
            item.source = item.source or source
            readable.append(item)
        named = []
        for item, stored in zip(readable, add_articles(readable)):
            if isinstance(stored, ImportInputError):
                self._fail(str(stored))
                self.bar.update()
                continue
            article, created = stored
            self.counts["articles new" if created else "articles known"] += 1
            named.append((item.name, article))
        return named

    def _show_plan(self, name, plan):
        if plan.error:
            self._fail(f"{name}: {plan.error}")
            return
        self.stdout.write(f"{name}:")
        for warning in plan.warnings:
            self.stdout.write(f"  warning: {warning}")
        for change in plan.changes:
            self.stdout.write(f"  {change.action:9} {change.kind:11} {change.detail}")
            self.counts[PLAN_LABELS[change.action]] += 1

    def _record(self, name, result):
        if result.error:
            self._fail(f"{name}: {result.error}")
            return
        self.counts["records created"] += sum(result.created.values())
        self.counts["records merged"] += sum(result.merged.values())
        self.counts["conflicts"] += result.conflicts

    def _fail(self, message):
        self.failures.append(message)
        self.counts["failed"] += 1
        self.stderr.write(f"failed: {message}")

    def _summary(self, dry_run):
        shown = ["articles new", "articles known", "failed"]
        shown += list(PLAN_LABELS.values()) if dry_run else ["records created", "records merged", "conflicts"]
        parts = [f"{key}: {self.counts[key]}" for key in shown]
        prefix = "Dry run, nothing written. " if dry_run else ""
        self.stdout.write(prefix + ", ".join(parts))


def _date(value):
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date as YYYY-MM-DD") from None
