"""Case lists, the case page and the workflow actions taken from it."""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from .. import workflow
from ..case_forms import (
    SORTS,
    AssignForm,
    CaseFilterForm,
    CommentForm,
    NewCaseForm,
    RejectionForm,
    TransitionForm,
)
from ..models import Case, CaseEvent, CaseKind, Role, Status
from ..ports import documents
from ..scoping import get_case_for, get_seller_account_for
from ..selectors import case_readiness
from ..services import cases as case_services
from .steps import STEPS

PAGE_SIZE = 50


def case_list(request):
    membership = request.membership
    form = CaseFilterForm(request.GET or None, membership=membership)
    cases = Case.objects.visible_to(request.membership).for_list()
    order = ("-created", "-pk")
    if form.is_valid():
        cases, order = _filtered(cases, form.cleaned_data)
    page = Paginator(cases.order_by(*order), PAGE_SIZE).get_page(request.GET.get("page"))
    filters = {k: v for k, v in request.GET.items() if k not in ("page", "sort") and v}
    return render(
        request,
        "cases/case_list.html",
        {
            "page": page,
            "form": form,
            "query_string": urlencode(filters),
            "sort": form.cleaned_data.get("sort") if form.is_valid() else "",
            "sorts": SORTS,
            "overdue_count": Case.objects.visible_to(request.membership).overdue().count(),
            "now": timezone.now(),
        },
    )


def _filtered(cases, data):
    """The list's filters, search and order, each served by an index led by the workspace."""
    if data["q"]:
        cases = cases.search(data["q"])
    for name in ("status", "kind", "assignee", "seller_account"):
        if data[name]:
            cases = cases.filter(**{name: data[name]})
    due = "overdue" if data["overdue"] else data["due"]
    if due == "overdue":
        cases = cases.overdue()
    elif due in ("48h", "7d"):
        cases = cases.due_within(48 if due == "48h" else 24 * 7)
    if data["readiness"]:
        cases = cases.filter(readiness_verdict=data["readiness"])
    order = SORTS[data["sort"]][1] if data["sort"] else ("-created", "-pk")
    return cases, order


@require_http_methods(["GET", "POST"])
def case_create(request):
    form = NewCaseForm(
        request.POST or None, membership=request.membership, initial=request.GET.dict()
    )
    if request.method == "POST" and form.is_valid():
        account = form.cleaned_data["seller_account"]
        kind = form.cleaned_data["kind"]
        case = case_services.create_case(seller_account=account, kind=kind, by=request.user)
        messages.success(request, _("Case created. Let's go step by step."))
        first = "target" if kind == CaseKind.GATING else "notice"
        return redirect("case_wizard", pk=case.pk, step=first)
    return render(request, "cases/case_create.html", {"form": form})


def seller_account_cases(request, pk):
    account = get_seller_account_for(request.membership, pk)
    return redirect(reverse("case_list") + "?" + urlencode({"seller_account": account.pk}))


def _timeline(case, membership):
    return (
        CaseEvent.visible_for(membership)
        .filter(case=case)
        .select_related("actor")
        .order_by("-created", "-pk")
    )


def case_detail(request, pk):
    case = get_case_for(request.membership, pk)
    membership = request.membership
    readiness = case_readiness(case)
    actions = workflow.available(case.status, membership.role)
    invoice_uses = documents().invoice_uses
    return render(
        request,
        "cases/case_detail.html",
        {
            "case": case,
            "case_membership": membership,
            "readiness": readiness,
            "actions": actions,
            "transition_form": TransitionForm(),
            "rejection_form": RejectionForm(),
            "comment_form": CommentForm(),
            "assign_form": AssignForm(
                workspace=case.workspace, initial={"assignee": case.assignee_id}
            )
            if membership.role != Role.SELLER
            else None,
            "events": _timeline(case, membership),
            "invoice_uses": invoice_uses(case),
            "packets": case.packets.select_related("requested_by", "approved_by")[:5],
            "next_attempt": Case.objects.filter(previous_attempt=case).first(),
            "can_reapply": case.status == Status.AMAZON_REJECTED,
            "resume_step": case.wizard_step or STEPS[case.kind][0].name,
        },
    )


