"""The hostile corpus (tests/reliability/hostile.py) through every way in: the reader
behind the admin upload, the admin upload form and import action, and `import_articles`
in a real subprocess. Each file gets a clear message, or imports with its text exact;
never a 500 or a traceback; never more than a bounded time; and no record that existed
before is changed or lost (the whole database compared through export_timeline)."""
import faulthandler
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from summits.importing import ImportInputError, add_article, read_upload
from summits.models import Article, ImportStatus

from .dataset import build_rich_dataset
from .helpers import TRACEBACK_MARKERS, assert_preserved, records, snapshot
from .hostile import CASES, hostile

# A hang in the in-process routes must fail the run, not stall it forever.
IN_PROCESS_LIMIT = 300
SUBPROCESS_LIMIT = 180


@pytest.fixture(autouse=True)
def bounded():
    faulthandler.dump_traceback_later(IN_PROCESS_LIMIT, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


def assert_clear(message, case):
    assert case.says in message, message
    assert not any(marker in message for marker in TRACEBACK_MARKERS), message


@pytest.mark.django_db
@pytest.mark.parametrize("case", CASES)
def test_the_upload_reader_and_article_store(case):
    """read_upload then add_article: what every upload goes through before any import."""
    item = hostile(case)
    try:
        texts = read_upload(item.name, item.data)
        articles = [add_article(text)[0] for text in texts]
    except ImportInputError as error:
        assert item.expect in {"refused", "either"}, f"{case}: refused legitimate text: {error}"
        assert_clear(str(error), item)
        assert not Article.objects.exists()
        return
    assert item.expect in {"imported", "either"}, f"{case}: accepted: {[t.name for t in texts]}"
    body = "\n".join(article.body for article in articles)
    for fragment in item.keeps:
        assert fragment in body, f"{case}: {fragment!r} lost in reading"
    for each in texts:
        assert ".." not in each.name.replace("...", ""), f"{case}: a path is shown as the name: {each.name}"


@pytest.mark.django_db
@pytest.mark.parametrize("case", CASES)
def test_the_admin_upload_and_import_action(admin_client, case):
    item = hostile(case)
    build_rich_dataset()
    before, known = snapshot(), set(Article.objects.values_list("pk", flat=True))
    upload = SimpleUploadedFile(item.name, item.data, content_type="application/octet-stream")
    response = admin_client.post(reverse("admin:summits_article_add_articles"), {"files": [upload]}, follow=True)
    assert response.status_code == 200
    page = response.content.decode()
    assert not any(marker in page for marker in TRACEBACK_MARKERS)
    added = Article.objects.exclude(pk__in=known)
    if not added:
        assert item.expect in {"refused", "either"}, f"{case}: nothing added: {messages_of(response)}"
        assert any(item.says in m for m in messages_of(response) + form_errors(response)), page[-2000:]
        assert snapshot() == before
        return
    assert item.expect in {"imported", "either"}, f"{case}: accepted"
    body = "\n".join(added.values_list("body", flat=True))
    for fragment in item.keeps:
        assert fragment in body, f"{case}: {fragment!r} lost on upload"

    changelist = reverse("admin:summits_article_changelist")
    selected = {"action": "import_events", "_selected_action": list(added.values_list("pk", flat=True))}
    preview = admin_client.post(changelist, selected)
    assert preview.status_code == 200 and "Traceback" not in preview.content.decode()
    done = admin_client.post(changelist, {**selected, "confirm": "yes"}, follow=True)
    assert done.status_code == 200
    for article in added.all():
        if item.expect == "imported":
            assert article.import_status == ImportStatus.IMPORTED, f"{case}: {article.last_error}"
        assert not any(marker in article.last_error for marker in TRACEBACK_MARKERS), article.last_error
    assert_preserved(before, snapshot())


def messages_of(response):
    return [str(m) for m in response.context["messages"]] if response.context else []


def form_errors(response):
    form = response.context.get("form") if response.context else None
    return [str(e) for errors in (form.errors.values() if form else []) for e in errors]


@pytest.fixture
def populated(subprocess_db, tmp_path):
    """The rich dataset, committed where the subprocesses look."""
    build_rich_dataset()
    if subprocess_db.vendor == "sqlite":  # the dataset is in the test's own database: copy it over
        path = tmp_path / "dataset.json"
        path.write_text(snapshot(), encoding="utf-8")
        loaded = subprocess_db.manage("import_timeline", path, "--replace")
        assert loaded.returncode == 0, loaded.stderr
    return subprocess_db


def export_of(db, tmp_path, name):
    path = tmp_path / name
    result = db.manage("export_timeline", path)
    assert result.returncode == 0, result.stderr
    return path.read_text(encoding="utf-8")


def on_disk(item, tmp_path):
    """Write the case where import_articles can read it; a name with path separators
    is given as a path that climbs through them."""
    if "/" in item.name:
        target = tmp_path / "files" / item.name.rsplit("/", 1)[1]
        (tmp_path / "files" / "sub").mkdir(parents=True, exist_ok=True)
        target.write_bytes(item.data)
        return f"{tmp_path}/files/sub/../{target.name}"
    target = tmp_path / "files" / item.name  # backslashes are ordinary characters on POSIX
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(item.data)
    return str(target)


def test_import_articles_on_every_hostile_file(populated, tmp_path):
    before = export_of(populated, tmp_path, "before.json")
    paths = {case: on_disk(hostile(case), tmp_path) for case in CASES}

    def run(case):
        return case, populated.manage("import_articles", paths[case], timeout=SUBPROCESS_LIMIT)

    # Two at a time (two cores); each file still gets its own process and verdict.
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(run, CASES))
    problems = []
    for case, result in results:
        item = hostile(case)
        output = result.stdout + result.stderr
        if any(marker in output for marker in TRACEBACK_MARKERS):
            problems.append(f"{case}: traceback\n{output[-2000:]}")
        elif "database is locked" in output:
            problems.append(f"{case}: {output[-500:]}")
        elif item.expect == "imported" and result.returncode != 0:
            problems.append(f"{case}: legitimate text refused: {result.stderr.strip()}")
        elif item.expect == "refused" and (result.returncode != 1 or item.says not in result.stderr):
            problems.append(f"{case}: expected a refusal saying {item.says!r}, got {result.returncode}: {output[-500:]}")
        elif result.returncode not in {0, 1}:
            problems.append(f"{case}: exit status {result.returncode}: {output[-500:]}")
    assert not problems, "\n\n".join(problems)
    after = export_of(populated, tmp_path, "after.json")
    assert_preserved(before, after)
    bodies = "\n".join(f["body"] for (model, _), f in records(after).items() if model == "summits.article")
    for case in CASES:
        item = hostile(case)
        if item.expect == "imported":
            for fragment in item.keeps:
                assert fragment in bodies, f"{case}: {fragment!r} not stored"
