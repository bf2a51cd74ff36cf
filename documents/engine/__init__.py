"""The invoice engine: reads one invoice file and runs the checks of issue 9.

The Celery task, the `check_invoice` command and the pages all call `check_invoice_file`
(conventions: one rule, one function, one place to read it). It never raises for a bad
file: an unreadable file is a `readable: fail` with the reason, and every other check skips.
"""

import contextlib
import logging

from .boxes import evidence_boxes
from .checks import InvoiceUnderCheck, run_checks, skipped
from .checks.readable import refused
from .corrections import apply_corrections
from .fields import InvoiceFields, plain_number, read_fields, split_invoices
from .layout import build_lines, mark_page_furniture
from .reference import SUPPLIER_TYPES, Reference
from .results import CHECK_CODES, CheckResult, InvoiceReport, in_languages
from .sandbox import ReadingLimits, read_in_sandbox
from .sniffing import describe_unaccepted, sniff_content_type

__all__ = [
    "CHECK_CODES",
    "SUPPLIER_TYPES",
    "CheckResult",
    "InvoiceReport",
    "ReadingLimits",
    "Reference",
    "check_invoice_file",
]

log = logging.getLogger(__name__)

# The engine runs without Django too; the product passes the limits of documents/limits.py
# (settings), and this default equals the upload limit's default.
MAX_FILE_BYTES = 20 * 1024 * 1024
_CHUNK = 1024 * 1024


def check_invoice_file(
    fileobj_or_bytes,
    *,
    name,
    reference,
    progress=None,
    limits=None,
    max_bytes=MAX_FILE_BYTES,
    corrections=None,
    languages=(),
):
    """Check one invoice file (bytes or a binary file object) against `reference`.

    `progress(stage, percent)` is called with the stages "reading", "checking" and "done".
    `corrections` ({field: value}, the Invoice model's names) replace what was read.
    `languages` (codes): the results carry their words in these languages too.
    """
    report_progress = progress or (lambda stage, percent: None)
    report_progress("reading", 0)
    data, too_large = _read_bounded(fileobj_or_bytes, max_bytes)
    content_type = sniff_content_type(data[:1024])
    if too_large:
        facts = _refusal("too_large", limit_mb=max_bytes // (1024 * 1024))
    elif content_type is None:
        facts = _refusal(describe_unaccepted(data[:1024]))
    else:
        facts = read_in_sandbox(data, content_type, limits)
    del data
    report_progress("checking", 80)
    try:
        report = _report(
            facts,
            name=name,
            content_type=content_type,
            reference=reference,
            corrections=corrections,
            languages=languages,
        )
    except Exception:
        # A fault of ours on an odd layout must not become a traceback for the seller.
        log.exception("Invoice checks failed on %s", name)
        failed = _refusal("crashed", exit_code=None)
        report = _report(
            failed,
            name=name,
            content_type=content_type,
            reference=reference,
            languages=languages,
        )
    report_progress("done", 100)
    return report


def _read_bounded(source, max_bytes):
    """Read at most `max_bytes` + 1 bytes, in chunks; the second value says "too large"."""
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source[: max_bytes + 1])
        return data, len(data) > max_bytes
    if hasattr(source, "seek"):
        with contextlib.suppress(OSError, ValueError):
            source.seek(0)  # a storage file may have been read already (its hash, its type)
    chunks, size = [], 0
    while size <= max_bytes:
        chunk = source.read(min(_CHUNK, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks), size > max_bytes


def _refusal(reason, **params):
    return {"ok": False, "reason": reason, "params": params}


def _report(facts, *, name, content_type, reference, corrections=None, languages=()):
    if not facts["ok"]:
        checks = in_languages(
            lambda: {
                "readable": refused(facts["reason"], facts.get("params") or {}),
                **skipped(exclude=("readable",)),
            },
            languages,
        )
        return InvoiceReport(
            file=name,
            checks=checks,
            extracted=_empty_extracted(),
            content_type=content_type,
        )
    lines = []
    for page in facts["pages"]:
        lines += build_lines(page["number"], page["words"])
    mark_page_furniture(lines, {page["number"]: page["height"] for page in facts["pages"]})
    text = "\n".join(line.text for line in lines)
    ocr = any(page["source"] == "ocr" for page in facts["pages"])
    # A PDF may hold several invoices: the file shows the first one's fields, and the date,
    # quantity and arithmetic checks judge each one (issue 14).
    invoices = [
        read_fields(pages, country=reference.country, locale=reference.locale, ocr=ocr)
        for pages in split_invoices(lines)
    ]
    fields = invoices[0]
    if corrections:
        apply_corrections(fields, corrections)
    invoice = InvoiceUnderCheck(
        facts=facts, lines=lines, text=text, fields=fields, reference=reference, invoices=invoices
    )
    checks = in_languages(lambda: run_checks(invoice), languages)
    return InvoiceReport(
        file=name,
        checks=checks,
        extracted=fields.as_extracted(),
        invoices=[_summary(each) for each in invoices],
        boxes=evidence_boxes(invoice) if checks["readable"].status != "fail" else [],
        pages=[
            {
                "page": page["number"],
                "width": round(page["width"], 2),
                "height": round(page["height"], 2),
                "unit": page["unit"],
                "source": page["source"],
                "rotation": page.get("rotation", 0),
            }
            for page in facts["pages"]
        ],
        page_count=facts["page_count"],
        text=text,
        content_type=content_type,
        image_hash=facts.get("image_hash"),
    )


def _summary(fields):
    """One invoice of the file for `InvoiceReport.invoices`: its pages, and what it says."""
    extracted = fields.as_extracted()
    return {
        "pages": list(fields.pages),
        "invoice_number": extracted["invoice_number"],
        "invoice_date": extracted["invoice_date"],
        "invoice_date_text": extracted["invoice_date_text"],
        "total_units": plain_number(fields.total_units),
    }


def _empty_extracted():
    return InvoiceFields().as_extracted()
