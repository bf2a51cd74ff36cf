"""A real Celery worker on the real Redis checks an uploaded invoice end to end.

Runs where the database can be shared with another process (PostgreSQL) and Redis is
configured; skipped elsewhere unless REQUIRE_SERVICES is set (CI sets it). The worker is a
separate process, as in production, on the test's clock (tests/shifted_celery.py).
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection

from documents.models import CaseDocument, CheckRun
from documents.services import attach_upload, enqueue_check
from tests import switches
from tests.documents.packet_samples import invoice_pdf
from tests.factories import make_case
from ungating.celery import app as celery_app

ROOT = Path(__file__).resolve().parent.parent.parent
pytestmark = pytest.mark.django_db(transaction=True)


QUEUES = ("celery", "documents")


def shared_database_url():
    switches.require_services()
    db = settings.DATABASES["default"]
    user = db.get("USER") or "postgres"
    host, port = db.get("HOST") or "127.0.0.1", db.get("PORT") or 5432
    return f"postgres://{user}@{host}:{port}/{connection.settings_dict['NAME']}"


def start_worker(env, log):
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.shifted_celery",
            "-A",
            "ungating",
            "worker",
            "-Q",
            ",".join(QUEUES),
            "--pool=solo",
            "--loglevel=INFO",
            "--without-heartbeat",
            "--without-gossip",
            "--without-mingle",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


@pytest.fixture
def worker_env(settings):
    celery_app.conf.task_always_eager = False
    yield {
        **os.environ,  # TEST_CLOCK_SHIFT_DAYS included
        "DATABASE_URL": shared_database_url(),
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "OMP_THREAD_LIMIT": "1",
    }
    celery_app.conf.task_always_eager = True
    purge_broker()


def purge_broker():
    """Leave nothing in the broker's Redis database for the next run's worker.

    A worker killed mid-task leaves its message unacknowledged: kombu would hand it to the
    next worker once the visibility timeout has passed, a job of a database long gone.
    """
    with celery_app.connection_for_write() as connection:
        channel = connection.default_channel
        for queue in QUEUES:
            channel.queue_purge(queue)
        channel.client.delete(
            channel.unacked_key, channel.unacked_index_key, channel.unacked_mutex_key
        )


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture
def workers(worker_env, tmp_path):
    """Starts workers logging to worker.log; any still running when the test ends, even on a
    failed assertion, is stopped (an orphaned worker would take the next run's jobs)."""
    started = []
    with open(tmp_path / "worker.log", "w") as log:

        def start():
            started.append(start_worker(worker_env, log))
            return started[-1]

        yield start
        for process in started:
            if process.poll() is None:
                stop(process)


@pytest.fixture
def worker(workers):
    return workers()


def wait_for(predicate, seconds=90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.5)
    return False


def test_an_uploaded_invoice_is_checked_by_the_worker_once(worker, tenants, tmp_path):
    case = make_case(tenants.a1, by=tenants.consultant_a, asins=["B0ABC12345"])
    use = attach_upload(
        case=case,
        uploaded=SimpleUploadedFile("inv.pdf", invoice_pdf(asin="B0ABC12345")),
        purpose="invoice",
        by=tenants.consultant_a,
    )
    done = wait_for(lambda: CaseDocument.objects.get(pk=use.pk).status in ("done", "error"))
    log = (tmp_path / "worker.log").read_text()
    assert done, log[-3000:]
    use.refresh_from_db()
    assert use.status == "done", (use.status_message, log[-3000:])
    assert use.verdict in ("pass", "warn", "fail")
    run = CheckRun.objects.get(case_document=use)
    assert "readable" in run.results and "duplicate" in run.results
    # A second delivery of the same job leaves one result set.
    CaseDocument.objects.filter(pk=use.pk).update(status="queued")
    enqueue_check(use.pk)
    assert wait_for(lambda: CaseDocument.objects.get(pk=use.pk).status == "done")
    assert CheckRun.objects.filter(case_document=use).count() == 1


@pytest.mark.ocr  # killed or stopped during OCR
def test_a_worker_killed_mid_check_is_recovered_by_the_reconciler(workers, tenants, tmp_path):
    """SIGKILL during OCR: the job is not lost and ends with one result set."""
    from django.core.management import call_command

    case = make_case(tenants.a1, by=tenants.consultant_a)
    first = workers()
    use = attach_upload(
        case=case,
        uploaded=SimpleUploadedFile("six-page-scan.pdf", six_page_scan()),
        purpose="invoice",
        by=tenants.consultant_a,
    )
    assert wait_for(lambda: CaseDocument.objects.get(pk=use.pk).status in ("reading", "checking"))
    first.kill()  # no warm shutdown: the child dies mid-OCR
    first.wait(timeout=20)
    assert CaseDocument.objects.get(pk=use.pk).status in ("reading", "checking")
    workers()
    call_command("requeue_documents", "--stuck-after", "0")
    done = wait_for(lambda: CaseDocument.objects.get(pk=use.pk).status in ("done", "error"))
    assert done, (tmp_path / "worker.log").read_text()[-3000:]
    use.refresh_from_db()
    assert use.status == "done" and use.lost_attempts == 1
    assert CheckRun.objects.filter(case_document=use).count() == 1


def six_page_scan():
    import io

    from tests.documents import invoice_samples as samples

    page = samples.page_image(samples.invoice_pdf(), dpi=300).convert("L")
    buffer = io.BytesIO()
    page.save(buffer, "PDF", save_all=True, append_images=[page] * 5, resolution=300)
    return buffer.getvalue()


@pytest.mark.ocr  # killed or stopped during OCR
def test_a_warm_shutdown_finishes_the_check_under_way(workers, tenants, tmp_path):
    """SIGTERM (a deploy) during OCR: the worker finishes the job before it exits."""
    import signal

    case = make_case(tenants.a1, by=tenants.consultant_a)
    process = workers()
    use = attach_upload(
        case=case,
        uploaded=SimpleUploadedFile("scan.pdf", six_page_scan()),
        purpose="invoice",
        by=tenants.consultant_a,
    )
    assert wait_for(lambda: CaseDocument.objects.get(pk=use.pk).status in ("reading", "checking"))
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=120)
    use.refresh_from_db()
    assert use.status == "done", (tmp_path / "worker.log").read_text()[-3000:]
    assert CheckRun.objects.filter(case_document=use).count() == 1
