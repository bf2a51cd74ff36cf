"""`products` and `quantity`: the requested ASINs or brands, in a meaningful quantity."""

from decimal import Decimal

from django.utils.translation import gettext as _
from rapidfuzz import fuzz

from .. import matching
from ..fields import plain_number
from ..results import FAIL, PASS, SKIP, WARN, CheckResult
from .dates import invoice_label, outside_window

BRAND_SCORE = 90


def check_products(invoice):
    reference = invoice.reference
    if not reference.asins and not reference.brands:
        return CheckResult("products", SKIP, _("No ASIN or brand was given to look for."))
    found, missing = {}, []
    for asin in reference.asins:
        printed = matching.find_asin(asin, invoice.text, tolerant=invoice.read_by_ocr)
        if printed:
            found[asin] = printed
        else:
            missing.append(asin)
    for brand in reference.brands:
        printed = find_brand(brand, invoice.text, tolerant=invoice.read_by_ocr)
        if printed:
            found[brand] = printed
        else:
            missing.append(brand)
    expected = [*reference.asins, *reference.brands]
    if missing:
        message = _(
            "Not found on the invoice: %(missing)s. Amazon wants invoices for the exact "
            "products requested; use an invoice that lists them."
        ) % {"missing": ", ".join(missing)}
        return CheckResult("products", FAIL, message, expected, found)
    message = _("Every requested product appears on the invoice: %(found)s.") % {
        "found": ", ".join(expected)
    }
    return CheckResult("products", PASS, message, expected, found)


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
    if len(invoice.every_invoice) > 1:
        return _quantity_of_several(invoice)
    units, of_requested = _units(invoice, invoice.fields)
    scope = _("of the requested ASINs") if of_requested else _("on the invoice")
    if units is None:
        message = _(
            "No quantities could be read from the invoice. Check that it shows the number of "
            "units bought (Amazon looks for %(minimum)s or more)."
        ) % {"minimum": expected}
        return CheckResult("quantity", WARN, message, expected, None)
    figures = {"units": plain_number(units), "minimum": expected, "scope": scope}
    if units >= expected:
        message = _("%(units)s units %(scope)s: at least the %(minimum)s required.") % figures
        return CheckResult("quantity", PASS, message, expected, plain_number(units))
    message = (
        _(
            "Only %(units)s units %(scope)s; this request needs at least %(minimum)s. Add an "
            "invoice with larger purchases."
        )
        % figures
    )
    return CheckResult("quantity", FAIL, message, expected, plain_number(units))


def _quantity_of_several(invoice):
    """Each invoice's units summed on its own, then added up over the invoices in the date
    window: units of an invoice too old to submit do not count (domain.md, "in total")."""
    expected = invoice.reference.min_units
    total, of_requested, details = None, True, []
    for fields in invoice.every_invoice:
        units, requested = _units(invoice, fields)
        figures = {"invoice": invoice_label(fields), "units": plain_number(units)}
        if units is None:
            details.append(_("%(invoice)s: no quantities read") % figures)
        elif outside_window(fields, invoice.reference):
            details.append(
                _("%(invoice)s: %(units)s, not counted as it is outside the date window") % figures
            )
        else:
            details.append(_("%(invoice)s: %(units)s") % figures)
            total = units + (total or 0)
            of_requested &= requested
    figures = {
        "count": len(invoice.every_invoice),
        "details": "; ".join(details),
        "minimum": expected,
        "units": plain_number(total),
        "scope": _("of the requested ASINs") if of_requested else _("on the invoices"),
    }
    if total is None:
        message = (
            _(
                "No quantities could be counted on the %(count)s invoices of the file "
                "(%(details)s). Check that they show the number of units bought (Amazon looks "
                "for %(minimum)s or more)."
            )
            % figures
        )
        return CheckResult("quantity", WARN, message, expected, None)
    if total >= expected:
        message = (
            _(
                "%(units)s units %(scope)s over the %(count)s invoices of the file (%(details)s): "
                "at least the %(minimum)s required."
            )
            % figures
        )
        return CheckResult("quantity", PASS, message, expected, plain_number(total))
    message = (
        _(
            "Only %(units)s units %(scope)s over the %(count)s invoices of the file (%(details)s); "
            "this request needs at least %(minimum)s. Add an invoice with larger purchases."
        )
        % figures
    )
    return CheckResult("quantity", FAIL, message, expected, plain_number(total))


def _units(invoice, fields):
    """Units of the requested ASINs when the lines carry ASINs, else all units; and which."""
    requested = [
        line
        for line in fields.lines
        if line.quantity is not None
        and any(
            matching.find_asin(asin, line.asin or "", tolerant=invoice.read_by_ocr)
            for asin in invoice.reference.asins
        )
    ]
    if requested:
        return sum((line.quantity for line in requested), Decimal(0)), True
    return fields.total_units, False
