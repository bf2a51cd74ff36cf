"""A page number typed into the address: a number past the end shows the last page, and
what is not a number shows the first, never an error."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from cases.models import Case
from tests.factories import make_case


@pytest.mark.parametrize("asked", ["9" * 25, "10001", "x", "-3", "0", "²", ""])
def test_the_case_list_answers_any_page_number(client, tenants, asked):
    for _ in range(3):
        make_case(tenants.a1, by=tenants.consultant_a)
    client.force_login(tenants.consultant_a)
    response = client.get(reverse("case_list"), {"page": asked, "per": 25})
    assert response.status_code == 200
    assert response.context["page"].number == 1  # one page of three cases
    assert len(response.context["rows"]) == 3


@pytest.fixture
def sixty_cases(tenants, monkeypatch):
    # The list counts one page ahead of the one asked for, not twenty: sixty cases then
    # reach past the count on page 1 (25 rows a page), and not on page 3.
    monkeypatch.setattr("cases.views.cases.COUNT_AHEAD_PAGES", 1)
    return [make_case(tenants.a1, by=tenants.consultant_a) for _ in range(60)]


def test_the_pager_says_when_it_stopped_counting(client, tenants, sixty_cases):
    client.force_login(tenants.consultant_a)
    first = client.get(reverse("case_list"), {"per": 25})
    assert "Page 1 of 2+" in first.content.decode()
    third = client.get(reverse("case_list"), {"per": 25, "page": 3})
    assert "Page 3 of 3<" in third.content.decode()
    assert len(third.context["rows"]) == 10


def test_the_overdue_count_holds_whatever_the_filters_find(client, tenants, sixty_cases):
    late = sixty_cases[0]
    Case.objects.filter(pk=late.pk).update(answer_due_at=timezone.now() - timedelta(hours=3))
    client.force_login(tenants.consultant_a)
    for filters in ({}, {"q": "no such seller anywhere"}, {"status": "submitted"}):
        page = client.get(reverse("case_list"), filters).content.decode()
        assert "1 case is overdue" in page, filters
    assert "No case matches." in page
