"""`tamper_signals`: signs that the file is not the supplier's original (issue 9).

Amazon treats an edited invoice as forged, and sellers have lost their accounts for
invoices they highlighted, annotated or re-made in a word processor (domain.md). This only
ever warns: a person decides.
"""

import datetime
import re

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..results import PASS, WARN, CheckResult
from .dates import written_date

EDITORS = re.compile(
    r"microsoft.{0,12}(word|excel|powerpoint|publisher)|\bword\b|\bexcel\b|libreoffice|"
    r"openoffice|\bwriter\b|\bcalc\b|google\s+(docs|sheets)|\bpages\b|\bnumbers\b|"
    r"wps\s+office|photoshop|\bgimp\b|canva|illustrator|inkscape|\bpaint\b|paint\.net|"
    r"pixelmator|affinity|sejda|pdfescape|ilovepdf|smallpdf|pdffiller|dochub|pdf-xchange\s+editor|"
    r"foxit\s+phantompdf|nitro\s+pro",
    re.I,
)
# A PDF modified this long after its creation was saved again, not just written once.
SAVED_AGAIN_AFTER = datetime.timedelta(days=1)


def check_tamper_signals(invoice):
    facts = invoice.facts
    signals = []
    metadata = facts.get("metadata") or {}
    tools = []
    for key in ("Producer", "Creator", "Software"):
        value = metadata.get(key)
        if value and EDITORS.search(value) and value not in tools:
            tools.append(value)
            signals.append(_("it was produced or saved by %(tool)s") % {"tool": value})
    saves = (facts.get("structure") or {}).get("saves", 1)
    if saves > 1:
        signals.append(
            ngettext(
                "it was saved again once after it was made",
                "it was saved again %(count)s times after it was made",
                saves - 1,
            )
            % {"count": saves - 1}
        )
    created, modified = _pdf_date(metadata.get("CreationDate")), _pdf_date(metadata.get("ModDate"))
    if created and modified and modified - created > SAVED_AGAIN_AFTER:
        signals.append(
            _("it was modified on %(modified)s, after its creation on %(created)s")
            % {"modified": written_date(modified.date()), "created": written_date(created.date())}
        )
    annotations = (facts.get("structure") or {}).get("annotations") or []
    if annotations:
        signals.append(
            _("it carries annotations (%(kinds)s)") % {"kinds": ", ".join(annotations).lower()}
        )
    expected = _("the supplier's original file, untouched")
    if not signals:
        return CheckResult("tamper_signals", PASS, _("No sign of editing was found."), expected, [])
    if len(signals) == len(tools):
        # Made with an office program and not changed since: how some suppliers issue their
        # invoices, and how sellers re-make them. Only the supplier can say which.
        message = _(
            "This file was made with %(tools)s and not changed since. Amazon may take an "
            "invoice made with an office or editing program for a re-made one: if this is how "
            "the supplier issues its invoices, confirm it with them and accept this signal "
            "with that reason; otherwise submit the supplier's original file."
        ) % {"tools": ", ".join(tools)}
        return CheckResult("tamper_signals", WARN, message, expected, signals)
    message = _(
        "This file may not be the supplier's original: %(signals)s. Amazon treats edited, "
        "highlighted or re-made invoices as forged: submit the supplier's original file, "
        "untouched."
    ) % {"signals": "; ".join(signals)}
    return CheckResult("tamper_signals", WARN, message, expected, signals)


def _pdf_date(value):
    """A PDF date ("D:20260301120000+01'00'"), as naive UTC-agnostic datetime, or None."""
    match = re.match(r"(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?", value or "")
    if not match:
        return None
    parts = [
        int(part) if part else default
        for part, default in zip(match.groups(), (0, 1, 1, 0, 0, 0), strict=True)
    ]
    try:
        return datetime.datetime(*parts)
    except ValueError:
        return None
