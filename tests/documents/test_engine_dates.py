import datetime
import re
import textwrap
from dataclasses import dataclass

import pytest

from documents.engine.checks import InvoiceUnderCheck
from documents.engine.checks.dates import check_invoice_date
from documents.engine.dates import find_invoice_date
from documents.engine.fields import InvoiceFields
from documents.engine.layout import build_lines

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


def test_ambiguous_date_with_one_reading_in_the_window_warns_with_both_readings():
    # 2 March is 30 days before AS_OF, 3 February 57: only one reading is in the window.
    result = date_check(ENGLISH_HEADER + "Invoice date: 03/02/2026", window_days=45)
    assert result.status == "warn"
    assert "3 February 2026" in result.message and "2 March 2026" in result.message
    assert result.found["dates"] == ["2026-02-03", "2026-03-02"]


def test_ambiguous_date_outside_the_window_both_ways_fails():
    result = date_check(ENGLISH_HEADER + "Invoice date: 03/02/2025")
    assert result.status == "fail"
    assert "Either way" in result.message


def test_missing_date_fails_with_what_to_do():
    result = date_check(ENGLISH_HEADER + "Thank you for your business")
    assert result.status == "fail"
    assert "No invoice date was found" in result.message


# -- Real layouts in the six languages (issue 14) ----------------------------------------


def printed(text):
    """Layout lines of a header as its supplier's software prints it, column for column.

    Each character is 6 points wide, so the columns line up as in `text`; two spaces or more
    between words are a gap between columns.
    """
    words = []
    for row, line in enumerate(textwrap.dedent(text).strip("\n").splitlines()):
        for word in re.finditer(r"\S+", line):
            x0 = 6.0 * word.start()
            x1 = x0 + 6.0 * len(word.group())
            words.append([word.group(), x0, row * 14.0, x1, row * 14.0 + 10.0, 96.0])
    return build_lines(1, words)


@dataclass(frozen=True)
class Header:
    name: str
    text: str
    invoice_date: datetime.date
    invoice_number: str


