"""The review queue's pages: the queue's length is read with its rows, in one query."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cases.models import Case, Status
from tests.factories import make_case

# Orders cases by how long they have waited, from the clock.
pytestmark = pytest.mark.clock


@pytest.fixture
def long_queue(tenants):
    """53 cases of agency A waiting for review, oldest first by id, and one of agency B."""
    now = timezone.now()
    cases = [make_case(tenants.a1, by=tenants.consultant_a) for _ in range(53)]
    for hours, case in enumerate(reversed(cases), start=1):
        Case.objects.filter(pk=case.pk).update(
            status=Status.IN_REVIEW, review_requested_at=now - timedelta(hours=hours)
        )
    other = make_case(tenants.b1, by=tenants.consultant_b)
    Case.objects.filter(pk=other.pk).update(status=Status.IN_REVIEW)
    return [case.pk for case in cases]


def queue_page(client, **params):
    response = client.get(reverse("review_queue"), params)
    assert response.status_code == 200
    return response


def shown(response):
    return [row["pk"] for row in response.context["rows"]]


def test_the_queue_is_paged_oldest_first(client, tenants, long_queue):
    client.force_login(tenants.reviewer_a)
    first = queue_page(client)
    assert shown(first) == long_queue[:50]
    assert "Page 1 of 2" in first.content.decode()
    second = queue_page(client, page=2)
    assert shown(second) == long_queue[50:]
    assert "Page 2 of 2" in second.content.decode()


@pytest.mark.parametrize(
    "asked, expected", [("99", 2), ("9" * 25, 2), ("0", 1), ("x", 1), ("-1", 1), ("²", 1)]
)
def test_a_page_out_of_range_shows_the_nearest_one(client, tenants, long_queue, asked, expected):
    client.force_login(tenants.reviewer_a)
    response = queue_page(client, page=asked)
    assert response.context["page"].number == expected
    assert shown(response) == (long_queue[50:] if expected == 2 else long_queue[:50])


def test_an_empty_queue_says_so_on_one_page(client, tenants):
    client.force_login(tenants.reviewer_a)
    response = queue_page(client)
    assert response.context["rows"] == []
    assert response.context["page"].paginator.count == 0


def test_the_queue_and_its_length_cost_one_query(client, tenants, long_queue):
    client.force_login(tenants.reviewer_a)
    queue_page(client)
    with CaptureQueriesContext(connection) as captured:
        queue_page(client)
    on_cases = [q["sql"] for q in captured.captured_queries if "cases_case" in q["sql"]]
    assert len(on_cases) == 1, on_cases
