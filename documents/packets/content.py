"""What a packet shows, gathered from the database and storage before any layout."""

import io
from dataclasses import dataclass, field

from django.utils import timezone

from cases import health
from cases.charts import trend_svg
from cases.selectors import case_readiness, latest_health

from .. import limits
from ..models import CaseDocument, Purpose
from .annotate import annotated_pages, page_pictures
from .errors import undrawable


@dataclass
class Attachment:
    """One document of the packet: an invoice or a supporting file."""

    index: int
    use: CaseDocument
    anchor: str
    kind: str  # "pdf" or "image"
    data: bytes = b""
    images: list = field(default_factory=list)  # names of full-page images (image kind)
    page_count: int = 1
    run: object = None
    annotated: list = field(default_factory=list)

    @property
    def page_numbers(self):
        return range(1, self.page_count + 1)

    @property
    def document(self):
        return self.use.document

    @property
    def invoice(self):
        return getattr(self.use.document, "invoice", None)


def _read(document):
    with document.file.open("rb") as handle:
        return handle.read()


def _image_pages(attachment, images):
    """JPEG goes in as it is (WeasyPrint passes it through); other images losslessly as PNG,
    drawn in the sandbox within the file limits."""
    if attachment.document.content_type == "image/jpeg":
        name = f"{attachment.anchor}-1.jpg"
        images[name] = (attachment.data, "image/jpeg")
        return [name]
    names = []
    pictures = page_pictures(
        attachment,
        pages=limits.max_pages(),
        dpi=72,
        max_pixels=limits.PACKET_PAGE_MAX_PIXELS,
        picture_format="PNG",
    )
    for number, png, _size in pictures:
        name = f"{attachment.anchor}-{number}.png"
        images[name] = (png, "image/png")
        names.append(name)
    return names


def _appeal_context(case, appeal):
    from cases.appeals.reasons import reason_label
    from documents.selectors import evidence_matrix

    as_of = appeal.notice_date or timezone.localdate()
    matrix, _uses, _cells = evidence_matrix(case, appeal.asins, appeal.evidence_period_days, as_of)
    return {
        "appeal": appeal,
        "poa_sections": [
            {**section, "label": reason_label(section.get("reason"))}
            for section in appeal.poa_sections
        ],
        "evidence": [
            (asin, [use.document.original_name for use in uses]) for asin, uses in matrix.items()
        ],
    }


def gather(case, *, annotate=None):
    """The context of the packet template, plus the images and originals it needs."""
    account = case.seller_account
    request = getattr(case, "ungating", None)
    images = {}
    uses = list(
        CaseDocument.objects.filter(case=case)
        .select_related("document__invoice__supplier")
        .prefetch_related("check_runs")
        .order_by("created", "pk")
    )
    if annotate is None:
        annotate = case.kind == "appeal" or bool(request and request.annotated_copies)
    invoices, supporting = [], []
    for use in uses:
        group = invoices if use.purpose == Purpose.INVOICE else supporting
        prefix = "invoice" if group is invoices else "supporting"
        attachment = Attachment(
            index=len(group) + 1,
            use=use,
            anchor=f"{prefix}-{len(group) + 1}",
            kind="pdf" if use.document.content_type == "application/pdf" else "image",
            data=_read(use.document),
            page_count=use.document.page_count or 1,
            run=next(iter(use.check_runs.all()), None),
        )
        if attachment.kind == "image":
            attachment.images = _image_pages(attachment, images)
            attachment.page_count = len(attachment.images)
        else:
            from pypdf import PdfReader

            try:
                attachment.page_count = len(PdfReader(io.BytesIO(attachment.data)).pages)
            except Exception as error:  # noqa: BLE001 - pypdf raises many kinds on broken files
                raise undrawable(use.document, "pdf_malformed") from error
        if annotate and group is invoices and attachment.invoice is not None:
            attachment.annotated = annotated_pages(attachment, images)
        group.append(attachment)
    snapshots = list(account.health_snapshots.all()[:12])
    verdict = latest_health(account)
    context = {
        "case": case,
        "account": account,
        "request_data": request,
        "workspace": case.workspace,
        "today": timezone.localdate(),
        "health": verdict,
        "latest_snapshot": snapshots[0] if snapshots else None,
        "charts": [(m, trend_svg(m, list(reversed(snapshots)))) for m in health.METRICS[:4]],
        "invoices": invoices,
        "supporting": supporting,
        "readiness": case_readiness(case),
        "annotate": annotate,
    }
    appeal = getattr(case, "appeal", None)
    if appeal is not None:
        context.update(_appeal_context(case, appeal))
    return context, images
