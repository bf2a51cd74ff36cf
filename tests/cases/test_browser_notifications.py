"""A real browser: a consultant sees the unread count, opens the inbox and reads a line."""

import pytest

from cases.models import Notification
from cases.services import cases as services
from tests.factories import PASSWORD, make_case

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_consultant_reads_a_sellers_comment_from_the_inbox(live_server, page, tenants):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    services.comment(
        case=case, text="New invoice from Acme uploaded", by=tenants.seller_a, shared=True
    )

    page.goto(live_server.url + "/")
    page.get_by_label("E-mail").fill(tenants.consultant_a.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(live_server.url + "/")

    badge = page.locator("#nav-notifications .badge")
    assert badge.inner_text().startswith("1")
    page.locator("#nav-notifications").click()
    page.get_by_role("button", name="New invoice from Acme uploaded", exact=False).click()
    page.wait_for_url(f"{live_server.url}/cases/{case.pk}/")
    assert page.get_by_role("heading", level=1).is_visible()
    assert page.locator("#nav-notifications .badge").count() == 0
    assert Notification.objects.get(recipient=tenants.consultant_a).read_at is not None
