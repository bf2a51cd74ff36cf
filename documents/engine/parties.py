"""The two parties of an invoice: the buyer (bill-to block) and the supplier (the issuer).

Layouts differ widely, so both are found from labels, positions and what the page repeats:

- a label over a block or in front of a name ("Bill to", "Rechnungsadresse", "Verkauft von:",
  "Spett.le"...; labels.py has them in the six languages), then the lines below it in its
  column;
- else the unlabelled blocks of the header. The supplier's is the one whose name the page
  prints again (in its footer, on its sender line), else the first one: top left, under a
  logo. Three-column headers (customer | invoice details | supplier, as Xero prints them) and
  window-envelope letters (a one-line sender "Firma GmbH · Straße 1 · 12345 Stadt" over the
  buyer's address) hold the buyer's block without a label;
- the issuer's legal name, with its legal form (GmbH, S.r.l., B.V.: cleanco's list of many
  countries), from the sender line or the footer's legal-entity lines, when the header shows
  a trade name, a department, a tagline or a piece of the name instead.

What a company name is (legal forms, taglines, legal-name lines) is in company_names.py.
"""

import functools
import re
import statistics
from dataclasses import dataclass, field

from . import labels
from .company_names import (
    PIECE_SEPARATOR,
    cleaned_name,
    has_legal_form,
    is_sentence,
    is_tagline,
    legal_name,
    legal_names_in,
    name_with_legal_form,
    normalised,
)
from .dates import parse_dates
from .layout import column_below
from .matching import phones_in_text

# Labels that start another kind of information: the end of a party's block.
OTHER_BLOCK_LABEL = re.compile(
    r"^\s*(payment|paiement|r[èe]glement|terms|conditions|notes?|"
    r"invoice\s*(?:no|number|#|date)|facture\s*n|date|description|d[ée]signation|item|"
    r"qty|quantit|order|commande|due|[ée]ch[ée]ance|bank|iban|bic\b|page\b|"
    r"bezeichnung|beschreibung|menge|zahlung|seite\b|descripci[óo]n|cantidad|forma\s+de\s+pago|"
    r"p[áa]gina\b|descrizione|pagamento|omschrijving|aantal|betaling)",
    re.I,
)
# "Customer ID: 1234", "Client n° 42", "Kunde: 4711": a field, not the buyer's block.
_LABEL_IS_A_FIELD = re.compile(
    r"^\s*(id\b|no\b|n[°º.]|nr\b|number|num|nummer|n[úu]mero|#|code|c[óo]d|ref|r[ée]f|po\b|"
    r"vat|tva|e-?mail|since|seit|depuis|desde|dal\b|sinds|[\w\-/.]*\d[\w\-/.]*\s*$)",
    re.I,
)
_PHONE_LABEL = re.compile(
    r"\b(tel|t[ée]l[ée]?phone|t[ée]l|phone|ph|mobile|mob|cell|gsm|telefon|tel[ée]fono|"
    r"cellulare|m[óo]vil|handy)\b\.?\s*:?",
    re.I,
)
_FAX = re.compile(r"\b(fax|telefax)\b", re.I)
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
    r"^\s*(attn|attention|contact|e-?mail|courriel|tax\s*id|account|compte|"
    r"customer\s*(?:id|no)|client\s*n|\(.*\)\s*$)",
    re.I,
)
# "ATTN: Harbor Lane Trading Ltd": a company after the attention label is the party itself.
_ATTENTION = re.compile(r"^\s*(?:attn|attention|z\.?\s*hd\.?|t\.?\s*a\.?\s*v\.?)\s*[:.]?\s*", re.I)
# A template's placeholders and a contact person's line are never the party's name.
_NOT_A_NAME = re.compile(
    r"\b(trade\s+name|company\s+name|your\s+company|nom\s+commercial|firmenname|"
    r"nombre\s+comercial|ragione\s+sociale|bedrijfsnaam|contact)\b",
    re.I,
)
_NUMBER_MARK = re.compile(r"(?:n[°º]|no\.|nr\.|#)", re.I)
_POSTCODE_CITY = re.compile(r"\b[A-Z]{0,2}-?\d{4,5}\s+[^\W\d_]")
# A street and its number, or a postcode and its town: "Talstraße 5", "D-63571 Gelnhausen".
_STREET_OR_CITY = re.compile(r"[^\W\d_]{3,}.*\b\d|\b\d+\w?\b.*[^\W\d_]{3,}")
# "Hengelosestraat 5", "Via Po 14", "Calle Mayor 3-5": a street and its number.
_STREET = re.compile(r"[^\d]*[^\W\d_]{3,}\.?,?\s+\d+\s?[a-zA-Z]?(?:\s?[-/]\s?\d+[a-zA-Z]?)?")
_BANK = re.compile(r"(bank|banque|banco|banca|sparkasse)\b", re.I)
_MAX_BLOCK_LINES = 7
# The header: the top of the first page, down to the product table.
_HEADER_LINES = 40
# A window envelope's address starts at most this many text heights under the sender line.
_WINDOW_GAP = 10
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
    """The buyer: a labelled block, else the header's customer block without a label."""
    block = _labelled_block(lines, labels.BILL_TO, labels.BILL_TO_PHRASE)
    if block:
        return _party(block, country, labelled=True)
    customer = _Header(lines, exclude=()).customer()
    if customer:
        return _party(customer.pieces, country, labelled=False)
    return Party()


