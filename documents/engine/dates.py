"""Finding and reading the invoice date, as printed, in the six languages sellers receive.

Wrong day/month order is the most reported fault of document tools that read dates
(issue 9), so a numeric date is read both ways unless something decides: a part above 12,
another date on the same invoice, the invoice's language, or the seller's locale.

Month names and abbreviations come from dateparser's language data (CLDR, plus the forms
suppliers print: "Mrz", "Jänner", "Sept", "Setiembre"), not from a table of ours (issue 14).
Its parser is not called: on a span already cut to day, month name and year it reads nothing
more, and it costs up to a millisecond a date and a few tenths of a second the first time in
each process (measured with dateparser 1.5). The invoice date is told from the other dates
by its label (`labels.py`).
"""

import datetime
import itertools
import re
import unicodedata
from dataclasses import dataclass

from babel import Locale, UnknownLocaleError
from babel.dates import get_date_format
from dateparser.languages.loader import default_loader

from . import labels
from .language import DAY_FIRST_LANGUAGES, LANGUAGES, detect_language
from .layout import COLUMN_SEPARATOR

_MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip


def _without_accents(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_LANGUAGE_DATA = {language: default_loader.get_locale(language).info for language in LANGUAGES}


def _month_numbers():
    """{month name or abbreviation in any of the six languages, lower case: its number}."""
    numbers = {}
    for data in _LANGUAGE_DATA.values():
        for number, key in enumerate(_MONTH_KEYS, start=1):
            for name in data[key]:
                # OCR often drops accents: "fevrier", "decembre", "Marz".
                numbers[name.lower()] = numbers[_without_accents(name.lower())] = number
    return numbers


MONTHS = _month_numbers()
_MONTH = "|".join(re.escape(name) for name in sorted(MONTHS, key=len, reverse=True))
# "of", "de", "del": the words that join day, month and year ("3 de marzo de 2026").
_JOIN = "|".join(
    sorted({word for data in _LANGUAGE_DATA.values() for word in data.get("pertain", [])})
)
# The day may run into the month's name: typesetters that place each word by itself (groff,
# PostScript drivers) leave no space character between them ("9March 2026", "13marzo 2026").
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:er|st|nd|rd|th|º|°)?\.?(?:[\s\-/]+|\.|(?=[^\W\d_]))(?:(?:{_JOIN})\s+)?"
    rf"({_MONTH})\.?(?:[\s\-/,]+|\.)(?:(?:{_JOIN})\s+)?'?"
    # A two-digit year only right after a dash, slash, dot or apostrophe: "03-Apr-26".
    r"(\d{4}|(?<=[\-/.'])\d{2})(?![\d,.]\d)\b",
    re.I,
)
# "August 3, 2014", and "August 3 , 2014" as some report writers space the comma.
_MONTH_DAY_YEAR = re.compile(
    rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,\s*|\s+)(\d{{4}})\b", re.I
)
_ISO = re.compile(r"\b(\d{4})[\-/.](\d{1,2})[\-/.](\d{1,2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})\b")
# A date followed by a time is a timestamp: printed, created, exported.
_TIME = re.compile(r",?\s*(?:at\s+|à\s+|um\s+|om\s+|alle\s+|a\s+las\s+)?\d{1,2}[:h]\d{2}\b", re.I)

_LETTERS = re.compile(r"[^\W\d_]+")

_STRENGTH = {"invoice": 2, "date": 1}


@dataclass
class DateReading:
    text: str  # as printed, shown beside the parsed date (issue 9)
    readings: tuple  # one date, or two when day and month can be swapped
    line: object = None  # the layout.Line it was found on, for the evidence boxes
    labelled: bool = False
    # The supplier's country that settled the order of an ambiguous date ("US": month
    # first), shown in the message; None when the date itself or its invoice decided.
    settled_by: str | None = None

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

    if _names_a_month(text):
        for match in _DAY_MONTH_YEAR.finditer(text):
            day, month, year = match.groups()
            add(match, _valid(_full_year(year), MONTHS[month.lower()], int(day)))
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


