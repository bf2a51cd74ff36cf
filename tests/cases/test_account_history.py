"""Business details and health figures: who may change them, and every change recorded."""

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from cases.models import AccountEvent, HealthSnapshot
from tests.factories import HealthSnapshotFactory

pytestmark = pytest.mark.clock

A_MONTH_AGO = timezone.localdate() - timezone.timedelta(days=30)
DETAILS = {
    "legal_name": "Alpha One LLC",
    "address_line1": "1 Harbor Street",
    "city": "Seattle",
    "region": "WA",
    "postal_code": "98101",
    "country": "US",
    "phone": "+1 206 555 0100",
}


def history(account):
    return [
        (event.actor, event.note) for event in AccountEvent.objects.filter(seller_account=account)
    ]


def test_a_seller_reads_business_details_but_cannot_change_them(client, tenants):
    client.force_login(tenants.seller_a)
    page = client.get(reverse("seller_account_detail", args=[tenants.a1.pk])).content.decode()
    assert "Edit business details" not in page
    url = reverse("seller_account_edit", args=[tenants.a1.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {**DETAILS, "legal_name": "Changed LLC"}).status_code == 404
    tenants.a1.refresh_from_db()
    assert tenants.a1.legal_name == "Alpha One LLC" and not history(tenants.a1)


def test_a_change_of_business_details_is_recorded_with_what_changed(client, tenants):
    client.force_login(tenants.consultant_a)
    url = reverse("seller_account_edit", args=[tenants.a1.pk])
    form = client.get(url).context["form"]
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.update(DETAILS, city="Tacoma")
    client.post(url, data)
    [(actor, note)] = history(tenants.a1)
    assert actor == tenants.consultant_a
    assert note.startswith("Business details changed:") and "→ Tacoma" in note
    page = client.get(reverse("seller_account_detail", args=[tenants.a1.pk])).content.decode()
    assert "→ Tacoma" in page


def test_a_seller_adds_and_imports_figures_and_both_are_recorded(client, tenants):
    client.force_login(tenants.seller_a)
    client.post(
        reverse("health_snapshot_create", args=[tenants.a1.pk]),
        {"date": A_MONTH_AGO.isoformat(), "order_defect_rate": "0.5"},
    )
    csv = f"date,order_defect_rate\n{(A_MONTH_AGO - timezone.timedelta(days=30)).isoformat()},0.4\n"
    client.post(
        reverse("health_import", args=[tenants.a1.pk]),
        {"file": SimpleUploadedFile("health.csv", csv.encode())},
    )
    notes = [note for _actor, note in history(tenants.a1)]
    assert HealthSnapshot.objects.filter(seller_account=tenants.a1).count() == 2
    assert notes == [
        "Account health imported from health.csv: 1 new, 0 updated.",
        f"Account-health snapshot of {A_MONTH_AGO} added.",
    ]


def test_only_the_agency_corrects_or_deletes_figures_and_it_is_recorded(client, tenants):
    snapshot = HealthSnapshotFactory(seller_account=tenants.a1, date=A_MONTH_AGO)
    url = reverse("health_snapshot_edit", args=[snapshot.pk])
    client.force_login(tenants.seller_a)
    assert client.post(url, {"delete": "1"}).status_code == 404
    assert HealthSnapshot.objects.filter(pk=snapshot.pk).exists()
    client.force_login(tenants.consultant_a)
    client.post(url, {"date": A_MONTH_AGO.isoformat(), "order_defect_rate": "0.4"})
    snapshot.refresh_from_db()
    assert snapshot.order_defect_rate == Decimal("0.40")
    client.post(url, {"delete": "1"})
    assert not HealthSnapshot.objects.filter(pk=snapshot.pk).exists()
    notes = [note for _actor, note in history(tenants.a1)]
    assert notes[0] == f"Account-health snapshot of {A_MONTH_AGO} deleted."
    assert notes[1].startswith(f"Account-health snapshot of {A_MONTH_AGO} corrected:")
    assert "0.40" in notes[1] or "0.4" in notes[1]


def test_history_entries_cannot_be_changed(tenants):
    import pytest

    from cases.services.accounts import record_account_event

    event = record_account_event(seller_account=tenants.a1, by=None, note="x")
    with pytest.raises(ValueError):
        event.save()
    with pytest.raises(ValueError):
        event.delete()
