from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from cases import workflow
from cases.models import Case, CaseEvent, Role, Status
from cases.readiness import Readiness
from cases.services import cases as services
from tests.factories import make_case, make_packet

# Compares dates with today: CI runs these 90 days ahead too (README, Testing).
pytestmark = pytest.mark.clock

ROLES = ["reviewer", "consultant", "seller"]
READY = Readiness([])

# (action, from status, roles allowed): the policy, written out once more by hand, so that a
# change of the table (cases/workflow.py) must be made twice to pass.
POLICY = [
    ("submit_for_review", Status.DRAFT, {"reviewer", "consultant", "seller"}),
    ("submit_for_review", Status.CHANGES_REQUESTED, {"reviewer", "consultant", "seller"}),
    ("approve", Status.IN_REVIEW, {"reviewer"}),
    ("request_changes", Status.IN_REVIEW, {"reviewer"}),
    ("mark_submitted", Status.APPROVED, {"reviewer", "consultant", "seller"}),
    ("record_information_request", Status.SUBMITTED, {"reviewer", "consultant", "seller"}),
    (
        "answer_information_request",
        Status.INFORMATION_REQUESTED,
        {"reviewer", "consultant", "seller"},
    ),
    ("approve_supplement", Status.INFORMATION_REQUESTED, {"reviewer"}),
    ("request_supplement_changes", Status.INFORMATION_REQUESTED, {"reviewer"}),
    ("record_amazon_approval", Status.SUBMITTED, {"reviewer", "consultant"}),
    ("record_amazon_approval", Status.INFORMATION_REQUESTED, {"reviewer", "consultant"}),
    ("record_rejection", Status.SUBMITTED, {"reviewer", "consultant"}),
    ("record_rejection", Status.INFORMATION_REQUESTED, {"reviewer", "consultant"}),
    ("close", Status.DRAFT, {"reviewer", "consultant"}),
    ("close", Status.CHANGES_REQUESTED, {"reviewer", "consultant"}),
    ("close", Status.AMAZON_APPROVED, {"reviewer", "consultant"}),
    ("close", Status.AMAZON_REJECTED, {"reviewer", "consultant"}),
]

# Every (action, source) pair of the table, each role: a row added there is tested here.
TABLE = sorted(
    (t.action, source, frozenset(str(role) for role in t.roles))
    for t in workflow.TRANSITIONS
    for source in t.sources
)


def case_in(tenants, status, packet=True):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    Case.objects.filter(pk=case.pk).update(status=status)
    case.refresh_from_db()
    if packet:
        make_packet(case)
    return case


@pytest.fixture
def ready(monkeypatch):
    """These tests are about roles and states: the cases pass the readiness rules (the gate
    itself is tested in test_review_findings.py)."""
    monkeypatch.setattr("cases.selectors.case_readiness", lambda case: READY)


def take(case, action, user):
    from documents.packets.service import latest_done

    extra = {"note": "because"}
    if action == "record_rejection":
        return services.record_rejection(case=case, reasons=["invoices"], feedback="old", by=user)
    if action in ("approve_supplement", "answer_information_request"):
        # Amazon's request is answered by a supplementary version, approved before it is
        # sent (tests/documents/test_supplementary_packet.py).
        sent = timezone.now() if action == "answer_information_request" else None
        case.packets.update(supplementary=True, approved_at=sent)
    if action in workflow.PACKET_APPROVALS and latest_done(case) is not None:
        extra["version"] = latest_done(case).pk  # the version on the reviewer's screen
    return services.transition(case=case, action=action, by=user, **extra)


@pytest.mark.parametrize(
    "action,source,allowed", TABLE, ids=[f"{action}-from-{source}" for action, source, _ in TABLE]
)
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.usefixtures("ready")
def test_each_transition_is_allowed_or_refused_per_role(tenants, action, source, allowed, role):
    case = case_in(tenants, source)
    user = tenants.users_of_a()[role]
    target = workflow.BY_ACTION[action].target
    if role in allowed:
        take(case, action, user)
        case.refresh_from_db()
        assert case.status == target
        event = CaseEvent.objects.filter(case=case, kind="transition").get()
        assert (event.actor, event.from_value, event.to_value, event.action) == (
            user,
            source,
            target,
            action,
        )
    else:
        with pytest.raises(services.CaseError, match="Your role cannot"):
            take(case, action, user)
        case.refresh_from_db()
        assert case.status == source
        assert not CaseEvent.objects.filter(case=case, kind="transition").exists()


