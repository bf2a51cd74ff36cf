"""Layouts of real invoices: the supplier block top left, the invoice details top right,
the bill-to block under them, as the demo invoices (`documents.demo_invoices`) print them.
"""

import io
from types import SimpleNamespace

import pypdf
import pytest
from pypdf import Transformation
from pypdf.generic import RectangleObject

from documents import demo_invoices
from documents.engine import CHECK_CODES, Reference, check_invoice_file

ACCOUNT = SimpleNamespace(
    legal_name="Alpha One LLC",
    address_lines=["12 Harbor Street", "98101 Seattle", "WA", "US"],
    phone="+12065550100",
)
# Its name is a heading wide enough to wrap over two lines in the supplier's column.
SUPPLIER = SimpleNamespace(
    name="Pacific Beauty Distribution Inc.",
    address="400 Commerce Way\nReno, NV 89502\nUS",
    phone="+1 775 555 0190",
    website="www.pacificbeauty.example",
)
LINES = [
    ("Lumina vitamin C serum 30 ml", "B0LUMINA01", 24, "12.50"),
    ("Aloe pure gel 200 ml", "B0ALOEPU02", 12, "6.00"),
]
REFERENCE = Reference(
    business_name="Alpha One LLC",
    address="12 Harbor Street\n98101 Seattle\nWA\nUS",
    phone="+12065550100",
    country="US",
    asins=["B0LUMINA01", "B0ALOEPU02"],
    window_days=365,
    min_units=1,
)


def demo_report(supplier=SUPPLIER, language="en"):
    data = demo_invoices.invoice_pdf(
        account=ACCOUNT,
        supplier=supplier,
        number="PB-2026-0117",
        days_ago=20,
        lines=LINES,
        language=language,
    )
    return check_invoice_file(data, name="demo.pdf", reference=REFERENCE)


def statuses(report):
    return {code: result.status for code, result in report.checks.items()}


def assert_everything_passes(report):
    expected = {code: "pass" for code in CHECK_CODES} | {
        "supplier_type": "skip",
        "supplier_record": "skip",
    }
    assert statuses(report) == expected, {c: r.message for c, r in report.checks.items()}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_supplier_heading_that_wraps_is_one_name_and_blocks_stay_apart(language):
    report = demo_report(language=language)
    assert_everything_passes(report)
    assert report.extracted["bill_to"] == {
        "name": "Alpha One LLC",
        "address": "12 Harbor Street\n98101 Seattle\nWA\nUS",
        "phone": "+12065550100",
    }
    assert report.extracted["supplier"] == {
        "name": "Pacific Beauty Distribution Inc.",
        "address": "400 Commerce Way\nReno, NV 89502\nUS",
        "phone": "+1 775 555 0190",
        "website": "www.pacificbeauty.example",
    }
    assert report.extracted["invoice_number"] == "PB-2026-0117"


def test_french_demo_reads_its_labels_day_first_date_and_prices():
    report = demo_report(language="fr")
    extracted = report.extracted
    assert extracted["invoice_date_text"].count("/") == 2  # printed day first
    # "Prix unitaire" is set left over figures set right: they are still its prices.
    assert [line["unit_price"] for line in extracted["lines"]] == ["12.50", "6.00"]
    assert extracted["total_units"] == 36


def test_supplier_name_on_one_line():
    supplier = SimpleNamespace(**{**vars(SUPPLIER), "name": "Pacific Beauty Inc."})
    report = demo_report(supplier=supplier)
    assert_everything_passes(report)
    assert report.extracted["supplier"]["name"] == "Pacific Beauty Inc."
    assert report.extracted["supplier"]["address"] == "400 Commerce Way\nReno, NV 89502\nUS"
    assert report.extracted["bill_to"]["name"] == "Alpha One LLC"


def test_evidence_boxes_keep_each_party_to_its_block():
    report = demo_report()
    bill_to = " ".join(box["text"] for box in report.boxes if box["kind"] == "bill_to")
    supplier = " ".join(box["text"] for box in report.boxes if box["kind"] == "supplier")
    assert "Alpha" in bill_to and "Distribution" not in bill_to and "775" not in bill_to
    assert "Distribution" in supplier and "+12065550100" not in supplier


def test_demo_invoice_as_printed_today():
    assert_everything_passes(demo_report())


# -- Pages turned by /Rotate (the text layer is read by pdfium, issue 14 point 4) ---------


@pytest.mark.parametrize("rotate", [90, 270])
def test_page_shown_upright_by_its_rotate_entry_reads_as_shown(rotate):
    """A landscape page drawn turned, then shown upright by /Rotate (as scanners and some
    ERPs write it), reads line by line like the same page drawn upright."""
    upright = demo_invoices.invoice_pdf(
        account=ACCOUNT, supplier=SUPPLIER, number="PB-2026-0117", days_ago=20, lines=LINES
    )
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(upright))
    page = writer.pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    if rotate == 90:
        page.add_transformation(Transformation().rotate(90).translate(height, 0))
    else:
        page.add_transformation(Transformation().rotate(-90).translate(0, width))
    page.mediabox = RectangleObject([0, 0, height, width])
    page.rotate(rotate)
    turned = io.BytesIO()
    writer.write(turned)

    first = check_invoice_file(upright, name="upright.pdf", reference=REFERENCE)
    second = check_invoice_file(turned.getvalue(), name="turned.pdf", reference=REFERENCE)

    assert second.text == first.text
    assert second.pages[0]["width"] == first.pages[0]["width"]
    assert second.extracted == first.extracted
