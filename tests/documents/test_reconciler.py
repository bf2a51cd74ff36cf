"""The reconciler re-enqueues what a lost message or a dead worker left behind."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from documents.models import CaseDocument
from tests.factories import attach_checked_invoice, make_case

# Compares dates with today: CI runs these 90 days ahead too (README, Testing).
pytestmark = pytest.mark.clock


def test_stranded_jobs_are_requeued_and_fresh_ones_left_alone(tenants, monkeypatch, capsys):
    sent = []
    monkeypatch.setattr("documents.services.enqueue_check", sent.append)
    case = make_case(tenants.a1, by=tenants.consultant_a)
    old_queued = attach_checked_invoice(case, days_old=10)
    stuck = attach_checked_invoice(case, days_old=20)
    fresh = attach_checked_invoice(case, days_old=30)
    done = attach_checked_invoice(case, days_old=40)
    long_ago = timezone.now() - timedelta(hours=2)
    CaseDocument.objects.filter(pk=old_queued.pk).update(status="queued", queued_at=long_ago)
    CaseDocument.objects.filter(pk=stuck.pk).update(status="reading", started_at=long_ago)
    CaseDocument.objects.filter(pk=fresh.pk).update(status="queued", queued_at=timezone.now())
    CaseDocument.objects.filter(pk=done.pk).update(status="done", queued_at=long_ago)
    call_command("requeue_documents")
    assert sorted(sent) == sorted([old_queued.pk, stuck.pk])
    assert "2 job(s) re-enqueued" in capsys.readouterr().out
