"""A seller sees the suppliers of their own invoices only, never another client's."""

from django.urls import reverse

from documents.models import Supplier
from tests.factories import attach_checked_invoice, make_case


def test_a_seller_sees_only_the_suppliers_of_their_own_invoices(client, tenants):
    own = attach_checked_invoice(make_case(tenants.a1, by=tenants.consultant_a))
    theirs = Supplier.objects.create(
        workspace=tenants.ws_a, name="Other Client Source GmbH", brands="SecretBrand"
    )
    other_case = make_case(tenants.a2, by=tenants.consultant_a)
    other_use = attach_checked_invoice(other_case)
    other_invoice = other_use.document.invoice
    other_invoice.supplier = theirs
    other_invoice.save()
    client.force_login(tenants.seller_a)
    listing = client.get(reverse("supplier_list")).content.decode()
    assert own.document.invoice.supplier.name in listing
    assert "Other Client Source GmbH" not in listing and "SecretBrand" not in listing
    page = client.get(reverse("document_detail", args=[own.pk])).content.decode()
    assert "Other Client Source GmbH" not in page
    # Nor can the seller link it by posting its id.
    client.post(reverse("document_supplier", args=[own.pk]), {"supplier": theirs.pk})
    own.document.invoice.refresh_from_db()
    assert own.document.invoice.supplier != theirs


def test_the_agency_sees_every_supplier_of_the_workspace(client, tenants):
    Supplier.objects.create(workspace=tenants.ws_a, name="Any Source Ltd")
    client.force_login(tenants.consultant_a)
    assert "Any Source Ltd" in client.get(reverse("supplier_list")).content.decode()
