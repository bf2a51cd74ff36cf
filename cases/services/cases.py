"""Services that change cases: each one a transaction that writes its history entry."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .. import workflow
from ..models import (
    Appeal,
    Case,
    CaseEvent,
    CaseKind,
    EventKind,
    RejectionReason,
    Role,
    Status,
    UngatingRequest,
)
from ..ports import documents
from ..scoping import membership_for
from . import notifications
from .readiness import record_readiness


class CaseError(Exception):
    """The action cannot be taken; the message says why, in the user's words."""


ANSWER_WITHIN = timedelta(hours=24)  # Answer Amazon within 24 hours (docs/domain.md, Ungating).


def in_every_language(write):
    """{code: text} of `write()` (a note built with gettext) in each language offered."""
    translations = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translations[code] = str(write())
    return translations


def _log(case, by, kind, *, action="", from_value="", to_value="", note="", shared=True):
    """A line of the case's history; every change writes one, so the stored readiness
    verdict the lists show is brought up to date here too.

    `note` is text, or a function writing it with gettext: then it is kept in every
    language offered, and each reader sees it in theirs (CaseEvent.text).
    """
    translations = {}
    if callable(note):
        translations = in_every_language(note)
        note = str(note())
    event = CaseEvent.objects.create(
        translations=translations,
        case=case,
        actor=by,
        kind=kind,
        action=action,
        from_value=from_value,
        to_value=to_value,
        note=note,
        shared=shared,
    )
    if kind != EventKind.COMMENT:
        record_readiness(case)
    return event


@transaction.atomic
def create_case(*, seller_account, kind, by):
    case = Case.objects.create(
        workspace=seller_account.workspace,
        seller_account=seller_account,
        kind=kind,
        created_by=by,
        assignee=by if _is_agency(by, seller_account.workspace) else None,
    )
    if kind == CaseKind.GATING:
        UngatingRequest.objects.create(case=case)
    else:
        Appeal.objects.create(case=case)
    _log(case, by, EventKind.CREATED, to_value=Status.DRAFT)
    return case


def _is_agency(user, workspace):
    membership = membership_for(user, workspace)
    return membership is not None and membership.role in (Role.REVIEWER, Role.CONSULTANT)


def _locked(case):
    """Re-read the case under a row lock: two people clicking at once take turns."""
    return Case.objects.select_for_update().get(pk=case.pk)


@transaction.atomic
def transition(*, case, action, by, note="", **details):
    """Move the case by one action of the state machine, or raise CaseError.

    The status is re-checked under a row lock, so a second click on a case that has
    already moved is refused and changes nothing.
    """
    step = workflow.BY_ACTION.get(action)
    if step is None:
        raise CaseError(_("Unknown action."))
    current = _locked(case)
    membership = membership_for(by, current.workspace)
    if membership is None or membership.role not in step.roles:
        raise CaseError(
            _("Your role cannot take this action: %(action)s.") % {"action": step.label}
        )
    if current.status not in step.sources:
        raise CaseError(
            _("This case is now “%(status)s”: “%(action)s” is no longer possible.")
            % {"status": current.get_status_display(), "action": step.label}
        )
    note = (note or "").strip()
    if step.note and not note:
        raise CaseError(_("Please fill in: %(what)s.") % {"what": step.note})
    _guard_readiness(current, step, note)
    _apply_side_effects(current, action, note, details, by)
    previous = current.status
    current.status = step.target
    current.save()
    _log(
        current,
        by,
        EventKind.TRANSITION,
        action=action,
        from_value=previous,
        to_value=step.target,
        note=note,
    )
    notifications.on_transition(case=current, action=action, note=note, by=by)
    case.refresh_from_db()
    return case


def _guard_readiness(case, step, note):
    """The readiness gate, here so that no caller can skip it.

    Submitting for review needs a case with no blocker. A reviewer may approve a case
    whose readiness still shows blockers (the rules can be wrong about a document), but
    only with a reason, which the history keeps.
    """
    if not step.needs_ready and not step.approves_packet:
        return
    from ..selectors import case_readiness

    blockers = case_readiness(case).blockers
    if not blockers:
        return
    if step.approves_packet:
        if not note:
            raise CaseError(
                ngettext(
                    "The readiness check still shows %(count)s blocker: say why you approve "
                    "the packet anyway.",
                    "The readiness check still shows %(count)s blockers: say why you approve "
                    "the packet anyway.",
                    len(blockers),
                )
                % {"count": len(blockers)}
            )
        return
    raise CaseError(
        ngettext(
            "The case is not ready: %(count)s blocker remains, listed on the review step.",
            "The case is not ready: %(count)s blockers remain, listed on the review step.",
            len(blockers),
        )
        % {"count": len(blockers)}
    )


