"""A plan of action written elsewhere, pasted whole: its parts found by their headings."""

import pytest

from cases.appeals import PlanOfAction, Section, parse_poa, render_text

TWO_REASONS_ENGLISH = """Dear Seller Performance Team,

Please find below our plan of action.

Issue 1: Negative feedback

Root cause:
Between 1 and 20 March, 14 buyers left negative feedback because our carrier lost parcels.

Corrective actions
- We refunded the 14 buyers.
- Undelivered orders refunded
- We changed carrier.

Preventive measures:
1. A daily report of parcels without a scan.
2. A weekly review by the operations manager.

Issue 2 – Undelivered orders
1. Root cause: the carrier missed pickups on 4, 5 and 6 March.
2. Actions taken: we moved all orders to UPS on 8 March.
3. Preventive measures: a weekly pickup audit.

Thank you,
John Smith
Smith Trading LLC
"""

FRENCH_MARKDOWN = """## Taux de défauts de commande

**Cause profonde**
Notre transporteur a perdu 12 colis en mars.

**Actions correctives**
Nous avons remboursé les 12 clients le 2 avril.

**Mesures préventives**
Un contrôle quotidien des numéros de suivi.

## Commentaires négatifs
Cause profonde : des délais de livraison de 9 jours en moyenne.
Actions correctives : changement de transporteur le 5 avril.
Mesures préventives : revue hebdomadaire des commentaires par la responsable qualité.
"""


def test_english_plan_titled_per_reason():
    plan = parse_poa(TWO_REASONS_ENGLISH)

    assert [section.reason for section in plan.sections] == [
        "negative_feedback",
        "undelivered_orders",
    ]
    first, second = plan.sections
    assert first.root_cause.startswith("Between 1 and 20 March")
    assert "We changed carrier." in first.actions_taken
    assert "weekly review" in first.preventive_measures
    assert second.root_cause == "the carrier missed pickups on 4, 5 and 6 March."
    assert second.actions_taken == "we moved all orders to UPS on 8 March."
    assert second.preventive_measures == "a weekly pickup audit."


def test_greeting_and_signature_stay_out_of_the_parts():
    plan = parse_poa(TWO_REASONS_ENGLISH)

    assert plan.introduction.startswith("Dear Seller Performance Team")
    assert plan.closing.startswith("Thank you,")
    assert "John Smith" not in plan.sections[-1].preventive_measures


def test_a_list_line_naming_a_reason_does_not_open_a_section():
    plan = parse_poa(TWO_REASONS_ENGLISH)

    assert "- Undelivered orders refunded" in plan.sections[0].actions_taken
    assert len(plan.sections) == 2


def test_french_plan_with_markdown_titles_and_inline_headings():
    plan = parse_poa(FRENCH_MARKDOWN)

    assert [section.reason for section in plan.sections] == [
        "order_defect_rate",
        "negative_feedback",
    ]
    assert plan.sections[0].actions_taken == "Nous avons remboursé les 12 clients le 2 avril."
    assert plan.sections[1].root_cause == "des délais de livraison de 9 jours en moyenne."
    assert plan.sections[1].preventive_measures.startswith("revue hebdomadaire")


def test_numbered_parts_without_a_reason_title():
    plan = parse_poa(
        "1. ROOT CAUSE\nOur picker sent used returns as new items.\n\n"
        "2) Corrective Actions Taken:\nWe removed 40 returned units from stock.\n\n"
        "3. PREVENTIVE MEASURES\nEvery return is now graded before restocking.\n"
    )

    assert len(plan.sections) == 1
    section = plan.sections[0]
    assert section.reason is None
    assert section.root_cause == "Our picker sent used returns as new items."
    assert section.actions_taken == "We removed 40 returned units from stock."
    assert section.preventive_measures == "Every return is now graded before restocking."


def test_amazons_own_questions_as_headings_in_english_and_french():
    english = parse_poa(
        "What is the root cause that led to this issue?\nA mislabelled batch.\n"
        "What actions have you taken to resolve the issue?\nWe relabelled 300 units.\n"
        "What steps will you take to prevent this in the future?\nA label check per batch.\n"
    )
    french = parse_poa(
        "Quelle est la cause profonde qui a conduit à ce problème ?\nUn lot mal étiqueté.\n"
        "Quelles mesures allez-vous prendre pour résoudre le problème ?\n"
        "Nous avons réétiqueté 300 unités.\n"
        "Quelles mesures prendrez-vous pour prévenir les problèmes à l'avenir ?\n"
        "Un contrôle des étiquettes à chaque lot.\n"
    )

    for plan in (english, french):
        (section,) = plan.sections
        assert section.root_cause and section.actions_taken and section.preventive_measures
    assert french.sections[0].actions_taken == "Nous avons réétiqueté 300 unités."
    assert french.sections[0].preventive_measures == "Un contrôle des étiquettes à chaque lot."


