"""Answering Amazon's request for information with a supplementary packet version.

When Amazon asks for more (the case is "Information requested"), the case takes new
documents, only for adding: nothing attached before is removed or corrected, and no
original is ever changed. A supplementary packet version holds the documents added since
the request and the answer; a reviewer approves it like any other version, and only then
may the case record "Information sent to Amazon" (cases/workflow.py).
"""

from django.utils.translation import gettext as _

from cases.models import CaseEvent, EventKind, Status

from ..models import CaseDocument, JobStatus


def accepts_documents(case):
    """An editable case, or one answering Amazon's request (documents are only added)."""
    return case.is_editable or case.status == Status.INFORMATION_REQUESTED


def request_opened_at(case):
    """When the open request for information was recorded, or None."""
    event = (
        CaseEvent.objects.filter(
            case=case, kind=EventKind.TRANSITION, action="record_information_request"
        )
        .order_by("-created", "-pk")
        .first()
    )
    return event.created if event else None


def new_uses(case):
    """The documents added to the case since Amazon's request, oldest first."""
    since = request_opened_at(case)
    uses = CaseDocument.objects.filter(case=case).order_by("created", "pk")
    return uses.filter(created__gt=since) if since else uses.none()


def answers_open_request(version, case):
    """Is this version the supplementary packet of the request open now? (A case put in
    that status without its history, as imported ones, takes any supplementary version.)"""
    since = request_opened_at(case)
    return bool(version.supplementary and (since is None or version.created > since))


def changed_since_render(case, version):
    """Something of the case changed after this version was rendered (not a render)."""
    return (
        CaseEvent.objects.filter(case=case, kind=EventKind.EDIT, created__gt=version.rendered_at)
        .exclude(action="packet")
        .exists()
    )


def answer_blocker(case):
    """Why the answer cannot be sent to Amazon yet, in the user's words; None when it can."""
    latest = case.packets.exclude(status=JobStatus.ERROR).order_by("-number").first()
    if latest is None or not answers_open_request(latest, case):
        return _(
            "Render the supplementary packet first (the documents added since Amazon's "
            "request, and your answer): a reviewer approves it before it is sent."
        )
    if latest.status != JobStatus.DONE:
        return _("Supplementary packet version %(n)s is still being rendered.") % {
            "n": latest.number
        }
    if latest.approved_at is None:
        return _(
            "A reviewer approves supplementary packet version %(n)s before it is sent to Amazon."
        ) % {"n": latest.number}
    if changed_since_render(case, latest):
        return _(
            "The case changed after supplementary packet version %(n)s was rendered: render "
            "it again and have it approved."
        ) % {"n": latest.number}
    return None


def check_answer_approved(*, case):
    """Raise CaseError unless an approved supplementary packet answers the open request."""
    from cases.services.cases import CaseError

    blocker = answer_blocker(case)
    if blocker:
        raise CaseError(blocker)


def previous_answer(case):
    """The answer of the latest supplementary version of the open request, or ""."""
    for version in case.packets.filter(supplementary=True).order_by("-number"):
        if answers_open_request(version, case):
            return version.answer
    return ""
