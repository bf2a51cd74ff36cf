"""Product tables that go on over a page break (issue 14, point 2, "Layouts").

The footer of page 1 ("… OH 43216 · Page 1 of 2"), the letterhead printed again on every
page and the table header repeated on page 2 are never product rows: the table continues
on the next page, and a correct invoice passes the arithmetic and quantity checks.
"""

import html
from dataclasses import dataclass
from decimal import Decimal

import pytest
from weasyprint import HTML

from documents.engine import Reference, check_invoice_file
from documents.engine.layout import build_lines, mark_page_furniture
from documents.engine.line_items import read_lines, read_totals
from tests.corpus import scoring

A4_HEIGHT = 842.0


# -- Layout lines of two pages, as a text layer gives them ---------------------------------


def page_lines(number, rows):
    """Layout lines of one A4 page: `rows` are (top, text), columns split on 3 spaces."""
    words = []
    for top, text in rows:
        x = 40.0
        for column in text.split("   "):
            for word in column.split():
                words.append([word, x, top, x + 5.0 * len(word), top + 9.0, 100.0])
                x += 5.0 * len(word) + 3.0
            x += 40.0
    return build_lines(number, words)


def two_pages(page_1, page_2):
    lines = page_lines(1, page_1) + page_lines(2, page_2)
    return mark_page_furniture(lines, {1: A4_HEIGHT, 2: A4_HEIGHT})


HEADER = "SKU   Description   Qty   Unit Price   Amount"
FOOTER = "Summit Wholesale Inc. · 1200 Commerce Blvd, Columbus, OH 43216 · Page {} of 2"


def rows_from(top, first_sku, count):
    return [
        (top + 18.0 * index, f"{first_sku + index}   Bamboo tray   12   $4.50   $54.00")
        for index in range(count)
    ]


def test_page_footer_and_repeated_header_are_not_rows_and_the_table_goes_on():
    lines = two_pages(
        [(260.0, HEADER), *rows_from(280.0, 3000, 25), (796.0, "Federal Tax ID 31-4412876")]
        + [(810.0, FOOTER.format(1))],
        [(40.0, HEADER), *rows_from(60.0, 3025, 5), (160.0, "Subtotal   $1,620.00")]
        + [(176.0, "Total   $1,620.00"), (796.0, "Federal Tax ID 31-4412876")]
        + [(810.0, FOOTER.format(2))],
    )

    items = read_lines(lines, ocr=False)

    assert len(items) == 30
    assert {item.quantity for item in items} == {12}
    assert all(item.description == "Bamboo tray" for item in items)
    assert read_totals(lines).subtotal == Decimal("1620.00")
    assert read_totals(lines).tax is None  # "Federal Tax ID 31-4412876" is no tax amount


@pytest.mark.parametrize(
    "footer",
    [
        "Seite {} von 2",
        "Page {}/2",
        "Pagina {} di 2",
        "Pagina {} van 2",
        "Página {} de 2",
        "Page {} sur 2",
    ],
)
def test_page_numbers_in_six_languages_end_no_row(footer):
    lines = two_pages(
        [(260.0, HEADER), *rows_from(280.0, 3000, 3), (810.0, "12   " + footer.format(1))],
        [*rows_from(40.0, 3003, 2), (100.0, "Total   $270.00"), (810.0, footer.format(2))],
    )

    items = read_lines(lines, ocr=False)

    assert [item.quantity for item in items] == [12] * 5


def test_a_running_head_on_the_next_page_is_no_row_nor_part_of_a_description():
    lines = two_pages(
        [(260.0, HEADER), *rows_from(280.0, 3000, 2)],
        [(30.0, "Summit Wholesale Inc. · Invoice 10482 (continued)"), (50.0, HEADER)]
        + [*rows_from(70.0, 3002, 1), (100.0, "Total   $162.00")],
    )

    items = read_lines(lines, ocr=False)

    assert [item.quantity for item in items] == [12, 12, 12]
    assert items[1].description == "Bamboo tray"


def test_a_subtotal_carried_to_the_next_page_is_not_the_end_of_the_table():
    lines = two_pages(
        [
            (260.0, HEADER),
            *rows_from(280.0, 3000, 2),
            (330.0, "Subtotal carried forward   $108.00"),
        ],
        [(40.0, "Subtotal brought forward   $108.00"), *rows_from(60.0, 3002, 1)]
        + [(100.0, "Subtotal   $162.00"), (116.0, "Total   $162.00")],
    )

    assert [item.quantity for item in read_lines(lines, ocr=False)] == [12, 12, 12]
    assert read_totals(lines).subtotal == Decimal("162.00")


