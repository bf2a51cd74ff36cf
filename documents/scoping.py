"""Documents are reached only through the cases a person may see (cases/scoping.py)."""

from django.shortcuts import get_object_or_404

from cases.models import Case

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
    """Suppliers are per workspace: the agency manages them, sellers read them."""
    if not membership:
        return Supplier.objects.none()
    return Supplier.objects.filter(workspace=membership.workspace)


def get_supplier_for_membership(membership, pk):
    return get_object_or_404(suppliers_for(membership), pk=pk)
