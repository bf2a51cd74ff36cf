"""`invoice_date`: found, not in the future, within the window (issue 9)."""

import datetime

from django.utils.translation import gettext as _

from ..results import FAIL, PASS, WARN, CheckResult


def check_invoice_date(invoice):
    reference = invoice.reference
    found_date = invoice.fields.date
    expected = _("within the last %(days)s days before %(as_of)s") % {
        "days": reference.window_days,
        "as_of": reference.as_of.isoformat(),
    }
    if found_date is None:
        return CheckResult(
            "invoice_date",
            FAIL,
            _(
                "No invoice date was found. Amazon wants dated invoices: make sure the date "
                'is printed (for example "Invoice date: 3 March 2026").'
            ),
            expected,
        )
    verdicts = [_judge(reading, found_date.text, reference) for reading in found_date.readings]
    found = {
        "text": found_date.text,
        "dates": [reading.isoformat() for reading in found_date.readings],
    }
    if not found_date.ambiguous:
        status, message = verdicts[0]
        return CheckResult("invoice_date", status, message, expected, found)
    first, second = found_date.readings
    both_fail = all(status == FAIL for status, _message in verdicts)
    # Wrong day/month order is the most reported fault of tools that read dates (issue 9):
    # say both readings rather than guess.
    message = _(
        'The date "%(printed)s" reads as %(first)s (day first) or %(second)s (month first), '
        "and nothing on the invoice says which. %(outcome)s"
    ) % {
        "printed": found_date.text,
        "first": _long(first),
        "second": _long(second),
        "outcome": _("Either way it is outside the window: use a more recent invoice.")
        if both_fail
        else _("Check which one is right before submitting."),
    }
    return CheckResult("invoice_date", FAIL if both_fail else WARN, message, expected, found)


def _judge(date, printed, reference):
    age = (reference.as_of - date).days
    figures = {
        "date": _long(date),
        "printed": printed,
        "age": age,
        "window": reference.window_days,
    }
    if age < 0:
        return FAIL, _(
            "The invoice date, %(printed)s (%(date)s), is in the future. Check the date on "
            "the invoice."
        ) % figures
    if age > reference.window_days:
        return FAIL, _(
            'The invoice is dated %(date)s (printed "%(printed)s"), %(age)s days ago; Amazon '
            "wants invoices from the last %(window)s days. Use a more recent invoice."
        ) % figures
    return PASS, _(
        'Dated %(date)s (printed "%(printed)s"), %(age)s days ago: within the %(window)s-day '
        "window."
    ) % figures


def _long(date):
    return date.strftime("%d %b %Y").lstrip("0") if isinstance(date, datetime.date) else str(date)
