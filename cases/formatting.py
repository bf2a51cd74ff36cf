"""Figures, dates and punctuation as the reader's language writes them (issue 19).

One place for every figure a page or a packet prints: dates and numbers go through Django's
localisation; percentages and hours through Babel (CLDR), which Django has no format for
("2.5%" in English, "2,5 %" in French). French typography puts a space that never breaks
before ":" (U+00A0) and a narrow one before ";", "!", "?" and "%" (U+202F), as the
Imprimerie nationale's rules and CLDR's French data do.

Templates use these through `{% load figures %}` (cases/templatetags/figures.py).
"""

import functools
import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from babel.numbers import format_decimal, format_percent
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils import formats, timezone, translation
from django.utils.html import avoid_wrapping
from django.utils.timesince import TIME_STRINGS
from django.utils.translation import get_language, to_locale
from django.utils.translation import gettext as _

NO_BREAK_SPACE = "\u00a0"
NARROW_NO_BREAK_SPACE = "\u202f"
EMPTY = "–"


def _language():
    return (get_language() or "en").split("-")[0]


def _locale():
    return to_locale(get_language() or "en")


def _decimal(value):
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _rounded(value, digits):
    return value.quantize(Decimal(1).scaleb(-digits)).normalize() if digits is not None else value


def number(value, digits=2):
    """1234.5 → "1,234.5" (en), "1 234,5" (fr); at most `digits` decimals, none if whole."""
    figure = _decimal(value)
    if figure is None:
        return EMPTY
    return format_decimal(_rounded(figure, digits), locale=_locale(), decimal_quantization=False)


def percent(value, digits=2):
    """A percentage given in percent (2.5 means 2.5 %): "2.5%" (en), "2,5 %" (fr)."""
    figure = _decimal(value)
    if figure is None:
        return EMPTY
    text = format_percent(
        _rounded(figure, digits) / 100, locale=_locale(), decimal_quantization=False
    )
    if _language() == "fr":
        text = text.replace(NO_BREAK_SPACE + "%", NARROW_NO_BREAK_SPACE + "%")
    return text


def hours(value, digits=1):
    """24 → "24 h" in both languages, the number in the language's digits."""
    figure = _decimal(value)
    if figure is None:
        return EMPTY
    return f"{number(figure, digits)}{NO_BREAK_SPACE}h"


# Units of the health metrics (cases/health.py): the unit names how the figure is written.
_UNIT_FORMATS = {"%": percent, "h": hours}


def with_unit(value, unit):
    """A metric's figure with its unit ("%" or "h", spaces ignored), or a plain number."""
    return _UNIT_FORMATS.get((unit or "").strip(), number)(value)


_SIGNS = {"below": "<", "above": ">", "at_least": "≥", "at_most": "≤"}


def metric_target(metric):
    """A health metric's target ("< 1%", "≥ 98 %"), written like its figures."""
    return f"{_SIGNS[metric.rule]}{NO_BREAK_SPACE}{with_unit(metric.threshold, metric.unit)}"


