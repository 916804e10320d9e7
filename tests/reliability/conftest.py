"""A database that real subprocesses (`manage.py import_articles`, gunicorn...) can share
with the test: on SQLite a migrated file per test (the suite's own SQLite database lives
in memory, invisible to other processes); on PostgreSQL the test database itself, with
committed transactions so the subprocesses see the data and the test sees theirs."""
from dataclasses import dataclass
from urllib.parse import quote

import pytest
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
def subprocess_db(request, tmp_path, transactional_db, django_db_serialized_rollback):
    if connection.vendor == "sqlite":
        template = request.getfixturevalue("migrated_sqlite_template")
        path = tmp_path / "db.sqlite3"
        copy_sqlite(template, path)
        url = sqlite_url(path)
    else:
        url = postgres_url(connection.settings_dict)
    return SubprocessDB(vendor=connection.vendor, env=base_env(DATABASE_URL=url), url=url)
