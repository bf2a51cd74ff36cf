"""Evidence that covers the sales (issue 17): units sold per ASIN, typed or imported from
Seller Central's Business Report, against the units invoiced in the period; the chain back
to the manufacturer for inauthentic-item complaints; a test report for safety complaints."""

import hashlib

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from cases.appeals.sales import SalesReportError, parse_units, read_business_report
from cases.models import Case
from cases.selectors import case_readiness
from cases.services.cases import create_case
from documents.models import CaseDocument, CheckRun, Document, Invoice, Supplier
from tests.factories import attach_checked_invoice, days_ago

# Invoices are dated from today and the notice is dated today: CI runs these shifted too.
pytestmark = pytest.mark.clock

ENGLISH_REPORT = (
    "\ufeff(Parent) ASIN,(Child) ASIN,Title,Sessions - Total,Units Ordered,"
    "Units Ordered - B2B,Ordered Product Sales\n"
    'B0PARENT01,B0LUMINA01,Lumina serum,"12,034","1,250",7,"$10,625.00"\n'
    "B0PARENT01,B0ALOEPU02,Aloe gel,880,96,0,$403.20\n"
    "B0PARENT09,B0NOTREV03,Other product,10,3,0,$9.00\n"
).encode("utf-8")

# Excel in French: semicolons, decimal commas, a no-break space between thousands.
FRENCH_REPORT = (
    "ASIN (parent);ASIN (enfant);Titre;Sessions – Total;Unités commandées;"
    "Unités commandées – B2B;Chiffre d'affaires commandé\n"
    "B0PARENT01;B0LUMINA01;Sérum Lumina;12\u00a0034;1\u00a0250;7;10\u00a0625,00\u00a0€\n"
    "B0PARENT01;B0ALOEPU02;Gel aloe;880;96;0;403,20\u00a0€\n"
).encode("cp1252", errors="replace")


def test_an_english_business_report_gives_the_units_ordered_per_child_asin():
    report = read_business_report(ENGLISH_REPORT)

    assert report.units == {"B0LUMINA01": 1250, "B0ALOEPU02": 96, "B0NOTREV03": 3}


def test_a_french_business_report_is_read_the_same():
    french = (
        "ASIN (parent);ASIN (enfant);Titre;Unités commandées;Unités commandées – B2B\n"
        "B0PARENT01;B0LUMINA01;Sérum;1\u202f250;7\n"
        "B0PARENT01;B0ALOEPU02;Gel;96;0\n"
    ).encode("utf-8-sig")

    assert read_business_report(french).units == {"B0LUMINA01": 1250, "B0ALOEPU02": 96}
    # Saved by Excel in Windows-1252, with no-break spaces in the figures.
    assert read_business_report(FRENCH_REPORT).units == {"B0LUMINA01": 1250, "B0ALOEPU02": 96}


@pytest.mark.parametrize(
    ("printed", "units"),
    [("1,250", 1250), ("1.250", 1250), ("1 250", 1250), ("12", 12), ("12.0", 12), ("", 0)],
)
def test_units_are_read_with_any_thousands_separator(printed, units):
    assert parse_units(printed) == units


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"", "empty"),
        (b"%PDF-1.7 binary", "CSV"),
        (b"SKU,Quantity Sold\nAB-1,12\n", "(Child) ASIN"),
        (b"(Child) ASIN,Units Ordered\nB0LUMINA01,douze\n", "Line 2"),
        (b"(Child) ASIN,Units Ordered\nTotal,1346\n", "no line with an ASIN"),
    ],
)
def test_a_file_that_is_not_a_business_report_is_refused_with_a_reason(data, said):
    with pytest.raises(SalesReportError) as refused:
        read_business_report(data)

    assert said in str(refused.value)


# --- In the product ---------------------------------------------------------------------


@pytest.fixture
def appeal_case(tenants):
    case = create_case(seller_account=tenants.a1, kind="appeal", by=tenants.consultant_a)
    appeal = case.appeal
    appeal.asins = ["B0LUMINA01", "B0ALOEPU02"]
    appeal.reasons = ["order_defect_rate"]
    appeal.notice_date = days_ago(0)
    appeal.save()
    return case