def test_parts_repeated_without_titles_make_one_section_each():
    plan = parse_poa(
        "Root cause: late pickups.\nActions taken: new carrier.\nPreventive measures: audit.\n"
        "Root cause: missing tracking numbers.\nActions taken: uploads fixed.\n"
        "Preventive measures: daily check.\n"
    )

    assert [section.root_cause for section in plan.sections] == [
        "late pickups.",
        "missing tracking numbers.",
    ]


def test_a_title_naming_two_reasons_takes_the_one_the_case_expects():
    text = (
        "Negative feedback and the order defect rate\n"
        "Root cause: slow deliveries.\nActions taken: new carrier.\nPreventive measures: audit.\n"
    )

    assert parse_poa(text).sections[0].reason == "negative_feedback"
    assert parse_poa(text, reasons=["order_defect_rate"]).sections[0].reason == (
        "order_defect_rate"
    )


def test_text_without_headings_has_no_sections():
    plan = parse_poa("We are sorry. Please reinstate our account, we fixed everything.")

    assert plan.sections == []
    assert plan.introduction.startswith("We are sorry.")


def test_rendered_plan_reads_back_the_same():
    plan = parse_poa(TWO_REASONS_ENGLISH)

    assert parse_poa(render_text(plan, "en")) == plan
    assert parse_poa(render_text(parse_poa(FRENCH_MARKDOWN), "fr")) == parse_poa(FRENCH_MARKDOWN)


def test_plan_built_from_form_fields_renders_with_french_headings():
    plan = PlanOfAction(
        sections=[
            Section("late_shipment_rate", "Retards d'enlèvement.", "Nouveau transporteur.", ""),
            Section("valid_tracking_rate", "Numéros non saisis.", "Saisie corrigée.", "Audit."),
        ]
    )

    text = render_text(plan, "fr")

    assert text.startswith("1. Taux d'expéditions en retard\n\nCause profonde\nRetards")
    assert "2. Taux de suivi valide" in text
    assert "Actions correctives\nSaisie corrigée." in text
    assert text.count("Mesures préventives") == 1  # an empty part is left out


def test_numbered_actions_inside_a_part_stay_in_that_part():
    plan = parse_poa(
        "Action plan\n\nRoot cause: missed pickups in May.\n"
        "Corrective actions:\nAction 1: we moved to a daily pickup.\n"
        "Action 2: we shipped the 14 pending orders on 3 June.\n"
        "Measures we have put in place to prevent it: a 2 pm check of unshipped orders.\n"
    )

    (section,) = plan.sections
    assert "Action 2: we shipped the 14 pending orders" in section.actions_taken
    assert section.preventive_measures == "a 2 pm check of unshipped orders."
    assert plan.introduction == "Action plan"


def test_a_reason_after_a_part_heading_titles_the_section():
    plan = parse_poa(
        "Root cause – Negative feedback\nSlow deliveries in March.\n"
        "Actions mises en place : nouveau transporteur.\n"
        "Mesures mises en place pour éviter que cela se reproduise : revue hebdomadaire.\n"
    )

    (section,) = plan.sections
    assert section.reason == "negative_feedback"
    assert section.root_cause == "Slow deliveries in March."
    assert section.actions_taken == "nouveau transporteur."
    assert section.preventive_measures == "revue hebdomadaire."


# --- Plans written under Amazon's own prompts (issue 17) ----------------------------------
# Amazon's notice asks for "the root cause of the issue", "the actions you have taken to
# resolve the issue" and "the steps you have taken to prevent the issue going forward";
# sellers keep those words as their headings, in English and French.

AMAZON_PROMPTS = """Dear Seller Performance Team,

Thank you for the opportunity to explain what happened with our Order Defect Rate.

The root cause of the issue
Between 2 and 28 February, 11 buyers filed A-to-z Guarantee claims because their parcels
arrived 6 to 10 days late. We had moved our merchant-fulfilled orders to a new regional
carrier on 1 February without checking its delivery times.

The actions we have taken to resolve the issue
- On 2 March we refunded the 11 buyers in full.
- On 3 March we moved every merchant-fulfilled order back to Royal Mail Tracked 48.

The steps we have taken to prevent the issue going forward
- Every morning our warehouse manager reviews the parcels without a carrier scan for 48
  hours and reships them.
- We review the Order Defect Rate every Monday and act when it passes 0.7%.

Sincerely,
Harbour Goods Ltd
"""

