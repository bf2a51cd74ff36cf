import pytest

from documents.engine.fields import find_invoice_number

from .invoice_samples import text_lines
from .test_engine_dates import HEADERS, printed


def number_of(text):
    number, _words = find_invoice_number(printed(text))
    return number


@pytest.mark.parametrize("header", HEADERS, ids=lambda header: header.name)
def test_invoice_number_on_real_layouts_in_six_languages(header):
    assert number_of(header.text) == header.invoice_number


@pytest.mark.parametrize(
    "label",
    [
        "Invoice No",
        "Invoice No.",
        "Invoice Number",
        "Invoice #",
        "Inv. No.",
        "N° de facture",
        "Numéro de facture",
        "Facture n°",
        "Rechnungsnummer",
        "Rechnungs-Nr.",
        "Rechnung Nr.",
        "Número de factura",
        "Nº factura",
        "N.º de factura",
        "Factura nº",
        "Numero fattura",
        "Fattura n.",
        "Fattura nr.",
        "Factuurnummer",
        "Factuurnr.",
    ],
)
def test_invoice_number_after_its_label(label):
    assert number_of(f"{label}: 2026-0042") == "2026-0042"
    assert number_of(f"{label}   2026-0042") == "2026-0042"


def test_the_words_of_the_number_are_kept_for_the_evidence_box():
    number, words = find_invoice_number(printed("Rechnungsnummer:   RE-2026-0117"))
    assert number == "RE-2026-0117"
    assert [word.text for word in words] == ["RE-2026-0117"]


def test_number_under_its_label_in_a_header_table_of_several_numbers():
    text = """
    Kundennummer   Bestellnummer   Rechnungsnummer   Datum
    K-30917        B-5531          RE-2026-0117      03.03.2026
    """
    assert number_of(text) == "RE-2026-0117"


def test_hash_alone_before_the_number():
    assert number_of("INVOICE\n# 10482") == "10482"
    assert number_of("INVOICE   #10482") == "10482"


@pytest.mark.parametrize(
    "text",
    [
        "Order No: 555-1234   Customer No: C-30917",
        "Bestellnummer: 4711   Kundennummer: 10023   Auftrag Nr. 88",
        "N° de commande : CMD-4412   N° client : C0042",
        "Número de pedido: PED-5531   Nº cliente: 7781",
        "Numero ordine: 2026/77   Codice cliente: 12",
        "Ordernummer: 88123   Klantnummer: 10233",
        "Order #5531   Item #2",
    ],
)
def test_order_and_customer_numbers_are_not_the_invoice_number(text):
    assert number_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "VAT Reg No: GB 123 4567 89",
        "USt-IdNr.: DE123456789   Steuer-Nr.: 93815/08152",
        "N° TVA : FR12812345678   SIRET : 812 345 678 00021",
        "CIF: B12345678   NIF: 12345678Z",
        "P.IVA 01234567890   Codice fiscale RSSMRA80A01H501U",
        "BTW-nummer: NL123456789B01   KvK: 12345678",
    ],
)
def test_tax_and_company_numbers_are_not_the_invoice_number(text):
    assert number_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "INVOICE 12/03/2026",
        "Rechnung 03.03.2026",
        "Invoice No: 03/03/2026",
        "Factura del 3 de marzo de 2026",
    ],
)
def test_a_date_is_never_the_invoice_number(text):
    assert number_of(text) is None


def test_the_number_labelled_as_such_wins_over_a_title_with_a_number():
    text = "INVOICE 2026\nInvoice No: INV-0042"
    assert number_of(text) == "INV-0042"


def test_a_page_number_after_the_title_is_not_the_invoice_number():
    assert number_of("INVOICE   1") is None


def test_plain_text_lines_as_other_tests_build_them():
    number, _words = find_invoice_number(text_lines("INVOICE\nInvoice no: INV-77\n"))
    assert number == "INV-77"


# -- Numbers as real suppliers' software prints them (issue 14, corpus misses) -----------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Factuurnummer:   DZ 26 0412", "DZ 26 0412"),
        ("Numero fattura: FT 118/2026 Tessitura Lariana Colombo S.p.A.", "FT 118/2026"),
        ("Invoice No:   INV 2026 0042", "INV 2026 0042"),
        ("Rechnungsnummer: RE 2026 17   Kundennummer: 10023", "RE 2026 17"),
    ],
    ids=["dutch_groups", "italian_series", "english_groups", "german_next_column"],
)
def test_number_printed_in_groups_after_its_label(line, expected):
    assert number_of(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Invoice No: 1042 03/04/2026", "1042"),
        ("Invoice No: 5531 1,234.50", "5531"),
        ("Invoice No: 5531 Date: 3 March 2026", "5531"),
        ("Rechnung Nr. 2026-17 vom 3. März 2026", "2026-17"),
    ],
    ids=["date_after", "amount_after", "label_after", "german_vom"],
)
def test_a_date_or_an_amount_after_the_number_is_no_group_of_it(line, expected):
    assert number_of(line) == expected


def test_numero_alone_labels_the_number():
    text = """
    Quincaillerie Rhodanienne SARL             FACTURE
    69007 Lyon                        Numéro:     QR260214
    04 78 00 52 14                    Date facture:   14/02/2026
    """
    assert number_of(text) == "QR260214"


@pytest.mark.parametrize(
    "text",
    [
        "N° DE FACTURE ASSOCIÉE : F20260003\nFACTURE N° : F20260023",
        "Credited invoice no: F20260003\nInvoice No: F20260023",
        "Nummer der Bezugsrechnung: F20260003\nRechnungsnummer: F20260023",
    ],
    ids=["factur_x", "en", "de"],
)
def test_the_number_of_a_referenced_invoice_is_not_the_invoice_number(text):
    assert number_of(text) == "F20260023"
