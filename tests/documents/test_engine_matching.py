import pytest

from documents.engine import matching


@pytest.mark.parametrize(
    "printed",
    ["NORTHWIND GOODS, L.L.C.", "Northwind Goods LLC.", "northwind goods llc"],
)
def test_business_name_matches_despite_case_punctuation_and_dots(printed):
    match = matching.compare_names("Northwind Goods LLC", printed)
    assert match.exact


def test_missing_legal_form_is_told_apart_from_a_different_name():
    match = matching.compare_names("Northwind Goods LLC", "Northwind Goods")
    assert not match.exact and match.legal_form_differs
    other = matching.compare_names("Northwind Goods LLC", "Southwind Foods LLC")
    assert not other.exact and not other.legal_form_differs and other.score < 85


def test_french_legal_forms_are_normalized():
    assert matching.compare_names("Boutique Soleil SAS", "BOUTIQUE SOLEIL S.A.S.").exact
    assert matching.compare_names("Maison Lefèvre SARL", "Maison Lefevre S.A.R.L").exact


def test_address_abbreviations_and_state_names_match():
    match = matching.compare_addresses(
        "450 Market Street, Suite 200\nSan Francisco, CA 94105",
        "450 Market St. Ste 200, San Francisco, California 94105, USA",
    )
    assert match.score >= 95 and match.missing_numbers == []


def test_a_different_street_number_is_named():
    match = matching.compare_addresses(
        "450 Market Street, Suite 200\nSan Francisco, CA 94105",
        "45 Market Street, Suite 200\nSan Francisco, CA 94105",
    )
    assert match.missing_numbers == ["450"]


def test_french_address_abbreviations_match():
    match = matching.compare_addresses(
        "25 avenue Jean Jaurès\n75019 Paris", "25 av. Jean-Jaures, 75019 PARIS"
    )
    assert match.score >= 95 and match.missing_numbers == []


@pytest.mark.parametrize(
    "printed,country",
    [("(415) 555-0100", "US"), ("+1 415-555-0100", "FR"), ("415.555.0100", "US")],
)
def test_phone_formats_compare_as_e164(printed, country):
    assert matching.parse_phone(printed, country) == "+14155550100"


def test_french_phone_without_country_code():
    assert matching.parse_phone("01 42 00 11 22", "FR") == "+33142001122"


def test_asin_found_exactly_in_a_text_layer():
    assert matching.find_asin("B07XJ8C8F5", "Mug   B07XJ8C8F5   12", tolerant=False)
    # Glued to the description by a tight table: still the same code.
    assert matching.find_asin("B07XJ8C8F5", "ceramic mugB07XJ8C8F5 12", tolerant=False)
    # A text layer does not misread: a near code is another product.
    assert not matching.find_asin("B07XJ8C8F5", "Mug BO7XJ8C8F5 12", tolerant=False)


@pytest.mark.parametrize("printed", ["BO7XJ8C8F5", "807XJ8C8F5", "B07XJ8C8FS", "BO7XJ 8C8F5"])
def test_asin_tolerates_ocr_confusions_on_a_scan(printed):
    assert matching.find_asin("B07XJ8C8F5", f"Mug {printed} 12", tolerant=True)


def test_ocr_tolerance_does_not_accept_another_asin():
    assert not matching.find_asin("B07XJ8C8F5", "Mug B07XJ8C8F7 12", tolerant=True)
    assert not matching.find_asin("B07XJ8C8F5", "Mug B09QRSTUV1 12", tolerant=True)


def test_another_legal_form_is_another_company():
    for ours, printed in [
        ("Maple Leaf Trading LLC", "Maple Leaf Trading Inc."),
        ("Boutique Soleil SARL", "Boutique Soleil SAS"),
        ("Acme Handels GmbH", "Acme Handels UG"),
    ]:
        match = matching.compare_names(ours, printed)
        assert match.other_legal_form and not match.exact, (ours, printed)


def test_spellings_of_the_same_legal_form_match():
    for ours, printed in [
        ("Maple Leaf Trading Inc.", "MAPLE LEAF TRADING INCORPORATED"),
        ("Acme Co Ltd", "ACME CO. LIMITED"),
        ("Alpha One LLC", "Alpha One L.L.C."),
    ]:
        assert matching.compare_names(ours, printed).exact, (ours, printed)