FRENCH_PROMPTS = """Madame, Monsieur,

Analyse de la cause
Entre le 3 et le 24 février, 9 clients ont déposé une réclamation au titre de la garantie A à
Z car leur colis est arrivé avec plus de huit jours de retard.

Les mesures que nous avons prises pour résoudre le problème
Le 2 mars, nous avons remboursé les 9 clients et réexpédié les 14 colis bloqués.

Les mesures que nous avons prises pour éviter que le problème ne se reproduise
Chaque matin, notre responsable logistique contrôle les colis sans scan depuis 48 heures.

Cordialement,
Boutique Lavande SARL
"""


def test_a_plan_under_amazons_prompts_has_its_three_parts():
    plan = parse_poa(AMAZON_PROMPTS)

    (section,) = plan.sections
    assert section.root_cause.startswith("Between 2 and 28 February")
    assert section.actions_taken.startswith("- On 2 March we refunded")
    assert section.preventive_measures.startswith("- Every morning our warehouse manager")
    assert "Royal Mail" not in section.preventive_measures
    assert plan.introduction.startswith("Dear Seller Performance Team")
    assert plan.closing.startswith("Sincerely,")


def test_a_french_plan_under_amazons_prompts_has_its_three_parts():
    (section,) = parse_poa(FRENCH_PROMPTS).sections

    assert section.root_cause.startswith("Entre le 3 et le 24 février")
    assert section.actions_taken.startswith("Le 2 mars, nous avons remboursé")
    assert section.preventive_measures.startswith("Chaque matin")


@pytest.mark.parametrize(
    ("heading", "part"),
    [
        ("Root Cause Analysis:", "root_cause"),
        ("Why did this happen?", "root_cause"),
        ("Our root cause", "root_cause"),
        ("The actions we've taken", "actions_taken"),
        ("Immediate Actions Taken:", "actions_taken"),
        ("Steps taken to fix the problem", "actions_taken"),
        ("Long-Term Preventive Measures:", "preventive_measures"),
        ("The steps you have taken to prevent the issue going forward", "preventive_measures"),
        ("To prevent recurrence", "preventive_measures"),
        ("L'analyse des causes profondes", "root_cause"),
        ("Cause principale du problème", "root_cause"),
        ("Mesures correctives mises en œuvre", "actions_taken"),
        ("Les actions que nous avons menées", "actions_taken"),
        ("Mesures pour que cela ne se reproduise plus", "preventive_measures"),
        (
            "Les mesures prises pour empêcher que le problème ne se reproduise",
            "preventive_measures",
        ),
    ],
)
def test_usual_variants_of_the_headings_open_their_part(heading, part):
    (section,) = parse_poa(f"{heading}\nTwelve orders were affected on 3 March.\n").sections

    assert getattr(section, part) == "Twelve orders were affected on 3 March."


def test_a_reason_title_over_nine_words_still_titles_its_section():
    plan = parse_poa(
        "Issue 1: Order Defect Rate above target because of late deliveries by our regional "
        "carrier in February\n"
        "Root cause: our carrier delivered 140 parcels 6 to 10 days late.\n"
        "Corrective actions: on 2 March we refunded the 11 buyers and changed carrier.\n"
        "Preventive measures: the warehouse manager checks parcels without a scan daily.\n"
        "Issue 2 - Pre-fulfillment cancellation rate exceeded 2.5% because our inventory "
        "synchronisation failed\n"
        "Root cause: our inventory feed stopped on 12 February.\n"
        "Corrective actions: we restored the feed on 14 February.\n"
        "Preventive measures: an alert when the feed has not run for two hours.\n"
    )

    assert [section.reason for section in plan.sections] == [
        "order_defect_rate",
        "cancellation_rate",
    ]
    assert plan.introduction == ""


def test_a_long_unmarked_line_naming_a_reason_stays_in_its_part():
    plan = parse_poa(
        "Root cause: slow deliveries in March.\n"
        "Actions taken:\n"
        "Undelivered orders were refunded to all eleven buyers within two days of their message\n"
        "We changed carrier on 4 March.\n"
        "Preventive measures: a weekly review of delivery times.\n"
    )

    (section,) = plan.sections
    assert "Undelivered orders were refunded" in section.actions_taken
    assert "We changed carrier" in section.actions_taken


