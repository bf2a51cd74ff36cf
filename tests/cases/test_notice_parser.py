"""Reading Amazon's notice as a seller pastes it (issue 8, "Intake: reading the notice")."""

import json

from cases.appeals import parse_notice

ODR_DEACTIVATION = """Hello,

Your Amazon.com selling privileges have been deactivated because your Order Defect Rate
(ODR) is above our target of 1%. Your ODR comes from negative feedback and undelivered
orders. This is not related to intellectual property.

To reactivate your account, please submit a plan of action within 17 days. Include invoices
from the last 365 days for the ASINs listed below.

To learn more about our Product Safety policy, visit the help page.

Order ID: 112-1234567-1234567 | Case ID: 1234567890 | Tracking: 1Z999AA10123456784
ASINs under review:
B07XJ8C8F3
B08N5WRWNW
B07XJ8C8F3

Sincerely,
Seller Performance Team
"""

FRENCH_DEACTIVATION = """Bonjour,

Vos privilèges de vente sur Amazon.fr ont été désactivés. Nous avons reçu des réclamations
d'acheteurs indiquant que des articles d'occasion étaient vendus comme neufs, ainsi que des
réclamations pour contrefaçon. Cette décision ne concerne pas la propriété intellectuelle.

Pour faire appel, veuillez nous envoyer un plan d'action sous 17 jours, accompagné des
factures de vos fournisseurs des 365 derniers jours pour les ASIN suivants :

B0C1234567
B0D7654321 – https://www.amazon.fr/Chargeur-USB/dp/B0D7654321/ref=sr_1_3

Pour en savoir plus sur la sécurité des produits, consultez l'aide de Seller Central.

Cordialement,
L'équipe Performance vendeur
"""


def test_english_account_deactivation_is_read_whole():
    notice = parse_notice(ODR_DEACTIVATION)

    assert notice.scope == "account"
    assert notice.reasons == ["order_defect_rate", "negative_feedback", "undelivered_orders"]
    assert notice.asins == ["B07XJ8C8F3", "B08N5WRWNW"]
    assert notice.evidence_period_days == 365
    assert notice.appeal_within_days == 17
    assert notice.language == "en"


def test_denied_reason_and_help_link_are_not_reasons():
    reasons = parse_notice(ODR_DEACTIVATION).reasons

    assert "intellectual_property" not in reasons
    assert "product_safety" not in reasons


def test_order_case_and_tracking_ids_are_not_asins():
    notice = parse_notice(
        "Order 112-1234567-1234567 and 405-7654321-7654321. Case ID: 1234567890.\n"
        "Tracking 1Z999AA10123456784, TBA123456789000. Call +1 2065550123.\n"
        "Not ASINs: BO7XJ8C8F3 (a letter O), B07XJ8C8F (nine), B07XJ8C8F3X (eleven), "
        "SKU-B07XJ8C8F3, b07xj8c8f3.\n"
        "The ASIN under review is (B07XJ8C8F4)."
    )

    assert notice.asins == ["B07XJ8C8F4"]


def test_french_deactivation_with_denial_and_product_link():
    notice = parse_notice(FRENCH_DEACTIVATION)

    assert notice.language == "fr"
    assert notice.scope == "account"
    assert notice.reasons == ["condition", "inauthentic"]
    assert notice.asins == ["B0C1234567", "B0D7654321"]
    assert notice.evidence_period_days == 365
    assert notice.appeal_within_days == 17


def test_french_listings_removed_with_twelve_months_of_invoices():
    notice = parse_notice(
        "Nous avons supprimé certaines de vos offres en raison de commentaires négatifs\n"
        "et de commandes non livrées. Merci de fournir des factures des 12 derniers mois.\n"
        "ASIN : B0ABCDEF12, B0ABCDEF12, B0ZZZZZZZ9\n"
        "Numéro de commande : 405-1234567-1234567\n"
    )

    assert notice.scope == "listings"
    assert notice.reasons == ["negative_feedback", "undelivered_orders"]
    assert notice.asins == ["B0ABCDEF12", "B0ZZZZZZZ9"]
    assert notice.evidence_period_days == 365
    assert notice.appeal_within_days is None


