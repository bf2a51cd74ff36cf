"""A real browser on the real pages: log in, land on the role's page, open an account."""

import pytest

from tests.factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_consultant_logs_in_and_opens_a_client_account(live_server, page, tenants):
    page.goto(live_server.url + "/")
    assert "/accounts/login/" in page.url
    page.get_by_label("E-mail").fill(tenants.consultant_a.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(live_server.url + "/")
    assert page.get_by_text("As consultant, you prepare cases").is_visible()
    page.get_by_role("link", name="Alpha Two LLC").click()
    assert page.get_by_role("heading", name="Alpha Two LLC").is_visible()
    assert page.get_by_text("No account-health figures yet").is_visible()


def test_styles_load_from_our_own_server(live_server, page, tenants):
    failed = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.goto(live_server.url + "/accounts/login/")
    button = page.get_by_role("button", name="Log in")
    # Bootstrap's .btn-primary colour proves the vendored stylesheet loaded.
    assert button.evaluate("b => getComputedStyle(b).backgroundColor") == "rgb(13, 110, 253)"
    assert failed == []
