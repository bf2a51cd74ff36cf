"""Which reasons of the notice a plan's sections answer (the linter's reason_not_addressed).

Amazon asks for "a response for each root cause" (docs/domain.md, Reinstatement; Seller
Central's help page on plans of action). Sellers answer in their own words, so the words of a
root cause decide little on their own:

- a section titled with a reason answers that reason;
- with a single reason in the notice, any section whose root cause states what went wrong
  answers it, unless the section names a different reason (a root cause on late shipments
  does not answer a product safety notice). A reason whose metric is made of others answers
  through them: Amazon's help page says a high Order Defect Rate "can arise from negative
  feedback and undelivered orders";
- with several reasons, the reasons each root cause names, or is about (stemmed, fuzzy cue
  words per reason), decide which section answers which; a section that names none answers
  one reason left over;
- a root cause that only denies ("We did nothing wrong", "La réclamation est infondée"),
  only asks, or says it does not know why, answers nothing.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz

from . import lexicon, mentions, pasted_text

# Amazon's metrics made of other defects: a root cause on one of these answers the metric.
COMPONENTS = {
    "order_defect_rate": frozenset(
        {"negative_feedback", "undelivered_orders", "condition", "inauthentic",
         "late_shipment_rate"}
    ),
    "negative_feedback": frozenset(
        {"undelivered_orders", "condition", "inauthentic", "late_shipment_rate"}
    ),
}  # fmt: skip
TOKEN = re.compile(r"[^\W_]+")
# Suffixes taken off a word before comparing (English and French, longest first): "shipped",
# "shipping" and "shipment" all read "ship"; "annulées" and "annulation" read "annul".
SUFFIXES = ("ations", "ation", "ements", "ement", "ments", "ment", "ings", "ing", "ees", "ies",
            "ied", "ers", "er", "ed", "es", "ee", "s", "e", "x")  # fmt: skip
STEM_MIN_LETTERS = 3
# A cue word this long or longer also matches a word spelled a little differently
# ("shipmnet"); rapidfuzz ratio, 0-100.
FUZZY_MIN_LETTERS = 5
FUZZY_MIN_RATIO = 88
# A section is about a reason when that reason's cues count at least this share of the cues
# of the reason it is most about: two reasons answered in one section both count.
CUE_SHARE = 1 / 3


def stem(word):
    word = lexicon.fold(word).lower()
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= STEM_MIN_LETTERS:
            return word[: -len(suffix)]
    return word


def _stems(text):
    return [stem(token) for token in TOKEN.findall(lexicon.fold(text or ""))]


def _same(word, cue):
    if word == cue or (len(cue) >= 4 and word.startswith(cue)):
        return True
    short = min(len(word), len(cue)) < FUZZY_MIN_LETTERS
    return not short and fuzz.ratio(word, cue) >= FUZZY_MIN_RATIO


@cache
def _cues():
    """{reason code: [cue as a tuple of stems]} over every language."""
    cues = {}
    for words in lexicon.lexicons():
        for code, entries in words.REASON_CUES.items():
            cues.setdefault(code, []).extend(tuple(_stems(entry)) for entry in entries)
    return cues


def cue_count(text, code):
    """How many places of the text use one of the reason's cue words; cues that overlap
    ("taux de défaut" and "défaut") count once."""
    words = _stems(text)
    spans = []
    for cue in _cues().get(code, []):
        width = len(cue)
        spans += [
            (i, i + width)
            for i in range(len(words) - width + 1)
            if all(_same(word, part) for word, part in zip(words[i : i + width], cue, strict=True))
        ]
    count, reached = 0, -1
    for start, end in sorted(spans):
        if start >= reached:
            count += 1
        reached = max(reached, end)
    return count


@dataclass
class Reading:
    """A root cause read sentence by sentence."""

    statements: list = field(default_factory=list)  # neither a question nor a denial
    denies: bool = False
    named: Counter = field(default_factory=Counter)  # reasons asserted: how many statements
    denied: set = field(default_factory=set)  # reasons a statement denies

    @property
    def substantive(self):
        return bool(self.statements) and not self.denies

    def subjects(self):
        """The reasons the root cause is about: named in at least half of its statements (a
        reason named once in passing, "the first answer did not arrive", is not its subject)."""
        return {code for code, n in self.named.items() if 2 * n >= len(self.statements)}


def _mentioned(sentence):
    """(asserted, denied) reason codes of a sentence."""
    folded = lexicon.fold(sentence)
    asserted = {code for code, _ in mentions.reason_mentions(sentence, include_passing=True)}
    denied = {
        code
        for code, pattern in lexicon.keyed("REASON_PATTERNS").items()
        for match in pattern.finditer(folded)
        if mentions.is_denied(folded, match.start(), match.end())
    }
    return asserted, denied - asserted


def read_root_cause(text):
    reading = Reading()
    denial = lexicon.any_of("ROOT_CAUSE_DENIALS")
    for sentence in pasted_text.split_sentences(text or ""):
        if denial.search(lexicon.fold(sentence)):
            reading.denies = True
            continue
        if sentence.rstrip().endswith("?"):
            continue
        asserted, denied = _mentioned(sentence)
        reading.named.update(asserted)
        reading.denied |= denied
        reading.statements.append(sentence)
    return reading


def _answers_the_only_reason(section, reading, code):
    related = {code} | COMPONENTS.get(code, frozenset())
    if section.reason in related or set(reading.named) & related:
        return True
    if not reading.substantive or reading.denied & related:
        return False
    # A section about a different reason answers that one, not the notice's.
    return section.reason is None and not reading.subjects()


def _claims(section, reading, required):
    """The reasons of the notice a section answers by its title or its words."""
    claimed = {section.reason} & set(required)
    claimed |= set(reading.named) & set(required)
    if section.reason is None and reading.substantive:
        text = " ".join(reading.statements)
        counts = {code: cue_count(text, code) for code in required}
        most = max(counts.values(), default=0)
        claimed |= {code for code, n in counts.items() if n and n >= most * CUE_SHARE}
    return claimed


def unanswered(sections, required):
    """The reasons of `required` (in order) that no section answers."""
    required = list(dict.fromkeys(required))
    if not required:
        return []
    readings = [read_root_cause(section.root_cause) for section in sections]
    if len(required) == 1:
        code = required[0]
        answered = any(
            _answers_the_only_reason(section, reading, code)
            for section, reading in zip(sections, readings, strict=True)
        )
        return [] if answered else [code]
    claims = [
        _claims(section, reading, required)
        for section, reading in zip(sections, readings, strict=True)
    ]
    left = [code for code in required if not any(code in claimed for claimed in claims)]
    # A section that states a cause but names no reason answers one reason left over.
    free = sum(
        1
        for section, reading, claimed in zip(sections, readings, claims, strict=True)
        if not claimed and section.reason is None and reading.substantive
    )
    return left[free:]
