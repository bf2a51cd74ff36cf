"""Comparing what an invoice says with the seller account: names, addresses, phones, ASINs.

Amazon wants the business name, address and phone exactly as in Seller Central
(domain.md); "exactly" means the same words, not the same punctuation, case or spelling of
the legal form, so those are normalized away before comparing. OCR misreads letters, so
scores are fuzzy where the text came from a scan.
"""

import re
import unicodedata
from dataclasses import dataclass

import phonenumbers
from cleanco import basename
from rapidfuzz import fuzz

# Which words of a name are its legal form comes from cleanco (hundreds of forms in dozens
# of countries, kept up upstream); this table only says which spellings are the same form,
# so "Inc." and "Incorporated" compare equal and "Inc." and "LLC" do not.
LEGAL_FORMS = {
    "llc": "llc", "inc": "inc", "incorporated": "inc", "corp": "corp", "corporation": "corp",
    "co": "co", "company": "co", "ltd": "ltd", "limited": "ltd", "plc": "plc", "llp": "llp",
    "lp": "lp", "pllc": "pllc", "gmbh": "gmbh", "ag": "ag", "kg": "kg", "ug": "ug",
    "sarl": "sarl", "sas": "sas", "sasu": "sasu", "eurl": "eurl", "sa": "sa", "snc": "snc",
    "sci": "sci", "ei": "ei", "bv": "bv", "nv": "nv", "srl": "srl", "spa": "spa", "sl": "sl",
    "pty": "pty", "pte": "pte",
}  # fmt: skip

# Street words and their usual abbreviations (USPS Publication 28, French "voies").
ADDRESS_WORDS = {
    "street": "st", "str": "st", "avenue": "ave", "av": "ave", "avn": "ave", "road": "rd",
    "boulevard": "blvd", "bd": "blvd", "boul": "blvd", "drive": "dr", "lane": "ln",
    "court": "ct", "place": "pl", "square": "sq", "highway": "hwy", "parkway": "pkwy",
    "circle": "cir", "terrace": "ter", "trail": "trl", "way": "way", "suite": "ste",
    "apartment": "apt", "unit": "unit", "floor": "fl", "building": "bldg", "north": "n",
    "south": "s", "east": "e", "west": "w", "northeast": "ne", "northwest": "nw",
    "southeast": "se", "southwest": "sw", "number": "no", "chemin": "ch", "allee": "all",
    "impasse": "imp", "route": "rte", "faubourg": "fbg", "saint": "st", "sainte": "ste",
    "etage": "et", "batiment": "bat",
}  # fmt: skip

US_STATES = {
    "alabama": "al", "alaska": "ak", "arizona": "az", "arkansas": "ar", "california": "ca",
    "colorado": "co", "connecticut": "ct", "delaware": "de", "florida": "fl", "georgia": "ga",
    "hawaii": "hi", "idaho": "id", "illinois": "il", "indiana": "in", "iowa": "ia",
    "kansas": "ks", "kentucky": "ky", "louisiana": "la", "maine": "me", "maryland": "md",
    "massachusetts": "ma", "michigan": "mi", "minnesota": "mn", "mississippi": "ms",
    "missouri": "mo", "montana": "mt", "nebraska": "ne", "nevada": "nv",
    "new hampshire": "nh", "new jersey": "nj", "new mexico": "nm", "new york": "ny",
    "north carolina": "nc", "north dakota": "nd", "ohio": "oh", "oklahoma": "ok",
    "oregon": "or", "pennsylvania": "pa", "rhode island": "ri", "south carolina": "sc",
    "south dakota": "sd", "tennessee": "tn", "texas": "tx", "utah": "ut", "vermont": "vt",
    "virginia": "va", "washington": "wa", "west virginia": "wv", "wisconsin": "wi",
    "wyoming": "wy", "district of columbia": "dc",
}  # fmt: skip
_COUNTRY_WORDS = re.compile(
    r"\b(united states of america|united states|usa|u s a|united kingdom|uk|france)\b"
)
_STATE_NAMES = re.compile(r"\b(" + "|".join(sorted(US_STATES, key=len, reverse=True)) + r")\b")


