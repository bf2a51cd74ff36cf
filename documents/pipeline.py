"""The check pipeline of one invoice for one case: claim → read and check → persist.

Called by the Celery task (documents/tasks.py). Safe to run twice: the claim takes a lease
(documents/jobs.py), the result set is unique per input, and a count of lost attempts stops
a file that kills its worker from looping forever.
"""

import hashlib
import json
import logging
from dataclasses import asdict

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cases.models import Case

from . import jobs, limits
from .duplicates import duplicate_check
from .models import CaseDocument, CheckRun, Invoice, JobStatus
from .previews import make_preview

log = logging.getLogger(__name__)
# Invoice fields filled from the engine's `extracted`, unless a person corrected them.
EXTRACTED_FIELDS = {
    "invoice_number": lambda e: e.get("invoice_number") or "",
    "invoice_date": lambda e: e.get("invoice_date"),
    "invoice_date_text": lambda e: e.get("invoice_date_text") or "",
    "bill_to_name": lambda e: (e.get("bill_to") or {}).get("name") or "",
    "bill_to_address": lambda e: (e.get("bill_to") or {}).get("address") or "",
    "bill_to_phone": lambda e: (e.get("bill_to") or {}).get("phone") or "",
    "supplier_name": lambda e: (e.get("supplier") or {}).get("name") or "",
    "supplier_address": lambda e: (e.get("supplier") or {}).get("address") or "",
    "supplier_phone": lambda e: (e.get("supplier") or {}).get("phone") or "",
    "supplier_website": lambda e: (e.get("supplier") or {}).get("website") or "",
    "lines": lambda e: e.get("lines") or [],
    "total_units": lambda e: e.get("total_units"),
}


def claim(pk, owner):
    """Take the job under a lease, or None when it is done, gone, held or failed too often."""
    if not jobs.claim(CaseDocument, pk, status=JobStatus.READING, owner=owner):
        return None
    use = CaseDocument.objects.select_related(
        "document",
        "case__seller_account",
        "case__ungating__category",
        "case__appeal",
        "document__invoice__supplier",
    ).get(pk=pk)
    if jobs.out_of_attempts(use):
        fail(pk, _("This file could not be processed safely. Upload another copy or a scan."))
        return None
    if use.document.workspace_id != use.case.workspace_id:
        # Worker-side scope: never check a document against another workspace's case.
        fail(pk, _("This document does not belong to this workspace."))
        return None
    return use


def fail(pk, message):
    jobs.fail(CaseDocument, pk, message)
    _record_readiness(pk)


def _record_readiness(pk):
    """The case's stored verdict follows its invoices' checks (cases/services/readiness.py)."""
    from cases.services.readiness import record_readiness_of

    record_readiness_of(Case.objects.filter(case_documents__pk=pk))


def release(pk, owner):
    jobs.release(CaseDocument, pk, owner=owner)


def reference_for(use):
    from documents.engine import Reference

    case, account = use.case, use.case.seller_account
    request = getattr(case, "ungating", None)
    appeal = getattr(case, "appeal", None)
    invoice = use.document.invoice
    supplier = invoice.supplier
    values = {
        "business_name": account.legal_name,
        "address": "\n".join(account.address_lines),
        "phone": account.phone,
        "country": account.country,
        "supplier_type": supplier.kind if supplier else None,
        "supplier_name": supplier.name if supplier else "",
        "supplier_country": supplier.country if supplier else "",
        "supplier_authorized": supplier_authorized(supplier, case) if supplier else None,
        "locale": "fr" if account.country in ("FR", "BE", "LU", "MC") else "en",
        # One invoice of an application: its products and units count with the others'.
        "confirmed": list(use.asins or []),
        "whole_application": True,
    }
    if request is not None:
        values.update(
            asins=list(request.asins),
            brands=[request.brand] if request.brand else [],
            window_days=request.invoice_window_days,
            min_units=request.required_units,
        )
    elif appeal is not None:
        # Appeal invoices are dated within the period before the notice (docs/domain.md).
        values.update(
            asins=list(appeal.asins),
            window_days=appeal.evidence_period_days,
            as_of=appeal.notice_date,
            min_units=1,
        )
    return Reference(**values)


