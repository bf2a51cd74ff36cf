"""Account-health thresholds and verdicts: the one place these numbers live.

Sources (docs/domain.md, Account health): ODR under 1 %, feedback at or above 98 %,
answers within 24 hours; late shipment under 4 %, pre-fulfillment cancel under 2.5 %, valid
tracking above 95 % (Amazon's published targets). Weak metrics: improve 30 to 60 days first.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from . import formatting

GOOD = "good"
BAD = "bad"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class Metric:
    field: str
    label: str
    unit: str
    # "below": the value must stay strictly under the threshold; "above": strictly over;
    # "at_least": at or over; "at_most": at or under.
    rule: str
    threshold: Decimal
    advice: str
    # Lower number = fix first. Amazon deactivates on ODR before anything else.
    priority: int

    def passes(self, value):
        value = Decimal(value)
        return {
            "below": value < self.threshold,
            "above": value > self.threshold,
            "at_least": value >= self.threshold,
            "at_most": value <= self.threshold,
        }[self.rule]

    @property
    def target(self):
        return formatting.metric_target(self)


METRICS = [
    Metric(
        "order_defect_rate",
        _("Order defect rate"),
        " %",
        "below",
        Decimal("1"),
        _("Bring the order defect rate under 1 %: answer A-to-z claims and chargebacks fast."),
        1,
    ),
    Metric(
        "positive_feedback",
        _("Positive feedback"),
        " %",
        "at_least",
        Decimal("98"),
        _("Raise positive feedback to 98 % or more: follow up every negative review."),
        2,
    ),
    Metric(
        "average_response_hours",
        _("Average response time"),
        " h",
        "at_most",
        Decimal("24"),
        _("Answer every customer message within 24 hours, weekends included."),
        3,
    ),
    Metric(
        "late_shipment_rate",
        _("Late shipment rate"),
        " %",
        "below",
        Decimal("4"),
        _("Ship on time: keep the late shipment rate under 4 %."),
        4,
    ),
    Metric(
        "pre_fulfillment_cancel_rate",
        _("Pre-fulfillment cancel rate"),
        " %",
        "below",
        Decimal("2.5"),
        _("Cancel fewer orders before shipping (under 2.5 %): keep stock counts exact."),
        5,
    ),
    Metric(
        "valid_tracking_rate",
        _("Valid tracking rate"),
        " %",
        "above",
        Decimal("95"),
        _("Upload a valid tracking number for more than 95 % of shipments."),
        6,
    ),
    Metric(
        "return_rate",
        _("Return rate"),
        " %",
        "below",
        Decimal("10"),
        _("Bring returns under 10 %: check listings, photos and sizes against what ships."),
        7,
    ),
    Metric(
        "policy_violations",
        _("Policy violations"),
        "",
        "at_most",
        Decimal("0"),
        _("Resolve every open policy violation before applying."),
        8,
    ),
]
METRICS_BY_FIELD = {m.field: m for m in METRICS}


@dataclass(frozen=True)
class MetricVerdict:
    metric: Metric
    value: Decimal | None
    status: str  # GOOD, BAD or UNKNOWN


# The figures Amazon reads first (docs/domain.md, Account health): without them the
# account cannot be called healthy.
CORE_FIELDS = ("order_defect_rate", "positive_feedback", "average_response_hours")
# Figures older than this say nothing of the account today.
FRESH_DAYS = 30
# After a failing snapshot, the figures must hold this long before applying.
RECOVERY_DAYS = 30


@dataclass(frozen=True)
class HealthVerdict:
    metrics: list
    healthy: bool
    has_data: bool
    age_days: int | None = None  # of the latest snapshot
    missing_core: tuple = ()  # labels of core figures not recorded
    apply_from: object = None  # a date: 30 days after the figures came back

    @property
    def failing(self):
        return sorted((v for v in self.metrics if v.status == BAD), key=lambda v: v.metric.priority)

    @property
    def improve_first(self):
        failing = self.failing
        return failing[0] if failing else None

    @property
    def stale(self):
        return self.age_days is not None and self.age_days > FRESH_DAYS

    @property
    def problems(self):
        """Why the account is not healthy beyond failing figures, in sentences."""
        found = []
        if self.stale:
            found.append(
                _(
                    "The latest figures are %(days)s days old: add a snapshot of today's "
                    "figures from Seller Central."
                )
                % {"days": self.age_days}
            )
        if self.missing_core:
            found.append(
                _("Not recorded: %(metrics)s. Amazon reads these first.")
                % {"metrics": ", ".join(str(label) for label in self.missing_core)}
            )
        if self.apply_from is not None and not self.failing:
            found.append(
                _(
                    "The figures meet the targets again: keep them there for 30 days, until "
                    "%(date)s, before applying."
                )
                % {"date": formatting.long_date(self.apply_from)}
            )
        return found

    @property
    def summary(self):
        if not self.has_data:
            return _("No account-health figures yet: add a snapshot from Seller Central.")
        if self.healthy:
            return _("Healthy enough to apply: every figure meets Amazon's targets.")
        if self.failing:
            return _(
                "Not ready to apply: improve the figures below for 30 to 60 days before applying."
            )
        return _("Not ready to apply yet.") + " " + " ".join(str(p) for p in self.problems)


def metric_verdict(metric, value):
    if value is None:
        return MetricVerdict(metric, None, UNKNOWN)
    return MetricVerdict(metric, Decimal(value), GOOD if metric.passes(value) else BAD)


def assess(snapshot):
    """Verdict on the latest snapshot (None when there is none)."""
    if snapshot is None:
        return HealthVerdict([metric_verdict(m, None) for m in METRICS], False, False)
    verdicts = [metric_verdict(m, getattr(snapshot, m.field)) for m in METRICS]
    healthy = all(v.status != BAD for v in verdicts) and any(v.status == GOOD for v in verdicts)
    return HealthVerdict(verdicts, healthy, True)


def assess_account(snapshots, today):
    """The account's health as Amazon would read it today, from its snapshots (newest first).

    Healthy means: the latest snapshot is at most 30 days old, records the core figures,
    has no figure below target, and, when an earlier snapshot failed, the figures have met
    the targets for 30 days since.
    """
    snapshots = list(snapshots)
    if not snapshots:
        return assess(None)
    latest = assess(snapshots[0])
    missing = tuple(
        METRICS_BY_FIELD[name].label for name in CORE_FIELDS if getattr(snapshots[0], name) is None
    )
    apply_from = None
    last_failing = next((s for s in snapshots if assess(s).failing), None)
    if last_failing is not None and last_failing is not snapshots[0]:
        passing_since = min(
            s.date for s in snapshots if s.date > last_failing.date and not assess(s).failing
        )
        if (today - passing_since).days < RECOVERY_DAYS:
            from datetime import timedelta

            apply_from = passing_since + timedelta(days=RECOVERY_DAYS)
    age = (today - snapshots[0].date).days
    healthy = latest.healthy and age <= FRESH_DAYS and not missing and apply_from is None
    return HealthVerdict(latest.metrics, healthy, True, age, missing, apply_from)
