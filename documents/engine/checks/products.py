"""`products` and `quantity`: the requested ASINs or brand, in a plausible quantity.

An application is judged as a whole (docs/domain.md, Invoices): each invoice must show at
least one of the requested products, every requested product must be on some invoice, and
each product's units count over the application's invoices. So `products` passes when the
invoice shows one requested product and fails when it shows none; `quantity` counts each
product's units from that product's lines only (the brand's lines for a brand request) and
keeps them in its `detail` for the case's readiness, which sets them against the minimum.

A quantity is read from a printed table, where a missing cell padding can glue figures
together ("5" and "1.20" read as 51.20, or worse). A reading is plausible when quantity ×
unit price gives the line's amount and stays under `MAX_UNITS`; one that does not is a
warning that shows the values read, never a pass.
"""

from decimal import Decimal

from django.utils.translation import gettext as _
from rapidfuzz import fuzz

from .. import matching
from ..fields import plain_number
from ..results import FAIL, PASS, SKIP, WARN, CheckResult
from .dates import invoice_label, outside_window

BRAND_SCORE = 90
MAX_UNITS = 10_000  # more units on one line of a seller's invoice is a misreading, or a doubt
ALL_PRODUCTS = ""  # the key of the units of a category request (no ASIN, no brand)
# quantity × unit price may differ from the amount by the rounding of the unit price (half
# a cent a unit) and of the amount (1 %, or a cent).
CENT = Decimal("0.01")
HALF_CENT = Decimal("0.005")


def requested_products(reference):
    return [*reference.asins, *reference.brands]


def check_products(invoice):
    reference = invoice.reference
    wanted = requested_products(reference)
    if not wanted:
        return CheckResult("products", SKIP, _("No ASIN or brand was given to look for."))
    found = products_on(invoice)
    missing = [product for product in wanted if product not in found]
    if not found:
        message = _(
            "None of the requested products is on the invoice (looked for: %(wanted)s). Amazon "
            "wants invoices for the products requested: use an invoice that lists them, or "
            "confirm on the products grid which product it covers."
        ) % {"wanted": ", ".join(wanted)}
        return CheckResult("products", FAIL, message, wanted, found)
    shown = ", ".join(product for product in wanted if product in found)
    if missing:
        message = _(
            "On this invoice: %(found)s. Not on it: %(missing)s; another invoice of the "
            "application must show it."
        ) % {"found": shown, "missing": ", ".join(missing)}
        return CheckResult("products", PASS, message, wanted, found)
    message = _("Every requested product appears on the invoice: %(found)s.") % {"found": shown}
    return CheckResult("products", PASS, message, wanted, found)


def products_on(invoice):
    """{requested product: as printed, or "confirmed"} for the products the invoice shows."""
    reference = invoice.reference
    tolerant = invoice.read_by_ocr
    found = {}
    for asin in reference.asins:
        printed = matching.find_asin(asin, invoice.text, tolerant=tolerant)
        if printed:
            found[asin] = printed
    for brand in reference.brands:
        printed = find_brand(brand, invoice.text, tolerant=tolerant)
        if printed:
            found[brand] = printed
    for product in reference.confirmed:
        if product in requested_products(reference):
            found.setdefault(product, _("confirmed by a person"))
    return found


def find_brand(brand, text, *, tolerant):
    wanted = matching.plain(brand)
    if not wanted:
        return None
    for line in text.splitlines():
        candidate = matching.plain(line)
        if f" {wanted} " in f" {candidate} ":
            return brand
        if tolerant and len(wanted) >= 4 and fuzz.partial_ratio(wanted, candidate) >= BRAND_SCORE:
            return line.strip()
    return None


