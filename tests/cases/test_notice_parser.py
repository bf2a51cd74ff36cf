"""Reading Amazon's notice as a seller pastes it (issue 8, "Intake: reading the notice")."""

import json
from datetime import date
from decimal import Decimal

import pytest

from cases.appeals import parse_notice, read_notice_date
from cases.appeals.notice_metrics import read_notice_metrics

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


# --- Notices in Amazon's own wording (issue 17) ------------------------------------------
# Written after Amazon Seller Performance e-mails and Account Health notifications, in their
# structure ("Why did this happen?", "How do I reactivate my account?", "ASIN: ..."), not after
# the parser's rules. Each row is what a person reading the notice would fill in.

ODR_DEFINED = """Hello,

We are reaching out because your Amazon selling privileges have been deactivated.

Why did this happen?
Your account has an Order Defect Rate (ODR) that does not meet our target of under 1%. ODR
is the percentage of orders that have one or more indicators of poor customer experience
during a given 60-day period. An order has a defect if it results in negative feedback, an
A-to-z Guarantee claim, or a credit card chargeback.

Order Defect Rate: 2.1%
Target: under 1%

How do I reactivate my account?
To reactivate your account, send us a plan of action that explains:
-- The root cause of the issue.
-- The actions you have taken to resolve the issue.
-- The steps you have taken to prevent the issue going forward.

If we do not receive an acceptable plan within seventeen (17) days, your account may remain
deactivated.

How do I submit my plan of action?
Go to Account Health in Seller Central and click "Reactivate your account".

What happens to my funds?
Funds will not be transferred to you but will stay in your seller account while we review
your appeal.

Sincerely,
Seller Performance Team
Amazon.com
"""

FAIR_PRICING = """Hello,

Your Amazon.com selling privileges have been deactivated because one or more of your offers
violate the Amazon Marketplace Fair Pricing Policy.

Amazon regularly monitors the prices of items on our marketplace. Setting a price on a
product or service that is significantly higher than recent prices offered on or off Amazon
harms customer trust.

ASIN: B08L5TNJHG
ASIN: B07PXGQC1Q

How do I reactivate my account?
Submit a plan of action within 17 days that explains the root cause of the pricing, the
actions you have taken and the steps you will take to prevent it.

Sincerely,
Seller Performance Team
"""

FORWARDED_BROKEN_LINES = """---------- Forwarded message ---------
From: Amazon.co.uk <seller-notification@amazon.co.uk>
Date: Tue, Mar 3, 2026 at 9:41 AM
Subject: Your Amazon.co.uk account: restriction of merchant-fulfilled shipping
To: <ops@harbourgoods.co.uk>


> Hello,
>
> We are reaching out because your account's Late
> Shipment Rate does not meet our target of under 4%, and your Valid
> Tracking Rate is below our target of 95%. As a result, we have
> restricted your ability to ship merchant-fulfilled orders.
>
> How do I get my privileges back?
> Send us a plan of action within 17 days through Account Health.
>
> Regards,
> Seller Performance Team
"""

FRENCH_ODR_DEFINED = """Date : 3 mars 2026

Bonjour,

Nous vous contactons car votre compte vendeur Amazon a été désactivé.

Pourquoi cela s'est-il produit ?
Votre taux de défauts de commande (ODR) ne respecte pas notre objectif de moins de 1 %. Le
taux de défauts de commande correspond au pourcentage de commandes ayant reçu un ou plusieurs
indicateurs de défaut : commentaires négatifs, réclamations au titre de la Garantie A à Z ou
rétrofacturations, sur une période de 60 jours.

Taux de défauts de commande : 2,4 %

Comment puis-je réactiver mon compte ?
Envoyez-nous un plan d'action qui explique la cause profonde du problème, les mesures que
vous avez prises pour le résoudre et celles qui empêcheront qu'il ne se reproduise.
Si nous ne recevons pas de plan d'action acceptable dans un délai de dix-sept (17) jours,
votre compte pourrait rester désactivé.

Cordialement,
Performance vendeur
Amazon.fr
"""

