"""`invoice_date`: found, not in the future, within the window (issue 9).

A file that holds several invoices passes only when each of them does (issue 14).
"""

import datetime

from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from ..dates import country_order
from ..results import FAIL, PASS, WARN, CheckResult, worst_status


def check_invoice_date(invoice):
    reference = invoice.reference
    expected = _("within the last %(days)s days before %(as_of)s") % {
        "days": reference.window_days,
        "as_of": written_date(reference.as_of),
    }
    invoices = invoice.every_invoice
    results = [_date_of(fields, reference, expected) for fields in invoices]
    if len(results) == 1:
        return results[0]
    return _several_dates(invoices, results, reference, expected)


def _date_of(fields, reference, expected):
    found_date = fields.date
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
        if found_date.settled_by:
            message = f"{message} {_settled_message(found_date)}"
        return CheckResult("invoice_date", status, message, expected, found)
    first, second = found_date.readings
    statuses = [status for status, _message in verdicts]
    # Wrong day/month order is the most reported fault of tools that read dates (issue 9):
    # say both readings rather than guess. When both fall inside the window, the order does
    # not change the verdict: the date passes, with both readings shown.
    if all(status == PASS for status in statuses):
        message = _(
            'The date "%(printed)s" reads as %(first)s (day first) or %(second)s (month '
            "first), and nothing on the invoice says which; either way it is within the "
            "%(window)s-day window."
        ) % {
            "printed": found_date.text,
            "first": written_date(first),
            "second": written_date(second),
            "window": reference.window_days,
        }
        return CheckResult("invoice_date", PASS, message, expected, found)
    both_fail = all(status == FAIL for status in statuses)
    message = _(
        'The date "%(printed)s" reads as %(first)s (day first) or %(second)s (month first), '
        "and nothing on the invoice says which. %(outcome)s"
    ) % {
        "printed": found_date.text,
        "first": written_date(first),
        "second": written_date(second),
        "outcome": _("Either way it is outside the window: use a more recent invoice.")
        if both_fail
        else _(
            "Only one reading is within the window: record the supplier's country, or "
            "correct the date, so that it is read the right way."
        ),
    }
    return CheckResult("invoice_date", FAIL if both_fail else WARN, message, expected, found)


def _settled_message(found_date):
    """Why an ambiguous date was read one way: the supplier's country."""
    figures = {"printed": found_date.text, "country": found_date.settled_by}
    if country_order(found_date.settled_by) == "month_first":
        message = _(
            "The supplier is in %(country)s, where dates are written month first: "
            '"%(printed)s" is read that way.'
        )
    else:
        message = _(
            "The supplier is in %(country)s, where dates are written day first: "
            '"%(printed)s" is read that way.'
        )
    return message % figures


def _several_dates(invoices, results, reference, expected):
    """A file of several invoices: each must be in the window, and the message says which
    one is not (Amazon reads every invoice of the file)."""
    status = worst_status(result.status for result in results)
    found = [
        {
            "invoice_number": fields.invoice_number,
            "pages": list(fields.pages),
            "status": result.status,
            **(result.found or {"text": None, "dates": []}),
        }
        for fields, result in zip(invoices, results, strict=True)
    ]
    if status == PASS:
        message = _(
            "The file holds %(count)s invoices, each dated within the %(window)s-day window: "
            "%(dates)s."
        ) % {
            "count": len(invoices),
            "window": reference.window_days,
            "dates": "; ".join(
                f"{invoice_label(fields)}, {written_date(fields.date.readings[0])}"
                for fields in invoices
            ),
        }
        return CheckResult("invoice_date", PASS, message, expected, found)
    problems = " ".join(
        _("%(invoice)s: %(problem)s")
        % {"invoice": capfirst(invoice_label(fields)), "problem": result.message}
        for fields, result in zip(invoices, results, strict=True)
        if result.status != PASS
    )
    message = _(
        "The file holds %(count)s invoices, and Amazon reads each one's date. %(problems)s"
    ) % {"count": len(invoices), "problems": problems}
    return CheckResult("invoice_date", status, message, expected, found)


def outside_window(fields, reference):
    """The invoice's date is outside the window however it reads (unknown: not outside)."""
    if fields.date is None:
        return False
    return all(
        _judge(reading, fields.date.text, reference)[0] == FAIL for reading in fields.date.readings
    )


def invoice_label(fields):
    """How a message names one invoice of a file that holds several."""
    pages = fields.pages or (1,)
    figures = {"number": fields.invoice_number, "first": pages[0], "last": pages[-1]}
    if fields.invoice_number and len(pages) == 1:
        return _("invoice %(number)s on page %(first)s") % figures
    if fields.invoice_number:
        return _("invoice %(number)s on pages %(first)s-%(last)s") % figures
    if len(pages) == 1:
        return _("the invoice on page %(first)s") % figures
    return _("the invoice on pages %(first)s-%(last)s") % figures


def _judge(date, printed, reference):
    age = (reference.as_of - date).days
    figures = {
        "date": written_date(date),
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


def written_date(date):
    """ "3 February 2026", "3 février 2026": the month in the reader's language (the checks run once
    per language offered)."""
    return date_format(date, "j F Y") if isinstance(date, datetime.date) else str(date)
