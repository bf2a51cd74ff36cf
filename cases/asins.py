"""ASINs as a person pastes them: any separator, any case, duplicates, product links."""

import re

ASIN = re.compile(r"^B0[A-Z0-9]{8}$")
ISBN10 = re.compile(r"^\d{9}[\dX]$")
SEPARATORS = re.compile(r"[^A-Za-z0-9]+")

# A link as pasted from the address bar, with or without its scheme. Its path ends at a
# comma or semicolon, which separate the items of a pasted list; its query string may hold
# commas, and runs to the next space or the next link.
AMAZON = r"(?:[\w-]+\.)*amazon\.[a-z]{2,3}(?:\.[a-z]{2})?"
START = rf"(?:https?://|www\.|(?<![\w.-]){AMAZON}/)"
LINK = re.compile(
    rf"{START}[^\s,;?#<>\"']*(?:[?#](?:(?![,;]\s*{START})[^\s<>\"'])*)?",
    re.IGNORECASE,
)
# Every marketplace's host: amazon.com, amazon.co.uk, amazon.com.mx, smile.amazon.de...
AMAZON_HOST = re.compile(rf"^{AMAZON}$", re.IGNORECASE)
# Where a product page's path names its ASIN: /dp/, /gp/product/, /gp/aw/d/ (mobile),
# /o/ASIN/ and /exec/obidos/ASIN/ (old links), /product-reviews/; a slug may come first.
PRODUCT_PATH = re.compile(
    r"/(?:dp|gp/product|gp/aw/d|o/asin|exec/obidos/asin|gp/offer-listing|product-reviews)"
    r"/([a-z0-9]{10})(?:[/?#]|$)",
    re.IGNORECASE,
)


def isbn10_valid(code):
    total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(code))
    return total % 11 == 0


def is_asin(token):
    """An ASIN is 10 characters: B0 and 8 letters or digits, or an ISBN-10 for books."""
    return bool(ASIN.match(token)) or (bool(ISBN10.match(token)) and isbn10_valid(token))


def asin_of_link(link):
    """The ASIN of an Amazon product link of any marketplace, or None."""
    rest = re.sub(r"^https?://", "", link, flags=re.IGNORECASE)
    host, _, path = rest.partition("/")
    if not AMAZON_HOST.match(host.split(":")[0]):
        return None
    found = PRODUCT_PATH.search("/" + path)
    if found is None or not is_asin(found.group(1).upper()):
        return None
    return found.group(1).upper()


def parse_asins(text):
    """(ASINs in order without duplicates, tokens that are not ASINs).

    A product link counts as its ASIN; any other link is one token that is not an ASIN,
    named as pasted (not cut into "HTTPS, WWW, AMAZON...").
    """
    asins, invalid = [], []
    for is_link, token in _tokens(text or ""):
        asin = asin_of_link(token) if is_link else token.upper()
        if asin and is_asin(asin):
            found, item = asins, asin
        else:
            found, item = invalid, token if is_link else token.upper()
        if item not in found:
            found.append(item)
    return asins, invalid


def _tokens(text):
    """(is it a link, token): links whole, the rest cut at anything but letters and digits."""
    position = 0
    for link in LINK.finditer(text):
        yield from (
            (False, word) for word in SEPARATORS.split(text[position : link.start()]) if word
        )
        yield True, link.group(0).rstrip(".,;)")
        position = link.end()
    yield from ((False, word) for word in SEPARATORS.split(text[position:]) if word)