def find_supplier(lines, country, *, exclude):
    """The supplier: a labelled block ("Sold by"), else the header's; by its legal name.

    `exclude` holds the words of the buyer's block, so nothing of the buyer (its phone
    above all) is ever taken for the supplier's.
    """
    header = _Header(lines, exclude=exclude)
    block = _labelled_block(lines, labels.SUPPLIER, labels.SOLD_BY)
    party = _party(block or header.supplier(), country, labelled=bool(block))
    party.name = legal_name(party.name, header.legal_names)
    # Nor the ship-to's, when the buyer is only printed there ("Shipping address").
    ship_to = _labelled_block(lines, labels.SHIP_TO, None)
    exclude = [*exclude, *(word for _text, words in ship_to for word in words)]
    return _complete_from_footer(party, lines, country, exclude)


# -- labelled blocks ------------------------------------------------------------------------


def _labelled_block(lines, pattern, phrase):
    """The (text, words) pieces of the first block under or after a label of `pattern`."""
    for index, line in enumerate(lines):
        for segment_index, segment in enumerate(line.segments):
            end = _label_end(segment.text[:_MAX_LINE], pattern, phrase)
            if end is None:
                continue
            # A block spans a few lines (more when another block's lines interleave).
            headings = _table_headings(lines[index : index + 3 * _MAX_BLOCK_LINES])
            if id(segment) in headings:
                continue  # "Vendor  Item  Qty  Price": a table's column, not a block's label
            block = _block(lines, index, segment_index, end, headings)
            if any(_names_someone(text) for text, _words in block[:3]):
                return block
    return []


def _label_end(text, pattern, phrase=None):
    """Where a label at the start of `text` ends, or None.

    A label heads its block alone or ends with a colon ("Kunde: ..."): "Seller Trade Name"
    and "Customer service" are no labels. A phrase ("Sold by") may run on into the name.
    """
    found = phrase.match(text) if phrase else None
    if found:
        end = found.end() + re.match(r"\s*:?\s*", text[found.end() :]).end()
    else:
        found = pattern.match(text)
        if not found:
            return None
        colon = re.match(r"\s*:\s*", text[found.end() :])
        if colon:
            end = found.end() + colon.end()
        elif text[found.end() :].strip():
            return None
        else:
            end = found.end()
    if _LABEL_IS_A_FIELD.match(text[end:]) or any(start == end for start, *_ in parse_dates(text)):
        return None
    return end


