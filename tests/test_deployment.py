import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

from django.urls import reverse
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent


def production_env(**extra):
    env = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE")}
    env.update(
        DEBUG="0",
        SECRET_KEY="k" * 20 + "-production-secret-with-enough-entropy-8f3a9c2e1d7b",
        ALLOWED_HOSTS="ungating.example.com",
        **extra,
    )
    return env


def test_deploy_check_passes_with_production_settings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = production_env()
    env["SECRET_KEY"] = ""
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_pages_send_the_security_headers(client):
    response = client.get(reverse("login"))
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe" not in csp and "http" not in csp


def test_pages_load_nothing_from_another_origin(client, tenants):
    client.force_login(tenants.reviewer_a)
    page = client.get(reverse("home")).content.decode()
    assert "cdn" not in page.lower()
    assert "<script>" not in page  # no inline script: the CSP forbids it


def test_unknown_host_is_refused(client, settings):
    settings.ALLOWED_HOSTS = ["ungating.example.com"]
    assert client.get(reverse("login"), HTTP_HOST="evil.example").status_code == 400


def test_dependency_floors():
    floors = {"django": "5.2.14", "weasyprint": "69.0", "pdfplumber": "0.11.9", "pillow": "12.0"}
    for package, floor in floors.items():
        assert Version(version(package)) >= Version(floor), package


def test_errors_leak_nothing_in_production(client, settings, tenants):
    settings.DEBUG = False
    client.force_login(tenants.seller_a)
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Traceback" not in response.content.decode()
    assert "This page does not exist" in response.content.decode()


def test_redis_never_redelivers_a_task_that_is_still_running(settings):
    """Celery's Redis caveat: the visibility timeout must outlast a task and its retries."""
    from documents.tasks import RELIABLE

    timeout = settings.CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"]
    assert timeout > RELIABLE["time_limit"] + RELIABLE["retry_backoff_max"]
    assert RELIABLE["soft_time_limit"] < RELIABLE["time_limit"]
