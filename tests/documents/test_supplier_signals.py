"""Who really issued the invoice: the seller itself, a marketplace or store, or another
company than the supplier on record. Each is a forgery-level signal that names what it saw
and blocks the case until a reviewer accepts it with a reason (issue 16, point 2).

Receipts are laid out as the stores print them (Amazon's "Final Details for Order" page,
a Walmart till receipt); the clean invoices, the corpus's above all, must stay quiet.
"""

import dataclasses
import html
import json

import pytest
from django.urls import reverse
from weasyprint import HTML

from cases.selectors import case_readiness
from documents.engine import check_invoice_file
from documents.models import CaseDocument, CheckRun
from tests.corpus import scoring
from tests.factories import attach_checked_invoice, days_ago, make_case, northwind_account

from .invoice_samples import InvoiceSpec, french_spec, invoice_pdf, reference_for

SIGNALS = ("self_issued", "marketplace", "supplier_record")
BUYER = ("Northwind Goods LLC", "450 Market Street, Suite 200", "San Francisco, CA 94105")
_STYLE = """<style>@page { size: Letter; margin: 14mm } body { font-family: 'DejaVu Sans',
  sans-serif; font-size: 9.5pt } h1 { font-size: 15pt } table { border-collapse: collapse;
  width: 100% } td, th { padding: 3pt 6pt; text-align: left; vertical-align: top }
  .n { text-align: right } .box { border: 0.5pt solid #999; padding: 6pt; margin: 6pt 0 }
</style>"""


def amazon_order_receipt(*, placed="March 3, 2026", sold_by="Amazon.com Services LLC"):
    """Amazon's printable order summary, as a seller saves it from "Your Orders"."""
    buyer = "<br>".join(html.escape(line) for line in (*BUYER, "United States"))
    item = (
        "<tr><td>{qty} of: {name}, ASIN {asin}<br>Sold by: {seller}<br>Condition: New</td>"
        "<td class=n>{price}</td></tr>"
    )
    items = "".join(
        item.format(qty=qty, name=name, asin=asin, seller=html.escape(sold_by), price=price)
        for qty, name, asin, price in (
            (12, "Blue ceramic mug 350 ml", "B07XJ8C8F5", "$8.50"),
            (6, "Bamboo cutting board", "B08N5WRWNW", "$14.00"),
        )
    )
    return HTML(
        string=f"""<!doctype html><html><head><meta charset=utf-8>{_STYLE}</head><body>
<p>amazon.com</p>
<h1>Final Details for Order #113-4829175-6650231</h1>
<p>Print this page for your records.</p>
<div class=box><b>Order Placed:</b> {placed}<br>
<b>Amazon.com order number:</b> 113-4829175-6650231<br><b>Order Total:</b> $186.00</div>
<div class=box><h2>Shipped on {placed}</h2>
<table><tr><th>Items Ordered</th><th class=n>Price</th></tr>{items}</table>
<p><b>Shipping Address:</b><br>{buyer}</p><p><b>Shipping Speed:</b><br>FREE Prime Delivery</p>
</div>
<div class=box><h2>Payment information</h2><table><tr><td><b>Payment Method:</b><br>Visa
ending in 4417</td><td>Item(s) Subtotal: $186.00<br>Shipping &amp; Handling: $0.00<br>
<b>Grand Total: $186.00</b></td></tr><tr><td><b>Billing address</b><br>{buyer}</td><td></td>
</tr></table></div>
<p>Conditions of Use | Privacy Notice © 1996-2026, Amazon.com, Inc. or its affiliates</p>
</body></html>"""
    ).write_pdf()


def walmart_receipt(*, when="03/03/26"):
    """A Walmart store's till receipt: the store's name on top, then its till lines."""
    rows = "".join(
        f"<tr><td>{name}</td><td>{code}</td><td>{qty}</td><td class=n>{amount} X</td></tr>"
        for name, code, qty, amount in (
            ("BLUE MUG 350ML", "088867012345", "12 @ 8.50", "102.00"),
            ("BAMBOO BOARD", "088867054321", "6 @ 14.00", "84.00"),
        )
    )
    return HTML(
        string=f"""<!doctype html><html><head><meta charset=utf-8>{_STYLE}<style>
@page {{ size: 80mm 200mm; margin: 4mm }} body {{ font-family: 'DejaVu Sans Mono', monospace;
font-size: 7.5pt; text-align: center }}</style></head><body>
<h1>Walmart</h1>
<p>Save money. Live better.<br>( 650 ) 615 - 0410<br>Mgr: DANA REYES<br>1150 EL CAMINO REAL
<br>SAN BRUNO CA 94066<br>ST# 2280 OP# 00000472 TE# 12 TR# 08841</p>
<table>{rows}</table>
<p>SUBTOTAL 186.00<br>TAX 1 8.625 % 0.00<br>TOTAL 186.00<br>VISA TEND 186.00</p>
<p>ITEMS SOLD 18</p><p>TC# 3388 0412 7719 4025 6610</p><p>{when} 14:21:09</p>
</body></html>"""
    ).write_pdf()