def _block(lines, index, segment_index, label_end, headings):
    """The (text, words) pieces under a label, in the label's column, up to a blank line,
    the next label or a table's heading (in `headings`, segment ids).
    """
    segment = lines[index].segments[segment_index]
    pieces = []
    rest = segment.text[label_end:].strip(" :")
    if rest:
        pieces.append((rest, segment.words))
    for below in column_below(lines, index, segment, right=_right_edge(lines, index, segment)):
        if len(pieces) >= _MAX_BLOCK_LINES or id(below) in headings:
            break
        if _starts_a_block(below.text):
            break
        pieces.append((below.text, below.words))
    return pieces


def _right_edge(lines, index, segment):
    """Where the block beside this one starts: the bill-to's column ends at the ship-to's.

    The neighbouring label may sit a little higher or lower than this one (office suites
    print the two blocks' lines interleaved).
    """
    line = lines[index]
    middle = (segment.y0 + segment.y1) / 2
    edges = [
        other.x0
        for near in lines[max(0, index - 2) : index + 3]
        if near.page == line.page
        for other in near.segments
        if other.x0 > segment.x1 and abs((other.y0 + other.y1) / 2 - middle) < line.height
    ]
    return min(edges) - line.height / 2 if edges else float("inf")


def _starts_a_block(text):
    text = text[:_MAX_LINE]
    return bool(
        OTHER_BLOCK_LABEL.match(text)
        or labels.INVOICE_NUMBER.match(text)
        or labels.INVOICE_DATE.match(text)
        or labels.OTHER_DATE.match(text)
        or _party_label_end(text) is not None
    )


def _party_label_end(text):
    """Where a bill-to, ship-to or supplier label at the start of `text` ends, or None."""
    for pattern, phrase in (
        (labels.BILL_TO, labels.BILL_TO_PHRASE),
        (labels.SHIP_TO, None),
        (labels.SUPPLIER, labels.SOLD_BY),
    ):
        end = _label_end(text, pattern, phrase)
        if end is not None:
            return end
    return None


def _table_headings(lines):
    """The segment ids of the lines that head a table ('SKU  Description  Qty  Amount').

    Three columns or more without a figure, two of one word or over a row with figures in
    three columns: "TAX INVOICE  Invoice Date  Northwind Supplies Ltd" over "3 Mar 2026  22
    Harbour Road" is a header's top. Scraps of a scan's rules and boxes ("|", "ae") are no
    columns.
    """
    found = set()
    for index, line in enumerate(lines):
        if len(line.segments) < 3:
            continue
        texts = [segment.text for segment in line.segments]
        columns = [text for text in texts if len(re.findall(r"[^\W\d_]", text)) >= 3]
        if len(columns) < 3 or any(re.search(r"\d", text) for text in texts):
            continue
        below = lines[index + 1].segments if index + 1 < len(lines) else []
        figures = [segment for segment in below if re.search(r"\d", segment.text)]
        if sum(" " not in text for text in columns) >= 2 or len(figures) >= 3:
            found |= {id(segment) for segment in line.segments}
    return found


# -- the header -----------------------------------------------------------------------------


@dataclass
class _Block:
    pieces: list  # (text, words), the name first
    named: bool

    @property
    def name(self):
        return cleaned_name(self.pieces[0][0]) if self.named else None

    @property
    def first(self):
        return self.pieces[0][1][0]

    @functools.cached_property
    def word_ids(self):
        return {id(word) for _text, words in self.pieces for word in words}

    @property
    def gives_contact(self):
        return any(
            _EMAIL.search(text) or WEBSITE.search(text) or labels.LEGAL_ID.search(text)
            for text, _words in self.pieces
        )

    @property
    def address_like(self):
        """Two lines or more, one (after the name) with a street and its number or a postcode
        and its town: "Reference / PO-7731" is a field of the invoice details.
        """
        lines = self.pieces[1:] if self.named else self.pieces
        return len(self.pieces) >= 2 and any(
            _STREET_OR_CITY.search(text[:_MAX_LINE]) for text, _words in lines
        )


