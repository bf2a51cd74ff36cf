"""A PDF that holds several invoices (issue 14, point 2): a supplier's batch print.

Each invoice starts a page with its own title, number and date. The file is judged on every
one of them: an old second invoice fails the date check, which names it; quantities are
summed per invoice; the fields shown are the first invoice's, and the file says how many
invoices it holds.
"""

import dataclasses
import datetime
import re

import pytest
from weasyprint import HTML

from documents.engine import check_invoice_file
from documents.engine.fields import split_invoices
from documents.engine.layout import build_lines, mark_page_furniture

from .invoice_samples import InvoiceSpec, invoice_html, reference_for

TODAY = datetime.date.today()
RECENT = TODAY - datetime.timedelta(days=20)
OLD = TODAY - datetime.timedelta(days=400)  # outside the 180-day window


def printed(date):
    return f"{date:%B} {date.day}, {date.year}"


def spec(number, date, lines):
    return dataclasses.replace(
        InvoiceSpec(), invoice_number=number, date_text=printed(date), lines=lines
    )


FIRST = spec(
    "INV-2026-0042",
    RECENT,
    (
        ("Blue ceramic mug 350 ml", "B07XJ8C8F5", 12, "8.50"),
        ("Bamboo cutting board", "B08N5WRWNW", 6, "14.00"),
    ),
)
SECOND = (
    ("Blue ceramic mug 350 ml", "B07XJ8C8F5", 30, "8.20"),
    ("Bamboo cutting board", "B08N5WRWNW", 4, "13.50"),
)


def batch_pdf(*specs):
    """One HTML document with each invoice on its own page, as a batch print makes it."""
    pages = [invoice_html(each) for each in specs]
    style = re.search(r"<style>.*?</style>", pages[0], re.S).group(0)
    bodies = [re.search(r"<body>(.*)</body>", page, re.S).group(1) for page in pages]
    breaks = '<div style="break-before: page"></div>'
    document = f"<!doctype html><html><head><meta charset=utf-8>{style}</head><body>"
    return HTML(string=document + breaks.join(bodies) + "</body></html>").write_pdf()


def check(pdf, **changes):
    reference = reference_for(FIRST, as_of=TODAY, **changes)
    return check_invoice_file(pdf, name="batch.pdf", reference=reference)


@pytest.fixture(scope="module")
def recent_and_old():
    return check(batch_pdf(FIRST, spec("INV-2025-0917", OLD, SECOND)))


@pytest.fixture(scope="module")
def both_recent():
    return check(batch_pdf(FIRST, spec("INV-2026-0050", RECENT, SECOND)))


def test_an_old_second_invoice_fails_the_date_check_and_is_named(recent_and_old):
    result = recent_and_old.checks["invoice_date"]

    assert result.status == "fail"
    assert "2 invoices" in result.message
    assert "Invoice INV-2025-0917 on page 2: " in result.message
    assert "INV-2026-0042" not in result.message  # the recent one is not at fault
    assert [each["status"] for each in result.found] == ["pass", "fail"]
    assert [each["dates"] for each in result.found] == [[RECENT.isoformat()], [OLD.isoformat()]]


def test_the_fields_shown_are_the_first_invoice_and_the_file_says_how_many(recent_and_old):
    extracted = recent_and_old.extracted

    assert extracted["invoice_number"] == "INV-2026-0042"
    assert extracted["invoice_date"] == RECENT.isoformat()
    assert extracted["total_units"] == 18
    readable = recent_and_old.checks["readable"]
    assert readable.status == "pass"
    assert "holds 2 invoices" in readable.message
    assert "invoice INV-2025-0917 on page 2" in readable.message


def test_quantities_are_summed_per_invoice(recent_and_old):
    assert recent_and_old.invoices == [
        {
            "pages": [1],
            "invoice_number": "INV-2026-0042",
            "invoice_date": RECENT.isoformat(),
            "invoice_date_text": printed(RECENT),
            "total_units": 18,
        },
        {
            "pages": [2],
            "invoice_number": "INV-2025-0917",
            "invoice_date": OLD.isoformat(),
            "invoice_date_text": printed(OLD),
            "total_units": 34,
        },
    ]


