"""What the documents app provides to the cases app (see cases/ports.py).

Each name here is one thing a case's rules or pages need from documents; cases calls them
as `documents().name(...)` and never imports this app.
"""

from django.utils import timezone

from . import selectors, services
from .forms import UploadForm
from .models import EVIDENCE_PURPOSES, INVOICE_PURPOSES, SUPPORTING_PURPOSES, Supplier
from .packets.service import approve_packet  # noqa: F401 - provided to cases
from .packets.supplement import check_answer_approved  # noqa: F401 - provided to cases
from .selectors import (  # noqa: F401 - provided to cases
    evidence_matrix,
    invoice_facts,
    invoice_uses,
    supply_chain,
    supporting_purposes,
    units_invoiced,
)
from .services import (  # noqa: F401 - provided to cases
    carry_over_documents,
    recheck_account_invoices,
    recheck_case_invoices,
    set_covered_asins,
)


def documents_step_context(case, *, invoices):
    """The invoices or supporting-documents step of the wizard: the lists and the upload."""
    purposes = INVOICE_PURPOSES if invoices else SUPPORTING_PURPOSES
    context = {
        "invoice_uses": selectors.invoice_uses(case),
        "supporting_uses": selectors.supporting_uses(case),
        "upload_form": UploadForm(purposes=purposes) if case.is_editable else None,
    }
    if invoices and getattr(case, "ungating", None) is not None:
        context.update(selectors.products_grid(case))
    return context


def products_covered_from_post(case, post):
    """{case document pk: [products]} from the grid's checkboxes `cover-<use>-<index>`."""
    products = case.ungating.requested_products
    covered = {}
    for key in post:
        parts = key.split("-")
        if len(parts) == 3 and parts[0] == "cover" and parts[1].isdigit() and parts[2].isdigit():
            index = int(parts[2])
            if index < len(products):
                covered.setdefault(int(parts[1]), []).append(products[index])
    return covered


def evidence_step_context(case):
    """The evidence step of an appeal: which document covers which ASIN, and the upload."""
    appeal = case.appeal
    as_of = appeal.notice_date or timezone.localdate()
    matrix, uses, cells = evidence_matrix(case, appeal.asins, appeal.evidence_period_days, as_of)
    rows = [
        (asin, [(use, cells[(use.pk, asin)]) for use in uses], bool(matrix[asin]))
        for asin in appeal.asins
    ]
    return {
        "matrix_rows": rows,
        "evidence_uses": uses,
        "upload_form": UploadForm(purposes=EVIDENCE_PURPOSES) if case.is_editable else None,
    }


def suppliers_of(case):
    """The suppliers of the case's invoices (the cover letter names them)."""
    return Supplier.objects.filter(invoices__document__uses__case=case).distinct()


def render_packet_now(*, case, by):
    from .packets.service import render_now

    return render_now(case=case, by=by)


def latest_packet(case):
    from .packets.service import latest_done

    return latest_done(case)


__all__ = [
    "approve_packet",
    "check_answer_approved",
    "carry_over_documents",
    "documents_step_context",
    "evidence_matrix",
    "evidence_step_context",
    "invoice_facts",
    "invoice_uses",
    "latest_packet",
    "products_covered_from_post",
    "recheck_account_invoices",
    "recheck_case_invoices",
    "render_packet_now",
    "services",
    "set_covered_asins",
    "supply_chain",
    "supporting_purposes",
    "suppliers_of",
    "units_invoiced",
]
