"""Content Security Policy: every page, public or admin, is sent with a policy that
allows no inline script or style except the per-response nonce, and the markup obeys it
(an inline block without the nonce would silently stop working in browsers)."""
import re

import lxml.html
import pytest
from django.contrib import admin
from django.urls import reverse

from .dataset import build_rich_dataset

pytestmark = pytest.mark.django_db


def policy(response):
    header = response.headers.get("Content-Security-Policy")
    assert header, f"no Content-Security-Policy on {response.wsgi_request.path}"
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def assert_strict_policy(response):
    directives = policy(response)
    assert directives["default-src"] == ["'self'"]
    for name in ("script-src", "style-src"):
        values = directives.get(name, directives["default-src"])
        assert "'unsafe-inline'" not in values and "'unsafe-eval'" not in values, (name, values)
        assert "*" not in values and "data:" not in values, (name, values)
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    return directives


def assert_markup_obeys_policy(response):
    """Inline <script>/<style> only with the response's nonce; no style= or on*= attributes."""
    directives = assert_strict_policy(response)
    nonces = {v[len("'nonce-"):-1] for v in directives.get("script-src", []) if v.startswith("'nonce-")}
    tree = lxml.html.fromstring(response.content)
    path = response.wsgi_request.path
    for element in tree.iter("script", "style"):
        if element.tag == "script" and element.get("src"):
            continue
        assert element.get("nonce") in nonces, f"{path}: inline <{element.tag}> without the nonce"
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        assert "style" not in element.attrib, f"{path}: style= attribute on <{element.tag}>"
        handlers = [name for name in element.attrib if name.lower().startswith("on")]
        assert not handlers, f"{path}: inline event handler {handlers} on <{element.tag}>"
        for name in ("href", "src", "action"):
            assert not re.match(r"\s*javascript:", element.get(name) or "", re.I), f"{path}: javascript: URL"


@pytest.fixture
def dataset():
    return build_rich_dataset()


def public_urls(dataset):
    yield reverse("summits:schedule")
    for key in ("summit", "gathering", "person", "document", "organisation"):
        yield dataset[key].get_absolute_url()
    yield reverse("summits:country", args=["SG"])


def test_public_pages_carry_a_strict_policy_and_no_inline_code(client, dataset):
    for url in public_urls(dataset):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_markup_obeys_policy(response)


def admin_urls(dataset):
    yield reverse("admin:index")
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        yield reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        yield reverse(f"admin:{opts.app_label}_{opts.model_name}_add")
        obj = model._default_manager.first()
        if obj is not None:
            yield reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def test_admin_pages_carry_a_strict_policy_and_no_inline_code(admin_client, dataset):
    for url in admin_urls(dataset):
        response = admin_client.get(url)
        if response.status_code == 403:  # read-only models offer no add form
            continue
        assert response.status_code == 200, url
        assert_markup_obeys_policy(response)


def test_the_login_page_carries_the_policy(client):
    response = client.get(reverse("admin:login"))
    assert_markup_obeys_policy(response)


def test_a_nonce_is_fresh_on_every_response(admin_client):
    url = reverse("admin:summits_summit_changelist")
    first = policy(admin_client.get(url))["script-src"]
    second = policy(admin_client.get(url))["script-src"]
    assert first != second
