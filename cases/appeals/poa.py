"""The plan of action: one section per reason, each with three parts (docs/domain.md).

A plan comes either from the web form (built directly as PlanOfAction/Section) or pasted
whole from elsewhere; parse_poa finds its parts by their headings, in English or French,
numbered ("1. Root cause") or titled per reason ("Issue 2: Negative feedback").
"""

import re
from dataclasses import asdict, dataclass, field

from . import lexicon, mentions, pasted_text
from .reasons import PARTS

# "1.", "2)", "1.1", "IV.", "b)", "Step 2 -", "# ", "**": what numbers or marks a heading.
NUMBERING = re.compile(
    r"^(?:(?:step|[ée]tape|part|partie)\s+)?"
    r"(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]|\d{1,2}\s*[:\-–—]|[ivx]{1,4}[.)]|[a-h][.)])\s+",
    re.IGNORECASE,
)
MARKUP = re.compile(r"^[\s#>*_=]+|[\s*_=]+$")
INLINE_BODY = re.compile(r"^([^:.!?]{0,60}?)\s*(?::|\s[-–—]\s)\s*(.*)$")
BULLET_LINE = re.compile(r"^\s*[-*•·▪◦–—]\s")
EXPLICIT_MARKS = re.compile(r"^\s*(#|\*\*|__)")
HEADING_MAX_WORDS = 12
HEADING_QUALIFIER_MAX_WORDS = 8
# A sign-off followed by at most this many lines (name, company, phone) closes the plan.
SIGNATURE_MAX_LINES = 4
REASON_TITLE_MAX_WORDS = 9
REASON_TITLE_MAX_WORDS_MARKED = 25
# A heading in words no list has: up to this many words when it ends with ":" or "?" (Amazon's
# own "Quels moyens comptez-vous mettre en place pour éviter tout problème à l'avenir ?"),
# this many when it only stands alone at the start of a block ("Ce qui s'est passé").
CUED_HEADING_MAX_WORDS = 16
CUED_HEADING_UNMARKED_MAX_WORDS = 8


@dataclass
class Section:
    reason: str | None = None
    root_cause: str = ""
    actions_taken: str = ""
    preventive_measures: str = ""

    def parts(self):
        return {part: getattr(self, part) for part in PARTS}

    def word_count(self):
        return sum(pasted_text.count_words(text) for text in self.parts().values())

    def to_dict(self):
        return asdict(self)


@dataclass
class PlanOfAction:
    sections: list[Section] = field(default_factory=list)
    # Text outside any part: a greeting, or a paragraph between a reason title and its parts.
    introduction: str = ""
    # The sign-off and the name under it.
    closing: str = ""

    def word_count(self):
        own = pasted_text.count_words(self.introduction) + pasted_text.count_words(self.closing)
        return own + sum(section.word_count() for section in self.sections)

    def to_dict(self):
        return asdict(self)


@dataclass
class _Heading:
    part: str | None  # None: a reason title opening a new section
    reason: str | None
    body: str = ""
    line: str = ""


def _strip_heading_marks(line):
    """ "**2. Root cause:**" → "Root cause:" """
    stripped = MARKUP.sub("", line.strip())
    numbered = NUMBERING.match(stripped)
    if numbered:
        stripped = stripped[numbered.end() :]
    return MARKUP.sub("", stripped).strip()


def _reason_in(text, preferred=()):
    """The reason a heading names; among several, one the case expects comes first."""
    codes = [code for code, _ in mentions.reason_mentions(text, include_passing=True)]
    if not codes and mentions.policy_violation_mentioned(text):
        codes = ["other_policy"]
    return next((code for code in codes if code in preferred), codes[0] if codes else None)


def _names_only_a_reason(text, preferred):
    short = pasted_text.count_words(text) <= REASON_TITLE_MAX_WORDS // 2
    return short and not text.rstrip().endswith(".") and _reason_in(text, preferred) is not None


