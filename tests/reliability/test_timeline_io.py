"""export_timeline / import_timeline: the backup loses nothing. An export loaded into a
freshly migrated database exports again byte for byte; a bad file or a non-empty
database is refused with a clear message and changes nothing."""
import json

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from summits.models import Article, Evidence, Summit
from summits.timeline_io import LABELS

from .dataset import build_rich_dataset
from .helpers import assert_no_traceback

pytestmark = pytest.mark.django_db


def export(path):
    call_command("export_timeline", str(path), stderr=open("/dev/null", "w"))
    return path.read_bytes()


@pytest.fixture
def saved(tmp_path):
    """The rich dataset, and its export."""
    build_rich_dataset()
    path = tmp_path / "backup.json"
    return path, export(path)


def test_every_kind_of_record_is_exported(saved):
    path, _ = saved
    records = json.loads(path.read_text(encoding="utf-8"))["records"]
    kinds = {record["model"] for record in records}
    assert kinds == set(LABELS)
    bodies = [r["fields"]["body"] for r in records if r["model"] == "summits.article"]
    assert any("🌏" in body and "قمة" in body for body in bodies)
    sentences = {r["fields"]["sentence"] for r in records if r["model"] == "summits.evidence"}
    assert "Presiden RI Joko Widodo" in sentences


def test_export_into_an_empty_database_and_back_is_identical(saved, fresh_db, tmp_path):
    path, original = saved
    loaded = fresh_db.manage("import_timeline", path)
    assert loaded.returncode == 0, loaded.stderr
    assert "Imported" in loaded.stdout
    again = tmp_path / "again.json"
    exported = fresh_db.manage("export_timeline", again)
    assert exported.returncode == 0, exported.stderr
    assert again.read_bytes() == original


def test_import_refuses_a_database_that_is_not_empty(saved, tmp_path):
    path, original = saved
    with pytest.raises(CommandError, match=r"not empty \(.*3 summits.*\).*--replace"):
        call_command("import_timeline", str(path))
    assert export(tmp_path / "after.json") == original


def test_replace_restores_the_exported_state(saved, tmp_path):
    path, original = saved
    Summit.objects.create(name="Added after the backup")
    Article.objects.filter(language="en").delete()
    call_command("import_timeline", str(path), "--replace", stdout=open("/dev/null", "w"))
    assert export(tmp_path / "after.json") == original
    # Ids continue after the loaded ones: new records never collide with restored ones.
    newest = Summit.objects.create(name="Next summit")
    assert newest.pk > max(s.pk for s in Summit.objects.exclude(pk=newest.pk))


def corruptions(original):
    document = json.loads(original)

    def with_record(record):
        return json.dumps(dict(document, records=document["records"] + [record])).encode()

    def changed(model, **fields):
        records = [dict(r, fields=dict(r["fields"], **fields)) if r["model"] == model else r
                   for r in document["records"]]
        return json.dumps(dict(document, records=records)).encode()

    evidence_pk = max(r["pk"] for r in document["records"] if r["model"] == "summits.evidence")
    summit_pk = next(r["pk"] for r in document["records"] if r["model"] == "summits.summit")
    return {
        "empty file": (b"", "not valid JSON"),
        "truncated": (original[: len(original) // 2], "not valid JSON"),
        "binary": (bytes(range(256)) * 4, "not UTF-8"),
        "another program's JSON": (b'{"summits": []}', "not a Summit Timeline export"),
        "a newer format": (json.dumps(dict(document, version=99)).encode(), "version 99 is not supported"),
        "a user account smuggled in": (
            with_record({"model": "auth.user", "pk": 50, "fields": {"username": "intruder", "is_superuser": True,
                                                                      "password": "x"}}),
            "'auth.user' is not a timeline model"),
        "an unknown field": (changed("summits.summit", colour="red"), "cannot be loaded"),
        "an impossible date": (changed("summits.summit", start="2018-02-30"), "cannot be loaded"),
        "an event ending before it starts": (
            changed("summits.meeting", start="2018-05-01", end="2018-04-01"), "nothing was changed"),
        "evidence of a missing article": (
            with_record({"model": "summits.evidence", "pk": evidence_pk + 1,
                         "fields": {"article": 999999, "sentence": "x", "start": 0, "end": 1, "field": "",
                                    "summit": summit_pk, "meeting": None, "attendance": None, "document": None}}),
            "do not fit together"),
        "the same id twice": (with_record(document["records"][-1]), "appears twice"),
    }


def test_a_bad_file_changes_nothing_even_with_replace(saved, tmp_path):
    path, original = saved
    bad = tmp_path / "bad.json"
    for name, (content, message) in corruptions(original).items():
        bad.write_bytes(content)
        with pytest.raises(CommandError, match=message):
            call_command("import_timeline", str(bad), "--replace")
        assert export(tmp_path / "after.json") == original, f"{name}: the database changed"
    assert not User.objects.filter(username="intruder").exists()
    assert Evidence.objects.filter(article_id=999999).count() == 0


def test_the_commands_speak_plainly_on_the_command_line(saved, fresh_db, tmp_path):
    path, original = saved
    truncated = tmp_path / "truncated.json"
    truncated.write_bytes(original[:1000])
    for args in (["import_timeline", truncated], ["import_timeline", tmp_path / "missing.json"],
                 ["export_timeline", tmp_path / "no-such-dir" / "x.json"]):
        result = fresh_db.manage(*args)
        assert result.returncode == 1, result
        assert_no_traceback(result)
        assert result.stderr.startswith("CommandError: ")
    loaded = fresh_db.manage("import_timeline", path)
    assert loaded.returncode == 0, loaded.stderr
    again = fresh_db.manage("import_timeline", path)
    assert again.returncode == 1 and "not empty" in again.stderr
