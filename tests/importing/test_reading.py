"""Reading uploads and files: encodings, HTML, zips and their limits, hostile names."""
import codecs
import io
import os
import time
import zipfile

import pytest

from summits.importing import ImportInputError, Limits, read_path, read_upload

TEXT = "KTT ASEAN ke-32 digelar di Singapura pada 27–28 April. Presiden “Jokowi” hadir; café résumé."
SMALL = Limits(max_upload_bytes=50_000, zip_max_members=5, zip_max_member_bytes=20_000, zip_max_total_bytes=60_000)


def zipped(members, *, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),  # with BOM
    TEXT.encode("utf-16-le"),
    TEXT.encode("utf-16-be"),
    TEXT.encode("cp1252"),
], ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-le", "utf-16-be", "cp1252"])
def test_every_usual_encoding_gives_the_same_text(data):
    [incoming] = read_upload("artikel.txt", data)
    assert incoming.text == TEXT


def test_latin1_text_is_read():
    text = "Résumé des débats à Genève, où les ministres ont été reçus."
    assert read_upload("a.txt", text.encode("latin-1"))[0].text == text


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"  \n\t\r\n ", "empty"),
    ("   \n  ".encode("utf-16"), "only whitespace"),
    (os.urandom(4096), "not a text file"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "not a text file"),
])
def test_empty_and_binary_files_are_refused_by_name(data, message):
    with pytest.raises(ImportInputError) as error:
        read_upload("upload.txt", data)
    assert message in str(error.value) and str(error.value).startswith("upload.txt:")


def test_html_gives_its_main_text_and_metadata_without_scripts():
    html = """<html><head><title>KTT ASEAN</title><meta property="og:url" content="https://example.org/ktt">
    <meta name="date" content="2018-04-20"></head><body><article><h1>Presiden akan hadir KTT ASEAN</h1>
    <p>Presiden Joko Widodo dijadwalkan menghadiri KTT ASEAN ke-32 yang akan digelar di Singapura.</p>
    <script>alert("x")</script><img src=x onerror="alert(1)"></article></body></html>"""
    [incoming] = read_upload("page.html", html.encode("utf-8"))
    assert "Joko Widodo dijadwalkan" in incoming.text and "alert" not in incoming.text
    assert incoming.url == "https://example.org/ktt" and str(incoming.published) == "2018-04-20"


def test_deeply_nested_html_still_gives_its_text():
    html = "<html><body>" + "<div>" * 5000 + "<p>Presiden hadir di KTT ASEAN.</p>" + "</div>" * 5000 + "</body></html>"
    [incoming] = read_upload("deep.html", html.encode())
    assert "Presiden hadir di KTT ASEAN." in incoming.text


def test_a_zip_gives_its_text_and_html_members_and_skips_the_rest():
    data = zipped({"a.txt": TEXT, "sub/b.html": f"<html><body><p>{TEXT}</p></body></html>", "photo.jpg": b"\xff\xd8",
                   "__MACOSX/._a.txt": b"\x00\x05", ".hidden.txt": "x"})
    texts = read_upload("batch.zip", data)
    assert [t.name for t in texts] == ["batch.zip/a.txt", "batch.zip/b.html"]
    assert all(TEXT in t.text for t in texts)


def test_names_with_path_separators_are_shown_never_used_as_paths(tmp_path):
    data = zipped({"../../etc/evil.txt": TEXT, "..\\..\\windows\\evil2.txt": TEXT, "/abs/evil3.txt": TEXT})
    names = [t.name for t in read_upload("../up/load.zip", data)]
    assert names == ["load.zip/evil.txt", "load.zip/evil2.txt", "load.zip/evil3.txt"]
    assert read_upload("..\\..\\x.txt", TEXT.encode())[0].name == "x.txt"


def test_zip_with_too_many_members_is_refused():
    data = zipped({f"{n}.txt": TEXT for n in range(6)})
    with pytest.raises(ImportInputError, match="holds 6 files; at most 5"):
        read_upload("many.zip", data, limits=SMALL)


