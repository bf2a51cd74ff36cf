"""The plan of action linter: what Amazon's reviewers reject, found before they see it.

Rules come from docs/domain.md (Reinstatement): every reason needs its root cause, actions
taken and preventive measures; the plan is factual, without emotional language, without selling,
without references to other support cases, questions to Amazon, blame on others or the
company's story; and concise. Each finding points to the sentence
at fault so the person can fix it where it stands.
"""

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass

from django.conf import settings as django_settings
from django.utils.translation import gettext as _

from . import answers, lexicon, pasted_text
from .reasons import PARTS, REASON_CODES, reason_label

BLOCKER = "blocker"
WARNING = "warning"
DEFAULT_MAX_PART_WORDS = 300
DEFAULT_MAX_WORDS = 1200

PLACEHOLDER = re.compile(r"\[[^\]\n]*\]")
# What stays of an untouched outline line once its placeholder is gone: "- Orders affected:".
LABEL_LINE = re.compile(r"^\s*(?:[-*•·]\s*)?[^.!?\n]{0,80}:\s*$")
LABEL_MAX_WORDS = 8
# Straight and typographic quotation marks: a customer quoted is evidence, not our wording.
QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”]*”|«[^»]*»|„[^“”]*[“”]")


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    message: str
    sentence: str
    section_index: int | None = None
    part: str | None = None

    def to_dict(self):
        """The finding as lint_poa --format json prints it."""
        data = asdict(self)
        return {key: data[key] for key in ("rule", "severity", "message", "sentence")}


def _messages():
    """Messages in plain words, translated in the language active when the linter runs."""
    return {
        "missing_root_cause": _(
            "%(section)s has no root cause. Explain what went wrong in your own process, "
            "with dates and numbers."
        ),
        "missing_actions_taken": _(
            "%(section)s has no actions taken. List what you have already done to fix the "
            "problem, with dates."
        ),
        "missing_preventive_measures": _(
            "%(section)s has no preventive measures. Say what will stop it happening again: "
            "who checks what, and how often."
        ),
        "reason_not_addressed": _(
            "No root cause speaks about %(reason)s. Amazon needs an answer for every reason "
            "in the notice: add a section for it."
        ),
        "emotional_language": _(
            "Emotional wording. Keep to facts: leave out apologies, pleading, blame and "
            "personal hardship."
        ),
        "marketing_language": _(
            "This sentence promotes your product or company. A plan of action only states "
            "facts about the problem."
        ),
        "other_cases": _(
            "This refers to another support case, ticket or earlier appeal. The plan must "
            "stand on its own: remove the reference."
        ),
        "vague_promise": _(
            "A promise without a concrete measure. Say what you will do, who does it and how often."
        ),
        "questions_to_amazon": _(
            "A question to Amazon. A plan of action gives answers and asks nothing: remove the "
            "question and state the facts you know."
        ),
        "blame": _(
            "This puts the blame on someone else (a buyer, a competitor, the carrier or Amazon). "
            "Say what went wrong in your own process and what you changed."
        ),
        "company_biography": _(
            "This tells the story of your company (its size, age, experience or record). Amazon "
            "only reads facts about the problem: leave it out."
        ),
        "part_too_long": _(
            "This part has %(words)s words, more than %(limit)s. Shorter, factual parts are "
            "read more carefully."
        ),
        "placeholder_left": _(
            "An outline placeholder is still in this part: replace “%(placeholder)s” with your "
            "own facts before sending the plan."
        ),
        "plan_too_long": _(
            "The plan has %(words)s words, more than %(limit)s. Cut what does not explain the "
            "cause, the actions or the prevention."
        ),
    }


WORDING_RULES = {
    "emotional_language": WARNING,
    "marketing_language": WARNING,
    "other_cases": BLOCKER,
    "vague_promise": WARNING,
    "questions_to_amazon": WARNING,
    "blame": WARNING,
    "company_biography": WARNING,
}


# Every rule code a finding can carry, with its severity and what it flags (lint_poa --help
# and the README list them from here).
RULES = {
    "missing_root_cause": (BLOCKER, "a section without its root cause"),
    "missing_actions_taken": (BLOCKER, "a section without the actions already taken"),
    "missing_preventive_measures": (BLOCKER, "a section without preventive measures"),
    "reason_not_addressed": (BLOCKER, "a reason of the notice that no section answers"),
    "other_cases": (BLOCKER, "a reference to another case, ticket or earlier appeal"),
    "placeholder_left": (WARNING, "an outline's [placeholder] left in a written part"),
    "emotional_language": (WARNING, "apologies, pleading, hardship"),
    "marketing_language": (WARNING, "selling the product or the company"),
    "vague_promise": (WARNING, "a promise without a concrete measure"),
    "questions_to_amazon": (WARNING, "a question put to Amazon"),
    "blame": (WARNING, "blame on buyers, competitors, the carrier or Amazon"),
    "company_biography": (WARNING, "the company's story: size, age, experience"),
    "too_long": (WARNING, "a part or the whole plan over its word limit"),
}


def _limits(settings):
    settings = django_settings if settings is None else settings
    if isinstance(settings, Mapping):
        get = settings.get
    else:

        def get(name, default):
            return getattr(settings, name, default)

    return (
        get("POA_MAX_PART_WORDS", DEFAULT_MAX_PART_WORDS),
        get("POA_MAX_WORDS", DEFAULT_MAX_WORDS),
    )