def test_units_of_an_invoice_outside_the_window_do_not_count(recent_and_old):
    result = recent_and_old.checks["quantity"]

    # 18 units on the recent invoice; the 34 of the old one are not counted (domain.md).
    assert result.found == 18
    assert result.status == "pass"
    assert "not counted" in result.message and "INV-2025-0917" in result.message


def test_each_invoice_adds_up_on_its_own(recent_and_old):
    assert recent_and_old.checks["arithmetic"].status == "pass"


def test_two_recent_invoices_pass_and_their_units_add_up(both_recent):
    assert both_recent.checks["invoice_date"].status == "pass"
    assert "2 invoices" in both_recent.checks["invoice_date"].message
    assert both_recent.checks["quantity"].found == 18 + 34
    assert [each["invoice_number"] for each in both_recent.invoices] == [
        "INV-2026-0042",
        "INV-2026-0050",
    ]


def test_a_second_invoice_whose_figures_do_not_add_up_is_named():
    wrong = dataclasses.replace(spec("INV-2026-0051", RECENT, SECOND), wrong_amounts={0: "250.00"})
    report = check(batch_pdf(FIRST, wrong))

    result = report.checks["arithmetic"]
    assert result.status == "warn"
    assert "Invoice INV-2026-0051 on page 2: " in result.message


def test_one_invoice_on_one_page_keeps_its_messages():
    report = check(batch_pdf(FIRST))

    assert len(report.invoices) == 1
    assert "invoices" not in report.checks["readable"].message
    assert report.checks["invoice_date"].found["text"] == printed(RECENT)


# -- Where one invoice ends and the next begins -------------------------------------------


def pages_of(*pages):
    """Layout lines of A4 pages given as lists of (top, text)."""
    lines = []
    for number, rows in enumerate(pages, start=1):
        words = []
        for top, text in rows:
            x = 40.0
            for word in text.split():
                words.append([word, x, top, x + 5.0 * len(word), top + 9.0, 100.0])
                x += 5.0 * len(word) + 3.0
        lines += build_lines(number, words)
    return mark_page_furniture(lines, dict.fromkeys(range(1, len(pages) + 1), 842.0))


def invoice_pages(lines):
    return [sorted({line.page for line in invoice}) for invoice in split_invoices(lines)]


def test_a_page_with_another_invoice_number_starts_another_invoice():
    lines = pages_of(
        [(40.0, "INVOICE"), (60.0, "Invoice No: INV-1042"), (80.0, "Widget 12 $4.00")],
        [(40.0, "INVOICE"), (60.0, "Invoice No: INV-1043"), (80.0, "Widget 6 $4.00")],
        [(40.0, "Widget 2 $4.00"), (810.0, "Page 2 of 2")],
        [(40.0, "FACTURE"), (60.0, "Facture n° : F-2026-7"), (80.0, "Gadget 3 4,00 €")],
    )

    assert invoice_pages(lines) == [[1], [2, 3], [4]]


def test_a_running_head_with_the_same_number_goes_on_with_the_invoice():
    lines = pages_of(
        [(40.0, "RECHNUNG"), (60.0, "Rechnungsnummer: 2026-10442"), (80.0, "Artikel 12")],
        [(30.0, "Bergische Papeterie · Rechnung 2026-10442"), (80.0, "Artikel 12")],
    )

    assert invoice_pages(lines) == [[1, 2]]


def test_page_2_of_3_never_starts_another_invoice():
    lines = pages_of(
        [(60.0, "Invoice No: INV-1042"), (810.0, "Page 1 of 2")],
        [(60.0, "Credit for Invoice No: INV-0999 applied"), (810.0, "Page 2 of 2")],
    )

    assert invoice_pages(lines) == [[1, 2]]