@pytest.fixture
def seller(client, tenants):
    client.force_login(tenants.seller_a)
    return client


def evidence(case):
    return reverse("case_wizard", args=[case.pk, "evidence"])


def findings(case):
    return {f.code: f for f in case_readiness(Case.objects.get(pk=case.pk)).findings}


def invoice_with_lines(case, lines, days_old=40):
    """A checked invoice whose lines were read: [(asin, quantity)]."""
    use = attach_checked_invoice(case, days_old=days_old)
    invoice = use.document.invoice
    invoice.text = " ".join(asin for asin, _ in lines)
    invoice.lines = [
        {"description": "item", "asin": asin, "quantity": quantity} for asin, quantity in lines
    ]
    invoice.save()
    return use


def test_units_sold_beyond_the_units_invoiced_block_with_both_figures(appeal_case):
    invoice_with_lines(appeal_case, [("B0LUMINA01", 240), ("B0ALOEPU02", 120)])
    appeal = appeal_case.appeal
    appeal.units_sold = {"B0LUMINA01": 1250, "B0ALOEPU02": 96}
    appeal.save()

    found = findings(appeal_case)

    assert found["units_short"].severity == "blocker"
    assert "B0LUMINA01: 1250 units sold" in found["units_short"].message
    assert "only 240 invoiced" in found["units_short"].message
    assert "B0ALOEPU02" not in found["units_short"].message  # 120 invoiced cover 96 sold


def test_units_of_every_invoice_in_the_period_add_up_and_an_old_one_does_not_count(appeal_case):
    invoice_with_lines(appeal_case, [("B0LUMINA01", 700)], days_old=40)
    invoice_with_lines(appeal_case, [("B0LUMINA01", 600)], days_old=200)
    invoice_with_lines(appeal_case, [("B0LUMINA01", 900)], days_old=400)  # outside 365 days
    appeal = appeal_case.appeal
    appeal.units_sold = {"B0LUMINA01": 1250}
    appeal.save()

    assert "units_short" not in findings(appeal_case)
    appeal.units_sold = {"B0LUMINA01": 1301}
    appeal.save()
    assert "only 1300 invoiced" in findings(appeal_case)["units_short"].message


def test_units_sold_not_entered_is_a_warning_not_a_blocker(appeal_case):
    invoice_with_lines(appeal_case, [("B0LUMINA01", 10), ("B0ALOEPU02", 10)])

    found = findings(appeal_case)

    assert found["units_sold_missing"].severity == "warning"
    assert "B0LUMINA01, B0ALOEPU02" in found["units_sold_missing"].message
    assert "units_short" not in found


def test_the_units_the_checks_counted_per_asin_are_the_ones_compared(appeal_case):
    use = invoice_with_lines(appeal_case, [("B0LUMINA01", 5)])
    CheckRun.objects.create(
        case_document=use,
        input_key="k",
        verdict="pass",
        results={"quantity": {"status": "pass", "detail": {"units": {"B0LUMINA01": 300}}}},
    )
    appeal = appeal_case.appeal
    appeal.units_sold = {"B0LUMINA01": 250}
    appeal.save()

    assert "units_short" not in findings(appeal_case)


def test_typed_units_sold_are_saved_and_compared_on_the_evidence_step(seller, appeal_case):
    invoice_with_lines(appeal_case, [("B0LUMINA01", 240), ("B0ALOEPU02", 120)])

    seller.post(
        evidence(appeal_case), {"sold-B0LUMINA01": "1250", "sold-B0ALOEPU02": "", "nav": "save"}
    )
    appeal_case.appeal.refresh_from_db()
    page = seller.get(evidence(appeal_case)).content.decode()

    assert appeal_case.appeal.units_sold == {"B0LUMINA01": 1250}
    assert 'value="1250"' in page and "short" in page
    assert "units_short" in findings(appeal_case)


