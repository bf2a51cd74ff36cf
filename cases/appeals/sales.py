"""Units sold per ASIN, and how the units invoiced cover them.

Amazon's staff ask for invoices whose quantities cover the units sold over the period
(docs/domain.md, Reinstatement). The units sold come from Seller Central's Business Report
("Detail Page Sales and Traffic by Child Item"), downloaded as CSV for the period and read
here, or are typed on the evidence step. Plain functions over bytes and dicts: no database.
"""

import csv
import io
import re
import unicodedata
from dataclasses import dataclass

from django.utils.translation import gettext as _

from ..asins import parse_asins

MAX_REPORT_BYTES = 10 * 1024 * 1024  # a year of a large catalogue stays well under this
ENCODINGS = ("utf-8-sig", "utf-16", "cp1252")
DELIMITERS = ",;\t"

# Headers after folding (lower case, no accents, no brackets or dashes, single spaces),
# in the languages of Amazon's marketplaces. The child ASIN is the product sold; a report
# by parent ASIN is read when no child column is there.
CHILD_ASIN = {
    "child asin",
    "asin child",
    "enfant asin",
    "asin enfant",
    "untergeordnete asin",
    "asin untergeordnet",
    "asin secundario",
    "asin hijo",
    "asin figlio",
    "asin secondario",
}
PARENT_ASIN = {"parent asin", "asin parent", "ubergeordnete asin", "asin principal", "asin padre"}
PLAIN_ASIN = {"asin", "isbn"}
UNITS = {
    "units ordered",
    "units sold",
    "unites commandees",
    "unites vendues",
    "bestellte einheiten",
    "unidades pedidas",
    "unita ordinate",
    "bestelde eenheden",
}
# Whole numbers as spreadsheets print them: "1,234", "1 234", "1.234", "1234.0".
GROUPED = re.compile(r"\d{1,3}(?:[,.' ]\d{3})+")
PLAIN = re.compile(r"\d+(?:[.,]0+)?")
SPACES = re.compile(r"[\s\u00a0\u202f]+")


class SalesReportError(ValueError):
    """The file cannot be read as a Business Report; the message says why, for the user."""


def fold(header):
    text = unicodedata.normalize("NFKD", header or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[()\[\]\-–—_:/]+", " ", text)
    return " ".join(text.split())


def parse_units(text):
    """A count of units as a spreadsheet prints it, or None when it is not one."""
    value = SPACES.sub(" ", (text or "").strip())
    if not value:
        return 0
    if GROUPED.fullmatch(value):
        return int(re.sub(r"\D", "", value))
    value = value.replace(" ", "")
    if PLAIN.fullmatch(value):
        return int(re.split(r"[.,]", value)[0])
    return None


def _decode(data):
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue  # without its byte-order mark, UTF-16 "decodes" any even-length bytes
        return text
    raise SalesReportError(_("The file is not text: export the Business Report as CSV."))


def _rows(text):
    lines = text.splitlines()
    sample = "\n".join(lines[:5])
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=DELIMITERS)
    except csv.Error:
        dialect = csv.excel
    return list(csv.reader(io.StringIO(text), dialect))


def _column(headers, names):
    return next((i for i, header in enumerate(headers) if fold(header) in names), None)


@dataclass
class SalesReport:
    units: dict  # ASIN → units ordered over the report's period
    rows: int  # product rows read


def read_business_report(data):
    """{ASIN: units ordered} from a Business Report CSV, in English or French (and the
    other marketplaces' languages); SalesReportError with a sentence when it is not one."""
    if not data:
        raise SalesReportError(_("The file is empty."))
    if len(data) > MAX_REPORT_BYTES:
        raise SalesReportError(
            _("The file is larger than %(mb)s MB: a Business Report of one period is smaller.")
            % {"mb": MAX_REPORT_BYTES // (1024 * 1024)}
        )
    if data.startswith((b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise SalesReportError(
            _("This is a PDF or a spreadsheet file: download the Business Report as CSV.")
        )
    rows = [row for row in _rows(_decode(data)) if any(cell.strip() for cell in row)]
    if not rows:
        raise SalesReportError(_("The file is empty."))
    headers = rows[0]
    asin_at = next(
        (
            at
            for at in (
                _column(headers, CHILD_ASIN),
                _column(headers, PLAIN_ASIN),
                _column(headers, PARENT_ASIN),
            )
            if at is not None
        ),
        None,
    )
    units_at = _column(headers, UNITS)
    if asin_at is None or units_at is None:
        missing = [
            name
            for name, at in (("(Child) ASIN", asin_at), (_("Units Ordered"), units_at))
            if at is None
        ]
        raise SalesReportError(
            _(
                "This is not a Business Report by ASIN: no column %(missing)s. In Seller "
                "Central, open Reports › Business Reports › “Detail Page Sales and Traffic by "
                "Child Item”, choose the period, and download it as CSV."
            )
            % {"missing": " / ".join(f"“{name}”" for name in missing)}
        )
    units, count = {}, 0
    for number, row in enumerate(rows[1:], start=2):
        if len(row) <= max(asin_at, units_at):
            continue
        asins, _invalid = parse_asins(row[asin_at])
        if len(asins) != 1:
            continue  # a totals line, or a blank ASIN
        value = parse_units(row[units_at])
        if value is None:
            raise SalesReportError(
                _("Line %(line)s: “%(value)s” is not a number of units (%(asin)s).")
                % {"line": number, "value": row[units_at].strip(), "asin": asins[0]}
            )
        units[asins[0]] = units.get(asins[0], 0) + value
        count += 1
    if not count:
        raise SalesReportError(_("The file has the right columns but no line with an ASIN."))
    return SalesReport(units=units, rows=count)


@dataclass(frozen=True)
class SalesCoverage:
    asin: str
    sold: int | None  # None: not entered
    invoiced: float  # units on the invoices covering the ASIN within the period
    uncounted: tuple = ()  # names of invoices covering it whose units could not be counted

    @property
    def short(self):
        return self.sold is not None and self.invoiced < self.sold

    @property
    def missing(self):
        return self.sold is None


def coverage(asins, sold, invoiced):
    """[SalesCoverage] per ASIN; `invoiced` maps an ASIN to (units, [uncounted names])."""
    rows = []
    for asin in asins:
        units, uncounted = invoiced.get(asin, (0, []))
        value = sold.get(asin)
        rows.append(
            SalesCoverage(
                asin,
                None if value is None else int(value),
                units or 0,
                tuple(uncounted),
            )
        )
    return rows


def plain(number):
    """12.0 → "12"; keeps a fraction when there is one."""
    if number is None:
        return "–"
    return str(int(number)) if float(number).is_integer() else str(number)
