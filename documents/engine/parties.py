"""The two parties of an invoice: the buyer (bill-to block) and the supplier (header).

Layouts differ widely, so both are found from labels and positions only: a label ("Bill
to", "Facturé à", "From", "Fournisseur"...), then the lines below it in the same column.
"""

import re
import statistics
from dataclasses import dataclass, field

from .layout import column_below
from .matching import phones_in_text

BILL_TO_LABEL = re.compile(
    r"^\s*(bill(?:ed)?[\s\-]*to|sold[\s\-]*to|invoice[d]?[\s\-]*to|customer|buyer|"
    r"factur[ée]e?[\s\-]*(?:[àa]|au?)|adresse\s+de\s+facturation|client|acheteur)\b\s*:?",
    re.I,
)
SUPPLIER_LABEL = re.compile(
    r"^\s*(from|vendor|supplier|seller|sold\s+by|remit\s+to|fournisseur|vendeur|"
    r"[ée]metteur|exp[ée]diteur)\b\s*:?",
    re.I,
)
# Labels that start another block or another kind of information.
OTHER_BLOCK_LABEL = re.compile(
    r"^\s*(ship(?:ped)?[\s\-]*to|deliver(?:ed|y)?[\s\-]*(?:to|address)|livr[ée]e?\s+[àa]|"
    r"adresse\s+de\s+livraison|payment|paiement|r[èe]glement|terms|conditions|notes?|"
    r"invoice\s*(?:no|number|#|date)|facture\s*n|date|description|d[ée]signation|item|"
    r"qty|quantit|order|commande|due|[ée]ch[ée]ance|bank|iban|page\b)",
    re.I,
)
# "Customer ID: 1234", "Client n° 42": a field, not the start of the buyer's block.
_LABEL_IS_A_FIELD = re.compile(
    r"^\s*(id|no\b|n[°º]|number|num|#|code|ref|r[ée]f|po\b|vat|tva)", re.I
)
_PHONE_LABEL = re.compile(
    r"\b(tel|t[ée]l[ée]?phone|t[ée]l|phone|ph|mobile|mob|cell|gsm)\b\.?\s*:?", re.I
)
_FAX = re.compile(r"\bfax\b", re.I)
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
# With "www." or "http(s)://" in front any domain is an address (".example", ".ae", ".jp"...);
# a bare domain only with a common ending, or "12.50" and "Inc." would read as sites.
WEBSITE = re.compile(
    r"(?<![@\w.])(?:(?:https?://|www\.)[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.[a-z]{2,}\b"
    r"|[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*"
    r"\.(?:com|net|org|biz|info|shop|store|fr|de|eu|uk|us|ca|io|co|es|it|be|ch|nl)\b)"
    r"(?:/[^\s]*)?",
    re.I,
)
_NOT_ADDRESS = re.compile(
    r"^\s*(attn|attention|contact|e-?mail|courriel|vat|tva|siret|siren|rcs|ein|tax\s*id|"
    r"account|compte|customer\s*(?:id|no)|client\s*n)",
    re.I,
)
_MAX_BLOCK_LINES = 7
# Patterns run on at most this much of a line: a crafted file cannot make them crawl.
_MAX_LINE = 300


@dataclass
class Party:
    name: str | None = None
    address: str | None = None
    phone: str | None = None
    website: str | None = None
    email: str | None = None
    labelled: bool = False
    evidence: list = field(default_factory=list)  # layout words, for the boxes

    def as_dict(self, *, with_website):
        found = {"name": self.name, "address": self.address, "phone": self.phone}
        if with_website:
            found["website"] = self.website
        return found


def find_bill_to(lines, country):
    for index, line in enumerate(lines):
        for segment_index, segment in enumerate(line.segments):
            label = BILL_TO_LABEL.match(segment.text)
            if label and not _LABEL_IS_A_FIELD.match(segment.text[label.end() :]):
                block = _block(lines, index, segment_index, label.end())
                if block:
                    return _party(block, country, labelled=True)
    return Party()


def find_supplier(lines, country, *, exclude):
    """The supplier: a labelled block, else the block at the top of the first page.

    `exclude` holds the words of the buyer's block, so nothing of the buyer (its phone
    above all) is ever taken for the supplier's.
    """
    for index, line in enumerate(lines):
        for segment_index, segment in enumerate(line.segments):
            label = SUPPLIER_LABEL.match(segment.text)
            if label and not _LABEL_IS_A_FIELD.match(segment.text[label.end() :]):
                block = _block(lines, index, segment_index, label.end())
                if block:
                    party = _party(block, country, labelled=True)
                    return _complete_from_footer(party, lines, country, exclude)
    party = _party(_header(lines, exclude), country, labelled=False)
    return _complete_from_footer(party, lines, country, exclude)


