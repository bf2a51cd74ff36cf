"""The home page's seller accounts: the first ten, and how many there are."""

from django.urls import reverse

from cases.models import SellerAccount
from tests.factories import SellerAccountFactory


def test_the_home_page_names_ten_accounts_and_counts_them_all(client, tenants):
    for n in range(12):
        SellerAccountFactory(workspace=tenants.ws_a, legal_name=f"Zulu {n:02d} LLC")
    client.force_login(tenants.consultant_a)
    page = client.get(reverse("home")).content.decode()
    assert "14 seller accounts" in page  # a1, a2 and the twelve
    assert "Alpha One LLC" in page and "Zulu 07 LLC" in page and "Zulu 08 LLC" not in page
    assert "All seller accounts" in page


def test_a_seller_counts_only_the_accounts_granted(client, tenants):
    client.force_login(tenants.seller_a)
    page = client.get(reverse("home")).content.decode()
    assert "1 seller account" in page and "Alpha Two LLC" not in page
    assert "All seller accounts" not in page


def test_no_account_yet(client, tenants):
    SellerAccount.objects.filter(workspace=tenants.ws_b).delete()
    client.force_login(tenants.consultant_b)
    page = client.get(reverse("home")).content.decode()
    assert "0 seller accounts" in page and "No seller account yet." in page
