from django.urls import reverse

from cases.models import Case, Membership, SellerAccount
from tests.factories import MembershipFactory, SellerAccountFactory, make_case


def membership(user):
    return Membership.objects.get(user=user)


def test_agency_members_see_every_client_of_their_workspace_only(tenants):
    for user in (tenants.reviewer_a, tenants.consultant_a):
        visible = set(SellerAccount.objects.visible_to(membership(user)))
        assert visible == {tenants.a1, tenants.a2}


def test_seller_sees_only_the_accounts_granted(tenants):
    assert list(SellerAccount.objects.visible_to(membership(tenants.seller_a))) == [tenants.a1]


def test_nothing_is_visible_without_a_membership(tenants):
    assert not SellerAccount.objects.visible_to(None).exists()
    assert not Case.objects.visible_to(None).exists()


def test_a_person_in_two_workspaces_sees_only_the_one_they_work_in(client, tenants):
    """A consultant of B who is also a seller in A: each workspace with its own role."""
    person = tenants.consultant_b
    MembershipFactory(user=person, workspace=tenants.ws_a, role="seller", seller_accounts=[])
    case_a = make_case(tenants.a1, by=tenants.consultant_a)
    case_b = make_case(tenants.b1, by=tenants.consultant_b)
    client.force_login(person)
    client.post(reverse("switch_workspace"), {"workspace": tenants.ws_b.pk})
    assert client.get(reverse("case_detail", args=[case_b.pk])).status_code == 200
    assert client.get(reverse("case_detail", args=[case_a.pk])).status_code == 404
    client.post(reverse("switch_workspace"), {"workspace": tenants.ws_a.pk})
    # In A this person is a seller with no account granted: A's case stays out of reach,
    # and B's case too, although they are a consultant there.
    assert client.get(reverse("case_detail", args=[case_a.pk])).status_code == 404
    assert client.get(reverse("case_detail", args=[case_b.pk])).status_code == 404
    page = client.get(reverse("case_list")).content.decode()
    assert f"#{case_b.pk}" not in page


def test_seller_account_list_shows_no_other_tenant_rows(client, tenants):
    client.force_login(tenants.seller_a)
    page = client.get(reverse("seller_account_list")).content.decode()
    assert "Alpha One LLC" in page
    assert "Alpha Two LLC" not in page
    assert "Bravo One LLC" not in page


def test_search_cannot_reach_another_workspace(client, tenants):
    client.force_login(tenants.consultant_a)
    page = client.get(reverse("seller_account_list"), {"q": "Bravo"}).content.decode()
    assert "Bravo One LLC" not in page
    assert "No seller account matches" in page


def test_consultant_cannot_edit_another_workspace_account_by_post(client, tenants):
    client.force_login(tenants.consultant_a)
    url = reverse("seller_account_edit", args=[tenants.b1.pk])
    response = client.post(url, {"legal_name": "Hijacked"})
    assert response.status_code == 404
    tenants.b1.refresh_from_db()
    assert tenants.b1.legal_name == "Bravo One LLC"


def test_seller_cannot_create_seller_accounts(client, tenants):
    client.force_login(tenants.seller_a)
    assert client.get(reverse("seller_account_create")).status_code == 404


def test_new_account_lands_in_the_users_workspace_whatever_is_posted(client, tenants):
    client.force_login(tenants.consultant_a)
    response = client.post(
        reverse("seller_account_create"),
        {
            "legal_name": "New Client LLC",
            "address_line1": "1 Main St",
            "city": "Austin",
            "postal_code": "73301",
            "country": "US",
            "phone": "+1 512 555 0199",
            "workspace": tenants.ws_b.pk,
        },
    )
    assert response.status_code == 302
    account = SellerAccount.objects.get(legal_name="New Client LLC")
    assert account.workspace == tenants.ws_a


def test_list_query_count_is_constant(client, tenants, django_assert_max_num_queries):
    client.force_login(tenants.consultant_a)
    with django_assert_max_num_queries(8) as small:
        client.get(reverse("seller_account_list"))
    SellerAccountFactory.create_batch(60, workspace=tenants.ws_a)
    with django_assert_max_num_queries(8) as large:
        response = client.get(reverse("seller_account_list"))
    assert response.context["page"].paginator.count == 62
    assert len(large.captured_queries) == len(small.captured_queries)


def test_account_page_query_count_is_constant(client, tenants, django_assert_max_num_queries):
    from tests.factories import HealthSnapshotFactory

    client.force_login(tenants.consultant_a)
    HealthSnapshotFactory(seller_account=tenants.a1)
    # The client page adds its open cases, their recent activity, and the unread count.
    with django_assert_max_num_queries(11) as small:
        client.get(reverse("seller_account_detail", args=[tenants.a1.pk]))
    HealthSnapshotFactory.create_batch(20, seller_account=tenants.a1)
    with django_assert_max_num_queries(11) as large:
        client.get(reverse("seller_account_detail", args=[tenants.a1.pk]))
    assert len(large.captured_queries) == len(small.captured_queries)
