"""Files, folders and zips -> IncomingText. (Being written; signatures are stable.)"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .types import ImportInputError, IncomingText


@dataclass(frozen=True)
class Limits:
    """Upload limits; `Limits.from_settings()` reads SUMMITS_MAX_UPLOAD_BYTES,
    SUMMITS_ZIP_MAX_MEMBERS, SUMMITS_ZIP_MAX_MEMBER_BYTES and SUMMITS_ZIP_MAX_TOTAL_BYTES."""

    max_upload_bytes: int = 10 * 2**20
    zip_max_members: int = 2000
    zip_max_member_bytes: int = 5 * 2**20
    zip_max_total_bytes: int = 100 * 2**20


def read_upload(name: str, data: bytes, *, limits: Limits | None = None) -> list[IncomingText]:
    """A .txt/.html file or a .zip of them -> the texts in it, all or nothing.

    Encodings: UTF-8 (with or without BOM), UTF-16 (with or without BOM), cp1252/latin-1.
    HTML gives its main text plus title, URL and date when the page has them. Raises
    ImportInputError (a message naming the file) for: too big, empty or whitespace only,
    binary, a broken zip, too many members, a member too big (declared or actually read:
    zip bombs), or an unreadable member. Zip members other than .txt/.htm/.html (and
    folders, hidden and __MACOSX files) are ignored. Member names are shown, never used
    as paths."""
    raise NotImplementedError


def read_path(path, *, limits: Limits | None = None) -> Iterator[IncomingText | ImportInputError]:
    """For the command: a file, a folder (walked, sorted) or a zip -> one item per text,
    or an ImportInputError (with `.name`) for each file that cannot be read."""
    raise NotImplementedError