def supplier_authorized(supplier, case):
    """A letter of authorization (on the supplier, or a supporting document of the case)
    or the requested brand among the supplier's brands on file."""
    from .models import Purpose

    if (
        supplier.authorization_letter_id
        or case.case_documents.filter(purpose=Purpose.AUTHORIZATION).exists()
    ):
        return True
    brands = {brand.strip().casefold() for brand in supplier.brands.split(",") if brand.strip()}
    request = getattr(case, "ungating", None)
    brand = (getattr(request, "brand", "") or "").strip().casefold()
    return brand in brands if brand else bool(brands)


def input_key(use, reference):
    payload = {
        "document": use.document.sha256,
        "reference": asdict(reference),
        "corrections": {
            name: str(getattr(use.document.invoice, name))
            for name in use.document.invoice.corrections
        },
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def run(pk, owner=None):
    """The whole job for one case document; returns the verdict or None."""
    from documents.engine import check_invoice_file

    owner = owner or jobs.worker_name()
    use = claim(pk, owner)
    if use is None:
        return None
    reference = reference_for(use)

    def progress(stage, percent):
        status = JobStatus.READING if stage == "reading" else JobStatus.CHECKING
        percent = max(5, min(int(percent), 95))
        jobs.advance(CaseDocument, pk, owner=owner, status=status, percent=percent)

    invoice = use.document.invoice
    corrections = {name: getattr(invoice, name) for name in invoice.corrections}
    with use.document.file.open("rb") as handle:
        report = check_invoice_file(
            handle,
            name=use.document.original_name,
            reference=reference,
            progress=progress,
            corrections=corrections,
            limits=limits.reading_limits(),
            max_bytes=limits.max_bytes(),
            # The worker writes the results once; each reader reads them in their language.
            languages=[code for code, _name in settings.LANGUAGES],
        )
    jobs.advance(CaseDocument, pk, owner=owner, status=JobStatus.CHECKING, percent=96)
    verdict = persist(use, reference, report, owner)
    if report.checks["readable"].status != "fail":
        # Only a file the sandboxed reader could open gets drawn here.
        make_preview(use.document)
    return verdict


def persist(use, reference, report, owner):
    from documents.engine.results import in_languages

    invoice = Invoice.objects.get(pk=use.document.invoice.pk)
    first_reading = invoice.read_at is None
    for name, read in EXTRACTED_FIELDS.items():
        if name not in invoice.corrections:
            setattr(invoice, name, read(report.extracted))
    invoice.text = report.text[:200_000]
    invoice.boxes = report.boxes
    invoice.perceptual_hash = report.image_hash or ""
    invoice.read_at = timezone.now()
    results = {code: result.as_dict() for code, result in report.checks.items()}
    languages = [code for code, _name in settings.LANGUAGES]
    results["duplicate"] = in_languages(
        lambda: {"duplicate": duplicate_check(use, invoice)}, languages
    )["duplicate"].as_dict()
    verdict = worst(results)
    key = input_key(use, reference)
    with transaction.atomic():
        invoice.save()
        if report.page_count:
            type(use.document).objects.filter(pk=use.document_id).update(
                page_count=report.page_count
            )
        try:
            with transaction.atomic():
                CheckRun.objects.create(
                    case_document=use, input_key=key, verdict=verdict, results=results
                )
        except IntegrityError:
            log.info("Result set for %s already stored (redelivery)", use.pk)
        # Only while this worker holds the job: a correction meanwhile queued it again.
        jobs.finish(CaseDocument, use.pk, owner=owner, verdict=verdict)
        _record_readiness(use.pk)
    if first_reading and invoice.supplier_id is None:
        # At the end of the first checks: the supplier of the workspace the invoice prints.
        from .services import link_printed_supplier

        link_printed_supplier(use=use)
    return verdict


def worst(results):
    order = {"pass": 0, "warn": 1, "fail": 2}
    statuses = [r["status"] for r in results.values() if r["status"] in order]
    return max(statuses, key=order.__getitem__, default="pass")