def _names_a_month(text):
    # Most lines name no month: a set look-up spares them the long patterns of month names.
    return any(word.lower() in MONTHS for word in _LETTERS.findall(text))


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


def find_invoice_date(lines, *, locale="en", text=None, language=None):
    """The invoice date of a document given as layout lines, or None."""
    found = [parse_dates(line.text) for line in lines]
    candidates = list(_candidates(lines, found))
    if not candidates:
        return None
    chosen = _choose(candidates)
    if chosen.ambiguous:
        text = text if text is not None else "\n".join(line.text for line in lines)
        language = language or detect_language(text)
        order = _document_order(found) or _language_order(language, locale)
        if order == "day_first":
            chosen.readings = chosen.readings[:1]
        elif order == "month_first":
            chosen.readings = chosen.readings[1:]
    return chosen


def _candidates(lines, found):
    """(strength, line index, reading): 2 under an invoice-date label, 1 under "Date", 0 bare.

    `found` holds the dates of each line; a label matters only on a line with a date or above
    one.
    """
    for index, line in enumerate(lines):
        if not any(found[index : index + 3]):
            continue
        text = line.text
        spans = _labels(text)
        dates = found[index]
        for start, end, printed, readings, _separator in dates:
            before = [span for span in spans if span[1] <= start]
            kind = before[-1][2] if before else None
            if kind == "other":
                continue  # a due date or an order date is not the invoice date
            strength = _STRENGTH.get(kind, 0)
            if kind is None and _TIME.match(text, end):
                strength = -1  # "05/03/2026 14:32" in a footer: when it was printed
            yield strength, index, DateReading(printed, readings, line, labelled=strength > 0)
        for position, (start, end, kind) in enumerate(spans):
            following = spans[position + 1][0] if position + 1 < len(spans) else len(text)
            if kind == "other" or any(end <= date[0] < following for date in dates):
                continue
            # A label heads a column when nothing that could be its value follows it there;
            # "Date" or "le" only when alone ("Le client" heads nothing).
            rest = text[end:].split(COLUMN_SEPARATOR, 1)[0]
            if re.search(r"\d", rest) or (kind == "date" and rest.strip(" :.-")):
                continue
            # A label above its value, as in header tables ("Invoice date" / "03/04/2026").
            below = _value_below(lines, found, index, start, end)
            if below:
                yield _STRENGTH[kind], index, below


def _labels(text):
    """(start, end, kind) of the date labels of a line, in order; kind: invoice, other, date."""
    spans = []
    for kind, pattern in (
        # First: "Date de facture associée" is the date of another invoice.
        ("referenced", labels.REFERENCED_INVOICE),
        ("invoice", labels.INVOICE_DATE),
        ("other", labels.OTHER_DATE),
        ("date", labels.DATE),
    ):
        for match in pattern.finditer(text):
            if not any(s < match.end() and match.start() < e for s, e, _k in spans):
                spans.append((match.start(), match.end(), kind))
    joined = []
    for start, end, kind in sorted(spans):
        if joined:
            previous_start, previous_end, previous_kind = joined[-1]
            gap = text[previous_end:start]
            kinds = {previous_kind, kind}
            # "Due" + "Date", "Rechnungsdatum = Lieferdatum": one label, the stronger meaning.
            if (not gap.strip() and "date" in kinds) or (
                "invoice" in kinds and labels.JOINED.fullmatch(gap)
            ):
                strongest = next(
                    k for k in ("referenced", "invoice", "other", "date") if k in kinds
                )
                joined[-1] = (previous_start, end, strongest)
                continue
        joined.append((start, end, kind))
    return _about_another_invoice(text, joined)


