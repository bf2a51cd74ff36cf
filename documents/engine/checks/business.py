"""`business_name`, `business_address`, `business_phone`: the bill-to block against Seller
Central. A mismatch alone gets the request rejected (domain.md).
"""

from django.utils.translation import gettext as _

from .. import matching
from ..results import FAIL, PASS, SKIP, WARN, CheckResult

# OCR misreads a letter or two; a close score on a scan is a warning, not a failure.
OCR_NAME_SCORE = 85
ADDRESS_PASS_SCORE = 90
OCR_ADDRESS_SCORE = 80


def check_business_name(invoice):
    expected = invoice.reference.business_name
    if not expected:
        return CheckResult("business_name", SKIP, _("No business name to compare with."))
    bill_to = invoice.fields.bill_to
    if not bill_to.name:
        return _name_not_in_block(invoice, expected)
    match = matching.compare_names(expected, bill_to.name)
    figures = {"found": bill_to.name, "expected": expected, "score": round(match.score)}
    if match.exact:
        message = _("The bill-to name matches Seller Central: %(found)s.") % figures
        return CheckResult("business_name", PASS, message, expected, bill_to.name)
    if match.other_legal_form:
        message = (
            _(
                'The bill-to name "%(found)s" has another legal form than "%(expected)s": for '
                "Amazon that is another company. Ask the supplier for an invoice in the name "
                "exactly as in Seller Central."
            )
            % figures
        )
        return CheckResult("business_name", FAIL, message, expected, bill_to.name)
    if match.legal_form_differs:
        message = (
            _(
                'The bill-to name "%(found)s" matches "%(expected)s" except for the legal form. '
                "Amazon compares the name as written in Seller Central: ask the supplier to write "
                "it exactly."
            )
            % figures
        )
        return CheckResult("business_name", WARN, message, expected, bill_to.name)
    if invoice.read_by_ocr and match.score >= OCR_NAME_SCORE:
        message = (
            _(
                'The bill-to name reads "%(found)s", %(score)s%% like "%(expected)s"; the scan '
                "may have been misread. Check that the invoice shows the name exactly."
            )
            % figures
        )
        return CheckResult("business_name", WARN, message, expected, bill_to.name)
    message = (
        _(
            'The bill-to name "%(found)s" does not match Seller Central\'s "%(expected)s" '
            "(%(score)s%% alike). Amazon rejects invoices whose buyer name differs: ask the "
            "supplier for an invoice in your business name."
        )
        % figures
    )
    return CheckResult("business_name", FAIL, message, expected, bill_to.name)


def _name_not_in_block(invoice, expected):
    score = matching.best_name_in_text(expected, invoice.text)
    threshold = OCR_NAME_SCORE if invoice.read_by_ocr else 97
    if score >= threshold:
        message = _(
            '"%(expected)s" appears on the invoice, but not under a "Bill to" heading. '
            "Check that it is shown as the buyer."
        ) % {"expected": expected}
        return CheckResult("business_name", WARN, message, expected, None)
    message = _(
        'Your business name "%(expected)s" was not found on the invoice. Amazon wants the '
        "invoice addressed to your business exactly as in Seller Central."
    ) % {"expected": expected}
    return CheckResult("business_name", FAIL, message, expected, None)


def check_business_address(invoice):
    expected = invoice.reference.address
    if not expected:
        return CheckResult("business_address", SKIP, _("No address to compare with."))
    found, match = _best_address(invoice, expected)
    if found is None:
        message = _(
            "Your business address was not found on the invoice. Amazon wants it exactly as in "
            "Seller Central."
        )
        return CheckResult("business_address", FAIL, message, expected, None)
    figures = {"found": " ".join(found.split()), "score": round(match.score)}
    figures["numbers"] = ", ".join(match.missing_numbers)
    if match.score >= ADDRESS_PASS_SCORE and not match.missing_numbers:
        message = _("The bill-to address matches Seller Central (%(score)s%%).") % figures
        return CheckResult("business_address", PASS, message, expected, found)
    if invoice.read_by_ocr and match.score >= OCR_ADDRESS_SCORE:
        message = (
            _(
                'The bill-to address reads "%(found)s" (%(score)s%% alike); the scan may have been '
                "misread. Check it against Seller Central."
            )
            % figures
        )
        return CheckResult("business_address", WARN, message, expected, found)
    if match.missing_numbers:
        message = (
            _(
                'The bill-to address "%(found)s" does not match Seller Central: %(numbers)s is '
                "missing or different. Ask the supplier to correct the address."
            )
            % figures
        )
    else:
        message = (
            _(
                'The bill-to address "%(found)s" differs from Seller Central (%(score)s%% alike). '
                "Ask the supplier to write the address exactly as in Seller Central."
            )
            % figures
        )
    return CheckResult("business_address", FAIL, message, expected, found)


