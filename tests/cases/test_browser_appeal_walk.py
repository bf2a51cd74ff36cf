"""A seller pastes Amazon's notice, writes the Plan of Action until the linter is clean,
attaches an invoice as evidence, imports the units sold and sets them against the units
invoiced, submits the appeal for review and renders its packet, in a real browser."""

import io
import re
import time

import pytest
from pypdf import PdfReader

from cases.demo_appeal import NOTICE, PLAN
from cases.models import Case
from documents.demo_invoices import invoice_pdf
from documents.models import PacketVersion, Supplier
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

    # The units sold, imported from Seller Central's Business Report, against those invoiced.
    report = tmp_path / "BusinessReport.csv"
    report.write_bytes(
        "\ufeff(Parent) ASIN,(Child) ASIN,Units Ordered\n"
        "B0PARENT01,B0LUMINA01,30\nB0PARENT01,B0ALOEPU02,12\n".encode()
    )
    page.get_by_label("Business Report (CSV)").set_input_files(str(report))
    page.get_by_role("button", name="Import the units sold").click()
    assert page.get_by_text("Read from BusinessReport.csv").is_visible()
    assert page.get_by_label("B0LUMINA01", exact=True).input_value() == "30"
    page.get_by_role("button", name="Save").click()
    short = page.locator('#sales-coverage tr[data-asin="B0LUMINA01"]')
    assert short.locator(".units-invoiced").inner_text() == "24"  # 30 sold: short
    assert page.locator("#sales-coverage tr.table-danger").count() == 1
    # The report covered a longer period than the notice's: the person corrects the figure.
    page.get_by_label("B0LUMINA01", exact=True).fill("20")
    page.get_by_role("button", name="Save").click()
    assert page.locator("#sales-coverage tr.table-danger").count() == 0

    # 4. Review: submit.
    page.goto(f"{live_server.url}/cases/{Case.objects.get().pk}/steps/review/")
    verdict = page.locator("#readiness-verdict").inner_text()
    assert verdict in ("Ready", "Ready, with warnings"), page.locator("#readiness").inner_text()
    page.get_by_role("button", name="Submit for review").click()
    assert page.locator("#case-status").inner_text() == "In review"

    # 5. The packet sets the units sold beside the units invoiced.
    page.get_by_role("button", name="Render the packet").click()
    deadline = time.monotonic() + 90
    version = None
    while time.monotonic() < deadline:
        version = PacketVersion.objects.filter(status="done").first()
        if version is not None:
            break
        time.sleep(0.5)
    assert version is not None, "the packet was not rendered"
    reader = PdfReader(io.BytesIO(version.file.open("rb").read()))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Units sold" in text and "Units invoiced" in text
    assert re.search(r"B0LUMINA01\s*invoice-october\.pdf\s*20\s*24", text), text
    assert "Healthy enough to apply" not in text
