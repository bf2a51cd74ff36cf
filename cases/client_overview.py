"""What a consultant reads first on a client's page: open cases, the next deadline, where
the account's health is heading, and what happened lately. Three queries whatever the
number of cases."""

from dataclasses import dataclass

from django.db.models import F

from .health import METRICS
from .models import Case, CaseEvent

OPEN_CASES_SHOWN = 20
ACTIVITY_SHOWN = 15

IMPROVING = "improving"
WORSENING = "worsening"
STEADY = "steady"


@dataclass
class MetricTrend:
    metric: object
    latest: object
    previous: object
    direction: str  # improving, worsening, steady, or "" with fewer than two values


@dataclass
class ClientOverview:
    open_cases: list
    open_count: int
    next_deadline: object  # the open case due first, or None
    activity: list
    trends: dict  # metric field -> MetricTrend


def _direction(metric, latest, previous):
    if latest is None or previous is None:
        return ""
    if latest == previous:
        return STEADY
    lower_is_better = metric.rule in ("below", "at_most")
    return IMPROVING if (latest < previous) == lower_is_better else WORSENING


def health_trends(snapshots):
    """Each metric's latest value against the one before (snapshots newest first), by
    field."""
    trends = {}
    for metric in METRICS:
        values = [getattr(s, metric.field) for s in snapshots]
        values = [v for v in values if v is not None][:2]
        latest = values[0] if values else None
        previous = values[1] if len(values) > 1 else None
        trends[metric.field] = MetricTrend(
            metric, latest, previous, _direction(metric, latest, previous)
        )
    return trends


def client_overview(account, membership, snapshots):
    cases = Case.objects.visible_to(membership).filter(seller_account=account)
    open_cases = cases.exclude(status__in=Case.FINISHED)
    # Due first, undated last, then the latest activity: what needs the consultant now.
    shown = list(
        open_cases.for_list().order_by(F("answer_due_at").asc(nulls_last=True), "-updated", "-pk")[
            :OPEN_CASES_SHOWN
        ]
    )
    count = len(shown) if len(shown) < OPEN_CASES_SHOWN else open_cases.count()
    activity = list(
        CaseEvent.visible_for(membership)
        .filter(case__in=cases)
        .select_related("actor")
        .only(
            "pk",
            "case_id",
            "created",
            "kind",
            "action",
            "from_value",
            "to_value",
            "note",
            "translations",
            "actor__email",
            "actor__full_name",
        )
        .order_by("-created", "-pk")[:ACTIVITY_SHOWN]
    )
    due = shown[0] if shown and shown[0].answer_due_at else None
    return ClientOverview(
        open_cases=shown,
        open_count=count,
        next_deadline=due,
        activity=activity,
        trends=health_trends(snapshots),
    )
