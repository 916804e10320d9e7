"""Load a file written by export_timeline, all or nothing (see summits/timeline_io.py)."""
import sys

from django.core.management.base import BaseCommand, CommandError

from summits.timeline_io import TimelineFileError, import_timeline


class Command(BaseCommand):
    help = (
        "Load an export_timeline FILE into an empty database ('-' reads standard input). "
        "With --replace, everything in the database is deleted first. One transaction: on any "
        "error nothing is changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--replace", action="store_true",
                            help="delete every summit, article and other record in the database, then load FILE")

    def handle(self, *args, file, replace, **options):
        try:
            if file == "-":
                counts = import_timeline(sys.stdin, replace=replace)
            else:
                with open(file, encoding="utf-8") as stream:
                    counts = import_timeline(stream, replace=replace)
        except OSError as error:
            raise CommandError(f"cannot read {file}: {error.strerror}") from None
        except TimelineFileError as error:
            raise CommandError(f"{file}: {error}") from None
        total = sum(counts.values())
        summary = ", ".join(f"{n} {label.split('.')[1]}" for label, n in counts.items() if n)
        self.stdout.write(self.style.SUCCESS(f"Imported {total} records ({summary})."))
