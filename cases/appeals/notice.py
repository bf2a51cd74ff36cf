"""Reading Amazon's notice: what was hit, why, which ASINs, which period, which deadline.

The person confirms or edits every value; the parser aims at a good first draft from text
pasted with all its noise.
"""

import json
import math
import re
from dataclasses import asdict, dataclass, field

from ..asins import isbn10_valid
from ..health import METRICS_BY_FIELD
from . import lexicon, mentions, pasted_text
from .notice_metrics import read_notice_metrics

# An ASIN is "B0" and eight capitals or digits. The look-arounds refuse longer
# identifiers that merely contain one: SKUs such as "SKU-B07XJ8C8F3", tracking numbers.
ASIN = re.compile(r"(?<![A-Za-z0-9_-])B0[A-Z0-9]{8}(?![A-Za-z0-9_-])")
# Books keep their ISBN-10 as ASIN; ten digits alone could be a case id or a phone number,
# so they count only inside a product link, or after an "ASIN" label (on its line, or in the
# list it opens) when the ISBN check digit holds.
PRODUCT_LINK_ISBN = re.compile(
    r"/(?:dp|gp/product|gp/aw/d|o/ASIN)/\s*(\d{9}[\dX])(?![A-Za-z0-9])", re.IGNORECASE
)
ISBN_10 = re.compile(r"(?<![A-Za-z0-9_/-])(\d{9}[\dX])(?![A-Za-z0-9_-])")
ASIN_LABEL = re.compile(r"\b(?:ASINs?|ISBN(?:-10)?)\b", re.IGNORECASE)
# A line of the list under "ASINs:": identifiers and separators only.
IDENTIFIER_LINE = re.compile(r"(?:[\s,;|•·*-]*(?:B0[A-Z0-9]{8}|\d{9}[\dX]))+[\s,;|.]*")
# An ASIN cut by a line break: "B07XJ8\nC8F3".
CUT_ASIN = re.compile(r"(?<![A-Za-z0-9])(B0[A-Z0-9]{0,7})[ ]*\n[ ]*([A-Z0-9]{1,8})(?![A-Za-z0-9])")
ENCODED_SLASH = re.compile(r"%2F", re.IGNORECASE)

# Scopes from the widest to the narrowest: an account deactivation also removes listings.
SCOPE_PRIORITY = ("account", "mfn_shipping", "listings")
# Past the middle of the text, a sign-off starts the signature and the footer.
SIGNATURE_FROM = 0.5
HOURS_PER_DAY = 24
DAYS_PER_YEAR = 365
# The account-health field of each metric reason (cases.health.METRICS).
METRIC_OF_REASON = {
    "order_defect_rate": "order_defect_rate",
    "late_shipment_rate": "late_shipment_rate",
    "cancellation_rate": "pre_fulfillment_cancel_rate",
    "valid_tracking_rate": "valid_tracking_rate",
}


@dataclass
class Notice:
    scope: str | None = None
    asins: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    evidence_period_days: int | None = None
    appeal_within_days: int | None = None
    language: str = "en"

    def to_dict(self):
        return asdict(self)

    def to_json(self):
        """The JSON text of parse_notice --format json."""
        return json.dumps(self.to_dict(), ensure_ascii=False)


def parse_notice(text):
    cleaned = pasted_text.clean(text)
    sentences = pasted_text.split_sentences(_without_signature(cleaned))
    return Notice(
        scope=read_scope(sentences),
        asins=read_asins(cleaned),
        reasons=_without_metrics_on_target(mentions.reasons_in(sentences), cleaned),
        evidence_period_days=read_evidence_period(sentences),
        appeal_within_days=read_appeal_deadline(sentences),
        language=pasted_text.detect_language(cleaned),
    )


def _without_metrics_on_target(reasons, cleaned):
    """A metric whose quoted figure meets Amazon's target ("Pre-fulfillment Cancel Rate 0.40 %
    Target: under 2.5 %", a row of the Account Health table) is not held against the seller."""
    figures = read_notice_metrics(cleaned)

    def on_target(code):
        field = METRIC_OF_REASON.get(code)
        return field in figures and METRICS_BY_FIELD[field].passes(figures[field])

    return [code for code in reasons if not on_target(code)]


def _rejoin_cut_asin(match):
    joined = match.group(1) + match.group(2)
    return joined if len(joined) == 10 else match.group(0)


