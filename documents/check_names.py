"""What each check is called on the pages, in the reader's language."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

CHECK_NAMES = {
    "readable": _("Readable"),
    "image_quality": _("Scan quality"),
    "invoice_date": _("Invoice date"),
    "business_name": _("Your business name"),
    "business_address": _("Your business address"),
    "business_phone": _("Your business phone"),
    "supplier_details": _("Supplier details"),
    "supplier_type": _("Kind of supplier"),
    "products": _("Products requested"),
    "quantity": _("Quantity"),
    "document_kind": _("A real invoice"),
    "arithmetic": _("Figures add up"),
    "tamper_signals": _("Signs of editing"),
    "self_issued": _("Issued by yourself"),
    "marketplace": _("Marketplace or store receipt"),
    "supplier_record": _("Supplier on record"),
    "duplicate": _("Used elsewhere"),
}
STATUS_NAMES = {
    "pass": _("passed"),
    "warn": _("warning"),
    "fail": _("failed"),
    "skip": _("skipped"),
}


def check_name(code):
    return CHECK_NAMES.get(code, code.replace("_", " ").capitalize())


def in_reader_language(result):
    """A stored check result with its words (message, expected, found) in the reader's
    language: the worker wrote them in its own and kept the others under `translations`
    (documents/engine/results.py, `in_languages`)."""
    language = (get_language() or "en").split("-")[0]
    words = (result.get("translations") or {}).get(language)
    return {**result, **words} if words else result
