"""The supplier's checks: details Amazon can use to contact it, an authorized kind of
source, and three forgery-level signals about who really issued the invoice.

Amazon may phone or e-mail the supplier to confirm the sale, and rejects invoices from
resellers, marketplace purchases or unauthorized suppliers; an order receipt from Amazon,
Walmart, eBay or AliExpress is a retail purchase whatever the supplier record says, and an
invoice the seller issued to itself is refused (domain.md). So the checks read the supplier
*printed* on the invoice, not only the record a person linked to it:

- `self_issued`: the printed supplier's name, address or phone are the seller's own;
- `marketplace`: the printed supplier (or a "Sold by" line, or the site the receipt comes
  from) is a marketplace or a retail store of data/marketplaces.json;
- `supplier_record`: the printed supplier is another company than the linked record
  (legal form included, as for the business name).
"""

import functools
import json
import re
from pathlib import Path

import phonenumbers
from babel import Locale
from django.utils.translation import gettext as _

from .. import matching
from ..results import FAIL, PASS, SKIP, WARN, CheckResult

AUTHORIZED_TYPES = ("manufacturer", "distributor", "wholesaler", "retailer")
REFUSED_TYPES = ("reseller", "marketplace")
# Kinds that resell a brand's goods: Amazon expects the brand's authorization behind them.
NEEDS_AUTHORIZATION = ("distributor", "retailer")
MARKETPLACES_FILE = Path(__file__).resolve().parent.parent / "data" / "marketplaces.json"
# Names this close on a scan may be a misreading: a warning, which a correction clears.
OCR_NAME_SCORE = 90
ADDRESS_SCORE = 90
_MAX_LINE = 300


# -- supplier_details ------------------------------------------------------------------------


def check_supplier_details(invoice):
    supplier = invoice.fields.supplier
    found = supplier.as_dict(with_website=True)
    expected = _("name, address, and phone or website")
    missing = []
    if not supplier.name:
        missing.append(_("name"))
    if not supplier.address:
        missing.append(_("address"))
    if not supplier.phone and not supplier.website:
        missing.append(_("phone or website"))
    if not missing:
        message = _("Supplier details found: %(name)s, with %(contact)s.") % {
            "name": supplier.name,
            "contact": ", ".join(
                part
                for part in (supplier.address.replace("\n", ", "), supplier.phone, supplier.website)
                if part
            ),
        }
        return CheckResult("supplier_details", PASS, message, expected, found)
    message = _(
        "The invoice does not show the supplier's %(missing)s. Amazon contacts suppliers to "
        "confirm sales: the invoice must show their name, address, and a phone number or "
        "website."
    ) % {"missing": _(" and ").join(str(part) for part in missing)}
    return CheckResult("supplier_details", FAIL, message, expected, found)


# -- supplier_type ---------------------------------------------------------------------------


def check_supplier_type(invoice):
    """The kind of source: what the invoice shows first, then the record's kind."""
    kind = invoice.reference.supplier_type
    expected = ", ".join(AUTHORIZED_TYPES)
    retail = retail_source(invoice)
    if retail:
        message = _(
            "The invoice comes from %(store)s, a %(kind)s: a retail purchase, whatever the "
            "supplier record says%(record)s. Amazon accepts only manufacturers, authorized "
            "distributors and wholesalers, and authorized retailers."
        ) % {
            "store": retail["store"],
            "kind": _kind_label(retail["kind"]),
            "record": _(" (recorded as a %(kind)s)") % {"kind": kind} if kind else "",
        }
        return CheckResult("supplier_type", FAIL, message, expected, retail["kind"])
    if kind is None:
        return CheckResult(
            "supplier_type",
            SKIP,
            _("The supplier's type is not known yet: record it on the supplier to check it."),
            expected,
        )
    if kind in REFUSED_TYPES:
        message = _(
            "The supplier is recorded as a %(kind)s: Amazon rejects invoices from resellers and "
            "marketplace purchases. Buy from the manufacturer, an authorized distributor or "
            "wholesaler, or an authorized retailer."
        )
        return CheckResult("supplier_type", FAIL, message % {"kind": kind}, expected, kind)
    if kind in NEEDS_AUTHORIZATION and invoice.reference.supplier_authorized is False:
        message = _(
            "The supplier is recorded as a %(kind)s, with neither a letter of authorization "
            "nor the brand on file. Amazon may ask how the %(kind)s is authorized to sell the "
            "brand: add the brand's letter of authorization to the case, or record the brands "
            "the supplier is authorized for."
        )
        return CheckResult("supplier_type", WARN, message % {"kind": kind}, expected, kind)
    if kind in AUTHORIZED_TYPES:
        message = _("The supplier is recorded as a %(kind)s, a source Amazon accepts.")
        return CheckResult("supplier_type", PASS, message % {"kind": kind}, expected, kind)
    message = _(
        "The supplier's type is unknown. Amazon accepts only manufacturers, authorized "
        "distributors and wholesalers, and authorized retailers: check the supplier, and keep "
        "a letter of authorization from the brand if you have one."
    )
    return CheckResult("supplier_type", WARN, message, expected, kind)


