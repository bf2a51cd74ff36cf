"""axe-core in a real browser: no serious or critical accessibility violation on the pages a
reviewer reads while a case is in review (issue 19).

tests/vendor/axe.min.js is axe-core 4.14.1 from the npm registry (package `axe-core`,
Deque Systems, MPL-2.0: its licence notice heads the file). It serves the tests only and
is never served to users. To update: `npm install axe-core` in a temporary folder and copy
`node_modules/axe-core/axe.min.js` over it.
"""

from pathlib import Path

import pytest
from django.urls import reverse

from cases.models import Case, Status
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


@pytest.fixture
def case_in_review(tenants):
    HealthSnapshotFactory(seller_account=tenants.a1, date=days_ago(10))
    case = make_case(tenants.a1, by=tenants.consultant_a, target_type="asins", asins=["B0ABC12345"])
    use = attach_checked_invoice(case, days_old=20)
    # The check table in all its colours: a pass, a warning, a failure, a skipped check.
    results = {
        "business_name": {"status": "pass", "message": "Matches.", "expected": "", "found": ""},
        "invoice_date": {"status": "warn", "message": "Old.", "expected": "", "found": ""},
        "quantity": {"status": "fail", "message": "Too few.", "expected": 10, "found": 2},
        "supplier": {"status": "skip", "message": "No supplier.", "expected": "", "found": ""},
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
