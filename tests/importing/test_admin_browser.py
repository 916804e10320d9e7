"""The admin import flow in real Chromium: upload -> select -> preview -> confirm -> the
summit appears in the summit list. A screenshot of every step goes to test-output/."""
from pathlib import Path

import pytest

from summits.models import Summit

# serialized_rollback: the organisations the migrations load must be there whatever ran before.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "000_seed_69d3f274414b58bc.txt"


def log_in(page, live_server, django_user_model):
    django_user_model.objects.create_superuser("editor", "", "a-long-password-1")
    page.goto(f"{live_server.url}/admin/summits/article/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "a-long-password-1")
    page.click("input[type=submit]")
    page.wait_for_selector("#changelist")


def test_an_editor_uploads_previews_and_imports_an_article(page, live_server, django_user_model):
    log_in(page, live_server, django_user_model)

    page.click("text=Add articles")
    page.set_input_files("#id_files", str(SEED))
    page.save_screenshot("1-add-articles")
    page.click("#add-articles-form input[type=submit]")
    page.wait_for_selector(".messagelist")
    assert "Added 1 article" in page.inner_text(".messagelist")
    page.save_screenshot("2-article-list")

    page.check("input.action-select")
    page.select_option("select[name=action]", "import_events")
    page.click("button[name=index]")
    page.wait_for_selector("table.summits-plan")
    plan = page.inner_text("table.summits-plan")
    assert "KTT ASEAN ke-32" in plan and "Joko Widodo" in plan
    assert not Summit.objects.exists()  # the preview wrote nothing
    page.save_screenshot("3-preview")

    page.click("input[type=submit][value='Yes, import']")
    page.wait_for_selector(".messagelist")
    assert "Imported 1 article" in page.inner_text(".messagelist")
    page.save_screenshot("4-imported")

    page.goto(f"{live_server.url}/admin/summits/summit/")
    assert "KTT ASEAN ke-32" in page.inner_text("#result_list")
    page.save_screenshot("5-summit-list")


def test_a_bad_upload_shows_its_reason_in_chromium(page, live_server, django_user_model, tmp_path):
    log_in(page, live_server, django_user_model)
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    page.goto(f"{live_server.url}/admin/summits/article/add-articles/")
    page.set_input_files("#id_files", str(binary))
    page.click("#add-articles-form input[type=submit]")
    page.wait_for_selector(".errornote")
    assert "photo.txt: this is not a text file" in page.inner_text("#content-main")
    page.save_screenshot("refused")


def test_a_big_batch_shows_a_progress_page_that_reloads_itself(page, live_server, django_user_model, settings):
    # The dummy backend keeps the task without running it: the worker has not got to it yet.
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    settings.SUMMITS_BACKGROUND_THRESHOLD = 1
    log_in(page, live_server, django_user_model)
    page.goto(f"{live_server.url}/admin/summits/article/add-articles/")
    cna = SEED.with_name("en_01_asean_32_singapore_cna.txt")
    page.set_input_files("#id_files", [str(SEED), str(cna)])
    page.click("#add-articles-form input[type=submit]")
    page.check("#action-toggle")
    page.select_option("select[name=action]", "import_events")
    page.click("button[name=index]")
    page.wait_for_selector("table.summits-plan")
    assert "in the background" in page.inner_text("#content-main")
    page.click("input[type=submit][value='Yes, import']")
    page.wait_for_selector("progress.summits-progress")
    assert "0 of 2 imported, 0 failed, 2 waiting" in page.inner_text("#content-main")
    assert page.locator('meta[http-equiv="refresh"]').count() == 1
    page.save_screenshot("progress")
