"""A broker that does not answer: uploads are saved and answered within seconds (Celery's
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
from ungating.celery import app


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def paused_redis():
    server = shutil.which("redis-server")
    if server is None:
        pytest.skip("redis-server is not installed")
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
    assert time.monotonic() - started < 10
    started = time.monotonic()
    enqueue_check(424242)  # what an upload calls: no exception, the job stays queued
    assert time.monotonic() - started < 10
