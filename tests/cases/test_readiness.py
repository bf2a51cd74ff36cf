from datetime import timedelta

import pytest
from django.utils import timezone

from cases import readiness as r

# Compares dates with today: CI runs these 90 days ahead too (README, Testing).
pytestmark = pytest.mark.clock

TODAY = timezone.localdate()


def good_invoice(days_old=30, **overrides):
    values = {
        "name": f"invoice-{days_old}.pdf",
        "invoice_date": TODAY - timedelta(days=days_old),
        "verdict": "pass",
        "supplier_name": "Acme Distribution",
        "supplier_kind": "distributor",
        "supplier_confirmed_on": TODAY - timedelta(days=40),
    }
    values.update(overrides)
    return r.InvoiceFact(**values)


def ready_facts(**overrides):
    values = {
        "today": TODAY,
        "target_chosen": True,
        "business_confirmed": True,
        "health_has_data": True,
        "invoices": [good_invoice(30), good_invoice(75)],
        "return_policy": True,
        "support_record": True,
        "cover_letter_words": 200,
    }
    values.update(overrides)
    return r.CaseFacts(**values)


def codes(facts, severity=None):
    return [f.code for f in r.evaluate(facts).findings if severity in (None, f.severity)]


def test_a_complete_case_is_ready():
    result = r.evaluate(ready_facts())
    assert result.verdict == r.READY
    assert codes(ready_facts(), r.BLOCKER) == codes(ready_facts(), r.WARNING) == []


@pytest.mark.parametrize(
    "overrides,code,severity,step",
    [
        ({"target_chosen": False}, "target_missing", r.BLOCKER, "target"),
        ({"business_missing": ["phone"]}, "business_incomplete", r.BLOCKER, "business"),
        ({"business_confirmed": False}, "business_not_confirmed", r.BLOCKER, "business"),
        ({"health_has_data": False}, "health_unknown", r.WARNING, "health"),
        ({"health_failing": ["Order defect rate"]}, "health_below_target", r.BLOCKER, "health"),
        ({"invoices": []}, "no_invoices", r.BLOCKER, "invoices"),
        ({"invoices": [good_invoice()]}, "few_invoices", r.WARNING, "invoices"),
        (
            {"invoices": [good_invoice(d) for d in (10, 40, 70, 100)]},
            "too_many_invoices",
            r.BLOCKER,
            "invoices",
        ),
        (
            {"invoices": [good_invoice(30), good_invoice(181)]},
            "invoice_too_old",
            r.BLOCKER,
            "invoices",
        ),
        (
            {"invoices": [good_invoice(30), good_invoice(-3)]},
            "invoice_in_future",
            r.BLOCKER,
            "invoices",
        ),
        (
            {"invoices": [good_invoice(30), good_invoice(60, invoice_date=None)]},
            "invoice_date_missing",
            r.BLOCKER,
            "invoices",
        ),
        (
            {"invoices": [good_invoice(30), good_invoice(60, verdict="fail")]},
            "invoice_checks_failed",
            r.BLOCKER,
            "invoices",
        ),
        (
            {"invoices": [good_invoice(30), good_invoice(60, verdict="warn")]},
            "invoice_checks_warn",
            r.WARNING,
            "invoices",
        ),
        (
            {"invoices": [good_invoice(30), good_invoice(60, verdict="", status="reading")]},
            "invoice_checks_pending",
            r.BLOCKER,
            "invoices",
        ),
        (
            {"invoices": [good_invoice(30), good_invoice(60, status="error", verdict="")]},
            "invoice_check_error",
            r.BLOCKER,
            "invoices",
        ),
        (
            {"invoices": [good_invoice(30), good_invoice(60, supplier_kind="reseller")]},
            "supplier_not_authorized",
            r.BLOCKER,
            "invoices",
        ),
        (
            {"invoices": [good_invoice(30), good_invoice(60, supplier_kind="marketplace")]},
            "supplier_not_authorized",
            r.BLOCKER,
            "invoices",
        ),
        (
            {"invoices": [good_invoice(30), good_invoice(60, supplier_kind="unknown")]},
            "supplier_unknown",
            r.WARNING,
            "invoices",
        ),
        (
            {"invoices": [good_invoice(30), good_invoice(60, supplier_confirmed_on=None)]},
            "supplier_not_told",
            r.WARNING,
            "invoices",
        ),
        (
            {"invoices": [good_invoice(30), good_invoice(40)]},
            "invoices_same_month",
            r.TIP,
            "invoices",
        ),
        ({"return_policy": False}, "return_policy_missing", r.WARNING, "supporting"),
        ({"support_record": False}, "support_record_missing", r.WARNING, "supporting"),
        ({"cover_letter_words": 0}, "cover_letter_missing", r.WARNING, "cover_letter"),
        ({"cover_letter_words": 40}, "cover_letter_length", r.WARNING, "cover_letter"),
        ({"cover_letter_words": 900}, "cover_letter_length", r.WARNING, "cover_letter"),
        (
            {"previous_reasons": [("invoices", "Too few or outdated invoices")]},
            "rejection_reason_unanswered",
            r.BLOCKER,
            "review",
        ),
    ],
)
def test_each_rule_fires_with_its_severity_and_step(overrides, code, severity, step):
    findings = [f for f in r.evaluate(ready_facts(**overrides)).findings if f.code == code]
    assert findings, code
    assert findings[0].severity == severity
    assert findings[0].step == step
    assert findings[0].message


def test_window_follows_the_category():
    facts = ready_facts(window_days=90, invoices=[good_invoice(30), good_invoice(95)])
    assert "invoice_too_old" in codes(facts)
    message = next(f.message for f in r.evaluate(facts).findings if f.code == "invoice_too_old")
    assert "95 days old" in message and "under 90 days" in message


def test_an_answered_reason_no_longer_blocks():
    facts = ready_facts(
        previous_reasons=[("invoices", "x"), ("account_metrics", "y")],
        reapply_answers={"invoices": "New invoices from May to October", "account_metrics": " "},
    )
    blockers = [f for f in r.evaluate(facts).findings if f.code == "rejection_reason_unanswered"]
    assert len(blockers) == 1 and "“y”" in blockers[0].message


def test_verdicts():
    assert r.evaluate(ready_facts(return_policy=False)).verdict == r.READY_WITH_WARNINGS
    assert r.evaluate(ready_facts(target_chosen=False)).verdict == r.NOT_READY
    # Tips never change the verdict.
    assert r.evaluate(ready_facts(invoices=[good_invoice(30), good_invoice(40)])).verdict == r.READY


def test_blockers_come_first():
    findings = r.evaluate(ready_facts(return_policy=False, target_chosen=False)).findings
    assert findings[0].severity == r.BLOCKER


def test_while_a_check_runs_the_verdict_says_checking_never_ready():
    facts = ready_facts(
        invoices=[good_invoice(30), good_invoice(60, verdict="", status="queued")],
        return_policy=False,  # a warning too: still not "Ready, with warnings"
    )
    result = r.evaluate(facts)
    assert result.verdict == r.CHECKING
    assert result.label == "Checking the invoices: 1 / 2"
    assert result.blockers  # submitting is refused until the checks end


def test_a_real_blocker_wins_over_checks_still_running():
    facts = ready_facts(
        invoices=[good_invoice(30, verdict="fail"), good_invoice(60, verdict="", status="reading")]
    )
    assert r.evaluate(facts).verdict == r.NOT_READY
