"""The consultant's desk: what needs me now, search, due dates, readiness, sorting."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from cases.models import Case, Status
from tests.factories import make_case

pytestmark = pytest.mark.clock


@pytest.fixture
def desk(client, tenants):
    client.force_login(tenants.consultant_a)
    return client


def listed(client, **params):
    page = client.get(reverse("case_list"), params).content.decode()
    return page


def numbers(page):
    import re

    return [int(n) for n in re.findall(r'<td><a href="/cases/(\d+)/">', page)]


def test_search_finds_a_case_by_number_seller_brand_asin_and_category(desk, tenants):
    brand = make_case(tenants.a1, by=tenants.consultant_a, target_type="brand", brand="Lumina")
    asins = make_case(
        tenants.a2, by=tenants.consultant_a, target_type="asins", asins=["B08N5WRWNW"]
    )
    assert numbers(listed(desk, q=f"#{brand.pk}")) == [brand.pk]
    assert numbers(listed(desk, q="lumina")) == [brand.pk]
    assert numbers(listed(desk, q="b08n5wrw")) == [asins.pk]
    assert set(numbers(listed(desk, q="Alpha Two"))) == {asins.pk}
    assert numbers(listed(desk, q="Bravo")) == []  # another workspace stays out of reach


def test_due_filters_and_the_due_column(desk, tenants):
    now = timezone.now()
    soon = make_case(tenants.a1, by=tenants.consultant_a)
    late = make_case(tenants.a1, by=tenants.consultant_a)
    later = make_case(tenants.a1, by=tenants.consultant_a)
    Case.objects.filter(pk=soon.pk).update(answer_due_at=now + timedelta(hours=23))
    Case.objects.filter(pk=late.pk).update(answer_due_at=now - timedelta(hours=2))
    Case.objects.filter(pk=later.pk).update(answer_due_at=now + timedelta(days=5))
    assert numbers(listed(desk, due="48h")) == [soon.pk]
    assert numbers(listed(desk, due="overdue")) == [late.pk]
    assert numbers(listed(desk, overdue="on")) == [late.pk]  # links written before "due"
    page = listed(desk, sort="due")
    assert numbers(page)[:3] == [late.pk, soon.pk, later.pk]
    assert "in 22\xa0hours" in page or "in 23\xa0hours" in page
    assert "overdue</span>" in page


def test_readiness_shows_and_filters(desk, tenants):
    ready = make_case(tenants.a1, by=tenants.consultant_a)
    blocked = make_case(tenants.a1, by=tenants.consultant_a)
    Case.objects.filter(pk=ready.pk).update(readiness_verdict="ready")
    Case.objects.filter(pk=blocked.pk).update(readiness_verdict="not_ready")
    page = listed(desk, readiness="not_ready")
    assert numbers(page) == [blocked.pk]
    assert "Not ready</span>" in page


def test_a_case_past_preparation_shows_no_readiness_it_kept(desk, tenants):
    prepared = make_case(tenants.a1, by=tenants.consultant_a)
    submitted = make_case(tenants.a1, by=tenants.consultant_a)
    Case.objects.filter(pk=prepared.pk).update(readiness_verdict="not_ready")
    # Its verdict from before the review stays stored, but says nothing once submitted.
    Case.objects.filter(pk=submitted.pk).update(
        readiness_verdict="not_ready", status=Status.SUBMITTED
    )
    page = listed(desk)
    assert set(numbers(page)) == {prepared.pk, submitted.pk}
    row_of = {int(pk): row for pk, row in re.findall(r'value="(\d+)"(.*?)</tr>', page, re.S)}
    assert "Not ready" in row_of[prepared.pk]
    assert "Not ready" not in row_of[submitted.pk]
    assert numbers(listed(desk, readiness="not_ready")) == [prepared.pk]
    exported = desk.get(reverse("case_export")).getvalue().decode("utf-8-sig")
    lines = {int(line.split(",")[0]): line for line in exported.splitlines()[1:]}
    assert "Not ready" in lines[prepared.pk] and "Not ready" not in lines[submitted.pk]


def test_home_says_what_needs_me_now_and_each_count_opens_its_list(desk, tenants):
    now = timezone.now()
    soon = make_case(tenants.a1, by=tenants.consultant_a)
    Case.objects.filter(pk=soon.pk).update(answer_due_at=now + timedelta(hours=23))
    changes = make_case(tenants.a1, by=tenants.consultant_a)
    Case.objects.filter(pk=changes.pk).update(status=Status.CHANGES_REQUESTED)
    page = desk.get(reverse("home")).content.decode()
    import re

    tile = r'data-need="(\w+)" href="([^"]+)"><div class="card-body py-2"><div[^>]*>(\d+)'
    tiles = {key: (href, int(count)) for key, href, count in re.findall(tile, page)}
    assert tiles["due_soon"][1] == 1 and tiles["changes"][1] == 1 and tiles["overdue"][1] == 0
    assert "review" not in tiles  # a consultant reviews nothing
    assert numbers(desk.get(tiles["due_soon"][0].replace("&amp;", "&")).content.decode()) == [
        soon.pk
    ]
