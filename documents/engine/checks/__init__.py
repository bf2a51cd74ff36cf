"""The invoice checks: one small function per check code, each returning a CheckResult."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from ..dates import settle_by_country
from ..results import CHECK_CODES, SKIP, CheckResult
from . import business, document, products, quality, readable, supplier, tamper
from .dates import check_invoice_date


@dataclass
class InvoiceUnderCheck:
    """What the checks look at: the reading's facts, its lines and fields, the reference."""

    facts: dict
    lines: list
    text: str
    fields: object  # fields.InvoiceFields
    reference: object  # reference.Reference
    # Every invoice the file holds, `fields` first: a PDF may hold several (issue 14).
    invoices: list = field(default_factory=list)

    @property
    def every_invoice(self):
        return self.invoices or [self.fields]

    @property
    def read_by_ocr(self):
        return any(page["source"] == "ocr" for page in self.facts.get("pages", []))


CHECKS = {
    "readable": readable.check_readable,
    "image_quality": quality.check_image_quality,
    "invoice_date": check_invoice_date,
    "business_name": business.check_business_name,
    "business_address": business.check_business_address,
    "business_phone": business.check_business_phone,
    "supplier_details": supplier.check_supplier_details,
    "supplier_type": supplier.check_supplier_type,
    "products": products.check_products,
    "quantity": products.check_quantity,
    "document_kind": document.check_document_kind,
    "arithmetic": document.check_arithmetic,
    "tamper_signals": tamper.check_tamper_signals,
    "self_issued": supplier.check_self_issued,
    "marketplace": supplier.check_marketplace,
    "supplier_record": supplier.check_supplier_record,
}
assert tuple(CHECKS) == CHECK_CODES


def run_checks(invoice):
    settle_dates_by_supplier_country(invoice)
    results = {code: check(invoice) for code, check in CHECKS.items()}
    if results["readable"].status == "fail":
        # Nothing else can be judged on a page without text.
        return {"readable": results["readable"], **skipped(exclude=("readable",))}
    return results


def skipped(*, exclude=()):
    message = _("Not checked: the file could not be read.")
    return {code: CheckResult(code, SKIP, message) for code in CHECK_CODES if code not in exclude}


def settle_dates_by_supplier_country(invoice):
    """An ambiguous date (03/04/2026) is read as the supplier's country writes dates: the
    country its printed details show, else the linked record's (a US supplier writes the
    month first, most of Europe the day first)."""
    for fields in invoice.every_invoice:
        if fields.date is not None and fields.date.ambiguous:
            country = supplier.printed_country(fields.supplier)
            settle_by_country(fields.date, country or invoice.reference.supplier_country)