def test_headings_set_close_together_split_at_the_widest_gap():
    # LibreOffice Writer: "Prix unitaire HT" and "Montant HT" set left over figures set right.
    header = [
        ("Désignation", 139.6, 203.8),
        ("Qté", 258.6, 277.6),
        ("Prix", 284.3, 305.3),
        ("unitaire", 308.6, 350.7),
        ("HT", 354.0, 368.4),
        ("Montant", 377.8, 422.7),
        ("HT", 426.1, 440.4),
    ]
    row = [
        ("Assiette", 90.6, 128.7),
        ("plate", 131.8, 155.8),
        ("48", 265.6, 277.6),
        ("6,40", 338.3, 359.4),
        ("€", 362.4, 368.4),
        ("307,20", 398.2, 431.4),
        ("€", 434.4, 440.4),
    ]
    words = [[text, x0, 219.0, x1, 228.0, 100.0] for text, x0, x1 in header]
    words += [[text, x0, 229.0, x1, 242.0, 100.0] for text, x0, x1 in row]

    [item] = read_lines(build_lines(1, words), ocr=False)

    assert (item.quantity, item.unit_price, item.amount) == (48, Decimal("6.40"), Decimal("307.20"))


# -- Two-page invoices as suppliers' software prints them ----------------------------------


@dataclass(frozen=True)
class Style:
    name: str
    language: str
    title: str
    number_label: str
    headers: tuple
    totals: tuple  # subtotal, tax, total labels
    tax_rate: str
    page_number: str  # CSS content of the page number in the footer
    currency: str = "$"
    decimal_comma: bool = False
    repeat_header: bool = True
    running_head: bool = False


STYLES = [
    Style(
        "english_footer_with_address_and_page_of",
        "en",
        "INVOICE",
        "Invoice No:",
        ("SKU", "Description", "Qty", "Unit Price", "Amount"),
        ("Subtotal", "Sales tax", "Total"),
        "0",
        '"Summit Wholesale Inc. · 1200 Commerce Blvd, Columbus, OH 43216 · Page " '
        'counter(page) " of " counter(pages)',
    ),
    Style(
        "german_running_head_and_seite_von",
        "de",
        "RECHNUNG",
        "Rechnungsnummer:",
        ("Art.-Nr.", "Bezeichnung", "Menge", "Einzelpreis", "Gesamtpreis"),
        ("Nettobetrag", "USt. 19 %", "Rechnungsbetrag"),
        "0.19",
        '"Amtsgericht Köln HRB 98765 · USt-IdNr. DE 298 765 432 · Seite " counter(page) '
        '" von " counter(pages)',
        currency="€",
        decimal_comma=True,
        running_head=True,
    ),
    Style(
        "spanish_header_not_repeated",
        "es",
        "FACTURA",
        "Número de factura:",
        ("Ref.", "Descripción", "Cantidad", "Precio unitario", "Importe"),
        ("Base imponible", "IVA 21 %", "Total factura"),
        "0.21",
        '"CIF B03456781 · Página " counter(page) " de " counter(pages)',
        currency="€",
        decimal_comma=True,
        repeat_header=False,
    ),
    Style(
        "italian_page_slash",
        "it",
        "FATTURA",
        "Numero fattura:",
        ("Codice", "Descrizione", "Quantità", "Prezzo unitario", "Importo"),
        ("Imponibile", "IVA 22%", "Totale documento"),
        "0.22",
        '"Partita IVA 08123440961 · Pagina " counter(page) " di " counter(pages)',
        currency="€",
        decimal_comma=True,
    ),
    Style(
        "dutch_pagina_van",
        "nl",
        "FACTUUR",
        "Factuurnummer:",
        ("Artikelnr.", "Omschrijving", "Aantal", "Stukprijs", "Bedrag"),
        ("Subtotaal", "BTW 21%", "Totaal te betalen"),
        "0.21",
        '"KvK 18054321 · Pagina " counter(page) " van " counter(pages)',
        currency="€",
        decimal_comma=True,
    ),
    Style(
        "french_page_slash_and_spaced_thousands",
        "fr",
        "FACTURE",
        "N° de facture :",
        ("Réf.", "Désignation", "Qté", "Prix unitaire HT", "Montant HT"),
        ("Total HT", "TVA 20 %", "Total TTC"),
        "0.20",
        '"SIRET 423 118 905 00031 · Page " counter(page) " / " counter(pages)',
        currency="€",
        decimal_comma=True,
    ),
]
QUANTITIES = (36, 50, 20, 15, 30, 10, 12, 24)
ROWS = 40


def money(style, value):
    text = f"{value:,.2f}"
    if not style.decimal_comma:
        return f"{style.currency}{text}"
    separator = "\u202f" if style.language == "fr" else "."
    text = text.replace(",", "_").replace(".", ",").replace("_", separator)
    return f"{text} {style.currency}"


