"""A reviewer's request for changes: the section of the packet it names and where to fix it.

The case page writes the note as "[Section] what must change" (views/cases.py), with the
section's label in the reviewer's language; it is read back here in any of the languages
offered, so the seller's banner links to the wizard step that holds that section.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation

from .models import CaseKind
from .workflow import REVIEW_SECTIONS

# Section of the packet -> the wizard step where it is edited, per kind of case.
SECTION_STEPS = {
    CaseKind.GATING: {
        "cover": "business",
        "health": "health",
        "letter": "cover_letter",
        "invoices": "invoices",
        "supporting": "supporting",
    },
    CaseKind.APPEAL: {
        "cover": "notice",
        "letter": "plan",
        "invoices": "evidence",
        "supporting": "evidence",
    },
}


@dataclass(frozen=True)
class ReviewNote:
    text: str
    section: str  # a key of workflow.REVIEW_SECTIONS, "general" when none is named
    step: str  # the wizard step to open, "" when the note is about the whole packet


def _labels():
    """Every section's label in every language offered -> its key."""
    found = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for key, label in REVIEW_SECTIONS:
                found[str(label).casefold()] = key
    return found


def read_note(note, kind):
    """Split "[Section] text" into the section and the text; any other note is general."""
    note = (note or "").strip()
    section = "general"
    if note.startswith("[") and "]" in note:
        label, rest = note[1:].split("]", 1)
        key = _labels().get(label.strip().casefold())
        if key:
            section, note = key, rest.strip()
    return ReviewNote(text=note, section=section, step=SECTION_STEPS.get(kind, {}).get(section, ""))


def section_label(key):
    return dict(REVIEW_SECTIONS).get(key, "")
