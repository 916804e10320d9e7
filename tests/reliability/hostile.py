"""The hostile corpus: the small committed files of tests/fixtures/hostile/ and the large
ones built here at test time (a 20 MB text, a 3 MB single line, deeply nested HTML, zips
with thousands of members or a member that unpacks to gigabytes, names holding path
separators). Each says what must happen to it: refused with a message, or imported with
its text intact."""
import io
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

HOSTILE_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"
MB = 2**20
ARTICLE = (
    "Jakarta (ANTARA) - KTT ASEAN ke-35 digelar di Bangkok, Thailand, pada 2-4 November 2019. "
    "Menteri Luar Negeri Retno Marsudi mendampingi delegasi Indonesia dalam sesi pleno.\n"
)


@dataclass(frozen=True)
class Hostile:
    name: str  # as uploaded, or as the file is named on disk
    data: bytes = field(repr=False)
    expect: str  # "refused", "imported", or "either" (legitimate but extreme: import or a clear refusal)
    says: str = ""  # a fragment the refusal must contain
    keeps: tuple = ()  # fragments the stored article must contain, exactly


def _committed(name, expect, says="", keeps=()):
    return lambda: Hostile(name, (HOSTILE_DIR / name).read_bytes(), expect, says, keeps)


# Built only when a test asks for them (the bomb takes a few seconds of CRC).
CASES = {
    "empty": _committed("empty.txt", "refused", "empty"),
    "whitespace": _committed("whitespace-only.txt", "refused", "whitespace"),
    "binary": _committed("random-binary.txt", "refused", "not a text file"),
    "utf-16-bom": _committed("utf-16-bom.txt", "imported", keeps=("34th ASEAN Summit", "June 22–23, 2019")),
    "utf-16-no-bom": _committed("utf-16-no-bom.txt", "imported", keeps=("36th ASEAN Summit", "Nguyen Xuan Phuc")),
    "cp1252": _committed("cp1252.txt", "imported", keeps=("13–15 November 2018", "“Indonesia siap,”", "Café", "—")),
    "latin-1": _committed("latin-1.txt", "imported", keeps=("Réunion", "señor García", "Müller", "©2019")),
    "rtl-emoji": _committed("rtl-emoji.txt", "imported", keeps=(
        "القمة العربية الإسلامية المشتركة غير العادية", "🕊️🇸🇦", "👩‍👩‍👧‍👦", "‏(מקור: סוכנויות)‏")),
    "script-text": _committed("script-payload.txt", "imported", keeps=(
        "KTT <script>alert(1)</script> ASEAN ke-37", "<img src=x onerror=alert(1)>")),
    "script-html": _committed("script-payload.html", "imported", keeps=(
        "KTT ASEAN ke-38 digelar secara virtual pada 26 Oktober 2021",)),
    "20-mb": lambda: Hostile("twenty-megabytes.txt", big_text(), "refused", "limit"),
    "3-mb-line": lambda: Hostile("single-line-3mb.txt", single_line(), "refused", "too long for one article"),
    "deep-html": lambda: Hostile("deeply-nested.html", nested_html(), "imported",
                                 keeps=("KTT ASEAN ke-35 digelar di Bangkok",)),
    "many-members": lambda: Hostile("thousands-of-members.zip", many_members(), "refused", "at most"),
    "bomb": lambda: Hostile("bomb.zip", bomb(), "refused", "unpacks to"),
    "bomb-lying": lambda: Hostile("bomb-lying-header.zip", bomb(declared=1000), "refused", "bomb.txt"),
    "unix-path": lambda: Hostile("../../../etc/passwd.txt", ARTICLE.replace("ke-35", "ke-39").encode(),
                                 "imported", keeps=("KTT ASEAN ke-39",)),
    "windows-path": lambda: Hostile("..\\..\\Windows\\win.ini.txt", ARTICLE.replace("ke-35", "ke-40").encode(),
                                    "imported", keeps=("KTT ASEAN ke-40",)),
    "zip-traversal": lambda: Hostile("traversal.zip", traversal_zip(), "imported",
                                     keeps=("KTT ASEAN ke-41", "KTT ASEAN ke-42")),
}


def hostile(case):
    return _built(case)


@cache
def _built(case):
    return CASES[case]()


@cache
def big_text():
    return (ARTICLE * (20 * MB // len(ARTICLE) + 1)).encode()


@cache
def single_line():
    """3 MB of article sentences with no line break: legitimate text, extreme shape."""
    line = ARTICLE.replace("\n", " ")
    return (line * (3 * MB // len(line) + 1)).encode()


@cache
def nested_html(depth=20_000):
    return (f"<!doctype html><html><head><title>Deep</title></head><body>{'<div>' * depth}"
            f"<p>{ARTICLE}</p>{'</div>' * depth}</body></html>").encode()


@cache
def many_members(count=5000):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for n in range(count):
            archive.writestr(f"article-{n:05d}.txt", f"KTT ASEAN ke-{n}.\n")
    return buffer.getvalue()


@cache
def traversal_zip():
    """Member names that try to climb out of wherever they'd be unpacked."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../../evil-41.txt", ARTICLE.replace("ke-35", "ke-41"))
        archive.writestr("/etc/cron.d/evil-42.txt", ARTICLE.replace("ke-35", "ke-42"))
    return buffer.getvalue()


@cache
def bomb(size=2 * 2**30, declared=None):
    """A zip whose one member, bomb.txt, unpacks to `size` bytes (2 GiB) of text from a
    couple of MB, built without ever holding or writing the big text: with full flushes
    every compressed MB is the same bytes, so the stream is one block repeated.
    `declared` makes the headers lie about the unpacked size."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(b"A" * MB) + compressor.flush(zlib.Z_FULL_FLUSH)
    stream = block * (size // MB) + compressor.flush()
    return _zip_one_member("bomb.txt", stream, _crc_of_as(size), declared if declared is not None else size)


@cache
def _crc_of_as(size):
    chunk, crc = b"A" * MB, 0
    for _ in range(size // MB):
        crc = zlib.crc32(chunk, crc)
    return crc


def _zip_one_member(name, compressed, crc, size):
    encoded = name.encode()
    # version, flags, method (8 = deflate), time, date, crc, compressed size, size, name length, extra length
    fields = struct.pack("<HHHHHIIIHH", 20, 0, 8, 0, 0x21, crc, len(compressed), size, len(encoded), 0)
    local = b"PK\x03\x04" + fields + encoded
    central = (b"PK\x01\x02" + struct.pack("<H", 20) + fields
               + struct.pack("<HHHII", 0, 0, 0, 0, 0) + encoded)
    offset = len(local) + len(compressed)
    end = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, 1, 1, len(central), offset, 0)
    return local + compressed + central + end