def test_the_table_matches_the_policy():
    assert set(TABLE) == {(action, source, frozenset(roles)) for action, source, roles in POLICY}


def test_every_role_is_tested():
    assert set(ROLES) == {str(role) for role in Role.values}


@pytest.mark.parametrize("status", [s for s in Status.values if s not in (Status.IN_REVIEW,)])
@pytest.mark.usefixtures("ready")
def test_approve_is_refused_from_any_other_status(tenants, status):
    case = case_in(tenants, status)
    with pytest.raises(services.CaseError, match="no longer possible"):
        take(case, "approve", tenants.reviewer_a)
    case.refresh_from_db()
    assert case.status == status


def test_submitting_for_review_needs_no_blocker(client, tenants):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    client.force_login(tenants.seller_a)
    response = client.post(
        reverse("case_transition", args=[case.pk, "submit_for_review"]), follow=True
    )
    assert "The case is not ready" in response.content.decode()
    case.refresh_from_db()
    assert case.status == Status.DRAFT


@pytest.mark.usefixtures("ready")
def test_second_click_is_refused_and_changes_nothing(tenants):
    case = case_in(tenants, Status.IN_REVIEW)
    stale = Case.objects.get(pk=case.pk)
    take(case, "approve", tenants.reviewer_a)
    with pytest.raises(services.CaseError, match="now “Approved for submission”"):
        take(stale, "request_changes", tenants.reviewer_a)
    assert Case.objects.get(pk=case.pk).status == Status.APPROVED
    assert CaseEvent.objects.filter(case=case, kind="transition").count() == 1


def test_reviewer_of_another_workspace_gets_404_on_approve(client, tenants):
    case = case_in(tenants, Status.IN_REVIEW)
    client.force_login(tenants.reviewer_b)
    assert client.post(reverse("case_transition", args=[case.pk, "approve"])).status_code == 404
    assert Case.objects.get(pk=case.pk).status == Status.IN_REVIEW


def test_seller_posting_approve_is_refused_with_a_message(client, tenants):
    case = case_in(tenants, Status.IN_REVIEW)
    client.force_login(tenants.seller_a)
    response = client.post(reverse("case_transition", args=[case.pk, "approve"]), follow=True)
    assert "Your role cannot take this action" in response.content.decode()
    assert Case.objects.get(pk=case.pk).status == Status.IN_REVIEW


def test_request_changes_needs_a_note(tenants):
    case = case_in(tenants, Status.IN_REVIEW)
    with pytest.raises(services.CaseError, match="What must change"):
        services.transition(case=case, action="request_changes", by=tenants.reviewer_a, note=" ")


def test_information_request_sets_the_answer_due_24_hours_later_and_flags_overdue(client, tenants):
    case = case_in(tenants, Status.SUBMITTED)
    now = timezone.now()
    with time_machine.travel(now, tick=False):
        services.transition(
            case=case, action="record_information_request", by=tenants.seller_a, note="Send the LOA"
        )
    case.refresh_from_db()
    assert case.answer_due_at == now + timedelta(hours=24)
    assert case.information_request == "Send the LOA"
    client.force_login(tenants.consultant_a)
    assert "is overdue" not in client.get(reverse("case_list")).content.decode()
    with time_machine.travel(now + timedelta(hours=25)):
        page = client.get(reverse("case_list")).content.decode()
        assert "1 case is overdue" in page
        assert 'class="table-danger"' in page
        overdue = client.get(reverse("case_list"), {"overdue": "on"}).context["page"]
        assert [c.pk for c in overdue] == [case.pk]
    # The answer is a supplementary packet a reviewer approved (test_supplementary_packet.py).
    make_packet(case)
    case.packets.update(supplementary=True, approved_at=timezone.now())
    services.transition(
        case=case, action="answer_information_request", by=tenants.seller_a, note="LOA sent"
    )
    case.refresh_from_db()
    assert case.answer_due_at is None