def check(data, spec=None, **reference_changes):
    reference = reference_for(spec or InvoiceSpec(), **reference_changes)
    return check_invoice_file(data, name="invoice.pdf", reference=reference).checks


# -- marketplaces and stores -----------------------------------------------------------------


def test_an_amazon_order_receipt_is_a_marketplace_purchase_whatever_the_record_says():
    checks = check(amazon_order_receipt(), supplier_type="distributor")

    assert checks["marketplace"].status == "fail"
    assert 'Sold by Amazon.com Services LLC"' in checks["marketplace"].message
    assert "marketplace" in checks["marketplace"].message
    # The record says "distributor": the kind of supplier no longer repeats it.
    assert checks["supplier_type"].status == "fail"
    assert "recorded as a distributor" in checks["supplier_type"].message


def test_a_third_party_seller_on_amazon_is_still_an_amazon_order_receipt():
    checks = check(amazon_order_receipt(sold_by="Brightwater Supplies Inc."))

    assert checks["marketplace"].status == "fail"
    assert '"amazon.com": Amazon, a marketplace' in checks["marketplace"].message


def test_a_walmart_till_receipt_is_a_retail_store_purchase():
    checks = check(walmart_receipt(), supplier_type="distributor")

    assert checks["marketplace"].status == "fail"
    assert "issued by Walmart, a retail store" in checks["marketplace"].message
    assert checks["supplier_type"].status == "fail"


@pytest.mark.parametrize(
    "printed",
    [
        "eBay Inc.",
        "AliExpress",
        "Walmart Supercenter #5260",
        "Amazon.de",
        "Amazon EU S.à r.l.",
        "Costco Wholesale",
    ],
)
def test_an_invoice_issued_by_a_listed_store_fails_naming_it(printed):
    checks = check(invoice_pdf(InvoiceSpec(supplier_name=printed)))

    assert checks["marketplace"].status == "fail"
    assert printed.split()[0].split(".")[0] in checks["marketplace"].message


def test_the_list_of_marketplaces_is_data(tmp_path, monkeypatch):
    from documents.engine.checks import supplier

    listed = {
        "order_markers": [],
        "marketplaces": [
            {
                "name": "Acme Mall",
                "kind": "marketplace",
                "names": ["Acme Distribution"],
                "prefixes": [],
                "domains": [],
            }
        ],
    }
    data = tmp_path / "marketplaces.json"
    data.write_text(json.dumps(listed), encoding="utf-8")
    monkeypatch.setattr(supplier, "MARKETPLACES_FILE", data)
    supplier.marketplaces.cache_clear()
    try:
        result = check(invoice_pdf())["marketplace"]
    finally:
        supplier.marketplaces.cache_clear()

    assert result.status == "fail" and "Acme Mall, a marketplace" in result.message


# -- self-issued -----------------------------------------------------------------------------


def test_an_invoice_the_seller_issued_to_itself_fails_naming_what_is_its_own():
    spec = InvoiceSpec(
        supplier_name="Northwind Goods LLC",
        supplier_address=BUYER[1:],
        supplier_phone="Tel: +1 415 555 0100",
        supplier_website="www.northwindgoods.com",
    )
    result = check(invoice_pdf(spec), spec)["self_issued"]

    assert result.status == "fail"
    assert 'name "Northwind Goods LLC" is yours' in result.message
    assert "450 Market Street" in result.message
    assert "phone +1 415 555 0100 is yours" in result.message


def test_another_name_with_the_sellers_own_phone_is_self_issued():
    spec = InvoiceSpec(supplier_name="Global Supply House Inc.", supplier_phone="Tel: 415-555-0100")
    result = check(invoice_pdf(spec), spec)["self_issued"]

    assert result.status == "fail"
    assert "phone 415-555-0100 is yours" in result.message
    assert "name" not in result.message.split(":")[1].split(";")[0]


# -- the supplier on record ------------------------------------------------------------------


def test_a_printed_supplier_that_is_not_the_linked_record_fails_naming_both():
    result = check(invoice_pdf(), supplier_name="Pacific Beauty Distribution Inc.")[
        "supplier_record"
    ]

    assert result.status == "fail"
    assert '"Acme Distribution Inc."' in result.message
    assert '"Pacific Beauty Distribution Inc."' in result.message


def test_another_legal_form_than_the_record_is_another_company():
    result = check(invoice_pdf(), supplier_name="Acme Distribution LLC")["supplier_record"]

    assert result.status == "fail"
    assert "another legal form" in result.message


@pytest.mark.parametrize(
    "recorded", ["Acme Distribution Inc.", "ACME DISTRIBUTION, INC", "Acme Distribution"]
)
def test_the_same_company_written_otherwise_matches_the_record(recorded):
    result = check(invoice_pdf(), supplier_name=recorded)["supplier_record"]

    assert result.status == "pass", result.message


