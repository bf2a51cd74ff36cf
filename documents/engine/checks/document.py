"""`document_kind` and `arithmetic`: a real, completed purchase whose figures add up.

Quotes, pro-formas and order confirmations are refused; an invoice whose amounts do not add
up looks altered, a rejection and suspension risk (domain.md, common practice).
"""

import re
from decimal import Decimal

from django.utils.text import capfirst
from django.utils.translation import gettext as _

from ..results import FAIL, PASS, SKIP, WARN, CheckResult
from .dates import invoice_label

NOT_AN_INVOICE = re.compile(
    r"pro[\s\-]?forma|quotation|\bquote\b|\bestimate\b|order\s+confirmation|"
    r"purchase\s+order|sales\s+order|shopping\s+cart|\bdevis\b|confirmation\s+de\s+commande|"
    r"bon\s+de\s+commande|\bpanier\b|\boffre\s+de\s+prix\b",
    re.I,
)
INVOICE = re.compile(r"\binvoice\b|\bfacture\b|\bbill\b", re.I)
# A title is a short line: "QUOTE", "Facture pro forma n° 12".
_TITLE_WORDS = 6
# Line amounts are rounded to the cent; allow a cent either way.
TOLERANCE = Decimal("0.02")


def check_document_kind(invoice):
    expected = _("an invoice for a completed purchase")
    title = _title(invoice.lines)
    wording = NOT_AN_INVOICE.search(title or "") or (
        None if INVOICE.search(invoice.text) else NOT_AN_INVOICE.search(invoice.text)
    )
    if wording:
        message = _(
            "This document is a %(kind)s, not an invoice for a completed purchase. Amazon "
            "refuses quotes, pro-formas and order confirmations: upload the final invoice."
        ) % {"kind": wording.group(0).lower()}
        return CheckResult("document_kind", FAIL, message, expected, wording.group(0))
    if title or INVOICE.search(invoice.text):
        message = _("The document is an invoice.")
        return CheckResult("document_kind", PASS, message, expected, title)
    message = _(
        "The document does not call itself an invoice. Check that it is the supplier's final "
        "invoice, not a receipt, a delivery note or a screenshot."
    )
    return CheckResult("document_kind", WARN, message, expected, None)


def _title(lines):
    """The first short line of page 1 that names the kind of document."""
    for line in lines[:25]:
        if line.page != 1:
            break
        for segment in line.segments:
            text = segment.text
            if len(text.split()) <= _TITLE_WORDS and (
                NOT_AN_INVOICE.search(text)
                or re.match(r"\s*(tax\s+)?(invoice|facture)\b", text, re.I)
            ):
                return text
    return None


def check_arithmetic(invoice):
    invoices = invoice.every_invoice
    problems, compared = [], False
    for fields in invoices:
        its_problems, checked = _arithmetic_problems(fields, scanned=invoice.read_by_ocr)
        compared |= checked
        if len(invoices) > 1:
            # A file of several invoices: say which one does not add up.
            its_problems = [
                _("%(invoice)s: %(problem)s")
                % {"invoice": capfirst(invoice_label(fields)), "problem": problem}
                for problem in its_problems
            ]
        problems += its_problems
    if problems:
        message = _(
            "The figures do not add up: %(problems)s. An invoice whose amounts do not add up "
            "looks altered to Amazon; ask the supplier to check it."
        ) % {"problems": "; ".join(problems)}
        return CheckResult("arithmetic", WARN, message, None, problems)
    if not compared:
        return CheckResult(
            "arithmetic", SKIP, _("Not enough prices were read to check the arithmetic.")
        )
    return CheckResult("arithmetic", PASS, _("Line amounts and totals add up."))


def _decimal_mark_lost(product, amount):
    """On a scan, a price whose decimal comma or point was not read comes out 10, 100 or
    1,000 times too large; with it put back, the line adds up."""
    return any(abs(product / 10**places - amount) <= TOLERANCE for places in (1, 2, 3))


def _arithmetic_problems(fields, scanned=False):
    """What does not add up on one invoice, and whether anything could be compared."""
    problems = []
    priced = [
        line for line in fields.lines if None not in (line.quantity, line.unit_price, line.amount)
    ]
    for line in priced:
        product = line.quantity * line.unit_price
        if scanned and _decimal_mark_lost(product, line.amount):
            continue  # OCR read "2,35" as 235: the line adds up as printed
        if abs(product - line.amount) > TOLERANCE:
            problems.append(
                _("%(description)s: %(quantity)s x %(price)s is not %(amount)s")
                % {
                    "description": line.description or line.asin or _("a line"),
                    "quantity": line.quantity.normalize(),
                    "price": line.unit_price,
                    "amount": line.amount,
                }
            )
    totals = fields.totals
    amounts = [line.amount for line in fields.lines if line.amount is not None]
    lines_sum = sum(amounts, Decimal(0)) if amounts else None
    extras = [totals.tax, totals.shipping, totals.discount]
    compared = bool(priced)
    if lines_sum is not None and totals.subtotal is not None:
        compared = True
        if abs(lines_sum - totals.subtotal) > TOLERANCE:
            problems.append(
                _("the lines add up to %(sum)s, not the subtotal %(subtotal)s")
                % {"sum": lines_sum, "subtotal": totals.subtotal}
            )
    elif lines_sum is not None and totals.total is not None and not any(extras):
        compared = True
        if abs(lines_sum - totals.total) > TOLERANCE:
            problems.append(
                _("the lines add up to %(sum)s, not the total %(total)s")
                % {"sum": lines_sum, "total": totals.total}
            )
    if totals.subtotal is not None and totals.total is not None and any(extras):
        compared = True
        computed = totals.subtotal + (totals.tax or 0) + (totals.shipping or 0)
        computed -= abs(totals.discount or 0)
        if abs(computed - totals.total) > TOLERANCE:
            problems.append(
                _("subtotal, tax and shipping make %(computed)s, not the total %(total)s")
                % {"computed": computed, "total": totals.total}
            )
    return problems, compared
