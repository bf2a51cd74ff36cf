"""A real Celery worker on the real Redis checks an uploaded invoice end to end.

Runs where the database can be shared with another process (PostgreSQL) and Redis is
configured: CI sets both. The worker is a separate process, as in production.
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
from tests.documents.packet_samples import invoice_pdf
from tests.factories import make_case
from ungating.celery import app as celery_app

ROOT = Path(__file__).resolve().parent.parent.parent
pytestmark = pytest.mark.django_db(transaction=True)


def shared_database_url():
    db = settings.DATABASES["default"]
    if db["ENGINE"] != "django.db.backends.postgresql" or not settings.REDIS_URL:
        if os.getenv("REQUIRE_BROWSER"):  # CI: these services must be there
            pytest.fail("CI runs the worker test on PostgreSQL and Redis")
        pytest.skip("needs PostgreSQL and Redis (set DATABASE_URL and REDIS_URL)")
    user = db.get("USER") or "postgres"
    host, port = db.get("HOST") or "127.0.0.1", db.get("PORT") or 5432
    return f"postgres://{user}@{host}:{port}/{connection.settings_dict['NAME']}"


def start_worker(env, log):
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "ungating",
            "worker",
            "-Q",
            "celery,documents",
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
        **os.environ,
        "DATABASE_URL": shared_database_url(),
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "OMP_THREAD_LIMIT": "1",
    }
    celery_app.conf.task_always_eager = True


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture
def worker(worker_env, tmp_path):
    with open(tmp_path / "worker.log", "w") as log:
        process = start_worker(worker_env, log)
        yield process
        stop(process)


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


def test_a_worker_killed_mid_check_is_recovered_by_the_reconciler(worker_env, tenants, tmp_path):
    """SIGKILL during OCR: the job is not lost and ends with one result set."""
    from django.core.management import call_command

    case = make_case(tenants.a1, by=tenants.consultant_a)
    log = open(tmp_path / "worker.log", "w")  # noqa: SIM115 (closed below)
    first = start_worker(worker_env, log)
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
    second = start_worker(worker_env, log)
    try:
        call_command("requeue_documents", "--stuck-after", "0")
        done = wait_for(lambda: CaseDocument.objects.get(pk=use.pk).status in ("done", "error"))
        assert done, (tmp_path / "worker.log").read_text()[-3000:]
    finally:
        stop(second)
        log.close()
    use.refresh_from_db()
    assert use.status == "done" and use.deliveries == 2
    assert CheckRun.objects.filter(case_document=use).count() == 1


def six_page_scan():
    import io

    from tests.documents import invoice_samples as samples

    page = samples.page_image(samples.invoice_pdf(), dpi=300).convert("L")
    buffer = io.BytesIO()
    page.save(buffer, "PDF", save_all=True, append_images=[page] * 5, resolution=300)
    return buffer.getvalue()


def test_a_warm_shutdown_finishes_the_check_under_way(worker_env, tenants, tmp_path):
    """SIGTERM (a deploy) during OCR: the worker finishes the job before it exits."""
    import signal

    case = make_case(tenants.a1, by=tenants.consultant_a)
    with open(tmp_path / "worker.log", "w") as log:
        process = start_worker(worker_env, log)
        use = attach_upload(
            case=case,
            uploaded=SimpleUploadedFile("scan.pdf", six_page_scan()),
            purpose="invoice",
            by=tenants.consultant_a,
        )
        assert wait_for(
            lambda: CaseDocument.objects.get(pk=use.pk).status in ("reading", "checking")
        )
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=120)
    use.refresh_from_db()
    assert use.status == "done", (tmp_path / "worker.log").read_text()[-3000:]
    assert CheckRun.objects.filter(case_document=use).count() == 1