class _Header:
    """The unlabelled blocks at the top of the first page, and the names the page repeats."""

    def __init__(self, lines, *, exclude):
        self.lines = lines
        # A file may hold several invoices: each one's header is on its own first page.
        self.first_page = lines[0].page if lines else 1
        self.page = [line for line in lines if line.page == self.first_page]
        self.excluded = {id(word) for word in exclude}
        self.buyer = normalised(" ".join(word.text for word in exclude))
        self.blocks, self.senders, self.labelled = [], [], set()
        if self.page:
            self._read()

    def _read(self):
        taken = set(self.excluded)
        body = statistics.median(word.height for line in self.page for word in line.words)
        headings = _table_headings(self.page[: _HEADER_LINES + 1])
        for index, line in enumerate(self.page[:_HEADER_LINES]):
            if line.segments and id(line.segments[0]) in headings:
                break
            for segment_index, segment in enumerate(line.segments):
                if any(id(word) in taken for word in segment.words):
                    continue
                text = segment.text[:_MAX_LINE]
                label_end = _party_label_end(text)
                if label_end is not None:
                    block = _block(self.page, index, segment_index, label_end, headings)
                    self.labelled |= {id(word) for _text, words in block for word in words}
                    self.labelled |= {id(word) for word in segment.words}
                    taken |= self.labelled
                    continue
                sender = _sender_pieces(text)
                if sender:
                    # A sender line tops the page, over the window envelope's address; lower
                    # down, or with a registration number, it is a footer or a letterhead.
                    if not self.blocks and not labels.LEGAL_ID.search(text):
                        self.senders.append((segment, sender))
                    taken |= {id(word) for word in segment.words}
                    continue
                kind = _kind(text)
                if kind:
                    pieces = self._column(index, segment, body, headings, taken)
                    block = _Block(pieces, named=kind == "name")
                    taken |= block.word_ids
                    self.blocks.append(block)

    def _column(self, index, anchor, body_height, headings, taken):
        """The block under `anchor`. A name set as a heading that wraps is one name."""
        heading = anchor.height > 1.2 * body_height
        name, name_words = anchor.text, list(anchor.words)
        pieces = []
        for segment in column_below(self.page, index, anchor):
            text = segment.text
            if len(pieces) + 1 >= _MAX_BLOCK_LINES or id(segment) in headings:
                break
            if any(id(word) in taken for word in segment.words):
                break
            if _is_title(text[:_MAX_LINE]) or is_sentence(text) or _starts_a_block(text):
                break
            if is_tagline(text):
                continue  # "Quality kitchenware since 1952" under the name
            if heading and not pieces and abs(segment.height - anchor.height) < 0.1 * anchor.height:
                name, name_words = f"{name} {text}", name_words + list(segment.words)
                continue
            pieces.append((text, segment.words))
        return [(name, name_words), *pieces]

    def supplier(self):
        """The supplier's (text, words) pieces: the block whose name the page prints again,
        the sender line of a window envelope, else the first block.
        """
        named = [block for block in self.blocks if block.named]
        for block in named:
            if block.address_like and self._printed_elsewhere(block):
                return _with_name(block)
        if self.senders:
            segment, pieces = self.senders[0]
            return [(pieces[0], segment.words), *((piece, []) for piece in pieces[1:])]
        legal = self.legal_names
        nameless = [
            block
            for block in self.blocks
            if not block.named and block.address_like and (not named or _beside(named[0], block))
        ]
        if legal and nameless:
            # The supplier's block lost its name (a logo; a three-column header's name glued
            # to the invoice details by the text layer): the footer's legal lines name it.
            return [(legal[0], []), *nameless[0].pieces]
        # Of two address blocks, the supplier's gives an e-mail, a website or a VAT number.
        contact = [block for block in named if block.address_like and block.gives_contact]
        if len(contact) == 1:
            return _with_name(contact[0])
        if named:
            return _with_name(named[0])
        return [(legal[0], [])] if legal else []

    def customer(self):
        """The buyer's block without a label: under a window envelope's sender line, or the
        header's other address block (three-column headers).
        """
        named = [block for block in self.blocks if block.named and block.address_like]
        for segment, _pieces in self.senders:
            for block in named:
                gap = block.first.y0 - segment.y1
                below = 0 < gap < _WINDOW_GAP * segment.height
                if below and abs(block.first.x0 - segment.x0) < 3 * block.first.height:
                    return block
        if sum(block.address_like for block in self.blocks) < 2:
            return None
        supplier = {id(word) for _text, words in self.supplier() for word in words}
        for block in named:
            if block.word_ids.isdisjoint(supplier) and not self._printed_elsewhere(block):
                return block
        return None

    def _printed_elsewhere(self, block):
        """The block's name printed again, outside its block and the buyer's."""
        key = normalised(block.name)
        if len(key) < 3:
            return False
        skip = block.word_ids | self.excluded | self.labelled
        return any(
            f" {key} " in text and ids.isdisjoint(skip) for ids, text in self._other_segments
        )

    @functools.cached_property
    def _other_segments(self):
        """(word ids, normalised text) of the segments of the first page and of the last,
        where footers and legal lines are.
        """
        last = self.lines[-1].page if self.lines else 1
        return [
            ({id(word) for word in segment.words}, f" {normalised(segment.text[:_MAX_LINE])} ")
            for line in self.lines
            if line.page in (self.first_page, last)
            for segment in line.segments
        ]

    @functools.cached_property
    def legal_names(self):
        """Company names with a legal form that start a sender, footer or legal-entity line
        (or follow "sold by"), most printed first; never the buyer's.
        """
        counts = {}
        skip = self.excluded | self.labelled
        last = self.lines[-1].page if self.lines else 1
        for line in self.lines:
            if line.page not in (self.first_page, last):
                continue
            for segment in line.segments:
                if not any(id(word) in skip for word in segment.words):
                    for name in legal_names_in(segment.text[:_MAX_LINE]):
                        key = normalised(name)
                        if key not in self.buyer and not _BANK.search(name):
                            counts.setdefault(key, [name, 0])[1] += 1
        ranked = sorted(counts.values(), key=lambda found: -found[1])
        return [name for name, _count in ranked]


