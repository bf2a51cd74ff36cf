"""What the cases app may read of documents: facts for readiness, lists for pages."""

from dataclasses import dataclass, field
from datetime import datetime

from django.utils.translation import gettext_lazy as _

from cases.readiness import InvoiceFact

from .check_names import check_name, in_reader_language
from .models import CaseDocument, Purpose

# Checks whose warning is a sign of forgery for Amazon: they block readiness until a
# reviewer accepts them (docs/domain.md, Invoices). The last three read who issued the
# invoice: the seller itself, a marketplace or store, another company than the record.
FORGERY_CHECKS = ("tamper_signals", "arithmetic", "self_issued", "marketplace", "supplier_record")


def invoice_uses(case):
    return (
        CaseDocument.objects.filter(case=case, purpose=Purpose.INVOICE)
        .select_related("document__invoice__supplier")
        .order_by("created", "pk")
    )


# A check that fails on the same reading as a signal: accepting the signal accepts it too.
# `supplier_type` fails on the retail source that `marketplace` names (engine/checks/supplier.py).
ACCEPTED_WITH = {"marketplace": ("supplier_type",)}
_SEVERITY = {"pass": 0, "warn": 1, "fail": 2}


def accepted_codes(use, results):
    """The codes of `results` a reviewer accepted on this invoice, with those they cover."""
    accepted = set(use.overrides or {})
    for code in list(accepted):
        if (results.get(code) or {}).get("status") == "fail":
            accepted.update(ACCEPTED_WITH.get(code, ()))
    return accepted


def verdict_of(use):
    """The invoice's verdict for readiness ("" while its checks run): the worst status of
    the latest results, leaving out the signals a reviewer accepted. The stored verdict and
    the results themselves stay as the checks wrote them."""
    if use.status != "done":
        return ""
    runs = list(use.check_runs.all())
    if not runs or not use.overrides:
        return use.verdict
    results = runs[0].results
    accepted = accepted_codes(use, results)
    statuses = [
        result.get("status")
        for code, result in results.items()
        if code not in accepted and result.get("status") in _SEVERITY
    ]
    return max(statuses, key=_SEVERITY.__getitem__, default="pass")


def signals_of(use):
    """[(code, message)] of the latest results' forgery-level signals not yet accepted."""
    runs = list(use.check_runs.all())
    if use.status != "done" or not runs:
        return []
    results = runs[0].results
    return [
        (code, in_reader_language(results[code]).get("message", ""))
        for code in FORGERY_CHECKS
        if code in results
        and results[code].get("status") in ("warn", "fail")
        and code not in (use.overrides or {})
    ]


@dataclass(frozen=True)
class AcceptedOverride:
    """A forgery-level signal a reviewer accepted on a case document, and why."""

    use: CaseDocument
    code: str
    reason: str
    by: object  # the reviewer; None once their account is gone
    at: datetime | None


def accepted_overrides(uses):
    """The signals accepted on these case documents (`CaseDocument.overrides`), oldest
    first, with the reviewers in one query whatever their number."""
    from django.contrib.auth import get_user_model

    entries = [
        (use, code, entry)
        for use in uses
        for code, entry in sorted((use.overrides or {}).items())
        if isinstance(entry, dict)
    ]
    ids = {entry.get("by") for _use, _code, entry in entries if entry.get("by")}
    reviewers = get_user_model().objects.in_bulk(ids) if ids else {}
    overrides = [
        AcceptedOverride(
            use=use,
            code=code,
            reason=entry.get("reason") or "",
            by=reviewers.get(entry.get("by")),
            at=_moment(entry.get("at")),
        )
        for use, code, entry in entries
    ]
    return sorted(overrides, key=lambda override: (override.at is None, override.at or 0))


def _moment(text):
    try:
        return datetime.fromisoformat(text) if text else None
    except (TypeError, ValueError):
        return None


def coverage_of(use):
    """(products the invoice shows or a person confirmed, {product: units counted}) of the
    latest results (engine/checks/products.py)."""
    runs = list(use.check_runs.all())
    if use.status != "done" or not runs:
        return [], {}
    results = runs[0].results
    covers = list((results.get("products") or {}).get("found") or {})
    units = ((results.get("quantity") or {}).get("detail") or {}).get("units") or {}
    return covers, units


def failed_checks_of(use):
    """The names of the latest results' failed checks, for a readiness row that names them
    (an unreadable scan is named alone, not the checks that failed because of it)."""
    runs = list(use.check_runs.all())
    if use.status != "done" or not runs:
        return []
    results = runs[0].results
    accepted = accepted_codes(use, results)
    problems = document_checks(results).problems
    return [
        check_name(row.code)
        for row in problems
        if row.status == "fail" and row.code not in accepted
    ]