def _apply_side_effects(case, action, note, details, by):
    now = timezone.now()
    if action == "submit_for_review":
        case.review_requested_at = now
    elif action in workflow.PACKET_APPROVALS:
        # The approval is of one packet version, recorded on it.
        documents().approve_packet(case=case, by=by, version_id=details.get("version"))
    elif action == "mark_submitted":
        case.submitted_at = now
    elif action == "record_information_request":
        case.information_request = note
        case.answer_due_at = now + ANSWER_WITHIN
    elif action == "answer_information_request":
        # What goes to Amazon is a supplementary packet a reviewer approved (issue 16).
        documents().check_answer_approved(case=case)
        case.answer_due_at = None
    elif action in ("record_amazon_approval", "record_rejection"):
        case.decided_at = now
        case.answer_due_at = None
    if action == "record_rejection":
        reasons = details.get("reasons") or []
        if not reasons:
            raise CaseError(_("Choose at least one reason Amazon gave."))
        case.rejection_reasons = list(reasons)
        case.rejection_feedback = details.get("feedback", "").strip()


def record_rejection(*, case, reasons, feedback, by):
    labels = ", ".join(
        str(RejectionReason(r).label) for r in reasons if r in RejectionReason.values
    )
    return transition(
        case=case,
        action="record_rejection",
        by=by,
        note=feedback.strip() or labels,
        reasons=reasons,
        feedback=feedback,
    )


@transaction.atomic
def reapply(*, case, by):
    """The next attempt after a rejection: a new draft linked to it, documents carried over."""
    current = _locked(case)
    if current.status != Status.AMAZON_REJECTED:
        raise CaseError(_("Only a case rejected by Amazon can be re-applied."))
    if Case.objects.filter(previous_attempt=current).exists():
        raise CaseError(_("This attempt was already re-applied."))
    if membership_for(by, current.workspace) is None:
        raise CaseError(_("Your role cannot take this action."))
    new = Case.objects.create(
        workspace=current.workspace,
        seller_account=current.seller_account,
        kind=current.kind,
        assignee=current.assignee,
        attempt=current.attempt + 1,
        previous_attempt=current,
        created_by=by,
    )
    for name in ("ungating", "appeal"):
        if hasattr(current, name):
            copy = getattr(current, name)
            copy.pk = None
            copy.id = None
            copy.case = new
            copy._state.adding = True
            copy.save()
    _carry_documents(current, new)
    _log(
        new,
        by,
        EventKind.CREATED,
        to_value=Status.DRAFT,
        note=_("Attempt %(n)s, re-applying after attempt %(old)s.")
        % {"n": new.attempt, "old": current.attempt},
    )
    _log(
        current, by, EventKind.COMMENT, note=_("Re-applied as attempt %(n)s.") % {"n": new.attempt}
    )
    return new


def _carry_documents(old, new):
    # The documents app keeps the links between cases and invoices.
    documents().carry_over_documents(from_case=old, to_case=new)


@transaction.atomic
def assign(*, case, assignee, by):
    current = _locked(case)
    if not _is_agency(by, current.workspace):
        raise CaseError(_("Only the agency assigns cases."))
    if assignee is not None and not _is_agency(assignee, current.workspace):
        raise CaseError(_("Cases are assigned to a consultant or reviewer of the workspace."))
    previous = current.assignee
    if previous == assignee:
        return case
    current.assignee = assignee
    current.save(update_fields=["assignee", "updated"])
    _log(
        current,
        by,
        EventKind.ASSIGNMENT,
        from_value=str(previous or "–"),
        to_value=str(assignee or "–"),
        shared=False,
    )
    case.refresh_from_db()
    return case


@transaction.atomic
def comment(*, case, text, by, shared):
    text = (text or "").strip()
    if not text:
        raise CaseError(_("Write a comment first."))
    membership = membership_for(by, case.workspace)
    # A seller's comments are always visible to the seller (they wrote them).
    if membership is None or membership.role == Role.SELLER:
        shared = True
    event = _log(case, by, EventKind.COMMENT, note=text, shared=shared)
    notifications.on_seller_activity(case=case, by=by, what="comment", note=text)
    return event


@transaction.atomic
def record_edit(*, case, by, step, changed):
    """One history line per wizard step saved with changes (field names, not values)."""
    if changed:
        _log(case, by, EventKind.EDIT, action=step, note=", ".join(changed))


def record_document_event(*, case, by, note, action="documents"):
    """History line for a document added, corrected or removed, or a packet rendered;
    `note` a function writing it with gettext, so that each reader sees it in theirs."""
    return _log(case, by, EventKind.EDIT, action=action, note=note)


@transaction.atomic
def return_to_review(*, case, by, note):
    """A packet re-rendered after approval needs approval again; `by` asked for the render."""
    current = _locked(case)
    if current.status != Status.APPROVED:
        return case
    current.status = Status.IN_REVIEW
    current.save(update_fields=["status", "updated"])
    _log(
        current,
        by,
        EventKind.TRANSITION,
        action="packet_rerendered",
        from_value=Status.APPROVED,
        to_value=Status.IN_REVIEW,
        note=note,
    )
    notifications.on_return_to_review(case=current, by=by)
    return current


def set_appeal_deadline(*, case):
    """The notice's deadline ("appeal within 17 days") is the case's answer-due date."""
    from datetime import datetime, time

    appeal = case.appeal
    if not (appeal.appeal_within_days and appeal.notice_date):
        return
    end_of_notice_day = timezone.make_aware(datetime.combine(appeal.notice_date, time(23, 59)))
    due = end_of_notice_day + timedelta(days=appeal.appeal_within_days)
    if case.answer_due_at != due:
        case.answer_due_at = due
        case.save(update_fields=["answer_due_at", "updated"])
