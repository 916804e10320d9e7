"""Files, folders and zips -> IncomingText, refusing what is not an article's text.

Everything here works on bytes already in memory or files opened read-only: names
found inside archives are shown to the user, never used as paths.
"""
from __future__ import annotations

import codecs
import io
import os
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import charset_normalizer
from django.conf import settings

from .types import ImportInputError, IncomingText

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
ZIP_SUFFIXES = {".zip"}
# Control characters that never occur in an article's text (tab, newlines, form feed do).
_CONTROL = {chr(c) for c in range(32)} - set("\t\n\r\f\v") | {"\x7f"}
_MAX_CONTROL_SHARE = 0.001


@dataclass(frozen=True)
class Limits:
    """Upload limits, from settings by default (see `from_settings`)."""

    max_upload_bytes: int = 5 * 2**20
    zip_max_members: int = 500
    zip_max_member_bytes: int = 5 * 2**20
    zip_max_total_bytes: int = 50 * 2**20

    @classmethod
    def from_settings(cls) -> "Limits":
        default = cls()
        return cls(
            max_upload_bytes=getattr(settings, "SUMMITS_MAX_UPLOAD_BYTES", default.max_upload_bytes),
            zip_max_members=getattr(settings, "SUMMITS_MAX_ZIP_MEMBERS", default.zip_max_members),
            zip_max_member_bytes=getattr(settings, "SUMMITS_MAX_ZIP_MEMBER_BYTES", default.zip_max_member_bytes),
            zip_max_total_bytes=getattr(settings, "SUMMITS_MAX_ZIP_TOTAL_BYTES", default.zip_max_total_bytes),
        )


def read_upload(name: str, data: bytes, *, limits: Limits | None = None) -> list[IncomingText]:
    """A .txt/.html file or a .zip of them -> the texts in it, all or nothing.

    Encodings: UTF-8 (with or without BOM), UTF-16 (with or without BOM), cp1252/latin-1.
    HTML gives its main text plus title, URL and date when the page has them. Raises
    ImportInputError (a message naming the file) for: too big, empty or whitespace only,
    binary, a broken zip, too many members, a member too big (declared or actually read:
    zip bombs), or an unreadable member. Zip members other than .txt/.htm/.html (and
    folders, hidden and __MACOSX files) are ignored. Member names are shown, never used
    as paths."""
    texts = []
    for item in iter_upload(display_name(name), data, limits=limits or Limits.from_settings()):
        if isinstance(item, ImportInputError):
            raise item
        texts.append(item)
    if not texts:
        raise ImportInputError(f"{display_name(name)}: the archive holds no .txt or .html file.", name=display_name(name))
    return texts


def read_path(path, *, limits: Limits | None = None) -> Iterator[IncomingText | ImportInputError]:
    """For the command: a file, a folder (walked, sorted) or a zip -> one item per text,
    or an ImportInputError (with `.name`) for each file that cannot be read."""
    limits = limits or Limits.from_settings()
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and not _ignored(p.relative_to(path).as_posix()))
        for file in files:
            if file.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | ZIP_SUFFIXES:
                yield from _read_file(file, limits)
        return
    if not path.exists():
        yield ImportInputError(f"{path}: no such file or folder.", name=str(path))
        return
    yield from _read_file(path, limits)


def _read_file(path: Path, limits: Limits) -> Iterator[IncomingText | ImportInputError]:
    try:
        size = path.stat().st_size
        if size > limits.max_upload_bytes:
            yield _too_big(str(path), size, limits.max_upload_bytes)
            return
        with path.open("rb") as handle:
            data = handle.read(limits.max_upload_bytes + 1)
    except OSError as exc:
        yield ImportInputError(f"{path}: cannot be read ({exc.strerror or exc}).", name=str(path))
        return
    yield from iter_upload(str(path), data, limits=limits)


def iter_upload(name: str, data: bytes, *, limits: Limits) -> Iterator[IncomingText | ImportInputError]:
    """The texts of one file, or an error per file or member that is unusable. `name` is
    shown as it is (callers pass a display name for uploads, the path for local files)."""
    if len(data) > limits.max_upload_bytes:
        yield _too_big(name, len(data), limits.max_upload_bytes)
        return
    if _suffix(name) in ZIP_SUFFIXES or (data[:4] == b"PK\x03\x04" and _suffix(name) not in HTML_SUFFIXES):
        yield from _read_zip(name, data, limits)
        return
    try:
        yield text_from_bytes(name, data)
    except ImportInputError as exc:
        yield exc


def text_from_bytes(name: str, data: bytes) -> IncomingText:
    """One file's bytes -> its text (decoded, HTML reduced to its main text)."""
    if not data.strip():
        raise ImportInputError(f"{name}: the file is empty.", name=name)
    text = decode(name, data)
    if not text.strip():
        raise ImportInputError(f"{name}: the file holds only whitespace.", name=name)
    if _suffix(name) in HTML_SUFFIXES or _looks_like_html(text):
        return _from_html(name, text)
    return IncomingText(name=name, text=text)