def test_without_a_linked_record_nothing_is_compared():
    assert check(invoice_pdf())["supplier_record"].status == "skip"


# -- clean invoices stay quiet ---------------------------------------------------------------


@pytest.mark.parametrize(
    "spec",
    [
        InvoiceSpec(),
        french_spec(),
        # Amazon in the descriptions and an order number: a wholesaler's invoice for FBA.
        InvoiceSpec(
            supplier_name="Amazonia Naturals LLC",
            number_label="Order number:",
            lines=(("Amazon FBA prep: mug 350 ml, labelled", "B07XJ8C8F5", 12, "8.50"),),
        ),
    ],
    ids=["us-distributor", "french-sarl", "fba-prep-wholesaler"],
)
def test_clean_invoices_raise_none_of_the_signals(spec):
    checks = check(invoice_pdf(spec), spec, supplier_name=spec.supplier_name)

    assert {code: checks[code].status for code in SIGNALS} == dict.fromkeys(SIGNALS, "pass")
    assert checks["supplier_type"].status == "pass"


def _corpus_param(document):
    marks = [pytest.mark.ocr] if scoring.needs_ocr(document) else []
    return pytest.param(document, id=document["file"], marks=marks)


@pytest.mark.corpus
@pytest.mark.parametrize("document", [_corpus_param(d) for d in scoring.documents()])
def test_no_corpus_invoice_raises_the_signals(document):
    """Real and realistic suppliers' invoices, linked to a record of their own issuer; the
    corpus's order receipts of a third-party seller on Amazon (an Amazon order number,
    "Sold by") are retail purchases (domain.md, Invoices) and raise `marketplace` alone."""
    if scoring.needs_ocr(document):
        from tests import switches

        switches.require_ocr()
    reference = dataclasses.replace(
        scoring.reference_for(document), supplier_name=document["truth"]["issuer"]
    )
    data = (scoring.CORPUS / document["file"]).read_bytes()
    checks = check_invoice_file(data, name=document["file"], reference=reference).checks

    raised = {code: checks[code].message for code in SIGNALS if checks[code].status != "pass"}
    if any("marketplace order receipt" in feature for feature in document.get("features", [])):
        assert list(raised) == ["marketplace"]
        assert (
            "is one of Amazon (a marketplace): the goods were bought there" in raised["marketplace"]
        )
    else:
        assert not raised


# -- in the product: blockers a reviewer may accept ------------------------------------------

RECEIPT_SIGNAL = (
    'The invoice says "Sold by Amazon.com Services LLC": Amazon, a marketplace. An order '
    "receipt from a marketplace or a store is a retail purchase."
)


@pytest.fixture
def receipt_use(tenants):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    use = attach_checked_invoice(case, verdict="fail")
    CheckRun.objects.create(
        case_document=use,
        input_key="k",
        verdict="fail",
        results={
            "readable": {"status": "pass", "message": "ok"},
            "marketplace": {"status": "fail", "message": RECEIPT_SIGNAL},
            "self_issued": {"status": "pass", "message": "ok"},
        },
    )
    return use


def signal_findings(case):
    return [f for f in case_readiness(case).blockers if f.code == "invoice_signal"]


@pytest.mark.clock
def test_a_marketplace_receipt_blocks_until_a_reviewer_accepts_it_with_a_reason(
    client, tenants, receipt_use
):
    [finding] = signal_findings(receipt_use.case)
    assert RECEIPT_SIGNAL in finding.message

    url = reverse("document_accept", args=[receipt_use.pk])
    client.force_login(tenants.reviewer_a)
    client.post(url, {"code": "marketplace", "reason": "ok"})
    assert signal_findings(receipt_use.case)  # no reason, nothing accepted
    reason = "Brand owner confirmed in writing that Amazon Retail is its authorized reseller."
    client.post(url, {"code": "marketplace", "reason": reason})

    assert not signal_findings(receipt_use.case)
    event = receipt_use.case.events.get(action="accept_signal")
    assert event.actor == tenants.reviewer_a and reason in event.note
    assert "Marketplace or store receipt" in event.note
    page = client.get(reverse("document_detail", args=[receipt_use.pk])).content.decode()
    assert "accepted by a reviewer" in page and reason in page


@pytest.mark.clock
def test_an_uploaded_amazon_receipt_blocks_the_case_naming_the_signal(
    client, tenants, django_capture_on_commit_callbacks
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    northwind = northwind_account(tenants.ws_a)
    case = make_case(northwind, by=tenants.consultant_a, target_type="asins", asins=["B07XJ8C8F5"])
    client.force_login(tenants.consultant_a)
    receipt = amazon_order_receipt(placed=days_ago(20).strftime("%B %-d, %Y"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("document_upload", args=[case.pk]),
            {"file": SimpleUploadedFile("order.pdf", receipt), "purpose": "invoice"},
        )
    use = CaseDocument.objects.get(case=case)
    assert use.status == "done"

    messages = " ".join(finding.message for finding in signal_findings(case))
    assert "Sold by Amazon.com Services LLC" in messages
