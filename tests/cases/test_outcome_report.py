"""The outcome report: Amazon's decisions over a period, on the page and as CSV."""

import csv
import io
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from cases.models import Case, CaseKind, GatedCategory, Status
from cases.outcomes import safe_cell
from tests.factories import days_ago, make_case

# Periods are counted back from today.
pytestmark = pytest.mark.clock


def decided(
    account,
    *,
    approved,
    days_to_decide,
    decided_days_ago=5,
    attempt=1,
    reasons=("invoices",),
    **ungating,
):
    """A case Amazon decided `decided_days_ago` days ago, `days_to_decide` after submission."""
    case = make_case(account, **ungating)
    when = timezone.now() - timedelta(days=decided_days_ago)
    Case.objects.filter(pk=case.pk).update(
        status=Status.AMAZON_APPROVED if approved else Status.AMAZON_REJECTED,
        attempt=attempt,
        submitted_at=when - timedelta(days=days_to_decide),
        decided_at=when,
        rejection_reasons=[] if approved else reasons,
    )
    return case


@pytest.fixture
def decisions(tenants):
    beauty = GatedCategory.objects.create(name="Beauty (test)")
    grocery = GatedCategory.objects.create(name="Grocery (test)")
    gating = {"target_type": "category"}
    decided(tenants.a1, approved=True, days_to_decide=7, category=beauty, **gating)
    decided(tenants.a1, approved=False, days_to_decide=14, category=beauty, **gating)
    decided(tenants.a2, approved=True, days_to_decide=21, attempt=2, category=beauty, **gating)
    decided(tenants.a2, approved=True, days_to_decide=10, target_type="brand", brand="Lumina")
    decided(
        tenants.a2,
        approved=False,
        days_to_decide=30,
        target_type="brand",
        brand="lumina",
        reasons=["invoices", "business_mismatch"],
    )
    # Outside the period, and another agency's decision: neither counts.
    decided(tenants.a1, approved=False, days_to_decide=3, decided_days_ago=200, category=grocery)
    decided(tenants.b1, approved=False, days_to_decide=3, category=grocery, **gating)
    return beauty


def report_of(client, user, **period):
    client.force_login(user)
    return client.get(reverse("outcome_report"), period)


def test_decisions_are_counted_by_category_brand_and_kind(client, tenants, decisions):
    response = report_of(client, tenants.consultant_a)
    assert response.status_code == 200
    report = response.context["report"]
    assert (report.total.approved, report.total.rejected) == (3, 2)
    [beauty] = report.categories
    assert (beauty.label, beauty.approved, beauty.rejected) == ("Beauty (test)", 2, 1)
    [brand] = report.brands  # one brand, however it was capitalised
    assert (brand.approved, brand.rejected) == (1, 1)
    [kind] = report.kinds
    assert kind.label == CaseKind.GATING.label and kind.decided == 5
    assert report.reasons == [
        ("Too few or outdated invoices", 2),
        ("Business details do not match", 1),
    ]


def test_median_days_and_the_share_approved_at_the_first_attempt(client, tenants, decisions):
    report = report_of(client, tenants.reviewer_a).context["report"]
    assert report.median_days == 14.0  # of 7, 10, 14, 21, 30
    # First attempts: approved, rejected, approved (brand), rejected (brand) -> 2 of 4.
    assert (report.first_attempts.approved, report.first_attempts.decided) == (2, 4)
    html = report_of(client, tenants.reviewer_a).content.decode()
    assert "50%" in html


def test_the_period_chooses_the_decisions(client, tenants, decisions):
    report = report_of(
        client,
        tenants.consultant_a,
        start=days_ago(250).isoformat(),
        end=days_ago(100).isoformat(),
    ).context["report"]
    assert (report.total.approved, report.total.rejected) == (0, 1)
    [grocery] = report.categories
    assert grocery.label == "Grocery (test)"


def test_a_period_that_ends_before_it_starts_is_refused(client, tenants):
    response = report_of(
        client, tenants.consultant_a, start=days_ago(1).isoformat(), end=days_ago(10).isoformat()
    )
    assert response.status_code == 400
    assert "The period starts after it ends." in response.content.decode()


def test_sellers_cannot_open_the_report(client, tenants, decisions):
    assert report_of(client, tenants.seller_a).status_code == 404
    assert report_of(client, tenants.seller_a, format="csv").status_code == 404


def test_the_csv_export_holds_the_figures_and_neutralises_formulas(client, tenants):
    decided(
        tenants.a1,
        approved=False,
        days_to_decide=9,
        target_type="brand",
        brand='=HYPERLINK("http://evil.example","x")',
    )
    decided(tenants.a1, approved=True, days_to_decide=9, target_type="brand", brand="@SUM(A1)")
    response = report_of(client, tenants.consultant_a, format="csv")
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:3] == ["Section", "Group", "Approved"]
    brands = {row[1]: row[2:4] for row in rows if row[0] == "Brand"}
    assert brands == {
        '\'=HYPERLINK("http://evil.example","x")': ["0", "1"],
        "'@SUM(A1)": ["1", "0"],
    }
    assert ["Rejection reason", "Too few or outdated invoices", "", "1", ""] in rows
    assert any(
        row[0] == "Median days from submission to decision" and row[4] == "9.0" for row in rows
    )
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell


@pytest.mark.parametrize(
    "value,expected",
    [("=1+1", "'=1+1"), ("+33 1", "'+33 1"), ("-5", "'-5"), ("@x", "'@x"), ("Beauty", "Beauty")],
)
def test_cells_starting_like_a_formula_get_a_leading_quote(value, expected):
    assert safe_cell(value) == expected


def test_the_report_query_count_does_not_grow_with_decisions(
    client, tenants, django_assert_max_num_queries
):
    client.force_login(tenants.consultant_a)
    decided(tenants.a1, approved=True, days_to_decide=5, target_type="brand", brand="A")
    with django_assert_max_num_queries(6) as small:
        client.get(reverse("outcome_report"))
    for n in range(15):
        decided(
            tenants.a1, approved=n % 2 == 0, days_to_decide=n, target_type="brand", brand=f"B{n}"
        )
    with django_assert_max_num_queries(6) as large:
        client.get(reverse("outcome_report"), {"format": "csv"})
    assert len(large.captured_queries) <= len(small.captured_queries)