FRENCH_NOT_RECEIVED = """Bonjour,

Vos privilèges de vente sur Amazon.fr ont été suspendus. De nombreux clients nous ont
signalé des commandes non reçues ces dernières semaines.

ASIN : B0CQ2Z7L9M

Pour réactiver votre compte, envoyez-nous sous 17 jours un plan d'action accompagné de vos
factures d'achat des 12 derniers mois.

Cordialement,
L'équipe Performance vendeur
"""

RELATED_ACCOUNT = """Hello,

We are reaching out because your Amazon selling privileges have been deactivated.

Why did this happen?
We have determined that your account is related to an account that is not permitted to sell
on Amazon. Your listings have been removed from our store.

How do I reactivate my account?
If you believe that your account is not related to a deactivated account, send us an appeal
with information that explains the relationship between the accounts.

Sincerely,
Seller Performance Team
"""

FRENCH_RELATED_ACCOUNT = """Bonjour,

Le 5 mars 2026, nous avons désactivé votre compte vendeur car nous avons déterminé qu'il est
associé à un compte qui a été désactivé.

Si vous pensez qu'il s'agit d'une erreur, répondez-nous sous 17 jours.

Cordialement,
Performance vendeur
"""

BOOK_SOLD_AS_NEW = """Hello,

We are reaching out because we received customer complaints that items you sold as new were
in used condition. As a result, we have removed the listing below.

ASIN: 0316769487
Title: The Catcher in the Rye

Customers expect to receive items in the condition stated on the detail page. To reactivate
the listing, provide supplier invoices from the last 365 days.

Sincerely,
Seller Performance Team
"""

INAUTHENTIC_COMPLAINTS = """Hello,

Your Amazon selling privileges have been deactivated because we received customer complaints
about the authenticity of items in your inventory.

ASIN: B0BSHF7WHW
ASIN: B09JQMJHXY

How do I reactivate my account?
Send us invoices, receipts or letters of authorization from the manufacturer issued within
the last 365 days. If we do not receive your appeal within 17 days, your account may remain
deactivated.

Sincerely,
Seller Performance Team
"""

DATED_CANCELLATIONS = """Hello,

On March 3, 2026, we deactivated your selling privileges on Amazon.com because your
pre-fulfillment cancel rate is 4.2%, above our target of 2.5%.

To reinstate your account, please provide a plan of action within fourteen (14) days.

Sincerely,
Seller Performance Team
"""

FRENCH_SAFETY = """Bonjour,

Nous avons supprimé les offres suivantes en raison de problèmes de sécurité signalés par des
clients :

ASIN : B0D4K8Z2QF

Pour rétablir ces offres, fournissez un rapport d'essai et un plan d'action sous quinze (15)
jours.

Cordialement,
L'équipe Performance vendeur
"""

FRENCH_FAIR_PRICING = """Bonjour,

Vos privilèges de vente sur Amazon.fr ont été désactivés car une ou plusieurs de vos offres
ne respectent pas la politique de tarification équitable d'Amazon.

ASIN : 2070612880

Pour réactiver votre compte, envoyez-nous un plan d'action sous 17 jours.

Cordialement,
Performance vendeur
"""

TRADEMARK_COMPLAINT = """Hello,

We removed the listing below because we received a report from a rights owner that it
infringes their trademark.

ASIN: B0C7VN4D5K
Complaint ID: 15827730461

If you believe this report was made in error, contact the rights owner. Further
infringements may result in the deactivation of your account.

Sincerely,
Seller Performance Team
"""

REVIEW_MANIPULATION = """Hello,

Your Amazon.co.uk selling privileges have been removed because we found evidence that you
attempted to manipulate customer reviews of your products, which violates our Community
Guidelines and the Amazon Selling Policies and Seller Code of Conduct.

ASIN: B07ZPKBL9V

How do I appeal?
Reply to this message with a plan of action within 17 days.

Regards,
Seller Performance Team
"""

NOT_RECEIVED = """Hello,

We are reaching out because buyers reported that they did not receive orders they placed with
you. As a result, your listings have been deactivated.

Order ID: 203-5551234-7654321
Order ID: 203-5559876-1234567

To reactivate your listings, send us a plan of action that explains what happened.

Sincerely,
Seller Performance Team
"""

