import http.client
import json
import os
import re
import shlex
import socket
import subprocess
import sys
import time
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


def dockerfile_instructions():
    """(INSTRUCTION, arguments) pairs of the Dockerfile, continuation lines joined."""
    text = (ROOT / "Dockerfile").read_text()
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    joined = re.sub(r"\\\n", " ", "\n".join(lines))
    return [tuple(line.split(None, 1)) for line in joined.splitlines() if line.strip()]


def dockerfile_env():
    """The variables the image sets with ENV (KEY=value form)."""
    env = {}
    for instruction, arguments in dockerfile_instructions():
        if instruction.upper() == "ENV":
            env.update(token.split("=", 1) for token in shlex.split(arguments))
    return env


def dockerfile_collectstatic():
    """(env, argv) of the collectstatic command in the Dockerfile's RUN lines."""
    for instruction, arguments in dockerfile_instructions():
        if instruction.upper() != "RUN" or "collectstatic" not in arguments:
            continue
        tokens = shlex.split(arguments)
        while "&&" in tokens:
            cut = tokens.index("&&")
            tokens = tokens[:cut] if "collectstatic" in tokens[:cut] else tokens[cut + 1 :]
        env = {}
        while re.match(r"[A-Za-z_]\w*=", tokens[0]):
            key, value = tokens.pop(0).split("=", 1)
            env[key] = value
        assert tokens[0] in ("python", "python3"), tokens
        return env, [sys.executable, *tokens[1:]]
    raise AssertionError("the Dockerfile runs no collectstatic")


def dockerfile_gunicorn(bind):
    """The Dockerfile's CMD, run by this interpreter, listening on `bind` instead."""
    cmd = [args for instruction, args in dockerfile_instructions() if instruction.upper() == "CMD"]
    argv = json.loads(cmd[-1])
    assert argv[0] == "gunicorn", argv
    argv = [f"--bind={bind}" if arg.startswith("--bind=") else arg for arg in argv]
    for option in ("--bind", "-b"):
        if option in argv:
            argv[argv.index(option) + 1] = bind
    return [sys.executable, "-m", "gunicorn", *argv[1:]]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(port, path, **headers):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path, headers={"Host": "ungating.example.com", **headers})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def wait_until_serving(server, port, path, log):
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert server.poll() is None, "gunicorn stopped:\n" + log.read_text()
        try:
            return get(port, path, **{"X-Forwarded-Proto": "https"})
        except OSError:
            time.sleep(0.2)
    raise AssertionError("gunicorn did not answer:\n" + log.read_text())


def test_the_docker_image_serves_pages_and_static_files_with_debug_off(tmp_path):
    """What the image does: the Dockerfile's collectstatic, then its CMD with DEBUG=0.

    Run as docker-compose.yml runs it, behind a TLS proxy. The database is a fresh SQLite
    file, so the test holds in both the embedded and the PostgreSQL runs.
    """
    image_env = {
        "PATH": os.environ["PATH"],
        **dockerfile_env(),
        "STATIC_ROOT": str(tmp_path / "static"),
        "VAR_DIR": str(tmp_path / "var"),
    }
    # The environment docker-compose.yml gives the running image.
    run_env = {
        **image_env,
        "DEBUG": "0",
        "SECRET_KEY": production_env()["SECRET_KEY"],
        "ALLOWED_HOSTS": "ungating.example.com",
        "CSRF_TRUSTED_ORIGINS": "https://ungating.example.com",
        "BEHIND_TLS_PROXY": "1",
    }
    build_env, collectstatic = dockerfile_collectstatic()
    with (tmp_path / "migrate.log").open("w") as migrate_log:
        migrate = subprocess.Popen(
            [sys.executable, "manage.py", "migrate", "--noinput", "--skip-checks"],
            cwd=ROOT,
            env=run_env,
            stdout=migrate_log,
            stderr=subprocess.STDOUT,
        )
    built = subprocess.run(
        collectstatic,
        cwd=ROOT,
        env={**image_env, **build_env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert migrate.wait(timeout=120) == 0, (tmp_path / "migrate.log").read_text()
    assert built.returncode == 0, built.stdout + built.stderr

    port = free_port()
    log = tmp_path / "gunicorn.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            dockerfile_gunicorn(f"127.0.0.1:{port}"),
            cwd=ROOT,
            env=run_env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        login = reverse("login")
        status, _, body = wait_until_serving(server, port, login, log)
        assert status == 200, log.read_text()
        # The page links the hashed name from the manifest, as production serves it.
        css = re.search(
            r'href="(/static/vendor/bootstrap/bootstrap\.min\.[0-9a-f]{12}\.css)"', body.decode()
        )
        assert css, "the login page links no hashed bootstrap.min.css"
        status, headers, _ = get(port, css.group(1), **{"X-Forwarded-Proto": "https"})
        assert status == 200
        assert headers["Content-Type"].startswith("text/css")
        assert "immutable" in headers["Cache-Control"]
        # Plain http is sent to https: the production security settings are on.
        status, headers, _ = get(port, login)
        assert (status, headers["Location"]) == (301, f"https://ungating.example.com{login}")
    finally:
        server.terminate()
        server.wait(timeout=10)
