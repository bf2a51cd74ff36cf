"""The check pipeline in the product: upload → checks → results, corrections, retries."""

import hashlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from documents.models import CaseDocument, CheckRun
from tests.documents import invoice_samples as samples
from tests.factories import days_ago, make_case, northwind_account

# Compares dates with today: CI runs these 90 days ahead too (README, Testing).
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


def recent_invoice(days=30, **changes):
    printed = days_ago(days).strftime("%B %-d, %Y")
    return samples.invoice_pdf(date_text=printed, **changes)


@pytest.fixture
def consultant(client, tenants, django_capture_on_commit_callbacks):
    client.force_login(tenants.consultant_a)
    return client


def upload(client, case, data, name="invoice.pdf", capture=None):
    return client.post(
        reverse("document_upload", args=[case.pk]),
        {"file": SimpleUploadedFile(name, data), "purpose": "invoice"},
    )


def checked(client, case, data, django_capture_on_commit_callbacks, name="invoice.pdf"):
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, case, data, name)
    return CaseDocument.objects.filter(case=case).latest("pk")


def test_an_invoice_is_read_checked_and_shown_with_its_evidence(
    consultant, case, django_capture_on_commit_callbacks
):
    use = checked(consultant, case, recent_invoice(), django_capture_on_commit_callbacks)
    assert use.status == "done" and use.percent == 100
    run = CheckRun.objects.get(case_document=use)
    assert run.results["business_name"]["status"] == "pass"
    assert run.results["invoice_date"]["status"] == "pass"
    assert run.results["duplicate"]["status"] == "pass"
    invoice = use.document.invoice
    assert invoice.invoice_number == "INV-2026-0042"
    assert invoice.bill_to_name == "Northwind Goods LLC"
    assert invoice.total_units == 18
    assert any(box["kind"] == "asin" for box in invoice.boxes)
    page = consultant.get(reverse("document_detail", args=[use.pk])).content.decode()
    assert 'data-check="business_phone"' in page and "Northwind Goods LLC" in page
    # The preview is our own PNG, not the uploaded bytes.
    preview = consultant.get(reverse("document_preview", args=[use.pk]))
    data = b"".join(preview.streaming_content)
    assert preview["Content-Type"] == "image/png" and data.startswith(b"\x89PNG")
    assert hashlib.sha256(data).hexdigest() != use.document.sha256


def test_a_wrong_bill_to_fails_and_readiness_says_so(
    consultant, case, django_capture_on_commit_callbacks
):
    use = checked(
        consultant,
        case,
        recent_invoice(bill_to_name="Someone Else Trading Ltd"),
        django_capture_on_commit_callbacks,
    )
    assert use.verdict == "fail"
    run = CheckRun.objects.get(case_document=use)
    assert run.results["business_name"]["status"] == "fail"
    page = consultant.get(reverse("case_detail", args=[case.pk])).content.decode()
    assert 'data-code="invoice_checks_failed"' in page


def test_a_correction_is_kept_in_the_history_and_the_checks_run_again(
    consultant, case, django_capture_on_commit_callbacks
):
    use = checked(consultant, case, recent_invoice(days=200), django_capture_on_commit_callbacks)
    assert CheckRun.objects.get(case_document=use).results["invoice_date"]["status"] == "fail"
    invoice = use.document.invoice
    new_date = days_ago(20)
    data = {
        name: getattr(invoice, name) or ""
        for name in (
            "invoice_number",
            "bill_to_name",
            "bill_to_address",
            "bill_to_phone",
            "supplier_name",
            "supplier_address",
            "supplier_phone",
            "supplier_website",
            "total_units",
        )
    }
    data["invoice_date"] = new_date.isoformat()
    with django_capture_on_commit_callbacks(execute=True):
        consultant.post(reverse("document_correct", args=[use.pk]), data)
    invoice.refresh_from_db()
    assert invoice.invoice_date == new_date
    assert "invoice_date" in invoice.corrections
    event = case.events.filter(note__startswith="Corrected").get()
    assert str(new_date) in event.note
    assert CheckRun.objects.filter(case_document=use).count() == 2
    latest = CheckRun.objects.filter(case_document=use).first()
    assert latest.results["invoice_date"]["status"] == "pass"


def test_the_same_invoice_in_another_case_is_flagged(
    consultant, case, northwind, tenants, django_capture_on_commit_callbacks
):
    data = recent_invoice()
    checked(consultant, case, data, django_capture_on_commit_callbacks)
    other = make_case(northwind, by=tenants.consultant_a, asins=["B07XJ8C8F5"])
    use = checked(consultant, other, data, django_capture_on_commit_callbacks)
    duplicate = CheckRun.objects.get(case_document=use).results["duplicate"]
    assert duplicate["status"] == "warn" and duplicate["found"] == {"other_case": case.pk}
    page = consultant.get(reverse("document_detail", args=[use.pk])).content.decode()
    assert f'href="{reverse("case_detail", args=[case.pk])}"' in page


def test_a_seller_is_not_told_which_other_client_holds_the_invoice(
    client, consultant, case, northwind, tenants, django_capture_on_commit_callbacks
):
    data = recent_invoice()
    checked(consultant, case, data, django_capture_on_commit_callbacks)
    mine = make_case(tenants.a1, by=tenants.consultant_a, asins=["B07XJ8C8F5"])
    use = checked(consultant, mine, data, django_capture_on_commit_callbacks)
    client.force_login(tenants.seller_a)
    page = client.get(reverse("document_detail", args=[use.pk])).content.decode()
    assert "already used in another case" in page
    assert f"case #{case.pk}" not in page


