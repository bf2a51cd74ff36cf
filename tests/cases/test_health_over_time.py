"""Health as Amazon reads it today: recent, complete, and back on target for 30 days.

A 400-day-old snapshot with only the order defect rate filled in used to read "every
figure meets Amazon's targets".
"""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from cases import health
from cases.models import HealthSnapshot
from tests.factories import days_ago, make_case

pytestmark = pytest.mark.clock

GOOD = {
    "order_defect_rate": Decimal("0.4"),
    "positive_feedback": Decimal("99"),
    "average_response_hours": Decimal("8"),
    "late_shipment_rate": Decimal("1"),
    "return_rate": Decimal("3"),
    "policy_violations": 0,
}


def snapshot(days, **figures):
    return HealthSnapshot(date=days_ago(days), **{**GOOD, **figures})


def verdict(*snapshots):
    return health.assess_account(snapshots, timezone.localdate())


def test_recent_complete_figures_on_target_are_healthy():
    assert verdict(snapshot(3)).healthy


def test_figures_older_than_30_days_do_not_count():
    old = verdict(snapshot(400))
    assert not old.healthy and old.stale
    assert "400 days old" in old.summary


def test_a_snapshot_without_the_core_figures_is_not_healthy():
    result = verdict(snapshot(2, positive_feedback=None, average_response_hours=None))
    assert not result.healthy
    assert "Not recorded: Positive feedback, Average response time" in result.summary


def test_a_high_return_rate_fails():
    result = verdict(snapshot(2, return_rate=Decimal("12")))
    assert not result.healthy
    assert [v.metric.field for v in result.failing] == ["return_rate"]


def test_after_a_failing_snapshot_30_days_of_passing_figures_are_needed():
    recovering = verdict(snapshot(5), snapshot(20), snapshot(40, order_defect_rate=Decimal("2")))
    assert not recovering.healthy
    assert recovering.apply_from == days_ago(20) + timezone.timedelta(days=30)
    assert "keep them there for 30 days" in recovering.summary
    recovered = verdict(snapshot(5), snapshot(35), snapshot(60, order_defect_rate=Decimal("2")))
    assert recovered.healthy


def test_readiness_blocks_on_stale_figures(client, tenants):
    HealthSnapshot.objects.create(seller_account=tenants.a1, date=days_ago(400), **GOOD)
    case = make_case(tenants.a1, by=tenants.consultant_a)
    client.force_login(tenants.consultant_a)
    page = client.get(reverse("case_detail", args=[case.pk])).content.decode()
    assert 'data-code="health_not_current"' in page
    assert "400 days old" in page