def _with_name(block):
    """The block's pieces with its name cleaned of a logo's placeholder or a title."""
    return [(block.name, block.pieces[0][1]), *block.pieces[1:]]


def _beside(block, other):
    """`other` starts right of `block`, within its height: a column of the same header."""
    top = block.first.y0 - block.first.height
    bottom = max(word.y1 for _text, words in block.pieces for word in words)
    return other.first.x0 > block.first.x0 and top <= other.first.y0 <= bottom


def _sender_pieces(text):
    """The pieces of a one-line sender ("Firma GmbH · Straße 1 · 12345 Stadt"), or None."""
    pieces = [piece.strip() for piece in PIECE_SEPARATOR.split(text) if piece.strip()]
    if len(pieces) < 3:
        if _is_field(text):
            return None  # "N° TVA intra : FR 11 123 456 782"
        if len(pieces) < 2 and "," in text and name_with_legal_form(text.split(",")[0])[0]:
            pieces = [piece.strip() for piece in text.split(",") if piece.strip()]
            if not _POSTCODE_CITY.search(pieces[-1]):
                return None
    if len(pieces) < 2 or not any(_STREET_OR_CITY.search(piece) for piece in pieces[1:]):
        return None
    return pieces if _kind(pieces[0]) == "name" else None


# -- what a line of text is -----------------------------------------------------------------


def _kind(text):
    """'name' for a segment that may start a party's block, 'address' for a street or
    postcode line, None for anything else: a title, a field ("X:"), a date, a number, a
    phone, an e-mail or website, a sentence, a tagline, a placeholder, a label.
    """
    text = text[:_MAX_LINE].strip()
    if sum(character.isalpha() for character in text) < 3:
        return None
    if text[0].isdigit():
        street = re.match(r"\d+\w?\s+[^\W\d_]{2}", text) and not parse_dates(text)
        return "address" if street else None
    if _STREET.fullmatch(text):
        return "address"
    if not any(character.isupper() for character in text):
        return None
    if _is_field(text) or _NUMBER_MARK.match(text) or (" " not in text and _has_digit(text)):
        return None  # "Invoice No:", "N° 42", "INV-0417"
    if _is_title(text) or _NOT_A_NAME.search(text) or _EMAIL.search(text):
        return None
    if WEBSITE.fullmatch(text) or is_sentence(text) or is_tagline(text):
        return None
    if _starts_a_block(text) or labels.LEGAL_ID.match(text) or parse_dates(text):
        return None
    return "name"