def _part_heading(text, preferred):
    """The part a line opens, when it is a heading: "Root cause", "Mesures préventives:"."""
    folded = lexicon.fold(text)
    # "The actions...", "Les mesures...", "L'analyse..."; "Lavande" starts with no article.
    articles = lexicon.any_of("HEADING_ARTICLES").pattern
    article = re.match(rf"(?:{articles})(?:\s+|(?<=')(?=\w))", folded, re.IGNORECASE)
    start = article.end() if article else 0
    longest = None
    for part, pattern in lexicon.keyed("PART_HEADINGS").items():
        match = pattern.match(folded, start)
        if match and (longest is None or match.end() > longest[1]):
            longest = (part, match.end())
    if longest is None:
        return None
    part, end = longest
    if end < len(text) and text[end].isalnum():
        return None  # "Actionable" is not "Action"
    if lexicon.any_of("DOCUMENT_TITLES").match(folded):
        return None  # "Action plan" titles the whole document
    inline = INLINE_BODY.match(text[end:])
    if inline:
        qualifier, body = inline.groups()
        if _names_only_a_reason(body, preferred):
            qualifier, body = f"{qualifier} {body}", ""  # "Root cause – Negative feedback"
        return _Heading(part, _reason_in(text[:end] + qualifier, preferred), body.strip())
    # Amazon's prompts run long ("Les mesures que nous avons prises pour éviter que le
    # problème ne se reproduise"): past the part's own words, only a short qualifier follows.
    short = pasted_text.count_words(text) <= HEADING_MAX_WORDS
    qualified = pasted_text.count_words(text[end:]) <= HEADING_QUALIFIER_MAX_WORDS
    if (short or qualified) and not text.endswith("."):
        return _Heading(part, _reason_in(text, preferred))
    return None


def _is_block_start(lines, index):
    return index == 0 or not lines[index - 1].strip()


def _next_text(stripped, index):
    return next((i for i in range(index + 1, len(stripped)) if stripped[i]), None)


def _cued_heading(lines, stripped, index):
    """A heading in words no list has ("What happened:", "Ce que nous avons corrigé"): a short
    line of its own, shaped as a heading, naming what its part is about. Prevention is asked
    first: "What steps will you take to prevent future issues?" also names steps taken."""
    line, text = lines[index], stripped[index]
    words = pasted_text.count_words(text)
    if not text or BULLET_LINE.match(line) or words > CUED_HEADING_MAX_WORDS:
        return None
    if len(pasted_text.split_sentences(text)) > 1 or text.endswith((".", "!")):
        return None  # prose, not a heading
    following = _next_text(stripped, index)
    if following is None:
        return None  # a last line is a closing remark or a question, never a part
    asked = text.endswith((":", "?", "："))
    marked = EXPLICIT_MARKS.match(line)
    short = words <= CUED_HEADING_UNMARKED_MAX_WORDS
    # Unmarked, a short line is a heading only at the start of a block and without figures:
    # "Refunded 12 buyers on 3 March" is a line of a list.
    alone = short and _is_block_start(lines, index) and not re.search(r"\d", text)
    if not (asked or marked or alone):
        return None
    folded = lexicon.fold(text)
    if lexicon.any_of("DOCUMENT_TITLES").search(folded):
        return None  # "Plan of Action – Order Defect Rate" titles the whole document
    questions, prompts = lexicon.linter_rule("questions_to_amazon")
    if questions.search(prompts.sub(lambda match: " " * len(match.group(0)), folded)):
        return None  # "Why was our account deactivated?" asks Amazon; it opens no part
    for part in ("preventive_measures", "actions_taken", "root_cause"):
        if lexicon.keyed("PART_HEADING_CUES")[part].search(folded):
            return _Heading(part, None)
    return None


def _heading_word_number(text):
    words = lexicon.any_of("REASON_HEADING_WORDS").pattern
    return re.match(
        rf"^(?:{words})\s*(?:n°|no\.?|#)?\s*\d{{1,2}}\b\s*[:.\-–—]?\s*", lexicon.fold(text), re.I
    )


def _reason_title(line, text, next_heading, preferred):
    """A line titling a reason's section: "Issue 2: Negative feedback", "## Comptes liés"."""
    if BULLET_LINE.match(line) or text.endswith(".") or not text:
        return None
    words = pasted_text.count_words(text)
    numbered_word = _heading_word_number(text)
    marked = numbered_word or EXPLICIT_MARKS.match(line) or next_heading
    # A long line is a title only when it is marked as one ("Issue 1: Order defect rate above
    # target because of..." or a line right before "Root cause"); otherwise it is prose.
    if words > (REASON_TITLE_MAX_WORDS_MARKED if marked else REASON_TITLE_MAX_WORDS):
        return None
    reason = _reason_in(text, preferred)
    if lexicon.any_of("DOCUMENT_TITLES").match(lexicon.fold(text)) and reason is None:
        return None
    # A short line naming a reason is a title only when it looks like one; otherwise it is a
    # line of a list ("Undelivered orders refunded") inside a part.
    if numbered_word or (reason and (marked or text.isupper())):
        return _Heading(None, reason)
    return None


