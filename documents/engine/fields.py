"""Everything read from an invoice's text: number, date, parties, lines and totals."""

import re
from dataclasses import dataclass, field
from decimal import Decimal

from . import dates, line_items, parties
from .language import detect_language

_INVOICE_NUMBER = re.compile(
    r"(?:invoice|inv|facture|bill)\s*(?:no\.?|number|num(?:[ée]ro)?|n[°ºo]\.?|#|id)\s*[:#.]?\s*"
    r"|(?:n[°ºo]\.?|num[ée]ro|number|no\.?)\s*(?:de\s+)?(?:la\s+)?(?:facture|invoice)\s*[:#.]?\s*"
    r"|(?:invoice|facture)\s*:\s*",
    re.I,
)
_NUMBER_VALUE = re.compile(r"#?\s*([A-Z0-9][A-Z0-9\-/_.]*\d[A-Z0-9\-/_]*)", re.I)


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


def read_fields(lines, *, country, locale, ocr):
    text = "\n".join(line.text for line in lines)
    fields = InvoiceFields(language=detect_language(text))
    fields.invoice_number, fields.invoice_number_words = find_invoice_number(lines)
    fields.date = dates.find_invoice_date(lines, locale=locale, text=text)
    fields.bill_to = parties.find_bill_to(lines, country)
    fields.supplier = parties.find_supplier(lines, country, exclude=fields.bill_to.evidence)
    fields.lines = line_items.read_lines(lines, ocr=ocr)
    fields.totals = line_items.read_totals(lines)
    return fields


def find_invoice_number(lines):
    for index, line in enumerate(lines):
        for label in _INVOICE_NUMBER.finditer(line.text):
            value = _NUMBER_VALUE.match(line.text[label.end() :])
            if value and not dates.parse_dates(value.group(0)):
                number = value.group(1).rstrip(".")
                return number, [w for w in line.words if number in w.text]
            below = _value_below(lines, index, label.start())
            if below:
                return below
    return None, []


def _value_below(lines, index, offset):
    """A header table: the label on one line, the number under it on the next."""
    line = lines[index]
    if line.text[offset:].strip(" :#.").count(" ") > 3:
        return None
    label_x = line.word_at(offset).x0
    for below in lines[index + 1 : index + 2]:
        if below.page != line.page:
            return None
        for segment in below.segments:
            if abs(segment.x0 - label_x) < 3 * line.height:
                value = _NUMBER_VALUE.match(segment.text)
                if value and not dates.parse_dates(segment.text):
                    return value.group(1), list(segment.words)
    return None
