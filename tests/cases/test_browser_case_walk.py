"""The main walk, in a real browser: a seller takes a case through the wizard to review,
a reviewer approves it, a consultant records Amazon's rejection and re-applies."""

import re

import pytest
from playwright.sync_api import expect

from cases.models import Case, GatedCategory
from tests.browser import click_below_viewer
from tests.factories import PASSWORD, HealthSnapshotFactory, attach_checked_invoice, days_ago

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, live_server, user):
    page.context.clear_cookies()
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("E-mail").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(live_server.url + "/")


def test_seller_to_review_reviewer_approves_consultant_reapplies(live_server, page, tenants):
    HealthSnapshotFactory(seller_account=tenants.a1, date=days_ago(30))
    log_in(page, live_server, tenants.seller_a)

    page.get_by_role("link", name="Cases").first.click()
    page.get_by_role("link", name="New case").click()
    page.get_by_label("Seller account").select_option(label="Alpha One LLC")
    page.get_by_label("Ungating request").check()
    page.get_by_role("button", name="Create the case").click()
    case = Case.objects.get(seller_account=tenants.a1)
    # Invoices arrive checked (the upload and its worker are tested on their own).
    attach_checked_invoice(case, days_old=20)
    attach_checked_invoice(case, days_old=80)

    # 1. Target: a bad ASIN is explained beside the field, then corrected.
    page.get_by_label("Specific ASINs").check()
    page.get_by_label("ASINs", exact=True).fill("B0ABC12345, XYZ")
    page.get_by_label("Marketplace").select_option("amazon.com")
    page.get_by_role("button", name="Next").click()
    assert page.get_by_text("Not ASINs: XYZ").is_visible()
    page.get_by_label("A category").check()
    page.get_by_label("Category", exact=True).select_option(
        str(GatedCategory.objects.get(name="Beauty", parent=None).pk)
    )
    page.get_by_label("ASINs", exact=True).fill("")
    page.get_by_role("button", name="Next").click()

    # 2. Business details: confirm they match Seller Central.
    assert page.get_by_role("heading", name="Business details").is_visible()
    page.get_by_label("I checked").check()
    page.get_by_role("button", name="Next").click()
    # 3. Account health, 4. invoices: read, then on.
    assert page.get_by_text("Healthy enough to apply").is_visible()
    page.get_by_role("button", name="Next").click()
    assert page.get_by_text("invoice-20-days.pdf").first.is_visible()
    page.get_by_role("button", name="Next").click()
    # 5. Supporting documents; Back keeps what was typed.
    page.get_by_label("Return policy").fill("Returns accepted within 30 days, refunds in 48 hours.")
    page.get_by_label("Average response time to customers").fill("6")
    page.get_by_role("button", name="Back").click()
    page.get_by_role("button", name="Next").click()
    assert "within 30 days" in page.get_by_label("Return policy").input_value()
    page.get_by_role("button", name="Next").click()
    # 6. Cover letter from the draft, then completed by the seller.
    page.get_by_role("button", name="Start from a draft").click()
    letter = page.get_by_label("Cover letter")
    assert "Alpha One LLC requests approval to sell in Beauty" in letter.input_value()
    # The seller writes their own words in place of the draft's [prompts] (a prompt left
    # in the letter blocks submission).
    own_words = "We have sold beauty products for four years, buying from brand distributors."
    letter.fill(re.sub(r"\[[^\]]*\]", own_words, letter.input_value()) + f" {own_words}" * 6)
    page.get_by_role("button", name="Next").click()
    # 7. Review: no blocker left, submit.
    assert page.locator("#readiness-verdict").inner_text() in ("Ready", "Ready, with warnings")
    page.get_by_role("button", name="Submit for review").click()
    assert page.locator("#case-status").inner_text() == "In review"

    # The reviewer opens the queue, renders and views the packet, and asks for a change.
    log_in(page, live_server, tenants.reviewer_a)
    page.get_by_role("link", name="Review queue", exact=True).click()
    page.get_by_role("link", name=str(case.pk), exact=True).click()
    page.get_by_role("button", name="Render the packet").click()
    viewer = page.locator("iframe.packet-viewer")
    assert viewer.is_visible()
    assert viewer.get_attribute("src").endswith("/packet.pdf#zoom=page-width")
    page.get_by_label("Section").select_option("letter")
    page.get_by_label("What must change").fill("Name the brands you buy.")
    click_below_viewer(page.get_by_role("button", name="Request changes"))
    expect(page.locator("#case-status")).to_have_text("Changes requested")

    # The consultant fixes the cover letter, renders again and sends it back.
    log_in(page, live_server, tenants.consultant_a)
    page.goto(f"{live_server.url}/cases/{case.pk}/")
    assert page.get_by_text(
        "[Cover letter or Plan of Action] Name the brands you buy."
    ).is_visible()
    page.goto(f"{live_server.url}/cases/{case.pk}/steps/cover_letter/")
    letter = page.get_by_label("Cover letter")
    letter.fill(letter.input_value() + " We buy Lumina Naturals and Aloe Pure.")
    page.get_by_role("button", name="Save").click()
    page.goto(f"{live_server.url}/cases/{case.pk}/")
    page.get_by_role("button", name="Render the packet").click()
    page.get_by_role("button", name="Submit for review").click()
    assert page.locator("#case-status").inner_text() == "In review"

    log_in(page, live_server, tenants.reviewer_a)
    page.goto(f"{live_server.url}/cases/{case.pk}/review/")
    click_below_viewer(page.get_by_role("button", name="Approve version 2"))
    assert page.locator("#case-status").inner_text() == "Approved for submission"

    log_in(page, live_server, tenants.consultant_a)
    page.goto(f"{live_server.url}/cases/{case.pk}/")
    page.get_by_role("button", name="Mark as submitted to Amazon").click()
    page.get_by_text("Amazon rejected").click()
    page.get_by_label("Too few or outdated invoices").check()
    page.get_by_label("Amazon's feedback").fill("Invoices must be less than 180 days old.")
    page.get_by_role("button", name="Record the rejection").click()
    assert page.locator("#case-status").inner_text() == "Rejected by Amazon"
    page.get_by_role("button", name="Re-apply").click()
    assert page.get_by_text("Attempt 1 was rejected").is_visible()
    assert page.get_by_text("“Too few or outdated invoices”: say what changed").first.is_visible()
    new = Case.objects.get(previous_attempt=case)
    assert new.attempt == 2 and new.case_documents.count() == 2
    timeline = [e.action for e in case.events.filter(kind="transition").order_by("created")]
    assert timeline == [
        "submit_for_review",
        "request_changes",
        "submit_for_review",
        "approve",
        "mark_submitted",
        "record_rejection",
    ]
