"""A broker that does not answer: uploads are saved and answered in under 5 s (Celery's
publish has hung forever on a paused Redis; the socket timeouts in settings prevent it)."""

import shutil
import socket
import subprocess
import time

import pytest
from kombu import pools
from kombu.exceptions import OperationalError

from documents.services import enqueue_check
from documents.tasks import check_document
from tests import switches
from ungating.celery import app


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def paused_redis():
    switches.require_redis_server()
    server = shutil.which("redis-server")
    port = free_port()
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    import redis

    client = redis.Redis(host="127.0.0.1", port=port)
    for _ in range(50):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.1)
    client.execute_command("CLIENT", "PAUSE", "20000", "ALL")
    yield f"redis://127.0.0.1:{port}/0"
    process.kill()
    process.wait(timeout=10)


@pytest.fixture
def broker():
    """Point the Celery app at another broker for one test, connection pools included."""
    previous = app.conf.broker_url, app.conf.task_always_eager

    def use(url):
        app.conf.broker_url, app.conf.task_always_eager = url, False
        pools.reset()
        app._pool = None
        app.amqp._producer_pool = None

    yield use
    use(previous[0])
    app.conf.task_always_eager = previous[1]


@pytest.mark.parametrize("fault", ["refused", "paused"])
def test_a_broker_that_does_not_answer_never_hangs_an_upload(fault, broker, request):
    broker(
        "redis://127.0.0.1:1/0" if fault == "refused" else request.getfixturevalue("paused_redis")
    )
    started = time.monotonic()
    with pytest.raises(OperationalError):
        check_document.delay(424242)  # what happens underneath: the broker's error, quickly
    assert time.monotonic() - started < 5
    started = time.monotonic()
    enqueue_check(424242)  # what an upload calls: no exception, the job stays queued
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("fault", ["refused", "paused"])
def test_an_upload_with_the_broker_down_is_saved_and_waits_in_queued(
    fault, broker, client, tenants, django_capture_on_commit_callbacks, request
):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from documents.models import CaseDocument
    from tests.documents.packet_samples import invoice_pdf
    from tests.factories import make_case

    broker(
        "redis://127.0.0.1:1/0" if fault == "refused" else request.getfixturevalue("paused_redis")
    )
    case = make_case(tenants.a1, by=tenants.consultant_a)
    client.force_login(tenants.consultant_a)
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("document_upload", args=[case.pk]),
            {"file": SimpleUploadedFile("may.pdf", invoice_pdf()), "purpose": "invoice"},
        )
    assert response.status_code == 302 and time.monotonic() - started < 5
    use = CaseDocument.objects.get(case=case)
    assert use.status == "queued"
    page = client.get(reverse("case_wizard", args=[case.pk, "invoices"])).content.decode()
    assert "the checks start automatically" in page