def test_a_negative_figure_is_refused_and_nothing_is_saved(seller, appeal_case):
    response = seller.post(evidence(appeal_case), {"sold-B0LUMINA01": "-5", "nav": "save"})

    assert response.status_code == 200
    assert "greater than or equal to 0" in response.content.decode()
    appeal_case.appeal.refresh_from_db()
    assert appeal_case.appeal.units_sold == {}


def post_report(client, case, data, name="BusinessReport.csv", **fields):
    upload = SimpleUploadedFile(name, data, content_type="text/csv")
    return client.post(evidence(case), {"nav": "import_sales", "sales_report": upload, **fields})


def test_importing_the_business_report_fills_the_figures_for_the_person_to_save(
    seller, appeal_case
):
    response = post_report(seller, appeal_case, ENGLISH_REPORT)

    form = response.context["form"]
    assert form["sold-B0LUMINA01"].value() == "1250"
    assert form["sold-B0ALOEPU02"].value() == "96"
    assert "Read from BusinessReport.csv: the units sold of 2 ASINs" in response.content.decode()
    appeal_case.appeal.refresh_from_db()
    assert appeal_case.appeal.units_sold == {}  # nothing saved until the person saves

    seller.post(
        evidence(appeal_case),
        {
            "sold-B0LUMINA01": "1250",
            "sold-B0ALOEPU02": "96",
            "units_sold_source": "BusinessReport.csv",
            "nav": "save",
        },
    )
    appeal_case.appeal.refresh_from_db()
    assert appeal_case.appeal.units_sold == {"B0LUMINA01": 1250, "B0ALOEPU02": 96}
    assert appeal_case.appeal.units_sold_source == "BusinessReport.csv"


def test_a_french_report_is_imported_too(seller, appeal_case):
    response = post_report(seller, appeal_case, FRENCH_REPORT, name="Rapport.csv")

    assert response.context["form"]["sold-B0LUMINA01"].value() == "1250"


def test_a_bad_file_is_refused_with_a_reason_and_loses_nothing(seller, appeal_case):
    use = attach_checked_invoice(appeal_case)
    appeal = appeal_case.appeal
    appeal.units_sold = {"B0LUMINA01": 10}
    appeal.save()
    typed = {"sold-B0LUMINA01": "777", f"cover-{use.pk}-B0ALOEPU02": "on"}

    response = post_report(seller, appeal_case, b"SKU,Qty\nX,1\n", name="orders.csv", **typed)

    page = response.content.decode()
    assert "orders.csv was not imported" in page and "(Child) ASIN" in page
    assert "Nothing was changed" in page
    # What the person typed and ticked is on the page again; the stored figures unchanged.
    assert response.context["form"]["sold-B0LUMINA01"].value() == "777"
    box = f'name="cover-{use.pk}-B0ALOEPU02" aria-label="invoice-30-days.pdf covers B0ALOEPU02"'
    assert f"{box} checked" in page
    appeal_case.appeal.refresh_from_db()
    assert appeal_case.appeal.units_sold == {"B0LUMINA01": 10}


def test_a_report_without_the_asins_under_review_changes_nothing(seller, appeal_case):
    other = b"(Child) ASIN,Units Ordered\nB0NOTREV03,3\n"

    response = post_report(seller, appeal_case, other)

    assert "has no line for the ASINs under review" in response.content.decode()


# --- Inauthentic items: the chain back to the manufacturer; safety: a test report ------


def attach(case, purpose, name, content=b"%PDF-1.4 letter"):
    document = Document(
        workspace=case.workspace,
        original_name=name,
        content_type="application/pdf",
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
    )
    document.file.save("x", ContentFile(content), save=False)
    document.save()
    return CaseDocument.objects.create(case=case, document=document, purpose=purpose, status="done")


