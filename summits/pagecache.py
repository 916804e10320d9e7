"""Cache of rendered public pages, invalidated when the data changes.

A cached schedule fragment is keyed by the data version, the language and the query
string. The version has two parts:

- a counter in the cache, bumped by post_save/post_delete of every model the public
  pages show (connected in SummitsConfig.ready) and by `invalidate()`, which bulk
  writers (the importer, demo generators) call after bulk_create/update;
- a stamp read from the database in one cheap query (the highest primary key of the
  tables imports add to), so rows inserted by another process — the task worker, a
  second gunicorn worker — show at once even where the in-process counter is not shared.

Edits and deletions made in another process are caught by the counter only when the
cache is shared between processes (Redis, Memcached, a file or database cache); with
the default per-process LocMemCache they show after PUBLIC_CACHE_SECONDS at most.
"""
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save

COUNTER_KEY = "public:counter"


def timeout():
    return getattr(settings, "PUBLIC_CACHE_SECONDS", 60)


def _stamp_sql():
    from . import models

    tables = [m._meta.db_table for m in (models.Summit, models.Meeting, models.Evidence, models.SummitCountry)]
    return "SELECT " + ", ".join(f"(SELECT MAX(id) FROM {connection.ops.quote_name(t)})" for t in tables)


def data_version():
    with connection.cursor() as cursor:
        cursor.execute(_stamp_sql())
        stamp = "-".join(str(v or 0) for v in cursor.fetchone())
    return f"{cache.get(COUNTER_KEY, 0)}.{stamp}"


def invalidate(**_):
    """Make every cached public page stale (call after bulk writes)."""
    try:
        cache.incr(COUNTER_KEY)
    except ValueError:
        cache.set(COUNTER_KEY, 1, None)


def _invalidate_now_and_on_commit(**kwargs):
    # Now, so this process never serves what it just changed; and again on commit, so a
    # page rendered by another thread mid-transaction (with the old rows) is not kept.
    invalidate()
    transaction.on_commit(invalidate)


def connect_signals():
    from . import models

    for model in (
        models.Organisation, models.Membership, models.Summit, models.SummitCountry, models.Meeting,
        models.Participant, models.Attendance, models.Document, models.Article, models.Evidence,
    ):
        post_save.connect(_invalidate_now_and_on_commit, sender=model, dispatch_uid=f"public-cache-save-{model.__name__}")
        post_delete.connect(_invalidate_now_and_on_commit, sender=model, dispatch_uid=f"public-cache-del-{model.__name__}")


def key(name, language, params, version):
    digest = hashlib.sha1(params.encode("utf-8")).hexdigest()
    return f"public:{name}:{language}:{version}:{digest}"


def get_or_build(name, language, params, build, version=None):
    """The cached value for (name, language, params) or build() it and keep it."""
    cache_key = key(name, language, params, version or data_version())
    value = cache.get(cache_key)
    if value is None:
        value = build()
        cache.set(cache_key, value, timeout())
    return value
