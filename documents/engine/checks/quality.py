"""`image_quality`: resolution, sharpness and contrast of a scan (issue 9).

Amazon rejects blurry or incomplete documents (domain.md), so the message says what to do.
"""

from django.utils.translation import gettext as _

from ..results import FAIL, PASS, WARN, CheckResult, worst_status

# Thresholds measured on generated A4 invoices: sharp text scores several thousand, a
# 1.5 px Gaussian blur at 150 dpi falls under 300.
SHARPNESS_FAIL = 300
SHARPNESS_WARN = 700
DPI_FAIL = 150
DPI_WARN = 200
CONTRAST_FAIL = 40
CONTRAST_WARN = 90
CONFIDENCE_WARN = 60


def check_image_quality(invoice):
    measured = invoice.facts.get("quality")
    if measured is None:
        return CheckResult(
            "image_quality", PASS, _("Digital PDF with a text layer: nothing was scanned.")
        )
    problems = []
    dpi = measured["effective_dpi"]
    if dpi < DPI_WARN:
        problems.append(
            (
                FAIL if dpi < DPI_FAIL else WARN,
                _("the resolution is about %(dpi)s dpi") % {"dpi": dpi},
            )
        )
    if measured["sharpness"] < SHARPNESS_WARN:
        problems.append(
            (FAIL if measured["sharpness"] < SHARPNESS_FAIL else WARN, _("the text is blurry"))
        )
    if measured["contrast"] < CONTRAST_WARN:
        problems.append(
            (FAIL if measured["contrast"] < CONTRAST_FAIL else WARN, _("the text is faint"))
        )
    confidences = [p["confidence"] for p in invoice.facts["pages"] if p["confidence"] is not None]
    if confidences and min(confidences) < CONFIDENCE_WARN:
        problems.append((WARN, _("much of the text was hard to recognize")))
    found = {key: measured[key] for key in ("effective_dpi", "sharpness", "contrast")}
    expected = {"effective_dpi": f">= {DPI_WARN}", "sharpness": f">= {SHARPNESS_WARN}"}
    if not problems:
        return CheckResult(
            "image_quality",
            PASS,
            _("The scan is sharp and legible (about %(dpi)s dpi).") % {"dpi": dpi},
            expected,
            found,
        )
    status = worst_status(status for status, _text in problems)
    message = _(
        "The scan is hard to read: %(problems)s. Rescan the invoice at 300 dpi, flat and in "
        "focus, and upload the new file."
    ) % {"problems": "; ".join(text for _status, text in problems)}
    return CheckResult("image_quality", status, message, expected, found)
