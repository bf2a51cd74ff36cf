"""Signs of editing and figures that do not add up block the case until a reviewer
accepts them with a reason (Amazon treats an edited invoice as forged)."""

import pytest
from django.urls import reverse

from cases.selectors import case_readiness
from documents.models import CheckRun
from tests.factories import attach_checked_invoice, make_case

pytestmark = pytest.mark.clock
SIGNAL = "The PDF was saved by Microsoft Word after it was made: it may have been edited."


@pytest.fixture
def edited(tenants):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    use = attach_checked_invoice(case, verdict="warn")
    CheckRun.objects.create(
        case_document=use,
        input_key="k",
        verdict="warn",
        results={
            "readable": {"status": "pass", "message": "ok"},
            "tamper_signals": {"status": "warn", "message": SIGNAL},
            "arithmetic": {"status": "pass", "message": "ok"},
        },
    )
    return use


def signal_findings(case):
    return [f for f in case_readiness(case).blockers if f.code == "invoice_signal"]


def test_a_sign_of_editing_blocks_and_names_the_signal(edited):
    [finding] = signal_findings(edited.case)
    assert SIGNAL in finding.message and edited.document.original_name in finding.message


def test_only_a_reviewer_accepts_it_and_only_with_a_reason(client, tenants, edited):
    url = reverse("document_accept", args=[edited.pk])
    client.force_login(tenants.consultant_a)
    assert client.post(url, {"code": "tamper_signals", "reason": "x" * 20}).status_code == 404
    client.force_login(tenants.reviewer_a)
    client.post(url, {"code": "tamper_signals", "reason": "ok"})
    assert signal_findings(edited.case)  # too short a reason accepts nothing
    reason = "Phoned the supplier on Monday: they re-saved it in Word to add the PO number."
    client.post(url, {"code": "tamper_signals", "reason": reason})
    assert not signal_findings(edited.case)
    event = edited.case.events.get(action="accept_signal")
    assert event.actor == tenants.reviewer_a and reason in event.note
    page = client.get(reverse("document_detail", args=[edited.pk])).content.decode()
    assert "accepted by a reviewer" in page and "Signs of editing" in page


def test_a_signal_that_is_not_there_cannot_be_accepted(client, tenants, edited):
    client.force_login(tenants.reviewer_a)
    response = client.post(
        reverse("document_accept", args=[edited.pk]),
        {"code": "arithmetic", "reason": "Nothing to accept here, really."},
        follow=True,
    )
    assert "There is no such signal" in response.content.decode()
    edited.refresh_from_db()
    assert edited.overrides == {}
