import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_editor_logs_in_to_the_admin_in_chromium(page, live_server, django_user_model):
    django_user_model.objects.create_superuser("editor", "", "a-long-password-1")
    page.goto(f"{live_server.url}/admin/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "a-long-password-1")
    page.click("input[type=submit]")
    page.wait_for_selector("#site-name")
    assert "Summits" in page.content() or "Summit Timeline" in page.content()
    page.save_screenshot("admin-index")