def invoice_facts(case):
    facts = []
    for use in invoice_uses(case).prefetch_related("check_runs"):
        invoice = getattr(use.document, "invoice", None)
        supplier = invoice.supplier if invoice else None
        covers, units = coverage_of(use)
        facts.append(
            InvoiceFact(
                name=use.document.original_name,
                invoice_date=invoice.invoice_date if invoice else None,
                verdict=verdict_of(use),
                status=use.status,
                supplier_name=supplier.name
                if supplier
                else (invoice.supplier_name if invoice else ""),
                supplier_kind=supplier.kind if supplier else None,
                supplier_confirmed_on=supplier.confirmation_agreed_on if supplier else None,
                signals=signals_of(use),
                document_id=use.pk,
                failed_checks=failed_checks_of(use),
                covers=covers,
                units=units,
            )
        )
    return facts


def supporting_purposes(case):
    return set(
        CaseDocument.objects.filter(case=case)
        .exclude(purpose=Purpose.INVOICE)
        .values_list("purpose", flat=True)
    )


def supporting_uses(case):
    return (
        CaseDocument.objects.filter(case=case)
        .exclude(purpose=Purpose.INVOICE)
        .select_related("document")
        .order_by("created", "pk")
    )


def asins_named(invoice, asins):
    """The ASINs of the list that the invoice names (its lines or its text)."""
    if invoice is None:
        return set()
    found = {str(line.get("asin") or "").upper() for line in invoice.lines or []}
    text = (invoice.text or "").upper()
    return {asin for asin in asins if asin in found or asin in text}


def evidence_matrix(case, asins, window_days, as_of):
    """{ASIN: [uses that cover it]} and the documents, for the evidence step.

    An invoice covers an ASIN when it names it (found by the checks) or a person confirmed
    it, and when it is dated within the evidence period before the notice.
    """
    from datetime import timedelta

    uses = list(
        CaseDocument.objects.filter(case=case)
        .select_related("document__invoice")
        .order_by("created", "pk")
    )
    oldest = as_of - timedelta(days=window_days)
    matrix = {asin: [] for asin in asins}
    cells = {}
    for use in uses:
        invoice = getattr(use.document, "invoice", None)
        named = asins_named(invoice, asins) if use.purpose == Purpose.INVOICE else set()
        confirmed = set(use.asins or [])
        in_window = use.purpose != Purpose.INVOICE or (
            invoice is not None
            and invoice.invoice_date is not None
            and oldest <= invoice.invoice_date <= as_of
        )
        for asin in asins:
            state = "named" if asin in named else "confirmed" if asin in confirmed else ""
            cells[(use.pk, asin)] = (state, in_window)
            if state and in_window and use.purpose == Purpose.INVOICE:
                matrix[asin].append(use)
    return matrix, uses, cells


# --- An appeal's evidence: units invoiced per ASIN, the chain back to the manufacturer ---


def units_invoiced(matrix):
    """{ASIN: (units invoiced, [names of invoices whose units of it could not be counted])}
    over the invoices the evidence matrix finds covering each ASIN within the period.

    An invoice's units of an ASIN are those its checks counted (engine/checks/products.py,
    kept in the `quantity` result); when its results predate a person's confirmation, the
    units of its lines naming the ASIN, or all its units when no line names an ASIN under
    review (the same rule as the check).
    """
    from decimal import Decimal

    asins = list(matrix)
    totals = {}
    for asin, uses in matrix.items():
        total, uncounted = Decimal(0), []
        for use in uses:
            units = _units_of(use, asin, asins)
            if units is None:
                uncounted.append(use.document.original_name)
            else:
                total += units
        totals[asin] = (total, uncounted)
    return totals


def _units_of(use, asin, asins):
    from decimal import Decimal

    _covers, counted = coverage_of(use)
    if counted.get(asin) is not None:
        return Decimal(str(counted[asin]))
    invoice = getattr(use.document, "invoice", None)
    if invoice is None:
        return None
    lines = [line for line in invoice.lines or [] if line.get("quantity") is not None]

    def names(line, code):
        return code in f"{line.get('asin') or ''} {line.get('description') or ''}".upper()

    naming = [line for line in lines if names(line, asin)]
    if naming:
        return sum((Decimal(str(line["quantity"])) for line in naming), Decimal(0))
    if any(names(line, code) for line in lines for code in asins):
        return None  # its lines name other ASINs: this one's units cannot be told apart
    if lines:
        return sum((Decimal(str(line["quantity"])) for line in lines), Decimal(0))
    return None if invoice.total_units is None else Decimal(invoice.total_units)


