"""The product lines of an invoice and its totals, read from the table under its header.

Quantities and prices decide two checks: `quantity` (often 10 units or more, domain.md)
and `arithmetic` (line amount = quantity x unit price; lines that add up).
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from .matching import OCR_ASIN, asin_in

# Single header words per column, in the order they claim a column ("Item" is the code
# column when "Description" is also there), in English, French, German, Spanish, Italian
# and Dutch.
_HEADER_WORDS = (
    (
        "description",
        r"description|d[ée]signation|libell[ée]|product|produit|article|details|"
        r"bezeichnung|beschreibung|artikelbezeichnung|leistung|produkt|artikel|"
        r"descripci[óo]n|concepto|producto|art[íi]culo|denominaci[óo]n|"
        r"descrizione|prodotto|articolo|omschrijving|beschrijving",
    ),
    (
        "quantity",
        r"qty|quantity|qt[ée]|quantit[ée]|units|qte|pcs|quant|qt|menge|anzahl|stk|"
        r"st[üu]ck|cantidad|cant|uds|unidades|quantit[àa]|q\.?t[àa]|qta|pezzi|"
        r"aantal|hoeveelheid|stuks|aant",
    ),
    (
        "unit_price",
        r"price|unit\s*price|rate|prix|p\.?u\.?|cost|tarif|einzelpreis|preis|"
        r"e-?preis|st[üu]ckpreis|precio|prezzo|prijs|stukprijs|eenheidsprijs",
    ),
    (
        "amount",
        r"amount|total|montant|ext\.?|extension|betrag|gesamtpreis|gesamt|summe|"
        r"gesamtbetrag|importe|importo|totale|bedrag|totaal",
    ),
    (
        "code",
        r"asin|upc|ean|sku|code|r[ée]f|r[ée]f[ée]rence|item|#|art\.?-?nr|artikel-?nr|"
        r"artikelnummer|pos|c[óo]digo|codice|cod|referencia|artikelcode",
    ),
    ("description", r"item|items"),
)
_HEADER_PATTERNS = tuple((name, re.compile(pattern, re.I)) for name, pattern in _HEADER_WORDS)
# The labels under a product table, in the six languages. A tax label followed by "ID",
# "No" or "Reg" is a registration number ("VAT Reg No", "USt-IdNr.", "BTW-nummer").
_TAX = (
    r"(?<!partita\s)(?<!p\.)(?:(?:sales\s*)?tax|vat|tva|gst|hst|ust|mwst|umsatzsteuer|"
    r"mehrwertsteuer|iva|btw)\.?"
    r"(?!\s*[-.]?\s*(?:reg|id|no\b|nr|n[°º]|number|nummer|num[ée]ro|intra|code|point|"
    r"identification))"
)
_TOTAL_LABELS = (
    ("units", r"total\s*(?:units|qty|quantity|items|pieces|pcs)|quantit[ée]\s*totale|"
              r"nombre\s*(?:total\s*)?d['’]?\s*articles|total\s*qt[ée]|gesamtmenge|"
              r"summe\s*menge|total\s*(?:unidades|art[íi]culos)|unidades\s*totales|"
              r"totale\s*(?:pezzi|quantit[àa])|quantit[àa]\s*totale|totaal\s*aantal"),
    ("subtotal", r"sub[\s\-]?total|sous[\s\-]?total|total\s*h\.?t\.?|total\s*hors\s*taxes?|"
                 r"montant\s*h\.?t\.?|net\s*amount|merchandise\s*total|zwischensumme|"
                 r"netto-?\s*(?:betrag|summe|gesamt)|summe\s*netto|gesamt\s*netto|warenwert|"
                 r"base\s*imponible|importe\s*neto|total\s*neto|subtotale|"
                 r"totale\s*(?:imponibile|netto)|imponibile|subtotaal|totaal\s*excl\.?|"
                 r"netto\s*bedrag|nettobedrag"),
    ("tax", _TAX),
    ("shipping", r"shipping|freight|delivery|frais\s*de\s*port|livraison|transport|handling|"
                 r"versand(?:kosten)?|fracht|env[íi]o|portes|spedizione|trasporto|"
                 r"verzend(?:kosten)?|vracht"),
    ("discount", r"discount|remise|rabais|r[ée]duction|rabatt|skonto|nachlass|descuento|"
                 r"sconto|korting"),
    ("total", r"grand\s*total|total\s*t\.?t\.?c\.?|total\s*due|amount\s*due|balance\s*due|"
              r"net\s*[àa]\s*payer|total\s*amount|invoice\s*total|montant\s*t\.?t\.?c\.?|"
              r"gesamtbetrag|rechnungsbetrag|endbetrag|gesamtsumme|bruttobetrag|summe\s*brutto|"
              r"zahlbetrag|zu\s*zahlen|total\s*(?:factura|a\s*pagar)|importe\s*total|"
              r"totale\s*(?:documento|fattura|da\s*pagare)|netto\s*a\s*pagare|"
              r"totaal\s*(?:te\s*betalen|incl\.?)|totaalbedrag|te\s*betalen|"
              r"^\s*(?:total|totale|totaal|gesamt|summe)"),
)  # fmt: skip
# Whole words only: "Transportbox" is a product, "IVA22%" (glued by a typesetter) a tax.
_TOTAL_PATTERNS = tuple(
    (name, re.compile(rf"(?<![^\W\d_])(?:{pattern})(?![^\W\d_])", re.I))
    for name, pattern in _TOTAL_LABELS
)
# A subtotal carried from one page to the next is not a product row, nor the end of the
# table: "Subtotal carried forward", "À reporter", "Übertrag", "Suma y sigue", "A riportare".
_CARRIED_FORWARD = re.compile(
    r"(?<![^\W\d_])(?:carried\s+forward|brought\s+forward|continued\s+(?:on|overleaf)|"
    r"[àa]\s+reporter|report\s+[àa]\s+nouveau|[üu]bertrag|uebertrag|suma\s+y\s+sigue|"
    r"suma\s+anterior|a\s+riportare|riporto|transport\s+naar)(?![^\W\d_])",
    re.I,
)
_CURRENCY = r"(?:[$€£]|EUR|USD|GBP)"
# "1 918,17 €": a space between groups of thousands, as French invoices print it.
_MONEY = re.compile(
    rf"\(?-?(?:{_CURRENCY}\s?)?(?:\d{{1,3}}(?: \d{{3}})+[.,]\d\d(?!\d)|\d[\d,.\u202f\u00a0]*)"
    rf"(?:\s?{_CURRENCY})?\)?"
)
_PRODUCT_CODE = re.compile(r"(?<!\d)(\d{12,13})(?!\d)")  # UPC-A / EAN-13
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4}\b")


@dataclass
class InvoiceLine:
    description: str = ""
    asin: str | None = None
    product_code: str | None = None
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    amount: Decimal | None = None
    words: list = field(default_factory=list)


@dataclass
class Totals:
    subtotal: Decimal | None = None
    tax: Decimal | None = None
    shipping: Decimal | None = None
    discount: Decimal | None = None
    total: Decimal | None = None
    units: Decimal | None = None


def parse_amount(text):
    """A number as printed on an invoice ("1,234.50", "1 234,50 €", "(5.00)"), or None."""
    cleaned = re.sub(rf"{_CURRENCY}|\s|\u202f|\u00a0", "", text or "")
    negative = (
        cleaned.startswith(("-", "("))
        and cleaned.strip("(").startswith("-")
        or (cleaned.startswith("(") and cleaned.endswith(")"))
    )
    cleaned = cleaned.strip("()-")
    if not re.fullmatch(r"\d[\d.,]*", cleaned):
        return None
    separators = [char for char in cleaned if char in ".,"]
    whole, decimals = cleaned, ""
    if separators:
        last = max(cleaned.rfind("."), cleaned.rfind(","))
        tail = cleaned[last + 1 :]
        both_kinds = len(set(separators)) == 2
        # "1,234" and "1.234" are thousands; "12,50" and "12.5" are decimals.
        if both_kinds or (separators.count(cleaned[last]) == 1 and len(tail) != 3):
            whole, decimals = cleaned[:last], tail
    whole = re.sub(r"[.,]", "", whole)
    try:
        value = Decimal(f"{whole or '0'}.{decimals or '0'}")
    except InvalidOperation:
        return None
    return -value if negative else value


def find_header(lines):
    """Index of the table header and where each of its columns starts, or (None, None).

    A column starts where its heading starts: "Unit price" and "Prix unitaire" start at
    their first word, not at the word that names the column.
    """
    for index, line in enumerate(lines):
        columns = {}
        for segment in line.segments:
            previous, pending = None, []  # the last heading of the segment, the words since
            for word in segment.words:
                pending.append(word)
                name = _heading(word, columns)
                if name is not None:
                    columns[name] = _heading_start(previous, pending)
                    previous, pending = word, []
        if ("quantity" in columns or "unit_price" in columns) and len(columns) >= 3:
            return index, columns
    return None, None


def _heading(word, columns):
    """The column a header word names, unless an earlier word of the header named it."""
    token = word.text.strip(":.").lower() or word.text
    for name, pattern in _HEADER_PATTERNS:
        if name not in columns and pattern.fullmatch(token):
            return name
    return None


def _heading_start(previous, words):
    """Where the heading ending with `words[-1]` starts, after the heading word `previous`.

    The words in between go with the heading the widest gap does not cut them from:
    "Prix unitaire HT   Montant HT" set close together is "Prix unitaire HT" and
    "Montant HT"; among equal gaps, with the heading after them ("Qty Unit Price").
    """
    if previous is None:
        return words[0].x0
    gaps = [words[0].x0 - previous.x1] + [
        word.x0 - before.x1 for before, word in zip(words, words[1:], strict=False)
    ]
    return words[gaps.index(max(gaps))].x0


def read_lines(lines, *, ocr):
    """The product rows under the table's header, on its page and the pages that follow.

    A table that goes on over a page break continues at the top of the next page, often
    under its header printed again: what stands above that header is the page's own head
    ("Invoice 10482 (continued)"). The footer and header of each page (page furniture, see
    `layout.mark_page_furniture`) and a subtotal carried to the next page are no rows.
    """
    header, columns = find_header(lines)
    if header is None:
        return []
    repeated = _repeated_headers(lines, header)
    items = []
    page = lines[header].page
    top_of_page = False  # on a page the table goes on to, before its first row
    for index in range(header + 1, len(lines)):
        line = lines[index]
        if line.page != page:
            page, top_of_page = line.page, True
            if page in repeated:
                # Its columns as printed on this page.
                columns = find_header([lines[repeated[page]]])[1]
        if line.furniture or index <= repeated.get(page, -1):
            continue
        if _CARRIED_FORWARD.search(line.text):
            continue
        if _is_totals(line.text):
            break
        item = _row(line, columns, ocr=ocr)
        if item is None:
            if items and not top_of_page and not _has_number(line.text):
                items[-1].description = f"{items[-1].description} {line.text}".strip()
            continue
        top_of_page = False
        items.append(item)
    return items


def _repeated_headers(lines, header):
    """{page: index of the table's header printed again on it}, for the pages after its own."""
    printed = " ".join(lines[header].text.split())
    repeated = {}
    for index in range(header + 1, len(lines)):
        line = lines[index]
        later_page = line.page != lines[header].page and line.page not in repeated
        if later_page and " ".join(line.text.split()) == printed:
            repeated[line.page] = index
    return repeated


def _row(line, columns, *, ocr):
    cells = {name: [] for name in columns}
    starts = sorted(columns.items(), key=lambda item: item[1])
    for word in line.words:
        centre = (word.x0 + word.x1) / 2
        # A cell's value ends before the next heading starts and after its own heading
        # starts, whether headings and values are set left, right or centred: the nearest
        # heading is wrong when a left-set heading stands over right-set figures.
        nearest = starts[0][0]
        for name, start in starts:
            if word.x1 > start:
                nearest = name
        # Description text runs left-aligned far to the right of its header's centre; a
        # word without digits is description, unless it is a currency sign of an amount.
        if (
            nearest != "description"
            and columns.get("description", centre) < centre
            and not _has_number(word.text)
            and not re.fullmatch(_CURRENCY, word.text)
        ):
            nearest = "description"
        cells[nearest].append(word)
    text = {name: " ".join(word.text for word in words) for name, words in cells.items()}
    quantity = parse_amount(text.get("quantity", ""))
    unit_price = parse_amount(text.get("unit_price", ""))
    amount = parse_amount(text.get("amount", ""))
    if quantity is None and amount is None:
        return None
    full_text = line.text
    asin = asin_in(full_text, ocr=ocr)
    code = _PRODUCT_CODE.search(text.get("code", "") or full_text)
    description = OCR_ASIN.sub("", text.get("description", "")).strip()
    return InvoiceLine(
        description=description,
        asin=asin,
        product_code=code.group(1) if code else None,
        quantity=quantity,
        unit_price=unit_price,
        amount=amount,
        words=line.words,
    )


def _has_number(text):
    return bool(re.search(r"\d", text))


def _is_totals(text):
    return any(pattern.search(text) for _name, pattern in _TOTAL_PATTERNS)


def read_totals(lines):
    """The totals printed under the product table (or anywhere, when there is no table).

    Not above it: "VAT Reg No: GB 123 4567 89" in a letterhead is no amount of tax.
    """
    header, _columns = find_header(lines)
    totals = Totals()
    for line in lines[header + 1 :] if header is not None else lines:
        if line.furniture or _CARRIED_FORWARD.search(line.text):
            continue
        text = line.text
        for name, pattern in _TOTAL_PATTERNS:
            label = pattern.search(text)
            if not label:
                continue
            # "Delivery date: 28/02/2026" under the table names no amount.
            after = _NUMERIC_DATE.sub(" ", text[label.end() :])
            values = [m.group(0) for m in _MONEY.finditer(after) if "%" not in m.group(0)]
            values = [v for v in values if re.search(r"\d", v)]
            if values and getattr(totals, name) is None:
                setattr(totals, name, parse_amount(values[-1].strip()))
            break
    return totals