# -- self_issued -----------------------------------------------------------------------------


def check_self_issued(invoice):
    """The printed supplier is the seller itself: its name, address or phone."""
    reference, supplier = invoice.reference, invoice.fields.supplier
    expected = _("a supplier other than your business")
    if not (reference.business_name or reference.address or reference.phone):
        return CheckResult("self_issued", SKIP, _("No business details to compare with."))
    if not (supplier.name or supplier.address or supplier.phone):
        return CheckResult(
            "self_issued", SKIP, _("No supplier was read to compare with your business.")
        )
    same = own_details(reference, supplier)
    if not same:
        message = _("The supplier %(name)s is not your own business.") % {
            "name": supplier.name or _("on the invoice")
        }
        return CheckResult("self_issued", PASS, message, expected, supplier.name)
    message = _(
        "The invoice is issued by your own business: the supplier's %(details)s. Amazon "
        "refuses invoices a seller issued to itself: submit the invoice your supplier issued "
        "to you."
    ) % {"details": "; ".join(same)}
    return CheckResult("self_issued", FAIL, message, expected, supplier.name)


def own_details(reference, supplier):
    """Sentences naming the printed supplier's details that are the seller's own."""
    same = []
    if reference.business_name and supplier.name:
        match = matching.compare_names(reference.business_name, supplier.name)
        if match.score == 100 and not match.other_legal_form:
            same.append(_('name "%(name)s" is yours') % {"name": supplier.name})
    if reference.address and supplier.address:
        match = matching.compare_addresses(reference.address, supplier.address)
        if match.score >= ADDRESS_SCORE and not match.missing_numbers:
            address = ", ".join(supplier.address.splitlines())
            same.append(_('address "%(address)s" is yours') % {"address": address})
    if reference.phone and supplier.phone:
        ours = matching.parse_phone(reference.phone, reference.country)
        if ours and ours == matching.parse_phone(supplier.phone, reference.country):
            same.append(_("phone %(phone)s is yours") % {"phone": supplier.phone})
    return same


# -- marketplace -----------------------------------------------------------------------------


@functools.cache
def marketplaces():
    """The data file: {"order_markers": [...], "marketplaces": [{name, kind, names,
    prefixes, domains}]}, with the names and prefixes in plain form."""
    data = json.loads(MARKETPLACES_FILE.read_text(encoding="utf-8"))
    entries = []
    for entry in data["marketplaces"]:
        entries.append(
            {
                **entry,
                "cores": {matching.core_name(name) for name in entry["names"]} - {""},
                "plain_prefixes": [matching.plain(prefix) for prefix in entry["prefixes"]],
                "domain_pattern": re.compile(
                    r"(?<![\w@.\-])(?:(?:https?://)?(?:www\.|smile\.)?)("
                    + "|".join(re.escape(domain) for domain in entry["domains"])
                    + r")(?![\w\-]|\.[a-z])",
                    re.I,
                )
                if entry["domains"]
                else None,
                "order_patterns": [re.compile(p) for p in entry.get("order_numbers", ())],
            }
        )
    markers = [matching.plain(marker) for marker in data["order_markers"]]
    return {"markers": markers, "entries": entries}


def marketplace_named(name):
    """The marketplace or store entry that `name` (a company name as printed) is, or None."""
    if not name:
        return None
    words = matching.plain(name)
    core = matching.core_name(name)
    for entry in marketplaces()["entries"]:
        if core in entry["cores"]:
            return entry
        for prefix in entry["plain_prefixes"]:
            if prefix and (words == prefix or words.startswith(prefix + " ")):
                return entry
    return None


# "Sold by: X", "Sold and shipped by Walmart", "Verkauft von X": the seller of an order.
_SOLD_BY = re.compile(
    r"(?<!\w)(?:sold(?:\s+and\s+(?:shipped|fulfilled|dispatched))?\s+by|vendu\s+par|"
    r"verkauft\s+von|vendido\s+por|venduto\s+da|verkocht\s+door)\s*:?\s*(.+)",
    re.I,
)