def _classify(lines, preferred):
    """Each line as a _Heading or as body text (str), looking one heading ahead."""
    stripped = [_strip_heading_marks(line) for line in lines]
    parts = [_part_heading(text, preferred) if text else None for text in stripped]
    open_part = None
    for index in range(len(lines)):
        before = next((i for i in range(index - 1, -1, -1) if stripped[i]), None)
        # The first line under a part heading is that part's text, never a heading or a
        # reason title: "We are not sure why our cancellation rate went up?" under "Root cause".
        under_heading = before is not None and parts[before] and not parts[before].body
        if not parts[index] and not under_heading:
            cued = _cued_heading(lines, stripped, index)
            # A heading in other words never repeats the part it is in ("Fixed the printer"
            # among the actions taken).
            parts[index] = cued if cued and cued.part != open_part else None
        if parts[index]:
            open_part = parts[index].part
    result = []
    previous = None
    for index, line in enumerate(lines):
        if parts[index]:
            parts[index].line = line
            result.append(parts[index])
            previous = parts[index]
            continue
        following = _next_text(stripped, index)
        next_is_part = following is not None and parts[following] is not None
        opens_part = isinstance(previous, _Heading) and previous.part and not previous.body
        title = not opens_part and _reason_title(line, stripped[index], next_is_part, preferred)
        result.append(title or line)
        if stripped[index]:
            previous = title or line
    return result


class _Builder:
    """Fills the plan line by line; the lines gathered so far go to the current part."""

    def __init__(self):
        self.plan = PlanOfAction()
        self.section = None
        self.part = None
        self.started = set()
        self.lines = []

    def open_section(self, reason=None):
        self.flush()
        self.section = Section(reason=reason)
        self.plan.sections.append(self.section)
        self.part, self.started = None, set()

    def open_part(self, heading):
        if heading.body and heading.part == self.part:
            self.add(heading.line)  # "Action 2: we retrained the packers." within the actions
            return
        # A part seen twice, or a new root cause, starts the next reason's section.
        repeated = heading.part in self.started
        new_root = heading.part == "root_cause" and bool(self.started)
        if self.section is None or repeated or new_root:
            self.open_section(heading.reason)
        elif heading.reason and self.section.reason is None:
            self.section.reason = heading.reason
        self.flush()
        self.part = heading.part
        self.started.add(heading.part)
        if heading.body:
            self.add(heading.body)

    def add(self, line):
        self.lines.append(line)

    def flush(self):
        text, self.lines = "\n".join(self.lines).strip(), []
        if not text:
            return
        if self.part is None:
            self.plan.introduction = "\n\n".join(filter(None, [self.plan.introduction, text]))
        else:
            setattr(self.section, self.part, text)


def _split_closing(lines):
    signoff = re.compile(rf"^\s*(?:{lexicon.any_of('SIGNOFFS').pattern})\s*$", re.IGNORECASE)
    for index in range(len(lines) - 1, -1, -1):
        if signoff.match(lexicon.fold(lines[index])):
            if sum(1 for line in lines[index + 1 :] if line.strip()) <= SIGNATURE_MAX_LINES:
                return lines[:index], "\n".join(lines[index:]).strip()
            break
    return lines, ""


def parse_poa(text, reasons=()):
    """The plan of action in a pasted text; `reasons` breaks ties in reason titles."""
    lines, closing = _split_closing(pasted_text.clean(text).split("\n"))
    builder = _Builder()
    builder.plan.closing = closing
    for item in _classify(lines, tuple(reasons)):
        if isinstance(item, str):
            builder.add(item)
        elif item.part is None:
            if (
                builder.section is not None
                and not builder.started
                and builder.section.reason is None
            ):
                builder.section.reason = item.reason  # "Issue 1" then "Negative feedback"
            else:
                builder.open_section(item.reason)
        else:
            builder.open_part(item)
    builder.flush()
    return builder.plan


def render_text(plan, language="en"):
    """The plan as clean text with headings, in the language of the plan."""
    words = lexicon.lexicons(language)[0]
    blocks = [plan.introduction.strip()] if plan.introduction.strip() else []
    numbered = len(plan.sections) > 1
    for number, section in enumerate(plan.sections, start=1):
        if section.reason:
            title = words.REASON_TITLES.get(section.reason, section.reason)
            blocks.append(f"{number}. {title}" if numbered else title)
        elif numbered:
            blocks.append(words.UNTITLED_SECTION.format(number=number))
        for part, body in section.parts().items():
            if body.strip():
                blocks.append(f"{words.PART_TITLES[part]}\n{body.strip()}")
    if plan.closing.strip():
        blocks.append(plan.closing.strip())
    return "\n\n".join(blocks) + "\n"
