import pytest
from django.urls import reverse

from cases.models import CaseEvent, GatedCategory
from tests.factories import make_case

STEPS = ["target", "business", "health", "invoices", "supporting", "cover_letter", "review"]


@pytest.fixture
def case(tenants):
    return make_case(tenants.a1, by=tenants.consultant_a)


@pytest.fixture
def seller(client, tenants):
    client.force_login(tenants.seller_a)
    return client


def wizard(case, step):
    return reverse("case_wizard", args=[case.pk, step])


@pytest.mark.parametrize("step", STEPS)
def test_every_step_renders_with_the_progress_bar(seller, case, step):
    response = seller.get(wizard(case, step))
    assert response.status_code == 200
    page = response.content.decode()
    assert f'value="{STEPS.index(step) + 1}" max="7"' in page
    assert 'aria-current="step"' in page


def test_target_step_saves_and_moves_on(seller, case):
    beauty = GatedCategory.objects.get(name="Beauty", parent=None)
    response = seller.post(
        wizard(case, "target"),
        {
            "target_type": "category",
            "category": beauty.pk,
            "marketplace": "amazon.com",
            "nav": "next",
        },
    )
    assert response.status_code == 302 and response["Location"] == wizard(case, "business")
    case.ungating.refresh_from_db()
    assert case.ungating.category == beauty
    assert CaseEvent.objects.filter(case=case, kind="edit", action="target").exists()


def test_asins_pasted_in_any_form_are_validated_and_deduplicated(seller, case):
    seller.post(
        wizard(case, "target"),
        {
            "target_type": "asins",
            "asins_text": "b0abc12345, B0ABC12345\nB0XYZ98765;0306406152",
            "marketplace": "amazon.com",
            "nav": "save",
        },
    )
    case.ungating.refresh_from_db()
    assert case.ungating.asins == ["B0ABC12345", "B0XYZ98765", "0306406152"]


@pytest.mark.parametrize(
    "pasted",
    [
        "https://www.amazon.com/dp/B08N5WRWNW",
        "https://www.amazon.com/gp/product/B08N5WRWNW?th=1&psc=1",
        "https://www.amazon.fr/Serum-Visage-Lumina/dp/B08N5WRWNW/ref=sr_1_3?keywords=s%C3%A9rum",
        "amazon.co.uk/gp/aw/d/b08n5wrwnw/",
        "www.amazon.de/-/en/dp/B08N5WRWNW?language=en_GB, B08N5WRWNW",
        "https://smile.amazon.com.mx/Producto/dp/B08N5WRWNW#detalles",
    ],
)
def test_a_product_link_of_any_marketplace_counts_as_its_asin(seller, case, pasted):
    seller.post(
        wizard(case, "target"),
        {
            "target_type": "asins",
            "asins_text": pasted,
            "marketplace": "amazon.com",
            "nav": "save",
        },
    )
    case.ungating.refresh_from_db()
    assert case.ungating.asins == ["B08N5WRWNW"]


def test_links_and_asins_mixed_keep_their_order():
    from cases.asins import parse_asins

    pasted = (
        "B0ABC12345\nhttps://www.amazon.it/dp/0306406152?psc=1,"
        "https://www.amazon.com/product-reviews/B0XYZ98765/ref=cm_cr; B0ABC12345"
    )
    assert parse_asins(pasted) == (["B0ABC12345", "0306406152", "B0XYZ98765"], [])


def test_a_link_without_an_asin_is_named_whole(seller, case):
    response = seller.post(
        wizard(case, "target"),
        {
            "target_type": "asins",
            "asins_text": "https://www.amazon.com/s?k=serum B0ABC12345 https://example.com/dp/B08N5WRWNW",
            "marketplace": "amazon.com",
            "nav": "next",
        },
    )
    page = response.content.decode()
    assert "Not ASINs: https://www.amazon.com/s?k=serum, https://example.com/dp/B08N5WRWNW." in page
    assert "HTTPS" not in page


def test_bad_asins_are_named_beside_the_field_and_nothing_is_lost(seller, case):
    response = seller.post(
        wizard(case, "target"),
        {
            "target_type": "asins",
            "asins_text": "B0ABC12345 A123 0306406153",
            "marketplace": "amazon.com",
            "brand": "Acme",
            "nav": "next",
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Not ASINs: A123, 0306406153" in page
    assert "B0ABC12345 A123 0306406153" in page  # what was typed is still there
    case.ungating.refresh_from_db()
    assert case.ungating.asins == []


def test_back_keeps_what_was_typed(seller, case):
    response = seller.post(
        wizard(case, "supporting"),
        {
            "return_policy": "30-day returns, refund within 48 h.",
            "support_response_hours": "6",
            "nav": "back",
        },
    )
    assert response["Location"] == wizard(case, "invoices")
    page = seller.get(wizard(case, "supporting")).content.decode()
    assert "30-day returns, refund within 48 h." in page


def test_a_person_comes_back_to_the_step_they_left(seller, case):
    seller.get(wizard(case, "supporting"))
    page = seller.get(reverse("case_detail", args=[case.pk])).content.decode()
    assert wizard(case, "supporting") in page
    assert "Continue where you left off" in page


def test_business_confirmation_clears_the_blocker(seller, case):
    page = seller.get(wizard(case, "review")).content.decode()
    assert 'data-code="business_not_confirmed"' in page
    seller.post(wizard(case, "business"), {"confirmed": "on", "nav": "next"})
    page = seller.get(wizard(case, "review")).content.decode()
    assert 'data-code="business_not_confirmed"' not in page


def test_cover_letter_draft_is_built_from_the_case_and_not_saved_until_asked(seller, case):
    case.ungating.support_response_hours = 6
    case.ungating.save()
    response = seller.post(wizard(case, "cover_letter"), {"cover_letter": "", "nav": "draft"})
    page = response.content.decode()
    assert case.seller_account.legal_name in page
    assert "We answer customer messages in 6 hours on average" in page
    case.ungating.refresh_from_db()
    assert case.ungating.cover_letter == ""


def test_cover_letter_length_bounds_are_shown(seller, case):
    page = seller.get(wizard(case, "cover_letter")).content.decode()
    assert "Between 80 and 500 words" in page


def test_a_case_in_review_cannot_be_edited(seller, case, tenants):
    case.status = "in_review"
    case.save()
    response = seller.post(wizard(case, "supporting"), {"return_policy": "changed", "nav": "save"})
    assert response.status_code == 302
    case.ungating.refresh_from_db()
    assert case.ungating.return_policy == ""
