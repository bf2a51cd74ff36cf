"""Pages that list documents, packets or cases keep a constant number of SQL queries."""

import re

import pytest
from django.urls import reverse

from cases.models import Status
from cases.services.cases import create_case
from documents.models import CheckRun, Supplier
from tests.factories import SellerAccountFactory, attach_checked_invoice, make_case, make_packet


def counts(client, url, grow, django_assert_max_num_queries, limit=40):
    client.get(url)  # warm: the readiness verdict is stored once
    with django_assert_max_num_queries(limit) as small:
        assert client.get(url).status_code == 200
    grow()
    client.get(url)
    with django_assert_max_num_queries(limit) as large:
        assert client.get(url).status_code == 200
    return len(small.captured_queries), len(large.captured_queries)


@pytest.fixture
def consultant(client, tenants):
    client.force_login(tenants.consultant_a)
    return client


@pytest.mark.parametrize("step", ["invoices", "review"])
def test_wizard_steps_with_more_invoices(consultant, tenants, step, django_assert_max_num_queries):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    attach_checked_invoice(case, days_old=10)

    def grow():
        for days in (20, 30, 40, 50, 60):
            attach_checked_invoice(case, days_old=days)

    small, large = counts(
        consultant,
        reverse("case_wizard", args=[case.pk, step]),
        grow,
        django_assert_max_num_queries,
    )
    assert small == large


def test_evidence_matrix_with_more_documents(consultant, tenants, django_assert_max_num_queries):
    case = create_case(seller_account=tenants.a1, kind="appeal", by=tenants.consultant_a)
    case.appeal.asins = ["B0LUMINA01", "B0ALOEPU02"]
    case.appeal.save()
    attach_checked_invoice(case, days_old=10)

    def grow():
        for days in (20, 30, 40, 50):
            attach_checked_invoice(case, days_old=days)

    small, large = counts(
        consultant,
        reverse("case_wizard", args=[case.pk, "evidence"]),
        grow,
        django_assert_max_num_queries,
    )
    assert small == large


def test_review_page_with_more_invoices_and_versions(
    client, tenants, django_assert_max_num_queries
):
    client.force_login(tenants.reviewer_a)
    case = make_case(tenants.a1, by=tenants.consultant_a)
    attach_checked_invoice(case, days_old=10)
    make_packet(case)

    def grow():
        for days in (20, 30, 40):
            attach_checked_invoice(case, days_old=days)
        for _ in range(4):
            make_packet(case)

    small, large = counts(
        client, reverse("case_review", args=[case.pk]), grow, django_assert_max_num_queries
    )
    assert small == large


def test_review_page_with_more_accepted_overrides(client, tenants, django_assert_max_num_queries):
    from documents.services import accept_signal
    from tests.factories import MembershipFactory

    client.force_login(tenants.reviewer_a)
    case = make_case(tenants.a1, by=tenants.consultant_a)
    make_packet(case)

    def accepted(days, by):
        use = attach_checked_invoice(case, days_old=days, verdict="warn")
        CheckRun.objects.create(
            case_document=use,
            input_key=f"signal-{days}",
            verdict="warn",
            results={
                "tamper_signals": {"status": "warn", "message": "Saved by Word."},
                "arithmetic": {"status": "warn", "message": "Lines do not add up."},
            },
        )
        for code in ("tamper_signals", "arithmetic"):
            accept_signal(use=use, code=code, reason="Checked with the supplier.", by=by)

    accepted(10, tenants.reviewer_a)

    def grow():
        # More overrides, each by another reviewer.
        for days in (20, 30, 40):
            reviewer = MembershipFactory(workspace=tenants.ws_a, role="reviewer").user
            accepted(days, reviewer)

    small, large = counts(
        client, reverse("case_review", args=[case.pk]), grow, django_assert_max_num_queries
    )
    assert small == large
    page = client.get(reverse("case_review", args=[case.pk])).content.decode()
    assert page.count("Checked with the supplier.") == 8


def test_review_queue_with_more_cases(client, tenants, django_assert_max_num_queries):
    client.force_login(tenants.reviewer_a)

    def add_case():
        case = make_case(SellerAccountFactory(workspace=tenants.ws_a), by=tenants.consultant_a)
        case.status = Status.IN_REVIEW
        case.save()
        make_packet(case)

    add_case()
    small, large = counts(
        client,
        reverse("review_queue"),
        lambda: [add_case() for _ in range(15)],
        django_assert_max_num_queries,
        limit=10,
    )
    assert small == large


def test_document_page_does_not_grow_with_results(
    consultant, tenants, django_assert_max_num_queries
):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    use = attach_checked_invoice(case)
    # A copy in another case: the page names it, in both sizes.
    other = make_case(tenants.a1, by=tenants.consultant_a)
    record_check_run(use, "first", other_case=other.pk, codes=3)

    def grow():
        # Runs again and again, more results per run, more lines read, more suppliers to
        # choose from in the workspace.
        for number in range(5):
            record_check_run(use, f"again-{number}", other_case=other.pk, codes=12)
        invoice = use.document.invoice
        invoice.lines = [
            {"description": f"Item {n}", "asin": f"B0ITEM{n:04d}", "quantity": 2, "unit_price": "1"}
            for n in range(30)
        ]
        invoice.save()
        for number in range(8):
            Supplier.objects.create(workspace=tenants.ws_a, name=f"Supplier {number}")

    small, large = counts(
        consultant,
        reverse("document_detail", args=[use.pk]),
        grow,
        django_assert_max_num_queries,
        limit=15,
    )
    page = consultant.get(reverse("document_detail", args=[use.pk])).content.decode()
    # Every check shown once, in the problems or the folded passes (issue 19).
    checks = re.findall(r'<li[^>]* data-check="(\w+)"', page)
    assert len(checks) == len(set(checks)) == 12 + 1
    assert "Item 29" in page and "Supplier 7" in page
    assert small == large


def record_check_run(use, input_key, *, other_case, codes):
    results = {
        f"check_{n}": {
            "status": "pass",
            "message": f"Check {n} passed",
            "expected": "x",
            "found": "x",
        }
        for n in range(codes)
    }
    results["duplicate"] = {
        "status": "warn",
        "message": "The same file is already used in another case of this workspace.",
        "expected": "an invoice used once",
        "found": {"other_case": other_case},
    }
    return CheckRun.objects.create(
        case_document=use, input_key=input_key, verdict="warn", results=results
    )
