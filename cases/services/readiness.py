"""The stored copy of a case's readiness verdict, which the lists show.

Pages compute readiness when they show it (`selectors.case_readiness`, which never
writes); the lists read the copy stored here, written after each change that can move it:
an entry in the case's history, an invoice checked, the account's details or health.
"""

from ..models import Case


def record_readiness(case):
    from ..selectors import case_readiness

    result = case_readiness(case)
    Case.objects.filter(pk=case.pk).exclude(readiness_verdict=result.verdict).update(
        readiness_verdict=result.verdict
    )
    case.readiness_verdict = result.verdict
    return result


def record_readiness_of(cases):
    """For each case of a queryset still being prepared or reviewed."""
    for case in cases.exclude(status__in=Case.FINISHED).select_related("seller_account"):
        record_readiness(case)
