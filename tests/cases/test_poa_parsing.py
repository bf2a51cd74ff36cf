"""A plan of action written elsewhere, pasted whole: its parts found by their headings."""

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
