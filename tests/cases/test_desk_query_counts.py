"""The desk's pages run a fixed number of queries, whatever the number of cases."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cases.models import Case, SavedView
from tests.factories import make_case


def add_cases(tenants, count):
    """Cases of every kind of row: assigned, due, in review, appeals, both accounts."""
    from cases.services.cases import create_case

    for n in range(count):
        account = tenants.a1 if n % 2 else tenants.a2
        if n % 5 == 0:
            case = create_case(seller_account=account, kind="appeal", by=tenants.consultant_a)
        else:
            case = make_case(account, by=tenants.consultant_a, target_type="brand", brand=f"B{n}")
        Case.objects.filter(pk=case.pk).update(
            status=["draft", "in_review", "information_requested"][n % 3],
            readiness_verdict=["ready", "not_ready", ""][n % 3],
        )


def queries_of(client, url, **params):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"per": 100, "sort": "due"},
        {"sort": "seller", "status": "draft"},
        {"q": "B1", "readiness": "not_ready"},
        {"due": "48h", "kind": "appeal"},
    ],
)
def test_case_list_queries_do_not_grow_with_cases(client, tenants, params):
    client.force_login(tenants.consultant_a)
    SavedView.objects.create(
        membership=tenants.consultant_a.memberships.get(), name="Mine", query="due=48h"
    )
    add_cases(tenants, 5)
    few = queries_of(client, reverse("case_list"), **params)
    add_cases(tenants, 45)
    assert queries_of(client, reverse("case_list"), **params) == few


@pytest.mark.parametrize("name", ["home", "case_export"])
def test_home_and_export_queries_do_not_grow_with_cases(client, tenants, name):
    client.force_login(tenants.consultant_a)
    add_cases(tenants, 5)
    few = queries_of(client, reverse(name))
    add_cases(tenants, 45)
    assert queries_of(client, reverse(name)) == few


def test_review_queue_queries_do_not_grow_with_cases(client, tenants):
    client.force_login(tenants.reviewer_a)
    add_cases(tenants, 5)
    few = queries_of(client, reverse("review_queue"))
    add_cases(tenants, 45)
    assert queries_of(client, reverse("review_queue")) == few


def test_bulk_export_reads_the_selection_in_one_query(client, tenants):
    client.force_login(tenants.consultant_a)
    add_cases(tenants, 50)
    pks = list(Case.objects.values_list("pk", flat=True))
    with CaptureQueriesContext(connection) as captured:
        response = client.post(reverse("case_bulk"), {"action": "export", "case": pks})
        assert len(b"".join(response.streaming_content).splitlines()) == 51
    reads = [q for q in captured.captured_queries if 'FROM "cases_case"' in q["sql"]]
    assert len(reads) == 1