# Headers as suppliers' software prints them: label and value on one line, the value under
# its label, header tables with the order, invoice, due and delivery dates side by side.
# `test_engine_numbers.py` reads the invoice number from the same headers.
HEADERS = [
    Header(
        "en_uk_labels_beside_values",
        """
        ACME DISTRIBUTION LTD                      INVOICE
        Unit 4, Riverside Park                     Invoice No: INV-2026-0187
        Leeds LS11 5QR                             Invoice Date: 12/02/2026
        VAT Reg No: GB 123 4567 89                 Order Date: 05/02/2026
                                                   Due Date: 14/03/2026
        """,
        datetime.date(2026, 2, 12),
        "INV-2026-0187",
    ),
    Header(
        "en_three_columns_values_under_labels",
        """
        TAX INVOICE                Invoice Date        Northwind Supplies Ltd
                                   3 Mar 2026          Attention: Accounts
        Bluebird Retail Ltd        Invoice Number      22 Harbour Road
        14 Mill Lane               INV-0042            Bristol BS1 4DJ
        Oxford OX1 2AB             Reference
                                   PO-7731
                                   VAT Number
                                   GB 987 6543 21
        """,
        datetime.date(2026, 3, 3),
        "INV-0042",
    ),
    Header(
        "en_us_table_of_dates",
        """
        Summit Wholesale Inc.                                    INVOICE
        1200 Commerce Blvd, Columbus, OH 43216                   # 10482
        Order Date     Invoice Date     Ship Date     Due Date      Customer No
        03/28/2026     04/02/2026       04/01/2026    05/02/2026    C-30917
        """,
        datetime.date(2026, 4, 2),
        "10482",
    ),
    Header(
        "en_issued_due_and_printed",
        """
        Invoice #1042                                 Printed: 06 Apr 2026 09:14
        Date issued: April 2, 2026
        Date due: May 2, 2026
        """,
        datetime.date(2026, 4, 2),
        "1042",
    ),
    Header(
        "fr_labels_beside_values",
        """
        MAISON LEFÈVRE SARL                                   FACTURE
        18 rue des Artisans                         Facture n° : F-2026-118
        69003 Lyon                                  Date de facture : 3 février 2026
        SIRET 812 345 678 00021                     Date d'échéance : 5 mars 2026
        N° TVA : FR 12 812345678                    N° client : C0042
        """,
        datetime.date(2026, 2, 3),
        "F-2026-118",
    ),
    Header(
        "fr_table_of_dates",
        """
        FACTURE
        N° de facture     Date de facture     Date de commande     Date de livraison     Échéance
        FA-00318          03/04/2026          28/03/2026           01/04/2026            03/05/2026
        """,
        datetime.date(2026, 4, 3),
        "FA-00318",
    ),
    Header(
        "fr_number_and_date_on_one_line",
        """
        Facture N° 2026-0457 du 17/03/2026
        Commande du 12/03/2026, livrée le 15/03/2026
        """,
        datetime.date(2026, 3, 17),
        "2026-0457",
    ),
    Header(
        "de_information_block",
        """
        Muster Handels GmbH · Industriestr. 5 · 70565 Stuttgart
                                                     Rechnungs-Nr.:   RE-2026-0117
        Bluebird Retail GmbH                         Rechnungsdatum:  03.03.2026
        Hauptstraße 12                               Kunden-Nr.:      10023
        10115 Berlin                                 Lieferdatum:     28.02.2026
                                                     USt-IdNr.:       DE123456789
        RECHNUNG
        Zahlbar bis 17.03.2026 ohne Abzug.
        """,
        datetime.date(2026, 3, 3),
        "RE-2026-0117",
    ),
    Header(
        "de_belegdatum_and_service_period",
        """
        Rechnung
        Belegnummer   Belegdatum      Leistungszeitraum            Seite
        2026-00871    3. März 2026    01.02.2026 - 28.02.2026      1 von 1
        """,
        datetime.date(2026, 3, 3),
        "2026-00871",
    ),
    Header(
        "de_number_and_date_in_the_title",
        """
        Rechnung Nr. 2026-17 vom 3. März 2026
        Bestellung vom 24.02.2026, Lieferung am 27.02.2026
        """,
        datetime.date(2026, 3, 3),
        "2026-17",
    ),
    Header(
        "es_labels_beside_values",
        """
        DISTRIBUCIONES IBÉRICAS S.L.                       FACTURA
        CIF: B12345678                          Nº factura: A-2026/015
        C/ Mayor 10, 28013 Madrid               Fecha de factura: 3 de marzo de 2026
                                                Fecha de vencimiento: 2 de abril de 2026
                                                Nº pedido: PED-5531
        """,
        datetime.date(2026, 3, 3),
        "A-2026/015",
    ),
    Header(
        "es_table_of_dates",
        """
        FACTURA
        Número de factura   Fecha factura   Fecha de pedido   Fecha de entrega   Vencimiento
        2026-0093           15/03/2026      10/03/2026        14/03/2026         14/04/2026
        """,
        datetime.date(2026, 3, 15),
        "2026-0093",
    ),
    Header(
        "es_number_and_date_on_one_line",
        """
        Factura nº 123 de fecha 03/03/2026
        Fecha de operación: 28/02/2026
        """,
        datetime.date(2026, 3, 3),
        "123",
    ),
    Header(
        "it_number_and_date_on_one_line",
        """
        ROSSI FORNITURE S.R.L.                        FATTURA
        P.IVA 01234567890                  Fattura n. 123/2026 del 03/03/2026
        Via Roma 1, 20121 Milano           Scadenza: 02/04/2026
                                           DDT n. 45 del 01/03/2026
        """,
        datetime.date(2026, 3, 3),
        "123/2026",
    ),
    Header(
        "it_table_of_dates",
        """
        FATTURA
        Numero fattura   Data fattura   Data ordine   Data consegna   Data scadenza
        FT-2026-0042     3 marzo 2026   25/02/2026    28/02/2026      2 aprile 2026
        """,
        datetime.date(2026, 3, 3),
        "FT-2026-0042",
    ),
    Header(
        "it_electronic_invoice_summary",
        """
        Tipologia documento   Numero documento   Data documento   Codice destinatario
        TD01 fattura          2026/0153          15-03-2026       0000000
        """,
        datetime.date(2026, 3, 15),
        "2026/0153",
    ),
    Header(
        "nl_labels_beside_values",
        """
        Van der Berg Groothandel B.V.                      FACTUUR
        Industrieweg 12, 3542 AD Utrecht        Factuurnummer: 2014-0381
        KvK 12345678                            Factuurdatum: 29 maart 2014
        BTW NL123456789B01                      Vervaldatum: 12 april 2014
                                                Klantnummer: 10233
        """,
        datetime.date(2014, 3, 29),
        "2014-0381",
    ),
    Header(
        "nl_table_of_dates",
        """
        FACTUUR
        Factuurnr.   Datum        Orderdatum   Leverdatum   Vervaldag
        F26-00412    03-03-2026   24-02-2026   27-02-2026   02-04-2026
        """,
        datetime.date(2026, 3, 3),
        "F26-00412",
    ),
    Header(
        "nl_number_in_the_title",
        """
        FACTUUR 2026-118
        Datum: 3 mrt. 2026
        Betaal vóór: 2 apr. 2026
        """,
        datetime.date(2026, 3, 3),
        "2026-118",
    ),
]


@pytest.mark.parametrize("header", HEADERS, ids=lambda header: header.name)
def test_invoice_date_on_real_layouts_in_six_languages(header):
    found = find_invoice_date(printed(header.text))
    assert found.readings == (header.invoice_date,)


@pytest.mark.parametrize(
    "printed_date",
    [
        "29 maart 2014",
        "29 mrt. 2014",
        "29. März 2014",
        "29. Mrz. 2014",
        "29 de marzo de 2014",
        "29 marzo 2014",
        "29 mars 2014",
        "29th March 2014",
        "March 29, 2014",
        "29-Mar-14",
    ],
    ids=["nl", "nl_short", "de", "de_short", "es", "it", "fr", "en_uk", "en_us", "en_short"],
)
def test_month_names_in_six_languages(printed_date):
    found = find_invoice_date(printed(f"Date: {printed_date}"))
    assert found.readings == (datetime.date(2014, 3, 29),)
    assert found.text == printed_date


