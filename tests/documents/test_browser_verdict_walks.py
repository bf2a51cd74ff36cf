"""Verdicts one can stake an account on, in a real browser (issue 16, "Done when").

Every invoice is uploaded on the wizard's invoices step and goes through the real checks
(documents/engine, run in-process by the upload); none of the results is written by hand.

1. Two clean invoices, each showing one of the two requested ASINs, read "Ready" together
   and the case goes to review.
2. A highlighted invoice, one saved by Microsoft Word, one the seller issued to itself and an
   Amazon order receipt each block submission, naming the signal, until a reviewer accepts
   it with a reason on the document page; the reason is then in the history and on the
   review page.
"""

import html

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from weasyprint import HTML

from cases.models import Case
from documents.models import CaseDocument, Supplier
from tests.cases.test_browser_case_walk import log_in
from tests.factories import HealthSnapshotFactory, days_ago, make_case, northwind_account

from .invoice_samples import InvoiceSpec, highlighted, invoice_pdf, resaved

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.clock]

MUG = ("Blue ceramic mug 350 ml", "B07XJ8C8F5", 12, "8.50")
BOARD = ("Bamboo cutting board", "B08N5WRWNW", 12, "14.00")
LETTER = (
    "Northwind Goods LLC requests approval to sell the blue ceramic mug and the bamboo "
    "cutting board. We have sold kitchenware on Amazon for four years and buy every unit "
    "from Acme Distribution Inc., an authorized distributor of the brand, which keeps our "
    "invoices and will confirm our purchases. Our return policy accepts returns within 30 "
    "days, we answer customers within six hours, and we inspect each delivery before it "
    "is listed. The attached invoices show our recent purchases of both products, billed "
    "to our business name and address as they appear in Seller Central."
)


def printed(days):
    """A date as a US supplier prints it, `days` before today on the test's clock."""
    return days_ago(days).strftime("%B %-d, %Y")


def invoice(number, days, lines=(MUG, BOARD), **changes):
    return invoice_pdf(
        InvoiceSpec(invoice_number=number, date_text=printed(days), lines=lines, **changes)
    )


def self_issued(days):
    """The seller's own name, address and phone printed as the supplier's."""
    return invoice(
        "NW-0007",
        days,
        supplier_name="Northwind Goods LLC",
        supplier_address=("450 Market Street, Suite 200", "San Francisco, CA 94105"),
        supplier_phone="Tel: +1 415 555 0100",
        supplier_website="www.northwindgoods.com",
    )


def amazon_receipt(days):
    """Amazon's printable order summary, sold by Amazon itself, billed to the seller: a
    retail purchase, complete otherwise (address, phone, lines with quantities)."""
    rows = "".join(
        f"<tr><td>{html.escape(name)}</td><td>{asin}</td><td class=n>{qty}</td>"
        f"<td class=n>${price}</td><td class=n>${qty * float(price):.2f}</td></tr>"
        for name, asin, qty, price in (MUG, BOARD)
    )
    return HTML(
        string=f"""<!doctype html><html><head><meta charset=utf-8><style>
@page {{ size: Letter; margin: 14mm }} body {{ font-family: 'DejaVu Sans', sans-serif;
font-size: 9.5pt }} table {{ border-collapse: collapse; width: 100% }}
td, th {{ padding: 3pt 6pt; text-align: left }} .n {{ text-align: right }}
.box {{ border: 0.5pt solid #999; padding: 6pt; margin: 6pt 0 }}</style></head><body>
<p>amazon.com</p>
<h1>Final Details for Order #113-4829175-6650231</h1>
<p><b>Sold by:</b> Amazon.com Services LLC<br>410 Terry Ave N<br>Seattle, WA 98109<br>
www.amazon.com</p>
<div class=box><b>Order Placed:</b> {printed(days)}<br><b>Amazon.com order number:</b>
113-4829175-6650231<br><b>Order Total:</b> $270.00</div>
<div class=box><b>Billing address</b><br>Northwind Goods LLC<br>450 Market Street, Suite 200
<br>San Francisco, CA 94105<br>Phone: +1 415 555 0100</div>
<table><tr><th>Items Ordered</th><th>ASIN</th><th class=n>Qty</th><th class=n>Price</th>
<th class=n>Amount</th></tr>{rows}</table>
<p>Item(s) Subtotal: $270.00<br>Shipping &amp; Handling: $0.00<br>
<b>Grand Total: $270.00</b></p></body></html>"""
    ).write_pdf()


def application(tenants):
    """An ungating case for two ASINs, complete but for its invoices: the business details
    confirmed, recent healthy figures, the supplier on record (authorized, told that Amazon
    may call), the return policy, the support record and the cover letter."""
    account = northwind_account(tenants.ws_a)
    HealthSnapshotFactory(seller_account=account, date=days_ago(10))
    Supplier.objects.create(
        workspace=tenants.ws_a,
        name="Acme Distribution Inc.",
        kind="distributor",
        brands="Acme Home",
        address="12 Industrial Way\nNewark, NJ 07102",
        phone="(973) 555-0182",
        website="www.acme-distribution.com",
        country="US",
        confirmation_agreed_on=days_ago(5),
    )
    case = make_case(
        account,
        by=tenants.consultant_a,
        target_type="asins",
        asins=["B07XJ8C8F5", "B08N5WRWNW"],
        marketplace="amazon.com",
        return_policy="Returns accepted within 30 days, refunds within 48 hours.",
        support_response_hours=6,
        cover_letter=LETTER,
    )
    Case.objects.filter(pk=case.pk).update(business_confirmed_at=timezone.now())
    return case