DANGEROUS_GOODS = """Hello,

We removed the listing below because the product is classified as dangerous goods (hazmat)
and we need a Safety Data Sheet before it can be sold.

ASIN: B0BZ7QJ3T1

Provide the Safety Data Sheet within 10 days through the Manage Your Compliance page.

Thank you,
Amazon Dangerous Goods Team
"""

FRENCH_TRADEMARK = """Bonjour,

Nous avons supprimé l'offre ci-dessous car nous avons reçu une réclamation du titulaire des
droits pour violation de marque déposée.

ASIN : B0C5XKQ2M8
Numéro de réclamation : 1598765432

Si vous pensez que cette réclamation a été faite par erreur, contactez le titulaire des droits.

Cordialement,
Performance vendeur
"""

FRENCH_LATE_SHIPMENT = """Bonjour,

Votre taux d'expédition en retard est de 7,5 %, ce qui ne respecte pas notre objectif de moins
de 4 %. Par conséquent, nous avons désactivé votre compte vendeur.

Vous disposez de dix-sept jours pour nous envoyer un plan d'action.

Cordialement,
L'équipe Performance vendeur
"""

OUTLOOK_FORWARD = """From: Amazon Seller Performance <seller-performance@amazon.co.uk>
Sent: Monday, 2 March 2026 14:05
To: orders@kitchenhouse.co.uk
Subject: Action required: listings removed

Hello,

We have removed your listings for the ASINs below because customers reported that the items
they received were materially different from the detail page.

ASIN: B09KMV7W3R
ASIN: B09KMTX2CD

To reinstate these listings, please submit a plan of action within 17 days.

Regards,
Seller Performance Team
"""

AT_RISK_WARNING = """Hello,

Your Account Health Rating is at risk. Your Order Defect Rate is 1.4%, above our target of 1%.
If it is not resolved, your account may be deactivated.

Review your Account Health page for details.

Sincerely,
Seller Performance Team
"""

# (notice, scope, reasons, ASINs, evidence period, deadline, language)
AMAZON_NOTICES = {
    "odr_defined": (ODR_DEFINED, "account", ["order_defect_rate"], [], None, 17, "en"),
    "fair_pricing": (
        FAIR_PRICING, "account", ["other_policy"], ["B08L5TNJHG", "B07PXGQC1Q"], None, 17, "en"
    ),
    "forwarded_broken_lines": (
        FORWARDED_BROKEN_LINES, "mfn_shipping", ["late_shipment_rate", "valid_tracking_rate"],
        [], None, 17, "en",
    ),
    "french_odr_defined": (
        FRENCH_ODR_DEFINED, "account", ["order_defect_rate"], [], None, 17, "fr"
    ),
    "french_not_received": (
        FRENCH_NOT_RECEIVED, "account", ["undelivered_orders"], ["B0CQ2Z7L9M"], 365, 17, "fr"
    ),
    "related_account": (RELATED_ACCOUNT, "account", ["related_accounts"], [], None, None, "en"),
    "french_related_account": (
        FRENCH_RELATED_ACCOUNT, "account", ["related_accounts"], [], None, 17, "fr"
    ),
    "book_sold_as_new": (
        BOOK_SOLD_AS_NEW, "listings", ["condition"], ["0316769487"], 365, None, "en"
    ),
    "inauthentic_complaints": (
        INAUTHENTIC_COMPLAINTS, "account", ["inauthentic"], ["B0BSHF7WHW", "B09JQMJHXY"], 365,
        17, "en",
    ),
    "dated_cancellations": (
        DATED_CANCELLATIONS, "account", ["cancellation_rate"], [], None, 14, "en"
    ),
    "french_safety": (
        FRENCH_SAFETY, "listings", ["product_safety"], ["B0D4K8Z2QF"], None, 15, "fr"
    ),
    "french_fair_pricing": (
        FRENCH_FAIR_PRICING, "account", ["other_policy"], ["2070612880"], None, 17, "fr"
    ),
    "trademark_complaint": (
        TRADEMARK_COMPLAINT, "listings", ["intellectual_property"], ["B0C7VN4D5K"], None, None,
        "en",
    ),
    "review_manipulation": (
        REVIEW_MANIPULATION, "account", ["other_policy"], ["B07ZPKBL9V"], None, 17, "en"
    ),
    "not_received": (NOT_RECEIVED, "listings", ["undelivered_orders"], [], None, None, "en"),
    "dangerous_goods": (
        DANGEROUS_GOODS, "listings", ["product_safety"], ["B0BZ7QJ3T1"], None, 10, "en"
    ),
    "french_trademark": (
        FRENCH_TRADEMARK, "listings", ["intellectual_property"], ["B0C5XKQ2M8"], None, None, "fr"
    ),
    "french_late_shipment": (
        FRENCH_LATE_SHIPMENT, "account", ["late_shipment_rate"], [], None, 17, "fr"
    ),
    "outlook_forward": (
        OUTLOOK_FORWARD, "listings", ["condition"], ["B09KMV7W3R", "B09KMTX2CD"], None, 17, "en"
    ),
    "at_risk_warning": (AT_RISK_WARNING, None, ["order_defect_rate"], [], None, None, "en"),
}  # fmt: skip


