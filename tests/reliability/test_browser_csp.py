"""The Django admin keeps working under our Content Security Policy in real Chromium:
no policy violation on any page an editor uses, and its scripts still run (the slug
fills itself in, inline formsets add rows, the changelist selects all rows)."""
import pytest
from django.urls import reverse

from .dataset import build_rich_dataset

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("reference_data")]

# Playwright's init scripts are injected by the browser itself, outside the page's CSP.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation',
    e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


@pytest.fixture
def editor_page(page, live_server, django_user_model):
    django_user_model.objects.create_superuser("editor", "", "a-long-password-1")
    console = []
    page.on("console", lambda msg: console.append(msg.text) if "Content Security Policy" in msg.text else None)
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "a-long-password-1")
    page.click("input[type=submit]")
    page.wait_for_selector("#site-name")
    page.console_violations = console
    return page


def visit(page, url):
    page.goto(url)
    page.wait_for_load_state("load")
    violations = page.evaluate("window.__cspViolations") + page.console_violations
    assert not violations, f"{url}: {violations}"


def test_admin_scripts_run_under_the_policy(editor_page, live_server):
    page = editor_page
    data = build_rich_dataset()
    base = live_server.url
    visit(page, f"{base}{reverse('admin:index')}")

    # Prepopulated fields: the slug follows the name as the editor types.
    visit(page, f"{base}{reverse('admin:summits_summit_add')}")
    page.locator("#id_name").press_sequentially("Extraordinary G20 Leaders Summit")
    assert page.input_value("#id_slug") == "extraordinary-g20-leaders-summit"

    # Inline formsets: "Add another" appends a row (admin/js/inlines.js).
    visit(page, f"{base}{reverse('admin:summits_summit_change', args=[data['summit'].pk])}")
    rows = page.locator("#meetings-group tbody tr.form-row:not(.empty-form)").count()
    page.click("#meetings-group .add-row a")
    assert page.locator("#meetings-group tbody tr.form-row:not(.empty-form)").count() == rows + 1
    page.save_screenshot("summit-change-under-csp")

    # Changelist actions: the "select all" checkbox ticks every row (admin/js/actions.js).
    visit(page, f"{base}{reverse('admin:summits_summit_changelist')}")
    page.check("#action-toggle")
    assert page.locator("input.action-select:checked").count() == 3
    assert page.locator(".action-counter").inner_text().startswith("3 of 3")

    # Autocomplete widgets (select2, loaded from our origin) open and search.
    visit(page, f"{base}{reverse('admin:summits_meeting_add')}")
    page.click("#meeting_form .select2-selection")
    page.wait_for_selector(".select2-results__option")
    visit(page, f"{base}{reverse('admin:summits_article_changelist')}")


def test_public_schedule_has_no_policy_violation(page, live_server):
    build_rich_dataset()
    console = []
    page.on("console", lambda msg: console.append(msg.text) if "Content Security Policy" in msg.text else None)
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(f"{live_server.url}/")
    page.wait_for_load_state("load")
    assert page.evaluate("window.__cspViolations") == [] and console == []
