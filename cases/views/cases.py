"""Case lists, the case page and the workflow actions taken from it."""

import csv
from urllib.parse import urlencode

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, QueryDict, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .. import workflow
from ..case_forms import (
    DEFAULT_PAGE_SIZE,
    PAGE_SIZES,
    SORTS,
    AssignForm,
    BulkForm,
    CaseFilterForm,
    CommentForm,
    NewCaseForm,
    RejectionForm,
    SavedViewForm,
    TransitionForm,
)
from ..models import Case, CaseEvent, CaseKind, Role, SavedView, Status
from ..pagination import asked_page, counts
from ..ports import documents
from ..scoping import get_case_for, get_seller_account_for
from ..selectors import case_readiness, csv_header, csv_rows, filtered_cases, list_rows
from ..services import cases as case_services
from .steps import STEPS

# Counting every case of a large agency costs more than showing a page: the count stops a
# little past the page asked for, and the pager then says "of 40+".
COUNT_AHEAD_PAGES = 20


class CappedPaginator(Paginator):
    """A paginator told how many rows it found, up to `cap` and one more."""

    def __init__(self, object_list, per_page, found, cap):
        super().__init__(object_list, per_page)
        self.capped = found > cap
        self.count = min(found, cap)


def _page(request, cases, per_page, overdue):
    """The page asked for, and the number of overdue cases, both counted in one query."""
    asked = asked_page(request)
    cap = (asked + COUNT_AHEAD_PAGES) * per_page
    found, overdue_count = counts((cases, cap + 1), (overdue, None))
    return CappedPaginator(cases, per_page, found, cap).get_page(asked), overdue_count


def case_list(request):
    membership = request.membership
    query = request.GET.copy()
    query.setdefault("per", str(DEFAULT_PAGE_SIZE))  # so the menu shows the size in use
    form = CaseFilterForm(query, membership=membership)
    # A filter not understood is left out and named on the page; the others still apply.
    form.is_valid()
    data = form.cleaned_data
    per_page = data.get("per") or DEFAULT_PAGE_SIZE
    overdue = Case.objects.visible_to(membership).overdue()
    page, overdue_count = _page(request, filtered_cases(membership, data), per_page, overdue)
    filters = {k: v for k, v in request.GET.items() if k not in ("page", "sort") and v}
    view_query = urlencode({k: v for k, v in request.GET.items() if k != "page" and v})
    saved = list(SavedView.objects.filter(membership=membership)) if membership else []
    # One query for both menus of people (the filter's and the bulk assignment's).
    people = list(form.fields["assignee"].queryset.order_by("email"))
    form.fields["assignee"].choices = [("", "---------"), *((p.pk, str(p)) for p in people)]
    return render(
        request,
        "cases/case_list.html",
        {
            "page": page,
            "rows": list_rows(page.object_list),
            # Row links as prefix + number (cases/<pk>/): no URL reversing per row.
            "list_url": reverse("case_list"),
            "form": form,
            "query_string": urlencode(filters),
            "view_query": view_query,
            "page_query": view_query,
            "export_query": urlencode(
                {k: v for k, v in request.GET.items() if k not in ("page", "per") and v}
            ),
            "sort": data.get("sort", ""),
            "sorts": SORTS,
            "page_sizes": PAGE_SIZES,
            "saved_views": saved,
            "current_view": next((v for v in saved if v.query == view_query), None),
            "assignees": people if membership and membership.is_agency else None,
            "overdue_count": overdue_count,
            "now": timezone.now(),
        },
    )


def _echo_csv(header, rows):
    """Yield CSV lines one by one (Django's streaming CSV recipe)."""

    class Echo:
        def write(self, value):
            return value

    writer = csv.writer(Echo())
    yield "\ufeff"  # so that spreadsheets read UTF-8
    yield writer.writerow(header)
    for row in rows:
        yield writer.writerow(row)


def _csv_response(cases, name):
    response = StreamingHttpResponse(
        _echo_csv(csv_header(), csv_rows(cases)), content_type="text/csv; charset=utf-8"
    )
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="{name}-{stamp}.csv"'
    return response


@require_GET
def case_export(request):
    """The filtered list as CSV, every page, under the list's own scoping."""
    form = CaseFilterForm(request.GET, membership=request.membership)
    form.is_valid()  # as on the list: the filters understood apply, the others are left out
    data = form.cleaned_data
    return _csv_response(filtered_cases(request.membership, data), "cases")


@require_POST
def case_bulk(request):
    """Assign or export the ticked rows; each row the person may not change is named."""
    membership = request.membership
    form = BulkForm(request.POST, membership=membership)
    back = request.POST.get("next", "")
    back = back if back.startswith("?") else ""
    if not form.is_valid():
        if "assignee" in form.errors:
            messages.error(request, _("Choose a consultant or reviewer of the workspace."))
        else:
            messages.error(request, _("Tick at least one case first."))
        return redirect(reverse("case_list") + back)
    wanted = form.cleaned_data["case"]
    visible = Case.objects.visible_to(membership).filter(pk__in=wanted)
    if form.cleaned_data["action"] == "export":
        return _csv_response(visible.order_by("-created", "-pk"), "cases-selected")
    found = {case.pk: case for case in visible.select_related("workspace")}
    assignee = form.cleaned_data["assignee"]
    done = 0
    for pk in wanted:
        case = found.get(pk)
        if case is None:
            messages.error(request, _("Case #%(n)s: not found among your cases.") % {"n": pk})
            continue
        try:
            case_services.assign(case=case, assignee=assignee, by=request.user)
        except case_services.CaseError as exc:
            messages.error(request, _("Case #%(n)s: %(why)s") % {"n": pk, "why": exc})
            continue
        done += 1
    if done:
        messages.success(
            request,
            ngettext("%(n)s case assigned to %(who)s.", "%(n)s cases assigned to %(who)s.", done)
            % {"n": done, "who": assignee or _("nobody")},
        )
    return redirect(reverse("case_list") + back)


@require_POST
def saved_view_create(request):
    membership = request.membership
    if membership is None:
        raise Http404
    form = SavedViewForm(request.POST)
    query = request.POST.get("query", "").lstrip("?")
    # Only what the list understands is kept: the filters as the form cleans them.
    filters = CaseFilterForm(QueryDict(query), membership=membership)
    if not form.is_valid() or not filters.is_valid():
        messages.error(request, _("Give the view a name."))
        return redirect(reverse("case_list") + ("?" + query if query else ""))
    kept = urlencode([(k, v) for k, v in QueryDict(query).items() if k in filters.fields and v])
    name = form.cleaned_data["name"].strip()
    SavedView.objects.update_or_create(membership=membership, name=name, defaults={"query": kept})
    messages.success(request, _("View “%(name)s” saved.") % {"name": name})
    return redirect(reverse("case_list") + ("?" + kept if kept else ""))


@require_POST
def saved_view_delete(request, pk):
    view = get_object_or_404(SavedView, pk=pk, membership=request.membership)
    view.delete()
    messages.success(request, _("View “%(name)s” deleted.") % {"name": view.name})
    return redirect("case_list")


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
    done = workflow.BY_ACTION[action].done
    messages.success(
        request,
        str(done)
        if done
        else _("The case is now “%(status)s”.") % {"status": case.get_status_display()},
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
