"""Everything read from an invoice's text: number, date, parties, lines and totals."""

import re
from dataclasses import dataclass, field
from decimal import Decimal

from . import dates, labels, line_items, parties
from .language import detect_language
from .layout import COLUMN_SEPARATOR, page_number_in

# An invoice number holds a digit: "INV-2026-0042", "F-2026-118", "2026/17", "103767".
_NUMBER = r"[A-Z0-9][A-Z0-9\-/_.]*\d[A-Z0-9\-/_]*"
_VALUE_AFTER = re.compile(rf"[\s:#.=]*(?:#\s*)?({_NUMBER})(?!\w)", re.I)
# After its own label a number may be printed in groups: a series in capitals, then digits
# ("FT 118/2026", "DZ 26 0412"). Each group ends at a space: "12 1,234.50" is two figures.
_GROUPED_VALUE_AFTER = re.compile(
    rf"[\s:#.=]*(?:#\s*)?((?:(?-i:[A-Z]{{1,4}}) (?=\d))?{_NUMBER}(?: \d[\d\-/]*(?=\s|$))*)(?!\w)",
    re.I,
)
_VALUE = re.compile(rf"(?<![\w/.\-]){_NUMBER}(?!\w)", re.I)
# The labels of the invoice number, strongest first, and whether they may head a column
# with the number under them: its own label ("Invoice No", "Rechnungsnummer"), a document's
# number or "Invoice:", then a title with its number ("Invoice 103767") or "#" alone.
_NUMBER_LABELS = (
    ((labels.INVOICE_NUMBER,), True),
    ((labels.DOCUMENT_NUMBER,), True),
    ((labels.BARE_NUMBER, labels.HASH), False),
)


@dataclass
class InvoiceFields:
    language: str | None = None
    invoice_number: str | None = None
    invoice_number_words: list = field(default_factory=list)
    date: dates.DateReading | None = None
    bill_to: parties.Party = field(default_factory=parties.Party)
    supplier: parties.Party = field(default_factory=parties.Party)
    lines: list = field(default_factory=list)
    totals: line_items.Totals = field(default_factory=line_items.Totals)
    # The pages this invoice is printed on: a PDF may hold several invoices.
    pages: tuple = ()

    @property
    def total_units(self):
        quantities = [line.quantity for line in self.lines if line.quantity is not None]
        if quantities:
            return sum(quantities, Decimal(0))
        return self.totals.units

    def as_extracted(self):
        """The `extracted` object of the JSON report (issue 9)."""
        chosen = self.date.readings[0] if self.date and self.date.readings else None
        return {
            "invoice_number": self.invoice_number,
            "invoice_date": chosen.isoformat() if chosen else None,
            "invoice_date_text": self.date.text if self.date else None,
            "bill_to": self.bill_to.as_dict(with_website=False),
            "supplier": self.supplier.as_dict(with_website=True),
            "lines": [
                {
                    "description": line.description,
                    "asin": line.asin or line.product_code,
                    "quantity": plain_number(line.quantity),
                    "unit_price": plain_number(line.unit_price, money=True),
                }
                for line in self.lines
            ],
            "total_units": plain_number(self.total_units),
        }


def plain_number(value, *, money=False):
    """A Decimal as JSON: whole numbers as int, money as a string with its cents."""
    if value is None:
        return None
    if money:
        return f"{value:.2f}" if value == value.quantize(Decimal("0.01")) else str(value)
    return int(value) if value == value.to_integral_value() else float(value)


def split_invoices(lines):
    """The lines of each invoice a file holds, in order: a new invoice starts a page.

    A supplier's software prints a batch of invoices into one PDF, each on its own page or
    pages, each with its own title, number and date. A page starts another invoice when
    its invoice number differs from the one of the pages before; a page numbered "2 of 3"
    or a running head with the same number ("Rechnung 2026-10442") goes on with it.
    """
    pages = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line)
    if len(pages) < 2:
        return [lines]
    invoices, current_number = [], None
    for page_lines in pages.values():
        number, _words = find_invoice_number(page_lines)
        if invoices and not _starts_another_invoice(page_lines, number, current_number):
            invoices[-1] += page_lines
            continue
        invoices.append(list(page_lines))
        current_number = number
    return invoices


def _starts_another_invoice(page_lines, number, current_number):
    if number is None or current_number is None:
        return False
    numbered = [page_number_in(line.text) for line in page_lines if line.furniture]
    if any(found and found[0] > 1 for found in numbered):
        return False  # "Page 2 of 3": the same document goes on
    return _plain_number(number) != _plain_number(current_number)


