import pytest
from django.urls import reverse

from cases.models import SellerAccount

VALID = {
    "legal_name": "Maple Leaf Trading LLC",
    "address_line1": "12 Harbor Street",
    "city": "Seattle",
    "region": "WA",
    "postal_code": "98101",
    "country": "us",
    "phone": "(206) 555-0100",
    "merchant_token": "a2euq1wtgctbg2",
    "marketplaces": ["amazon.com", "amazon.ca"],
}


@pytest.fixture
def consultant(client, tenants):
    client.force_login(tenants.consultant_a)
    return client


def test_phone_is_stored_in_e164_and_token_in_capitals(consultant):
    response = consultant.post(reverse("seller_account_create"), VALID)
    assert response.status_code == 302
    account = SellerAccount.objects.get(legal_name="Maple Leaf Trading LLC")
    assert account.phone == "+12065550100"
    assert account.merchant_token == "A2EUQ1WTGCTBG2"
    assert account.country == "US"
    assert account.marketplaces == ["amazon.com", "amazon.ca"]


@pytest.mark.parametrize(
    "field,value,message",
    [
        ("phone", "12345", "not a valid phone number"),
        ("phone", "+33 1 42 68 53", "not a valid phone number"),
        ("merchant_token", "B123", "A merchant token starts with the letter A"),
        ("merchant_token", "A12-45678901", "A merchant token starts with the letter A"),
        ("country", "USA", "Ensure this value has at most 2 characters"),
    ],
)
def test_bad_business_details_are_explained_and_nothing_is_saved(consultant, field, value, message):
    response = consultant.post(reverse("seller_account_create"), {**VALID, field: value})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not SellerAccount.objects.filter(legal_name="Maple Leaf Trading LLC").exists()
    # The error sits beside its field.
    assert response.context["form"].errors[field]


def test_page_says_details_are_the_reference_for_invoice_checks(consultant, tenants):
    page = consultant.get(reverse("seller_account_detail", args=[tenants.a1.pk])).content.decode()
    assert "The reference every invoice is checked against" in page
