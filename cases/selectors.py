"""Read-side helpers: what the pages show, gathered in a fixed number of queries."""

import re

from django.utils import timezone

from . import health, readiness
from .models import RejectionReason, TargetType
from .ports import documents

# A prompt of the draft left in the letter: "[Describe your experience…]".
PLACEHOLDER = re.compile(r"\[[^\]\n]{2,160}\]")

BUSINESS_FIELDS = ["legal_name", "address_line1", "city", "postal_code", "country", "phone"]


# Enough history to see the last failing snapshot and the 30 days since.
HEALTH_HISTORY = 24


def latest_health(seller_account):
    snapshots = seller_account.health_snapshots.all()[:HEALTH_HISTORY]
    return health.assess_account(snapshots, timezone.localdate())


def case_facts(case):
    """The plain facts the readiness rules read (no request, no ORM inside the rules)."""
    account = case.seller_account
    request = getattr(case, "ungating", None)
    verdict = latest_health(account)
    purposes = documents().supporting_purposes(case)
    facts = readiness.CaseFacts(today=timezone.localdate())
    facts.business_missing = [
        str(account._meta.get_field(name).verbose_name)
        for name in BUSINESS_FIELDS
        if not getattr(account, name)
    ]
    facts.business_confirmed = case.business_confirmed_at is not None
    facts.health_has_data = verdict.has_data
    facts.health_failing = [str(v.metric.label) for v in verdict.failing]
    facts.health_problems = [str(problem) for problem in verdict.problems]
    facts.invoices = documents().invoice_facts(case)
    facts.previous_reasons = [
        (code, str(RejectionReason(code).label)) for code in case.previous_rejection_reasons
    ]
    facts.reapply_answers = case.reapply_answers or {}
    appeal = getattr(case, "appeal", None)
    if appeal is not None:
        from .appeals.readiness import appeal_facts

        appeal_facts(case, appeal, facts)
    if request is not None:
        facts.target_chosen = bool(request.marketplace) and (
            (request.target_type == TargetType.CATEGORY and request.category_id)
            or (request.target_type == TargetType.BRAND and request.brand.strip())
            or (request.target_type == TargetType.ASINS and request.asins)
        )
        facts.window_days = request.invoice_window_days
        facts.return_policy = bool(request.return_policy.strip()) or "return_policy" in purposes
        facts.support_record = (
            request.support_response_hours is not None
            or bool(request.support_notes.strip())
            or "support_record" in purposes
        )
        facts.cover_letter_words = len(request.cover_letter.split())
        facts.cover_letter_placeholders = PLACEHOLDER.findall(request.cover_letter)
    return facts


def case_readiness(case):
    from .appeals.readiness import APPEAL_RULES

    rules = APPEAL_RULES if case.kind == "appeal" else readiness.GATING_RULES
    return readiness.evaluate(case_facts(case), rules)
