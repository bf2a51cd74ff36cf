"""The case state machine: every transition, who may take it, and what it needs.

One table, read by the service that moves a case (services/cases.py), by the case page
(which buttons to show) and by the tests (every transition allowed and refused per role).
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .models import Role, Status

AGENCY = frozenset({Role.REVIEWER, Role.CONSULTANT})
EVERYONE = frozenset({Role.REVIEWER, Role.CONSULTANT, Role.SELLER})
REVIEWER = frozenset({Role.REVIEWER})


@dataclass(frozen=True)
class Transition:
    action: str
    label: str
    sources: frozenset
    target: str
    roles: frozenset
    # What the person must write: None, or the label of the required note.
    note: str | None = None
    # The readiness verdict must hold no blocker.
    needs_ready: bool = False
    # The action approves the packet version on the reviewer's screen (it names the
    # version; with blockers, the reviewer's reason is required).
    approves_packet: bool = False
    style: str = "primary"
    # What the person is told once done, when the status alone does not say it (None:
    # "The case is now …").
    done: str | None = None


TRANSITIONS = [
    Transition(
        "submit_for_review",
        _("Submit for review"),
        frozenset({Status.DRAFT, Status.CHANGES_REQUESTED}),
        Status.IN_REVIEW,
        EVERYONE,
        needs_ready=True,
    ),
    # Only a reviewer approves or sends back.
    Transition(
        "approve",
        _("Approve the packet"),
        frozenset({Status.IN_REVIEW}),
        Status.APPROVED,
        REVIEWER,
        approves_packet=True,
        style="success",
    ),
    Transition(
        "request_changes",
        _("Request changes"),
        frozenset({Status.IN_REVIEW}),
        Status.CHANGES_REQUESTED,
        REVIEWER,
        note=_("What must change"),
        style="warning",
    ),
    Transition(
        "mark_submitted",
        _("Mark as submitted to Amazon"),
        frozenset({Status.APPROVED}),
        Status.SUBMITTED,
        EVERYONE,
    ),
    Transition(
        "record_information_request",
        _("Amazon asked for information"),
        frozenset({Status.SUBMITTED}),
        Status.INFORMATION_REQUESTED,
        EVERYONE,
        note=_("What Amazon asked"),
        style="warning",
    ),
    # Amazon's request is answered with a supplementary packet (the documents added since,
    # and the answer), reviewed like any other version; the case stays "Information
    # requested" until the answer is sent (documents/packets/supplement.py).
    Transition(
        "approve_supplement",
        _("Approve the supplementary packet"),
        frozenset({Status.INFORMATION_REQUESTED}),
        Status.INFORMATION_REQUESTED,
        REVIEWER,
        approves_packet=True,
        style="success",
        done=_("The answer to Amazon's request is approved: it can be sent to Amazon."),
    ),
    Transition(
        "request_supplement_changes",
        _("Ask for changes to the answer"),
        frozenset({Status.INFORMATION_REQUESTED}),
        Status.INFORMATION_REQUESTED,
        REVIEWER,
        note=_("What must change"),
        style="warning",
        done=_("Changes to the answer requested: the case waits for a new render."),
    ),
    # Refused until a reviewer approved the supplementary packet of this request.
    Transition(
        "answer_information_request",
        _("Information sent to Amazon"),
        frozenset({Status.INFORMATION_REQUESTED}),
        Status.SUBMITTED,
        EVERYONE,
        note=_("What was sent"),
    ),
    # A seller cannot mark a case approved (or rejected) by Amazon: the agency records it.
    Transition(
        "record_amazon_approval",
        _("Amazon approved"),
        frozenset({Status.SUBMITTED, Status.INFORMATION_REQUESTED}),
        Status.AMAZON_APPROVED,
        AGENCY,
        style="success",
    ),
    Transition(
        "record_rejection",
        _("Amazon rejected"),
        frozenset({Status.SUBMITTED, Status.INFORMATION_REQUESTED}),
        Status.AMAZON_REJECTED,
        AGENCY,
        style="danger",
    ),
    Transition(
        "close",
        _("Close the case"),
        frozenset(
            {Status.DRAFT, Status.CHANGES_REQUESTED, Status.AMAZON_APPROVED, Status.AMAZON_REJECTED}
        ),
        Status.CLOSED,
        AGENCY,
        note=_("Why it is closed"),
        style="secondary",
    ),
]
BY_ACTION = {t.action: t for t in TRANSITIONS}
PACKET_APPROVALS = frozenset(t.action for t in TRANSITIONS if t.approves_packet)
# The reviewer's decisions on a packet, taken from the review page.
REVIEW_DECISIONS = PACKET_APPROVALS | {"request_changes", "request_supplement_changes"}


def available(status, role):
    """Transitions a person of that role may take from that status."""
    return [t for t in TRANSITIONS if status in t.sources and role in t.roles]


# The parts of a packet a reviewer's request for changes can point at.
REVIEW_SECTIONS = [
    ("general", _("Whole packet")),
    ("cover", _("Cover page and business details")),
    ("health", _("Account health")),
    ("letter", _("Cover letter or Plan of Action")),
    ("invoices", _("Invoices")),
    ("supporting", _("Supporting documents")),
]
