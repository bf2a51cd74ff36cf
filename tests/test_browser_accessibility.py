"""axe-core in a real browser: no serious or critical accessibility violation on the pages a
reviewer reads while a case is in review (issue 19).

tests/vendor/axe.min.js is axe-core 4.14.1 from the npm registry (package `axe-core`,
Deque Systems, MPL-2.0: its licence notice heads the file). It serves the tests only and
is never served to users. To update: `npm install axe-core` in a temporary folder and copy
`node_modules/axe-core/axe.min.js` over it.
"""

import os
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from cases.models import Case, Status
from cases.services.cases import create_case
from cases.views.steps import STEPS
from documents.models import CheckRun
from tests.factories import (
    PASSWORD,
    HealthSnapshotFactory,
    attach_checked_invoice,
    days_ago,
    make_case,
    make_packet,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
SERIOUS = ("serious", "critical")


def log_in(page, live_server, user):
    page.context.clear_cookies()
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("E-mail").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(live_server.url + "/")


def serious_violations(page):
    """axe's serious and critical violations on the page, one line per element."""
    # What a click discloses is checked too (rejection form, removal confirmation...).
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    # Evaluated through the DevTools protocol: the page's CSP (no inline script) stays on.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    violations = page.evaluate("async () => (await axe.run(document)).violations")
    return [
        f"{v['id']} ({v['impact']}): {node['target']} {node['failureSummary']}"
        for v in violations
        if v["impact"] in SERIOUS
        for node in v["nodes"]
    ]


def stored(status, english, french, expected="", found=""):
    """A check result as the worker stores it: written in English, with its French
    (documents/engine/results.py, `in_languages`)."""
    return {
        "status": status,
        "message": english,
        "expected": expected,
        "found": found,
        "translations": {"fr": {"message": french}},
    }


@pytest.fixture
def case_in_review(tenants):
    HealthSnapshotFactory(seller_account=tenants.a1, date=days_ago(10))
    case = make_case(tenants.a1, by=tenants.consultant_a, target_type="asins", asins=["B0ABC12345"])
    use = attach_checked_invoice(case, days_old=20)
    # The check table in all its colours: a pass, a warning, a failure, a skipped check.
    results = {
        "business_name": stored("pass", "Matches.", "Correspond."),
        "invoice_date": stored("warn", "Old.", "Ancienne."),
        "quantity": stored("fail", "Too few.", "Trop peu.", expected=10, found=2),
        "supplier_details": stored("skip", "No supplier.", "Aucun fournisseur."),
    }
    CheckRun.objects.create(case_document=use, input_key="a11y", verdict="fail", results=results)
    make_packet(case, by=tenants.consultant_a)
    Case.objects.filter(pk=case.pk).update(status=Status.IN_REVIEW)
    return case, use


def violations_on(page, live_server, urls):
    found = {}
    for url in urls:
        page.goto(live_server.url + url)
        found[url] = serious_violations(page)
    return found


def test_reviewer_pages_of_a_case_in_review_have_no_serious_violation(
    live_server, page, tenants, case_in_review
):
    case, use = case_in_review
    log_in(page, live_server, tenants.reviewer_a)
    urls = [
        reverse("case_detail", args=[case.pk]),
        reverse("case_review", args=[case.pk]),
        reverse("document_detail", args=[use.pk]),
        reverse("seller_account_detail", args=[tenants.a1.pk]),
    ]
    assert violations_on(page, live_server, urls) == {url: [] for url in urls}


def test_seller_pages_of_a_draft_case_have_no_serious_violation(live_server, page, tenants):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    use = attach_checked_invoice(case, days_old=20)
    log_in(page, live_server, tenants.seller_a)
    urls = [
        reverse("case_create"),
        reverse("case_detail", args=[case.pk]),
        reverse("case_wizard", args=[case.pk, "business"]),
        reverse("case_wizard", args=[case.pk, "invoices"]),
        reverse("document_detail", args=[use.pk]),
    ]
    assert violations_on(page, live_server, urls) == {url: [] for url in urls}


# Every page a demo user reaches, as each role, in each language: a screenshot of each goes
# to $A11Y_SCREENSHOTS (or a temporary folder), so a person can walk them afterwards.
SCREENSHOTS = Path(os.environ.get("A11Y_SCREENSHOTS") or tempfile.mkdtemp(prefix="a11y-"))
ROLES = ("seller_a", "consultant_a", "reviewer_a")


def _appeal_with_sales(tenants):
    """An appeal whose evidence step shows the units sold beside the units invoiced."""
    appeal_case = create_case(seller_account=tenants.a1, kind="appeal", by=tenants.consultant_a)
    appeal = appeal_case.appeal
    appeal.asins = ["B0LUMINA01", "B0ALOEPU02"]
    appeal.reasons = ["order_defect_rate"]
    appeal.notice_date = days_ago(3)
    appeal.units_sold = {"B0LUMINA01": 1250, "B0ALOEPU02": 96}
    appeal.units_sold_source = "BusinessReport.csv"
    appeal.save()
    return appeal_case


def _information_requested(tenants):
    """A case sent to Amazon, which asks for more: the answer page is open."""
    from cases.services.cases import transition

    asked = make_case(
        tenants.a1, by=tenants.consultant_a, target_type="asins", asins=["B0ABC12345"]
    )
    make_packet(asked, by=tenants.consultant_a)
    Case.objects.filter(pk=asked.pk).update(status=Status.SUBMITTED)
    asked.refresh_from_db()
    transition(
        case=asked,
        action="record_information_request",
        by=tenants.consultant_a,
        note="Lettre d'autorisation de la marque.",
    )
    return asked


def _two_versions(case, by):
    """A second packet version, its letter and documents changed: the comparison page."""
    from documents.models import PacketVersion

    make_packet(case, by=by)
    versions = list(case.packets.order_by("number"))
    for version, letter, names in zip(
        versions[-2:],
        ["Lettre, version 1.", "Lettre, version 2 complétée."],
        [["a.pdf"], ["a.pdf", "b.pdf"]],
        strict=True,
    ):
        manifest = [
            {
                "file": f"originals/invoice-{index}-{name}",
                "purpose": "invoice",
                "original_name": name,
                "sha256": name,
                "content_type": "application/pdf",
            }
            for index, name in enumerate(names, start=1)
        ]
        PacketVersion.objects.filter(pk=version.pk).update(
            letter=letter, submission_manifest=manifest
        )


def _decided_by_amazon(tenants):
    """Two cases Amazon decided last week, one approved and one rejected: the outcome
    report has rows by kind, category, brand and reason."""
    from cases.models import GatedCategory

    beauty = GatedCategory.objects.get(name="Beauty", parent=None)
    for approved, target in ((True, {"brand": "Lumina"}), (False, {"category": beauty})):
        case = make_case(
            tenants.a1,
            by=tenants.consultant_a,
            target_type="brand" if "brand" in target else "category",
            **target,
        )
        Case.objects.filter(pk=case.pk).update(
            status=Status.AMAZON_APPROVED if approved else Status.AMAZON_REJECTED,
            submitted_at=timezone.now() - timedelta(days=20),
            decided_at=timezone.now() - timedelta(days=6),
            rejection_reasons=[] if approved else ["invoices", "business_mismatch"],
        )


@pytest.fixture
def every_page(tenants, case_in_review):
    """{role: [url]}: every page each role reaches (tests/test_role_matrix.py PAGES), with
    a draft, two appeals, a case in review with two packet versions and a case Amazon asked
    more about. Fragments (status polls) and downloads (PDF, ZIP, CSV) are left out."""
    from cases.services.cases import record_edit
    from cases.services.notifications import notify

    review_case, review_use = case_in_review
    draft = make_case(
        tenants.a1, by=tenants.consultant_a, target_type="asins", asins=["B0ABC12345"]
    )
    draft_use = attach_checked_invoice(draft, days_old=20, verdict="fail")
    CheckRun.objects.create(
        case_document=draft_use,
        input_key="walk",
        verdict="fail",
        results={
            "image_quality": stored("fail", "Blurry.", "Floue."),
            "business_name": stored("fail", "No name.", "Aucun nom.", expected="A"),
            "readable": stored("pass", "Read by OCR.", "Lue par OCR.", found=88),
        },
    )
    appeal = create_case(seller_account=tenants.a1, kind="appeal", by=tenants.consultant_a)
    appeal_with_sales = _appeal_with_sales(tenants)
    asked = _information_requested(tenants)
    _decided_by_amazon(tenants)
    _two_versions(review_case, tenants.consultant_a)
    # The history holds edits of steps, named by their slugs and fields (case_history).
    record_edit(case=draft, by=tenants.consultant_a, step="target", changed=["brand"])
    record_edit(
        case=appeal_with_sales, by=tenants.seller_a, step="evidence", changed=["units sold"]
    )
    # Each role has lines in its inbox, of each kind a role receives.
    people = [tenants.seller_a, tenants.consultant_a, tenants.reviewer_a]
    notify(kind="in_review", case=review_case, people=people, actor=tenants.consultant_a)
    notify(kind="approved", case=draft, people=people, actor=tenants.reviewer_a)
    notify(
        kind="changes_requested",
        case=draft,
        people=people,
        actor=tenants.reviewer_a,
        note="Ajoutez la facture de mars.",
    )
    notify(
        kind="deadline",
        case=appeal_with_sales,
        people=people,
        key="walk-deadline",
        due=(timezone.now() + timedelta(hours=20)).isoformat(),
    )
    snapshot = HealthSnapshotFactory(seller_account=tenants.a1, date=days_ago(40))
    supplier = draft_use.document.invoice.supplier
    common = [
        reverse("home"),
        reverse("case_list"),
        reverse("case_create"),
        reverse("seller_account_list"),
        reverse("seller_account_detail", args=[tenants.a1.pk]),
        reverse("health_snapshot_create", args=[tenants.a1.pk]),
        reverse("health_import", args=[tenants.a1.pk]),
        reverse("case_detail", args=[draft.pk]),
        reverse("case_detail", args=[appeal.pk]),
        reverse("case_detail", args=[appeal_with_sales.pk]),
        reverse("case_detail", args=[review_case.pk]),
        reverse("case_detail", args=[asked.pk]),
        reverse("document_detail", args=[draft_use.pk]),
        reverse("document_detail", args=[review_use.pk]),
        reverse("document_supplier_create", args=[draft_use.pk]),
        *[reverse("case_wizard", args=[draft.pk, step.name]) for step in STEPS[draft.kind]],
        *[reverse("case_wizard", args=[appeal.pk, step.name]) for step in STEPS[appeal.kind]],
        *[
            reverse("case_wizard", args=[appeal_with_sales.pk, step.name])
            for step in STEPS[appeal.kind]
        ],
        reverse("case_review", args=[review_case.pk]),
        reverse("packet_compare", args=[review_case.pk]),
        reverse("case_answer", args=[asked.pk]),
        reverse("supplier_list"),
        reverse("notification_list"),
        reverse("notification_settings"),
        reverse("password_change"),
    ]
    agency = [
        reverse("seller_account_create"),
        reverse("seller_account_edit", args=[tenants.a1.pk]),
        reverse("health_snapshot_edit", args=[snapshot.pk]),
        reverse("supplier_create"),
        reverse("supplier_edit", args=[supplier.pk]),
        reverse("outcome_report"),
    ]
    reviewer = [reverse("members"), reverse("review_queue")]
    return {
        "seller_a": common,
        "consultant_a": common + agency,
        "reviewer_a": common + agency + reviewer,
    }


def walk(page, live_server, role, language, urls):
    """{url: [violations]} over the pages, a screenshot of each under SCREENSHOTS."""
    page.context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url}]
    )
    found = {}
    for index, url in enumerate(urls):
        response = page.goto(live_server.url + url)
        assert response.status == 200, (role, language, url, response.status)
        name = f"{role}-{language}-{index:02d}-{url.strip('/').replace('/', '_') or 'home'}.png"
        page.screenshot(path=str(SCREENSHOTS / name), full_page=True)
        found[url] = serious_violations(page)
    return found


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("role", ROLES)
def test_no_serious_violation_on_any_page_a_demo_user_reaches(
    live_server, page, tenants, every_page, role, language
):
    log_in(page, live_server, getattr(tenants, role))
    urls = every_page[role]
    assert walk(page, live_server, role, language, urls) == {url: [] for url in urls}