def test_rejection_needs_a_reason_and_keeps_the_feedback(tenants):
    case = case_in(tenants, Status.SUBMITTED)
    with pytest.raises(services.CaseError, match="at least one reason"):
        services.record_rejection(case=case, reasons=[], feedback="x", by=tenants.consultant_a)
    services.record_rejection(
        case=case,
        reasons=["invoices", "business_mismatch"],
        feedback="Invoices too old.",
        by=tenants.consultant_a,
    )
    case.refresh_from_db()
    assert case.status == Status.AMAZON_REJECTED
    assert case.rejection_reasons == ["invoices", "business_mismatch"]
    assert case.rejection_feedback == "Invoices too old."
    assert case.decided_at is not None


def test_reapply_creates_the_next_attempt_with_a_rule_per_reason(client, tenants):
    case = case_in(tenants, Status.SUBMITTED)
    case.ungating.brand = "Acme"
    case.ungating.target_type = "brand"
    case.ungating.save()
    services.record_rejection(
        case=case, reasons=["invoices", "account_metrics"], feedback="", by=tenants.consultant_a
    )
    new = services.reapply(case=case, by=tenants.consultant_a)
    assert (new.attempt, new.previous_attempt, new.status) == (2, case, Status.DRAFT)
    assert new.ungating.brand == "Acme" and new.ungating.pk != case.ungating.pk
    with pytest.raises(services.CaseError, match="already re-applied"):
        services.reapply(case=case, by=tenants.consultant_a)
    client.force_login(tenants.seller_a)
    page = client.get(reverse("case_wizard", args=[new.pk, "review"])).content.decode()
    assert page.count('data-code="rejection_reason_unanswered"') == 2
    client.post(
        reverse("case_wizard", args=[new.pk, "review"]),
        {"invoices": "Three invoices from May to October.", "account_metrics": "", "nav": "save"},
    )
    page = client.get(reverse("case_wizard", args=[new.pk, "review"])).content.decode()
    assert page.count('data-code="rejection_reason_unanswered"') == 1
    assert "Poor account metrics" in page


def test_history_entries_cannot_be_changed(tenants):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    event = case.events.get()
    event.note = "rewritten"
    with pytest.raises(ValueError):
        event.save()
    with pytest.raises(ValueError):
        event.delete()


def test_internal_comments_are_hidden_from_the_seller(client, tenants):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    client.force_login(tenants.consultant_a)
    client.post(reverse("case_comment", args=[case.pk]), {"text": "Supplier looks shaky"})
    client.post(
        reverse("case_comment", args=[case.pk]),
        {"text": "Please upload the May invoice", "shared": "on"},
    )
    client.force_login(tenants.seller_a)
    page = client.get(reverse("case_detail", args=[case.pk])).content.decode()
    assert "Please upload the May invoice" in page
    assert "Supplier looks shaky" not in page


def test_assignment_is_recorded_and_limited_to_the_agency(client, tenants):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    client.force_login(tenants.consultant_a)
    client.post(reverse("case_assign", args=[case.pk]), {"assignee": tenants.reviewer_a.pk})
    case.refresh_from_db()
    assert case.assignee == tenants.reviewer_a
    assert case.events.filter(kind="assignment").count() == 1
    # Someone of another workspace cannot be chosen.
    client.post(reverse("case_assign", args=[case.pk]), {"assignee": tenants.consultant_b.pk})
    case.refresh_from_db()
    assert case.assignee == tenants.reviewer_a
    client.force_login(tenants.seller_a)
    client.post(reverse("case_assign", args=[case.pk]), {"assignee": tenants.consultant_a.pk})
    case.refresh_from_db()
    assert case.assignee == tenants.reviewer_a


@pytest.mark.usefixtures("ready")
def test_approval_needs_a_rendered_packet_and_is_recorded_on_it(tenants):
    case = case_in(tenants, Status.IN_REVIEW, packet=False)
    with pytest.raises(services.CaseError, match="Render the packet first"):
        take(case, "approve", tenants.reviewer_a)
    version = make_packet(case)
    take(case, "approve", tenants.reviewer_a)
    version.refresh_from_db()
    assert version.approved_by == tenants.reviewer_a and version.approved_at is not None
