"""The ungating wizard: seven server-rendered steps; back and next both keep what was typed."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from .. import cover_letter, health
from ..case_forms import (
    BusinessConfirmForm,
    CoverLetterForm,
    ReapplyAnswersForm,
    SupportingForm,
    TargetForm,
)
from ..models import Case, CaseKind
from ..scoping import get_case_for_user
from ..selectors import case_readiness
from ..services import cases as case_services

STEPS = [
    ("target", gettext_lazy("Target")),
    ("business", gettext_lazy("Business details")),
    ("health", gettext_lazy("Account health")),
    ("invoices", gettext_lazy("Invoices")),
    ("supporting", gettext_lazy("Supporting documents")),
    ("cover_letter", gettext_lazy("Cover letter")),
    ("review", gettext_lazy("Review")),
]
STEP_NAMES = [name for name, _label in STEPS]


def _form_for(step, case, data):
    request = case.ungating
    if step == "target":
        return TargetForm(data, instance=request)
    if step == "business":
        return BusinessConfirmForm(data, initial={"confirmed": bool(case.business_confirmed_at)})
    if step == "supporting":
        return SupportingForm(data, instance=request)
    if step == "cover_letter":
        return CoverLetterForm(data, instance=request)
    if step == "review" and case.previous_rejection_reasons:
        return ReapplyAnswersForm(data, case=case)
    return None


def _save(step, case, form):
    """Save the step; returns the names of what changed, for the history."""
    if form is None:
        return []
    changed = list(form.changed_data)
    if step == "business":
        confirmed = form.cleaned_data["confirmed"]
        if confirmed != bool(case.business_confirmed_at):
            case.business_confirmed_at = timezone.now() if confirmed else None
            case.save(update_fields=["business_confirmed_at", "updated"])
            return ["business details confirmed" if confirmed else "confirmation withdrawn"]
        return []
    if step == "review":
        answers = {code: value.strip() for code, value in form.cleaned_data.items()}
        if answers != (case.reapply_answers or {}):
            case.reapply_answers = answers
            case.save(update_fields=["reapply_answers", "updated"])
        return changed
    if changed:
        form.save()
    return changed


def _neighbour(step, direction):
    index = STEP_NAMES.index(step) + (1 if direction == "next" else -1)
    return STEP_NAMES[max(0, min(index, len(STEP_NAMES) - 1))]


def _context(case, step, form):
    index = STEP_NAMES.index(step)
    context = {
        "case": case,
        "request_data": case.ungating,
        "steps": STEPS,
        "step": step,
        "step_label": dict(STEPS)[step],
        "step_number": index + 1,
        "step_count": len(STEPS),
        "previous_step": STEP_NAMES[index - 1] if index else None,
        "next_step": STEP_NAMES[index + 1] if index + 1 < len(STEPS) else None,
        "form": form,
        "readiness": case_readiness(case),
        "editable": case.is_editable,
    }
    if step in ("health", "review"):
        context["health"] = health.assess(case.seller_account.health_snapshots.first())
    if step in ("invoices", "supporting"):
        from documents.forms import UploadForm
        from documents.selectors import invoice_uses, supporting_uses
        from documents.views import INVOICE_PURPOSES, SUPPORTING_PURPOSES

        if step == "invoices":
            context["invoice_uses"] = invoice_uses(case)
            purposes = INVOICE_PURPOSES
        else:
            context["supporting_uses"] = supporting_uses(case)
            purposes = SUPPORTING_PURPOSES
        context["upload_form"] = UploadForm(purposes=purposes) if case.is_editable else None
    return context


@require_http_methods(["GET", "POST"])
def case_wizard(request, pk, step):
    case = get_case_for_user(request.user, pk)
    if case.kind != CaseKind.GATING or step not in STEP_NAMES:
        raise Http404
    if request.method == "POST":
        if not case.is_editable:
            messages.error(
                request,
                _("This case is “%(status)s”: it can no longer be edited.")
                % {"status": case.get_status_display()},
            )
            return redirect("case_detail", pk=case.pk)
        form = _form_for(step, case, request.POST)
        direction = request.POST.get("nav", "next")
        if step == "cover_letter" and direction == "draft":
            form = CoverLetterForm(instance=case.ungating, initial={"cover_letter": _draft(case)})
            messages.info(request, _("Here is a draft built from the case: make it yours."))
            return render(request, "cases/wizard.html", _context(case, step, form))
        if form is None or form.is_valid():
            changed = _save(step, case, form)
            case_services.record_edit(case=case, by=request.user, step=step, changed=changed)
            target = step if direction == "save" else _neighbour(step, direction)
            Case.objects.filter(pk=case.pk).update(wizard_step=target)
            if direction == "save":
                messages.success(request, _("Saved."))
            return redirect("case_wizard", pk=case.pk, step=target)
        messages.error(request, _("Some fields need your attention: see the messages beside them."))
        return render(request, "cases/wizard.html", _context(case, step, form), status=200)
    if case.wizard_step != step:
        Case.objects.filter(pk=case.pk).update(wizard_step=step)
    return render(request, "cases/wizard.html", _context(case, step, _form_for(step, case, None)))


def _draft(case):
    from documents.models import Supplier

    suppliers = Supplier.objects.filter(invoices__document__uses__case=case).distinct()
    return cover_letter.draft(case, suppliers)
