"""The plan of action linter: each rule fires on what Amazon rejects and stays quiet on
ordinary business text (issue 8, "The Plan of Action")."""

import pytest

from cases.appeals import PlanOfAction, Section, lint, parse_poa
from cases.appeals.guidance import guidance_for, outline_plan
from cases.appeals.reasons import REASON_CODES

CLEAN_ENGLISH = Section(
    reason="undelivered_orders",
    root_cause=(
        "Between 2 and 19 March, 23 orders shipped with our regional carrier were never "
        "delivered. The carrier lost the parcels at its Leeds depot, and we did not monitor "
        "parcels without a delivery scan."
    ),
    actions_taken=(
        "Please find attached the carrier's investigation report. We refunded the 23 buyers "
        "on 21 March and apologized to each customer. In case of a lost parcel we now reship "
        "within 24 hours. One buyer wrote: \u201cApologies for any delay in the attached "
        "tracking report\u201d, and we answered the same day."
    ),
    preventive_measures=(
        "Since 25 March all orders ship with Royal Mail Tracked 48. Every morning the "
        "warehouse manager reviews a report of parcels without a scan for 48 hours and opens "
        "a claim with the carrier. We follow best practices for packing fragile items."
    ),
)

CLEAN_FRENCH = Section(
    reason="undelivered_orders",
    root_cause=(
        "Entre le 2 et le 19 mars, notre transporteur a perdu 23 colis ; dans ce cas, le "
        "client n'a rien reçu."
    ),
    actions_taken=(
        "Veuillez trouver ci-joint le rapport du transporteur. Nous nous sommes excusés "
        "auprès des clients et les avons remboursés dans les meilleurs délais."
    ),
    preventive_measures=(
        "Chaque matin, le responsable logistique contrôle les colis sans scan depuis 48 "
        "heures. Nous appliquons les meilleures pratiques d'emballage."
    ),
)


def rules(findings):
    return [finding.rule for finding in findings]


def plan_with(**parts):
    fields = {**CLEAN_ENGLISH.__dict__, **parts}
    return PlanOfAction(sections=[Section(**fields)])


@pytest.mark.parametrize("section", [CLEAN_ENGLISH, CLEAN_FRENCH], ids=["en", "fr"])
def test_a_factual_plan_has_no_findings(section):
    assert lint(PlanOfAction(sections=[section]), ["undelivered_orders"]) == []


@pytest.mark.parametrize(
    ("part", "rule"),
    [
        ("root_cause", "missing_root_cause"),
        ("actions_taken", "missing_actions_taken"),
        ("preventive_measures", "missing_preventive_measures"),
    ],
)
def test_an_empty_part_is_a_blocker(part, rule):
    findings = lint(plan_with(**{part: "  \n"}), ["undelivered_orders"])

    assert rules(findings) == [rule]
    assert findings[0].severity == "blocker"
    assert findings[0].section_index == 0
    assert findings[0].part == part


def test_an_untouched_outline_counts_as_missing():
    findings = lint(outline_plan(["negative_feedback"], "en"), ["negative_feedback"])

    assert rules(findings) == [
        "missing_root_cause",
        "missing_actions_taken",
        "missing_preventive_measures",
    ]


def test_an_outline_filled_in_is_no_longer_missing():
    plan = outline_plan(["negative_feedback"], "en")
    section = plan.sections[0]
    section.root_cause += "\n14 buyers complained about 9-day deliveries in March."
    section.actions_taken += "\nWe refunded them on 2 April."
    section.preventive_measures += "\nA weekly review of delivery times by the manager."

    findings = lint(plan, ["negative_feedback"])
    # Nothing is missing any more; the outline's own [placeholders] are pointed out.
    assert {f.rule for f in findings} == {"placeholder_left"}
    assert all(f.severity == "warning" for f in findings)


def test_a_plan_with_no_sections_misses_every_part():
    assert rules(lint(parse_poa("Our account was deactivated on 3 March."))) == [
        "missing_root_cause",
        "missing_actions_taken",
        "missing_preventive_measures",
    ]


def test_a_reason_of_the_notice_without_a_root_cause_is_a_blocker():
    findings = lint(PlanOfAction(sections=[CLEAN_ENGLISH]), ["undelivered_orders", "condition"])

    assert rules(findings) == ["reason_not_addressed"]
    assert "condition" in findings[0].message.lower()


def test_a_reason_named_in_the_root_cause_is_addressed_without_a_title():
    untitled = plan_with(reason=None)

    assert lint(untitled, ["undelivered_orders"]) == []
    assert rules(lint(untitled, ["late_shipment_rate"])) == ["reason_not_addressed"]


def test_a_root_cause_denying_a_reason_does_not_address_it():
    plan = plan_with(reason=None, root_cause="This was not caused by late shipments at all.")

    assert rules(lint(plan, ["late_shipment_rate"])) == ["reason_not_addressed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "This deactivation is unfair.",
        "I beg you to reinstate my account.",
        "This is my only income.",
        "We are so sorry for this.",
        "It was the customer's fault.",
        "Nous sommes vraiment désolés.",
        "Je vous en supplie, réactivez mon compte.",
    ],
)
def test_emotional_language_is_flagged_on_its_sentence(sentence):
    findings = lint(plan_with(actions_taken=f"We refunded every buyer. {sentence}"))

    assert rules(findings) == ["emotional_language"]
    assert findings[0].sentence == sentence
    assert findings[0].severity == "warning"
    assert findings[0].part == "actions_taken"


