"""The date of a notice, read from its text, so that the deadline can run from it.

Amazon gives the deadline from the notice (docs/domain.md, Reinstatement): "within 17 days"
means nothing until the notice's day is known. It is read from the e-mail's header ("Date:",
"Sent:", "Envoyé :"), from the line that opens a quoted e-mail ("On Tue, Mar 3, 2026, Amazon
wrote:"), or from the sentence that deactivates ("On March 3, 2026, we deactivated...").
A forwarded notice carries several header dates: the earliest is Amazon's.
"""

import re
from datetime import date

from . import lexicon, mentions, pasted_text

# "Tue, Mar 3, 2026", "March 3rd, 2026"
MONTH_FIRST = re.compile(
    r"\b(?P<month>[a-z]{3,9})\.? (?P<day>\d{1,2})(?:st|nd|rd|th)?,? (?P<year>\d{4})\b",
    re.IGNORECASE,
)
# "3 March 2026", "mardi 1er mars 2026", "3 mars 2026 à 09:41"
DAY_FIRST = re.compile(
    r"\b(?P<day>\d{1,2})(?:er|st|nd|rd|th)? (?P<month>[a-z]{3,9})\.?,? (?P<year>\d{4})\b",
    re.IGNORECASE,
)
ISO_DATE = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
NUMERIC_DATE = re.compile(r"\b(?P<first>\d{1,2})[/.](?P<second>\d{1,2})[/.](?P<year>\d{4})\b")
FIRST_YEAR, LAST_YEAR = 2000, 2100
# Amazon.co.uk and the marketplaces outside North America write 03/11/2024 day first.
DAY_FIRST_MARKETPLACE = re.compile(
    r"\bamazon\.(?:co\.uk|ie|de|fr|es|it|nl|se|pl|com\.be|com\.tr|com\.au|in|sg|ae|sa|eg)\b"
    r"|\bsellercentral-europe\b",
    re.IGNORECASE,
)


def _date(year, month, day):
    try:
        found = date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None
    return found if FIRST_YEAR <= found.year <= LAST_YEAR else None


def _numeric(match, day_first):
    """03/04/2026 is read day first in French and from the marketplaces that write it so; else
    it stays unread when both readings are possible (Amazon.com writes the month first)."""
    first, second = int(match.group("first")), int(match.group("second"))
    if day_first or first > 12:
        return _date(match.group("year"), second, first)
    if second > 12:
        return _date(match.group("year"), first, second)
    return None


def _dates_in(text, day_first):
    """(offset, date) of every date written in `text`."""
    folded = lexicon.fold(text)
    months = lexicon.merged("MONTHS")
    found = []
    for pattern in (MONTH_FIRST, DAY_FIRST):
        for match in pattern.finditer(folded):
            month = months.get(match.group("month").lower())
            day = month and _date(match.group("year"), month, match.group("day"))
            if day:
                found.append((match.start(), day))
    for match in ISO_DATE.finditer(folded):
        day = _date(match.group("year"), match.group("month"), match.group("day"))
        if day:
            found.append((match.start(), day))
    for match in NUMERIC_DATE.finditer(folded):
        day = _numeric(match, day_first)
        if day:
            found.append((match.start(), day))
    return sorted(found)


def _first_date(text, day_first):
    found = _dates_in(text, day_first)
    return found[0][1] if found else None


def _header_dates(lines, day_first):
    labels = lexicon.any_of("NOTICE_DATE_LABELS").pattern
    header = re.compile(rf"^\s*(?:{labels})\s*:\s*(?P<value>.+)$", re.IGNORECASE)
    openers = lexicon.any_of("QUOTED_MAIL_OPENERS")
    found = []
    for line in lines:
        folded = lexicon.fold(line.strip())
        match = header.match(folded)
        value = match.group("value") if match else (folded if openers.match(folded) else "")
        day = _first_date(value, day_first) if value else None
        if day:
            found.append(day)
    return found


def _deactivating_sentence_date(sentences, day_first):
    scopes = lexicon.keyed("SCOPE_PATTERNS").values()
    for sentence in sentences:
        if mentions.is_passing(sentence):
            continue
        folded = lexicon.fold(sentence)
        if any(pattern.search(folded) for pattern in scopes):
            day = _first_date(sentence, day_first)
            if day:
                return day
    return None


def read_notice_date(text):
    """The day the notice was sent, when its text states it; else None."""
    cleaned = pasted_text.clean(text)
    day_first = pasted_text.detect_language(cleaned) == "fr" or bool(
        DAY_FIRST_MARKETPLACE.search(cleaned)
    )
    headers = _header_dates(cleaned.split("\n"), day_first)
    if headers:
        return min(headers)
    return _deactivating_sentence_date(pasted_text.split_sentences(cleaned), day_first)
