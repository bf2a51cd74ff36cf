"""Open cases are selected with the open statuses written into the SQL (cases.models.case
.InConstants), so a prepared statement's generic plan can use the partial index on them."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cases.models import Case, Status
from cases.models.case import InConstants
from tests.factories import make_case

pytestmark = pytest.mark.clock


@pytest.fixture
def cases(tenants):
    now = timezone.now()
    made = {}
    for name, status, due in [
        ("late", Status.INFORMATION_REQUESTED, now - timedelta(hours=5)),
        ("soon", Status.SUBMITTED, now + timedelta(hours=5)),
        ("late_but_finished", Status.AMAZON_APPROVED, now - timedelta(hours=5)),
        ("draft", Status.DRAFT, None),
        ("closed", Status.CLOSED, None),
    ]:
        case = make_case(tenants.a1, by=tenants.consultant_a)
        Case.objects.filter(pk=case.pk).update(status=status, answer_due_at=due)
        made[name] = case.pk
    return made


def pks(queryset):
    return set(queryset.values_list("pk", flat=True))


def test_open_overdue_and_due_soon_leave_finished_cases_out(cases):
    assert pks(Case.objects.open()) == {cases["late"], cases["soon"], cases["draft"]}
    assert pks(Case.objects.overdue()) == {cases["late"]}
    assert pks(Case.objects.due_within(48)) == {cases["soon"]}


def test_the_statuses_are_written_into_the_sql_not_bound(cases):
    with CaptureQueriesContext(connection) as captured:
        list(Case.objects.overdue())
    sql = captured.captured_queries[0]["sql"]
    assert "IN ('draft', " in sql


def test_open_cases_inside_a_subquery_follow_its_alias(cases):
    """Used as a subquery of another query on cases, the condition names the inner table
    (Django renames it), not the outer one."""
    inner = Case.objects.open().values("pk")
    outer = Case.objects.filter(pk__in=inner).exclude(status=Status.DRAFT)
    assert pks(outer) == {cases["late"], cases["soon"]}
    finished = Case.objects.exclude(pk__in=inner)
    assert pks(finished) == {cases["late_but_finished"], cases["closed"]}


def test_only_plain_words_are_written_into_the_sql():
    with pytest.raises(ValueError):
        InConstants("status", ["draft", "x') OR ('1'='1"])
