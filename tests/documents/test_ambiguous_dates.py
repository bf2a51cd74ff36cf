"""Dates that read two ways (03/04/2026): both inside the window pass, showing both; the
supplier's country settles the order (issue 16, point 6).

Invoices are dated against invoice_samples.AS_OF (1 April 2026), never today.
"""

import pytest

from documents.engine import check_invoice_file
from documents.engine.checks.supplier import printed_country
from documents.engine.dates import country_order
from documents.engine.parties import Party

from .invoice_samples import InvoiceSpec, invoice_pdf, reference_for

# A supplier whose printed details name no country: no postcode, no +code, a .com site.
NOWHERE = dict(
    supplier_name="Harbour Trading Company",
    supplier_address=("Unit 4, Harbour Park", "Riverside"),
    supplier_phone="Tel: 555 0182",
    supplier_website="www.harbourtrading.com",
)
UK = dict(
    supplier_name="Kestrel Kitchenware Ltd",
    supplier_address=("Kestrel House, 9 Mill Road", "Leeds LS10 1QP", "United Kingdom"),
    supplier_phone="Tel: 0113 496 0587",
    supplier_website="www.kestrel-kitchenware.co.uk",
)
# InvoiceSpec's own supplier prints "Newark, NJ 07102": a US supplier.


def read(date_text, *, supplier=None, **reference_changes):
    spec = InvoiceSpec(date_text=date_text, **(supplier or {}))
    report = check_invoice_file(
        invoice_pdf(spec), name="invoice.pdf", reference=reference_for(spec, **reference_changes)
    )
    return report.checks["invoice_date"], report.extracted["invoice_date"]


def test_both_readings_inside_the_window_pass_showing_both():
    result, _extracted = read("03/02/2026", supplier=NOWHERE)

    assert result.status == "pass", result.message
    assert "3 February 2026" in result.message and "2 March 2026" in result.message
    assert "either way it is within the 180-day window" in result.message
    assert result.found["dates"] == ["2026-02-03", "2026-03-02"]


def test_one_reading_outside_the_window_still_warns_with_both():
    # 3 April 2026 is after AS_OF: only 4 March is a possible invoice date.
    result, _extracted = read("03/04/2026", supplier=NOWHERE)

    assert result.status == "warn"
    assert "3 April 2026" in result.message and "4 March 2026" in result.message


def test_both_readings_outside_the_window_fail():
    result, _extracted = read("03/02/2025", supplier=NOWHERE)

    assert result.status == "fail"
    assert "Either way" in result.message


def test_a_us_supplier_writes_the_month_first():
    result, extracted = read("03/04/2026")

    assert result.status == "pass", result.message
    assert extracted == "2026-03-04"
    assert "month first" in result.message and "US" in result.message


def test_a_uk_supplier_writes_the_day_first():
    # 1 March 2026 is 31 days before AS_OF; 3 January, the US reading, 88.
    uk_result, uk_date = read("01/03/2026", supplier=UK, window_days=60)
    us_result, us_date = read("01/03/2026", window_days=60)

    assert (uk_result.status, uk_date) == ("pass", "2026-03-01")
    assert "day first" in uk_result.message and "GB" in uk_result.message
    assert (us_result.status, us_date) == ("fail", "2026-01-03")


def test_the_linked_records_country_settles_when_the_print_does_not_say():
    result, extracted = read("03/04/2026", supplier=NOWHERE, supplier_country="US")

    assert (result.status, extracted) == ("pass", "2026-03-04")
    assert "month first" in result.message


def test_the_printed_country_comes_before_the_records():
    result, extracted = read("01/03/2026", supplier=UK, supplier_country="US", window_days=60)

    assert (result.status, extracted) == ("pass", "2026-03-01")


def test_a_date_the_invoice_itself_settles_is_not_read_by_the_country():
    # "13/03/2026" can only be day first: nothing to settle, nothing said about a country.
    result, extracted = read("13/03/2026")

    assert (result.status, extracted) == ("pass", "2026-03-13")
    assert "month first" not in result.message


@pytest.mark.parametrize(
    ("party", "country"),
    [
        (Party(address="12 Industrial Way\nNewark, NJ 07102"), "US"),
        (Party(address="Kestrel House\nLeeds LS10 1QP"), "GB"),
        (Party(address="Talstraße 5\n79199 Kirchzarten\nDeutschland"), "DE"),
        (Party(address="18 rue des Artisans\n69003 Lyon, France"), "FR"),
        (Party(address="Unit 4", phone="+33 4 72 10 20 30"), "FR"),
        (Party(address="Unit 4", website="www.maison-lefevre.fr"), "FR"),
        (Party(address="200 Peachtree St\nAtlanta, Georgia"), None),
        (Party(address="Unit 4, Harbour Park", phone="555 0182", website="harbour.com"), None),
    ],
)
def test_the_printed_suppliers_country(party, country):
    assert printed_country(party) == country


@pytest.mark.parametrize(
    ("country", "order"),
    [("US", "month_first"), ("GB", "day_first"), ("DE", "day_first"), ("FR", "day_first"),
     ("CA", None), ("", None)],
)  # fmt: skip
def test_how_each_country_writes_dates(country, order):
    assert country_order(country) == order


def test_dates_in_a_french_message_are_written_in_french():
    from django.utils import translation

    with translation.override("fr"):
        result, _extracted = read("03/02/2026", supplier=NOWHERE)
    assert "3 février 2026" in result.message and "2 mars 2026" in result.message
    assert "February" not in result.message