@pytest.mark.parametrize(
    "sentence",
    [
        "We sell the best quality on the market.",
        "Our customers love our chargers.",
        "We are an award-winning brand.",
        "Nos produits sont les meilleurs.",
    ],
)
def test_marketing_language_is_flagged(sentence):
    findings = lint(plan_with(root_cause=CLEAN_ENGLISH.root_cause + " " + sentence))

    assert rules(findings) == ["marketing_language"]
    assert findings[0].sentence == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "See case ID 1234567890 for details.",
        "Our support ticket #88213 explains the delay.",
        "As stated in my previous appeal, the supplier is genuine.",
        "Comme indiqué dans mon dossier précédent, le fournisseur est fiable.",
    ],
)
def test_a_reference_to_another_case_is_a_blocker(sentence):
    findings = lint(plan_with(preventive_measures=sentence))

    assert rules(findings) == ["other_cases"]
    assert findings[0].severity == "blocker"


@pytest.mark.parametrize(
    "sentence",
    [
        "We will do our best.",
        "It will never happen again.",
        "Nous ferons de notre mieux.",
        "Cela ne se reproduira plus.",
    ],
)
def test_a_vague_promise_is_flagged(sentence):
    measures = f"{CLEAN_ENGLISH.preventive_measures} {sentence}"
    findings = lint(plan_with(preventive_measures=measures))

    assert rules(findings) == ["vague_promise"]
    assert findings[0].sentence == sentence


def test_language_given_uses_that_languages_lists_only():
    plan = plan_with(actions_taken="Nous sommes désolés.")

    assert rules(lint(plan, language="fr")) == ["emotional_language"]
    assert lint(plan, language="en") == []


def test_a_part_over_the_limit_points_to_where_it_crosses_it():
    long_part = " ".join(f"Order {n} was refunded on 2 April." for n in range(1, 61))
    findings = lint(plan_with(actions_taken=long_part))

    assert rules(findings) == ["too_long"]
    # Seven words a sentence: the 43rd sentence takes the part past 300 words.
    assert findings[0].sentence == "Order 43 was refunded on 2 April."
    assert "420" in findings[0].message


def test_limits_come_from_settings(settings):
    settings.POA_MAX_PART_WORDS = 20
    settings.POA_MAX_WORDS = 10_000

    findings = lint(PlanOfAction(sections=[CLEAN_ENGLISH]))

    assert set(rules(findings)) == {"too_long"}
    assert {finding.part for finding in findings} == {
        "root_cause",
        "actions_taken",
        "preventive_measures",
    }


def test_a_whole_plan_over_the_limit_is_flagged_once():
    findings = lint(
        PlanOfAction(sections=[CLEAN_ENGLISH] * 3),
        settings={"POA_MAX_PART_WORDS": 300, "POA_MAX_WORDS": 150},
    )

    assert rules(findings) == ["too_long"]
    assert findings[0].section_index == 1


def test_blockers_come_before_warnings():
    findings = lint(plan_with(root_cause="So unfair!!", preventive_measures=""))

    assert [finding.severity for finding in findings] == ["blocker", "warning"]


def test_an_unknown_reason_code_is_refused():
    with pytest.raises(ValueError, match="bogus"):
        lint(PlanOfAction(), ["bogus"])


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_outline_is_empty_until_filled_and_its_wording_is_clean(language):
    reasons = list(REASON_CODES)
    findings = lint(outline_plan(reasons, language), reasons, language=language)

    # Three missing parts per reason, and nothing about the outline's own wording.
    assert len(findings) == 3 * len(reasons)
    assert {finding.rule for finding in findings} == {
        "missing_root_cause",
        "missing_actions_taken",
        "missing_preventive_measures",
    }


@pytest.mark.parametrize("language", ["en", "fr"])
def test_guidance_exists_for_every_reason_with_placeholders(language):
    for code in REASON_CODES:
        texts = guidance_for(code, language)
        assert texts.guidance and texts.title
        for part in ("root_cause", "actions_taken", "preventive_measures"):
            assert "[" in getattr(texts, part), (code, part)


def test_a_placeholder_left_in_a_written_part_is_pointed_out():
    from cases.appeals import PlanOfAction, Section, lint

    plan = PlanOfAction(
        sections=[
            Section(
                "negative_feedback",
                "Nine buyers complained about late parcels shipped by [carrier name].",
                "We refunded the nine buyers on 3 October.",
                "A named employee reads every review each morning.",
            )
        ]
    )
    findings = [f for f in lint(plan, ["negative_feedback"]) if f.rule == "placeholder_left"]
    assert len(findings) == 1 and findings[0].severity == "warning"
    assert "[carrier name]" in findings[0].message and "late parcels" in findings[0].sentence


def test_square_brackets_are_quiet_once_replaced():
    from cases.appeals import PlanOfAction, Section, lint

    plan = PlanOfAction(
        sections=[
            Section(
                "negative_feedback",
                "Nine buyers complained about late parcels shipped by UPS.",
                "We refunded the nine buyers on 3 October.",
                "A named employee reads every review each morning.",
            )
        ]
    )
    assert not [f for f in lint(plan, ["negative_feedback"]) if f.rule == "placeholder_left"]