def plain(text):
    """Lower case, no accents, punctuation as spaces, single spaces."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(char for char in text if not unicodedata.combining(char)).lower()
    text = text.replace("&", " and ")
    # L.L.C., S.A.R.L.: letters joined by dots are one word.
    text = re.sub(r"\b(?:[a-z]\.){2,}", lambda match: match.group(0).replace(".", ""), text)
    text = re.sub(r"[^\w\s]|_", " ", text)
    return " ".join(text.split())


@dataclass
class NameMatch:
    score: float  # 0-100, after normalization
    exact: bool  # the same name, legal form included
    legal_form_differs: bool  # the same name except the legal form (LLC, SARL...)
    # Both names carry a legal form and they differ (Inc. against LLC): another company.
    other_legal_form: bool = False


def compare_names(expected, found):
    expected_core, expected_forms = _name_parts(expected)
    found_core, found_forms = _name_parts(found)
    if not expected_core or not found_core:
        return NameMatch(0.0, False, False)
    score = round(fuzz.ratio(expected_core, found_core), 1)
    same_core = expected_core == found_core
    differs = same_core and expected_forms != found_forms
    return NameMatch(
        score=100.0 if same_core else score,
        exact=same_core and expected_forms == found_forms,
        legal_form_differs=differs,
        other_legal_form=differs and bool(expected_forms) and bool(found_forms),
    )


def core_name(name):
    """The name in plain form without its legal form: "Amazon.com Services LLC" ->
    "amazon com services"."""
    return _name_parts(name)[0]


def _name_parts(name):
    """(the name without its legal form, the legal form's words in one spelling)."""
    words = plain(name).split()
    core = plain(basename(name or "")).split()
    # cleanco strips the legal form; a form it does not know is still read from the table.
    if core and len(core) < len(words) and words[: len(core)] == core:
        forms = words[len(core) :]
        words = core
    else:
        forms = []
    while words and words[-1] in LEGAL_FORMS:
        forms.insert(0, words.pop())
    return " ".join(words), tuple(LEGAL_FORMS.get(word, word) for word in forms)


def best_name_in_text(expected, text):
    """The best fuzzy score of `expected` against any line of `text` (0-100)."""
    core, _forms = _name_parts(expected)
    best = 0.0
    for line in text.splitlines():
        candidate = plain(line)
        if candidate:
            best = max(best, fuzz.partial_ratio(core, candidate))
    return round(best, 1)


def normalize_address(text):
    text = plain(text)
    text = _STATE_NAMES.sub(lambda match: US_STATES[match.group(1)], text)
    text = _COUNTRY_WORDS.sub(" ", text)
    return " ".join(ADDRESS_WORDS.get(word, word) for word in text.split())


@dataclass
class AddressMatch:
    score: float
    missing_numbers: list  # street numbers and postal codes of the reference not found


def compare_addresses(expected, found):
    expected_words = normalize_address(expected)
    found_words = normalize_address(found)
    if not expected_words or not found_words:
        return AddressMatch(0.0, [])
    score = fuzz.token_sort_ratio(expected_words, found_words)
    # Invoices often leave out the country or put the lines in another order.
    score = max(score, fuzz.token_set_ratio(expected_words, found_words) - 2)
    found_tokens = set(found_words.split())
    missing = [
        token
        for token in expected_words.split()
        if any(char.isdigit() for char in token) and token not in found_tokens
    ]
    return AddressMatch(round(score, 1), missing)


def parse_phone(text, country):
    """E.164 form of a phone number, or None when it cannot be read as one."""
    if not text:
        return None
    try:
        number = phonenumbers.parse(text, country or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phones_in_text(text, country):
    """Every phone number found in `text`, as (E.164, text as printed)."""
    found = []
    for match in phonenumbers.PhoneNumberMatcher(text, country or "US", leniency=0):
        found.append(
            (phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164),
             match.raw_string)
        )  # fmt: skip
    return found


def digits(text):
    return re.sub(r"\D", "", text or "")


# OCR confuses these (issue 9): compare ASINs with each group folded to one character.
# 8, B, S and 5 are one group: tesseract reads "B08" as "BOS" on a clean 300 dpi scan.
_OCR_FOLD = str.maketrans({"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "S": "8",
                           "5": "8", "B": "8", "Z": "2", "G": "6"})  # fmt: skip
ASIN = re.compile(r"(?<![0-9A-Z])B0[0-9A-Z]{8}(?![0-9A-Z])")
# On a scan: B0 misread as 80, BO or 8O.
OCR_ASIN = re.compile(r"(?<![0-9A-Z])[B8][0O][0-9A-Z]{8}(?![0-9A-Z])")


def asin_in(text, *, ocr):
    """The first ASIN in `text`, as printed (B0 restored on a scan), or None."""
    match = (OCR_ASIN if ocr else ASIN).search(text or "")
    if not match:
        return None
    return "B0" + match.group(0)[2:] if ocr else match.group(0)


def canonical_asin(text):
    return re.sub(r"[^0-9A-Z]", "", (text or "").upper())


def find_asin(asin, text, *, tolerant):
    """The text as printed where `asin` appears, or None.

    `tolerant` (for OCR text) folds the confusable characters on both sides and allows a
    space or a stray character inside the code.
    """
    wanted = canonical_asin(asin)
    if not wanted:
        return None
    # Case-sensitive first, so a code glued to a lower-case word ("blueB00...") is found.
    exact = re.search(rf"(?<![0-9A-Z]){re.escape(wanted)}(?![0-9A-Z])", text) or re.search(
        rf"\b{re.escape(wanted)}\b", text, re.I
    )
    if exact:
        return exact.group(0)
    if not tolerant:
        return None
    folded_wanted = wanted.translate(_OCR_FOLD)
    for line in text.splitlines():
        words = line.split()
        # One word, or two when OCR put a space inside the code.
        for printed in words + [" ".join(pair) for pair in zip(words, words[1:], strict=False)]:
            candidate = canonical_asin(printed).translate(_OCR_FOLD)
            for start in range(0, len(candidate) - len(wanted) + 1):
                window = candidate[start : start + len(wanted) + 1]
                if window[: len(wanted)] == folded_wanted or _one_extra(window, folded_wanted):
                    return printed
    return None


def _one_extra(folded, wanted):
    """`folded` is `wanted` with one stray character inside (OCR doubled a letter)."""
    if len(folded) != len(wanted) + 1:
        return False
    return any(folded[:i] + folded[i + 1 :] == wanted for i in range(len(folded)))
