"""Storing incoming texts as Articles: one Article per normalised text."""
from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.utils import timezone

from summits.models import Article, body_sha256

from .types import ImportInputError, IncomingText

_TITLE_MAX = Article._meta.get_field("title").max_length
_SOURCE_MAX = Article._meta.get_field("source").max_length
_URL_MAX = Article._meta.get_field("url").max_length
_NAMES_MAX = Article._meta.get_field("authors").max_length
# News articles run to a few thousand words; far longer text is not one article, and the
# extractor's time grows with it (settings.SUMMITS_MAX_ARTICLE_CHARS overrides).
MAX_ARTICLE_CHARS = 200_000


def add_article(incoming: IncomingText) -> tuple[Article, bool]:
    """Store the text as an Article, or return the Article that already has the same
    normalised text (sha256), with created=False. Safe when two processes add the same
    text at once. Empty metadata of a known article is filled from `incoming`."""
    body = checked_body(incoming)
    fields = _metadata(incoming)
    sha = body_sha256(body)
    existing = Article.objects.filter(sha256=sha).first()
    if existing is None:
        try:
            with transaction.atomic():
                return Article.objects.create(body=body, **fields), True
        except IntegrityError:
            # Another process stored the same text between our look-up and our insert.
            existing = Article.objects.get(sha256=sha)
    _fill_empty(existing, fields)
    return existing, False


def add_articles(incoming: list[IncomingText]) -> list[tuple[Article, bool] | ImportInputError]:
    """`add_article` for many texts in one look-up and one insert: per text, (article,
    created) or the ImportInputError saying why it cannot be stored. A text given twice
    is one article (created the first time). If another process stores one of the texts
    meanwhile, they are stored one by one instead."""
    prepared = [_prepared(item) for item in incoming]
    shas = {item[1] for item in prepared if not isinstance(item, ImportInputError)}
    known = {a.sha256: a for a in Article.objects.filter(sha256__in=shas)}
    new, stored = {}, []
    for item in prepared:
        if isinstance(item, ImportInputError):
            stored.append(item)
        elif item[1] in known:
            _fill_empty(known[item[1]], item[2])
            stored.append((known[item[1]], False))
        elif item[1] in new:
            _fill_empty_in_memory(new[item[1]], item[2])
            stored.append((new[item[1]], False))
        else:
            body, sha, fields = item
            new[sha] = Article(body=body, sha256=sha, **fields)
            stored.append((new[sha], True))
    try:
        with transaction.atomic():
            Article.objects.bulk_create(list(new.values()))
    except IntegrityError:
        return [_added_alone(item) for item in incoming]
    return stored


def _prepared(incoming):
    try:
        body = checked_body(incoming)
    except ImportInputError as exc:
        return exc
    return body, body_sha256(body), _metadata(incoming)


def _added_alone(incoming):
    try:
        return add_article(incoming)
    except ImportInputError as exc:
        return exc


def checked_body(incoming: IncomingText) -> str:
    """The body to store, or ImportInputError when it is empty or too long."""
    body = clean_body(incoming.text)
    if not body.strip():
        raise ImportInputError(f"{incoming.name}: the text is empty.", name=incoming.name)
    longest = getattr(settings, "SUMMITS_MAX_ARTICLE_CHARS", MAX_ARTICLE_CHARS)
    if len(body) > longest:
        raise ImportInputError(
            f"{incoming.name}: {len(body):,} characters is too long for one article (at most {longest:,}); "
            "is it several articles in one file?", name=incoming.name,
        )
    return body


def clean_body(text: str) -> str:
    """The text as stored, and as given to the extractor, so evidence offsets point into
    Article.body: one newline convention, no BOM, no NUL (PostgreSQL refuses it)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").replace("\x00", "")
    return text.strip("\n")


def _metadata(incoming: IncomingText) -> dict:
    fields = {}
    if incoming.title and incoming.title.strip():
        fields["title"] = " ".join(incoming.title.split())[:_TITLE_MAX]
    if incoming.source and incoming.source.strip():
        fields["source"] = incoming.source.strip()[:_SOURCE_MAX]
    if names := joined_names(incoming.authors):
        fields["authors"] = names
    if incoming.url and _valid_url(incoming.url.strip()):
        fields["url"] = incoming.url.strip()
    if incoming.published:
        fields["published"] = as_datetime(incoming.published)
        fields["published_offset"] = utc_offset_minutes(incoming.published)
    return fields


def joined_names(names) -> str:
    """Names as Article.authors and editors hold them: "Rina Adi; Bayu Prasetyo", each once."""
    unique = dict.fromkeys(" ".join(name.split()) for name in names or ())
    return "; ".join(name for name in unique if name)[:_NAMES_MAX]


def split_names(joined: str) -> list[str]:
    return [name for name in (joined or "").split("; ") if name]


def utc_offset_minutes(value: dt.date | dt.datetime) -> int | None:
    """+420 for a time given in WIB; None for a bare day or a time without its zone."""
    offset = value.utcoffset() if isinstance(value, dt.datetime) else None
    return int(offset.total_seconds() // 60) if offset is not None else None


def as_datetime(value: dt.date | dt.datetime) -> dt.datetime:
    """A publication date without a time is stored as midnight in the site's time zone."""
    if not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time())
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return value


def _valid_url(url: str) -> bool:
    if len(url) > _URL_MAX:
        return False
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        return False
    return True


def _fill_empty(article: Article, fields: dict) -> None:
    missing = _fill_empty_in_memory(article, fields)
    if missing:
        Article.objects.filter(pk=article.pk).update(**missing)


def _fill_empty_in_memory(article: Article, fields: dict) -> dict:
    missing = {name: value for name, value in fields.items() if not getattr(article, name)}
    for name, value in missing.items():
        setattr(article, name, value)
    return missing
