"""Packet versions on the case page, the inline viewer, downloads, and the reviewer's queue."""

from csp.decorators import csp_replace
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import OuterRef, Subquery
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_POST

from cases import workflow
from cases.models import Case, Status
from cases.scoping import get_case_for, require_reviewer
from cases.selectors import case_readiness

from .models import JobStatus, PacketVersion
from .packets import service
from .selectors import invoice_uses


def _version_for(membership, pk):
    return get_object_or_404(
        PacketVersion.objects.select_related("case__seller_account"),
        pk=pk,
        case__in=Case.objects.visible_to(membership),
    )


@require_POST
def packet_render(request, pk):
    case = get_case_for(request.membership, pk)
    try:
        version = service.request_render(case=case, by=request.user)
    except service.PacketError as exc:
        messages.error(request, str(exc))
        return redirect("case_detail", pk=case.pk)
    messages.success(request, _("Packet version %(n)s is being rendered.") % {"n": version.number})
    target = "case_review" if request.POST.get("next") == "review" else "case_detail"
    return redirect(target, pk=case.pk)


def packet_status(request, pk):
    version = _version_for(request.membership, pk)
    return render(request, "documents/_packet_row.html", {"version": version, "case": version.case})


def _serve(version, field, sha, content_type, filename, inline):
    if version.status != JobStatus.DONE or not field:
        raise Http404  # not rendered yet, or a version from before submission sets
    try:
        data = service.verified_bytes(field, sha)
    except service.PacketError as exc:
        return HttpResponse(str(exc), status=409, content_type="text/plain; charset=utf-8")
    response = HttpResponse(data, content_type=content_type)
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@xframe_options_sameorigin
@csp_replace({"frame-ancestors": ["'self'"]})
def packet_pdf(request, pk):
    """The packet, inline: the review page embeds it in the browser's PDF viewer."""
    version = _version_for(request.membership, pk)
    name = f"packet-case-{version.case_id}-v{version.number}.pdf"
    inline = request.GET.get("download") != "1"
    return _serve(version, version.file, version.sha256, "application/pdf", name, inline)


def packet_zip(request, pk):
    version = _version_for(request.membership, pk)
    name = f"submission-set-case-{version.case_id}-v{version.number}.zip"
    return _serve(
        version, version.submission_set, version.submission_sha256, "application/zip", name, False
    )


def review_queue(request):
    if not request.membership:
        raise Http404
    require_reviewer(request.membership)
    latest = PacketVersion.objects.filter(case=OuterRef("pk"), status=JobStatus.DONE).order_by(
        "-number"
    )
    cases = (
        Case.objects.visible_to(request.membership)
        .filter(status=Status.IN_REVIEW, workspace=request.membership.workspace)
        .select_related("seller_account", "assignee", "ungating__category__parent")
        .annotate(
            packet_number=Subquery(latest.values("number")[:1]),
            packet_id=Subquery(latest.values("pk")[:1]),
        )
        .order_by("review_requested_at", "pk")
    )
    page = Paginator(cases, 50).get_page(request.GET.get("page"))
    return render(request, "documents/review_queue.html", {"page": page})


def case_review(request, pk):
    case = get_case_for(request.membership, pk)
    membership = request.membership
    versions = list(case.packets.select_related("requested_by", "approved_by")[:20])
    current = next((v for v in versions if v.status == JobStatus.DONE), None)
    return render(
        request,
        "documents/case_review.html",
        {
            "case": case,
            "versions": versions,
            "current": current,
            "readiness": case_readiness(case),
            "invoice_uses": invoice_uses(case).prefetch_related("check_runs"),
            "actions": [
                t
                for t in workflow.available(case.status, membership.role)
                if t.action in ("approve", "request_changes")
            ],
            "sections": workflow.REVIEW_SECTIONS,
        },
    )
