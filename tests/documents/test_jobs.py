"""Checks and renders are claimed under a lease (issue 13, point 3) and attached once (point 4).

A second delivery of a message while the lease is live does nothing; only an expired lease
is taken again, and that counts as a lost attempt.
"""

import threading
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from documents import jobs, pipeline
from documents.models import CaseDocument, PacketVersion
from documents.packets import service
from documents.tasks import render_packet, requeue_stranded
from tests.documents.packet_samples import invoice_pdf
from tests.factories import attach_checked_invoice, make_case
from tests.switches import require

pytestmark = pytest.mark.clock


@pytest.fixture
def case(tenants):
    return make_case(tenants.a1, by=tenants.consultant_a, asins=["B0ABC12345"])


@pytest.fixture
def queued(case):
    use = attach_checked_invoice(case)
    CaseDocument.objects.filter(pk=use.pk).update(status="queued", verdict="")
    return use


def state(use):
    use.refresh_from_db()
    return use.status, use.lease_owner, use.lost_attempts


def test_a_second_delivery_while_the_lease_is_live_does_nothing(queued):
    assert jobs.claim(CaseDocument, queued.pk, status="reading", owner="worker-1")
    assert pipeline.run(queued.pk, owner="worker-2") is None
    assert state(queued) == ("reading", "worker-1", 0)
    assert not queued.check_runs.exists()


def test_an_expired_lease_is_taken_again_and_counts_a_lost_attempt(queued):
    assert jobs.claim(CaseDocument, queued.pk, status="reading", owner="worker-1")
    CaseDocument.objects.filter(pk=queued.pk).update(
        lease_expires_at=timezone.now() - timedelta(seconds=1)
    )
    assert pipeline.run(queued.pk, owner="worker-2") in ("pass", "warn", "fail")
    assert state(queued) == ("done", "", 1)
    assert queued.started_at and queued.finished_at and queued.check_runs.count() == 1


def test_a_file_whose_workers_keep_dying_ends_in_error(queued, settings):
    settings.JOB_MAX_ATTEMPTS = 2
    for attempt in range(2):
        assert jobs.claim(CaseDocument, queued.pk, status="reading", owner=f"worker-{attempt}")
        CaseDocument.objects.filter(pk=queued.pk).update(lease_expires_at=timezone.now())
    assert pipeline.run(queued.pk, owner="worker-3") is None
    queued.refresh_from_db()
    assert queued.status == "error" and queued.lost_attempts == 2
    assert "could not be processed safely" in queued.status_message


def test_a_worker_that_lost_its_lease_writes_nothing(queued):
    assert jobs.claim(CaseDocument, queued.pk, status="reading", owner="worker-1")
    CaseDocument.objects.filter(pk=queued.pk).update(lease_expires_at=timezone.now())
    assert jobs.claim(CaseDocument, queued.pk, status="reading", owner="worker-2")
    assert not jobs.advance(
        CaseDocument, queued.pk, owner="worker-1", status="checking", percent=90
    )
    assert not jobs.finish(CaseDocument, queued.pk, owner="worker-1", verdict="pass")
    assert state(queued) == ("reading", "worker-2", 1)


def test_a_transient_error_puts_the_job_back_in_the_queue(queued):
    assert jobs.claim(CaseDocument, queued.pk, status="reading", owner="worker-1")
    pipeline.release(queued.pk, "worker-1")
    assert state(queued) == ("queued", "", 0)
    assert pipeline.run(queued.pk, owner="worker-1") in ("pass", "warn", "fail")


def test_the_reconciler_sends_expired_leases_again_and_leaves_live_ones(case, monkeypatch):
    sent = []
    monkeypatch.setattr("documents.services.enqueue_check", sent.append)
    monkeypatch.setattr("documents.packets.service.enqueue_render", sent.append)
    live, expired = attach_checked_invoice(case, days_old=5), attach_checked_invoice(case)
    for use, owner in ((live, "w1"), (expired, "w2")):
        CaseDocument.objects.filter(pk=use.pk).update(status="queued")
        jobs.claim(CaseDocument, use.pk, status="reading", owner=owner)
    CaseDocument.objects.filter(pk=expired.pk).update(lease_expires_at=timezone.now())
    version = service.request_render(case=case, by=None, enqueue=False)
    jobs.claim(PacketVersion, version.pk, status="rendering", owner="w3")
    PacketVersion.objects.filter(pk=version.pk).update(lease_expires_at=timezone.now())
    assert requeue_stranded() == 2
    assert sorted(sent) == sorted([expired.pk, version.pk])


def test_a_render_says_rendering_and_records_its_timings(case, tenants, monkeypatch):
    seen = []
    real_render = service.render

    def spy(case, **options):
        seen.append(PacketVersion.objects.get(case=case).status)
        return real_render(case, **options)

    monkeypatch.setattr(service, "render", spy)
    version = service.request_render(case=case, by=tenants.consultant_a, enqueue=False)
    render_packet.apply(args=[version.pk])
    version.refresh_from_db()
    assert seen == ["rendering"]
    assert version.status == "done" and version.lease_owner == ""
    assert version.started_at <= version.rendered_at == version.finished_at
    # A redelivered message after the render leaves the version as it is.
    render_packet.apply(args=[version.pk])
    assert PacketVersion.objects.get(pk=version.pk).sha256 == version.sha256


def test_a_render_held_by_another_worker_is_left_alone(case, tenants):
    version = service.request_render(case=case, by=tenants.consultant_a, enqueue=False)
    assert jobs.claim(PacketVersion, version.pk, status="rendering", owner="busy-worker")
    render_packet.apply(args=[version.pk])
    version.refresh_from_db()
    assert version.status == "rendering" and version.lease_owner == "busy-worker"


@pytest.mark.django_db(transaction=True)
def test_a_double_click_attaches_the_file_once(tenants, monkeypatch):
    """Three posts of the same file at once: one document, two clear refusals."""
    from django.conf import settings

    postgres = settings.DATABASES["default"]["ENGINE"] == "ungating.postgresql"
    # SQLite's in-memory test database is one connection: threads need PostgreSQL.
    require("REQUIRE_SERVICES", postgres, "needs PostgreSQL (set DATABASE_URL)")
    from django.test import Client

    monkeypatch.setattr("documents.services.enqueue_check", lambda pk: None)
    case = make_case(tenants.a1, by=tenants.consultant_a)
    data = invoice_pdf()
    start = threading.Barrier(3)
    outcomes = []

    def post():
        client = Client()
        client.force_login(tenants.consultant_a)
        start.wait()
        try:
            response = client.post(
                reverse("document_upload", args=[case.pk]),
                {"file": SimpleUploadedFile("invoice.pdf", data), "purpose": "invoice"},
                follow=True,
            )
            # The page, not response.context: template signals are shared between threads.
            page = response.content.decode()
            outcomes.append("refused" if "already attached to this case" in page else "added")
        finally:
            connection.close()

    threads = [threading.Thread(target=post) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert CaseDocument.objects.filter(case=case).count() == 1
    assert sorted(outcomes) == ["added", "refused", "refused"]
