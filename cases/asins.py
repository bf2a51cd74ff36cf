"""ASINs as a person pastes them: any separator, any case, duplicates."""

import re

ASIN = re.compile(r"^B0[A-Z0-9]{8}$")
ISBN10 = re.compile(r"^\d{9}[\dX]$")
SEPARATORS = re.compile(r"[^A-Za-z0-9]+")


def isbn10_valid(code):
    total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(code))
    return total % 11 == 0


def is_asin(token):
    """An ASIN is 10 characters: B0 and 8 letters or digits, or an ISBN-10 for books."""
    return bool(ASIN.match(token)) or (bool(ISBN10.match(token)) and isbn10_valid(token))


def parse_asins(text):
    """(ASINs in order without duplicates, tokens that are not ASINs)."""
    asins, invalid = [], []
    for token in SEPARATORS.split((text or "").upper()):
        if not token:
            continue
        if is_asin(token):
            if token not in asins:
                asins.append(token)
        elif token not in invalid:
            invalid.append(token)
    return asins, invalid
