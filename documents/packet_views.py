"""Packet versions on the case page, the inline viewer, downloads, and the reviewer's queue."""

from csp.decorators import csp_replace
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Window
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_POST

from cases import workflow
from cases.formatting import Moments
from cases.models import Case, Status
from cases.pagination import asked_page
from cases.scoping import get_case_for, require_reviewer
from cases.selectors import case_readiness, case_rows

from .forms import UploadForm
from .models import INVOICE_PURPOSES, SUPPORTING_PURPOSES, JobStatus, PacketVersion
from .packets import service, supplement
from .packets.compare import compare
from .packets.review import position_in_queue
from .packets.review import review_queue as queue_of
from .selectors import accepted_overrides, invoice_uses


def _version_for(membership, pk):
    return get_object_or_404(
        PacketVersion.objects.select_related("case__seller_account"),
        pk=pk,
        case__in=Case.objects.visible_to(membership),
    )


@require_POST
def packet_render(request, pk):
    case = get_case_for(request.membership, pk)
    target = {"review": "case_review", "answer": "case_answer"}.get(
        request.POST.get("next"), "case_detail"
    )
    try:
        version = service.request_render(
            case=case, by=request.user, answer=request.POST.get("answer", "")
        )
    except service.PacketError as exc:
        messages.error(request, str(exc))
        return redirect(target, pk=case.pk)
    messages.success(request, _("Packet version %(n)s is being rendered.") % {"n": version.number})
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


QUEUE_FIELDS = ("waiting_since", "packet_id", "packet_number", "packet_supplementary")
QUEUE_PAGE_SIZE = 50


def _queue_page(request, queue):
    """The page of the queue asked for, and its rows as plain values.

    The queue's length comes with the rows (a window count): sorting the queue already
    reads every case in it, so a second query to count them would read them all again.
    A page past the end gives the last page, as Paginator.get_page does. The seller and
    target of the page's rows only are read (joining them sorted the whole queue's rows
    with every ungating request)."""
    number = asked_page(request)
    paginator = Paginator(queue, QUEUE_PAGE_SIZE)
    start = (number - 1) * QUEUE_PAGE_SIZE
    counted = queue.annotate(queue_length=Window(Count("pk")))[start : start + QUEUE_PAGE_SIZE]
    rows = list(case_rows(counted, extra=(*QUEUE_FIELDS, "queue_length")))
    if rows:
        paginator.count = rows[0]["queue_length"]
        return paginator.page(number), rows
    page = paginator.get_page(number)  # empty queue, or past its end
    return page, list(case_rows(page.object_list, extra=QUEUE_FIELDS))


def review_queue(request):
    if not request.membership:
        raise Http404
    require_reviewer(request.membership)
    page, rows = _queue_page(request, queue_of(request.membership))
    # What each cell says is written here: a template tag per cell costs more than the query.
    moments, version = Moments(), _("version %(n)s")
    # The packets' links as the URL of packet 0 with the number put in: one reverse a page.
    before, after = reverse("packet_pdf", args=[0]).rsplit("/0/", 1)
    for row in rows:
        if since := row["waiting_since"]:
            row["waiting_label"], row["waiting_title"] = moments.ago(since), moments.exact(since)
        if packet := row["packet_id"]:
            row["packet_url"] = f"{before}/{packet:d}/{after}"
            row["version_label"] = version % {"n": row["packet_number"]}
    return render(
        request,
        "documents/review_queue.html",
        # Row links as prefix + number: no URL reversing per row.
        {"page": page, "rows": rows, "cases_url": reverse("case_list")},
    )


def case_review(request, pk):
    case = get_case_for(request.membership, pk)
    membership = request.membership
    versions = list(case.packets.select_related("requested_by", "approved_by")[:20])
    done = [v for v in versions if v.status == JobStatus.DONE]
    current = done[0] if done else None
    uses = list(invoice_uses(case).prefetch_related("check_runs"))
    return render(
        request,
        "documents/case_review.html",
        {
            "case": case,
            "versions": versions,
            "current": current,
            "comparison": compare(done[1], current) if len(done) > 1 else None,
            "queue": position_in_queue(membership, case) if membership.is_reviewer else None,
            "readiness": case_readiness(case),
            "invoice_uses": uses,
            "overrides": accepted_overrides(uses),
            "actions": [
                t
                for t in workflow.available(case.status, membership.role)
                if t.action in workflow.REVIEW_DECISIONS
            ],
            "sections": workflow.REVIEW_SECTIONS,
        },
    )


def packet_compare(request, pk):
    """Any two rendered versions of a case side by side (?older=&newer=, ids); by default
    the latest and the one before it."""
    case = get_case_for(request.membership, pk)
    done = list(case.packets.filter(status=JobStatus.DONE).order_by("-number"))
    by_pk = {str(v.pk): v for v in done}
    newer = by_pk.get(request.GET.get("newer", "")) or (done[0] if done else None)
    older = by_pk.get(request.GET.get("older", "")) or next(
        (v for v in done if newer and v.number < newer.number), None
    )
    if older and newer and older.number > newer.number:
        older, newer = newer, older
    comparison = compare(older, newer) if older and newer and older != newer else None
    return render(
        request,
        "documents/packet_compare.html",
        {"case": case, "versions": done, "comparison": comparison},
    )


def case_answer(request, pk):
    """Answering Amazon's request for information: new documents, the answer, and the
    supplementary packet a reviewer approves before it is sent (packets/supplement.py)."""
    case = get_case_for(request.membership, pk)
    open_request = case.status == Status.INFORMATION_REQUESTED
    versions = list(
        case.packets.filter(supplementary=True).select_related("requested_by", "approved_by")[:10]
    )
    return render(
        request,
        "documents/case_answer.html",
        {
            "case": case,
            "open_request": open_request,
            "new_uses": supplement.new_uses(case).select_related("document")
            if open_request
            else [],
            "upload_form": UploadForm(purposes=INVOICE_PURPOSES + SUPPORTING_PURPOSES)
            if open_request
            else None,
            "answer": supplement.previous_answer(case) if open_request else "",
            "versions": versions,
            "blocker": supplement.answer_blocker(case) if open_request else None,
        },
    )
