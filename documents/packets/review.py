"""The reviewer's queue: what waits for a decision, in one order, and moving along it."""

from dataclasses import dataclass
from functools import cache

from django.db.models import BooleanField, DateTimeField, IntegerField, Q
from django.db.models.expressions import RawSQL

from cases.models import Case, Status
from cases.models.case import InConstants

from ..models import JobStatus, PacketVersion


@cache
def _queue_columns():
    """The queue's columns read off each case's latest rendered packet, written in SQL once
    per process like the case list's row columns (cases.selectors._row_columns): compiling
    them as Subquery()s took Django more time than PostgreSQL took to run them. Only table
    names and our own constants go into the text. With a packet table of any size the
    latest packet is one step back along the (case, number) unique index."""
    case, packet = Case._meta.db_table, PacketVersion._meta.db_table
    latest = (
        f"FROM {packet} p WHERE p.case_id = {case}.id AND p.status = '{JobStatus.DONE}'"
        " ORDER BY p.number DESC LIMIT 1"
    )
    asked = Status.INFORMATION_REQUESTED
    columns = {
        "packet_id": (f"SELECT p.id {latest}", IntegerField()),
        "packet_number": (f"SELECT p.number {latest}", IntegerField()),
        "packet_supplementary": (f"SELECT p.supplementary {latest}", BooleanField()),
        # Cases waiting for Amazon wait for the answer (the supplementary packet) since it
        # was rendered; the others since review was asked.
        "waiting_since": (
            f"CASE WHEN {case}.status = '{asked}' THEN (SELECT p.rendered_at {latest})"
            f" ELSE COALESCE({case}.review_requested_at, {case}.created) END",
            DateTimeField(),
        ),
    }
    # A supplementary packet (the answer to Amazon's request) not approved yet.
    awaits = RawSQL(  # noqa: S611 - table names and constants only
        f"(SELECT p.supplementary AND p.approved_at IS NULL {latest})",  # noqa: S608
        (),
        output_field=BooleanField(),
    )
    annotations = {
        name: RawSQL(text, (), output_field=field)  # noqa: S611 - names and constants only
        for name, (text, field) in columns.items()
    }
    return annotations, awaits


def review_queue(membership):
    """Cases in review, and cases whose supplementary packet (the answer to Amazon's
    request) waits for approval; longest waiting first. The queue page and the review
    page's next / previous read this one order. Each case carries its latest rendered
    packet (packet_id, packet_number, packet_supplementary) and `waiting_since`."""
    annotations, awaits = _queue_columns()
    return (
        Case.objects.visible_to(membership)
        .filter(workspace=membership.workspace)
        # In review written as a constant: the partial index on cases in review then serves
        # prepared statements too (see InConstants).
        .filter(
            Q(InConstants("status", [Status.IN_REVIEW]))
            | Q(awaits, status=Status.INFORMATION_REQUESTED)
        )
        .annotate(**annotations)
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