def _best_address(invoice, expected):
    """The bill-to address, or the run of lines anywhere that looks most like the reference."""
    bill_to = invoice.fields.bill_to
    best_text, best_match = None, None
    if bill_to.address:
        best_text = bill_to.address
        best_match = matching.compare_addresses(expected, bill_to.address)
        if best_match.score >= ADDRESS_PASS_SCORE and not best_match.missing_numbers:
            return best_text, best_match
    size = max(1, len([part for part in expected.splitlines() if part.strip()]))
    texts = [line.text for line in invoice.lines]
    supplier_words = {id(word) for word in invoice.fields.supplier.evidence}
    for start in range(len(texts)):
        if any(id(word) in supplier_words for word in invoice.lines[start].words):
            continue
        for length in {size, size + 1}:
            window = "\n".join(texts[start : start + length])
            match = matching.compare_addresses(expected, window)
            if best_match is None or (len(match.missing_numbers), -match.score) < (
                len(best_match.missing_numbers),
                -best_match.score,
            ):
                best_text, best_match = window, match
    if best_match is None or best_match.score < 50:
        return None, None
    return best_text, best_match


def check_business_phone(invoice):
    reference = invoice.reference
    if not reference.phone:
        return CheckResult("business_phone", SKIP, _("No phone number to compare with."))
    expected = matching.parse_phone(reference.phone, reference.country) or reference.phone
    bill_to_phone = invoice.fields.bill_to.phone
    found = matching.parse_phone(bill_to_phone, reference.country) if bill_to_phone else None
    if found == expected:
        message = _("The bill-to phone matches Seller Central: %(phone)s.") % {
            "phone": bill_to_phone
        }
        return CheckResult("business_phone", PASS, message, expected, found)
    supplier_phone = matching.parse_phone(invoice.fields.supplier.phone, reference.country)
    elsewhere = [
        (number, printed)
        for number, printed in matching.phones_in_text(invoice.text, reference.country)
        if number != supplier_phone
    ]
    for number, printed in elsewhere:
        if number == expected:
            message = _("Your phone number appears on the invoice: %(phone)s.") % {"phone": printed}
            return CheckResult("business_phone", PASS, message, expected, number)
    if found is None and not bill_to_phone:
        message = _(
            "The invoice shows no phone number for your business. Amazon wants your phone "
            "exactly as in Seller Central: ask the supplier to add it."
        )
        return CheckResult("business_phone", FAIL, message, expected, None)
    shown = found or bill_to_phone
    if invoice.read_by_ocr and _one_digit_apart(matching.digits(expected), matching.digits(shown)):
        message = _(
            "The bill-to phone reads %(found)s, one digit away from %(expected)s; the scan may "
            "have been misread. Check it."
        ) % {"found": bill_to_phone, "expected": reference.phone}
        return CheckResult("business_phone", WARN, message, expected, shown)
    message = _(
        "The bill-to phone %(found)s differs from Seller Central's %(expected)s. Ask the "
        "supplier to correct it."
    ) % {"found": bill_to_phone, "expected": reference.phone}
    return CheckResult("business_phone", FAIL, message, expected, shown)


def _one_digit_apart(first, second):
    if len(first) != len(second):
        return False
    return sum(a != b for a, b in zip(first, second, strict=True)) == 1