def read_asins(cleaned):
    """ASINs in order of first appearance, from the list at the bottom and product links."""
    text = CUT_ASIN.sub(_rejoin_cut_asin, ENCODED_SLASH.sub("/", cleaned))
    found = [(m.start(), m.group(0)) for m in ASIN.finditer(text)]
    found += [(m.start(1), m.group(1).upper()) for m in PRODUCT_LINK_ISBN.finditer(text)]
    found += _labelled_isbns(text)
    return list(dict.fromkeys(asin for _, asin in sorted(found)))


def _labelled_isbns(text):
    """(offset, ISBN) of books' ASINs after an "ASIN:" label or in the list it opens."""
    found, in_list, offset = [], False, 0
    for line in text.split("\n"):
        label = ASIN_LABEL.search(line)
        listed = in_list and IDENTIFIER_LINE.fullmatch(line.strip())
        if label or listed:
            for match in ISBN_10.finditer(line, label.end() if label else 0):
                if isbn10_valid(match.group(1).upper()):
                    found.append((offset + match.start(1), match.group(1).upper()))
        if label:
            in_list = True
        elif line.strip() and not listed:
            in_list = False
        offset += len(line) + 1
    return found


def _without_signature(cleaned):
    signoff = re.compile(rf"^\s*(?:{lexicon.any_of('SIGNOFFS').pattern})\s*$", re.IGNORECASE)
    lines = cleaned.split("\n")
    folded_lines = [lexicon.fold(line) for line in lines]
    last = max((i for i, line in enumerate(folded_lines) if signoff.match(line)), default=None)
    if last is None or last < len(lines) * SIGNATURE_FROM:
        return cleaned
    return "\n".join(lines[:last])


def read_scope(sentences):
    found = set()
    for sentence in sentences:
        if mentions.is_passing(sentence):
            continue
        folded = lexicon.fold(sentence)
        found |= {
            scope
            for scope, pattern in lexicon.keyed("SCOPE_PATTERNS").items()
            if pattern.search(folded)
        }
    return next((scope for scope in SCOPE_PRIORITY if scope in found), None)


def _count(match):
    if match.groupdict().get("figure"):
        return int(match.group("figure"))  # "fifteen (15) days"
    count = match.groupdict().get("count")
    if count is None:
        return 1  # "the past year"
    if count.isdigit():
        return int(count)
    return lexicon.merged("NUMBER_WORDS").get(count.lower())


def _unit(match):
    return lexicon.merged("UNITS").get(match.group("unit").lower())


def _as_days(count, unit):
    if unit == "day":
        return count
    if unit == "month":
        # "the past 12 months" is a year of invoices, not 360 days.
        return math.floor(count * DAYS_PER_YEAR / 12 + 0.5)
    if unit == "year":
        return count * DAYS_PER_YEAR
    return None


def _first_period(patterns, sentence):
    folded = lexicon.fold(sentence)
    for pattern in patterns:
        for match in pattern.finditer(folded):
            count, unit = _count(match), _unit(match)
            if count and unit:
                return count, unit
    return None


def read_evidence_period(sentences):
    """Days the documents must cover, read only where the notice talks about documents."""
    evidence = lexicon.any_of("EVIDENCE_WORDS")
    patterns = lexicon.each_of("EVIDENCE_PERIOD_PATTERNS")
    for index, sentence in enumerate(sentences):
        about_documents = evidence.search(lexicon.fold(sentence))
        # "Send invoices. They must cover the past year." — unless this sentence is a metric.
        follows_documents = (
            index > 0
            and evidence.search(lexicon.fold(sentences[index - 1]))
            and not mentions.reason_mentions(sentence, include_passing=True)
        )
        if not (about_documents or follows_documents):
            continue
        period = _first_period(patterns, sentence)
        if period and _as_days(*period):
            return _as_days(*period)
    return None


def read_appeal_deadline(sentences):
    """Days left to appeal, read only from a sentence that asks the seller to act."""
    context = lexicon.any_of("DEADLINE_CONTEXT")
    patterns = lexicon.each_of("DEADLINE_PATTERNS")
    for sentence in sentences:
        if not context.search(lexicon.fold(sentence)):
            continue
        period = _first_period(patterns, sentence)
        if period is None:
            continue
        count, unit = period
        if unit == "hour":
            return math.ceil(count / HOURS_PER_DAY)
        if unit == "day":
            return count
    return None
