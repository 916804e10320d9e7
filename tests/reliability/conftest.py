"""A database that real subprocesses (`manage.py import_articles`, gunicorn...) can share
with the test: on SQLite a migrated file per test (the suite's own SQLite database lives
in memory, invisible to other processes); on PostgreSQL the test database itself, with
committed transactions so the subprocesses see the data and the test sees theirs."""
from dataclasses import dataclass
from urllib.parse import quote

import importlib

import pytest
from django.apps import apps
from django.db import connection

from .helpers import base_env, copy_sqlite, manage, sqlite_url


@dataclass
class SubprocessDB:
    vendor: str
    env: dict
    url: str

    def manage(self, *args, **kwargs):
        return manage(*args, env=self.env, **kwargs)


def postgres_url(settings_dict):
    user = quote(settings_dict.get("USER") or "", safe="")
    password = quote(settings_dict.get("PASSWORD") or "", safe="")
    auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = settings_dict.get("HOST") or "localhost"
    port = f":{settings_dict['PORT']}" if settings_dict.get("PORT") else ""
    return f"postgres://{auth}{host}{port}/{quote(settings_dict['NAME'], safe='')}"


@pytest.fixture(scope="session")
def migrated_sqlite_template(tmp_path_factory):
    """Migrate once per run; each test gets its own copy."""
    path = tmp_path_factory.mktemp("sqlite-template") / "template.sqlite3"
    result = manage("migrate", "--noinput", env=base_env(DATABASE_URL=sqlite_url(path)), timeout=300)
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def reference_data(transactional_db):
    """The organisations a migration puts in every database. Tests with committed
    transactions end with a flush that removes them; Django's serialized rollback would
    restore them, but not across the threads and greenlets live-server and Playwright
    tests use, so the migration's own (idempotent) function puts them back."""
    migration = importlib.import_module("summits.migrations.0002_organisations")
    migration.add_organisations(apps, None)


@pytest.fixture
def subprocess_db(request, tmp_path, reference_data):
    if connection.vendor == "sqlite":
        template = request.getfixturevalue("migrated_sqlite_template")
        path = tmp_path / "db.sqlite3"
        copy_sqlite(template, path)
        url = sqlite_url(path)
    else:
        url = postgres_url(connection.settings_dict)
    return SubprocessDB(vendor=connection.vendor, env=base_env(DATABASE_URL=url), url=url)


@pytest.fixture
def fresh_db(request, tmp_path):
    """A second, freshly migrated database that only subprocesses use: what an operator
    restoring a backup starts from. On PostgreSQL a database created beside the test one."""
    if connection.vendor == "sqlite":
        path = tmp_path / "fresh.sqlite3"
        copy_sqlite(request.getfixturevalue("migrated_sqlite_template"), path)
        url = sqlite_url(path)
        yield SubprocessDB(vendor="sqlite", env=base_env(DATABASE_URL=url), url=url)
        return
    import psycopg

    settings = dict(connection.settings_dict, NAME=f"{connection.settings_dict['NAME']}_fresh")
    admin = postgres_url(dict(settings, NAME="postgres"))
    with psycopg.connect(admin, autocommit=True) as pg:
        pg.execute(f'DROP DATABASE IF EXISTS "{settings["NAME"]}"')
        pg.execute(f'CREATE DATABASE "{settings["NAME"]}"')
    url = postgres_url(settings)
    db = SubprocessDB(vendor="postgresql", env=base_env(DATABASE_URL=url), url=url)
    migrated = db.manage("migrate", "--noinput", timeout=300)
    assert migrated.returncode == 0, migrated.stderr
    yield db
    with psycopg.connect(admin, autocommit=True) as pg:
        pg.execute(f'DROP DATABASE IF EXISTS "{settings["NAME"]}" WITH (FORCE)')