def _back(case):
    return redirect("case_detail", pk=case.pk)


@require_POST
def case_transition(request, pk, action):
    case = get_case_for(request.membership, pk)
    if action not in workflow.BY_ACTION:
        raise Http404
    try:
        if action == "record_rejection":
            form = RejectionForm(request.POST)
            if not form.is_valid():
                messages.error(request, _("Choose at least one reason Amazon gave."))
                return _back(case)
            case_services.record_rejection(
                case=case,
                reasons=form.cleaned_data["reasons"],
                feedback=form.cleaned_data["feedback"],
                by=request.user,
            )
        else:
            case_services.transition(
                case=case,
                action=action,
                by=request.user,
                note=_note_with_section(request.POST),
                version=request.POST.get("version"),
            )
    except case_services.CaseError as exc:
        messages.error(request, str(exc))
        return _back(case)
    messages.success(
        request, _("The case is now “%(status)s”.") % {"status": case.get_status_display()}
    )
    if request.POST.get("next") == "review":
        return redirect("case_review", pk=case.pk)
    return _back(case)


def _note_with_section(data):
    """A request for changes may point at a section of the packet: say which."""
    note = data.get("note", "").strip()
    section = dict(workflow.REVIEW_SECTIONS).get(data.get("section", ""))
    if note and section and data.get("section") != "general":
        return f"[{section}] {note}"
    return note


@require_POST
def case_reapply(request, pk):
    case = get_case_for(request.membership, pk)
    try:
        new = case_services.reapply(case=case, by=request.user)
    except case_services.CaseError as exc:
        messages.error(request, str(exc))
        return _back(case)
    messages.success(
        request,
        _("Attempt %(n)s created with the documents of the last one. Say what changed.")
        % {"n": new.attempt},
    )
    return redirect("case_wizard", pk=new.pk, step="review")


@require_POST
def case_comment(request, pk):
    case = get_case_for(request.membership, pk)
    form = CommentForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write a comment first."))
        return _back(case)
    case_services.comment(
        case=case,
        text=form.cleaned_data["text"],
        shared=form.cleaned_data["shared"],
        by=request.user,
    )
    messages.success(request, _("Comment added."))
    return _back(case)


@require_POST
def case_assign(request, pk):
    case = get_case_for(request.membership, pk)
    form = AssignForm(request.POST, workspace=case.workspace)
    if not form.is_valid():
        messages.error(request, _("Choose a consultant or reviewer of the workspace."))
        return _back(case)
    try:
        case_services.assign(case=case, assignee=form.cleaned_data["assignee"], by=request.user)
    except case_services.CaseError as exc:
        messages.error(request, str(exc))
        return _back(case)
    messages.success(request, _("Assignment saved."))
    return _back(case)


@require_POST
def poa_lint(request, pk):
    """The linter's findings on the plan as typed (htmx), without saving anything."""
    from ..appeal_forms import PlanForm
    from ..appeals import PlanOfAction, Section, lint

    case = get_case_for(request.membership, pk)
    appeal = getattr(case, "appeal", None)
    if appeal is None:
        raise Http404
    form = PlanForm(request.POST, appeal=appeal)
    form.is_valid()  # every field is optional text
    plan = PlanOfAction(
        sections=[Section(**section) for section in form.sections()],
        introduction=form.cleaned_data.get("introduction", ""),
        closing=form.cleaned_data.get("closing", ""),
    )
    findings = lint(plan, appeal.reasons, language=appeal.language)
    return render(
        request,
        "cases/_poa_findings.html",
        {
            "poa_findings": findings,
            "poa_blockers": [f for f in findings if f.severity == "blocker"],
        },
    )
