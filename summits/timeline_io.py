"""Export the whole timeline to one JSON file and load it back: the backup that proves
nothing is lost (export -> empty database -> import -> the same export, byte for byte).

The file holds every record of the app with its primary key (ids stay stable, so every
link between records survives unchanged): organisations and memberships, summits and
the countries involved, meetings, participants and aliases, attendances, documents,
articles with their full text, the evidence sentences and the conflicts. User accounts
are not part of it (passwords do not belong in a data file).

Records use Django's serialization format ({"model", "pk", "fields"}), one per line, so
two exports can be compared with `diff`."""
import datetime as dt
import json

from django.core import serializers
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, connection, transaction
from django.db.migrations.recorder import MigrationRecorder

from .models import (
    Alias, Article, Attendance, Conflict, Document, Evidence, Meeting, Membership, Organisation, Participant,
    Summit, SummitCountry,
)

FORMAT = "summit-timeline-export"
VERSION = 1

# In an order where each record's links point backwards (except Summit.parent, which
# the database checks at the end of the transaction).
MODELS = [
    Organisation, Membership, Summit, SummitCountry, Meeting, Participant, Alias, Attendance, Document,
    Article, Evidence, Conflict,
]
# Every database starts with these (a migration adds them): they don't make it "non-empty".
REFERENCE_MODELS = {Organisation, Membership}
LABELS = {model._meta.label_lower: model for model in MODELS}


class TimelineFileError(Exception):
    """The file cannot be loaded, or not into this database; the message says why."""


# ---------------------------------------------------------------- export

class _Encoder(json.JSONEncoder):
    # Full precision (Django's own encoder drops microseconds from datetimes).
    def default(self, o):
        if isinstance(o, (dt.datetime, dt.date, dt.time)):
            return o.isoformat()
        return super().default(o)


def schema_version():
    """The app's latest applied migration: which model shapes the file's fields follow."""
    applied = [name for app, name in MigrationRecorder(connection).applied_migrations() if app == "summits"]
    return max(applied, default="")


def export_timeline(stream):
    """Write every record to `stream` (text). Returns {model label: count}."""
    counts = {}
    with _snapshot():
        header = {"format": FORMAT, "version": VERSION, "schema": schema_version()}
        stream.write(json.dumps(header, ensure_ascii=False)[:-1] + ',\n"records": [')
        first = True
        for model in MODELS:
            queryset = model._default_manager.order_by("pk").iterator(chunk_size=1000)
            counts[model._meta.label_lower] = 0
            for record in serializers.serialize("python", queryset):
                stream.write(("\n" if first else ",\n") + json.dumps(record, cls=_Encoder, ensure_ascii=False))
                first = False
                counts[model._meta.label_lower] += 1
        stream.write("\n]}\n")
    return counts


class _snapshot:
    """Read every table at one moment, without blocking imports meanwhile.

    PostgreSQL: a read-only repeatable-read transaction. SQLite: a deferred
    transaction, which in WAL mode reads one snapshot and takes no write lock (Django's
    own atomic() would BEGIN IMMEDIATE and make importers wait on the export)."""

    def __enter__(self):
        self.own = not connection.in_atomic_block  # else the caller's transaction is the snapshot
        if not self.own:
            return
        if connection.vendor == "sqlite":
            connection.ensure_connection()
            self.cursor = connection.cursor()
            self.cursor.execute("BEGIN DEFERRED")
        else:
            self.atomic = transaction.atomic()
            self.atomic.__enter__()
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")

    def __exit__(self, *exc):
        if not self.own:
            return
        if connection.vendor == "sqlite":
            self.cursor.execute("COMMIT")
            self.cursor.close()
        else:
            self.atomic.__exit__(*exc)


# ---------------------------------------------------------------- import

