"""Every autocomplete box of the admin pages through its choices in a fixed order: with
an unordered queryset Django warns, and the second page of a long list may repeat or skip
summits (annotated admin querysets lose the model's default ordering)."""
import warnings

import pytest
from django.contrib import admin
from django.core.paginator import UnorderedObjectListWarning
from django.urls import reverse

from .dataset import build_rich_dataset

pytestmark = pytest.mark.django_db


def autocomplete_fields():
    for model, model_admin in admin.site._registry.items():
        for name in model_admin.autocomplete_fields:
            yield model, name


def test_every_autocomplete_answers_in_a_stable_order(admin_client):
    build_rich_dataset()
    fields = list(autocomplete_fields())
    assert fields
    for model, name in fields:
        with warnings.catch_warnings():
            warnings.simplefilter("error", UnorderedObjectListWarning)
            response = admin_client.get(reverse("admin:autocomplete"), {
                "term": "", "app_label": model._meta.app_label, "model_name": model._meta.model_name,
                "field_name": name,
            })
        assert response.status_code == 200, f"{model.__name__}.{name}"
        assert response.json()["results"], f"{model.__name__}.{name} offers nothing"
