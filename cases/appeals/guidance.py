"""Guidance and a starting outline for each reason, in English and French.

The texts are written for this product (guidance_texts/en.py, fr.py): factual, with
[placeholders] the person replaces with their own facts. An outline left untouched is
empty for the linter, so nobody sends Amazon a template by mistake.
"""

from dataclasses import dataclass

from . import lexicon
from .guidance_texts import en, fr
from .poa import PlanOfAction, Section
from .reasons import REASON_CODES

TEXTS = {"en": en.GUIDANCE, "fr": fr.GUIDANCE}


@dataclass(frozen=True)
class ReasonGuidance:
    reason: str
    language: str
    title: str
    guidance: str
    root_cause: str
    actions_taken: str
    preventive_measures: str


def guidance_for(reason, language="en"):
    if reason not in REASON_CODES:
        raise ValueError(f"unknown reason code {reason!r}")
    if language not in TEXTS:
        raise ValueError(f"unknown language {language!r}")
    texts = TEXTS[language][reason]
    return ReasonGuidance(
        reason=reason,
        language=language,
        title=lexicon.LEXICONS[language].REASON_TITLES[reason],
        **texts,
    )


def outline_section(reason, language="en"):
    texts = guidance_for(reason, language)
    return Section(reason, texts.root_cause, texts.actions_taken, texts.preventive_measures)


def outline_plan(reasons, language="en"):
    """A plan with one outlined section per reason, ready to be filled in."""
    return PlanOfAction(sections=[outline_section(reason, language) for reason in reasons])
