"""A consultant's morning in a real browser: home page, search, bulk assignment, export."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from cases.models import Case
from tests.factories import PASSWORD, make_case

pytestmark = [pytest.mark.browser, pytest.mark.clock, pytest.mark.django_db(transaction=True)]


def test_home_search_bulk_assign_and_export(live_server, page, tenants):
    lumina = make_case(tenants.a1, by=tenants.consultant_a, target_type="brand", brand="Lumina")
    other = make_case(tenants.a2, by=tenants.consultant_a, target_type="brand", brand="Orbit")
    Case.objects.filter(pk=lumina.pk).update(answer_due_at=timezone.now() + timedelta(hours=23))

    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("E-mail").fill(tenants.consultant_a.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(live_server.url + "/")

    # The home page says what is due soon; its count opens the filtered list.
    tile = page.locator('[data-need="due_soon"]')
    assert tile.inner_text().startswith("1")
    tile.click()
    page.wait_for_url("**/cases/?due=48h")
    assert page.locator("tbody tr").count() == 1

    # A filter applies as it changes (htmx: there is no Filter button), kept in the URL.
    page.goto(live_server.url + "/cases/")
    assert page.locator("tbody tr").count() == 2
    page.get_by_label("Due").select_option("48h")
    expect(page).to_have_url(re.compile(r"due=48h"))
    expect(page.locator("tbody tr")).to_have_count(1)

    # Search as one types (htmx), kept in the URL.
    page.goto(live_server.url + "/cases/")
    assert page.locator("tbody tr").count() == 2
    page.get_by_label("Search").press_sequentially("lumin")
    # One request per pause in typing: wait for the last one before ticking anything.
    expect(page).to_have_url(re.compile(r"q=lumin(&|$)"))
    page.get_by_label("Search").blur()
    page.wait_for_timeout(1000)
    page.wait_for_load_state("networkidle")
    expect(page.locator("tbody tr")).to_have_count(1)
    assert "q=lumin" in page.url
    assert page.get_by_role("cell", name="Lumina").is_visible()

    # Tick the row, assign it to the reviewer.
    page.get_by_label(f"Select case {lumina.pk}").check()
    page.get_by_label("Assign to").select_option(label=str(tenants.reviewer_a))
    page.get_by_role("button", name="Assign", exact=True).click()
    expect(page.get_by_text(f"1 case assigned to {tenants.reviewer_a}.")).to_be_visible()
    assert "q=lumin" in page.url  # back on the same filtered list
    assert Case.objects.get(pk=lumina.pk).assignee == tenants.reviewer_a
    assert Case.objects.get(pk=other.pk).assignee != tenants.reviewer_a

    # Export what the list shows.
    with page.expect_download() as download:
        page.get_by_role("link", name="Export CSV").click()
    with open(download.value.path(), encoding="utf-8-sig") as exported:
        rows = list(csv.reader(io.StringIO(exported.read())))
    assert [row[0] for row in rows[1:]] == [str(lumina.pk)]
    assert rows[1][7] == str(tenants.reviewer_a)
