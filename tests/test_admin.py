"""The admin, for operators: every model's list, search and first row open."""

import pytest
from django.contrib import admin
from django.urls import reverse

from cases.services import cases as services
from tests.factories import make_case

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(django_user_model):
    return django_user_model.objects.create_superuser(email="ops@example.com", password="x" * 12)


def test_every_admin_list_and_change_page_opens(client, tenants, operator, monkeypatch):
    from cases.readiness import Readiness

    # A case sent for review writes a notification for the reviewers: one row of each kind.
    monkeypatch.setattr("cases.selectors.case_readiness", lambda case: Readiness([]))
    case = make_case(tenants.a1, by=tenants.seller_a)
    services.transition(case=case, action="submit_for_review", by=tenants.seller_a)
    client.force_login(operator)
    opened = []
    for model, model_admin in admin.site._registry.items():
        meta = model._meta
        changelist = reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")
        response = client.get(changelist, {"q": "a"} if model_admin.search_fields else {})
        assert response.status_code == 200, changelist
        first = model.objects.order_by("pk").first()
        if first is not None:
            change = reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[first.pk])
            assert client.get(change).status_code == 200, change
        opened.append(meta.model_name)
    assert {"notification", "notificationpreference", "savedview", "user"} <= set(opened)