@pytest.mark.parametrize("name", AMAZON_NOTICES)
def test_notices_in_amazons_wording_are_read_whole(name):
    text, scope, reasons, asins, period, deadline, language = AMAZON_NOTICES[name]

    notice = parse_notice(text)

    assert notice.to_dict() == {
        "scope": scope,
        "asins": asins,
        "reasons": reasons,
        "evidence_period_days": period,
        "appeal_within_days": deadline,
        "language": language,
    }


def test_a_policy_named_without_the_word_violation_is_a_reason():
    assert parse_notice(FAIR_PRICING).reasons == ["other_policy"]
    assert parse_notice(FRENCH_FAIR_PRICING).reasons == ["other_policy"]
    assert parse_notice(
        "Your account has been deactivated because your listings breach the Amazon Selling "
        "Policies."
    ).reasons == ["other_policy"]


@pytest.mark.parametrize(
    "sentence",
    [
        "If we do not receive an acceptable plan within seventeen (17) days, we will close it.",
        "If we do not receive an acceptable plan within seventeen days, we will close it.",
        "Please send your plan of action within 17 days.",
        "You have seventeen (17) days to submit an appeal.",
        "Provide your invoices no later than 17 days from this notice.",
        "Si nous ne recevons pas de plan d'action dans un délai de dix-sept (17) jours, il "
        "sera fermé.",
        "Vous disposez de dix-sept jours pour nous envoyer un plan d'action.",
        "Veuillez fournir vos factures sous dix-sept (17) jours.",
    ],
)
def test_a_deadline_is_read_from_any_verb_and_numbers_in_words(sentence):
    notice = parse_notice(f"Your seller account has been deactivated. {sentence}")

    assert notice.appeal_within_days == 17


def test_a_french_account_deactivation_naming_amazon_is_an_account_scope():
    for sentence in (
        "Votre compte vendeur Amazon a été désactivé.",
        "Votre compte Amazon.fr est suspendu.",
        "Vos privilèges de vente Amazon ont été suspendus.",
    ):
        assert parse_notice(sentence).scope == "account", sentence


def test_orders_not_received_are_undelivered_orders_in_french():
    notice = parse_notice(
        "Nous avons supprimé vos offres : des clients signalent des commandes non reçues."
    )

    assert notice.reasons == ["undelivered_orders"]


@pytest.mark.parametrize("text", [ODR_DEFINED, FRENCH_ODR_DEFINED], ids=["en", "fr"])
def test_the_definition_of_the_order_defect_rate_adds_no_reason_of_its_own(text):
    assert parse_notice(text).reasons == ["order_defect_rate"]


def test_negative_feedback_named_as_a_cause_is_still_a_reason():
    notice = parse_notice(
        "Your selling privileges have been deactivated. Your Order Defect Rate is above our "
        "target of 1%, driven by negative customer feedback."
    )

    assert notice.reasons == ["order_defect_rate", "negative_feedback"]


def test_a_rate_that_does_not_meet_the_target_is_a_reason():
    notice = parse_notice(
        "We have deactivated your account because your late shipment rate does not meet our "
        "target of under 4%."
    )

    assert notice.reasons == ["late_shipment_rate"]