def decode(name: str, data: bytes) -> str:
    """Bytes -> str: BOMs first, then UTF-8, UTF-16 without BOM, then charset-normalizer
    (cp1252, latin-1...). Binary data raises ImportInputError."""
    text = _decode_known(data)
    if text is None:
        best = charset_normalizer.from_bytes(data[:200_000]).best()
        if best is not None:
            try:
                text = data.decode(best.encoding)
            except (UnicodeDecodeError, LookupError):
                text = None
    if text is None or _is_binary(text):
        raise ImportInputError(
            f"{name}: this is not a text file (binary content, or an unknown encoding). "
            "Upload .txt or .html files, or a .zip of them.",
            name=name,
        )
    return text.replace("\ufeff", "")


def _decode_known(data: bytes) -> str | None:
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    # UTF-16 before UTF-8: Latin text in UTF-16 is also valid UTF-8 (full of NULs),
    # which would then be refused as binary.
    text = _decode_utf16_without_bom(data)
    if text is not None:
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" not in data:
        # Articles here are Indonesian or English: a Windows-1252 reading is the right
        # one whenever it is possible (charset-normalizer tends to say cp1250 for short
        # texts, which turns a few letters wrong). It fails only on five unused bytes.
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return text


def _decode_utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without BOM shows as a zero byte in every other position for Latin text."""
    sample = data[:4000]
    if len(sample) < 4 or len(data) % 2:
        return None
    even_zeros = sample[0::2].count(0) / (len(sample) / 2)
    odd_zeros = sample[1::2].count(0) / (len(sample) / 2)
    encoding = "utf-16-le" if odd_zeros > 0.3 > even_zeros else "utf-16-be" if even_zeros > 0.3 > odd_zeros else None
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _is_binary(text: str) -> bool:
    sample = text[:100_000]
    controls = sum(1 for c in sample if c in _CONTROL)
    return controls > max(1, len(sample) * _MAX_CONTROL_SHARE)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in text[:5000].lower() and "</" in text)


def _from_html(name: str, html: str) -> IncomingText:
    from .html import html_to_incoming

    incoming = html_to_incoming(name, html)
    if incoming is None or not incoming.text.strip():
        raise ImportInputError(f"{name}: the page has no article text.", name=name)
    return incoming


def _read_zip(name: str, data: bytes, limits: Limits) -> Iterator[IncomingText | ImportInputError]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [info for info in archive.infolist() if not info.is_dir() and not _ignored(info.filename)]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        yield ImportInputError(f"{name}: not a readable zip archive ({exc}).", name=name)
        return
    problem = _zip_problem(members, limits)
    if problem:
        yield ImportInputError(f"{name}: {problem}", name=name)
        return
    total = 0
    for info in members:
        member_name = f"{name}/{display_name(info.filename)}"
        suffix = _suffix(info.filename)
        if suffix in ZIP_SUFFIXES:
            yield ImportInputError(f"{member_name}: zip archives inside a zip are not read; unpack it first.", name=member_name)
            continue
        if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
            continue
        try:
            content = _read_member(archive, info, limits.zip_max_member_bytes)
        except ImportInputError as exc:
            yield ImportInputError(f"{member_name}: {exc}", name=member_name)
            return
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError, EOFError, ValueError) as exc:
            yield ImportInputError(f"{member_name}: cannot be unpacked ({exc}).", name=member_name)
            continue
        total += len(content)
        if total > limits.zip_max_total_bytes:
            yield ImportInputError(
                f"{name}: unpacks to more than {_size(limits.zip_max_total_bytes)} (the limit).", name=name
            )
            return
        try:
            yield text_from_bytes(member_name, content)
        except ImportInputError as exc:
            yield exc


def _zip_problem(members, limits: Limits) -> str:
    """What is wrong with an archive from its declared sizes alone ("" if nothing)."""
    if len(members) > limits.zip_max_members:
        return f"holds {len(members)} files; at most {limits.zip_max_members} are accepted in one archive."
    for info in members:
        if info.file_size > limits.zip_max_member_bytes:
            return (f"{display_name(info.filename)} unpacks to {_size(info.file_size)}; "
                    f"each file may be at most {_size(limits.zip_max_member_bytes)}.")
    declared = sum(info.file_size for info in members)
    if declared > limits.zip_max_total_bytes:
        return f"unpacks to {_size(declared)}; at most {_size(limits.zip_max_total_bytes)} are accepted."
    return ""


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read a member but stop past `limit`: declared sizes can lie (zip bombs)."""
    chunks, size = [], 0
    with archive.open(info) as member:
        while chunk := member.read(64 * 1024):
            size += len(chunk)
            if size > limit:
                raise ImportInputError(f"unpacks to more than {_size(limit)} (the limit for one file).")
            chunks.append(chunk)
    return b"".join(chunks)


def display_name(name: str) -> str:
    """The last part of a name, whatever separators it holds: "../../etc/x.txt" -> "x.txt"."""
    cleaned = "".join(c for c in str(name) if c.isprintable())
    return PurePosixPath(cleaned.replace("\\", "/")).name or "unnamed"


def _suffix(name: str) -> str:
    return os.path.splitext(display_name(name))[1].lower()


def _ignored(member_path: str) -> bool:
    parts = PurePosixPath(member_path.replace("\\", "/")).parts
    return any((part.startswith(".") and part not in (".", "..")) or part == "__MACOSX" for part in parts)


def _too_big(name: str, size: int, limit: int) -> ImportInputError:
    return ImportInputError(
        f"{name}: {_size(size)} is over the limit of {_size(limit)} for one file.", name=name
    )


def _size(n: int) -> str:
    if n >= 2**20:
        return f"{n / 2**20:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} bytes"
