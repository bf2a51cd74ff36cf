from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from cases import health
from cases.models import HealthSnapshot
from tests.factories import HealthSnapshotFactory, days_ago

# Compares dates with today: CI runs these 90 days ahead too (README, Testing).
pytestmark = pytest.mark.clock

# Snapshots of the last months, as the test's clock has them.
THREE_MONTHS_AGO = days_ago(90)
TWO_MONTHS_AGO = days_ago(60)
ONE_MONTH_AGO = days_ago(30)


def verdict_of(**figures):
    snapshot = HealthSnapshotFactory.build(**figures)
    return {v.metric.field: v.status for v in health.assess(snapshot).metrics}, health.assess(
        snapshot
    )


@pytest.mark.parametrize(
    "field,good,bad",
    [
        ("order_defect_rate", "0.99", "1.00"),
        ("positive_feedback", "98.00", "97.99"),
        ("average_response_hours", "24.0", "24.1"),
        ("late_shipment_rate", "3.99", "4.00"),
        ("pre_fulfillment_cancel_rate", "2.49", "2.50"),
        ("valid_tracking_rate", "95.01", "95.00"),
        ("policy_violations", 0, 1),
    ],
)
def test_each_threshold_at_its_edge(field, good, bad):
    statuses, verdict = verdict_of(**{field: good})
    assert statuses[field] == health.GOOD
    assert verdict.healthy
    statuses, verdict = verdict_of(**{field: bad})
    assert statuses[field] == health.BAD
    assert not verdict.healthy


def test_improve_first_names_the_most_urgent_metric():
    _, verdict = verdict_of(order_defect_rate="1.5", late_shipment_rate="6")
    assert verdict.improve_first.metric.field == "order_defect_rate"


def test_no_snapshot_is_not_healthy():
    verdict = health.assess(None)
    assert not verdict.healthy and not verdict.has_data


def test_missing_metric_is_unknown_not_failed():
    statuses, verdict = verdict_of(return_rate=None, valid_tracking_rate=None)
    assert statuses["valid_tracking_rate"] == health.UNKNOWN
    assert verdict.healthy


def test_account_page_says_what_to_improve_and_draws_the_trend(client, tenants):
    HealthSnapshotFactory(seller_account=tenants.a1, date=TWO_MONTHS_AGO, order_defect_rate="0.4")
    HealthSnapshotFactory(seller_account=tenants.a1, date=ONE_MONTH_AGO, order_defect_rate="1.8")
    client.force_login(tenants.consultant_a)
    page = client.get(reverse("seller_account_detail", args=[tenants.a1.pk])).content.decode()
    assert "Not ready to apply" in page
    assert "Bring the order defect rate under 1" in page
    assert page.count('<svg class="health-chart"') == len(health.METRICS)
    # Each point says its date and figure as the language writes them (cases/formatting.py).
    assert f"<title>{ONE_MONTH_AGO:%m/%d/%Y}: 1.8%</title>" in page


CSV_OK = (
    "date,order_defect_rate,late_shipment_rate,pre_fulfillment_cancel_rate,valid_tracking_rate,"
    "positive_feedback,feedback_count,average_response_hours,return_rate,policy_violations\n"
    f"{THREE_MONTHS_AGO.isoformat()},0.8,2.0,1.0,97,98.5,120,12,2.5,0\n"
    f"{TWO_MONTHS_AGO.isoformat()},0.6%,1.5,0.9,98,99,140,10,2.2,0\n"
)


def upload(client, account, text, name="health.csv"):
    return client.post(
        reverse("health_import", args=[account.pk]),
        {"file": SimpleUploadedFile(name, text.encode(), content_type="text/csv")},
    )


def test_csv_import_creates_snapshots(client, tenants):
    client.force_login(tenants.seller_a)
    response = upload(client, tenants.a1, CSV_OK)
    assert response.status_code == 302
    assert list(tenants.a1.health_snapshots.values_list("order_defect_rate", flat=True)) == [
        Decimal("0.60"),
        Decimal("0.80"),
    ]


def test_csv_with_a_bad_row_imports_nothing_and_names_the_line(client, tenants):
    client.force_login(tenants.seller_a)
    bad = CSV_OK + (
        f"{ONE_MONTH_AGO.isoformat()},abc,1,1,98,99,10,5,1,0\n"
        "2026-13-01,0.5,1,1,98,99,10,5,1,0\n"  # no 13th month in any year
    )
    response = upload(client, tenants.a1, bad)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Nothing was imported" in page
    assert "Line 4" in page and "Line 5" in page
    assert not HealthSnapshot.objects.exists()


def test_csv_with_wrong_columns_says_which(client, tenants):
    client.force_login(tenants.seller_a)
    response = upload(client, tenants.a1, "day,odr\n2026-01-01,0.5\n")
    page = response.content.decode()
    assert response.status_code == 400
    assert "missing: date" in page and "unknown: day, odr" in page
    assert not HealthSnapshot.objects.exists()


def test_csv_that_is_not_text_is_refused(client, tenants):
    client.force_login(tenants.seller_a)
    response = client.post(
        reverse("health_import", args=[tenants.a1.pk]),
        {
            "file": SimpleUploadedFile(
                "x.csv", b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe\x00", content_type="text/csv"
            )
        },
    )
    assert response.status_code == 400
    assert not HealthSnapshot.objects.exists()


def test_reimport_replaces_the_figures_of_the_same_date(client, tenants):
    client.force_login(tenants.seller_a)
    upload(client, tenants.a1, CSV_OK)
    upload(client, tenants.a1, CSV_OK.replace("0.6%", "0.3"))
    assert tenants.a1.health_snapshots.count() == 2
    assert tenants.a1.health_snapshots.get(date=TWO_MONTHS_AGO).order_defect_rate == Decimal("0.30")


def test_snapshot_form_refuses_a_second_snapshot_on_the_same_day(client, tenants):
    HealthSnapshotFactory(seller_account=tenants.a1, date=TWO_MONTHS_AGO)
    client.force_login(tenants.consultant_a)
    response = client.post(
        reverse("health_snapshot_create", args=[tenants.a1.pk]),
        {"date": TWO_MONTHS_AGO.isoformat(), "order_defect_rate": "0.5"},
    )
    assert "already a snapshot for this date" in response.content.decode()
    assert tenants.a1.health_snapshots.count() == 1


def test_snapshot_form_refuses_a_rate_over_100(client, tenants):
    client.force_login(tenants.consultant_a)
    response = client.post(
        reverse("health_snapshot_create", args=[tenants.a1.pk]),
        {"date": TWO_MONTHS_AGO.isoformat(), "positive_feedback": "140"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["positive_feedback"]
    assert not HealthSnapshot.objects.exists()


def test_a_snapshot_typo_can_be_corrected_or_the_snapshot_deleted(client, tenants):
    snapshot = HealthSnapshotFactory(seller_account=tenants.a1, date=TWO_MONTHS_AGO)
    client.force_login(tenants.consultant_a)  # corrections are the agency's
    url = reverse("health_snapshot_edit", args=[snapshot.pk])
    client.post(url, {"date": TWO_MONTHS_AGO.isoformat(), "order_defect_rate": "0.4"})
    snapshot.refresh_from_db()
    assert snapshot.order_defect_rate == Decimal("0.40")
    client.post(url, {"delete": "1"})
    assert not HealthSnapshot.objects.filter(pk=snapshot.pk).exists()
