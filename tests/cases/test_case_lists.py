import pytest
from django.urls import reverse

from cases.models import Case
from tests.factories import SellerAccountFactory, make_case

# Compares dates with today: CI runs these 90 days ahead too (README, Testing).
pytestmark = pytest.mark.clock


def test_case_list_query_count_is_constant(client, tenants, django_assert_max_num_queries):
    client.force_login(tenants.consultant_a)
    make_case(tenants.a1, by=tenants.consultant_a)
    with django_assert_max_num_queries(10) as small:
        client.get(reverse("case_list"))
    for _ in range(30):
        make_case(SellerAccountFactory(workspace=tenants.ws_a), by=tenants.consultant_a)
    with django_assert_max_num_queries(10) as large:
        response = client.get(reverse("case_list"))
    assert len(response.context["page"]) == 31
    assert len(large.captured_queries) == len(small.captured_queries)


def test_case_detail_query_count_is_constant(client, tenants, django_assert_max_num_queries):
    from cases.services.cases import comment

    client.force_login(tenants.consultant_a)
    case = make_case(tenants.a1, by=tenants.consultant_a)
    client.get(reverse("case_detail", args=[case.pk]))  # stores the readiness verdict once
    with django_assert_max_num_queries(25) as small:
        client.get(reverse("case_detail", args=[case.pk]))
    for n in range(20):
        comment(case=case, text=f"note {n}", by=tenants.consultant_a, shared=True)
    with django_assert_max_num_queries(25) as large:
        client.get(reverse("case_detail", args=[case.pk]))
    assert len(large.captured_queries) == len(small.captured_queries)


def test_filters_and_newest_first(client, tenants):
    first = make_case(tenants.a1, by=tenants.consultant_a)
    second = make_case(tenants.a2, by=tenants.consultant_a)
    Case.objects.filter(pk=second.pk).update(status="in_review")
    client.force_login(tenants.consultant_a)
    assert [c.pk for c in client.get(reverse("case_list")).context["page"]] == [second.pk, first.pk]
    page = client.get(reverse("case_list"), {"status": "in_review"}).context["page"]
    assert [c.pk for c in page] == [second.pk]
    page = client.get(reverse("case_list"), {"seller_account": tenants.a1.pk}).context["page"]
    assert [c.pk for c in page] == [first.pk]


def test_seller_sees_only_cases_of_granted_accounts_even_with_a_filter(client, tenants):
    mine = make_case(tenants.a1, by=tenants.consultant_a)
    make_case(tenants.a2, by=tenants.consultant_a)
    make_case(tenants.b1, by=tenants.consultant_b)
    client.force_login(tenants.seller_a)
    assert [c.pk for c in client.get(reverse("case_list")).context["page"]] == [mine.pk]
    response = client.get(reverse("case_list"), {"seller_account": tenants.a2.pk})
    assert [c.pk for c in response.context["page"]] == [mine.pk]
    assert tenants.a2.legal_name not in response.content.decode()


def test_seller_account_case_list_is_scoped(client, tenants):
    client.force_login(tenants.seller_a)
    assert client.get(reverse("seller_account_cases", args=[tenants.a2.pk])).status_code == 404
    response = client.get(reverse("seller_account_cases", args=[tenants.a1.pk]))
    assert response.status_code == 302


def test_appeals_in_the_list_show_what_was_hit_without_extra_queries(
    client, tenants, django_assert_max_num_queries
):
    from cases.services.cases import create_case

    client.force_login(tenants.consultant_a)
    for _ in range(3):
        case = create_case(seller_account=tenants.a1, kind="appeal", by=tenants.consultant_a)
        case.appeal.scope = "listings"
        case.appeal.save()
    with django_assert_max_num_queries(9):  # + saved views
        page = client.get(reverse("case_list")).content.decode()
    assert page.count("Listings removed or blocked") == 3


def test_home_page_query_count_is_constant(client, tenants, django_assert_max_num_queries):
    from django.utils import timezone

    from cases.services.cases import create_case

    def add(n):
        for _ in range(n):
            case = create_case(seller_account=tenants.a1, kind="appeal", by=tenants.consultant_a)
            Case.objects.filter(pk=case.pk).update(
                answer_due_at=timezone.now() - timezone.timedelta(hours=2)
            )
            make_case(tenants.a2, by=tenants.consultant_a)

    client.force_login(tenants.reviewer_a)
    add(1)
    with django_assert_max_num_queries(12) as small:
        client.get(reverse("home"))
    add(8)
    with django_assert_max_num_queries(12) as large:
        page = client.get(reverse("home")).content.decode()
    assert "Overdue: Amazon is waiting for an answer" in page
    assert len(large.captured_queries) == len(small.captured_queries)