def test_month_name_without_accent_as_ocr_reads_it():
    found = find_invoice_date(printed("Date de facture : 3 fevrier 2026"))
    assert found.readings == (datetime.date(2026, 2, 3),)


def test_date_without_a_year_is_not_completed_from_the_calendar():
    assert find_invoice_date(printed("Invoice date: 3 March\nMarch 2026")) is None


@pytest.mark.parametrize(
    "text",
    [
        "RECHNUNG\nMenge   Einzelpreis   Betrag\nRechnungsdatum: 03/04/2026",
        "FACTURA\nCantidad   Importe\nFecha de factura: 03/04/2026",
        "FATTURA\nQuantità   Prezzo   Importo\nData fattura: 03/04/2026",
        "FACTUUR\nAantal   Prijs   Bedrag\nFactuurdatum: 03/04/2026",
    ],
    ids=["de", "es", "it", "nl"],
)
def test_numeric_date_is_day_first_on_german_spanish_italian_and_dutch_invoices(text):
    assert date_of(text) == (datetime.date(2026, 4, 3),)


def test_the_date_beside_rechnungsdatum_gleich_lieferdatum_is_the_invoice_date():
    text = "Rechnungsdatum = Lieferdatum: 03.03.2026\nFällig am: 17.03.2026"
    assert find_invoice_date(printed(text)).readings == (datetime.date(2026, 3, 3),)


def test_a_date_stamped_with_a_time_is_when_it_was_printed_not_the_invoice_date():
    text = "06/04/2026 09:14   Page 1 of 1\nINVOICE 5531\n02/04/2026"
    assert find_invoice_date(printed(text)).text == "02/04/2026"


# -- Dates as real suppliers' software prints them (issue 14, corpus misses) -------------


@pytest.mark.parametrize(
    "printed_date",
    ["August 3 , 2014", "August 3, 2014", "Aug 3 ,2014"],
    ids=["space_before_comma", "usual", "space_before_comma_none_after"],
)
def test_month_first_date_with_a_space_before_the_comma(printed_date):
    found = find_invoice_date(printed(f"Invoice Date:   {printed_date}"))
    assert found.readings == (datetime.date(2014, 8, 3),)
    assert found.text == printed_date


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tax point / Invoice date:   9 March 2026", datetime.date(2026, 3, 9)),
        ("Taxpoint / Invoice date:   9March 2026", datetime.date(2026, 3, 9)),
        ("Data:   13marzo 2026", datetime.date(2026, 3, 13)),
        ("Datum:   2mrt. 2026", datetime.date(2026, 3, 2)),
    ],
    ids=["tax_point_label", "typeset_without_spaces", "italian_data", "dutch_short_month"],
)
def test_day_run_into_the_month_name_by_a_typesetter(line, expected):
    text = f"{line}\nDue Date:   8April 2026"
    assert find_invoice_date(printed(text)).readings == (expected,)


def test_a_number_run_into_a_word_is_not_a_date():
    assert find_invoice_date(printed("Invoice date: 3 March 2026\nBlock A4 300g 2026")).text == (
        "3 March 2026"
    )


@pytest.mark.parametrize(
    "text",
    [
        # Factur-X (EN 16931) prints the invoice a corrective invoice refers to.
        "FACTURE N° : F20260023\nDate : 31/01/2026\n"
        "N° DE FACTURE ASSOCIÉE : F20260003   DATE DE LIVRAISON : 28/01/2026\n"
        "DATE DE FACTURE ASSOCIÉE : 01/01/2026",
        "INVOICE 2026-31\nDate: 31/01/2026\nInvoice referenced: F20260003 dated 01/01/2026",
        "INVOICE 2026-31\nDate: 31/01/2026\nReferenced invoice: F20260003, invoice date 01/01/2026",
        "INVOICE 2026-31\nDate: 31/01/2026\nPreceding invoice date: 01/01/2026",
        "RECHNUNG 2026-31\nDatum: 31.01.2026\nDatum der Bezugsrechnung: 01.01.2026",
        "FACTURA 2026-31\nFecha: 31/01/2026\nFecha factura rectificada: 01/01/2026",
        "FATTURA 2026-31\nData: 31/01/2026\nData fattura di riferimento: 01/01/2026",
        "FACTUUR 2026-31\nDatum: 31-01-2026\nDatum oorspronkelijke factuur: 01-01-2026",
    ],
    ids=[
        "factur_x",
        "en_referenced",
        "en_invoice_date_after",
        "en_preceding",
        "de",
        "es",
        "it",
        "nl",
    ],
)
def test_the_date_of_a_referenced_earlier_invoice_is_not_the_invoice_date(text):
    assert find_invoice_date(printed(text)).readings == (datetime.date(2026, 1, 31),)


def test_an_original_invoice_title_still_labels_its_own_date():
    found = find_invoice_date(printed("ORIGINAL INVOICE\nInvoice date: 12 March 2026"))
    assert found.readings == (datetime.date(2026, 3, 12),)
