"""What a packet shows, gathered from the database and storage before any layout."""

import io
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _

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
    from cases.appeals.sales import coverage
    from documents.selectors import evidence_matrix, units_invoiced

    as_of = appeal.notice_date or timezone.localdate()
    matrix, _uses, _cells = evidence_matrix(case, appeal.asins, appeal.evidence_period_days, as_of)
    sales = {
        row.asin: row
        for row in coverage(appeal.asins, appeal.units_sold or {}, units_invoiced(matrix))
    }
    evidence = [
        (asin, [use.document.original_name for use in uses], sales[asin])
        for asin, uses in matrix.items()
    ]
    return {
        "appeal": appeal,
        "poa_sections": [
            {**section, "label": reason_label(section.get("reason"))}
            for section in appeal.poa_sections
        ],
        # A page of dashes says nothing: the section shows when some ASIN has evidence.
        "evidence": evidence
        if any(names or row.sold is not None for _asin, names, row in evidence)
        else [],
        "units_sold_entered": any(row.sold is not None for row in sales.values()),
        **_appeal_health(case, appeal),
    }


def _appeal_health(case, appeal):
    """The account's figures set against those Amazon's notice quotes, never a claim of
    health the notice contradicts (an appeal does not "apply")."""
    from cases.appeals.notice_metrics import read_notice_metrics
    from cases.formatting import long_date, with_unit

    account = case.seller_account
    verdict = latest_health(account)
    snapshot = account.health_snapshots.first()
    quoted = read_notice_metrics(appeal.notice_text)
    figures = []
    for metric in health.METRICS:
        if metric.field in quoted:
            ours = getattr(snapshot, metric.field) if snapshot else None
            figures.append((metric, quoted[metric.field], ours))
    parts = []
    if figures:
        parts.append(
            _("Amazon's notice gives: %(figures)s.")
            % {
                "figures": ", ".join(
                    f"{metric.label} {with_unit(value, metric.unit)}"
                    for metric, value, _ours in figures
                )
            }
        )
    if not verdict.has_data:
        parts.append(verdict.summary)
    elif appeal.notice_date and snapshot.date < appeal.notice_date:
        parts.append(
            _("The account's figures below, of %(date)s, predate the notice of %(notice)s.")
            % {"date": long_date(snapshot.date), "notice": long_date(appeal.notice_date)}
        )
    elif verdict.failing:
        parts.append(_("Some of the account's latest figures are still below Amazon's targets."))
    else:
        parts.append(_("The account's latest figures meet Amazon's targets."))
    summary = " ".join(str(part) for part in parts)
    return {"health_summary": summary, "notice_figures": figures}


def gather(case, *, annotate=None, supplement=None):
    """The context of the packet template, plus the images and originals it needs.

    A supplementary packet (`supplement`: the answer, Amazon's request and the documents
    added since, from packets/supplement.py) holds those documents only.
    """
    account = case.seller_account
    request = getattr(case, "ungating", None)
    images = {}
    uses = CaseDocument.objects.filter(case=case)
    if supplement is not None:
        uses = uses.filter(pk__in=[use.pk for use in supplement["uses"]])
    uses = list(
        uses.select_related("document__invoice__supplier")
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
        "supplement": supplement,
    }
    appeal = getattr(case, "appeal", None)
    if appeal is not None:
        context.update(_appeal_context(case, appeal))
    return context, images
