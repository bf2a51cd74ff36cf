"""The product lines of an invoice and its totals, read from the table under its header.

Quantities and prices decide two checks: `quantity` (often 10 units or more, domain.md)
and `arithmetic` (line amount = quantity x unit price; lines that add up).
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from .matching import OCR_ASIN, asin_in

# Single header words per column, in the order they claim a column ("Item" is the code
# column when "Description" is also there).
_HEADER_WORDS = (
    ("description", r"description|d[ée]signation|libell[ée]|product|produit|article|details"),
    ("quantity", r"qty|quantity|qt[ée]|quantit[ée]|units|qte|pcs|quant|qt"),
    ("unit_price", r"price|rate|prix|p\.?u\.?|cost|tarif"),
    ("amount", r"amount|total|montant|ext\.?|extension"),
    ("code", r"asin|upc|ean|sku|code|r[ée]f|r[ée]f[ée]rence|item|#"),
    ("description", r"item|items"),
)
_TOTAL_LABELS = (
    ("units", r"total\s*(?:units|qty|quantity|items|pieces|pcs)|quantit[ée]\s*totale|"
              r"nombre\s*(?:total\s*)?d['’]?\s*articles|total\s*qt[ée]"),
    ("subtotal", r"sub[\s\-]?total|sous[\s\-]?total|total\s*h\.?t\.?\b|total\s*hors\s*taxes?|"
                 r"montant\s*h\.?t\.?\b|net\s*amount|merchandise\s*total"),
    ("tax", r"\b(?:sales\s*)?tax\b|\bvat\b|\btva\b|\bgst\b|\bhst\b"),
    ("shipping", r"shipping|freight|delivery|frais\s*de\s*port|livraison|transport|handling"),
    ("discount", r"discount|remise|rabais|r[ée]duction"),
    ("total", r"grand\s*total|total\s*t\.?t\.?c\.?|total\s*due|amount\s*due|balance\s*due|"
              r"net\s*[àa]\s*payer|total\s*amount|invoice\s*total|montant\s*t\.?t\.?c\.?|"
              r"^\s*total\b"),
)  # fmt: skip
_CURRENCY = r"(?:[$€£]|EUR|USD|GBP)"
_MONEY = re.compile(rf"\(?-?(?:{_CURRENCY}\s?)?\d[\d,.\u202f\u00a0]*(?:\s?{_CURRENCY})?\)?")
_PRODUCT_CODE = re.compile(r"(?<!\d)(\d{12,13})(?!\d)")  # UPC-A / EAN-13


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
            start = None  # the first word since the last heading of this segment
            for word in segment.words:
                start = word.x0 if start is None else start
                token = word.text.strip(":.").lower() or word.text
                for name, pattern in _HEADER_WORDS:
                    if name not in columns and re.fullmatch(pattern, token, re.I):
                        columns[name] = start
                        start = None
                        break
        if ("quantity" in columns or "unit_price" in columns) and len(columns) >= 3:
            return index, columns
    return None, None


def read_lines(lines, *, ocr):
    header, columns = find_header(lines)
    if header is None:
        return []
    items = []
    for line in lines[header + 1 :]:
        if line.page != lines[header].page and items and _is_totals(line.text):
            break
        if _is_totals(line.text):
            break
        item = _row(line, columns, ocr=ocr)
        if item is None:
            if items and line.page == lines[header].page and not _has_number(line.text):
                items[-1].description = f"{items[-1].description} {line.text}".strip()
            continue
        items.append(item)
    return items


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
    return any(re.search(pattern, text, re.I) for _name, pattern in _TOTAL_LABELS)


def read_totals(lines):
    totals = Totals()
    for line in lines:
        text = line.text
        for name, pattern in _TOTAL_LABELS:
            label = re.search(pattern, text, re.I)
            if not label:
                continue
            values = [
                m.group(0) for m in _MONEY.finditer(text[label.end() :]) if "%" not in m.group(0)
            ]
            values = [v for v in values if re.search(r"\d", v)]
            if values and getattr(totals, name) is None:
                setattr(totals, name, parse_amount(values[-1].strip()))
            break
    return totals