def read_export(stream):
    """Parse and check the file's shape; the records' values are checked on loading."""
    try:
        document = json.load(stream)
    except UnicodeDecodeError as error:
        raise TimelineFileError(f"the file is not UTF-8 text ({error.reason} at byte {error.start})") from None
    except json.JSONDecodeError as error:
        raise TimelineFileError(
            f"the file is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg}); "
            "is it complete?"
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise TimelineFileError("this is not a Summit Timeline export (made by `manage.py export_timeline`)")
    if document.get("version") != VERSION:
        raise TimelineFileError(f"export format version {document.get('version')!r} is not supported (expected {VERSION})")
    records = document.get("records")
    if not isinstance(records, list):
        raise TimelineFileError("the export has no list of records")
    seen = set()
    for number, record in enumerate(records, 1):
        _check_record_shape(number, record)
        key = (record["model"], record["pk"])
        if key in seen:
            # Loading it would silently overwrite the first record with that id.
            raise TimelineFileError(f"record {number}: {key[0]} {key[1]} appears twice")
        seen.add(key)
    return document


def _check_record_shape(number, record):
    if not (isinstance(record, dict) and isinstance(record.get("fields"), dict)):
        raise TimelineFileError(f"record {number} is not a {{'model', 'pk', 'fields'}} object")
    if record.get("model") not in LABELS:
        # Never load anything else (user accounts, permissions...) from a data file.
        raise TimelineFileError(f"record {number}: {record.get('model')!r} is not a timeline model")
    if not isinstance(record.get("pk"), int) or isinstance(record.get("pk"), bool) or record["pk"] < 1:
        raise TimelineFileError(f"record {number} ({record['model']}): the id must be a positive integer")


def content_counts():
    """What the database holds beyond the reference data, by model (non-zero only)."""
    counts = {model._meta.verbose_name_plural: model._default_manager.count()
              for model in MODELS if model not in REFERENCE_MODELS}
    return {name: n for name, n in counts.items() if n}


def import_timeline(stream, *, replace=False):
    """Load an export into this database, all or nothing. Returns {model label: count}.

    The database must hold no timeline content (only the organisations every database
    starts with) unless `replace`, which deletes everything first. Either way the
    organisations and memberships become the file's."""
    document = read_export(stream)
    try:
        with transaction.atomic():
            existing = content_counts()
            if existing and not replace:
                listed = ", ".join(f"{n} {name}" for name, n in existing.items())
                raise TimelineFileError(
                    f"the database is not empty ({listed}); nothing was changed. "
                    "Use --replace to delete everything in it and load the file instead."
                )
            _delete_everything()
            counts = _load(document["records"])
            _reset_sequences()
            connection.check_constraints(table_names=[model._meta.db_table for model in MODELS])
    except TimelineFileError:
        raise
    except (DatabaseError, ValidationError) as error:
        raise TimelineFileError(
            f"the records do not fit together ({_first_line(error)}); nothing was changed"
            + _schema_hint(document)
        ) from None
    return counts


def _delete_everything():
    # Children first: summits protect their organisation from deletion.
    for model in reversed(MODELS):
        model._default_manager.all().delete()


def _load(records):
    counts = dict.fromkeys(LABELS, 0)
    for number, record in enumerate(records, 1):
        try:
            for deserialized in serializers.deserialize("python", [record]):
                deserialized.save()  # raw: keeps slugs, keys, hashes and timestamps as exported
                counts[record["model"]] += 1
        except (DeserializationError, FieldDoesNotExist, ValidationError, ValueError, TypeError,
                DatabaseError) as error:
            raise TimelineFileError(
                f"record {number} ({record['model']} {record['pk']}) cannot be loaded: "
                f"{_first_line(error)}; nothing was changed"
            ) from None
    return counts


def _reset_sequences():
    """Records kept their ids; new records must get ids after them (PostgreSQL)."""
    statements = connection.ops.sequence_reset_sql(no_style(), MODELS)
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


def _first_line(error):
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0][:300]


def _schema_hint(document):
    here = schema_version()
    if document.get("schema") and document["schema"] != here:
        return f" (the file was exported at migration {document['schema']}, this database is at {here})"
    return ""
