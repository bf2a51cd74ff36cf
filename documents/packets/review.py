"""The reviewer's queue: what waits for a decision, in one order, and moving along it."""

from dataclasses import dataclass

from django.db import models
from django.db.models import (
    BooleanField,
    ExpressionWrapper,
    F,
    JSONField,
    OuterRef,
    Q,
    Subquery,
    When,
)
from django.db.models.functions import Coalesce, JSONObject

from cases.models import Case, Status

from ..models import JobStatus, PacketVersion

# A supplementary packet (the answer to Amazon's request) not approved yet.
AWAITS_APPROVAL = ExpressionWrapper(
    Q(supplementary=True, approved_at__isnull=True), output_field=BooleanField()
)


def review_queue(membership):
    """Cases in review, and cases whose supplementary packet (the answer to Amazon's
    request) waits for approval; longest waiting first. The queue page and the review
    page's next / previous read this one order."""
    latest = PacketVersion.objects.filter(case=OuterRef("pk"), status=JobStatus.DONE).order_by(
        "-number"
    )
    return (
        Case.objects.visible_to(membership)
        .filter(workspace=membership.workspace)
        .annotate(
            # The latest packet's number, id and kind in one look (one subquery, not three).
            packet=Subquery(
                latest.values(
                    fields=JSONObject(id="pk", number="number", supplementary="supplementary")
                )[:1],
                output_field=JSONField(),
            ),
            # One look at the latest packet for the filter, not one per column it reads.
            packet_awaits_approval=Subquery(latest.values(awaits=AWAITS_APPROVAL)[:1]),
            packet_rendered_at=Subquery(latest.values("rendered_at")[:1]),
        )
        .filter(
            Q(status=Status.IN_REVIEW)
            | Q(status=Status.INFORMATION_REQUESTED, packet_awaits_approval=True)
        )
        .annotate(
            waiting_since=models.Case(
                When(status=Status.INFORMATION_REQUESTED, then=F("packet_rendered_at")),
                default=Coalesce(F("review_requested_at"), F("created")),
            )
        )
        .order_by("waiting_since", "pk")
    )


@dataclass
class Position:
    """Where a case stands in the queue: `index` counts from 1; None when not in it."""

    index: int | None
    total: int
    previous: int | None
    next: int | None


def position_in_queue(membership, case):
    pks = list(review_queue(membership).values_list("pk", flat=True))
    if case.pk not in pks:
        return Position(None, len(pks), None, pks[0] if pks else None)
    at = pks.index(case.pk)
    return Position(
        at + 1,
        len(pks),
        pks[at - 1] if at > 0 else None,
        pks[at + 1] if at + 1 < len(pks) else None,
    )
