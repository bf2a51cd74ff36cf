"""Company names as invoices print them: legal forms, and the shapes a name takes or is not.

- legal forms (GmbH, S.r.l., B.V., SAS...) from cleanco's list of many countries, less the
  short ones that are also words, plus the six languages' countries' forms it lacks;
- the legal names that start a sender, footer or legal-entity line ("Free SAS au capital
  de ... − RCS Paris") or follow "sold by", and the legal name put in place of what a header
  shows for the issuer: a trade name, a piece of the name, a tagline or a scrap of OCR;
- the shapes of a line that is no name: a sentence, a tagline, a logo's placeholder or a
  title printed beside the name;
- names compared without case, accents, punctuation or runs of whitespace.

parties.py finds the blocks of an invoice's parties; this module knows what a name in them is.
"""

import functools
import re
import unicodedata

from cleanco import prepare_default_terms
from cleanco.clean import normalize_terms

from . import labels

# -- legal forms ---------------------------------------------------------------------------

# Words inside a company name that start in lower case: "Linge de Maison Duval et Fils SA".
_CONNECTORS = frozenset(
    {"&", "+", "and", "of", "the", "de", "del", "della", "delle", "dei", "di", "du", "des"}
    | {"la", "le", "les", "l'", "d'", "et", "e", "y", "van", "der", "den", "von", "und", "zu"}
)
# cleanco's legal forms, less the short ones that are also words or country codes on an
# invoice ("et", "da", "UK", "NL", "VAT", "CA" for California), plus forms of the six
# languages' countries it lacks: e.K. (German sole trader), UG, S.à r.l., S.L.U., S.A.U.
_AMBIGUOUS_FORMS = frozenset(
    {"ad", "as", "at", "ay", "ba", "bl", "ca", "da", "ec", "ee", "ent", "ep", "eg", "et", "eu"}
    | {"fa", "hb", "ik", "ij", "kb", "kd", "ks", "kt", "kv", "mb", "nl", "od", "oe", "ok", "pc"}
    | {"pp", "private", "ps", "pt", "sc", "sd", "sf", "sp", "ss", "ses", "sem", "sep", "sal"}
    | {"uk", "ud", "vat", "xt"}
)
_EXTRA_FORMS = ("e.k.", "e.kfm.", "e.kfr.", "ug", "ggmbh", "s.à r.l.", "s.l.u.", "s.a.u.")


def _form_terms():
    """Legal forms by their first word, as cleanco normalises them: {"gmbh": [("gmbh",
    "&", "co", "kg"), ("gmbh",)], ...}, longest first.
    """
    terms = {tuple(parts) for _size, parts in prepare_default_terms()}
    terms |= {tuple(term.split()) for term in normalize_terms(_EXTRA_FORMS)}
    by_first = {}
    for term in sorted(terms, key=len, reverse=True):
        if len(term) > 1 or term[0] not in _AMBIGUOUS_FORMS:
            by_first.setdefault(term[0], []).append(term)
    return by_first


_FORMS = _form_terms()


@functools.lru_cache(maxsize=4096)
def _form_key(token):
    return next(normalize_terms([token]))


def name_with_legal_form(text):
    """('Free SAS', 'Free') for 'Free SAS au capital de ...': the company name that starts
    `text` and ends with a legal form, and the name without it; (None, None) if none does.
    """
    tokens = text.split()[:20]
    for start, token in enumerate(tokens):
        length = _form_at(tokens, start)
        base = tokens[:start]
        if length and any(word.lower() not in _CONNECTORS for word in base):
            return " ".join(tokens[: start + length]), " ".join(base).strip(" ,")
        if not (token[0].isupper() or token[0].isdigit() or token.lower() in _CONNECTORS):
            break  # a word in lower case: the name has ended, or this is no name
    return None, None


def _form_at(tokens, start):
    """The number of tokens of the legal form that starts at `start`, or 0."""
    for term in _FORMS.get(_form_key(tokens[start]), ()):
        end = start + len(term)
        if end > len(tokens) or any(
            _form_key(token) != part for token, part in zip(tokens[start:end], term, strict=True)
        ):
            continue
        token = tokens[start]
        if len(term) == 1 and len(term[0]) <= 3 and not (token[0].isupper() or "." in token):
            continue  # "sa", "co" in lower case are words, not "SA", "Co."
        if end < len(tokens) and tokens[end][0].isdigit():
            continue  # "Reno, NV 89502", "Denver, CO 80202": a state and its ZIP code
        return len(term)
    return 0