def test_merchant_fulfilled_restriction_with_deadline_in_hours():
    notice = parse_notice(
        "Dear Seller,\n\nWe have restricted your ability to ship orders yourself because your\n"
        "late shipment rate is 9% and your valid tracking rate is 88%. Your FBA offers are not\n"
        "affected. Please send us a plan of action. You have 72 hours to respond.\n"
    )

    assert notice.scope == "mfn_shipping"
    assert notice.reasons == ["late_shipment_rate", "valid_tracking_rate"]
    assert notice.appeal_within_days == 3


def test_threat_of_deactivation_does_not_make_an_account_scope():
    notice = parse_notice(
        "We removed the following listings because a rights owner reported trademark "
        "infringement. Further violations may result in the deactivation of your account.\n"
        "Order defect rate: 0.3% meets target.\n\nASIN: B09XYZ1234\n"
    )

    assert notice.scope == "listings"
    assert notice.reasons == ["intellectual_property"]
    assert notice.asins == ["B09XYZ1234"]
    assert notice.evidence_period_days is None


def test_html_email_with_entities_and_product_links():
    notice = parse_notice(
        "<p>Your seller account has been&nbsp;deactivated due to customer complaints about "
        "counterfeit items &amp; unsafe products.</p><p>Provide invoices dated within the "
        "past&nbsp;12&nbsp;months.<br>ASINs: "
        '<a href="https://www.amazon.co.uk/dp/B0CHX1W1XY?th=1&amp;psc=1">Charger</a>, '
        '<a href="https://www.amazon.co.uk/gp/product/184146208X/">Book</a></p>'
    )

    assert notice.scope == "account"
    assert notice.reasons == ["inauthentic", "product_safety"]
    assert notice.asins == ["B0CHX1W1XY", "184146208X"]
    assert notice.evidence_period_days == 365


def test_odd_line_breaks_quote_marks_and_capitals():
    notice = parse_notice(
        "> YOUR SELLING PRIVILEGES HAVE BEEN DEACTI-\n"
        "> VATED.\n"
        "> We found late ship-\n"
        "> ments. This deactivation is not related to\n"
        "> Intellectual Property complaints.\n"
        "> ASINs: B07XJ8\n"
        "> C8F3, B08N5WRWNW\n"
    )

    assert notice.scope == "account"
    assert notice.reasons == ["late_shipment_rate"]
    assert notice.asins == ["B07XJ8C8F3", "B08N5WRWNW"]


def test_metric_window_is_not_the_evidence_period():
    notice = parse_notice(
        "Your selling privileges have been suspended. Your order defect rate over the past 60 "
        "days is 2.5%. Please provide supplier invoices dated within the past 180 days."
    )

    assert notice.evidence_period_days == 180


def test_a_general_policy_violation_and_related_accounts():
    related = parse_notice(
        "We have deactivated your selling account because it is related to another account "
        "that may not be used to sell on Amazon. Related accounts are not permitted."
    )
    general = parse_notice("Your account has been deactivated for a violation of our policies.")

    assert related.reasons == ["related_accounts"]
    assert general.reasons == ["other_policy"]


def test_footer_after_the_signature_is_not_a_reason():
    notice = parse_notice(
        "Your listings have been removed because of late shipments.\n"
        "Please respond within 30 days.\n\n"
        "Regards,\n"
        "Seller Performance\n"
        "Report a trademark or copyright concern at https://www.amazon.com/report/infringement\n"
    )

    assert notice.reasons == ["late_shipment_rate"]
    assert notice.appeal_within_days == 30


def test_text_without_a_notice_reads_as_nothing():
    notice = parse_notice("Hi team, any news on my case? Thanks, Paul")

    assert notice.to_dict() == {
        "scope": None,
        "asins": [],
        "reasons": [],
        "evidence_period_days": None,
        "appeal_within_days": None,
        "language": "en",
    }


def test_to_json_gives_exactly_the_documented_keys():
    data = json.loads(parse_notice(FRENCH_DEACTIVATION).to_json())

    assert list(data) == [
        "scope",
        "asins",
        "reasons",
        "evidence_period_days",
        "appeal_within_days",
        "language",
    ]
    assert data["language"] == "fr"


def test_deadline_written_in_words_and_figures_and_denials_of_complaints():
    notice = parse_notice(
        "Your seller account has been deactivated because of product safety concerns. We have "
        "not received any intellectual property complaints. Please submit your appeal within "
        "fifteen (15) days."
    )

    assert notice.reasons == ["product_safety"]
    assert notice.appeal_within_days == 15
