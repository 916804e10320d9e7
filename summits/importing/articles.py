"""Storing incoming texts as Articles."""
from summits.models import Article

from .types import IncomingText


def add_article(incoming: IncomingText) -> tuple[Article, bool]:
    """Store the text as an Article, or return the Article that already has the same
    normalised text (sha256), with created=False. Safe when two processes add the same
    text at once. Empty metadata of a known article is filled from `incoming`."""
    raise NotImplementedError
