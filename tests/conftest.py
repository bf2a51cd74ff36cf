import os

import pytest
from django.db import connections
from django.utils import translation

from cases.catalog import ensure_catalog
from ungating.celery import app as celery_app

from . import clock, switches
from .factories import MembershipFactory, SellerAccountFactory, WorkspaceFactory

_CLOCK = pytest.StashKey()


def pytest_configure(config):
    # Before any test or fixture reads the time: TEST_CLOCK_SHIFT_DAYS moves the whole run.
    config.stash[_CLOCK] = clock.start()


def pytest_unconfigure(config):
    if config.stash.get(_CLOCK, None) is not None:
        config.stash[_CLOCK].stop()


def pytest_report_header(config):
    if clock.shift():
        return f"clock moved {clock.shift().days} days ahead ({clock.VARIABLE})"
    return None


def pytest_runtest_setup(item):
    if item.get_closest_marker("ocr"):
        switches.require_ocr()


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    """Files go to a temporary folder; tasks run in-process unless a test starts a worker."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    celery_app.conf.task_always_eager = True
    yield
    # A request in French leaves French active on the thread: the next test starts in
    # the default language, whatever order the tests run in.
    translation.activate(settings.LANGUAGE_CODE)


class Tenants:
    """Two workspaces, A and B, each with a reviewer, a consultant and a seller.

    In A, the seller is granted account a1 only; a2 is another client of the same agency.
    """

    def __init__(self):
        # Transactional tests (browser, worker) empty the database, data migrations included.
        ensure_catalog()
        self.ws_a = WorkspaceFactory(name="Agency A")
        self.ws_b = WorkspaceFactory(name="Agency B")
        self.a1 = SellerAccountFactory(workspace=self.ws_a, legal_name="Alpha One LLC")
        self.a2 = SellerAccountFactory(workspace=self.ws_a, legal_name="Alpha Two LLC")
        self.b1 = SellerAccountFactory(workspace=self.ws_b, legal_name="Bravo One LLC")
        self.reviewer_a = MembershipFactory(workspace=self.ws_a, role="reviewer").user
        self.consultant_a = MembershipFactory(workspace=self.ws_a, role="consultant").user
        self.seller_a = MembershipFactory(
            workspace=self.ws_a, role="seller", seller_accounts=[self.a1]
        ).user
        self.reviewer_b = MembershipFactory(workspace=self.ws_b, role="reviewer").user
        self.consultant_b = MembershipFactory(workspace=self.ws_b, role="consultant").user
        self.seller_b = MembershipFactory(
            workspace=self.ws_b, role="seller", seller_accounts=[self.b1]
        ).user

    def users_of_a(self):
        return {
            "reviewer": self.reviewer_a,
            "consultant": self.consultant_a,
            "seller": self.seller_a,
        }


@pytest.fixture
def tenants(db):
    return Tenants()


@pytest.fixture
def browser():
    """Debian's chromium driven by Playwright; never downloads a browser."""
    switches.require_browser()
    from playwright.sync_api import sync_playwright

    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=switches.CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield instance
        instance.close()
        # While Playwright's event loop runs, Django keeps this thread's connections apart
        # (asgiref's Local follows the running loop): close them here, or the session left
        # open keeps the test database from being dropped at the end of the run.
        connections.close_all()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()
