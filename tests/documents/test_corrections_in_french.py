"""Saving corrections changes only what a person changed, in every language.

In French the browser's date box received "27/01/2026", which `<input type="date">`
rejects: it showed empty, and "Enregistrer les corrections" erased the invoice date.
"""

import re
from datetime import timedelta
from html import unescape

import pytest
from django.urls import reverse
from django.utils import timezone

from documents.forms import CORRECTABLE
from tests.factories import attach_checked_invoice, make_case

pytestmark = pytest.mark.clock


def browser_form_values(page):
    """What a browser would post back for the correction fields, as the page shows them."""
    values = {}
    for name in CORRECTABLE:
        field = re.search(rf'<input[^>]*name="{name}"[^>]*>', page)
        if field:
            value = re.search(r'value="([^"]*)"', field.group(0))
            values[name] = unescape(value.group(1)) if value else ""
            continue
        area = re.search(rf'<textarea[^>]*name="{name}"[^>]*>(.*?)</textarea>', page, re.S)
        values[name] = unescape(area.group(1)).strip("\n") if area else ""
    return values


@pytest.mark.parametrize("language", ["fr", "en"])
def test_saving_untouched_corrections_keeps_every_value(client, tenants, language):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    use = attach_checked_invoice(case)
    invoice = use.document.invoice
    invoice.bill_to_name = "Alpha One LLC"
    invoice.save()
    dated = timezone.localdate() - timedelta(days=30)
    client.force_login(tenants.consultant_a)
    client.cookies.load({"django_language": language})
    page = client.get(reverse("document_detail", args=[use.pk])).content.decode()
    posted = browser_form_values(page)
    assert posted["invoice_date"] == dated.isoformat()  # what <input type="date"> accepts
    client.post(reverse("document_correct", args=[use.pk]), posted)
    invoice.refresh_from_db()
    assert invoice.invoice_date == dated
    assert invoice.corrections == {}
    assert not case.events.filter(note__contains="Corrected").exists()


def test_every_date_box_gets_an_iso_date_in_french(client, tenants):
    from tests.factories import HealthSnapshotFactory

    snapshot = HealthSnapshotFactory(seller_account=tenants.a1)
    client.force_login(tenants.consultant_a)
    client.cookies.load({"django_language": "fr"})
    page = client.get(reverse("health_snapshot_edit", args=[snapshot.pk])).content.decode()
    assert f'value="{snapshot.date.isoformat()}"' in page
