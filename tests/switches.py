"""What some tests need from the machine, and the switch that makes it a must.

On a laptop without it, such a test is skipped with the reason; where it must be there (CI
sets all three), its switch turns the skip into a failure (README, Testing):

- `REQUIRE_BROWSER`: Debian's chromium, for the browser walks (`-m browser`).
- `REQUIRE_SERVICES`: PostgreSQL and Redis shared with a real Celery worker process, and
  `redis-server` for the broker faults (tests/documents/test_worker.py, test_broker_faults.py).
- `REQUIRE_OCR`: Debian's tesseract, for the tests that read scans (`-m ocr`).
"""

import os
import shutil

import pytest
from django.conf import settings

from documents.engine import ocr

CHROMIUM = "/usr/bin/chromium"


def require(switch, available, reason):
    if available:
        return
    if os.getenv(switch):
        pytest.fail(f"{reason} ({switch} is set)")
    pytest.skip(reason)


def require_browser():
    require(
        "REQUIRE_BROWSER",
        os.path.exists(CHROMIUM) and shutil.which("chromium") is not None,
        f"needs Debian's chromium ({CHROMIUM} is not installed)",
    )


def require_ocr():
    require(
        "REQUIRE_OCR",
        shutil.which(ocr.TESSERACT) is not None,
        "needs Debian's tesseract-ocr (tesseract is not on the PATH)",
    )


def require_services():
    """PostgreSQL and Redis that a worker process can share with the test."""
    postgres = settings.DATABASES["default"]["ENGINE"] == "ungating.postgresql"
    require(
        "REQUIRE_SERVICES",
        postgres and bool(settings.REDIS_URL),
        "needs PostgreSQL and Redis (set DATABASE_URL and REDIS_URL)",
    )


def require_redis_server():
    require("REQUIRE_SERVICES", shutil.which("redis-server") is not None, "needs redis-server")
