"""What an invoice is checked against: the seller account's details and the request's rules."""

import datetime
from dataclasses import dataclass, field

SUPPLIER_TYPES = (
    "manufacturer",
    "distributor",
    "wholesaler",
    "retailer",
    "reseller",
    "marketplace",
    "unknown",
)


@dataclass
class Reference:
    # The seller's details exactly as in Seller Central: a mismatch alone gets the request
    # rejected (domain.md).
    business_name: str = ""
    address: str = ""
    phone: str = ""
    country: str = "US"  # ISO 3166-1 alpha-2, to read phone numbers written without +
    asins: list = field(default_factory=list)
    brands: list = field(default_factory=list)
    supplier_type: str | None = None  # one of SUPPLIER_TYPES, or None when not known yet
    # The supplier record linked to the invoice: its name ("" when none is linked) and
    # country (ISO 3166-1 alpha-2, "" when not recorded: it settles 03/04 dates).
    supplier_name: str = ""
    supplier_country: str = ""
    # A letter of authorization or the requested brand is on file for it; None: not known.
    supplier_authorized: bool | None = None
    # Amazon wants invoices under 180 days old; some categories 90, appeals 365 (domain.md).
    window_days: int = 180
    # Often 10 units or more in total, up to 100 for some brand gates (domain.md).
    min_units: int = 10
    as_of: datetime.date | None = None  # None means today
    locale: str = "en"
    # The requested products (ASINs, or the brand) a person confirmed this invoice covers,
    # where the checks could not read them (the case's products grid).
    confirmed: list = field(default_factory=list)
    # Checked as one invoice of an application: the minimum of units counts over all the
    # application's invoices (the case's readiness), not on each invoice alone.
    whole_application: bool = False

    def __post_init__(self):
        if self.supplier_type is not None and self.supplier_type not in SUPPLIER_TYPES:
            raise ValueError(f"unknown supplier type {self.supplier_type!r}")
        if self.as_of is None:
            self.as_of = datetime.date.today()
        self.country = (self.country or "US").upper()
        self.supplier_country = (self.supplier_country or "").upper()