def _as_local(value):
    if isinstance(value, datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def long_date(value):
    """A date in words: "Dec. 3, 2026" (en), "3 décembre 2026" (fr)."""
    if not isinstance(value, date):
        return EMPTY
    return formats.date_format(_as_local(value), "DATE_FORMAT")


def short_date(value):
    """A date in figures, in the language's order: "12/03/2026" (en), "03/12/2026" (fr)."""
    if not isinstance(value, date):
        return EMPTY
    return formats.date_format(_as_local(value), "SHORT_DATE_FORMAT")


def date_time(value):
    """A moment, in the reader's time zone: "Dec. 3, 2026, 5:20 p.m.", "3 décembre 2026 17:20"."""
    if not isinstance(value, datetime):
        return long_date(value)
    return formats.date_format(_as_local(value), "DATETIME_FORMAT")


# A space (or none) before a French high punctuation mark that ends a word: not in
# "https://", "12:30" or "::", where the mark is followed by something other than a space.
_HIGH_PUNCTUATION = re.compile(r"(?<=[^\s\u00a0\u202f])[ \u00a0\u202f]?([:;!?»])(?=\s|$|[)\]»\"”])")
_OPENING_GUILLEMET = re.compile(r"«[ \u00a0\u202f]?(?=\S)")


def typography(text):
    """French text with the spaces French puts before : ; ! ? » and after «; other
    languages unchanged. For strings built in code ("déblocage : CeraVe")."""
    if _language() != "fr" or not text:
        return text

    def space(match):
        mark = match.group(1)
        return (NO_BREAK_SPACE if mark == ":" else NARROW_NO_BREAK_SPACE) + mark

    text = _HIGH_PUNCTUATION.sub(space, str(text))
    return _OPENING_GUILLEMET.sub("«" + NARROW_NO_BREAK_SPACE, text)


def colon():
    """The colon between a label and its value: ":" (en), " :" with a no-break space (fr)."""
    return NO_BREAK_SPACE + ":" if _language() == "fr" else ":"


def labelled(label, value):
    """ "Ungating request: CeraVe" / "Demande de déblocage : CeraVe"."""
    return f"{label}{colon()} {value}"


class _Unit:
    """One of timesince's units ("%(num)d hour") in one language, each count translated
    once, its spaces made unbreakable as timesince makes them."""

    def __init__(self, text, language):
        self.text, self.language, self.said = text, language, {}

    def __call__(self, count):
        if count not in self.said:
            with translation.override(self.language):
                self.said[count] = avoid_wrapping(self.text % {"num": count})
        return self.said[count]


_KEPT_PER_LANGUAGE = []


def per_language(function):
    """Keep what `function(language)` says for the process (a catalogue does not change
    while it runs); forgotten when the settings that make the catalogues change."""
    kept = functools.cache(function)
    _KEPT_PER_LANGUAGE.append(kept)
    return kept


@per_language
def _words(language):
    """A language's words for relative times, kept for the process (a catalogue does not
    change while it runs): each unit's text for each count met, and the phrases around
    them. Counts stay small (under 60 minutes, 24 hours, 7 days...), and so does this."""
    with translation.override(language):
        units = {key: _Unit(text, language) for key, text in TIME_STRINGS.items()}
        return units, _(", "), _("%(ago)s ago"), _("in %(left)s"), _("%(ago)s overdue")


@receiver(setting_changed)
def _forget_words(setting, **kwargs):
    if setting in ("LANGUAGES", "LANGUAGE_CODE", "LOCALE_PATHS"):
        for kept in _KEPT_PER_LANGUAGE:
            kept.cache_clear()


# Django's units, a month counted as 30 days and a year as 365 (a list's "3 months ago"
# does not need the calendar).
_SPANS = (
    ("year", 365 * 86400),
    ("month", 30 * 86400),
    ("week", 7 * 86400),
    ("day", 86400),
    ("hour", 3600),
    ("minute", 60),
)


class Moments:
    """The relative and exact times of the many rows of one page, in the active language.

    Django's own words for the units (timesince's), up to two adjacent units ("3 days,
    4 hours"), each unit's words translated once per process and language rather than
    once a cell: fifty rows of timesince otherwise cost more than the query that reads
    them. Make one per request (the language and "now" are fixed when it is made).
    """

    def __init__(self, now=None):
        self.now = now or timezone.now()
        self._zone = timezone.get_current_timezone()
        self._units, self._comma, self._ago, self._left, self._late = _words(get_language())

    def span(self, seconds):
        """ "3 days, 4 hours"; under a minute, "0 minutes" (as timesince says)."""
        seconds = int(seconds)
        for index, (unit, size) in enumerate(_SPANS):
            count = seconds // size
            if count:
                text = self._units[unit](count)
                if index + 1 < len(_SPANS):
                    after, after_size = _SPANS[index + 1]
                    rest = (seconds - count * size) // after_size
                    if rest:
                        text += self._comma + self._units[after](rest)
                return text
        return self._units["minute"](0)

    def ago(self, moment):
        """ "3 days, 4 hours ago"."""
        return self._ago % {"ago": self.span((self.now - moment).total_seconds())}

    def left(self, moment):
        """ "in 23 hours, 5 minutes"."""
        return self._left % {"left": self.span((moment - self.now).total_seconds())}

    def late(self, moment):
        """ "2 days, 1 hour overdue"."""
        return self._late % {"ago": self.span((self.now - moment).total_seconds())}

    def exact(self, moment):
        """ "2026-12-03 17:20" in the reader's time zone: the exports' form, read alike in
        every language, and a tenth of the cost of the language's own format."""
        return f"{moment.astimezone(self._zone):%Y-%m-%d %H:%M}"
