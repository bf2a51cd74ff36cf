"""Suppliers from what was read (issue 16, point 3): create the supplier from the invoice,
link the workspace's supplier the invoice prints, and warn about a distributor or retailer
with neither a letter of authorization nor the brand on file."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from documents.engine import check_invoice_file
from documents.models import CaseDocument, Invoice, Supplier
from documents.pipeline import reference_for as pipeline_reference
from tests.documents import invoice_samples as samples
from tests.factories import attach_checked_invoice, days_ago, make_case, northwind_account

# The uploaded invoices are dated from today, and their checks compare with it.
pytestmark = pytest.mark.clock


@pytest.fixture
def northwind(tenants):
    """The seller the sample invoices are addressed to, as Seller Central has it."""
    return northwind_account(tenants.ws_a)


@pytest.fixture
def case(northwind, tenants):
    return make_case(
        northwind, by=tenants.consultant_a, target_type="asins", asins=["B07XJ8C8F5"], min_units=10
    )


def upload(client, case, capture, **changes):
    printed = days_ago(30).strftime("%B %-d, %Y")
    data = samples.invoice_pdf(date_text=printed, **changes)
    with capture(execute=True):
        client.post(
            reverse("document_upload", args=[case.pk]),
            {"file": SimpleUploadedFile("invoice.pdf", data), "purpose": "invoice"},
        )
    return CaseDocument.objects.filter(case=case).latest("pk")


def latest(use):
    use.refresh_from_db()
    return use.check_runs.first().results


# -- the automatic link ----------------------------------------------------------------------


def test_the_workspace_supplier_the_invoice_prints_is_linked_at_the_end_of_the_checks(
    client, tenants, case, django_capture_on_commit_callbacks
):
    record = Supplier.objects.create(
        workspace=tenants.ws_a, name="ACME DISTRIBUTION, INC", kind="manufacturer"
    )
    client.force_login(tenants.consultant_a)
    use = upload(client, case, django_capture_on_commit_callbacks)

    invoice = Invoice.objects.get(document=use.document)
    assert invoice.supplier == record
    # The checks ran again with the record: its kind and its name are judged.
    results = latest(use)
    assert results["supplier_record"]["status"] == "pass"
    assert results["supplier_type"]["status"] == "pass"
    assert case.events.filter(note__contains="supplier set to ACME DISTRIBUTION, INC").exists()


def test_a_supplier_of_another_legal_form_or_workspace_is_not_linked(
    client, tenants, case, django_capture_on_commit_callbacks
):
    Supplier.objects.create(workspace=tenants.ws_a, name="Acme Distribution LLC")
    Supplier.objects.create(workspace=tenants.ws_b, name="Acme Distribution Inc.")
    client.force_login(tenants.consultant_a)
    use = upload(client, case, django_capture_on_commit_callbacks)

    assert Invoice.objects.get(document=use.document).supplier is None
    assert latest(use)["supplier_record"]["status"] == "skip"


# -- create the supplier from this invoice ---------------------------------------------------


def test_the_seller_creates_the_supplier_from_the_invoice_prefilled(
    client, tenants, django_capture_on_commit_callbacks
):
    northwind = northwind_account(tenants.ws_a)
    tenants.seller_a.memberships.get().seller_accounts.add(northwind)
    own_case = make_case(northwind, by=tenants.consultant_a, target_type="asins", asins=[])
    client.force_login(tenants.seller_a)
    use = upload(client, own_case, django_capture_on_commit_callbacks)

    page = client.get(reverse("document_detail", args=[use.pk])).content.decode()
    assert "Create the supplier from this invoice" in page
    url = reverse("document_supplier_create", args=[use.pk])
    form = client.get(url).context["form"]
    assert {name: form[name].value() for name in ("name", "phone", "website", "country")} == {
        "name": "Acme Distribution Inc.",
        "phone": "(973) 555-0182",
        "website": "www.acme-distribution.com",
        "country": "US",
    }
    assert form["address"].value() == "12 Industrial Way\nNewark, NJ 07102"

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            {
                "name": "Acme Distribution Inc.",
                "kind": "distributor",
                "address": "12 Industrial Way\nNewark, NJ 07102",
                "phone": "(973) 555-0182",
                "website": "www.acme-distribution.com",
                "country": "US",
                "brands": "Lumina",
            },
        )
    assert response.status_code == 302
    supplier = Supplier.objects.get(name="Acme Distribution Inc.")
    assert supplier.workspace == tenants.ws_a and supplier.country == "US"
    assert Invoice.objects.get(document=use.document).supplier == supplier
    assert latest(use)["supplier_record"]["status"] == "pass"
    assert own_case.events.filter(note__contains="created from the invoice").exists()
    # The seller now sees the supplier of their own invoice, and only through it.
    assert "Acme Distribution Inc." in client.get(reverse("supplier_list")).content.decode()


def test_nobody_creates_a_supplier_from_an_invoice_they_may_not_see(client, tenants):
    other = attach_checked_invoice(make_case(tenants.a2, by=tenants.consultant_a))
    url = reverse("document_supplier_create", args=[other.pk])
    client.force_login(tenants.seller_a)  # a2 is not the seller's account
    assert client.get(url).status_code == 404
    assert client.post(url, {"name": "Sneaky Ltd", "kind": "manufacturer"}).status_code == 404
    client.force_login(tenants.consultant_b)  # another workspace
    assert client.get(url).status_code == 404
    assert not Supplier.objects.filter(name="Sneaky Ltd").exists()


# -- a distributor's authorization -----------------------------------------------------------


def _distributor_check(authorized):
    spec = samples.InvoiceSpec()
    reference = samples.reference_for(
        spec, supplier_type="distributor", supplier_authorized=authorized
    )
    report = check_invoice_file(samples.invoice_pdf(spec), name="i.pdf", reference=reference)
    return report.checks["supplier_type"]


def test_a_distributor_without_authorization_or_brand_on_file_warns():
    result = _distributor_check(False)
    assert result.status == "warn"
    assert "neither a letter of authorization nor the brand on file" in result.message
    assert _distributor_check(True).status == "pass"


def test_the_brand_on_file_or_a_letter_of_authorization_authorizes_the_distributor(client, tenants):
    case = make_case(tenants.a1, by=tenants.consultant_a, target_type="brand", brand="Lumina")
    use = attach_checked_invoice(case, supplier_kind="distributor")
    supplier = use.document.invoice.supplier
    assert pipeline_reference(use).supplier_authorized is False

    supplier.brands = "Other Brand, lumina"
    supplier.save()
    use = CaseDocument.objects.get(pk=use.pk)
    assert pipeline_reference(use).supplier_authorized is True

    supplier.brands = ""
    supplier.save()
    client.force_login(tenants.consultant_a)
    letter = samples.invoice_pdf(title="LETTER OF AUTHORIZATION")
    client.post(
        reverse("document_upload", args=[case.pk]),
        {"file": SimpleUploadedFile("loa.pdf", letter), "purpose": "authorization"},
    )
    use = CaseDocument.objects.get(pk=use.pk)
    assert pipeline_reference(use).supplier_authorized is True
    assert use.status == "queued"  # the letter queues the invoice's checks again