def upload(page, live_server, case, tmp_path, files):
    """Upload `files` ({name: bytes}) as invoices on the wizard's invoices step; the checks
    run during the upload, so each is checked when the page comes back."""
    page.goto(f"{live_server.url}/cases/{case.pk}/steps/invoices/")
    paths = []
    for name, content in files.items():
        path = tmp_path / name
        path.write_bytes(content)
        paths.append(str(path))
    page.get_by_label("Files").set_input_files(paths)
    page.get_by_role("button", name="Upload").click()
    for name in files:
        expect(page.get_by_text(name).first).to_be_visible()
    uses = CaseDocument.objects.filter(case=case)
    assert sorted(use.status for use in uses) == ["done"] * len(files)


def review_step(page, live_server, case):
    page.goto(f"{live_server.url}/cases/{case.pk}/steps/review/")
    return page.locator("#readiness-verdict").inner_text()


def test_two_clean_invoices_each_showing_one_of_two_asins_read_ready(
    live_server, page, tenants, tmp_path
):
    case = application(tenants)
    log_in(page, live_server, tenants.consultant_a)

    upload(
        page,
        live_server,
        case,
        tmp_path,
        {
            "acme-mugs.pdf": invoice("INV-2026-0101", 20, lines=(MUG,)),
            "acme-boards.pdf": invoice("INV-2026-0077", 60, lines=(BOARD,)),
        },
    )

    verdict = review_step(page, live_server, case)
    assert verdict == "Ready", page.locator("#readiness").inner_text()
    page.get_by_role("button", name="Submit for review").click()
    expect(page.locator("#case-status")).to_have_text("In review")


SIGNALS = {
    "highlighted": (
        lambda days: highlighted(invoice("INV-2026-0150", days)),
        "tamper_signals",
        "it carries annotations (highlight)",
        "Signs of editing",
    ),
    "saved-by-word": (
        lambda days: resaved(invoice("INV-2026-0151", days)),
        "tamper_signals",
        "Microsoft Word",
        "Signs of editing",
    ),
    "self-issued": (
        self_issued,
        "self_issued",
        'issued by your own business: the supplier\'s name "Northwind Goods LLC" is yours',
        "Issued by yourself",
    ),
    "amazon-receipt": (
        amazon_receipt,
        "marketplace",
        '"Sold by Amazon.com Services LLC": Amazon, a marketplace',
        "Marketplace or store receipt",
    ),
}


@pytest.mark.parametrize("kind", list(SIGNALS))
def test_a_forgery_signal_blocks_until_a_reviewer_accepts_it_with_a_reason(
    live_server, page, tenants, tmp_path, kind
):
    make, code, signal, check = SIGNALS[kind]
    case = application(tenants)
    name = f"{kind}.pdf"
    log_in(page, live_server, tenants.consultant_a)
    upload(
        page,
        live_server,
        case,
        tmp_path,
        {"acme-clean.pdf": invoice("INV-2026-0101", 60), name: make(30)},
    )

    # The review step names the signal, and submission is refused.
    assert review_step(page, live_server, case) == "Not ready"
    blocker = page.locator('#readiness [data-code="invoice_signal"]')
    expect(blocker).to_have_count(1)
    assert name in blocker.inner_text() and signal in blocker.inner_text()
    submit = page.get_by_role("button", name="Submit for review")
    expect(submit).to_be_disabled()
    # Enabled by hand, the form is still refused by the server.
    submit.evaluate("b => { b.removeAttribute('disabled'); b.removeAttribute('aria-disabled') }")
    submit.click()
    expect(page.get_by_text("The case is not ready")).to_be_visible()
    assert Case.objects.get(pk=case.pk).status == "draft"

    # A consultant cannot accept it: the document page says who can.
    blocker.get_by_role("link", name="Fix").click()
    expect(page.get_by_text("a reviewer accepts it with a reason")).to_be_visible()
    assert page.get_by_role("button", name="Accept, with this reason").count() == 0

    # The reviewer accepts it on the document page, with a reason.
    reason = f"Called Acme on the phone about {name}: the seller explained it, <b>on file</b>."
    log_in(page, live_server, tenants.reviewer_a)
    review_step(page, live_server, case)
    page.locator('#readiness [data-code="invoice_signal"]').get_by_role("link").click()
    page.get_by_label("Accept it anyway: what did you check, with whom?").fill(reason)
    page.get_by_role("button", name="Accept, with this reason").click()
    expect(page.get_by_text(f"{check}: accepted by a reviewer")).to_be_visible()

    # Now the case goes to review.
    log_in(page, live_server, tenants.consultant_a)
    verdict = review_step(page, live_server, case)
    assert verdict in ("Ready", "Ready, with warnings"), page.locator("#readiness").inner_text()
    page.get_by_role("button", name="Submit for review").click()
    expect(page.locator("#case-status")).to_have_text("In review")
    history = page.locator("#timeline").inner_text()
    assert f"{name}: {check} accepted by the reviewer: {reason}" in history

    # The reviewer sees the override, who made it and why, on the review page.
    log_in(page, live_server, tenants.reviewer_a)
    page.goto(f"{live_server.url}/cases/{case.pk}/review/")
    overrides = page.locator("#accepted-overrides")
    expect(overrides.get_by_role("link", name=name)).to_be_visible()
    text = overrides.inner_text()
    assert check in text and reason in text and str(tenants.reviewer_a) in text