def test_a_file_that_keeps_killing_the_worker_ends_in_error(case, tenants, settings):
    from documents import pipeline

    use = CaseDocument.objects.create(case=case, document=_stored(case), purpose="invoice")
    CaseDocument.objects.filter(pk=use.pk).update(lost_attempts=settings.JOB_MAX_ATTEMPTS)
    assert pipeline.run(use.pk) is None
    use.refresh_from_db()
    assert use.status == "error" and "could not be processed safely" in use.status_message


def test_retry_after_an_error(consultant, case, django_capture_on_commit_callbacks):
    use = checked(consultant, case, recent_invoice(), django_capture_on_commit_callbacks)
    CaseDocument.objects.filter(pk=use.pk).update(status="error", status_message="boom")
    with django_capture_on_commit_callbacks(execute=True):
        consultant.post(reverse("document_retry", args=[use.pk]))
    use.refresh_from_db()
    assert use.status == "done"


def test_the_status_fragment_polls_only_while_work_is_under_way(consultant, case):
    with_active = CaseDocument.objects.create(case=case, document=_stored(case), purpose="invoice")
    fragment = consultant.get(reverse("document_status", args=[with_active.pk])).content.decode()
    assert 'hx-trigger="every 2s"' in fragment and "Waiting for a worker" in fragment
    CaseDocument.objects.filter(pk=with_active.pk).update(status="done", verdict="pass")
    fragment = consultant.get(reverse("document_status", args=[with_active.pk])).content.decode()
    assert "hx-trigger" not in fragment and "Checks passed" in fragment


def _stored(case):
    from django.core.files.base import ContentFile

    from documents.models import Document, Invoice

    data = recent_invoice()
    document = Document(
        workspace=case.workspace,
        original_name="x.pdf",
        content_type="application/pdf",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )
    document.file.save("x", ContentFile(data), save=False)
    document.save()
    Invoice.objects.create(document=document)
    return document


def test_two_invoices_from_one_template_are_not_duplicates(
    consultant, case, django_capture_on_commit_callbacks
):
    checked(
        consultant, case, recent_invoice(invoice_number="INV-1"), django_capture_on_commit_callbacks
    )
    use = checked(
        consultant,
        case,
        recent_invoice(days=60, invoice_number="INV-2"),
        django_capture_on_commit_callbacks,
        name="second.pdf",
    )
    duplicate = CheckRun.objects.get(case_document=use).results["duplicate"]
    assert duplicate["status"] == "pass", duplicate["message"]


def scan(pdf, rotate=0.0):
    page = samples.page_image(pdf, dpi=100)
    if rotate:
        page = page.rotate(rotate, fillcolor="white")
    return samples.encode(page, "JPEG", dpi=100)


@pytest.mark.ocr
@pytest.mark.parametrize(
    "number_on_the_rescan", ["INV-2026-0043", ""], ids=["number-read-otherwise", "no-number"]
)
def test_a_rescan_of_the_same_paper_is_flagged_by_its_image(
    consultant, case, number_on_the_rescan, django_capture_on_commit_callbacks
):
    """The number rule cannot tell (a digit read otherwise, or none): the picture must."""
    first = checked(
        consultant, case, scan(recent_invoice()), django_capture_on_commit_callbacks, "scan.jpg"
    )
    rescan = scan(recent_invoice(invoice_number=number_on_the_rescan), rotate=0.3)
    use = checked(consultant, case, rescan, django_capture_on_commit_callbacks, "rescan.jpg")
    read_first, read_again = first.document.invoice, use.document.invoice
    assert read_first.invoice_number.upper() != read_again.invoice_number.upper()
    assert read_first.perceptual_hash and read_again.perceptual_hash
    duplicate = CheckRun.objects.get(case_document=use).results["duplicate"]
    assert duplicate["status"] == "warn" and duplicate["found"] == {"other_case": case.pk}
    assert "near-identical image" in duplicate["message"]


@pytest.mark.ocr
def test_a_scan_of_another_invoice_is_not_taken_for_a_rescan(
    consultant, case, django_capture_on_commit_callbacks
):
    checked(consultant, case, scan(recent_invoice()), django_capture_on_commit_callbacks, "a.jpg")
    other = samples.invoice_pdf(samples.french_spec())
    use = checked(consultant, case, scan(other), django_capture_on_commit_callbacks, "b.jpg")
    duplicate = CheckRun.objects.get(case_document=use).results["duplicate"]
    assert duplicate["status"] == "pass", duplicate["message"]


@pytest.mark.ocr
def test_a_reorder_of_the_same_lines_on_a_new_date_is_not_taken_for_a_rescan(
    consultant, case, django_capture_on_commit_callbacks
):
    """The supplier's next invoice for the same products looks and reads alike: its date
    tells it apart (a real rescan keeps the date)."""
    checked(consultant, case, scan(recent_invoice()), django_capture_on_commit_callbacks, "a.jpg")
    reorder = scan(recent_invoice(days=60, invoice_number="INV-2026-0107"))
    use = checked(consultant, case, reorder, django_capture_on_commit_callbacks, "b.jpg")
    assert use.document.invoice.invoice_date == days_ago(60)
    duplicate = CheckRun.objects.get(case_document=use).results["duplicate"]
    assert duplicate["status"] == "pass", duplicate["message"]