def check_quantity(invoice):
    reference = invoice.reference
    expected = reference.min_units
    several = len(invoice.every_invoice) > 1
    on_products = products_on(invoice)
    by_product, counted, of_requested, doubts, details = {}, None, True, [], []
    for fields in invoice.every_invoice:
        units = Count.of(invoice, fields, on_products)
        doubts += units.doubts
        figures = {"invoice": invoice_label(fields), "units": plain_number(units.total)}
        if several and units.total is None:
            details.append(_("%(invoice)s: no quantities read") % figures)
            continue
        if several and outside_window(fields, reference):
            details.append(
                _("%(invoice)s: %(units)s, not counted as it is outside the date window") % figures
            )
            continue
        if several:
            details.append(_("%(invoice)s: %(units)s") % figures)
        if units.total is not None:
            counted = units.total + (counted or 0)
            of_requested &= units.of_requested
        for product, count in units.by_product.items():
            by_product[product] = by_product.get(product, 0) + count
    detail = {
        "units": {product: plain_number(count) for product, count in by_product.items()},
        "doubts": doubts,
    }
    figures = {
        "count": len(invoice.every_invoice),
        "details": "; ".join(details),
        "minimum": expected,
        "units": plain_number(counted),
        "scope": _("of the requested products") if of_requested else _("on the invoice"),
    }
    where = _(" over the %(count)s invoices of the file (%(details)s)") % figures if several else ""
    figures["where"] = where
    if doubts:
        message = _(
            "Check the quantities read: %(doubts)s. Counted: %(units)s units %(scope)s%(where)s."
        ) % {**figures, "doubts": "; ".join(doubts), "units": plain_number(counted) or 0}
        return CheckResult("quantity", WARN, message, expected, plain_number(counted), detail)
    if counted is None:
        message = (
            _(
                "No quantities could be read%(where)s. Check that the invoice shows the number of "
                "units bought (Amazon looks for %(minimum)s or more)."
            )
            % figures
        )
        return CheckResult("quantity", WARN, message, expected, None, detail)
    if counted >= expected:
        message = _("%(units)s units %(scope)s%(where)s: at least the %(minimum)s required.")
        return CheckResult(
            "quantity", PASS, message % figures, expected, plain_number(counted), detail
        )
    if reference.whole_application:
        message = _(
            "%(units)s units %(scope)s%(where)s. The application needs at least %(minimum)s of "
            "each requested product, counted over all its invoices: the case's readiness adds "
            "them up."
        )
        return CheckResult(
            "quantity", PASS, message % figures, expected, plain_number(counted), detail
        )
    message = _(
        "Only %(units)s units %(scope)s%(where)s; this request needs at least %(minimum)s. Add "
        "an invoice with larger purchases."
    )
    return CheckResult("quantity", FAIL, message % figures, expected, plain_number(counted), detail)


class Count:
    """The units of one invoice: in all, per requested product, and the doubtful lines."""

    def __init__(self):
        self.total = None
        self.by_product = {}
        self.of_requested = False
        self.doubts = []

    @classmethod
    def of(cls, invoice, fields, on_products):
        count = cls()
        wanted = requested_products(invoice.reference)
        every, naming = [], []
        for line in fields.lines:
            if line.quantity is None:
                continue
            units, doubt = plausible_units(line)
            if doubt:
                count.doubts.append(doubt)
            if units is None:
                continue
            every.append(units)
            products = [p for p in wanted if line_names(invoice, line, p)]
            if products:
                naming.append(units)
            for product in products:
                count.by_product[product] = count.by_product.get(product, 0) + units
        if naming:
            count.total, count.of_requested = sum(naming, Decimal(0)), True
            return count
        if every:
            count.total = sum(every, Decimal(0))
        elif not fields.lines:
            count.total = fields.totals.units
        if count.total is None:
            return count
        # No line names a requested product: the invoice's units stand for each product it
        # shows (a category request counts every unit).
        for product in [p for p in wanted if p in on_products] or ([] if wanted else [""]):
            count.by_product[product] = count.total
        return count


def line_names(invoice, line, product):
    """The invoice line is one of `product` (an ASIN on the line, or the brand in its text)."""
    tolerant = invoice.read_by_ocr
    text = " ".join(word.text for word in line.words) or line.description
    if product in invoice.reference.asins:
        return bool(matching.find_asin(product, f"{line.asin or ''} {text}", tolerant=tolerant))
    return bool(find_brand(product, text, tolerant=tolerant))


def plausible_units(line):
    """(units to count or None, a sentence when the reading is doubtful)."""
    quantity, price, amount = line.quantity, line.unit_price, line.amount
    name = (line.description or "").strip()[:60] or _("a line")
    values = {
        "line": name,
        "quantity": plain_number(quantity),
        "price": plain_number(price, money=True),
        "amount": plain_number(amount, money=True),
    }
    if price and amount and price > 0:
        product = quantity * price
        if abs(product - amount) > HALF_CENT * abs(quantity) + max(CENT, amount * CENT):
            implied = amount / price
            if implied == implied.to_integral_value() and 0 < implied <= MAX_UNITS:
                values["implied"] = plain_number(implied)
                return implied, _(
                    "“%(line)s”: quantity read %(quantity)s, but %(amount)s at %(price)s each "
                    "is %(implied)s units (counted as %(implied)s)"
                ) % values
            return None, _(
                "“%(line)s”: quantity %(quantity)s × %(price)s does not give the amount "
                "%(amount)s (not counted)"
            ) % values
    if quantity > MAX_UNITS:
        values["max"] = plain_number(Decimal(MAX_UNITS))
        return None, _(
            "“%(line)s”: %(quantity)s units read, more than %(max)s on one line (not counted)"
        ) % values
    return quantity, None
