"""In a real browser: Amazon asks for information, the consultant adds a document and
answers with a supplementary packet, a reviewer approves it, then the answer is recorded as
sent (issue 16, point 10)."""

import pytest

from cases.models import Case, Status
from documents.packets import service
from tests.browser import click_below_viewer
from tests.cases.test_browser_case_walk import log_in
from tests.documents.packet_samples import invoice_pdf
from tests.factories import HealthSnapshotFactory, attach_checked_invoice, days_ago, make_case

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.clock]


def test_an_information_request_is_answered_with_a_supplementary_packet(
    live_server, page, tenants, tmp_path
):
    from playwright.sync_api import expect

    expect.set_options(timeout=15000)  # two cores shared: a render and a post take a while
    HealthSnapshotFactory(seller_account=tenants.a1, date=days_ago(10))
    case = make_case(
        tenants.a1,
        by=tenants.consultant_a,
        target_type="asins",
        asins=["B0ABC12345"],
        marketplace="amazon.com",
        cover_letter="We buy Lumina Naturals from its distributor, Acme Distribution Inc.",
    )
    attach_checked_invoice(case, days_old=20)
    service.render_now(case=case, by=tenants.consultant_a)
    Case.objects.filter(pk=case.pk).update(status=Status.SUBMITTED)
    case_page = f"{live_server.url}/cases/{case.pk}/"

    # Amazon asks for more: the consultant records it.
    log_in(page, live_server, tenants.consultant_a)
    page.goto(case_page)
    page.get_by_text("Amazon asked for information").first.click()
    page.get_by_label("What Amazon asked").fill("Send the letter of authorization from the brand.")
    page.get_by_role("button", name="Amazon asked for information").click()
    expect(page.locator("#case-status")).to_have_text("Information requested")

    # The answer page: add the letter, write the answer, render the supplementary packet.
    page.get_by_role("link", name="Answer Amazon's request").click()
    assert page.get_by_text("Send the letter of authorization from the brand.").first.is_visible()
    letter = tmp_path / "loa-lumina.pdf"
    letter.write_bytes(invoice_pdf(number="LOA-2026"))
    page.get_by_label("Files").set_input_files(str(letter))
    page.get_by_label("What is it?").select_option(label="Letter of authorization")
    page.get_by_role("button", name="Upload").click()
    expect(page.locator("#new-documents")).to_contain_text("loa-lumina.pdf")
    page.get_by_label("Answer to Amazon").fill(
        "Attached: the letter of authorization from Lumina Naturals."
    )
    page.get_by_role("button", name="Render the supplementary packet").click()
    expect(page.locator("#packets")).to_contain_text("supplementary")
    assert (
        "A reviewer approves supplementary packet version 2"
        in page.locator("#answer-blocker").inner_text()
    )

    # Not sent before a reviewer approves it.
    page.goto(case_page)
    page.get_by_text("Information sent to Amazon").first.click()
    page.get_by_label("What was sent").fill("The letter of authorization.")
    page.get_by_role("button", name="Information sent to Amazon").click()
    expect(page.get_by_text("A reviewer approves supplementary packet version 2")).to_be_visible()
    expect(page.locator("#case-status")).to_have_text("Information requested")

    # The reviewer finds it in the queue, sees what was added, and approves it.
    log_in(page, live_server, tenants.reviewer_a)
    page.get_by_role("link", name="Review queue", exact=True).click()
    page.get_by_role("link", name=str(case.pk), exact=True).click()
    assert (
        page.locator("#current-version").inner_text().startswith("Supplementary packet version 2")
    )
    assert page.locator("iframe.packet-viewer").get_attribute("src").endswith("#zoom=page-width")
    assert page.locator("#comparison-documents").get_by_text("loa-lumina.pdf").is_visible()
    reason = page.locator("#note-approve_supplement")
    if reason.count():
        reason.fill("The letter is the one Amazon asked for.")
    click_below_viewer(page.get_by_role("button", name="Approve version 2"))
    expect(page.locator("#current-version")).to_contain_text("approved")

    # Now the consultant records the answer as sent.
    log_in(page, live_server, tenants.consultant_a)
    page.goto(case_page)
    page.get_by_text("Information sent to Amazon").first.click()
    page.get_by_label("What was sent").fill("The letter of authorization, as approved.")
    page.get_by_role("button", name="Information sent to Amazon").click()
    expect(page.locator("#case-status")).to_have_text("Submitted to Amazon")
    history = page.locator("#timeline").inner_text()
    assert "Supplementary packet approved" in history
    assert "Supplementary packet version 2 rendered" in history
    assert "Added" in history and "loa-lumina.pdf" in history
