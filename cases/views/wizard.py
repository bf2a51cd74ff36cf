"""The guided steps of a case; back and next both keep what was typed.

Each kind of case has its list of steps (cases/views/steps.py says what each step shows,
which form it takes and how it saves). This view only walks them.
"""

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from ..models import Case
from ..scoping import get_case_for
from ..selectors import case_readiness
from ..services import cases as case_services
from .steps import STEPS


def _neighbour(names, step, direction):
    index = names.index(step) + (1 if direction == "next" else -1)
    return names[max(0, min(index, len(names) - 1))]


def _context(case, steps, step, form):
    names = [s.name for s in steps]
    index = names.index(step.name)
    context = {
        "case": case,
        "request_data": getattr(case, "ungating", None),
        "appeal": getattr(case, "appeal", None),
        "steps": [(s.name, s.label) for s in steps],
        "step": step.name,
        "step_template": f"cases/wizard/_{step.template or step.name}.html",
        "step_label": step.label,
        "step_number": index + 1,
        "step_count": len(steps),
        "previous_step": names[index - 1] if index else None,
        "next_step": names[index + 1] if index + 1 < len(names) else None,
        "form": form,
        "readiness": case_readiness(case),
        "editable": case.is_editable,
    }
    if step.context:
        context.update(step.context(case))
    return context


@require_http_methods(["GET", "POST"])
def case_wizard(request, pk, step):
    case = get_case_for(request.membership, pk)
    steps = STEPS.get(case.kind, [])
    current = next((s for s in steps if s.name == step), None)
    if current is None:
        raise Http404
    names = [s.name for s in steps]
    if request.method == "GET":
        if case.wizard_step != step and case.is_editable:
            Case.objects.filter(pk=case.pk).update(wizard_step=step)
        form = current.form(case, None) if current.form else None
        return render(request, "cases/wizard.html", _context(case, steps, current, form))
    if not case.is_editable:
        messages.error(
            request,
            _("This case is “%(status)s”: it can no longer be edited.")
            % {"status": case.get_status_display()},
        )
        return redirect("case_detail", pk=case.pk)
    form = current.form(case, request.POST) if current.form else None
    direction = request.POST.get("nav", "next")
    if direction not in ("next", "back", "save") and direction not in (current.actions or {}):
        direction = "save"
    action = current.actions.get(direction) if current.actions else None
    if action is not None:
        # A helper button (read the notice, start from a draft...): show, do not save yet.
        form = action(case, form, request)
        return render(request, "cases/wizard.html", _context(case, steps, current, form))
    if form is not None and not form.is_valid():
        messages.error(request, _("Some fields need your attention: see the messages beside them."))
        # A model form puts even invalid values on its instance: read the case afresh.
        fresh = get_case_for(request.membership, pk)
        return render(request, "cases/wizard.html", _context(fresh, steps, current, form))
    with transaction.atomic():
        # Someone may have sent the case for review since the page was opened.
        if not Case.objects.select_for_update().get(pk=case.pk).is_editable:
            messages.error(request, _("This case was sent on meanwhile: nothing was changed."))
            return redirect("case_detail", pk=case.pk)
        changed = current.save(case, form, request) if current.save else []
        case_services.record_edit(case=case, by=request.user, step=step, changed=changed)
    target = step if direction == "save" else _neighbour(names, step, direction)
    Case.objects.filter(pk=case.pk).update(wizard_step=target)
    if direction == "save":
        messages.success(request, _("Saved."))
    return redirect("case_wizard", pk=case.pk, step=target)
