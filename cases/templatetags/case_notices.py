"""The banner of a case sent back by a reviewer, on the case page and in the wizard."""

from django import template

from ..models import CaseEvent, Status
from ..review_notes import read_note, section_label

register = template.Library()


@register.inclusion_tag("cases/_changes_requested.html")
def changes_requested_banner(case):
    """The reviewer's last request for changes, quoted, with a link to the section it
    names; nothing once the case has moved on."""
    if case.status != Status.CHANGES_REQUESTED:
        return {"note": None}
    event = (
        CaseEvent.objects.filter(case=case, action="request_changes")
        .select_related("actor")
        .order_by("-created", "-pk")
        .first()
    )
    if event is None:
        return {"note": None}
    note = read_note(event.note, case.kind)
    return {
        "case": case,
        "event": event,
        "note": note,
        "section": section_label(note.section) if note.section != "general" else "",
    }
