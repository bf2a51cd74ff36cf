"""A seller pastes Amazon's notice, writes the Plan of Action until the linter is clean,
attaches an invoice as evidence and submits the appeal for review, in a real browser."""

import pytest

from cases.demo_appeal import NOTICE, PLAN
from cases.models import Case
from documents.demo_invoices import invoice_pdf
from documents.models import Supplier
from tests.factories import PASSWORD, days_ago

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_seller_appeals_from_the_notice_to_review(live_server, page, tenants, tmp_path):
    supplier = Supplier.objects.create(
        workspace=tenants.ws_a,
        name="Pacific Beauty Distribution Inc.",
        kind="distributor",
        address="400 Commerce Way\nReno, NV 89502",
        phone="+1 775 555 0190",
        website="www.pacificbeauty.example",
        confirmation_agreed_on=days_ago(60),
    )
    invoice = tmp_path / "invoice-october.pdf"
    invoice.write_bytes(
        invoice_pdf(
            account=tenants.a1,
            supplier=supplier,
            number="PBD-2210",
            days_ago=30,
            lines=[
                ("Lumina Naturals serum 30 ml", "B0LUMINA01", 24, "8.50"),
                ("Aloe Pure gel 200 ml", "B0ALOEPU02", 12, "4.20"),
            ],
        )
    )

    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("E-mail").fill(tenants.seller_a.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(live_server.url + "/cases/new/")
    page.get_by_label("Seller account").select_option(label="Alpha One LLC")
    page.get_by_label("Reinstatement appeal").check()
    page.get_by_role("button", name="Create the case").click()

    # 1. The notice: pasted, read, confirmed.
    page.get_by_label("Amazon's notice").fill(NOTICE)
    page.get_by_role("button", name="Read the notice").click()
    assert page.get_by_text("Read: 3 reasons, 2 ASINs.").is_visible()
    assert page.get_by_label("ASINs under review").input_value() == "B0LUMINA01\nB0ALOEPU02"
    # Received 12 days ago: within the 17 days Amazon gives, after the invoice's date.
    page.get_by_label("Date of the notice").fill(days_ago(12).isoformat())
    page.get_by_role("button", name="Next").click()

    # 2. The plan: an emotional sentence is flagged, then the plan is made clean.
    first = PLAN[0]["reason"]
    page.locator(f"#id_{first}__root_cause").fill(
        PLAN[0]["root_cause"] + " This is so unfair, I beg you to reconsider."
    )
    page.get_by_role("button", name="Save").click()
    findings = page.locator("#poa-findings")
    assert findings.locator('[data-rule="emotional_language"]').count() == 1
    assert findings.locator('[data-rule="missing_actions_taken"]').count() >= 1
    for section in PLAN:
        for part in ("root_cause", "actions_taken", "preventive_measures"):
            page.locator(f"#id_{section['reason']}__{part}").fill(section[part])
    page.get_by_role("button", name="Save").click()
    assert page.locator("#poa-findings").get_by_text("No finding").is_visible()
    page.get_by_role("button", name="Next").click()

    # 3. Evidence: both ASINs uncovered until the invoice naming them is checked.
    assert page.locator("#evidence-matrix tr.table-danger").count() == 2
    page.get_by_label("Files").set_input_files(str(invoice))
    page.get_by_role("button", name="Upload").click()
    page.wait_for_selector("#evidence-matrix")
    page.reload()
    assert page.locator("#evidence-matrix tr.table-danger").count() == 0

    # 4. Review: submit.
    page.goto(f"{live_server.url}/cases/{Case.objects.get().pk}/steps/review/")
    verdict = page.locator("#readiness-verdict").inner_text()
    assert verdict in ("Ready", "Ready, with warnings"), page.locator("#readiness").inner_text()
    page.get_by_role("button", name="Submit for review").click()
    assert page.locator("#case-status").inner_text() == "In review"
