"""The word lists and patterns of each language, compiled once.

The data lives in one module per language (en.py, fr.py). Code asks for a list by name and
gets one compiled pattern matching any entry of that list, in one language or in all of
them: a French notice often carries English metric names, and the reverse.
"""

import re
import unicodedata
from functools import cache

from . import en, fr

LEXICONS = {"en": en, "fr": fr}
LANGUAGES = tuple(LEXICONS)
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'"})


def fold(text):
    """Text without accents and with straight apostrophes; same length as the input.

    Matching on folded text lets "desactive" match "désactivé" and keeps offsets usable.
    """
    decomposed = unicodedata.normalize("NFD", text.translate(APOSTROPHES))
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    # Characters whose decomposition changes the length would shift offsets: keep them.
    return folded if len(folded) == len(text) else text.translate(APOSTROPHES)


def lexicons(language=None):
    """The lexicon of one language, or all of them when the language is not known."""
    if language is None:
        return tuple(LEXICONS.values())
    if language not in LEXICONS:
        raise ValueError(f"unknown language {language!r}")
    return (LEXICONS[language],)


def _union(patterns):
    if not patterns:
        return re.compile(r"(?!x)x")  # matches nothing
    return re.compile("|".join(f"(?:{fold(p)})" for p in patterns), re.IGNORECASE)


@cache
def any_of(name, language=None):
    """One pattern matching any entry of the list `name` (e.g. "PASSING_CUES")."""
    return _union([p for lexicon in lexicons(language) for p in getattr(lexicon, name, [])])


@cache
def each_of(name, language=None):
    """Each entry of `name` compiled alone: for patterns with named groups."""
    return tuple(
        re.compile(fold(p), re.IGNORECASE)
        for lexicon in lexicons(language)
        for p in getattr(lexicon, name, [])
    )


@cache
def keyed(name, language=None):
    """For a dict of lists (REASON_PATTERNS, PART_HEADINGS): key -> one pattern."""
    keys = []
    for lexicon in lexicons(language):
        keys += [key for key in getattr(lexicon, name) if key not in keys]
    return {
        key: _union(
            [p for lexicon in lexicons(language) for p in getattr(lexicon, name).get(key, [])]
        )
        for key in keys
    }


@cache
def merged(name, language=None):
    """A dict (NUMBER_WORDS, UNITS) merged over the languages, with folded keys."""
    result = {}
    for lexicon in lexicons(language):
        result.update({fold(key).lower(): value for key, value in getattr(lexicon, name).items()})
    return result


@cache
def linter_rule(rule, language=None):
    """(patterns, exceptions) of a linter rule such as "emotional_language"."""
    tables = [getattr(lexicon, rule.upper()) for lexicon in lexicons(language)]
    return (
        _union([p for table in tables for p in table["patterns"]]),
        _union([p for table in tables for p in table["exceptions"]]),
    )


@cache
def words(name, language=None):
    """A plain word list (STOPWORDS, ABBREVIATIONS), folded and lower-cased."""
    return frozenset(
        fold(w).lower() for lexicon in lexicons(language) for w in getattr(lexicon, name)
    )