def _plain_number(number):
    # "VDB26-00417" and "VDB26 00417" are one number.
    return re.sub(r"[\W_]", "", number).upper()


def read_fields(lines, *, country, locale, ocr):
    text = "\n".join(line.text for line in lines)
    fields = InvoiceFields(language=detect_language(text))
    fields.pages = tuple(sorted({line.page for line in lines}))
    fields.invoice_number, fields.invoice_number_words = find_invoice_number(lines)
    fields.date = dates.find_invoice_date(lines, locale=locale, text=text, language=fields.language)
    fields.bill_to = parties.find_bill_to(lines, country)
    fields.supplier = parties.find_supplier(lines, country, exclude=fields.bill_to.evidence)
    fields.lines = line_items.read_lines(lines, ocr=ocr)
    fields.totals = line_items.read_totals(lines)
    return fields


def find_invoice_number(lines):
    """The invoice number and the words it is printed in, or (None, []).

    The strongest label wins; among labels of one strength, the first printed.
    """
    texts = [line.text for line in lines]
    for patterns, heads_column in _NUMBER_LABELS:
        for index, text in enumerate(texts):
            for pattern in patterns:
                for label in _labels_in(pattern, text, anywhere=heads_column):
                    if _names_another_invoice(text, label):
                        continue
                    found = _value_after(lines[index], text, label.end(), heads_column)
                    if not found and heads_column and _heads_column(text, label):
                        found = _value_below(lines, index, label.start(), label.end())
                    if found:
                        return found
    return None, []


def _labels_in(pattern, text, *, anywhere):
    if anywhere:
        return pattern.finditer(text)
    # "#" or "No." alone only at the start of a column: inside a line they belong to another
    # label ("Order #", "Kunden-Nr.").
    starts = [0] + [m.end() for m in re.finditer(COLUMN_SEPARATOR, text)]
    return filter(None, (pattern.match(text, start) for start in starts))


def _names_another_invoice(text, label):
    """The label is part of "N° de facture associée": another invoice's number."""
    return any(
        other.start() < label.end() and label.start() < other.end()
        for other in labels.REFERENCED_INVOICE.finditer(text)
    )


def _heads_column(text, label):
    """No number follows the label in its column: it heads a table's column."""
    return not re.search(r"\d", _rest_of_column(text, label.end()))


def _rest_of_column(text, offset):
    return text[offset:].split(COLUMN_SEPARATOR, 1)[0]


def _value_after(line, text, offset, labelled):
    """The number printed right after a label (in its column or the next), never a date."""
    match = (_GROUPED_VALUE_AFTER if labelled else _VALUE_AFTER).match(text, offset)
    if not match:
        return None
    start, end = match.span(1)
    # A date after the number is no group of it: "Invoice No 1042 03/04/2026".
    dates_after = [found[0] for found in dates.parse_dates(text[start:end]) if found[0] > 0]
    if dates_after:
        end = start + len(text[start : start + dates_after[0]].rstrip())
    number = text[start:end].rstrip(".")
    if len(number) < (1 if labelled else 3):
        return None  # after a title or "#" alone, one or two characters are a page or a row
    if any(found[0] == 0 for found in dates.parse_dates(text[start:])):
        return None  # "Invoice 03/04/2026", "Rechnung 3. März 2026": a date, not a number
    if COLUMN_SEPARATOR in text[offset:start] and _rest_of_column(text, end).strip():
        return None  # in the next column the number stands alone: not "22 Harbour Road"
    return number, line.words_within(start, start + len(number))


def _value_below(lines, index, start, end):
    """A header table: the label on one line, the number under it, in its column."""
    line = lines[index]
    words = line.words_within(start, end)
    left, right = words[0].x0 - 2 * line.height, words[-1].x1 + 2 * line.height
    centre = (words[0].x0 + words[-1].x1) / 2
    for below in lines[index + 1 : index + 3]:
        if below.page != line.page:
            return None
        taken = [(s, e) for s, e, *_rest in dates.parse_dates(below.text)]
        under = []
        for value in _VALUE.finditer(below.text):
            if any(s < value.end() and value.start() < e for s, e in taken):
                continue  # a piece of a date
            number = value.group(0).rstrip(".")
            value_words = below.words_within(value.start(), value.start() + len(number))
            x0, x1 = value_words[0].x0, value_words[-1].x1
            if x0 <= right and x1 >= left:
                under.append((abs((x0 + x1) / 2 - centre), number, value_words))
        if under:
            _distance, number, value_words = min(under, key=lambda candidate: candidate[0])
            return number, value_words
    return None
