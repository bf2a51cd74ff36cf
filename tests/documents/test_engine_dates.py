import datetime

import pytest

from documents.engine.checks import InvoiceUnderCheck
from documents.engine.checks.dates import check_invoice_date
from documents.engine.dates import find_invoice_date
from documents.engine.fields import InvoiceFields

from .invoice_samples import AS_OF, reference_for, text_lines

FRENCH_HEADER = (
    "FACTURE\nFacturé à : Boutique Soleil SAS\nDésignation   Qté   Prix unitaire   Montant HT\n"
)
ENGLISH_HEADER = "INVOICE\nBill to: Northwind Goods LLC\nDescription   Qty   Unit price   Amount\n"


def date_of(text, locale="en"):
    found = find_invoice_date(text_lines(text), locale=locale)
    return found.readings if found else None


def test_day_first_date_on_french_invoice():
    readings = date_of(FRENCH_HEADER + "Date de facture : 03/04/2026")
    assert readings == (datetime.date(2026, 4, 3),)


def test_english_date_that_reads_both_ways_keeps_both_readings():
    readings = date_of(ENGLISH_HEADER + "Invoice date: 03/04/2026")
    assert readings == (datetime.date(2026, 4, 3), datetime.date(2026, 3, 4))


def test_another_date_on_the_same_invoice_decides_the_order():
    text = ENGLISH_HEADER + "Invoice date: 03/04/2026   Due date: 17/04/2026"
    assert date_of(text) == (datetime.date(2026, 4, 3),)
    text = ENGLISH_HEADER + "Invoice date: 03/04/2026   Due date: 04/17/2026"
    assert date_of(text) == (datetime.date(2026, 3, 4),)


def test_french_locale_decides_only_when_the_invoice_language_is_unclear():
    assert date_of("Date: 03/04/2026", locale="fr") == (datetime.date(2026, 4, 3),)
    assert len(date_of(ENGLISH_HEADER + "Date: 03/04/2026", locale="fr")) == 2


@pytest.mark.parametrize(
    "printed",
    [
        "3 April 2026",
        "April 3, 2026",
        "Apr 3rd, 2026",
        "3-Apr-2026",
        "2026-04-03",
        "3 avril 2026",
        "03.04.2026",
    ],
)
def test_long_and_iso_forms_read_as_3_april(printed):
    lines = text_lines(FRENCH_HEADER + f"Date de facture : {printed}")
    found = find_invoice_date(lines)
    assert found.readings == (datetime.date(2026, 4, 3),)
    assert found.text == printed


def test_french_ordinal_first_of_the_month():
    found = find_invoice_date(text_lines("Facture\nÉmise le 1er mars 2026"))
    assert found.readings == (datetime.date(2026, 3, 1),)
    assert found.text == "1er mars 2026"


def test_due_date_and_order_date_are_not_the_invoice_date():
    text = (
        "INVOICE\nOrder date: 10 January 2026\nDue date: 1 May 2026\nInvoice date: 2 March 2026\n"
    )
    assert date_of(text) == (datetime.date(2026, 3, 2),)


def test_date_printed_under_its_label_in_a_header_table():
    text = "INVOICE\nInvoice date   Invoice no\n12 February 2026   INV-77\n"
    assert date_of(text) == (datetime.date(2026, 2, 12),)


def date_check(text, **reference_changes):
    lines = text_lines(text)
    fields = InvoiceFields(date=find_invoice_date(lines, locale="en"))
    invoice = InvoiceUnderCheck(
        facts={"pages": []},
        lines=lines,
        text=text,
        fields=fields,
        reference=reference_for(**reference_changes),
    )
    return check_invoice_date(invoice)


def test_invoice_older_than_the_window_fails_and_says_the_window():
    result = date_check(ENGLISH_HEADER + "Invoice date: 2 September 2025")
    assert result.status == "fail"
    assert "last 180 days" in result.message
    assert "2 September 2025" in result.message  # the date as printed
    assert result.found == {"text": "2 September 2025", "dates": ["2025-09-02"]}


def test_window_is_set_per_category():
    text = ENGLISH_HEADER + "Invoice date: 2 December 2025"
    assert date_check(text).status == "pass"
    result = date_check(text, window_days=90)
    assert result.status == "fail"
    assert "last 90 days" in result.message


def test_invoice_dated_in_the_future_fails():
    result = date_check(ENGLISH_HEADER + f"Invoice date: {AS_OF + datetime.timedelta(days=3)}")
    assert result.status == "fail"
    assert "in the future" in result.message


def test_ambiguous_date_warns_with_both_readings():
    result = date_check(ENGLISH_HEADER + "Invoice date: 03/02/2026")
    assert result.status == "warn"
    assert "3 Feb 2026" in result.message and "2 Mar 2026" in result.message
    assert result.found["dates"] == ["2026-02-03", "2026-03-02"]


def test_ambiguous_date_outside_the_window_both_ways_fails():
    result = date_check(ENGLISH_HEADER + "Invoice date: 03/02/2025")
    assert result.status == "fail"
    assert "Either way" in result.message


def test_missing_date_fails_with_what_to_do():
    result = date_check(ENGLISH_HEADER + "Thank you for your business")
    assert result.status == "fail"
    assert "No invoice date was found" in result.message
