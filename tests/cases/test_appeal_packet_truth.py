"""A truthful appeal packet (issue 17): no health claim the notice contradicts, the notice's
figures beside the account's, the units sold beside the units invoiced, no empty section."""

import re
from decimal import Decimal
from html import unescape

import pytest
from django.utils.html import strip_tags

from cases.appeals.notice_metrics import read_notice_metrics
from cases.demo_appeal import PLAN
from cases.services.cases import create_case
from documents.packets.render import render_html
from tests.factories import HealthSnapshotFactory, attach_checked_invoice, days_ago

# Snapshots and invoices are dated from today.
pytestmark = pytest.mark.clock

ODR_NOTICE = (
    "Hello,\n\nWe have deactivated your selling privileges. Your Order Defect Rate (ODR) is "
    "2.4%, which does not meet our target of less than 1%. The ODR is the percentage of "
    "orders with negative feedback, an A-to-z claim or a chargeback.\n\nASIN: B0LUMINA01\n"
)
FRENCH_NOTICE = (
    "Bonjour,\n\nVotre compte vendeur Amazon a été désactivé. Votre taux de défauts de "
    "commande est de 2,4 %, supérieur à notre objectif de 1 %. Votre taux d'expédition en "
    "retard s'élève à 6,1 %.\n"
)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (ODR_NOTICE, {"order_defect_rate": Decimal("2.4")}),
        (
            FRENCH_NOTICE,
            {"order_defect_rate": Decimal("2.4"), "late_shipment_rate": Decimal("6.1")},
        ),
        ("Your late shipment rate is 5.2 percent; valid tracking rate: 91 %.", None),
        ("Sellers must keep an order defect rate under 1% and a cancel rate below 2.5%.", {}),
    ],
)
def test_the_notice_figures_are_read_and_targets_are_not(text, figures):
    expected = figures
    if expected is None:
        expected = {"late_shipment_rate": Decimal("5.2"), "valid_tracking_rate": Decimal("91")}
    assert read_notice_metrics(text) == expected


@pytest.fixture
def appeal_case(tenants):
    case = create_case(seller_account=tenants.a1, kind="appeal", by=tenants.consultant_a)
    appeal = case.appeal
    appeal.notice_text = ODR_NOTICE
    appeal.notice_date = days_ago(10)
    appeal.reasons = ["order_defect_rate"]
    appeal.poa_sections = PLAN[:1]
    appeal.save()
    return case


def packet_text(case):
    html, _images, _context = render_html(case)
    return " ".join(unescape(strip_tags(html)).split()), html


def test_the_packet_shows_the_notice_figure_beside_the_accounts_and_claims_no_health(
    appeal_case, tenants
):
    HealthSnapshotFactory(seller_account=tenants.a1, date=days_ago(20), order_defect_rate="0.40")

    text, html = packet_text(appeal_case)

    assert "Healthy enough to apply" not in text
    assert "Amazon's notice gives: Order defect rate 2.4" in text
    row = re.search(r'<table class="index" id="notice-figures">.*?</table>', html, re.S).group(0)
    assert "Order defect rate" in row and "2.4" in row and "0.4" in row
    assert "predate the notice" in text  # the snapshot is older than the notice


def test_figures_recorded_since_the_notice_are_said_to_be_the_latest(appeal_case, tenants):
    HealthSnapshotFactory(seller_account=tenants.a1, date=days_ago(1), order_defect_rate="0.40")

    text, _html = packet_text(appeal_case)

    assert "The account's latest figures meet Amazon's targets" in text
    assert "predate" not in text and "apply" not in text.split("Account health", 2)[2][:400]


def test_a_packet_without_invoices_or_asins_has_no_empty_section(appeal_case):
    text, html = packet_text(appeal_case)

    assert 'id="invoice-index"' not in html and "No invoice" not in text
    assert 'id="evidence"' not in html and 'href="#evidence"' not in html
    assert 'href="#invoice-index"' not in html


def test_the_packet_sets_units_sold_beside_units_invoiced(appeal_case):
    appeal = appeal_case.appeal
    appeal.asins = ["B0LUMINA01"]
    appeal.units_sold = {"B0LUMINA01": 20}
    appeal.save()
    use = attach_checked_invoice(appeal_case, days_old=40)
    use.document.invoice.text = "B0LUMINA01"
    use.document.invoice.save()

    text, html = packet_text(appeal_case)

    section = re.search(r'<section id="evidence">.*?</section>', html, re.S).group(0)
    assert "Units sold" in section and "Units invoiced" in section
    assert re.search(
        r"<td>B0LUMINA01</td><td>invoice-40-days.pdf</td><td>20</td><td>24</td>", section
    )
    assert 'id="invoice-index"' in html


def test_a_french_notice_gives_its_figures_in_the_packet(appeal_case, tenants):
    appeal = appeal_case.appeal
    appeal.notice_text = FRENCH_NOTICE
    appeal.language = "fr"
    appeal.save()
    HealthSnapshotFactory(seller_account=tenants.a1, date=days_ago(1), late_shipment_rate="7.00")

    text, _html = packet_text(appeal_case)

    assert "Order defect rate 2.4" in text and "Late shipment rate 6.1" in text
    assert "still below Amazon's targets" in text
