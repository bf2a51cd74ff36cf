"""A case's history in the reader's words: `{% load case_history %}`.

History entries store what changed as names (a step's slug, field names, a few phrases of
cases/views/steps.py); the page names them in the reader's language.
"""

from django import template
from django.utils.translation import gettext

from ..models import Appeal, Case, UngatingRequest

register = template.Library()


@register.filter
def step_label(action, kind):
    """ "cover_letter" -> "Cover letter" (the step's label), or the name as it was stored."""
    from ..views.steps import STEPS

    return next((step.label for step in STEPS.get(kind, []) if step.name == action), action)


def _field_labels():
    return {
        field.name: field.verbose_name
        for model in (Case, UngatingRequest, Appeal)
        for field in model._meta.get_fields()
        if getattr(field, "verbose_name", None)
    }


@register.filter
def changed_names(note):
    """ "cover_letter, units sold" -> "lettre de présentation, unités vendues" (fr): field
    names by their label, the steps' phrases by their translation, anything else as it is."""
    labels = _field_labels()
    return ", ".join(
        str(labels[name]) if name in labels else gettext(name) if name else name
        for name in note.split(", ")
    )