@pytest.mark.parametrize(
    "text",
    [RELATED_ACCOUNT, FRENCH_RELATED_ACCOUNT, "Your account is associated with another account."],
)
def test_related_account_notices_give_the_reason(text):
    assert parse_notice(text).reasons == ["related_accounts"]


def test_a_books_isbn_10_is_read_as_its_asin_after_an_asin_label():
    notice = parse_notice(
        "We removed the listings below.\n"
        "ASINs under review:\n0316769487\nB07XJ8C8F3\n2070612880\n\n"
        "Case ID: 0316769487 is ours. Call 0123456789.\n"
    )

    assert notice.asins == ["0316769487", "B07XJ8C8F3", "2070612880"]


def test_ten_digits_after_an_asin_label_need_a_valid_isbn_check_digit():
    notice = parse_notice("ASIN: 1234567890 B07XJ8C8F3 043942089X\nPhone: 0316769487")

    # 1234567890 fails the ISBN-10 check; the phone line has no label.
    assert notice.asins == ["B07XJ8C8F3", "043942089X"]


def test_a_forwarded_notice_with_lines_broken_inside_names_keeps_its_reasons():
    notice = parse_notice(FORWARDED_BROKEN_LINES)

    assert notice.scope == "mfn_shipping"
    assert notice.reasons == ["late_shipment_rate", "valid_tracking_rate"]


def test_a_wrapped_line_before_a_help_link_does_not_hide_the_reason():
    notice = parse_notice(
        "Your selling privileges have been deactivated because of counterfeit complaints about\n"
        "Learn more about our Anti-Counterfeiting Policy in Seller Central.\n"
    )

    assert notice.reasons == ["inauthentic"]


# --- The date of the notice -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (FORWARDED_BROKEN_LINES, date(2026, 3, 3)),
        (FRENCH_ODR_DEFINED, date(2026, 3, 3)),
        (DATED_CANCELLATIONS, date(2026, 3, 3)),
        (FRENCH_RELATED_ACCOUNT, date(2026, 3, 5)),
        (OUTLOOK_FORWARD, date(2026, 3, 2)),
        ("Envoyé : mardi 3 mars 2026 09:41\nVotre compte a été désactivé.", date(2026, 3, 3)),
        ("On Tue, Mar 3, 2026 at 9:41 AM Amazon <x@amazon.com> wrote:\n> Hello", date(2026, 3, 3)),
        (
            "Le mar. 3 mars 2026 à 09:41, Amazon <x@amazon.fr> a écrit :\n> Bonjour",
            date(2026, 3, 3),
        ),
        ("Date: 2026-03-03\nYour account has been deactivated.", date(2026, 3, 3)),
        ("Date : 03/04/2026\nVotre compte vendeur a été désactivé.", date(2026, 4, 3)),
        ("Date: 03/24/2026\nYour account has been deactivated.", date(2026, 3, 24)),
    ],
)
def test_the_notice_date_is_read_from_the_notice(text, expected):
    assert read_notice_date(text) == expected


def test_a_forwarded_notice_is_dated_by_amazons_own_header():
    text = (
        "Date: Tue, Mar 10, 2026 at 8:00 AM\nSubject: Fwd: deactivation\n\n"
        "---------- Forwarded message ---------\n" + FORWARDED_BROKEN_LINES
    )

    assert read_notice_date(text) == date(2026, 3, 3)


@pytest.mark.parametrize(
    "text",
    [
        ODR_DEFINED,
        # Month first on Amazon.com, day first on Amazon.co.uk: not guessed.
        "Date: 03/04/2026\nYour account has been deactivated.",
        # The date of orders, not of the notice.
        "Your account has been deactivated. Orders placed on March 1, 2026 shipped late.",
    ],
)
def test_no_notice_date_is_invented(text):
    assert read_notice_date(text) is None


# --- Held-out calibration (tests/cases/appeal_corpus, issue 17): one test per fix ---------


@pytest.mark.parametrize(
    "text",
    [
        "Your Amazon Seller account has been permanently deactivated. Your listings have been "
        "removed from our site.",
        "Votre compte vendeur a été définitivement désactivé. Vos offres ont été supprimées.",
    ],
)
def test_a_permanent_deactivation_is_an_account_scope(text):
    assert parse_notice(text).scope == "account"


