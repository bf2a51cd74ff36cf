"""The small things that cost trust (issue 19): a favicon, no link to a page the role may
not open, a locked form that looks locked, a removal that asks first, no choice to make
when there is only one, the upload within the step and taking dropped files."""

import base64
import io
import re

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse
from pypdf import PdfWriter

from cases.models import Case, Status
from tests.factories import PASSWORD, attach_checked_invoice, make_case


@pytest.fixture
def case(tenants):
    return make_case(tenants.a1, by=tenants.consultant_a)


@pytest.fixture
def use(case):
    return attach_checked_invoice(case)


def page_of(client, user, url):
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def lock(case):
    Case.objects.filter(pk=case.pk).update(status=Status.IN_REVIEW)


# The favicon


def test_favicon_ico_answers_everyone_with_our_icon(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"] == "/static/favicon.svg"
    assert finders.find("favicon.svg")


def test_every_page_links_the_icon(client, db):
    page = client.get(reverse("login")).content.decode()
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in page


# Links to pages the role may not open


def test_seller_is_not_offered_to_create_a_supplier(client, tenants, use):
    page = page_of(client, tenants.seller_a, reverse("document_detail", args=[use.pk]))
    assert reverse("supplier_create") not in page
    # The page the link led to answers 404 to a seller.
    assert client.get(reverse("supplier_create")).status_code == 404


def test_agency_is_offered_to_create_a_supplier(client, tenants, use):
    page = page_of(client, tenants.consultant_a, reverse("document_detail", args=[use.pk]))
    assert reverse("supplier_create") in page


def test_seller_is_not_offered_to_edit_the_business_details(client, tenants, case):
    url = reverse("case_wizard", args=[case.pk, "business"])
    page = page_of(client, tenants.seller_a, url)
    assert reverse("seller_account_edit", args=[tenants.a1.pk]) not in page
    assert "Ask your consultant to correct the business details." in page
    page = page_of(client, tenants.consultant_a, url)
    assert reverse("seller_account_edit", args=[tenants.a1.pk]) in page


# A locked case looks locked


def supplier_fieldset(page):
    match = re.search(r'action="[^"]*/supplier/">.*?<fieldset([^>]*)>(.*?)</fieldset>', page, re.S)
    assert match, "the supplier form sits in a fieldset"
    return match.group(1), match.group(2)


def test_supplier_form_of_a_locked_case_is_read_only_and_says_why(client, tenants, case, use):
    lock(case)
    page = page_of(client, tenants.consultant_a, reverse("document_detail", args=[use.pk]))
    attributes, content = supplier_fieldset(page)
    assert "disabled" in attributes and 'name="supplier"' in content
    assert "This case is “In review”: what was read and the supplier are shown read-only." in page
    assert reverse("supplier_create") not in page


def test_supplier_form_of_an_open_case_is_editable(client, tenants, use):
    page = page_of(client, tenants.consultant_a, reverse("document_detail", args=[use.pk]))
    attributes, _content = supplier_fieldset(page)
    assert "disabled" not in attributes
    assert "shown read-only" not in page


# Removing asks first


def test_remove_from_the_case_asks_for_confirmation(client, tenants, case, use):
    page = page_of(client, tenants.consultant_a, reverse("document_detail", args=[use.pk]))
    details = re.search(r'<details class="confirm-remove">(.*?)</details>', page, re.S)
    assert details, "the removal sits behind a disclosure"
    summary, _, panel = details.group(1).partition("</summary>")
    assert "Remove from the case" in summary and "<button" not in summary
    assert f'action="{reverse("document_remove", args=[use.pk])}"' in panel
    assert "Yes, remove it" in panel
    assert "To bring it back, upload the file again." in panel


# No choice to make when there is only one


def test_seller_with_one_account_finds_it_chosen(client, tenants):
    page = page_of(client, tenants.seller_a, reverse("case_create"))
    select = re.search(r'<select name="seller_account".*?</select>', page, re.S).group(0)
    assert "---------" not in select
    assert re.search(rf'<option value="{tenants.a1.pk}" selected>Alpha One LLC</option>', select)


def test_one_account_chosen_creates_the_case_with_it(client, tenants):
    client.force_login(tenants.seller_a)
    response = client.post(
        reverse("case_create"), {"seller_account": tenants.a1.pk, "kind": "gating"}
    )
    assert response.status_code == 302
    assert Case.objects.get().seller_account == tenants.a1


def test_agency_with_several_accounts_still_chooses(client, tenants):
    page = page_of(client, tenants.consultant_a, reverse("case_create"))
    select = re.search(r'<select name="seller_account".*?</select>', page, re.S).group(0)
    assert "---------" in select
    assert "Alpha One LLC" in select and "Alpha Two LLC" in select
    assert not re.search(r'<option value="\d+" selected>', select)


def test_an_account_named_in_the_link_is_chosen(client, tenants):
    url = reverse("case_create") + f"?seller_account={tenants.a2.pk}"
    page = page_of(client, tenants.consultant_a, url)
    assert re.search(rf'<option value="{tenants.a2.pk}" selected>', page)


# The upload within the step


@pytest.mark.parametrize("step", ["invoices", "supporting"])
def test_upload_form_sits_above_the_steps_buttons(client, tenants, case, step):
    page = page_of(client, tenants.seller_a, reverse("case_wizard", args=[case.pk, step]))
    upload = page.index(f'action="/cases/{case.pk}/documents/"')
    buttons = page.index('name="nav" value="next"')
    assert upload < buttons
    # The buttons still submit the step's form.
    assert re.search(r'<form method="post" novalidate id="step-form">', page)
    assert len(re.findall(r'<button type="submit" form="step-form" name="nav"', page)) == 3
    assert "data-file-drop" in page


def test_steps_buttons_still_save_the_step(client, tenants, case):
    client.force_login(tenants.seller_a)
    response = client.post(
        reverse("case_wizard", args=[case.pk, "supporting"]),
        {"return_policy": "30-day returns.", "nav": "next"},
    )
    assert response.status_code == 302
    case.ungating.refresh_from_db()
    assert case.ungating.return_policy == "30-day returns."


# In a real browser


MONTHS = [("march.pdf", 595), ("april.pdf", 612)]


def blank_pdf(width):
    writer = PdfWriter()
    writer.add_blank_page(width=width, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def log_in(page, live_server, user):
    page.context.clear_cookies()
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("E-mail").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(live_server.url + "/")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_no_page_asks_for_a_missing_favicon(live_server, page, tenants):
    missing = []
    page.on("response", lambda r: missing.append(r.url) if r.status >= 400 else None)
    log_in(page, live_server, tenants.consultant_a)
    page.goto(live_server.url + reverse("seller_account_list"))
    icon = page.request.get(live_server.url + "/favicon.ico")
    assert icon.ok and icon.headers["content-type"].startswith("image/svg+xml")
    assert missing == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_removal_needs_a_second_click(live_server, page, tenants):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    use = attach_checked_invoice(case)
    log_in(page, live_server, tenants.consultant_a)
    page.goto(live_server.url + reverse("document_detail", args=[use.pk]))
    confirm = page.get_by_role("button", name="Yes, remove it")
    assert not confirm.is_visible()
    page.get_by_text("Remove from the case").click()
    assert case.case_documents.count() == 1
    assert confirm.is_visible()
    confirm.click()
    page.wait_for_url(f"**/cases/{case.pk}/steps/invoices/")
    assert page.get_by_text("Removed from the case.").is_visible()
    assert case.case_documents.count() == 0


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_files_dropped_on_the_upload_form_are_uploaded(live_server, page, tenants, monkeypatch):
    # The checks are tested on their own: here, only what the browser sends.
    monkeypatch.setattr("documents.services.enqueue_check", lambda pk: None)
    case = make_case(tenants.a1, by=tenants.consultant_a)
    log_in(page, live_server, tenants.seller_a)
    page.goto(live_server.url + reverse("case_wizard", args=[case.pk, "invoices"]))
    zone = page.locator("[data-file-drop]")
    assert zone.get_by_text("Drop the files here").is_visible()
    # Two different files: the same file twice would be refused as a duplicate.
    pdfs = {name: base64.b64encode(blank_pdf(width)).decode() for name, width in MONTHS}
    files = page.evaluate_handle(
        """pdfs => {
            const files = new DataTransfer();
            for (const [name, data] of Object.entries(pdfs)) {
                const bytes = Uint8Array.from(atob(data), c => c.charCodeAt(0));
                files.items.add(new File([bytes], name, {type: "application/pdf"}));
            }
            return files;
        }""",
        pdfs,
    )
    zone.dispatch_event("dragover", {"dataTransfer": files})
    assert "is-dragover" in zone.get_attribute("class")
    zone.dispatch_event("drop", {"dataTransfer": files})
    assert "is-dragover" not in zone.get_attribute("class")
    chosen = zone.locator("input[type=file]").evaluate("i => [...i.files].map(f => f.name)")
    assert chosen == ["march.pdf", "april.pdf"]
    with page.expect_navigation():
        zone.get_by_role("button", name="Upload").click()
    assert page.get_by_text("march.pdf added.").is_visible()
    names = sorted(case.case_documents.values_list("document__original_name", flat=True))
    assert names == ["april.pdf", "march.pdf"]