def is_unfilled(text):
    """Empty, or nothing but the outline's labels and [placeholders] left."""
    lines = PLACEHOLDER.sub("", text or "").split("\n")
    kept = [
        line
        for line in lines
        if not (LABEL_LINE.match(line) and pasted_text.count_words(line) <= LABEL_MAX_WORDS)
    ]
    return not re.search(r"\w", "\n".join(kept))


def _section_name(section, index, plan):
    if section.reason:
        return _("The section on %(reason)s") % {"reason": reason_label(section.reason)}
    if len(plan.sections) > 1:
        return _("Section %(number)s") % {"number": index + 1}
    return _("The plan")


def missing_parts(plan, messages):
    if not plan.sections:
        name = _("The plan")
        return [
            Finding(f"missing_{part}", BLOCKER, messages[f"missing_{part}"] % {"section": name}, "")
            for part in PARTS
        ]
    return [
        Finding(
            f"missing_{part}",
            BLOCKER,
            messages[f"missing_{part}"] % {"section": _section_name(section, index, plan)},
            "",
            section_index=index,
            part=part,
        )
        for index, section in enumerate(plan.sections)
        for part in PARTS
        if is_unfilled(getattr(section, part))
    ]


def placeholders_left(plan, messages):
    """A part written but still holding an outline's [placeholder] would reach Amazon as is."""
    findings = []
    for index, section in enumerate(plan.sections):
        for part in PARTS:
            text = getattr(section, part) or ""
            match = PLACEHOLDER.search(text)
            if match and not is_unfilled(text):
                line = next(li for li in text.split("\n") if match.group(0) in li).strip()
                findings.append(
                    Finding(
                        "placeholder_left",
                        WARNING,
                        messages["placeholder_left"] % {"placeholder": match.group(0)},
                        line,
                        section_index=index,
                        part=part,
                    )
                )
    return findings


def reasons_not_addressed(plan, required_reasons, messages):
    return [
        Finding(
            "reason_not_addressed",
            BLOCKER,
            messages["reason_not_addressed"] % {"reason": reason_label(code)},
            "",
        )
        for code in answers.unanswered(plan.sections, required_reasons)
    ]


def _texts(plan):
    """(section_index, part, text) of everything the person wrote, in reading order."""
    yield None, "introduction", plan.introduction
    for index, section in enumerate(plan.sections):
        for part in PARTS:
            yield index, part, getattr(section, part)
    yield None, "closing", plan.closing


def _masked(text):
    """The text with quotations blanked out, offsets unchanged."""
    return QUOTED.sub(lambda match: " " * len(match.group(0)), text)


def wording(plan, language, messages):
    rules = {rule: lexicon.linter_rule(rule, language) for rule in WORDING_RULES}
    findings = []
    for index, part, text in _texts(plan):
        masked = lexicon.fold(_masked(text))
        for start, end in pasted_text.sentence_spans(text):
            sentence = " ".join(text[start:end].split())
            for rule, (patterns, exceptions) in rules.items():
                checked = exceptions.sub(lambda m: " " * len(m.group(0)), masked[start:end])
                if patterns.search(checked):
                    severity = WORDING_RULES[rule]
                    findings.append(Finding(rule, severity, messages[rule], sentence, index, part))
    return findings


def _sentence_crossing(text, limit, already=0):
    """The sentence in which the running word count passes `limit`."""
    count = already
    for start, end in pasted_text.sentence_spans(text):
        count += pasted_text.count_words(text[start:end])
        if count > limit:
            return " ".join(text[start:end].split()), count
    return None, count


def too_long(plan, max_part_words, max_words, messages):
    findings = []
    for index, part, text in _texts(plan):
        words = pasted_text.count_words(text)
        if part in PARTS and words > max_part_words:
            sentence, _count = _sentence_crossing(text, max_part_words)
            message = messages["part_too_long"] % {"words": words, "limit": max_part_words}
            findings.append(Finding("too_long", WARNING, message, sentence, index, part))
    total = plan.word_count()
    if total > max_words:
        counted = 0
        for index, part, text in _texts(plan):
            sentence, counted = _sentence_crossing(text, max_words, counted)
            if sentence:
                message = messages["plan_too_long"] % {"words": total, "limit": max_words}
                findings.append(Finding("too_long", WARNING, message, sentence, index, part))
                break
    return findings


def lint(plan, required_reasons=(), language=None, settings=None):
    """Findings on the plan, blockers first; `language` None checks every language's lists.

    `settings` defaults to Django's (POA_MAX_PART_WORDS, POA_MAX_WORDS); a dict works too.
    """
    unknown = [code for code in required_reasons if code not in REASON_CODES]
    if unknown:
        raise ValueError(f"unknown reason codes: {', '.join(unknown)}")
    messages = _messages()
    max_part_words, max_words = _limits(settings)
    findings = [
        *missing_parts(plan, messages),
        *placeholders_left(plan, messages),
        *reasons_not_addressed(plan, list(dict.fromkeys(required_reasons)), messages),
        *wording(plan, language, messages),
        *too_long(plan, max_part_words, max_words, messages),
    ]
    return sorted(findings, key=lambda finding: finding.severity != BLOCKER)


def has_blocker(findings):
    return any(finding.severity == BLOCKER for finding in findings)