def test_plain_english_headings_what_went_wrong_done_and_will_do_open_the_three_parts():
    plan = parse_poa(
        "What went wrong\nWe listed 25 returned scales as New.\n\n"
        "What we have done\nWe refunded the 6 buyers on 16 March.\n\n"
        "What we will do going forward\nOnly units with an intact seal are listed as New.\n"
    )

    (section,) = plan.sections
    assert section.root_cause == "We listed 25 returned scales as New."
    assert section.actions_taken == "We refunded the 6 buyers on 16 March."
    assert section.preventive_measures == "Only units with an intact seal are listed as New."


def test_immediate_corrective_actions_open_the_actions_taken():
    plan = parse_poa(
        "1. Root Cause Analysis\nParcels were left at the wrong address.\n\n"
        "2. Immediate Corrective Actions\nAll 22 buyers were refunded.\n\n"
        "3. Long-term Preventive Measures\nOrders above $100 ship with a signature.\n"
    )

    (section,) = plan.sections
    assert section.actions_taken == "All 22 buyers were refunded."


def test_french_causes_and_long_term_measures_open_their_parts():
    plan = parse_poa(
        "Causes\nLes colis partaient sans suivi jusqu'à la livraison.\n\n"
        "Actions immédiates\nLes 12 clients ont été remboursés.\n\n"
        "Mesures à long terme\nToutes les commandes partent en Colissimo avec suivi.\n"
    )

    (section,) = plan.sections
    assert section.root_cause == "Les colis partaient sans suivi jusqu'à la livraison."
    assert section.preventive_measures == "Toutes les commandes partent en Colissimo avec suivi."


@pytest.mark.parametrize(
    "headings",
    [
        ("What happened:", "What we did to fix it:", "How we will stop it happening again:"),
        (
            "What was the root cause that led to the issue?",
            "What actions will you take to resolve the issue?",
            "What steps will you take to prevent future issues?",
        ),
        ("Issue identification:", "Corrective action:", "Prevention:"),
        ("Ce qui s'est passé", "Ce que nous avons corrigé", "Ce que nous changeons pour l'avenir"),
        (
            "Quelle était la cause du problème ?",
            "Quelles mesures avez-vous prises pour résoudre le problème ?",
            "Quels moyens comptez-vous mettre en place pour éviter tout problème à l'avenir ?",
        ),
        (
            "Ce qui a causé le problème",
            "Ce que nous avons mis en place",
            "Comment nous éviterons que cela se reproduise",
        ),
    ],
)
def test_headings_in_other_words_open_the_part_they_are_about(headings):
    cause, done, prevention = headings
    plan = parse_poa(
        f"{cause}\n14 buyers received the wrong size.\n\n"
        f"{done}\nThe 14 buyers were refunded.\n\n"
        f"{prevention}\nEvery item is scanned before packing.\n"
    )

    (section,) = plan.sections
    assert section.root_cause == "14 buyers received the wrong size."
    assert section.actions_taken == "The 14 buyers were refunded."
    assert section.preventive_measures == "Every item is scanned before packing."


def test_a_question_to_amazon_on_its_own_line_opens_no_part():
    plan = parse_poa(
        "Root cause\nOur packer was on leave.\n\n"
        "Why was our account deactivated?\nWe shipped 40 orders late.\n\n"
        "Actions taken\nWe trained two more packers.\n"
    )

    (section,) = plan.sections
    assert "Why was our account deactivated?" in section.root_cause


def test_the_line_under_a_part_heading_is_its_text_not_a_reason_title():
    plan = parse_poa(
        "Root cause\nWe are not sure why our cancellation rate went up?\n"
        "Actions taken\nWe recounted our stock.\n"
        "Preventive measures\nThe stock is synchronised every hour.\n"
    )

    (section,) = plan.sections
    assert section.root_cause == "We are not sure why our cancellation rate went up?"


def test_a_document_title_naming_the_plan_of_action_opens_no_part():
    plan = parse_poa(
        "Plan of Action – Order Defect Rate\n\n"
        "Root cause\n12 parcels were lost.\n\n"
        "Corrective actions\nThe buyers were refunded.\n\n"
        "Preventive measures\nA daily report of parcels without a scan.\n"
    )

    assert len(plan.sections) == 1


def test_short_lines_of_a_list_stay_in_their_part_even_when_they_read_like_headings():
    plan = parse_poa(
        "Root cause\nOur label printer broke on 2 March.\n\n"
        "Corrective actions\n\nRefunded all 12 buyers\n\nFixed the label printer\n\n"
        "Preventive measures\nA spare printer is kept.\n"
    )

    (section,) = plan.sections
    assert section.actions_taken == "Refunded all 12 buyers\n\nFixed the label printer"