def retail_source(invoice):
    """{store, kind, evidence} when the invoice comes from a marketplace or a retail store.

    Read from the printed supplier, any "Sold by" line, the top lines of a till receipt,
    and an order receipt of a marketplace's site ("Amazon.com order number"), or None.
    """
    supplier = invoice.fields.supplier
    lines = [line.text[:_MAX_LINE] for line in invoice.lines]
    # A "Sold by" line first: it says what the page is, better than the name alone.
    for text in lines:
        for match in _SOLD_BY.finditer(text):
            seller = re.split(r"\s{3,}|\s[·|]\s|,\s", match.group(1).strip())[0]
            entry = marketplace_named(seller)
            if entry:
                return _retail(entry, seller, "sold_by")
    entry = marketplace_named(supplier.name)
    if entry:
        return _retail(entry, supplier.name, "supplier")
    # A till receipt prints the store's name alone at its top ("Walmart", "Costco
    # Wholesale"), before anything else.
    for text in lines[:3]:
        entry = marketplace_named(text.strip())
        if entry:
            return _retail(entry, text.strip(), "header")
    plain_text = " " + " ".join(matching.plain(text) for text in lines) + " "
    ordered = any(f" {marker} " in plain_text for marker in marketplaces()["markers"])
    if not ordered:
        return None
    for entry in marketplaces()["entries"]:
        pattern = entry["domain_pattern"]
        found = pattern and next((match for text in lines if (match := pattern.search(text))), None)
        if found:
            return _retail(entry, found.group(1), "site")
    # A third-party seller's invoice for an order placed on a marketplace carries the
    # marketplace's own order number: the goods were bought there, at retail.
    for entry in marketplaces()["entries"]:
        for pattern in entry["order_patterns"]:
            found = next((match for text in lines if (match := pattern.search(text))), None)
            if found:
                return _retail(entry, found.group(0), "order_number")
    return None


def _retail(entry, printed, where):
    """`where`: the printed supplier, the receipt's top line, a "Sold by" line, the site
    of an order receipt, or the marketplace's order number on it."""
    return {"store": entry["name"], "kind": entry["kind"], "printed": printed, "where": where}


def _kind_label(kind):
    return _("retail store") if kind == "retail store" else _("marketplace")


def check_marketplace(invoice):
    expected = _("an invoice from the supplier, not a marketplace or store receipt")
    retail = retail_source(invoice)
    if retail is None:
        name = invoice.fields.supplier.name
        message = (
            _("%(name)s is not a marketplace or a retail store we know.") % {"name": name}
            if name
            else _("Nothing on the invoice names a marketplace or a retail store.")
        )
        return CheckResult("marketplace", PASS, message, expected, name)
    figures = {
        "printed": retail["printed"],
        "store": retail["store"],
        "kind": _kind_label(retail["kind"]),
    }
    if retail["where"] == "site":
        shows = _("This is an order receipt of %(printed)s (%(store)s, a %(kind)s)") % figures
    elif retail["where"] == "header":
        shows = _('The document is headed "%(printed)s": %(store)s, a %(kind)s') % figures
    elif retail["where"] == "order_number":
        shows = (
            _(
                "The order number %(printed)s is one of %(store)s (a %(kind)s): the goods were "
                "bought there"
            )
            % figures
        )
    elif retail["where"] == "sold_by":
        shows = _('The invoice says "Sold by %(printed)s": %(store)s, a %(kind)s') % figures
    elif matching.plain(retail["printed"]) == matching.plain(retail["store"]):
        shows = _("The invoice is issued by %(store)s, a %(kind)s") % figures
    else:
        shows = _('The invoice is issued by "%(printed)s": %(store)s, a %(kind)s') % figures
    message = _(
        "%(shows)s. An order receipt from a marketplace or a store is a retail purchase, and "
        "Amazon refuses it as proof of an authorized source: submit an invoice from the "
        "manufacturer or an authorized distributor."
    ) % {"shows": shows}
    return CheckResult("marketplace", FAIL, message, expected, retail["printed"])


# -- supplier_record -------------------------------------------------------------------------


