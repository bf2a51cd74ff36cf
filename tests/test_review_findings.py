"""Defects a security and quality review found, each held by a test."""

import pytest
from django.urls import reverse

from cases.models import Case, Status
from cases.services import cases as services
from documents.models import CaseDocument, Supplier
from tests.factories import MembershipFactory, attach_checked_invoice, make_case, make_packet


def test_choosing_the_supplier_of_an_invoice_is_saved_and_rechecked(
    client, tenants, django_capture_on_commit_callbacks
):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    use = attach_checked_invoice(case)
    other = Supplier.objects.create(
        workspace=tenants.ws_a, name="Beta Wholesale", kind="wholesaler"
    )
    client.force_login(tenants.consultant_a)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("document_supplier", args=[use.pk]), {"supplier": other.pk})
    use.document.invoice.refresh_from_db()
    assert use.document.invoice.supplier == other
    assert use.check_runs.exists()


def test_a_supplier_of_another_workspace_is_refused_even_with_it_open(client, tenants):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    use = attach_checked_invoice(case)
    before = use.document.invoice.supplier_id
    theirs = Supplier.objects.create(workspace=tenants.ws_b, name="Theirs", kind="manufacturer")
    MembershipFactory(workspace=tenants.ws_b, user=tenants.consultant_a, role="consultant")
    client.force_login(tenants.consultant_a)
    session = client.session
    session["workspace_id"] = tenants.ws_b.pk
    session.save()
    page = client.get(reverse("document_detail", args=[use.pk])).content.decode()
    assert "Theirs" not in page
    client.post(reverse("document_supplier", args=[use.pk]), {"supplier": theirs.pk})
    use.document.invoice.refresh_from_db()
    assert use.document.invoice.supplier_id == before


def test_the_supplier_of_a_case_in_review_cannot_change(client, tenants):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    use = attach_checked_invoice(case)
    Case.objects.filter(pk=case.pk).update(status=Status.IN_REVIEW)
    other = Supplier.objects.create(workspace=tenants.ws_a, name="Gamma", kind="reseller")
    client.force_login(tenants.seller_a)
    client.post(reverse("document_supplier", args=[use.pk]), {"supplier": other.pk})
    use.document.invoice.refresh_from_db()
    assert use.document.invoice.supplier != other


# These cases are not ready by the rules: an approval then needs a reason.
REASON = "Invoices verified with the supplier by phone."


def in_review_with_packet(tenants):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    Case.objects.filter(pk=case.pk).update(status=Status.IN_REVIEW)
    case.refresh_from_db()
    return case, make_packet(case)


def test_approval_of_a_version_that_is_no_longer_the_latest_is_refused(tenants):
    case, seen = in_review_with_packet(tenants)
    make_packet(case)
    with pytest.raises(services.CaseError, match="rendered meanwhile"):
        services.transition(
            case=case, action="approve", by=tenants.reviewer_a, version=seen.pk, note=REASON
        )
    assert Case.objects.get(pk=case.pk).status == Status.IN_REVIEW


def test_approval_of_a_packet_older_than_the_case_is_refused(tenants):
    case, version = in_review_with_packet(tenants)
    services.record_edit(case=case, by=tenants.consultant_a, step="cover_letter", changed=["x"])
    with pytest.raises(services.CaseError, match="changed after packet version"):
        services.transition(
            case=case, action="approve", by=tenants.reviewer_a, version=version.pk, note=REASON
        )


def test_a_correction_on_a_reapplication_leaves_the_rejected_attempt_as_it_was(
    client, tenants, django_capture_on_commit_callbacks
):
    first = make_case(tenants.a1, by=tenants.consultant_a)
    old_use = attach_checked_invoice(first)
    Case.objects.filter(pk=first.pk).update(
        status=Status.AMAZON_REJECTED, rejection_reasons=["invoices"]
    )
    first.refresh_from_db()
    second = services.reapply(case=first, by=tenants.consultant_a)
    new_use = CaseDocument.objects.get(case=second)
    assert new_use.document_id != old_use.document_id
    assert new_use.document.file.name == old_use.document.file.name
    invoice = new_use.document.invoice
    client.force_login(tenants.seller_a)
    data = {"invoice_number": "FIXED-1", "invoice_date": str(invoice.invoice_date)}
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("document_correct", args=[new_use.pk]), data)
    old_use.refresh_from_db()
    assert old_use.document.invoice.invoice_number != "FIXED-1"
    assert old_use.verdict == "pass" and old_use.status == "done"


