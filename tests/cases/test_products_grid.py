"""The application judged as a whole (issue 16, point 1): requested products × invoices.

Each invoice must show at least one requested product; every product must be on some
invoice; each product's units count over the invoices in the window, from its own lines
(the brand's lines for a brand request). Real checks run on real PDFs here.
"""

import pytest
from django.urls import reverse

from cases.selectors import case_readiness
from tests.documents.test_pipeline import case, checked, consultant, northwind, recent_invoice
from tests.factories import make_case

pytestmark = pytest.mark.clock

__all__ = ["case", "consultant", "northwind"]  # fixtures shared with the pipeline tests

MUG, BOARD = "B07XJ8C8F5", "B08N5WRWNW"


def invoice_of(asin, units, description, number, days=30, price="8.50"):
    return recent_invoice(
        days=days, invoice_number=number, lines=((description, asin, units, price),)
    )


@pytest.fixture
def two_asins(northwind, tenants):
    return make_case(
        northwind, by=tenants.consultant_a, target_type="asins", asins=[MUG, BOARD], min_units=10
    )


def codes(case):
    return {finding.code for finding in case_readiness(case).findings}


def test_two_clean_invoices_each_covering_one_of_two_asins_pass_together(
    consultant, two_asins, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    mugs = checked(consultant, two_asins, invoice_of(MUG, 12, "Blue mug", "A-1"), capture, "a.pdf")
    boards = checked(
        consultant, two_asins, invoice_of(BOARD, 15, "Bamboo board", "A-2", 60), capture, "b.pdf"
    )
    for use in (mugs, boards):
        results = use.check_runs.first().results
        assert results["products"]["status"] == "pass"
        assert results["quantity"]["status"] == "pass"
    assert "Not on it: B08N5WRWNW" in mugs.check_runs.first().results["products"]["message"]
    found = codes(two_asins)
    assert not {"product_not_covered", "units_short", "invoice_checks_failed"} & found
    page = consultant.get(reverse("case_wizard", args=[two_asins.pk, "invoices"]))
    grid = page.content.decode()
    assert 'id="products-grid-table"' in grid
    assert "12 / 10" in grid and "15 / 10" in grid


def test_a_product_on_no_invoice_blocks_naming_it(
    consultant, two_asins, django_capture_on_commit_callbacks
):
    checked(
        consultant,
        two_asins,
        invoice_of(MUG, 12, "Blue mug", "B-1"),
        django_capture_on_commit_callbacks,
    )
    readiness = case_readiness(two_asins)
    messages = [f.message for f in readiness.blockers if f.code == "product_not_covered"]
    assert messages == [
        "B08N5WRWNW is on no invoice: add an invoice that lists it, or tick the invoice that "
        "covers it in the products grid."
    ]
    assert readiness.verdict == "not_ready"


def test_units_add_up_over_the_invoices_of_each_product(
    consultant, case, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    first = checked(consultant, case, invoice_of(MUG, 4, "Blue mug", "C-1"), capture, "c1.pdf")
    # 4 units alone is under the minimum of 10, but the invoice is one of the application.
    assert first.check_runs.first().results["quantity"]["status"] == "pass"
    short = [f.message for f in case_readiness(case).blockers if f.code == "units_short"]
    assert short and "4 units" in short[0] and "at least 10" in short[0]
    checked(consultant, case, invoice_of(MUG, 7, "Blue mug", "C-2", 70), capture, "c2.pdf")
    assert "units_short" not in codes(case)


def test_an_invoice_showing_no_requested_product_fails_its_products_check(
    consultant, case, django_capture_on_commit_callbacks
):
    use = checked(
        consultant,
        case,
        invoice_of("B0ZZZZZZZZ", 20, "Teapot", "D-1"),
        django_capture_on_commit_callbacks,
    )
    assert use.check_runs.first().results["products"]["status"] == "fail"
    assert use.verdict == "fail"


def test_ticking_covers_in_the_grid_clears_the_products_failure(
    consultant, case, django_capture_on_commit_callbacks
):
    # The supplier prints its own SKU, not the ASIN: the person confirms the coverage.
    use = checked(
        consultant,
        case,
        invoice_of("SKU-77812", 20, "Blue ceramic mug", "E-1"),
        django_capture_on_commit_callbacks,
    )
    assert use.verdict == "fail"
    assert "product_not_covered" in codes(case)
    with django_capture_on_commit_callbacks(execute=True):
        consultant.post(
            reverse("case_wizard", args=[case.pk, "invoices"]),
            {"nav": "save", f"cover-{use.pk}-0": "on"},
        )
    use.refresh_from_db()
    results = use.check_runs.first().results
    assert results["products"]["status"] == "pass"
    assert results["products"]["found"] == {MUG: "confirmed by a person"}
    assert results["quantity"]["detail"]["units"] == {MUG: 20}
    assert not {"product_not_covered", "units_short"} & codes(case)
    history = case.events.values_list("note", flat=True)
    assert any(use.document.original_name in (note or "") for note in history)


def test_a_brand_request_counts_the_brand_lines_only(
    consultant, northwind, tenants, django_capture_on_commit_callbacks
):
    brand_case = make_case(
        northwind, by=tenants.consultant_a, target_type="brand", brand="Lumina", min_units=10
    )
    data = recent_invoice(
        invoice_number="F-1",
        lines=(
            ("Lumina serum 30 ml", "", 6, "8.50"),
            ("Other Brand shampoo 250 ml", "", 48, "3.00"),
        ),
    )
    use = checked(consultant, brand_case, data, django_capture_on_commit_callbacks)
    quantity = use.check_runs.first().results["quantity"]
    assert quantity["found"] == 6
    assert quantity["detail"]["units"] == {"Lumina": 6}
    short = [f.message for f in case_readiness(brand_case).blockers if f.code == "units_short"]
    assert short and short[0].startswith("Lumina: 6 units")


# -- plausible quantities (issue 16, point 5) --------------------------------------------


def test_quantities_above_ten_thousand_warn_with_the_values_read(
    consultant, case, django_capture_on_commit_callbacks
):
    use = checked(
        consultant,
        case,
        invoice_of(MUG, 12000, "Blue mug", "G-1", price="0.50"),
        django_capture_on_commit_callbacks,
    )
    quantity = use.check_runs.first().results["quantity"]
    assert quantity["status"] == "warn"
    assert "12000 units read, more than 10000 on one line" in quantity["message"]


def test_a_glued_quantity_is_read_from_the_amount_and_never_passes():
    from decimal import Decimal

    from documents.engine.checks.products import plausible_units
    from documents.engine.line_items import InvoiceLine

    # "5" and "8504250" glued by a table without cell padding; 5 × 1.20 = 6.00.
    glued = InvoiceLine(
        description="Hydrating cleanser",
        quantity=Decimal("58504250"),
        unit_price=Decimal("1.20"),
        amount=Decimal("6.00"),
    )
    units, doubt = plausible_units(glued)
    assert units == 5
    assert "quantity read 58504250" in doubt and "5 units" in doubt
    nonsense = InvoiceLine(
        description="Cleanser",
        quantity=Decimal("7"),
        unit_price=Decimal("1.30"),
        amount=Decimal("6.00"),
    )
    assert plausible_units(nonsense) == (
        None,
        "“Cleanser”: quantity 7 × 1.30 does not give the amount 6.00 (not counted)",
    )
    rounded = InvoiceLine(
        description="Cleanser",
        quantity=Decimal("3"),
        unit_price=Decimal("3.33"),
        amount=Decimal("10.00"),
    )
    assert plausible_units(rounded) == (3, None)


def test_a_doubtful_quantity_makes_the_quantity_check_warn(
    consultant, case, django_capture_on_commit_callbacks
):
    data = recent_invoice(
        invoice_number="H-1",
        lines=(("Blue ceramic mug 350 ml", MUG, 12, "8.50"),),
        wrong_amounts={0: "17.00"},  # 2 units' worth: the quantity reading is in doubt
    )
    use = checked(consultant, case, data, django_capture_on_commit_callbacks)
    quantity = use.check_runs.first().results["quantity"]
    assert quantity["status"] == "warn"
    assert "quantity read 12" in quantity["message"] and "2 units" in quantity["message"]
