"""Readiness of an appeal: the notice read, the plan of action, the evidence per ASIN.

The same Finding and verdict as an ungating case (cases/readiness.py); the facts of the
appeal are gathered here, over the same CaseFacts.
"""

from django.utils.translation import gettext as _

from ..ports import documents
from ..readiness import BLOCKER, WARNING, Finding, forgery_signals, invoice_checks, suppliers
from . import lint


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
            % {"date": f.answer_due.isoformat()},
            "review",
        )


def appeal_invoices(f):
    """Invoice checks and suppliers count for appeals too (same rules, other step)."""
    for rule in (invoice_checks, forgery_signals, suppliers):
        for finding in rule(f):
            yield Finding(finding.code, finding.severity, finding.message, "evidence")


APPEAL_RULES = [notice_read, plan_of_action, evidence_per_asin, appeal_invoices, appeal_deadline]
