"""Running the project's own commands in real subprocesses, the way an operator does,
against a database the subprocess can see (a migrated SQLite file, or the PostgreSQL
test database)."""
import os
import secrets
import sqlite3
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]

# Whatever goes wrong, a user must never see one of these.
TRACEBACK_MARKERS = ("Traceback (most recent call last)", 'File "/')

# Set for the test process only (tests/conftest.py lets Playwright and the ORM share a
# thread); a subprocess stands for a real deployment and must not inherit them.
LEAKY = {"DJANGO_SETTINGS_MODULE", "DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE", "CACHE_DIR", "CACHE_TABLE"}


def manage(*args, env, timeout=120, input=None):
    """`python manage.py ARGS` in the project directory; output captured as text."""
    return subprocess.run(
        [sys.executable, str(PROJECT / "manage.py"), *map(str, args)],
        cwd=PROJECT, env=env, input=input, capture_output=True, text=True, timeout=timeout,
    )


def base_env(**overrides):
    """The test run's environment, minus what would leak a developer's settings."""
    env = {k: v for k, v in os.environ.items() if k not in LEAKY}
    env["PYTHONUNBUFFERED"] = "1"
    env.update({k: str(v) for k, v in overrides.items()})
    return env


def deploy_env(**overrides):
    """A production-like environment: DEBUG off, a strong key, a named host."""
    settings = {"DEBUG": "0", "SECRET_KEY": secrets.token_urlsafe(60), "ALLOWED_HOSTS": "summits.example.org,127.0.0.1"}
    return base_env(**{**settings, **overrides})


def sqlite_url(path):
    return f"sqlite:///{Path(path).resolve()}"


def assert_no_traceback(result):
    output = result.stdout + result.stderr
    for marker in TRACEBACK_MARKERS:
        assert marker not in output, output[-3000:]


def copy_sqlite(source, target):
    """Copy an SQLite database consistently: in WAL mode a plain file copy can miss
    what is still in the -wal file; the backup API cannot."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def snapshot():
    """The whole database as export_timeline writes it (in the test's own process)."""
    import io

    from summits.timeline_io import export_timeline

    stream = io.StringIO()
    export_timeline(stream)
    return stream.getvalue()


def records(export_text):
    """An export_timeline file as {(model, pk): fields}."""
    import json

    return {(r["model"], r["pk"]): r["fields"] for r in json.loads(export_text)["records"]}


def assert_preserved(before, after):
    """Every record of the `before` export is in `after`, unchanged (new ones may be added)."""
    old, new = records(before), records(after)
    lost = [key for key in old if key not in new]
    changed = {key: {name: (value, new[key].get(name)) for name, value in fields.items() if new[key].get(name) != value}
               for key, fields in old.items() if key in new and new[key] != fields}
    assert not lost and not changed, f"lost: {lost[:10]}; changed: {dict(list(changed.items())[:10])}"
