"""The document page reads at a glance (issue 19): problems first, passes folded, the
failures of an unreadable scan under their one cause, values said once, the preview
outlined; and readiness rows whose "Fix" opens the document at fault."""

import html
import re

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from documents.models import CaseDocument, CheckRun
from tests.documents import invoice_samples as samples
from tests.factories import attach_checked_invoice, days_ago, make_case, northwind_account

# The pipeline checks the invoice's date against today: CI also runs this 90 days ahead.
pytestmark = pytest.mark.clock


def result(status, message, expected=None, found=None):
    return {"status": status, "message": message, "expected": expected, "found": found}


@pytest.fixture
def consultant(client, tenants):
    client.force_login(tenants.consultant_a)
    return client


def page_of(client, use):
    response = client.get(reverse("document_detail", args=[use.pk]))
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def with_results(tenants, results, verdict="fail"):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    use = attach_checked_invoice(case, verdict=verdict)
    CheckRun.objects.create(case_document=use, input_key="page", verdict=verdict, results=results)
    return use


def section(page, start_marker, end_marker):
    start = page.index(start_marker)
    return page[start : page.index(end_marker, start)]


def test_failures_come_first_and_passes_are_folded(consultant, tenants):
    use = with_results(
        tenants,
        {
            "readable": result("pass", "The PDF has a text layer.", found=88),
            "invoice_date": result("warn", "The invoice is 170 days old."),
            "business_name": result("pass", "The bill-to name matches."),
            "quantity": result("fail", "4 units: at least 10 are required.", 10, 4),
            "arithmetic": result("skip", "Not checked."),
        },
    )
    page = page_of(consultant, use)

    problems = section(page, 'id="checks"', "</ul>")
    assert re.findall(r'data-check="(\w+)"', problems) == ["quantity", "invoice_date"]
    folded = section(page, '<details class="mb-3" id="checks-passed">', "</details>")
    assert set(re.findall(r'data-check="(\w+)"', folded)) == {
        "readable",
        "business_name",
        "arithmetic",
    }
    # Checks under their names, not their codes; the word count is no "found" value.
    assert "Quantity" in problems and "Invoice date" in problems
    assert ">quantity<" not in page and "business_name" not in re.sub(r'"[^"]*"', "", page)
    assert "88" not in folded
    assert "<code>" not in page


def test_the_failures_of_an_unreadable_scan_fold_under_it(consultant, tenants):
    use = with_results(
        tenants,
        {
            "readable": result("pass", "The scan was read by OCR."),
            "image_quality": result("fail", "The scan is hard to read: the text is blurry."),
            "invoice_date": result("fail", "No invoice date was found."),
            "business_name": result("fail", "No bill-to name was found.", "Acme", ""),
            "duplicate": result("warn", "Also used in another case."),
        },
    )
    page = page_of(consultant, use)

    problems = section(page, 'id="checks"', '<details class="mb-3" id="checks-passed">')
    top_level = re.sub(
        r"<details class=\"small mt-1\" data-follow-ons>.*?</details>", "", problems, flags=re.S
    )
    assert re.findall(r'data-check="(\w+)"', top_level) == ["image_quality", "duplicate"]
    follow_ons = section(page, "data-follow-ons>", "</details>")
    assert "2 more checks failed because of this" in follow_ons
    assert set(re.findall(r'data-check="(\w+)"', follow_ons)) == {"invoice_date", "business_name"}


def test_a_found_value_repeated_by_the_layout_is_shown_once(consultant, tenants):
    use = with_results(
        tenants,
        {
            "business_name": result(
                "fail",
                "The bill-to name does not match Seller Central.",
                "Tenant A One LLC",
                "Northwind Goods LLC Northwind Goods LLC",
            ),
            "business_address": result(
                "fail",
                "The bill-to address does not match.",
                "1 Main Street\nSpringfield",
                "450 Market Street 450 Market Street\nSan Francisco, CA 94105",
            ),
        },
    )
    page = page_of(consultant, use)

    assert page.count("Northwind Goods LLC") == 1
    # The address on one line, each part once.
    assert "450 Market Street, San Francisco, CA 94105" in page
    assert "450 Market Street 450 Market Street" not in page


@pytest.fixture
def northwind(tenants):
    return northwind_account(tenants.ws_a)


def checked_upload(client, case, data, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("document_upload", args=[case.pk]),
            {"file": SimpleUploadedFile("invoice.pdf", data), "purpose": "invoice"},
        )
    return CaseDocument.objects.filter(case=case).latest("pk")


def test_the_preview_outlines_the_fields_found_in_french_too(
    consultant, tenants, northwind, django_capture_on_commit_callbacks
):
    case = make_case(northwind, by=tenants.consultant_a, target_type="asins", asins=["B07XJ8C8F5"])
    printed = days_ago(30).strftime("%B %-d, %Y")
    use = checked_upload(
        consultant, case, samples.invoice_pdf(date_text=printed), django_capture_on_commit_callbacks
    )
    assert use.document.preview

    consultant.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    page = page_of(consultant, use)

    # In the page's own units (points of an A4 page), unaffected by French decimal commas.
    assert '<svg class="doc-outlines" viewBox="0 0 595.28 841.89"' in page
    kinds = set(re.findall(r'<rect class="outline-(\w+)" x="[\d.]+" y="[\d.]+"', page))
    assert {"bill_to", "supplier", "asin"} <= kinds
    assert 'data-zoom="in"' in page and "js/document_preview" in page
    # Everything passed: no problem row, every check folded.
    assert 'data-status="fail"' not in section(page, 'id="checks"', "</ul>")


def test_a_readiness_row_names_the_failed_checks_and_opens_the_document(
    consultant, tenants, northwind, django_capture_on_commit_callbacks
):
    case = make_case(northwind, by=tenants.consultant_a, target_type="asins", asins=["B07XJ8C8F5"])
    printed = days_ago(30).strftime("%B %-d, %Y")
    use = checked_upload(
        consultant,
        case,
        samples.invoice_pdf(date_text=printed, bill_to_name="Someone Else Trading Ltd"),
        django_capture_on_commit_callbacks,
    )
    assert use.verdict == "fail"

    page = html.unescape(consultant.get(reverse("case_detail", args=[case.pk])).content.decode())
    row = section(page, 'data-code="invoice_checks_failed"', "</li>")
    assert "invoice.pdf fails these checks: Your business name" in row
    assert f'href="{reverse("document_detail", args=[use.pk])}"' in row
    assert reverse("case_wizard", args=[case.pk, "invoices"]) not in row
