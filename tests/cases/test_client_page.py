"""The client page: a seller account's open cases, next deadline, health trend, activity."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from cases.models import Case, Status
from cases.services import cases as services
from tests.factories import HealthSnapshotFactory, days_ago, make_case

# Deadlines are measured from now and snapshots dated back from today.
pytestmark = pytest.mark.clock


def page_of(client, user, account):
    client.force_login(user)
    response = client.get(reverse("seller_account_detail", args=[account.pk]))
    assert response.status_code == 200
    return response


def section(html, element_id):
    start = html.index(f'id="{element_id}"')
    return html[start : start + 4000]


def test_open_cases_are_listed_due_first_and_finished_ones_left_out(client, tenants):
    later = make_case(tenants.a1, by=tenants.consultant_a)
    sooner = make_case(tenants.a1, by=tenants.consultant_a)
    undated = make_case(tenants.a1, by=tenants.consultant_a)
    done = make_case(tenants.a1, by=tenants.consultant_a)
    other_client = make_case(tenants.a2, by=tenants.consultant_a)
    now = timezone.now()
    Case.objects.filter(pk=later.pk).update(answer_due_at=now + timedelta(days=3))
    Case.objects.filter(pk=sooner.pk).update(answer_due_at=now + timedelta(hours=20))
    Case.objects.filter(pk=done.pk).update(status=Status.AMAZON_APPROVED)
    response = page_of(client, tenants.consultant_a, tenants.a1)
    shown = [case.pk for case in response.context["overview"].open_cases]
    assert shown == [sooner.pk, later.pk, undated.pk]
    assert done.pk not in shown and other_client.pk not in shown
    html = response.content.decode()
    assert "3 open cases" in html
    deadline = section(html, "next-deadline")
    assert reverse("case_detail", args=[sooner.pk]) in deadline[:800]
    assert "in 19\xa0hours" in deadline[:800] or "in 20\xa0hours" in deadline[:800]


def test_an_overdue_deadline_says_so(client, tenants):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    Case.objects.filter(pk=case.pk).update(
        status=Status.INFORMATION_REQUESTED, answer_due_at=timezone.now() - timedelta(hours=5)
    )
    html = page_of(client, tenants.consultant_a, tenants.a1).content.decode()
    assert "overdue by 5\xa0hours" in section(html, "next-deadline")[:800]


def test_no_open_case_no_deadline(client, tenants):
    html = page_of(client, tenants.consultant_a, tenants.a1).content.decode()
    assert "No deadline on the open cases." in html
    assert "No open case." in html


def test_the_health_trend_compares_the_latest_snapshot_with_the_one_before(client, tenants):
    HealthSnapshotFactory(
        seller_account=tenants.a1,
        date=days_ago(30),
        order_defect_rate="1.40",
        positive_feedback="99.00",
    )
    HealthSnapshotFactory(
        seller_account=tenants.a1,
        date=days_ago(2),
        order_defect_rate="0.60",
        positive_feedback="97.50",
    )
    response = page_of(client, tenants.consultant_a, tenants.a1)
    trends = response.context["overview"].trends
    assert trends["order_defect_rate"].direction == "improving"  # lower is better
    assert trends["positive_feedback"].direction == "worsening"  # higher is better
    assert trends["late_shipment_rate"].direction == "steady"
    html = response.content.decode()
    row = re.search(r"Order defect rate.*?</tr>", html, re.S).group(0)
    assert "improving" in row and "was 1.4" in row


def test_recent_activity_shows_the_cases_history_and_hides_internal_notes_from_sellers(
    client, tenants
):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    services.comment(
        case=case, text="Supplier confirmed by phone", by=tenants.consultant_a, shared=True
    )
    services.comment(case=case, text="Client pays late", by=tenants.consultant_a, shared=False)
    consultant = section(
        page_of(client, tenants.consultant_a, tenants.a1).content.decode(), "recent-activity"
    )
    assert "Supplier confirmed by phone" in consultant and "Client pays late" in consultant
    seller = section(
        page_of(client, tenants.seller_a, tenants.a1).content.decode(), "recent-activity"
    )
    assert "Supplier confirmed by phone" in seller and "Client pays late" not in seller


def test_the_client_page_query_count_does_not_grow_with_cases(
    client, tenants, django_assert_max_num_queries
):
    client.force_login(tenants.consultant_a)
    url = reverse("seller_account_detail", args=[tenants.a1.pk])
    make_case(tenants.a1, by=tenants.consultant_a)
    with django_assert_max_num_queries(11) as small:
        client.get(url)
    for _ in range(25):
        case = make_case(tenants.a1, by=tenants.consultant_a)
        services.comment(case=case, text="note", by=tenants.consultant_a, shared=True)
    with django_assert_max_num_queries(12) as large:
        response = client.get(url)
    assert response.context["overview"].open_count == 26
    # One more query only to count past the 20 shown.
    assert len(large.captured_queries) <= len(small.captured_queries) + 1