def _block(lines, index, segment_index, label_end):
    """The (text, words) pieces under a label, in the label's column, up to a blank line."""
    line = lines[index]
    segment = line.segments[segment_index]
    right = (
        line.segments[segment_index + 1].x0 - line.height / 2
        if segment_index + 1 < len(line.segments)
        else float("inf")
    )
    pieces = []
    rest = segment.text[label_end:].strip(" :")
    if rest:
        pieces.append((rest, segment.words))
    for below in column_below(lines, index, segment, right=right):
        if len(pieces) >= _MAX_BLOCK_LINES or _starts_a_block(below.text):
            break
        pieces.append((below.text, below.words))
    return pieces


def _starts_a_block(text):
    return bool(
        OTHER_BLOCK_LABEL.match(text) or BILL_TO_LABEL.match(text) or SUPPLIER_LABEL.match(text)
    )


def _header(lines, exclude):
    """The unlabelled block at the top of page 1: the supplier's, by convention.

    It is the column of the first line that is not the title, the invoice details or the
    bill-to, down to a blank line or the next label. Its name is often a heading in a larger
    type that wraps over two lines: those lines are one name.
    """
    page = [line for line in lines if line.page == 1]
    index = _header_start(page)
    if index is None:
        return []
    anchor = page[index].segments[0]
    excluded = {id(word) for word in exclude}
    body_height = statistics.median(word.height for line in page for word in line.words)
    heading = anchor.height > 1.2 * body_height
    name, name_words = anchor.text, list(anchor.words)
    pieces = []
    for segment in column_below(page, index, anchor):
        text = segment.text
        if len(pieces) + 1 >= _MAX_BLOCK_LINES or _is_title(text) or _starts_a_block(text):
            break
        if any(id(word) in excluded for word in segment.words):
            break
        if heading and not pieces and abs(segment.height - anchor.height) < 0.1 * anchor.height:
            name, name_words = f"{name} {text}", name_words + list(segment.words)
            continue
        pieces.append((text, segment.words))
    return [(name, name_words), *pieces]


def _header_start(page):
    for index, line in enumerate(page):
        text = line.segments[0].text
        if BILL_TO_LABEL.match(text):
            return None  # the buyer comes first: the supplier is named further down, if at all
        if not (_is_title(text) or OTHER_BLOCK_LABEL.match(text)):
            return index
    return None


def _is_title(text):
    return bool(
        re.fullmatch(
            r"\s*((tax|commercial|sales|pro[\s\-]?forma)\s+)?(invoice|facture|quote|quotation|"
            r"estimate|devis|receipt|re[çc]u|bill)(\s+(no|n[°º]|#).*)?\s*",
            text,
            re.I,
        )
    )


def _party(pieces, country, *, labelled):
    party = Party(labelled=labelled)
    address = []
    for text, words in pieces:
        text = text[:_MAX_LINE]
        party.evidence.extend(words)
        if _FAX.search(text) and not _PHONE_LABEL.search(text):
            continue
        email = _EMAIL.search(text)
        if email:
            party.email = party.email or email.group(0)
        website = WEBSITE.search(_EMAIL.sub(" ", text))
        if website:
            party.website = party.website or website.group(0)
        phones = phones_in_text(text, country)
        if phones or _PHONE_LABEL.search(text):
            party.phone = party.phone or (phones[0][1] if phones else None)
            continue
        if email or website or _NOT_ADDRESS.match(text):
            continue
        if party.name is None:
            party.name = text.strip(" ,")
        else:
            address.append(text.strip(" ,"))
    party.address = "\n".join(address) or None
    return party


def _complete_from_footer(party, lines, country, exclude):
    """French and many other invoices give the supplier's phone and website in the footer."""
    if party.phone and party.website:
        return party
    excluded = {id(word) for word in exclude}
    for line in lines:
        if any(id(word) in excluded for word in line.words):
            continue
        text = line.text[:_MAX_LINE]
        if not party.website:
            website = WEBSITE.search(_EMAIL.sub(" ", text))
            if website:
                party.website = website.group(0)
                party.evidence.extend(_words_of(line, website.group(0)))
        if not party.phone and _PHONE_LABEL.search(text) and not _FAX.search(text):
            phones = phones_in_text(text, country)
            if phones:
                party.phone = phones[0][1]
                party.evidence.extend(_words_of(line, phones[0][1]))
    return party


def _words_of(line, printed):
    pieces = set(printed.split())
    return [word for word in line.words if word.text in pieces or printed in word.text]