def test_an_inauthentic_complaint_needs_the_chain_back_to_the_manufacturer(seller, appeal_case):
    appeal = appeal_case.appeal
    appeal.reasons = ["inauthentic"]
    appeal.save()
    invoice = attach_checked_invoice(appeal_case)  # from Acme Distribution, a distributor

    gap = findings(appeal_case)["supply_chain_missing"]
    assert gap.severity == "blocker" and "Acme Distribution Inc." in gap.message

    letter = attach(appeal_case, "authorization", "acme-authorization.pdf")
    page = seller.get(evidence(appeal_case)).content.decode()
    assert 'id="chain-rows"' in page and "acme-authorization.pdf (Letter of authorization)" in page
    seller.post(evidence(appeal_case), {f"chain-{invoice.pk}-{letter.pk}": "on", "nav": "save"})

    assert "supply_chain_missing" not in findings(appeal_case)


def test_the_distributors_own_invoice_or_a_manufacturer_closes_the_chain(appeal_case):
    appeal = appeal_case.appeal
    appeal.reasons = ["inauthentic"]
    appeal.save()
    attach_checked_invoice(appeal_case)
    assert "supply_chain_missing" in findings(appeal_case)

    # The distributor's purchase from the brand, billed to the distributor.
    upstream = attach(appeal_case, "other", "acme-from-brand.pdf", b"%PDF-1.4 upstream")
    Invoice.objects.create(document=upstream.document, bill_to_name="ACME DISTRIBUTION INC")
    assert "supply_chain_missing" not in findings(appeal_case)

    upstream.delete()
    Supplier.objects.filter(name="Acme Distribution Inc.").update(kind="manufacturer")
    assert "supply_chain_missing" not in findings(appeal_case)


def test_other_reasons_ask_for_no_chain(appeal_case):
    attach_checked_invoice(appeal_case)

    assert "supply_chain_missing" not in findings(appeal_case)


def test_a_safety_complaint_needs_a_test_report(appeal_case):
    appeal = appeal_case.appeal
    appeal.reasons = ["product_safety"]
    appeal.save()
    assert findings(appeal_case)["test_report_missing"].severity == "blocker"

    attach(appeal_case, "test_report", "lab-report.pdf")

    assert "test_report_missing" not in findings(appeal_case)


# --- The invoice's own checks follow the matrix (the real checks, run in-process) ------


def test_an_appeal_invoice_needs_only_one_asin_under_review_and_a_tick_counts(
    seller, tenants, django_capture_on_commit_callbacks
):
    from documents.services import recheck_case_invoices

    case = create_case(seller_account=tenants.a1, kind="appeal", by=tenants.consultant_a)
    appeal = case.appeal
    # The invoice of the factory shows B0ABC12345 (24 units); not B0OTHER001.
    appeal.asins = ["B0ABC12345", "B0OTHER001"]
    appeal.reasons = ["order_defect_rate"]
    appeal.notice_date = days_ago(0)
    appeal.units_sold = {"B0ABC12345": 20, "B0OTHER001": 5}
    appeal.save()
    use = attach_checked_invoice(case)
    with django_capture_on_commit_callbacks(execute=True):
        recheck_case_invoices(case=case)
    use.refresh_from_db()

    results = use.check_runs.first().results
    assert results["products"]["status"] == "pass", results["products"]
    assert use.verdict != "fail", {k: v["status"] for k, v in results.items()}
    found = findings(case)
    assert "asin_without_invoice" in found and "B0OTHER001" in found["asin_without_invoice"].message
    assert "units_short" not in found  # 24 invoiced cover 20 sold; B0OTHER001 has no invoice

    # A person ticks that the invoice covers the other ASIN: the matrix counts it, and its
    # units, which its lines do not tell apart, are said not counted.
    with django_capture_on_commit_callbacks(execute=True):
        seller.post(
            evidence(case),
            {
                f"cover-{use.pk}-B0OTHER001": "on",
                "sold-B0ABC12345": "20",
                "sold-B0OTHER001": "5",
                "nav": "save",
            },
        )

    found = findings(case)
    assert "asin_without_invoice" not in found
    assert (
        "B0OTHER001: 5 units sold over the period, only 0 invoiced" in found["units_short"].message
    )
    assert "invoice-30-days.pdf could not be counted" in found["units_short"].message
    assert CaseDocument.objects.get(pk=use.pk).verdict != "fail"