def has_legal_form(name):
    tokens = name.split()[:20]
    return any(_form_at(tokens, start) for start in range(1, len(tokens)))


# -- legal names ---------------------------------------------------------------------------

# Between the pieces of a sender or footer line: "Firma GmbH · Straße 1 · 12345 Stadt".
# Scans read the middle dot as ":", "-" or "*".
PIECE_SEPARATOR = re.compile(r"\s+[·•|–—−\-:*]\s+|\s*[·•|]\s*")


def legal_names_in(text):
    """The names with a legal form that start the pieces of a footer or sender line
    ("Free SAS au capital de ... − RCS Paris") or follow "sold by".
    """
    pieces = PIECE_SEPARATOR.split(text)
    if len(pieces) > 1 or labels.LEGAL_ID.search(text):
        for piece in pieces:
            name, _base = name_with_legal_form(piece.strip(" ,;:*'‘’\"“”").lstrip("."))
            if name:
                yield name
    sold_by = labels.SOLD_BY.search(text)
    if sold_by:
        name, _base = name_with_legal_form(text[sold_by.end() :].strip(" :"))
        if name:
            yield name


def legal_name(name, legal_names):
    """The issuer's legal name in place of what the header shows for it: a trade name that
    is the legal name without its form ("Free Service Abonné" for "Free SAS"), a piece of it
    ("Supply Co." for "Lakeshore Pet Supply Co."), a tagline or a scrap of OCR.
    """
    if not legal_names:
        return name
    key = normalised(name)
    if len(key.replace(" ", "")) < 3 or is_sentence(name) or is_tagline(name):
        return legal_names[0]
    for legal in legal_names:
        legal_key = normalised(legal)
        if key == legal_key:
            return name
        base = normalised(name_with_legal_form(legal)[1])
        if f" {key} " in f" {legal_key} " or (
            base and not has_legal_form(name) and (key == base or key.startswith(f"{base} "))
        ):
            return legal
    return name


@functools.lru_cache(maxsize=4096)
def normalised(text):
    """Case, accents, punctuation and runs of whitespace do not count."""
    text = _ACCENTS.sub("", unicodedata.normalize("NFKD", text or ""))
    return " ".join(_PUNCTUATION.sub(" ", text.casefold()).split())


_ACCENTS = re.compile(r"[\u0300-\u036f]")
_PUNCTUATION = re.compile(r"[^\w\s]|_")


# -- the shapes of a name ------------------------------------------------------------------


def is_sentence(text):
    """'Vielen Dank für Ihren Auftrag.', 'Email or talk to us about your account': words most
    of which start in lower case, or a full stop after a word ("Meier e.K." ends with an
    abbreviation).
    """
    text = (text or "").strip()
    if not text or text[0].isdigit():
        return False  # "35 rue du logiciel libre": a street
    words, lower = _words_in_lower_case(text)
    if len(words) >= 5 and len(lower) * 2 >= len(words):
        return True
    return bool(lower) and len(words) >= 4 and bool(re.search(r"[^\W\d_]{3,}[.!?]$", text))


def is_tagline(text):
    """'Quality tools since 1952', 'Tout pour la maison': most words in lower case and no
    legal form ("Pastificio artigiano gragnanese S.r.l." is a name).
    """
    text = (text or "").strip()
    if not text or text[0].isdigit():
        return False  # "35 rue du logiciel libre": a street
    words, lower = _words_in_lower_case(text)
    return len(lower) >= 2 and len(lower) * 2 >= len(words) and not has_legal_form(text)


def _words_in_lower_case(text):
    words = [word for word in text.split() if word[0].isalpha()]
    return words, [word for word in words if word[0].islower() and word not in _CONNECTORS]


# "Logo" printed where a logo image did not load.
_LOGO = re.compile(r"^\s*logo\b[\s:]*", re.I)


def cleaned_name(name):
    """'LOGO Le Fournisseur' -> 'Le Fournisseur'; 'Amazon Web Services Invoice' -> 'Amazon Web
    Services': a logo's placeholder and a title beside the name are not part of it.
    """
    cleaned = _LOGO.sub("", name)
    for title in labels.DOCUMENT_TITLE.finditer(cleaned):
        if title.end() == len(cleaned.rstrip()) and cleaned[: title.start()].strip():
            cleaned = cleaned[: title.start()]
    return cleaned.strip(" ,-–·:") or name
