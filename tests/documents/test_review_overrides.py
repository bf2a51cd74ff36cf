"""A forgery-level signal a reviewer accepted with a reason: listed on the review page, and
no longer holding the case back (issue 16, point 2)."""

import html
from datetime import datetime

import pytest
from django.conf import settings
from django.urls import reverse

from cases.formatting import date_time
from cases.selectors import case_readiness
from documents.models import CheckRun
from documents.services import accept_signal
from tests.factories import attach_checked_invoice, make_case

pytestmark = pytest.mark.clock

WORD = "This file may not be the supplier's original: it was produced or saved by Microsoft Word."
SELF_ISSUED = 'The invoice is issued by your own business: the supplier\'s name "Alpha One LLC".'
RECEIPT = 'The invoice says "Sold by Amazon.com Services LLC": Amazon, a marketplace.'
RETAIL = "The invoice comes from Amazon, a marketplace: a retail purchase."
REASON = "Phoned the supplier on Monday: they re-saved it in Word to add the PO number."


def checked(case, verdict, days_old=30, **results):
    """An invoice of the case whose latest checks say `results` ({code: (status, message)})
    and pass everything else."""
    use = attach_checked_invoice(case, verdict=verdict, days_old=days_old)
    CheckRun.objects.create(
        case_document=use,
        input_key=f"k{use.pk}",
        verdict=verdict,
        results={
            "readable": {"status": "pass", "message": "ok"},
            "invoice_date": {"status": "pass", "message": "ok"},
            **{code: {"status": s, "message": m} for code, (s, m) in results.items()},
        },
    )
    return use


def review_page(client, case):
    response = client.get(reverse("case_review", args=[case.pk]))
    assert response.status_code == 200
    return response.content.decode()


def blockers(case):
    return {f.code: f.message for f in case_readiness(case).blockers}


@pytest.fixture
def case(tenants):
    return make_case(tenants.a1, by=tenants.consultant_a)


# -- the review page -------------------------------------------------------------------------


def test_the_review_page_lists_each_accepted_override_with_who_when_and_why(client, tenants, case):
    word = checked(case, "warn", tamper_signals=("warn", WORD))
    mine = checked(case, "fail", days_old=60, self_issued=("fail", SELF_ISSUED))
    untouched = checked(case, "warn", days_old=90, arithmetic=("warn", "Lines do not add up."))
    word = accept_signal(use=word, code="tamper_signals", reason=REASON, by=tenants.reviewer_a)
    other = "The seller's sister company issues them; its registration is on file."
    accept_signal(use=mine, code="self_issued", reason=other, by=tenants.reviewer_a)
    client.force_login(tenants.reviewer_a)

    page = review_page(client, case)

    section = page.split('id="accepted-overrides"')[1].split("</section>")[0]
    assert section.count('<li class="mb-2"') == 2
    assert f'href="{reverse("document_detail", args=[word.pk])}"' in section
    assert word.document.original_name in section and mine.document.original_name in section
    assert "Signs of editing" in section and "Issued by yourself" in section
    assert html.escape(REASON) in section and html.escape(other) in section
    accepted_at = datetime.fromisoformat(word.overrides["tamper_signals"]["at"])
    assert (
        f"Accepted by {html.escape(str(tenants.reviewer_a))}, {date_time(accepted_at)}" in section
    )
    # The signal nobody accepted is not listed there.
    assert untouched.document.original_name not in section
    assert "Figures add up" not in section


def test_a_reason_is_shown_as_text_not_markup(client, tenants, case):
    use = checked(case, "warn", tamper_signals=("warn", WORD))
    reason = 'Checked with the supplier <script>alert("x")</script> by phone.'
    accept_signal(use=use, code="tamper_signals", reason=reason, by=tenants.reviewer_a)
    client.force_login(tenants.reviewer_a)

    page = review_page(client, case)

    assert '<script>alert("x")</script>' not in page
    assert html.escape(reason) in page


def test_the_review_page_has_no_override_section_when_nothing_was_accepted(client, tenants, case):
    checked(case, "warn", tamper_signals=("warn", WORD))
    client.force_login(tenants.reviewer_a)

    assert 'id="accepted-overrides"' not in review_page(client, case)


def test_the_signal_is_named_in_the_readers_language(client, tenants, case):
    use = checked(case, "warn", tamper_signals=("warn", WORD))
    accept_signal(use=use, code="tamper_signals", reason=REASON, by=tenants.reviewer_a)
    client.force_login(tenants.consultant_a)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"

    section = review_page(client, case).split('id="accepted-overrides"')[1]

    assert "Traces de modification" in section.split("</section>")[0]


# -- what an accepted signal unblocks --------------------------------------------------------


def test_an_accepted_failing_signal_no_longer_fails_the_invoice_in_readiness(tenants, case):
    use = checked(case, "fail", self_issued=("fail", SELF_ISSUED))
    before = blockers(case)
    assert "Issued by yourself" in before["invoice_checks_failed"]
    assert SELF_ISSUED in before["invoice_signal"]

    accept_signal(use=use, code="self_issued", reason=REASON, by=tenants.reviewer_a)

    after = blockers(case)
    assert "invoice_checks_failed" not in after and "invoice_signal" not in after
    use.refresh_from_db()
    assert use.verdict == "fail"  # the checks' own verdict is kept as they wrote it


def test_an_accepted_sign_of_editing_leaves_no_warning_on_the_invoice(tenants, case):
    use = checked(case, "warn", tamper_signals=("warn", WORD))
    accept_signal(use=use, code="tamper_signals", reason=REASON, by=tenants.reviewer_a)

    codes = {f.code for f in case_readiness(case).findings}

    assert "invoice_checks_warn" not in codes and "invoice_signal" not in codes


def test_accepting_a_marketplace_receipt_accepts_the_kind_of_supplier_it_makes_fail(tenants, case):
    use = checked(case, "fail", marketplace=("fail", RECEIPT), supplier_type=("fail", RETAIL))
    accept_signal(use=use, code="marketplace", reason=REASON, by=tenants.reviewer_a)

    assert not {"invoice_checks_failed", "invoice_signal"} & set(blockers(case))


def test_other_failures_of_an_invoice_still_block_once_its_signal_is_accepted(tenants, case):
    use = checked(
        case,
        "fail",
        tamper_signals=("warn", WORD),
        business_phone=("fail", "The invoice shows no phone number for your business."),
    )
    accept_signal(use=use, code="tamper_signals", reason=REASON, by=tenants.reviewer_a)

    after = blockers(case)
    assert "invoice_signal" not in after
    assert after["invoice_checks_failed"].endswith("fails these checks: Your business phone.")


def test_a_kind_of_supplier_failing_on_its_own_is_not_covered_by_an_accepted_receipt(tenants, case):
    use = checked(case, "fail", marketplace=("fail", RECEIPT), supplier_type=("fail", RETAIL))
    accept_signal(use=use, code="marketplace", reason=REASON, by=tenants.reviewer_a)
    # Checked again after a correction: no longer a receipt, but the record says reseller.
    recorded = "The supplier is recorded as a reseller: Amazon rejects invoices from resellers."
    CheckRun.objects.create(
        case_document=use,
        input_key="corrected",
        verdict="fail",
        results={
            "readable": {"status": "pass", "message": "ok"},
            "marketplace": {"status": "pass", "message": "Not a marketplace."},
            "supplier_type": {"status": "fail", "message": recorded},
        },
    )

    assert "Kind of supplier" in blockers(case)["invoice_checks_failed"]