def _has_digit(text):
    return any(character.isdigit() for character in text)


def _names_someone(text):
    """A line of a labelled block that names its party: a name, "ATTN: <company>", "Firma:
    <name>".
    """
    attention = _ATTENTION.match(text)
    if attention:
        return has_legal_form(text[attention.end() :])
    label, colon, value = text.partition(":")
    if colon and _is_field(text):
        return bool(labels.PARTY_NAME.search(label) and value.strip())
    return _kind(text) == "name"


def _is_field(text):
    """'Invoice No:', 'Data documento:11/02/2026', 'Guest Name: ...': a label and its value."""
    label = re.match(r"([^:]{1,40}?)\s?:(?!//)", text)
    return bool(label and len(label.group(1).split()) <= 5 and not _has_digit(label.group(1)))


def _is_title(text):
    """The document's title alone ("RECHNUNG", "Factura / Resumen del pedido", "Invoice
    103767"): the title words, their numbers and separators, and nothing else.
    """
    rest = labels.DOCUMENT_TITLE.sub(" ", text)
    if rest == text:
        return False
    rest = re.sub(r"[\w./\-#°º]*\d[\w./\-]*|\b(?:no|nr|n[°º]|num|nummer|number)\b\.?", " ", rest)
    return not re.search(r"[^\W\d_]", rest)


# -- a party's lines ------------------------------------------------------------------------


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
        phones = _phones(text, country)
        if phones or _PHONE_LABEL.search(text):
            party.phone = party.phone or (phones[0][1] if phones else None)
            continue
        attention = _ATTENTION.match(text)
        if attention and party.name is None and has_legal_form(text[attention.end() :]):
            party.name = text[attention.end() :].strip(" ,")
            continue
        if website and not email and party.name is None and has_legal_form(text):
            # "Amazon.com Services LLC", "Boxes.co.uk Ltd": a company named after its site.
            party.name = text.strip(" ,")
            continue
        if email or website or _NOT_ADDRESS.match(text) or labels.LEGAL_ID.match(text):
            continue
        label, colon, value = text.partition(":")
        if colon and _is_field(text):
            # "Firma: Nordlicht GmbH" names the party; "Kundennummer: 10023" is no address.
            if party.name is None and labels.PARTY_NAME.search(label) and value.strip():
                party.name = value.strip(" ,")
            continue
        text = text.strip(" ,|_‘’'")
        if not re.search(r"\w", text):
            continue  # a rule or a box's edge read by OCR
        if party.name is None:
            if not _NOT_A_NAME.search(text):
                party.name = text
        else:
            address.append(text)
    party.address = "\n".join(address) or None
    return party


def _phones(text, country):
    """The phone numbers of a line, unless a label says it is one: a house number or a
    postcode is none ("Hafenstraße 12" reads as a German short number), nor a VAT number.
    """
    if _PHONE_LABEL.search(text):
        return phones_in_text(text, country)
    if labels.LEGAL_ID.search(text):
        return []  # "USt-IdNr. DE 330 128 774", "SIRET 448 207 316 00028"
    return [
        phone for phone in phones_in_text(text, country) if len(re.sub(r"\D", "", phone[1])) >= 7
    ]


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
            phones = _phones(text, country)
            if phones:
                party.phone = phones[0][1]
                party.evidence.extend(_words_of(line, phones[0][1]))
    return party


def _words_of(line, printed):
    pieces = set(printed.split())
    return [word for word in line.words if word.text in pieces or printed in word.text]
