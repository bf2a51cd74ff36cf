"""`readable`: the file opens and has text.

`refusal_message` is the one set of sentences for a file that is refused, whichever step
refuses it: the upload (documents/intake.py) and the reader say the same thing.
"""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..results import FAIL, PASS, WARN, CheckResult
from .dates import invoice_label

# Fewer words than this is not an invoice anyone can read.
_MIN_WORDS = 12


def refusal_message(reason, params):
    """The sentence for a file that could not be read: what is wrong, and what to do."""
    messages = {
        "empty": _("The file is empty (0 bytes). Upload the invoice file again."),
        "html": _(
            "This file is a web page, not a PDF or an image, whatever its name says. "
            "Download the invoice itself as a PDF and upload that."
        ),
        "heic": _(
            "This is an HEIC photo (the iPhone's format), which cannot be checked yet. "
            "Export it as JPEG (Photos › Share › Options › Most Compatible) or scan to PDF."
        ),
        "zip": _(
            "This file is a Word, Excel or other office document, not a PDF or an image. "
            "Ask the supplier for the invoice as a PDF: Amazon refuses editable formats."
        ),
        "unknown": _(
            "This file is not a PDF, JPEG, PNG, GIF, TIFF or WebP file. "
            "Upload the invoice as a PDF or an image."
        ),
        "too_large": _(
            "The file is larger than %(limit_mb)s MB. Upload the invoice on its own, "
            "or scan it at 300 dpi rather than a higher resolution."
        ),
        "pdf_encrypted": _(
            "The PDF is password-protected, so it cannot be read, by us or by Amazon. "
            "Ask the supplier for a copy without a password."
        ),
        "pdf_malformed": _(
            "The PDF is damaged and cannot be read. Download it again from the supplier, "
            "or ask them for a new copy."
        ),
        "pdf_no_pages": _("The PDF has no pages. Download the invoice again from the supplier."),
        "pdf_truncated": _(
            "This PDF is incomplete (it was cut off). Download it again from the source."
        ),
        "pdf_compression_bomb": _(
            "The PDF contains compressed data larger than allowed (over %(limit_mb)s MB in one "
            "part), so it was not read. Ask the supplier for a normal copy of the invoice."
        ),
        "too_many_pages": _(
            "The file has %(pages)s pages; at most %(limit)s are read. "
            "Upload the invoice on its own."
        ),
        "too_many_pixels": _(
            "The image is %(megapixels)s megapixels; the maximum is %(limit_megapixels)s. "
            "Rescan the page at 300 dpi."
        ),
        "image_unreadable": _(
            "The image cannot be read: it is damaged, or not really a JPEG, PNG, GIF, TIFF or "
            "WebP file. Export it again and upload the new file."
        ),
        "image_truncated": _(
            "The image is incomplete (the file was cut off). Upload the full file."
        ),
        "ocr_timeout": _(
            "Text recognition took longer than %(seconds)s seconds on one page. "
            "Upload a cleaner scan at 300 dpi."
        ),
        "ocr_failed": _("Text recognition failed on this file. Upload a new scan at 300 dpi."),
        "ocr_unavailable": _(
            "This scan could not be read because text recognition (tesseract) is not installed "
            "on the server. The file is fine: ask your administrator, then retry the checks."
        ),
        "timeout": _(
            "The file took longer than %(seconds)s s to read, so reading was stopped. Upload the "
            "supplier's original PDF or a plain 300 dpi scan."
        ),
        "cpu_limit": _(
            "The file needed too much computing time to read, so reading was stopped. Upload the "
            "supplier's original PDF or a plain 300 dpi scan."
        ),
        "memory_limit": _(
            "Reading the file needed more memory than allowed (it may hide a compression bomb). "
            "Upload the supplier's original PDF or a plain 300 dpi scan."
        ),
    }
    messages["office"] = messages["zip"]
    template = messages.get(
        reason,
        _(
            "The file could not be read (the reader stopped unexpectedly). Upload the "
            "supplier's original PDF or a new scan."
        ),
    )
    try:
        return template % params if "%(" in template else template
    except (KeyError, TypeError, ValueError):
        return template.split(" (")[0].split(":")[0].rstrip(".") + "."


def refused(reason, params):
    return CheckResult("readable", FAIL, refusal_message(reason, params), found=reason)


def check_readable(invoice):
    result = _readable(invoice)
    invoices = invoice.every_invoice
    if len(invoices) > 1 and result.status != FAIL:
        # Amazon counts each invoice of the file: say how many were found (issue 14).
        result.message += " " + _(
            "The file holds %(count)s invoices (%(invoices)s); each one's date, quantities "
            "and figures are checked on its own, and the fields shown are the first one's."
        ) % {"count": len(invoices), "invoices": ", ".join(invoice_label(f) for f in invoices)}
    return result


def _readable(invoice):
    facts = invoice.facts
    words = sum(len(page["words"]) for page in facts["pages"])
    ocr_pages = [page for page in facts["pages"] if page["source"] == "ocr"]
    slow_pages = [str(page["number"]) for page in facts["pages"] if page["source"] == "too_complex"]
    if words < _MIN_WORDS:
        return CheckResult(
            "readable",
            FAIL,
            _(
                "Almost no text could be read from the file (%(words)s words). Upload the "
                "supplier's PDF, or a sharp scan at 300 dpi."
            )
            % {"words": words},
            found=words,
        )
    if slow_pages:
        return CheckResult(
            "readable",
            WARN,
            ngettext(
                "Page %(pages)s was too complex to read in time and was skipped; the other "
                "pages were checked.",
                "Pages %(pages)s were too complex to read in time and were skipped; the other "
                "pages were checked.",
                len(slow_pages),
            )
            % {"pages": ", ".join(slow_pages)},
            found=slow_pages,
        )
    if not ocr_pages:
        message = _("The PDF has a text layer; its text was read directly.")
    elif facts["kind"] == "pdf":
        message = _("No text layer on %(count)s page(s); read by OCR.") % {"count": len(ocr_pages)}
    else:
        message = _("The scan was read by OCR.")
    return CheckResult("readable", PASS, message, found=words)
