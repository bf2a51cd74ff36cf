"""Documents are reached only through the cases a person may see (cases/scoping.py)."""

from django.shortcuts import get_object_or_404

from cases.models import Case
from cases.scoping import AGENCY

from .models import CaseDocument, Supplier


def get_case_document_for(membership, pk):
    return get_object_or_404(
        CaseDocument.objects.select_related(
            "document__invoice__supplier", "case__seller_account", "case__workspace"
        ),
        pk=pk,
        case__in=Case.objects.visible_to(membership),
    )


def suppliers_for(membership):
    """Suppliers are per workspace: the agency manages them all; a seller sees only the
    suppliers of their own accounts' invoices (another client's sources are not theirs)."""
    if not membership:
        return Supplier.objects.none()
    suppliers = Supplier.objects.filter(workspace_id=membership.workspace_id)
    if membership.role in AGENCY:
        return suppliers
    own_cases = Case.objects.visible_to(membership)
    return suppliers.filter(
        pk__in=Supplier.objects.filter(invoices__document__uses__case__in=own_cases).values("pk")
    )


def get_supplier_for_membership(membership, pk):
    return get_object_or_404(suppliers_for(membership), pk=pk)