def rows_of(style):
    return [
        (f"{4000 + index}", f"Article {index + 1}", QUANTITIES[index % len(QUANTITIES)],
         Decimal("2.35") + Decimal("1.15") * (index % 9))
        for index in range(ROWS)
    ]  # fmt: skip


def long_invoice_pdf(style):
    escape = html.escape
    rows = rows_of(style)
    subtotal = sum((quantity * price for _c, _d, quantity, price in rows), Decimal(0))
    tax = (subtotal * Decimal(style.tax_rate)).quantize(Decimal("0.01"))
    body = "".join(
        f"<tr><td>{code}</td><td>{escape(description)}</td><td class=n>{quantity}</td>"
        f"<td class=n>{money(style, price)}</td><td class=n>{money(style, quantity * price)}</td>"
        "</tr>"
        for code, description, quantity, price in rows
    )
    headers = "".join(f"<th>{escape(header)}</th>" for header in style.headers)
    running_head = (
        f'@page {{ @top-left {{ content: "{style.title.title()} 2026-10442"; font-size: 8pt }} }}'
        "@page :first { @top-left { content: none } }"
        if style.running_head
        else ""
    )
    page = f"""<!doctype html><html><head><meta charset=utf-8><style>
      @page {{ size: A4; margin: 20mm 18mm 24mm;
              @bottom-center {{ content: {style.page_number}; font-size: 7pt }} }}
      {running_head}
      body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9pt }}
      thead {{ display: {"table-header-group" if style.repeat_header else "table-row-group"} }}
      table {{ width: 100%; border-collapse: collapse; margin-top: 8mm }}
      th, td {{ padding: 3pt 6pt; text-align: left }}
      .n {{ text-align: right }}
      .totals {{ margin-left: 55%; margin-top: 4mm }}
      .totals p {{ display: flex; justify-content: space-between; margin: 2pt 0 }}
    </style></head><body>
      <h1>{style.title}</h1>
      <p>{escape(style.number_label)} 2026-10442</p>
      <table><thead><tr>{headers}</tr></thead><tbody>{body}</tbody></table>
      <div class=totals>
        <p><span>{escape(style.totals[0])}</span><span>{money(style, subtotal)}</span></p>
        <p><span>{escape(style.totals[1])}</span><span>{money(style, tax)}</span></p>
        <p><span>{escape(style.totals[2])}</span><span>{money(style, subtotal + tax)}</span></p>
      </div>
    </body></html>"""
    return HTML(string=page).write_pdf()


@pytest.fixture(scope="module", params=STYLES, ids=lambda style: style.name)
def two_page_report(request):
    style = request.param
    reference = Reference(country="US", locale=style.language, min_units=10)
    pdf = long_invoice_pdf(style)
    return style, check_invoice_file(pdf, name=f"{style.name}.pdf", reference=reference)


def test_generated_two_page_invoice_reads_every_row_and_adds_up(two_page_report):
    style, report = two_page_report

    assert report.page_count == 2
    quantities = [line["quantity"] for line in report.extracted["lines"]]
    assert quantities == [quantity for _code, _d, quantity, _price in rows_of(style)]
    assert report.extracted["total_units"] == sum(quantities)
    assert report.checks["arithmetic"].status == "pass", report.checks["arithmetic"].message
    assert report.checks["quantity"].status == "pass"
    assert len(report.invoices) == 1  # page 2 goes on with the same invoice


# -- The corpus's two-page invoices: reportlab, fpdf2 and wkhtmltopdf, four languages ------

TWO_PAGE_DOCUMENTS = [
    document
    for document in scoring.documents()
    if any("continued on a second page" in feature for feature in document.get("features", ()))
]


def test_the_corpus_holds_two_page_invoices_of_several_generators():
    assert len({document["generator"] for document in TWO_PAGE_DOCUMENTS}) >= 3
    assert len({document["language"] for document in TWO_PAGE_DOCUMENTS}) >= 4


@pytest.mark.parametrize("document", TWO_PAGE_DOCUMENTS, ids=lambda document: document["file"])
def test_corpus_two_page_invoice_lines_units_and_arithmetic(document):
    data = (scoring.CORPUS / document["file"]).read_bytes()
    report = check_invoice_file(
        data, name=document["file"], reference=scoring.reference_for(document)
    )

    truth = [line["quantity"] for line in document["truth"]["lines"]]
    assert [line["quantity"] for line in report.extracted["lines"]] == truth
    assert report.extracted["total_units"] == sum(truth)
    assert report.checks["arithmetic"].status == "pass", report.checks["arithmetic"].message
    assert len(report.invoices) == 1
    assert report.invoices[0]["pages"] == [1, 2]
