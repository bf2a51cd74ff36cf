"""What the cases app may read of documents: facts for readiness, lists for pages."""

from cases.readiness import InvoiceFact

from .models import CaseDocument, Purpose

# Checks whose warning is a sign of forgery for Amazon: they block readiness until a
# reviewer accepts them (docs/domain.md, Invoices).
FORGERY_CHECKS = ("tamper_signals", "arithmetic")


def invoice_uses(case):
    return (
        CaseDocument.objects.filter(case=case, purpose=Purpose.INVOICE)
        .select_related("document__invoice__supplier")
        .order_by("created", "pk")
    )


def signals_of(use):
    """[(code, message)] of the latest results' forgery-level signals not yet accepted."""
    runs = list(use.check_runs.all())
    if use.status != "done" or not runs:
        return []
    results = runs[0].results
    return [
        (code, results[code].get("message", ""))
        for code in FORGERY_CHECKS
        if code in results
        and results[code].get("status") in ("warn", "fail")
        and code not in (use.overrides or {})
    ]


def invoice_facts(case):
    facts = []
    for use in invoice_uses(case).prefetch_related("check_runs"):
        invoice = getattr(use.document, "invoice", None)
        supplier = invoice.supplier if invoice else None
        facts.append(
            InvoiceFact(
                name=use.document.original_name,
                invoice_date=invoice.invoice_date if invoice else None,
                verdict=use.verdict if use.status == "done" else "",
                status=use.status,
                supplier_name=supplier.name
                if supplier
                else (invoice.supplier_name if invoice else ""),
                supplier_kind=supplier.kind if supplier else None,
                supplier_confirmed_on=supplier.confirmation_agreed_on if supplier else None,
                signals=signals_of(use),
            )
        )
    return facts


def supporting_purposes(case):
    return set(
        CaseDocument.objects.filter(case=case)
        .exclude(purpose=Purpose.INVOICE)
        .values_list("purpose", flat=True)
    )


def supporting_uses(case):
    return (
        CaseDocument.objects.filter(case=case)
        .exclude(purpose=Purpose.INVOICE)
        .select_related("document")
        .order_by("created", "pk")
    )


def asins_named(invoice, asins):
    """The ASINs of the list that the invoice names (its lines or its text)."""
    if invoice is None:
        return set()
    found = {str(line.get("asin") or "").upper() for line in invoice.lines or []}
    text = (invoice.text or "").upper()
    return {asin for asin in asins if asin in found or asin in text}


def evidence_matrix(case, asins, window_days, as_of):
    """{ASIN: [uses that cover it]} and the documents, for the evidence step.

    An invoice covers an ASIN when it names it (found by the checks) or a person confirmed
    it, and when it is dated within the evidence period before the notice.
    """
    from datetime import timedelta

    uses = list(
        CaseDocument.objects.filter(case=case)
        .select_related("document__invoice")
        .order_by("created", "pk")
    )
    oldest = as_of - timedelta(days=window_days)
    matrix = {asin: [] for asin in asins}
    cells = {}
    for use in uses:
        invoice = getattr(use.document, "invoice", None)
        named = asins_named(invoice, asins) if use.purpose == Purpose.INVOICE else set()
        confirmed = set(use.asins or [])
        in_window = use.purpose != Purpose.INVOICE or (
            invoice is not None
            and invoice.invoice_date is not None
            and oldest <= invoice.invoice_date <= as_of
        )
        for asin in asins:
            state = "named" if asin in named else "confirmed" if asin in confirmed else ""
            cells[(use.pk, asin)] = (state, in_window)
            if state and in_window and use.purpose == Purpose.INVOICE:
                matrix[asin].append(use)
    return matrix, uses, cells