def test_zip_member_declared_too_big_is_refused_before_reading():
    data = zipped({"big.txt": "a" * 30_000})
    with pytest.raises(ImportInputError, match="big.txt unpacks to 29 KB; each file may be at most 20 KB"):
        read_upload("big.zip", data, limits=SMALL)


def test_zip_whose_total_is_too_big_is_refused():
    data = zipped({f"{n}.txt": "a" * 15_000 for n in range(5)})
    with pytest.raises(ImportInputError, match="unpacks to .* at most 59 KB"):
        read_upload("total.zip", data, limits=SMALL)


def test_zip_bomb_that_lies_about_its_size_stops_early():
    """A member declaring 1 KB that inflates to 64 MB: reading stops early, with a message."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("bomb.txt", "w", force_zip64=True) as member:
            chunk = b"a" * 2**20
            for _ in range(64):
                member.write(chunk)
    data = _lie_about_size(buffer.getvalue(), 64 * 2**20, 1000)
    started = time.monotonic()
    with pytest.raises(ImportInputError, match="bomb.zip/bomb.txt: cannot be unpacked"):
        read_upload("bomb.zip", data, limits=Limits(zip_max_member_bytes=2**20))
    assert time.monotonic() - started < 5


def _lie_about_size(data, real, claimed):
    """Replace the uncompressed size (8 bytes in zip64 extra fields, 4 in the central
    directory) by a small one."""
    lying = data.replace(real.to_bytes(8, "little"), claimed.to_bytes(8, "little"))
    lying = lying.replace(real.to_bytes(4, "little"), claimed.to_bytes(4, "little"))
    assert zipfile.ZipFile(io.BytesIO(lying)).infolist()[0].file_size == claimed
    return lying


def test_honest_zip_bomb_is_refused_from_its_declared_size():
    data = zipped({"bomb.txt": b"\0" * (50 * 2**20)})
    assert len(data) < 100_000
    with pytest.raises(ImportInputError, match="unpacks to 50.0 MB"):
        read_upload("bomb.zip", data)


def test_zip_inside_a_zip_and_broken_zips_are_named():
    with pytest.raises(ImportInputError, match="inner.zip: zip archives inside a zip are not read"):
        read_upload("outer.zip", zipped({"inner.zip": zipped({"a.txt": TEXT})}))
    with pytest.raises(ImportInputError, match="not a readable zip archive"):
        read_upload("broken.zip", b"PK\x03\x04 this is not really a zip")
    with pytest.raises(ImportInputError, match="no .txt or .html file"):
        read_upload("photos.zip", zipped({"a.jpg": b"\xff\xd8"}))


def test_upload_over_the_size_limit_is_refused():
    with pytest.raises(ImportInputError, match="over the limit of 49 KB"):
        read_upload("huge.txt", b"a" * 60_000, limits=SMALL)


def test_read_path_walks_folders_and_names_each_bad_file(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_bytes(TEXT.encode("utf-16"))
    (tmp_path / "sub" / "empty.txt").write_bytes(b"")
    (tmp_path / "notes.json").write_text("{}")
    items = list(read_path(tmp_path))
    texts = [i for i in items if not isinstance(i, ImportInputError)]
    errors = [str(i) for i in items if isinstance(i, ImportInputError)]
    assert [t.text for t in texts] == [TEXT, TEXT]
    assert errors == [f"{tmp_path / 'sub' / 'empty.txt'}: the file is empty."]
    assert [str(e) for e in read_path(tmp_path / "missing.txt")] == [f"{tmp_path / 'missing.txt'}: no such file or folder."]


@pytest.mark.django_db
def test_text_far_longer_than_an_article_is_refused_when_stored(settings):
    from summits.importing import IncomingText, add_article
    from summits.models import Article

    settings.SUMMITS_MAX_ARTICLE_CHARS = 1000
    with pytest.raises(ImportInputError, match="long.txt: 3,000 characters is too long for one article"):
        add_article(IncomingText(name="long.txt", text="a" * 3000))
    assert not Article.objects.exists()