def check_supplier_record(invoice):
    """The printed supplier is the company of the linked record (legal form included)."""
    recorded = invoice.reference.supplier_name
    printed = invoice.fields.supplier.name
    if not recorded:
        return CheckResult(
            "supplier_record",
            SKIP,
            _("No supplier record is linked to this invoice yet: nothing to compare."),
        )
    if not printed:
        return CheckResult(
            "supplier_record",
            SKIP,
            _("The supplier's name was not read: correct it to compare it with the record."),
            recorded,
        )
    match = matching.compare_names(recorded, printed)
    figures = {"printed": printed, "recorded": recorded, "score": round(match.score)}
    if match.score == 100 and not match.other_legal_form:
        message = _("The invoice's supplier %(printed)s is the linked record %(recorded)s.")
        return CheckResult("supplier_record", PASS, message % figures, recorded, printed)
    if match.other_legal_form:
        message = _(
            'The invoice is issued by "%(printed)s", another legal form than the linked '
            'record "%(recorded)s": for Amazon that is another company. Link the supplier that '
            "issued the invoice, or correct the record."
        )
        return CheckResult("supplier_record", FAIL, message % figures, recorded, printed)
    if invoice.read_by_ocr and match.score >= OCR_NAME_SCORE:
        message = _(
            'The supplier reads "%(printed)s", %(score)s%% like the linked record '
            '"%(recorded)s"; the scan may have been misread. Correct the supplier\'s name if '
            "so."
        )
        return CheckResult("supplier_record", WARN, message % figures, recorded, printed)
    message = _(
        'The invoice is issued by "%(printed)s", not by the linked supplier "%(recorded)s". '
        "Amazon checks the invoice's supplier: link the supplier that issued it, or find out "
        "why another company invoiced you."
    )
    return CheckResult("supplier_record", FAIL, message % figures, recorded, printed)


# -- the supplier's country ------------------------------------------------------------------

# "Newark, NJ 07102", "Oxnard, CA 93035-1234": a US state and ZIP code.
_US_STATE_ZIP = re.compile(r"\b([A-Z]{2})\s+\d{5}(?:-\d{4})?\b")
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b")
_CA_POSTCODE = re.compile(r"\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b")
# Country-code top-level domains that sites use for their country (not .co, .io, .tv...).
_COUNTRY_DOMAINS = {
    "uk": "GB", "fr": "FR", "de": "DE", "es": "ES", "it": "IT", "nl": "NL", "be": "BE",
    "at": "AT", "ch": "CH", "ie": "IE", "pt": "PT", "pl": "PL", "se": "SE", "dk": "DK",
    "fi": "FI", "no": "NO", "lu": "LU", "ca": "CA", "au": "AU", "nz": "NZ", "mx": "MX",
    "us": "US",
}  # fmt: skip
_COUNTRY_ALIASES = {
    "usa": "US", "us": "US", "u s a": "US", "united states of america": "US", "uk": "GB",
    "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "northern ireland": "GB", "deutschland": "DE", "espana": "ES", "italia": "IT",
    "nederland": "NL", "holland": "NL",
}  # fmt: skip


@functools.cache
def _country_names():
    """{country name in plain form, in the six languages: ISO code} from CLDR (Babel)."""
    us_states = set(matching.US_STATES)  # "Georgia" on a US address is the state
    names = dict(_COUNTRY_ALIASES)
    for language in ("en", "fr", "de", "es", "it", "nl"):
        for code, name in Locale(language).territories.items():
            key = matching.plain(name)
            if len(code) == 2 and code.isalpha() and key not in us_states:
                names.setdefault(key, code)
    return names


def printed_country(supplier):
    """The ISO code of the country the printed supplier is in, or None when nothing says.

    A country named at the end of the address first, then a US state and ZIP code or a UK
    postcode, an international phone number, and the website's country domain.
    """
    address = supplier.address or ""
    names = _country_names()
    for line in reversed(address.splitlines()):
        for piece in reversed(re.split(r"[,·|]", line[:_MAX_LINE])):
            code = names.get(matching.plain(piece))
            if code:
                return code
    for line in address.splitlines():
        line = line[:_MAX_LINE]
        state = _US_STATE_ZIP.search(line)
        if state and state.group(1).lower() in matching.US_STATES.values():
            return "US"
        if _UK_POSTCODE.search(line):
            return "GB"
        if _CA_POSTCODE.search(line):
            return "CA"
    phone = re.sub(r"^00", "+", (supplier.phone or "").strip())
    if phone.startswith("+"):
        try:
            number = phonenumbers.parse(phone)
        except phonenumbers.NumberParseException:
            number = None
        region = number and phonenumbers.region_code_for_number(number)
        if region and region != "ZZ":
            return region
    website = (supplier.website or "").lower()
    host = re.sub(r"^https?://", "", website).split("/")[0]
    if "." in host:
        return _COUNTRY_DOMAINS.get(host.rsplit(".", 1)[1])
    return None
