"""What the invoice engine returns: one result per check, and the report for one file."""

import json
from dataclasses import dataclass, field

# The order in which checks are listed everywhere (issue 9, "One engine, also from the
# command line"). `duplicate` needs the database and is added by the documents services.
CHECK_CODES = (
    "readable",
    "image_quality",
    "invoice_date",
    "business_name",
    "business_address",
    "business_phone",
    "supplier_details",
    "supplier_type",
    "products",
    "quantity",
    "document_kind",
    "arithmetic",
    "tamper_signals",
    "self_issued",
    "marketplace",
    "supplier_record",
)

PASS, WARN, FAIL, SKIP = "pass", "warn", "fail", "skip"
STATUSES = (PASS, WARN, FAIL, SKIP)
_SEVERITY = {PASS: 0, WARN: 1, FAIL: 2}


@dataclass
class CheckResult:
    code: str
    status: str
    message: str
    expected: object = None
    found: object = None
    # Figures the case's readiness reads and the page does not show as such: the
    # `quantity` check keeps the units of each requested product here.
    detail: dict | None = None
    # The message and values in the product's other languages, {"fr": {"message": ...}}:
    # the checks run in a worker, and each reader reads them in their own language.
    translations: dict | None = None

    def __post_init__(self):
        if self.status not in STATUSES:
            raise ValueError(f"unknown check status {self.status!r}")

    def as_dict(self):
        result = {
            "status": self.status,
            "message": self.message,
            "expected": self.expected,
            "found": self.found,
        }
        if self.detail is not None:
            result["detail"] = self.detail
        if self.translations:
            result["translations"] = self.translations
        return result


_WORDS = ("message", "expected", "found")


def in_languages(run, languages):
    """`run()`'s results ({code: CheckResult}) in the active language, each holding its
    words in `languages` as well where they differ (`run` is called once per language:
    the checks are pure functions of what was read)."""
    from django.utils import translation

    results = run()
    active = (translation.get_language() or "").split("-")[0]
    for language in languages:
        if language == active:
            continue
        with translation.override(language):
            others = run()
        for code, result in results.items():
            twin = others.get(code)
            if twin is None or twin.status != result.status:
                continue
            words = {
                name: getattr(twin, name)
                for name in _WORDS
                if getattr(twin, name) != getattr(result, name)
            }
            if words:
                result.translations = {**(result.translations or {}), language: words}
    return results


def worst_status(statuses):
    """pass < warn < fail; a skipped check says nothing about the invoice."""
    worst = PASS
    for status in statuses:
        if status != SKIP and _SEVERITY[status] > _SEVERITY[worst]:
            worst = status
    return worst


@dataclass
class InvoiceReport:
    """The checks of one invoice file and what was read from it.

    `boxes` holds where the evidence stands on the pages, for the highlighted copy in the
    packet: dicts `{page, x0, y0, x1, y1, kind, text}`, page numbered from 1, origin at the
    top left, in the unit of that page in `pages` ("pt" for PDF pages, "px" for images).
    """

    file: str
    checks: dict
    extracted: dict
    boxes: list = field(default_factory=list)
    # [{page, width, height, unit, source, rotation}]: a scan tesseract turned upright has
    # `rotation` degrees (clockwise) and the size and boxes of the upright page.
    pages: list = field(default_factory=list)
    page_count: int = 0
    text: str = ""
    content_type: str | None = None
    # A 64-bit difference hash of the first page (hex), so the database side can spot a
    # near-identical image uploaded twice (issue 9, `duplicate`).
    image_hash: str | None = None
    # The invoices the file holds, in order: [{pages, invoice_number, invoice_date,
    # invoice_date_text, total_units}]. A PDF may hold several (issue 14); `extracted` shows
    # the first one's fields, and the checks judge each one's date, quantities and figures.
    invoices: list = field(default_factory=list)

    @property
    def verdict(self):
        return worst_status(result.status for result in self.checks.values())

    def as_dict(self):
        """The JSON object of `check_invoice --format json` for this file (issue 9)."""
        return {
            "file": self.file,
            "verdict": self.verdict,
            "checks": {code: result.as_dict() for code, result in self.checks.items()},
            "extracted": self.extracted,
        }

    def to_json(self, **dumps_options):
        return json.dumps(self.as_dict(), ensure_ascii=False, **dumps_options)