@pytest.mark.parametrize(
    "text",
    [
        "Your account is at risk of deactivation. We removed these listings because they "
        "contain ingredients that are restricted from sale on Amazon.",
        "Nous avons supprimé ces offres car elles enfreignent notre politique relative aux "
        "produits soumis à restrictions.",
    ],
)
def test_listings_removed_under_a_demonstrative_are_a_listings_scope(text):
    assert parse_notice(text).scope == "listings"


def test_the_funds_boilerplate_on_a_to_z_claims_is_no_reason():
    notice = parse_notice(
        "We took this action because our records indicate that this account is related to "
        "another selling account. Note that any amounts paid as a result of A-to-z Guarantee "
        "claims and chargebacks may be deducted from your seller account."
    )

    assert notice.reasons == ["related_accounts"]


def test_a_metric_said_to_be_based_on_its_defects_adds_no_reason():
    notice = parse_notice(
        "Your order defect rate does not meet our performance target of less than 1%. The "
        "order defect rate metric is based on A-to-z Guarantee claims, negative feedback, and "
        "chargebacks."
    )

    assert notice.reasons == ["order_defect_rate"]


TEMPLATE_COMPLAINT = """We have removed your listing because of a buyer complaint about the
condition of an item they received from you.

Complaint Type: {complaint_type}
ASIN: B00UB76290
"""


@pytest.mark.parametrize(
    "complaint_type, reasons",
    [("Inauthentic", ["inauthentic"]), ("Not as Advertised/Wrong Item", ["condition"])],
)
def test_amazons_complaint_template_names_the_condition_only_when_nothing_else_is_named(
    complaint_type, reasons
):
    notice = parse_notice(TEMPLATE_COMPLAINT.format(complaint_type=complaint_type))

    assert notice.reasons == reasons


@pytest.mark.parametrize(
    "text",
    [
        "We removed your listing because we received reports about the safety of this product.",
        "Nous avons retiré votre offre car nous avons reçu des signalements concernant la "
        "sécurité de ce produit.",
    ],
)
def test_the_safety_of_a_named_product_is_a_product_safety_reason(text):
    assert parse_notice(text).reasons == ["product_safety"]


def test_orders_not_received_over_a_metric_window_are_no_evidence_period():
    notice = parse_notice(
        "Votre compte vendeur Amazon a été désactivé. Votre taux de défauts de commande est de "
        "2,35 %. Sur les 60 derniers jours, nous avons constaté des réclamations pour des "
        "commandes non reçues par les clients."
    )

    assert notice.evidence_period_days is None
    assert "undelivered_orders" in notice.reasons


def test_a_numeric_date_from_amazon_co_uk_is_read_day_first():
    text = (
        "Subject: Your Amazon.co.uk selling account has been deactivated\nDate: 03/11/2024\n\n"
        "Your Amazon.co.uk selling account has been deactivated."
    )

    assert read_notice_date(text) == date(2024, 11, 3)


def test_selling_privileges_suspended_on_a_named_marketplace_are_an_account_scope():
    notice = parse_notice(
        "We have suspended your Amazon.co.uk selling privileges because of the high number of "
        "negative feedback ratings your buyers have left."
    )

    assert notice.scope == "account"


def test_the_late_dispatch_rate_of_amazon_co_uk_is_the_late_shipment_rate():
    text = "Your Late Dispatch Rate of 6.2% is above our target of 4%."

    assert parse_notice(text).reasons == ["late_shipment_rate"]
    assert read_notice_metrics(text) == {"late_shipment_rate": Decimal("6.2")}


def test_a_metric_row_that_meets_its_target_is_no_reason():
    notice = parse_notice(
        "Late Shipment Rate          5.21%      Target: under 4%\n"
        "Pre-fulfillment Cancel Rate 0.40%      Target: under 2.5%\n\n"
        "Your merchant fulfilled shipping has been restricted because your Late Shipment Rate "
        "does not meet our target."
    )

    assert notice.reasons == ["late_shipment_rate"]