CHAIN_PURPOSES = (Purpose.INVOICE, Purpose.AUTHORIZATION, Purpose.OTHER)


def _folded(name):
    import re

    return " ".join(re.sub(r"[^\w]+", " ", (name or "").casefold()).split())


def supply_chain(case, links):
    """The chain back to the manufacturer of each invoice not from the manufacturer.

    `links` maps an invoice's SHA-256 to the SHA-256s of the documents a person said trace
    it (an appeal's `supply_chain`). An invoice's chain is shown by its supplier's letter of
    authorization on record, a document linked to it, or another invoice of the case billed
    to its supplier (the distributor's own purchase). Returns one dict per such invoice.
    """
    uses = [
        use
        for use in CaseDocument.objects.filter(case=case, purpose__in=CHAIN_PURPOSES)
        .select_related("document__invoice__supplier__authorization_letter")
        .order_by("created", "pk")
    ]
    rows = []
    for use in uses:
        invoice = getattr(use.document, "invoice", None)
        if use.purpose != Purpose.INVOICE or invoice is None:
            continue
        supplier = invoice.supplier
        if supplier is not None and supplier.kind == "manufacturer":
            continue
        name = supplier.name if supplier else invoice.supplier_name
        linked = set(links.get(use.document.sha256, []))
        others = [other for other in uses if other.pk != use.pk]
        shown_by = [other for other in others if other.document.sha256 in linked]
        if name:
            shown_by += [
                other
                for other in others
                if other not in shown_by
                and getattr(other.document, "invoice", None) is not None
                and _folded(name) in _folded(other.document.invoice.bill_to_name)
            ]
        letter = supplier.authorization_letter if supplier else None
        rows.append(
            {
                "use": use,
                "supplier": name or "",
                "letter": letter,
                "shown_by": shown_by,
                "candidates": [(other, other in shown_by) for other in others],
                "documented": bool(letter or shown_by),
            }
        )
    return rows


def products_grid(case):
    """The products grid of an ungating case: requested products × invoices.

    Each cell says whether the invoice shows the product ("named"), a person confirmed it
    ("confirmed") or neither, with the units counted for it; each row whether some invoice
    covers the product and its units over the invoices in the window (what readiness
    counts, cases/readiness.py `products_covered`).
    """
    from decimal import Decimal

    from django.utils import timezone

    request = case.ungating
    products = request.requested_products or [""]
    uses = list(invoice_uses(case).prefetch_related("check_runs"))
    today = timezone.localdate()
    columns = []
    for use in uses:
        covers, units = coverage_of(use)
        invoice = getattr(use.document, "invoice", None)
        dated = invoice.invoice_date if invoice else None
        in_window = dated is not None and 0 <= (today - dated).days <= (request.invoice_window_days)
        columns.append((use, covers, units, in_window))
    rows = []
    for index, product in enumerate(products):
        cells, total, covered = [], Decimal(0), False
        for use, covers, units, in_window in columns:
            confirmed = product in (use.asins or [])
            state = "confirmed" if confirmed else "named" if product in covers else ""
            count = units.get(product)
            if product in covers or not product:
                covered = True
            if count is not None and in_window:
                total += Decimal(str(count))
            cells.append(
                {
                    "use": use,
                    "state": state,
                    "units": count,
                    "in_window": in_window,
                    "checking": use.status != "done",
                    "field": f"cover-{use.pk}-{index}",
                }
            )
        rows.append(
            {
                "product": product,
                "cells": cells,
                "covered": covered,
                "units": total.normalize(),
                "enough": total >= request.required_units,
            }
        )
    return {
        "grid_rows": rows,
        "grid_uses": uses,
        "grid_products": products,
        "grid_minimum": request.required_units,
    }


# --- The document page (issue 19): checks at a glance, the preview's outlines ---------

