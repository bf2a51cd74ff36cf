"""Addresses and phone numbers as they are written in the account's country (issue 19):
on the account page, in the wizard's business step and on the packet's cover."""

import pytest
from django.urls import reverse
from django.utils import translation

from cases.models import SellerAccount
from tests.factories import SellerAccountFactory, make_case

ACCOUNTS = {
    "US": {
        "address_line1": "1200 Harrison Street",
        "address_line2": "Suite 400",
        "city": "Oakland",
        "region": "CA",
        "postal_code": "94607",
        "country": "US",
        "phone": "+15105550142",
    },
    "FR": {
        "address_line1": "12 rue de la Paix",
        "city": "Paris",
        "region": "Île-de-France",
        "postal_code": "75002",
        "country": "FR",
        "phone": "+33142685300",
    },
    "DE": {
        "address_line1": "Friedrichstraße 43",
        "city": "Berlin",
        "region": "Berlin",
        "postal_code": "10117",
        "country": "DE",
        "phone": "+49301234567",
    },
    "GB": {
        "address_line1": "221 Baker Street",
        "city": "London",
        "region": "Greater London",
        "postal_code": "NW1 6XE",
        "country": "GB",
        "phone": "+442079460958",
    },
}

# (address lines in English, international phone, national phone)
WRITTEN = {
    "US": (
        ["1200 Harrison Street", "Suite 400", "Oakland, CA 94607", "United States"],
        "+1 510-555-0142",
        "(510) 555-0142",
    ),
    # The region is not part of a French, German or British address.
    "FR": (["12 rue de la Paix", "75002 Paris", "France"], "+33 1 42 68 53 00", "01 42 68 53 00"),
    "DE": (["Friedrichstraße 43", "10117 Berlin", "Germany"], "+49 30 1234567", "030 1234567"),
    "GB": (
        ["221 Baker Street", "London", "NW1 6XE", "United Kingdom"],
        "+44 20 7946 0958",
        "020 7946 0958",
    ),
}


@pytest.mark.parametrize("country", sorted(ACCOUNTS))
def test_address_and_phone_are_written_as_in_the_country(country):
    account = SellerAccount(legal_name="X", **ACCOUNTS[country])
    lines, international, national = WRITTEN[country]
    with translation.override("en"):
        assert account.formatted_address_lines == lines
    assert account.formatted_phone == international
    assert account.formatted_phone_national == national


def test_the_country_is_named_in_the_readers_language():
    german = SellerAccount(legal_name="X", **ACCOUNTS["DE"])
    british = SellerAccount(legal_name="X", **ACCOUNTS["GB"])
    with translation.override("fr"):
        assert german.formatted_address_lines[-1] == "Allemagne"
        assert british.formatted_address_lines[-1] == "Royaume-Uni"


def test_the_city_keeps_the_case_the_seller_typed():
    # Google's data asks capitals for an envelope; a business letter writes "Oakland".
    account = SellerAccount(legal_name="X", **ACCOUNTS["US"])
    assert "OAKLAND" not in " ".join(account.formatted_address_lines)


def test_an_empty_state_leaves_no_stray_comma():
    account = SellerAccount(legal_name="X", **{**ACCOUNTS["US"], "region": ""})
    with translation.override("en"):
        assert account.formatted_address_lines[2] == "Oakland, 94607"


def test_what_cannot_be_formatted_is_shown_as_stored():
    account = SellerAccount(
        legal_name="X",
        address_line1="1 Main Street",
        city="Springfield",
        postal_code="12345",
        country="QQ",
        phone="call the office",
    )
    assert account.formatted_address_lines == account.address_lines
    assert account.formatted_phone == "call the office"
    assert SellerAccount(phone="", country="US").formatted_phone == ""


def test_the_invoice_checks_still_compare_the_fields_as_stored():
    account = SellerAccount(legal_name="X", **ACCOUNTS["US"])
    assert account.address_lines == [
        "1200 Harrison Street",
        "Suite 400",
        "94607 Oakland",
        "CA",
        "US",
    ]


@pytest.fixture
def oakland(tenants):
    return SellerAccountFactory(
        workspace=tenants.ws_a, legal_name="Oakland Goods LLC", **ACCOUNTS["US"]
    )


def test_account_page_shows_the_address_as_written(client, tenants, oakland):
    client.force_login(tenants.consultant_a)
    page = client.get(reverse("seller_account_detail", args=[oakland.pk])).content.decode()
    assert "Oakland, CA 94607<br>United States<br>+1 510-555-0142" in page
    assert "94607 Oakland" not in page and "+15105550142" not in page


def test_account_page_in_french_names_the_country_in_french(client, tenants):
    berlin = SellerAccountFactory(workspace=tenants.ws_a, **ACCOUNTS["DE"])
    client.force_login(tenants.consultant_a)
    client.cookies["django_language"] = "fr"
    page = client.get(reverse("seller_account_detail", args=[berlin.pk])).content.decode()
    assert "Friedrichstraße 43<br>10117 Berlin<br>Allemagne<br>+49 30 1234567" in page


def test_business_step_shows_the_address_as_written(client, tenants, oakland):
    case = make_case(oakland, by=tenants.consultant_a)
    client.force_login(tenants.consultant_a)
    page = client.get(reverse("case_wizard", args=[case.pk, "business"])).content.decode()
    assert "Oakland, CA 94607<br>United States<br>+1 510-555-0142" in page


def test_packet_cover_shows_the_address_as_written(tenants, oakland):
    from documents.packets.render import render_html

    case = make_case(oakland, by=tenants.consultant_a)
    html, _images, _context = render_html(case)
    cover = html[html.index('id="cover"') :]
    assert "Oakland, CA 94607<br>" in cover and "United States<br>" in cover
    assert "+1 510-555-0142" in cover
    assert "94607 Oakland" not in html and "+15105550142" not in html