def _about_another_invoice(text, spans):
    """The label of another invoice, and every label after it in its column, name its dates:
    "Invoice referenced: F20260003 dated 01/01/2026"."""
    labelled, referenced_at = [], None
    for start, end, kind in spans:
        if referenced_at is not None and COLUMN_SEPARATOR in text[referenced_at:start]:
            referenced_at = None
        if kind == "referenced":
            referenced_at = start
        labelled.append((start, end, "other" if referenced_at is not None else kind))
    return labelled


def _value_below(lines, found, index, start, end):
    """The date printed under the label at `start:end` of `lines[index]`, in its column."""
    line = lines[index]
    words = line.words_within(start, end)
    left, right = words[0].x0 - 2 * line.height, words[-1].x1 + 2 * line.height
    centre = (words[0].x0 + words[-1].x1) / 2
    for below_index in range(index + 1, min(index + 3, len(lines))):
        below, below_dates = lines[below_index], found[below_index]
        if below.page != line.page:
            return None
        under = []
        for date_start, date_end, printed, readings, _separator in below_dates:
            date_words = below.words_within(date_start, date_end)
            x0, x1 = date_words[0].x0, date_words[-1].x1
            if x0 <= right and x1 >= left:
                under.append((abs((x0 + x1) / 2 - centre), printed, readings))
        if under:
            _distance, printed, readings = min(under, key=lambda candidate: candidate[0])
            return DateReading(printed, readings, below, labelled=True)
    return None


def _choose(candidates):
    # The strongest label wins; among equals, the first on the page.
    _strength, _index, reading = max(candidates, key=lambda c: (c[0], -c[1]))
    return reading


def _document_order(found):
    """Day-first or month-first as shown by the other numeric dates of the same invoice."""
    day_first = month_first = False
    for _start, _end, printed, _readings, separator in itertools.chain.from_iterable(found):
        if separator is None:
            continue
        match = _NUMERIC.search(printed)
        first, second = int(match.group(1)), int(match.group(3))
        day_first |= 12 < first <= 31 and second <= 12
        month_first |= 12 < second <= 31 and first <= 12
    if day_first != month_first:
        return "day_first" if day_first else "month_first"
    return None


def country_order(country):
    """How the country writes numeric dates: "day_first", "month_first" or None.

    From CLDR's short date format of the country's most likely locale (Babel): M/d/yy in
    the United States, dd/MM/y in the United Kingdom and most of Europe. A country whose
    dates start with the year (Canada's y-MM-dd, Japan's) says nothing about 03/04.
    """
    if not country or len(country) != 2 or not country.isalpha() or country.upper() == "ZZ":
        return None
    try:
        locale = Locale.parse(f"und_{country.upper()}")
        pattern = get_date_format("short", locale=locale).pattern
    except (ValueError, LookupError, UnknownLocaleError):
        return None
    letters = [char for char in pattern if char in "dMy"]
    if not letters or letters[0] == "y":
        return None
    return "day_first" if letters[0] == "d" else "month_first"


def settle_by_country(reading, country):
    """Keep the one reading of an ambiguous `reading` that the supplier's country writes.

    Returns True when it settled it. The country counts after the invoice's own other
    dates and its language (find_invoice_date): it only decides what they left open.
    """
    if reading is None or not reading.ambiguous:
        return False
    order = country_order(country)
    if order is None:
        return False
    reading.readings = reading.readings[:1] if order == "day_first" else reading.readings[1:]
    reading.settled_by = country.upper()
    return True


def _language_order(language, locale):
    # 03/04/2026 is 3 April on a French, German, Spanish, Italian or Dutch invoice; English is
    # written both ways (UK and US), so an English invoice is not decided by its language.
    # The seller's locale decides only when the invoice's language cannot be told.
    if language in DAY_FIRST_LANGUAGES or (
        language is None and (locale or "")[:2].lower() in DAY_FIRST_LANGUAGES
    ):
        return "day_first"
    return None
