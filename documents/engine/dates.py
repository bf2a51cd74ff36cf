"""Finding and reading the invoice date, as printed, in English and French.

Wrong day/month order is the most reported fault of document tools that read dates
(issue 9), so a numeric date is read both ways unless something decides: a part above 12,
another date on the same invoice, the invoice's language, or the seller's locale.
"""

import datetime
import re
from dataclasses import dataclass

from .language import detect_language

MONTHS = {
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # French, with and without accents (OCR often drops them)
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2,
    "fev": 2, "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "decembre": 12, "déc": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\.?[\s\-]+({_MONTH})\.?[\s\-,]+(\d{{4}})\b", re.I
)
_MONTH_DAY_YEAR = re.compile(
    rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I
)
_ISO = re.compile(r"\b(\d{4})[\-/.](\d{1,2})[\-/.](\d{1,2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})\b")

# The labels of the invoice date, strongest first; other dates on an invoice are not it.
_INVOICE_DATE_LABELS = re.compile(
    r"invoice\s+date|date\s+of\s+invoice|date\s+de\s+(?:la\s+)?factur(?:e|ation)|"
    r"date\s+d['’]?\s*[ée]mission|issue\s+date|date\s+of\s+issue|date\s+issued|"
    r"[ée]mise?\s+le|factur[ée]e?\s+le|tax\s+point",
    re.I,
)
_DATE_LABEL = re.compile(r"\bdate\b|\bdated\b|\ble\b", re.I)
_OTHER_DATE_LABELS = re.compile(
    r"due|[ée]ch[ée]ance|order\s+date|date\s+de\s+commande|ship|deliver|livraison|"
    r"payment\s+date|paid\s+on|valid|validit[ée]|expir|period|p[ée]riode|printed|imprim",
    re.I,
)


@dataclass
class DateReading:
    text: str  # as printed, shown beside the parsed date (issue 9)
    readings: tuple  # one date, or two when day and month can be swapped
    line: object = None  # the layout.Line it was found on, for the evidence boxes
    labelled: bool = False

    @property
    def ambiguous(self):
        return len(self.readings) > 1


def parse_dates(text):
    """Every date in `text`: (start, end, printed text, readings, separator or None)."""
    found = []
    taken = []

    def add(match, readings, separator=None):
        if readings and not any(s < match.end() and match.start() < e for s, e in taken):
            taken.append((match.start(), match.end()))
            found.append((match.start(), match.end(), match.group(0), readings, separator))

    for match in _DAY_MONTH_YEAR.finditer(text):
        day, month, year = match.groups()
        add(match, _valid(int(year), MONTHS[month.lower()], int(day)))
    for match in _MONTH_DAY_YEAR.finditer(text):
        month, day, year = match.groups()
        add(match, _valid(int(year), MONTHS[month.lower()], int(day)))
    for match in _ISO.finditer(text):
        year, month, day = (int(part) for part in match.groups())
        add(match, _valid(year, month, day))
    for match in _NUMERIC.finditer(text):
        first, separator, second, year = match.groups()
        year = _full_year(year)
        readings = _valid(year, int(second), int(first)) + _valid(year, int(first), int(second))
        add(match, tuple(dict.fromkeys(readings)), separator)
    return sorted(found)


def _valid(year, month, day):
    try:
        return (datetime.date(year, month, day),)
    except ValueError:
        return ()


def _full_year(digits):
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if year < 70 else 1900
    return year


def find_invoice_date(lines, *, locale="en", text=None):
    """The invoice date of a document given as layout lines, or None."""
    candidates = list(_candidates(lines))
    if not candidates:
        return None
    chosen = _choose(candidates)
    if chosen.ambiguous:
        text = text if text is not None else "\n".join(line.text for line in lines)
        order = _document_order(text) or _language_order(detect_language(text), locale)
        if order == "day_first":
            chosen.readings = chosen.readings[:1]
        elif order == "month_first":
            chosen.readings = chosen.readings[1:]
    return chosen


def _candidates(lines):
    """(strength, line index, reading): 2 under an invoice-date label, 1 under "Date", 0 bare."""
    for index, line in enumerate(lines):
        text = line.text
        labels = _labels(text)
        dates = parse_dates(text)
        for start, _end, printed, readings, _separator in dates:
            before = [label for label in labels if label[1] <= start]
            kind = before[-1][2] if before else None
            if kind == "other":
                continue  # a due date or an order date is not the invoice date
            strength = {"invoice": 2, "date": 1}.get(kind, 0)
            yield strength, index, DateReading(printed, readings, line, labelled=bool(strength))
        if labels and labels[-1][2] != "other" and not any(d[0] >= labels[-1][1] for d in dates):
            # A label above its value, as in header tables ("Invoice date" / "03/04/2026").
            below = _value_below(lines, index, labels[-1][0])
            if below:
                yield {"invoice": 2, "date": 1}[labels[-1][2]], index, below


def _labels(text):
    """(start, end, kind) of the date labels of a line, in order."""
    spans = []
    for kind, pattern in (
        ("invoice", _INVOICE_DATE_LABELS),
        ("other", _OTHER_DATE_LABELS),
        ("date", _DATE_LABEL),
    ):
        for match in pattern.finditer(text):
            if not any(s <= match.start() < e for s, e, _k in spans):
                spans.append((match.start(), match.end(), kind))
    return sorted(spans)


def _value_below(lines, index, label_start):
    line = lines[index]
    label_x = line.word_at(label_start).x0
    for below in lines[index + 1 : index + 3]:
        if below.page != line.page:
            return None
        for segment in below.segments:
            if segment.x1 < label_x - 5:
                continue
            dates = parse_dates(segment.text)
            if dates:
                return DateReading(dates[0][2], dates[0][3], below, labelled=True)
    return None


def _choose(candidates):
    # The strongest label wins; among equals, the first on the page.
    _strength, _index, reading = max(candidates, key=lambda c: (c[0], -c[1]))
    return reading


def _document_order(text):
    """Day-first or month-first as shown by the other numeric dates of the same invoice."""
    day_first = month_first = False
    for _start, _end, _printed, _readings, separator in parse_dates(text):
        if separator is None:
            continue
        match = _NUMERIC.search(_printed)
        first, second = int(match.group(1)), int(match.group(3))
        day_first |= 12 < first <= 31 and second <= 12
        month_first |= 12 < second <= 31 and first <= 12
    if day_first != month_first:
        return "day_first" if day_first else "month_first"
    return None


def _language_order(language, locale):
    # 03/04/2026 is 3 April on a French invoice; English is written both ways (UK and US),
    # so an English invoice is not decided by its language. The seller's locale decides
    # only when the invoice's language cannot be told.
    if language == "fr" or (language is None and locale == "fr"):
        return "day_first"
    return None
