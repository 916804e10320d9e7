"""Write every record of the timeline to one JSON file (see summits/timeline_io.py)."""
import os
import sys
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from summits.timeline_io import export_timeline


class Command(BaseCommand):
    help = "Export every record (organisations to articles, evidence and conflicts) to FILE as JSON ('-' for stdout)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="where to write the export; '-' writes to standard output")

    def handle(self, *args, file, **options):
        if file == "-":
            counts = export_timeline(sys.stdout)
        else:
            counts = self.export_to_file(Path(file))
        total = sum(counts.values())
        summary = ", ".join(f"{n} {label.split('.')[1]}" for label, n in counts.items() if n)
        self.stderr.write(f"Exported {total} records ({summary}).")

    def export_to_file(self, path):
        # Written beside the target and renamed at the end: a failed export never leaves
        # a truncated file where a good backup was.
        if not path.parent.is_dir():
            raise CommandError(f"{path.parent} is not a directory")
        try:
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        except OSError as error:
            raise CommandError(f"cannot write in {path.parent}: {error.strerror}") from None
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                counts = export_timeline(stream)
            os.replace(temporary, path)
        except OSError as error:
            raise CommandError(f"cannot write {path}: {error.strerror}") from None
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
        return counts