def test_an_absurd_evidence_period_is_refused_with_a_message(client, tenants):
    case = services.create_case(seller_account=tenants.a1, kind="appeal", by=tenants.consultant_a)
    client.force_login(tenants.consultant_a)
    response = client.post(
        reverse("case_wizard", args=[case.pk, "notice"]),
        {"language": "en", "evidence_period_days": "999999999", "appeal_within_days": "2147483647"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["evidence_period_days"]
    assert response.context["form"].errors["appeal_within_days"]
    assert client.get(reverse("case_detail", args=[case.pk])).status_code == 200


def test_changing_business_details_rechecks_open_cases_and_asks_to_confirm_again(
    client, tenants, django_capture_on_commit_callbacks
):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    use = attach_checked_invoice(case)
    client.force_login(tenants.seller_a)
    client.post(reverse("case_wizard", args=[case.pk, "business"]), {"confirmed": "on"})
    account = tenants.a1
    data = {
        "legal_name": "Totally Different Ltd",
        "address_line1": account.address_line1,
        "city": account.city,
        "postal_code": account.postal_code,
        "country": account.country,
        "phone": account.phone,
    }
    client.force_login(tenants.consultant_a)  # business details are the agency's to edit
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("seller_account_edit", args=[account.pk]), data)
    case.refresh_from_db()
    use.refresh_from_db()
    assert case.business_confirmed_at is None
    assert use.verdict == "fail"  # the invoice is billed to the old name


def test_switching_to_a_bad_workspace_value_is_ignored(client, tenants):
    client.force_login(tenants.consultant_a)
    assert client.post(reverse("switch_workspace"), {"workspace": "abc"}).status_code == 302


def test_changing_the_target_checks_the_invoices_again(
    client, tenants, django_capture_on_commit_callbacks
):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    use = attach_checked_invoice(case)
    client.force_login(tenants.seller_a)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("case_wizard", args=[case.pk, "target"]),
            {
                "target_type": "asins",
                "asins_text": "B0ZZZZZZZZ",
                "marketplace": "amazon.com",
                "min_units": "500",
                "nav": "save",
            },
        )
    use.refresh_from_db()
    results = use.check_runs.first().results
    assert results["products"]["status"] == "fail"
    # The minimum counts over the application's invoices: readiness adds the units up.
    assert "at least 500" in results["quantity"]["message"]
    assert use.verdict == "fail"


def test_an_approval_names_the_version_the_reviewer_read(tenants):
    case, _version = in_review_with_packet(tenants)
    with pytest.raises(services.CaseError, match="approve the version you read"):
        services.transition(case=case, action="approve", by=tenants.reviewer_a, note=REASON)
    assert Case.objects.get(pk=case.pk).status == Status.IN_REVIEW


def test_approving_a_case_with_blockers_needs_a_reason_kept_in_the_history(tenants):
    case, version = in_review_with_packet(tenants)
    with pytest.raises(services.CaseError, match="say why you approve"):
        services.transition(case=case, action="approve", by=tenants.reviewer_a, version=version.pk)
    services.transition(
        case=case, action="approve", by=tenants.reviewer_a, version=version.pk, note=REASON
    )
    assert Case.objects.get(pk=case.pk).status == Status.APPROVED
    assert case.events.get(action="approve").note == REASON


def test_submitting_is_gated_by_readiness_whoever_calls(tenants):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    with pytest.raises(services.CaseError, match="not ready"):
        services.transition(case=case, action="submit_for_review", by=tenants.consultant_a)
    assert Case.objects.get(pk=case.pk).status == Status.DRAFT


def test_the_queue_shows_the_verdict_stored_by_the_last_change_not_by_a_page_view(client, tenants):
    from documents.models import CaseDocument
    from tests.factories import attach_checked_invoice

    case = make_case(tenants.a1, by=tenants.consultant_a)
    use = attach_checked_invoice(case)
    client.force_login(tenants.consultant_a)
    with CaptureWrites() as writes:
        client.get(reverse("case_detail", args=[case.pk]))
    assert not writes.to("cases_case")  # a page view writes nothing
    from documents import pipeline
    from documents.models import JobStatus

    CaseDocument.objects.filter(pk=use.pk).update(status=JobStatus.QUEUED)
    Case.objects.filter(pk=case.pk).update(readiness_verdict="")
    pipeline.run(use.pk)  # the check's result moves the stored verdict
    assert Case.objects.get(pk=case.pk).readiness_verdict in (
        "not_ready",
        "ready",
        "ready_with_warnings",
    )


class CaptureWrites:
    """The UPDATE and INSERT statements run inside the block."""

    def __enter__(self):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        self.context = CaptureQueriesContext(connection)
        self.context.__enter__()
        return self

    def __exit__(self, *exc):
        self.context.__exit__(*exc)

    def to(self, table):
        return [
            q["sql"]
            for q in self.context.captured_queries
            if q["sql"].lstrip().upper().startswith(("UPDATE", "INSERT")) and table in q["sql"]
        ]