def test_the_document_page_is_short_and_its_preview_zooms(
    live_server, page, tenants, case_in_review
):
    from documents.previews import make_preview

    _case, use = case_in_review
    make_preview(use.document)
    box = {"page": 1, "page_width": 595.28, "page_height": 841.89, "page_rotation": 0}
    use.document.invoice.boxes = [
        {
            **box,
            "kind": "bill_to",
            "text": "Alpha One LLC",
            "x0": 57,
            "y0": 174,
            "x1": 165,
            "y1": 186,
        }
    ]
    use.document.invoice.save()
    log_in(page, live_server, tenants.consultant_a)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + reverse("document_detail", args=[use.pk]))
    page.screenshot(path=str(SCREENSHOTS / "document-page-1280.png"), full_page=True)
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height < 1600, height

    figure = page.locator("[data-preview-zoom]")
    outline = page.locator("rect.outline-bill_to")
    fitted = outline.bounding_box()["width"]
    page.get_by_role("button", name="Zoom in").click()
    page.get_by_role("button", name="Zoom in").click()
    assert figure.get_attribute("data-zoom-level") == "2"
    # The outline grows with the page, over the same words.
    assert outline.bounding_box()["width"] > 1.8 * fitted
    page.get_by_role("button", name="Fit the width").click()
    assert figure.get_attribute("data-zoom-level") == "1"
    page.locator("[data-zoom-sheet] img").click()
    assert figure.get_attribute("data-zoom-level") == "2"
