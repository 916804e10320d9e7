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
# News articles run to a few thousand words; far longer text is not one article, and the
# extractor's time grows with it (settings.SUMMITS_MAX_ARTICLE_CHARS overrides).
MAX_ARTICLE_CHARS = 200_000


def add_article(incoming: IncomingText) -> tuple[Article, bool]:
    """Store the text as an Article, or return the Article that already has the same
    normalised text (sha256), with created=False. Safe when two processes add the same
    text at once. Empty metadata of a known article is filled from `incoming`."""
    body = clean_body(incoming.text)
    if not body.strip():
        raise ImportInputError(f"{incoming.name}: the text is empty.", name=incoming.name)
    longest = getattr(settings, "SUMMITS_MAX_ARTICLE_CHARS", MAX_ARTICLE_CHARS)
    if len(body) > longest:
        raise ImportInputError(
            f"{incoming.name}: {len(body):,} characters is too long for one article (at most {longest:,}); "
            "is it several articles in one file?", name=incoming.name,
        )
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
    if incoming.url and _valid_url(incoming.url.strip()):
        fields["url"] = incoming.url.strip()
    if incoming.published:
        fields["published"] = as_datetime(incoming.published)
    return fields


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
    missing = {name: value for name, value in fields.items() if not getattr(article, name)}
    if missing:
        Article.objects.filter(pk=article.pk).update(**missing)
        for name, value in missing.items():
            setattr(article, name, value)
