"""Throwaway databases for one benchmark run: a temporary SQLite file, or a scratch
PostgreSQL database created beside the one DATABASE_URL names and dropped afterwards."""
import itertools
import os
import shutil
import tempfile
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

_counter = itertools.count(1)


def is_postgres(url):
    return bool(url) and urlsplit(url).scheme in {"postgres", "postgresql", "pgsql", "postgis"}


@contextmanager
def scratch_sqlite():
    folder = tempfile.mkdtemp(prefix="summits-bench-")
    try:
        yield f"sqlite:///{folder}/bench.sqlite3"  # folder is absolute: four slashes in all
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def scratch_postgres(base_url):
    """A database named summits_bench_<pid>_<n> on the server of `base_url`, created and
    dropped through a connection to the database `base_url` names."""
    import psycopg

    name = f"summits_bench_{os.getpid()}_{next(_counter)}"
    parts = urlsplit(base_url)
    with psycopg.connect(_conninfo(base_url), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(_conninfo(base_url), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _conninfo(url):
    """psycopg wants postgresql://; dj-database-url also accepts postgres:// and others."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(scheme="postgresql"))


def scratch_database(backend, base_url=None):
    return scratch_postgres(base_url) if backend == "postgresql" else scratch_sqlite()
