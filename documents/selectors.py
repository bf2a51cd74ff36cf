"""What the cases app may read of documents: facts for readiness, lists for pages."""

from cases.readiness import InvoiceFact

from .models import CaseDocument, Purpose


def invoice_uses(case):
    return (
        CaseDocument.objects.filter(case=case, purpose=Purpose.INVOICE)
        .select_related("document__invoice__supplier")
        .order_by("created", "pk")
    )


def invoice_facts(case):
    facts = []
    for use in invoice_uses(case):
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
