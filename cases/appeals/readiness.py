"""Readiness of an appeal: the notice read, the plan of action, the evidence per ASIN.

The same Finding and verdict as an ungating case (cases/readiness.py); the facts of the
appeal are gathered here, over the same CaseFacts.
"""

from dataclasses import replace

from django.utils.translation import gettext as _

from ..formatting import long_date
from ..ports import documents
from ..readiness import BLOCKER, WARNING, Finding, forgery_signals, invoice_checks, suppliers
from . import lint
from .sales import coverage, plain

# Reasons for which Amazon expects the chain back to the manufacturer, and a test report
# (docs/domain.md, Reinstatement).
CHAIN_REASONS = {"inauthentic"}
TEST_REPORT_REASONS = {"product_safety"}


def appeal_facts(case, appeal, facts):
    facts.reasons = list(appeal.reasons)
    facts.asins = list(appeal.asins)
    facts.window_days = appeal.evidence_period_days
    as_of = appeal.notice_date or facts.today
    matrix, _uses, _cells = documents().evidence_matrix(case, facts.asins, facts.window_days, as_of)
    facts.asin_evidence = {
        asin: [u.document.original_name for u in m] for asin, m in matrix.items()
    }
    facts.poa_findings = lint(appeal.plan(), facts.reasons, language=appeal.language)
    facts.answer_due = case.answer_due_at.date() if case.answer_due_at else None
    facts.sales = coverage(facts.asins, appeal.units_sold or {}, documents().units_invoiced(matrix))
    if CHAIN_REASONS & set(facts.reasons):
        facts.chain_gaps = [
            (row["use"].document.original_name, row["supplier"])
            for row in documents().supply_chain(case, appeal.supply_chain or {})
            if not row["documented"]
        ]
    facts.test_report = "test_report" in documents().supporting_purposes(case)


def notice_read(f):
    if not f.reasons:
        yield Finding(
            "notice_reasons_missing",
            BLOCKER,
            _("Paste Amazon's notice and confirm the reasons it gives: the plan answers each."),
            "notice",
        )
    if not f.asins:
        yield Finding(
            "notice_asins_missing",
            WARNING,
            _("No ASIN under review: check the list at the bottom of Amazon's notice."),
            "notice",
        )


def evidence_per_asin(f):
    for asin in f.asins:
        if not f.asin_evidence.get(asin):
            yield Finding(
                "asin_without_invoice",
                BLOCKER,
                _(
                    "No invoice within the last %(days)s days names %(asin)s: add one, or "
                    "confirm which invoice covers it."
                )
                % {"days": f.window_days, "asin": asin},
                "evidence",
            )


def plan_of_action(f):
    for finding in f.poa_findings:
        severity = BLOCKER if finding.severity == "blocker" else WARNING
        yield Finding(f"poa_{finding.rule}", severity, finding.message, "plan")


def appeal_deadline(f):
    if f.answer_due and (f.answer_due - f.today).days <= 3:
        yield Finding(
            "appeal_deadline_close",
            WARNING,
            _("Amazon's deadline is %(date)s: send the appeal before then.")
            % {"date": long_date(f.answer_due)},
            "review",
        )


def appeal_invoices(f):
    """Invoice checks and suppliers count for appeals too (same rules, other step)."""
    for rule in (invoice_checks, forgery_signals, suppliers):
        for finding in rule(f):
            yield replace(finding, step="evidence")


def units_cover_sales(f):
    """The units invoiced over the period cover the units sold over it, ASIN by ASIN."""
    missing = [row.asin for row in f.sales if row.missing]
    for row in f.sales:
        # An ASIN without any invoice is already a blocker of its own (evidence_per_asin).
        if not row.short or not f.asin_evidence.get(row.asin):
            continue
        figures = {"asin": row.asin, "sold": plain(row.sold), "invoiced": plain(row.invoiced)}
        message = (
            _(
                "%(asin)s: %(sold)s units sold over the period, only %(invoiced)s invoiced. Amazon "
                "asks for invoices whose quantities cover the sales: add invoices for the rest."
            )
            % figures
        )
        if row.uncounted:
            message += " " + _(
                "The units of %(names)s could not be counted for this ASIN: check its lines."
            ) % {"names": ", ".join(row.uncounted)}
        yield Finding("units_short", BLOCKER, message, "evidence")
    if missing:
        yield Finding(
            "units_sold_missing",
            WARNING,
            _(
                "Units sold not entered for %(asins)s: type them or import the Business Report, "
                "so that the invoices can be set against the sales."
            )
            % {"asins": ", ".join(missing)},
            "evidence",
        )


def supply_chain(f):
    for name, supplier in f.chain_gaps:
        yield Finding(
            "supply_chain_missing",
            BLOCKER,
            _(
                "%(name)s comes from %(supplier)s, not the manufacturer: for inauthentic-item "
                "complaints Amazon expects the chain back to the manufacturer. Add the "
                "supplier's letter of authorization or its own invoice from its supplier, and "
                "link it to this invoice."
            )
            % {"name": name, "supplier": supplier or _("a supplier")},
            "evidence",
        )


def test_report(f):
    if TEST_REPORT_REASONS & set(f.reasons) and not f.test_report:
        yield Finding(
            "test_report_missing",
            BLOCKER,
            _(
                "A product-safety complaint asks for a test report from an accredited "
                "laboratory: add it as evidence (purpose “Test report”)."
            ),
            "evidence",
        )


APPEAL_RULES = [
    notice_read,
    plan_of_action,
    evidence_per_asin,
    units_cover_sales,
    supply_chain,
    test_report,
    appeal_invoices,
    appeal_deadline,
]
