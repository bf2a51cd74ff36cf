"""Every tile of "what needs me now" counts what its list shows (the home page's counts are
SQL written once per process, the list's filters are the ORM's: they must agree)."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from cases.models import Case, Status
from cases.services.cases import create_case
from tests.factories import make_case

pytestmark = pytest.mark.clock

TILE = r'data-need="(\w+)" href="([^"]+)"><div class="card-body py-2"><div[^>]*>(\d+)'
ROW = re.compile(r'name="case" value="(\d+)"')


def set_case(case, **fields):
    Case.objects.filter(pk=case.pk).update(**fields)


@pytest.fixture
def needs(tenants):
    now = timezone.now()
    by = tenants.consultant_a
    gating = [make_case(tenants.a1, by=by) for _ in range(6)]
    appeal = create_case(seller_account=tenants.a1, kind="appeal", by=by)
    set_case(gating[0], status=Status.SUBMITTED, answer_due_at=now - timedelta(hours=2))
    set_case(
        gating[1], status=Status.INFORMATION_REQUESTED, answer_due_at=now + timedelta(hours=30)
    )
    set_case(gating[2], status=Status.CHANGES_REQUESTED, readiness_verdict="not_ready")
    set_case(gating[3], status=Status.IN_REVIEW)
    set_case(gating[4], readiness_verdict="not_ready")
    # Finished: counted nowhere, even overdue and not ready.
    set_case(
        gating[5],
        status=Status.AMAZON_REJECTED,
        answer_due_at=now - timedelta(days=1),
        readiness_verdict="not_ready",
    )
    set_case(appeal, answer_due_at=now + timedelta(days=5), readiness_verdict="ready")
    return {"gating": gating, "appeal": appeal}


def tiles(client):
    page = client.get(reverse("home")).content.decode()
    return {key: (href.replace("&amp;", "&"), int(n)) for key, href, n in re.findall(TILE, page)}


def test_each_tile_counts_what_its_list_shows(client, tenants, needs):
    client.force_login(tenants.reviewer_a)
    found = tiles(client)
    assert {key: n for key, (_href, n) in found.items()} == {
        "overdue": 1,
        "due_soon": 1,
        "information": 1,
        "changes": 1,
        "not_ready": 2,
        "appeals": 1,
        "review": 1,
    }
    for key, (href, count) in found.items():
        if key == "review":
            queue = client.get(href).context["rows"]
            assert len(queue) == count
        else:
            assert len(ROW.findall(client.get(href).content.decode())) == count, key


def test_a_seller_sees_only_the_cases_of_their_accounts(client, tenants, needs):
    make_case(tenants.a2, by=tenants.consultant_a)  # not granted to the seller
    other = make_case(tenants.a2, by=tenants.consultant_a)
    set_case(other, status=Status.CHANGES_REQUESTED)
    client.force_login(tenants.seller_a)
    found = tiles(client)
    assert found["changes"][1] == 1
    assert "review" not in found


def test_a_seller_granted_no_account_yet_sees_nothing_to_do(client, tenants, needs):
    from tests.factories import MembershipFactory

    newcomer = MembershipFactory(workspace=tenants.ws_a, role="seller").user
    client.force_login(newcomer)
    response = client.get(reverse("home"))
    assert response.status_code == 200
    found = tiles(client)
    assert found and all(count == 0 for _href, count in found.values())
    assert "0 seller accounts" in response.content.decode()
