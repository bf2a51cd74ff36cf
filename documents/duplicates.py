"""The `duplicate` check: the same invoice seen elsewhere in the workspace.

The same file (SHA-256), a near-identical image (perceptual hash), or the same supplier and
invoice number on another document (a re-typed copy). It warns, naming the other case.
"""

import re

from django.utils.translation import gettext as _
from rapidfuzz import fuzz

from .models import CaseDocument, Invoice

# Two 64-bit difference hashes this close are the same picture, rescanned or re-saved.
NEAR_IDENTICAL_BITS = 6
# A 9 x 8 picture of a mostly white page says little: two different invoices printed from
# similar layouts can fall within those bits. A rescan of the same paper also reads as the
# same words (a digit or two aside) and the same date; another invoice does not. Measured
# with rapidfuzz's ratio over the words read (0-100): rescans 98-99 (one with its number
# misread); another invoice 48 (other language), 89 (the same supplier's template, other
# lines), 99 (the same lines re-ordered on a new date: told apart by its date).
SAME_WORDS_SCORE = 90


def hamming(a, b):
    try:
        return bin(int(a, 16) ^ int(b, 16)).count("1")
    except (TypeError, ValueError):
        return 64


def attempt_chain(case):
    """The ids of the attempts of one request: a re-application reuses its invoices."""
    from cases.models import Case

    ids, current = {case.pk}, case
    while current.previous_attempt_id and current.previous_attempt_id not in ids:
        ids.add(current.previous_attempt_id)
        current = Case.objects.only("pk", "previous_attempt_id").get(pk=current.previous_attempt_id)
    following = Case.objects.filter(previous_attempt_id__in=ids).exclude(pk__in=ids)
    while following.exists():
        new = set(following.values_list("pk", flat=True))
        ids |= new
        following = Case.objects.filter(previous_attempt_id__in=new).exclude(pk__in=ids)
    return ids


def _others(use):
    return (
        CaseDocument.objects.filter(case__workspace_id=use.case.workspace_id)
        .exclude(document_id=use.document_id)
        .exclude(case_id__in=attempt_chain(use.case) - {use.case_id})
        .select_related("document__invoice", "case")
    )


def _result(status, message, **extra):
    from documents.engine.results import CheckResult

    return CheckResult("duplicate", status, message, **extra)


def duplicate_check(use, invoice):
    document = use.document
    same_file = _others(use).filter(document__sha256=document.sha256).first()
    if same_file:
        return _warn(
            _("The same file is already used in another case of this workspace."), same_file
        )
    number = (invoice.invoice_number or "").strip()
    supplier = (invoice.supplier_name or "").strip()
    if number and supplier:
        retyped = (
            _others(use)
            .filter(
                document__invoice__invoice_number__iexact=number,
                document__invoice__supplier_name__iexact=supplier,
            )
            .first()
        )
        if retyped:
            return _warn(
                _(
                    "Invoice %(number)s from %(supplier)s already appears in another file of "
                    "this workspace: a re-typed copy is treated as forged."
                ),
                retyped,
                number=number,
                supplier=supplier,
            )
    if invoice.perceptual_hash and document.content_type.startswith("image/"):
        # Only scans: a rescan of the same paper has a new SHA-256 but the same picture.
        # Text PDFs made from one supplier's template all look alike at this resolution.
        candidates = (
            _others(use)
            .filter(document__content_type__startswith="image/")
            .exclude(document__invoice__perceptual_hash="")
            .only("case_id", "document__invoice__perceptual_hash")[:2000]
        )
        for other in candidates:
            if hamming(
                invoice.perceptual_hash, other.document.invoice.perceptual_hash
            ) <= NEAR_IDENTICAL_BITS and _same_paper(invoice, other.document_id):
                return _warn(
                    _("A near-identical image is already used in another case of this workspace."),
                    other,
                )
    return _result("pass", _("No other copy of this invoice in the workspace."))


def _words(text):
    return " ".join(re.findall(r"\w+", (text or "").lower()))


def _same_paper(invoice, other_document_id):
    """Whether the other scan reads as the same invoice: the same words and no other date.
    With no text on either side (an unreadable scan), the picture alone decides."""
    other = (
        Invoice.objects.filter(document_id=other_document_id)
        .values_list("text", "invoice_date")
        .first()
    )
    other_text, other_date = other or ("", None)
    # The invoice being checked may hold its date as read (ISO text), the stored one a date.
    if invoice.invoice_date and other_date and str(invoice.invoice_date) != str(other_date):
        return False
    mine, theirs = _words(invoice.text), _words(other_text)
    if not mine or not theirs:
        return True
    return fuzz.ratio(mine, theirs) >= SAME_WORDS_SCORE


def _warn(message, other, **values):
    # The other case is named only on the page, to people who may see it (a seller must not
    # learn which other client holds the invoice).
    return _result(
        "warn",
        message % values if values else message,
        expected=_("an invoice used once"),
        found={"other_case": other.case_id},
    )
