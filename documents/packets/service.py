"""Packet versions: request a render, render it (worker or command), serve it unchanged."""

import hashlib
import logging

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from cases.models import Case, Status
from cases.services import notifications
from cases.services.cases import record_document_event, return_to_review

from .. import jobs
from ..models import JobStatus, PacketVersion
from . import submission, supplement
from .annotate import annotated_jpegs
from .errors import PacketError
from .render import render

log = logging.getLogger(__name__)
RENDERABLE = (Status.DRAFT, Status.CHANGES_REQUESTED, Status.IN_REVIEW, Status.APPROVED)
# Answering Amazon's request renders a supplementary version (packets/supplement.py).
SUPPLEMENTARY = (Status.INFORMATION_REQUESTED,)


def enqueue_render(version_id):
    from documents.tasks import render_packet

    try:
        render_packet.delay(version_id)
    except Exception:  # noqa: BLE001 — the broker may be down; the reconciler retries
        log.warning("Broker unavailable: packet version %s stays queued", version_id)


@transaction.atomic
def request_render(*, case, by, enqueue=True, answer=""):
    """Queue a new packet version; while Amazon's request is open, a supplementary one,
    which needs the answer."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    supplementary = case.status in SUPPLEMENTARY
    if case.status not in RENDERABLE and not supplementary:
        raise PacketError(
            _("The packet of a case “%(status)s” cannot be rendered again.")
            % {"status": case.get_status_display()}
        )
    answer = (answer or "").strip()
    if supplementary and not answer:
        raise PacketError(
            _("Write the answer to Amazon's request: the supplementary packet carries it.")
        )
    number = (case.packets.aggregate(n=Max("number"))["n"] or 0) + 1
    version = PacketVersion.objects.create(
        case=case,
        number=number,
        requested_by=by,
        queued_at=timezone.now(),
        supplementary=supplementary,
        answer=answer if supplementary else "",
    )
    if enqueue:
        transaction.on_commit(lambda: enqueue_render(version.pk))
    return version


def claim(version_id, owner):
    """Take the render under a lease, or None when it is done, gone, held or failed too often."""
    if not jobs.claim(PacketVersion, version_id, status=JobStatus.RENDERING, owner=owner):
        return None
    version = PacketVersion.objects.select_related("case__seller_account", "case__workspace").get(
        pk=version_id
    )
    if jobs.out_of_attempts(version):
        fail(version_id, _("The packet could not be rendered safely."))
        return None
    return version


def fail(version_id, message):
    jobs.fail(PacketVersion, version_id, message)


def release(version_id, owner):
    jobs.release(PacketVersion, version_id, owner=owner)


def _letter(case):
    request = getattr(case, "ungating", None)
    if request is not None:
        return request.cover_letter
    appeal = getattr(case, "appeal", None)
    return appeal.plan_text() if appeal is not None else ""


def _supplement_of(version):
    """What a supplementary version holds beyond the case: the new documents, the answer."""
    if not version.supplementary:
        return None
    case = version.case
    return {
        "answer": version.answer,
        "request": case.information_request,
        "requested_at": supplement.request_opened_at(case),
        "uses": list(supplement.new_uses(case)),
    }


def render_version(version):
    """Render, store the PDF and the submission set, and mark the version done."""
    extra = _supplement_of(version)
    rendered = render(version.case, supplement=extra)
    jobs.advance(
        PacketVersion,
        version.pk,
        owner=version.lease_owner,
        status=JobStatus.RENDERING,
        percent=70,
    )
    annotated = {}
    for attachment in rendered.context["invoices"]:
        if attachment.annotated:
            annotated.update(annotated_jpegs(attachment, rendered.images))
    letter = version.answer if version.supplementary else _letter(version.case)
    zip_bytes, manifest = submission.build(rendered.context, letter, annotated)
    pdf_name = f"packet-{version.case_id}-v{version.number}.pdf"
    with transaction.atomic():
        version = PacketVersion.objects.select_for_update().get(pk=version.pk)
        if version.status == JobStatus.DONE:
            return version  # a redelivered task: the first render stands
        version.file.save(pdf_name, ContentFile(rendered.pdf), save=False)
        version.submission_set.save(pdf_name + ".zip", ContentFile(zip_bytes), save=False)
        version.sha256 = hashlib.sha256(rendered.pdf).hexdigest()
        version.submission_sha256 = hashlib.sha256(zip_bytes).hexdigest()
        version.submission_manifest = manifest
        version.letter = letter
        version.page_count = rendered.page_count
        version.size = len(rendered.pdf)
        version.render_seconds = round(rendered.seconds, 3)
        version.rendered_at = version.finished_at = timezone.now()
        version.status = JobStatus.DONE
        version.percent = 100
        version.lease_owner, version.lease_expires_at = "", None
        version.save()
        record_document_event(
            case=version.case,
            by=version.requested_by,
            note=lambda: _rendered_note(version, extra),
            action="packet",
        )
        if version.supplementary:
            notifications.on_supplement_rendered(case=version.case, by=version.requested_by)
        elif version.case.status == Status.APPROVED:
            return_to_review(
                case=version.case,
                by=version.requested_by,
                note=_("Packet version %(n)s was rendered after the approval: approve it again.")
                % {"n": version.number},
            )
    return version


def _rendered_note(version, extra):
    if extra is None:
        return _("Packet version %(n)s rendered: %(pages)s pages.") % {
            "n": version.number,
            "pages": version.page_count,
        }
    return _(
        "Supplementary packet version %(n)s rendered, answering Amazon's request: "
        "%(pages)s pages, %(documents)s new documents."
    ) % {"n": version.number, "pages": version.page_count, "documents": len(extra["uses"])}


def render_now(*, case, by, answer=""):
    """Synchronously, for the command line: the same code the worker runs."""
    version = request_render(case=case, by=by, enqueue=False, answer=answer)
    return render_version(claim(version.pk, jobs.worker_name()))


def latest_done(case):
    return case.packets.filter(status=JobStatus.DONE).order_by("-number").first()


def verified_bytes(file_field, expected_sha256):
    """The stored file, refused if it changed since it was rendered."""
    with file_field.open("rb") as handle:
        data = handle.read()
    if hashlib.sha256(data).hexdigest() != expected_sha256:
        raise PacketError(_("This packet file changed after it was rendered: render it again."))
    return data


def approve_packet(*, case, by, version_id):
    """Record the approval on the version the reviewer saw, if it still shows the case.

    Refused when no version is named (an approval is of the packet on the reviewer's
    screen), when a newer version exists than that one, or when the case changed after the
    latest render (the packet would not be what is approved).
    """
    from cases.services.cases import CaseError

    version = latest_done(case)
    if version is None:
        raise CaseError(_("Render the packet first: the approval is of a packet version."))
    if version_id in (None, ""):
        raise CaseError(_("Open the packet on the review page, then approve the version you read."))
    if str(version.pk) != str(version_id):
        raise CaseError(
            _("Packet version %(n)s was rendered meanwhile: review it, then approve.")
            % {"n": version.number}
        )
    if case.status in SUPPLEMENTARY and not supplement.answers_open_request(version, case):
        raise CaseError(
            _(
                "Render the supplementary packet that answers Amazon's request, then approve "
                "that version."
            )
        )
    if supplement.changed_since_render(case, version):
        raise CaseError(
            _(
                "The case changed after packet version %(n)s was rendered: render it again, "
                "then approve."
            )
            % {"n": version.number}
        )
    PacketVersion.objects.filter(pk=version.pk).update(approved_at=timezone.now(), approved_by=by)
    return version
