"""Amazon's decisions over a period: what was approved or rejected, why, and how fast.

One query reads the decided cases of the period (a few columns each); the figures are
counted here. A decision is a rejection when the case holds Amazon's reasons (recording a
rejection needs one), an approval otherwise, so a case closed after the decision still
counts as it was decided.
"""

import csv
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from statistics import median

from django.utils import timezone
from django.utils.translation import gettext as _

from .catalog import category_label
from .models import Case, CaseKind, RejectionReason


@dataclass
class Tally:
    label: str
    approved: int = 0
    rejected: int = 0

    @property
    def decided(self):
        return self.approved + self.rejected

    @property
    def approval_rate(self):
        return self.approved / self.decided if self.decided else None

    @property
    def approval_percent(self):
        return None if self.approval_rate is None else 100 * self.approval_rate


@dataclass
class OutcomeReport:
    start: object
    end: object
    total: Tally = field(default_factory=lambda: Tally(""))
    by_kind: dict = field(default_factory=dict)
    by_category: dict = field(default_factory=dict)
    by_brand: dict = field(default_factory=dict)
    reasons: list = field(default_factory=list)  # (label, count), most frequent first
    median_days: float | None = None
    first_attempts: Tally = field(default_factory=lambda: Tally(""))

    @property
    def first_attempt_approval_rate(self):
        return self.first_attempts.approval_rate

    @staticmethod
    def _sorted(groups):
        return sorted(groups.values(), key=lambda t: (-t.decided, t.label.casefold()))

    @property
    def kinds(self):
        return self._sorted(self.by_kind)

    @property
    def categories(self):
        return self._sorted(self.by_category)

    @property
    def brands(self):
        return self._sorted(self.by_brand)


def _bounds(start, end):
    """The whole days from `start` to `end`, in the site's time zone."""
    low = timezone.make_aware(datetime.combine(start, time.min))
    high = timezone.make_aware(datetime.combine(end + timedelta(days=1), time.min))
    return low, high


def _add(tally, approved):
    if approved:
        tally.approved += 1
    else:
        tally.rejected += 1


def _count(groups, key, label, approved):
    _add(groups.setdefault(key, Tally(label)), approved)


def outcome_report(membership, start, end):
    low, high = _bounds(start, end)
    rows = (
        Case.objects.visible_to(membership)
        .filter(decided_at__gte=low, decided_at__lt=high)
        .values_list(
            "kind",
            "attempt",
            "submitted_at",
            "decided_at",
            "rejection_reasons",
            "ungating__brand",
            "ungating__category__name",
            "ungating__category__parent__name",
        )
        .order_by()
    )
    report = OutcomeReport(start=start, end=end)
    reasons = Counter()
    days = []
    kind_labels = dict(CaseKind.choices)
    for kind, attempt, submitted, decided, codes, brand, category, parent in rows:
        approved = not codes
        _add(report.total, approved)
        _count(report.by_kind, kind, str(kind_labels.get(kind, kind)), approved)
        if category:
            name = category_label(category, parent)
            _count(report.by_category, name, name, approved)
        if brand:
            _count(report.by_brand, brand.casefold(), brand, approved)
        if attempt == 1:
            _add(report.first_attempts, approved)
        reasons.update(codes or [])
        if submitted:
            days.append((decided - submitted).total_seconds() / 86400)
    report.median_days = round(median(days), 1) if days else None
    labels = dict(RejectionReason.choices)
    report.reasons = [(str(labels.get(code, code)), n) for code, n in reasons.most_common()]
    return report


# ---- CSV ---------------------------------------------------------------------------------

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """A spreadsheet opens a cell starting with = + - @ as a formula (OWASP, CSV injection):
    a leading quote keeps it text."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(report, out):
    writer = csv.writer(out)
    rows = [
        [_("Section"), _("Group"), _("Approved"), _("Rejected"), _("Approval rate")],
        *_tally_rows(_("All decisions"), [report.total]),
        *_tally_rows(_("Kind of case"), report.kinds),
        *_tally_rows(_("Category"), report.categories),
        *_tally_rows(_("Brand"), report.brands),
        *[[_("Rejection reason"), label, "", count, ""] for label, count in report.reasons],
        *_tally_rows(_("First attempts"), [report.first_attempts]),
        [_("Median days from submission to decision"), "", "", "", report.median_days or ""],
    ]
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])


def _tally_rows(section, tallies):
    return [
        [
            section,
            tally.label,
            tally.approved,
            tally.rejected,
            "" if tally.approval_rate is None else f"{tally.approval_rate:.3f}",
        ]
        for tally in tallies
    ]