# Checks that judge what was read: when the scan itself failed, their failures follow
# from it, and the page folds them under that one cause.
READ_DEPENDENT_CHECKS = (
    "invoice_date",
    "business_name",
    "business_address",
    "business_phone",
    "supplier_details",
    "products",
    "quantity",
    "document_kind",
    "arithmetic",
)
SCAN_CHECKS = ("readable", "image_quality")
# Checks whose found value says nothing a person reads: a word count, scan measurements,
# an empty list of signs; their message says it in words.
CHECKS_WITHOUT_VALUES = ("readable", "image_quality", "tamper_signals", "arithmetic", "duplicate")
_STATUS_ORDER = {"fail": 0, "warn": 1, "skip": 2, "pass": 3}
# What each outline on the preview marks, in the legend's words.
OUTLINE_KINDS = {
    "bill_to": _("Your business (bill-to)"),
    "supplier": _("Supplier"),
    "invoice_date": _("Invoice date"),
    "invoice_number": _("Invoice number"),
    "asin": _("ASIN"),
}


@dataclass
class CheckRow:
    code: str
    status: str
    message: str
    expected: str = ""
    found: str = ""
    # Failures that follow from this one (an unreadable scan): shown folded under it.
    follow_ons: list = field(default_factory=list)


@dataclass
class DocumentChecks:
    problems: list  # failures first, then warnings
    passed: list  # passes and skipped checks, folded on the page


def document_checks(results):
    """The check results as the document page shows them.

    Failures, then warnings; the failures of checks that judge what was read, when the
    scan itself could not be read, go under that cause; passes and skips last. Expected
    and found values are given only where they tell something, once each.
    """
    rows = [_row(code, result) for code, result in (results or {}).items()]
    rows.sort(key=lambda row: _STATUS_ORDER.get(row.status, 9))
    cause = next((row for row in rows if row.code in SCAN_CHECKS and row.status == "fail"), None)
    problems, passed = [], []
    for row in rows:
        if row.status in ("pass", "skip"):
            passed.append(row)
        elif cause is not None and row.code in READ_DEPENDENT_CHECKS:
            cause.follow_ons.append(row)
        else:
            problems.append(row)
    return DocumentChecks(problems=problems, passed=passed)


def _row(code, result):
    result = in_reader_language(result)
    status = result.get("status", "skip")
    row = CheckRow(code=code, status=status, message=result.get("message", ""))
    if status in ("fail", "warn") and code not in CHECKS_WITHOUT_VALUES:
        row.expected = shown_value(result.get("expected"))
        found = shown_value(result.get("found"))
        # A found value equal to the expected one is said once, by the message.
        row.found = "" if found == row.expected else found
    return row


def shown_value(value):
    """A value on one line, each part once: "Northwind Goods LLC Northwind Goods LLC"
    (bill-to and ship-to side by side on the invoice) reads "Northwind Goods LLC"."""
    if value is None or value == "" or value == [] or value == {}:
        return ""
    if isinstance(value, dict):
        if value.get("text"):
            return shown_value(value["text"])
        parts = [shown_value(item) for item in value.values()]
    elif isinstance(value, list | tuple):
        parts = [shown_value(item) for item in value]
    else:
        parts = [_once(line) for line in str(value).splitlines()]
    return ", ".join(_unique(part for part in parts if part))


def _once(line):
    """A line whose words say the same thing twice over, said once."""
    words = line.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        words = words[:half]
    return " ".join(words)


def _unique(parts):
    seen = []
    for part in parts:
        if part not in seen:
            seen.append(part)
    return seen


def preview_outlines(invoice):
    """(width, height, boxes) of the first page, for outlines drawn over its preview.

    The boxes are in the page's own units (the engine's word boxes, documents/engine/
    boxes.py); an SVG with that viewBox lays them over the picture at any size. None when
    the boxes carry no page frame (read before they did) or the page was turned by OCR.
    """
    boxes = [
        box
        for box in (invoice.boxes if invoice else None) or []
        if box.get("page") == 1 and box.get("kind") in OUTLINE_KINDS
    ]
    if not boxes:
        return None
    kinds = {box["kind"] for box in boxes}
    width, height = boxes[0].get("page_width"), boxes[0].get("page_height")
    if not width or not height or boxes[0].get("page_rotation"):
        return None
    pad = width / 300  # a hair around the words, so the outline does not cross them
    return {
        "width": width,
        "height": height,
        "boxes": [
            {
                "kind": box["kind"],
                "label": OUTLINE_KINDS[box["kind"]],
                "text": box.get("text", ""),
                "x": round(box["x0"] - pad, 2),
                "y": round(box["y0"] - pad, 2),
                "w": round(box["x1"] - box["x0"] + 2 * pad, 2),
                "h": round(box["y1"] - box["y0"] + 2 * pad, 2),
            }
            for box in boxes
        ],
        "legend": [(kind, label) for kind, label in OUTLINE_KINDS.items() if kind in kinds],
    }
