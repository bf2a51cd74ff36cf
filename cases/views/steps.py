"""The steps of each kind of case: label, form, how it saves, what else it shows."""

from dataclasses import dataclass, field

from django.contrib import messages
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop, ngettext

from .. import cover_letter
from ..appeal_forms import NoticeForm, PlanForm
from ..case_forms import (
    BusinessConfirmForm,
    CoverLetterForm,
    ReapplyAnswersForm,
    SupportingForm,
    TargetForm,
)
from ..models import CaseKind
from ..ports import documents
from ..selectors import latest_health


@dataclass
class Step:
    name: str
    label: str
    form: object = None  # (case, data) -> form or None
    save: object = None  # (case, form, request) -> names of what changed
    context: object = None  # (case) -> extra template context
    actions: dict = field(default_factory=dict)  # nav value -> (case, form, request) -> form
    template: str = ""


def _model_save(case, form, request):
    changed = list(form.changed_data)
    if changed:
        form.save()
    return changed


def _reference_save(case, form, request):
    """Target and notice set what invoices are checked against: check them again."""
    changed = _model_save(case, form, request)
    if changed:
        documents().recheck_case_invoices(case=case)
    return changed


# ---- Ungating -------------------------------------------------------------------------


def _save_business(case, form, request):
    confirmed = form.cleaned_data["confirmed"]
    if confirmed == bool(case.business_confirmed_at):
        return []
    case.business_confirmed_at = timezone.now() if confirmed else None
    case.save(update_fields=["business_confirmed_at", "updated"])
    # Names of what changed, for the history (translated where it is read: case_history).
    if confirmed:
        return [gettext_noop("business details confirmed")]
    return [gettext_noop("confirmation withdrawn")]


def _review_form(case, data):
    return ReapplyAnswersForm(data, case=case) if case.previous_rejection_reasons else None


def _save_review(case, form, request):
    if form is None:
        return []
    answers = {code: value.strip() for code, value in form.cleaned_data.items()}
    if answers == (case.reapply_answers or {}):
        return []
    case.reapply_answers = answers
    case.save(update_fields=["reapply_answers", "updated"])
    return list(form.changed_data)


def _health_context(case):
    return {"health": latest_health(case.seller_account)}


def _documents_context(purposes_name):
    def context(case):
        return documents().documents_step_context(case, invoices=purposes_name == "invoices")

    return context


def _save_products_grid(case, form, request):
    """A person confirms which invoice covers which requested product (the products grid)."""
    if not case.ungating.requested_products:
        return []
    covered = documents().products_covered_from_post(case, request.POST)
    return documents().set_covered_asins(case=case, covered=covered)


def _draft_letter(case, form, request):
    suppliers = documents().suppliers_of(case)
    messages.info(request, _("Here is a draft built from the case: make it yours."))
    return CoverLetterForm(
        instance=case.ungating, initial={"cover_letter": cover_letter.draft(case, suppliers)}
    )


GATING = [
    Step(
        "target",
        gettext_lazy("Target"),
        form=lambda case, data: TargetForm(data, instance=case.ungating),
        save=_reference_save,
    ),
    Step(
        "business",
        gettext_lazy("Business details"),
        form=lambda case, data: BusinessConfirmForm(
            data, initial={"confirmed": bool(case.business_confirmed_at)}
        ),
        save=_save_business,
    ),
    Step("health", gettext_lazy("Account health"), context=_health_context),
    Step(
        "invoices",
        gettext_lazy("Invoices"),
        save=_save_products_grid,
        context=_documents_context("invoices"),
    ),
    Step(
        "supporting",
        gettext_lazy("Supporting documents"),
        form=lambda case, data: SupportingForm(data, instance=case.ungating),
        save=_model_save,
        context=_documents_context("supporting"),
    ),
    Step(
        "cover_letter",
        gettext_lazy("Cover letter"),
        form=lambda case, data: CoverLetterForm(data, instance=case.ungating),
        save=_model_save,
        actions={"draft": _draft_letter},
    ),
    Step(
        "review",
        gettext_lazy("Review"),
        form=_review_form,
        save=_save_review,
        context=_health_context,
    ),
]


# ---- Reinstatement appeal ------------------------------------------------------------


def _read_notice(case, form, request):
    """Fill the fields from the pasted notice; the person confirms, then saves."""
    from ..appeals import parse_notice, read_notice_date

    text = request.POST.get("notice_text", "")
    if not text.strip():
        messages.error(request, _("Paste the notice first."))
        return form
    notice = parse_notice(text)
    notice_date = read_notice_date(text)
    data = request.POST.copy()
    if notice_date:
        data["notice_date"] = notice_date.isoformat()
    data["scope"] = notice.scope or ""
    data["asins_text"] = "\n".join(notice.asins)
    data.setlist("reasons", notice.reasons)
    data["language"] = notice.language
    data["evidence_period_days"] = notice.evidence_period_days or 365
    data["appeal_within_days"] = notice.appeal_within_days or ""
    read = [
        ngettext("Read: %(n)s reason,", "Read: %(n)s reasons,", len(notice.reasons))
        % {"n": len(notice.reasons)},
        ngettext("%(n)s ASIN.", "%(n)s ASINs.", len(notice.asins)) % {"n": len(notice.asins)},
    ]
    if not data.get("notice_date"):
        # The form then dates the notice today, so that the deadline runs (appeal_forms.py).
        read.append(_("The notice gives no date: today's date is set, correct it if needed."))
    read.append(_("Check every field below, then save."))
    messages.info(request, " ".join(read))
    return NoticeForm(data, instance=case.appeal)


def _save_notice(case, form, request):
    from ..services.cases import set_appeal_deadline

    changed = _reference_save(case, form, request)
    set_appeal_deadline(case=case)
    return changed


def _plan_form(case, data):
    return PlanForm(data, appeal=case.appeal)


def _save_plan(case, form, request):
    appeal = case.appeal
    sections = form.sections()
    changed = []
    if sections != appeal.poa_sections:
        changed.append(gettext_noop("plan of action"))
    appeal.poa_sections = sections
    appeal.poa_introduction = form.cleaned_data["introduction"].strip()
    appeal.poa_closing = form.cleaned_data["closing"].strip()
    appeal.save(update_fields=["poa_sections", "poa_introduction", "poa_closing"])
    return changed


def _fill_plan(case, form, request, sections, intro=None, closing=None):
    from ..appeal_forms import part_field

    data = request.POST.copy()
    for section in sections:
        for part in ("root_cause", "actions_taken", "preventive_measures"):
            key = part_field(section.reason, part)
            if section.reason in case.appeal.reasons and not data.get(key, "").strip():
                data[key] = getattr(section, part)
    if intro is not None and not data.get("introduction", "").strip():
        data["introduction"] = intro
    if closing is not None and not data.get("closing", "").strip():
        data["closing"] = closing
    data["pasted"] = ""
    return PlanForm(data, appeal=case.appeal)


def _outline(case, form, request):
    from ..appeals.guidance import outline_plan

    plan = outline_plan(case.appeal.reasons, case.appeal.language)
    messages.info(
        request, _("Empty parts now hold an outline: replace every [bracket] with facts.")
    )
    return _fill_plan(case, form, request, plan.sections)


def _paste(case, form, request):
    from ..appeals import parse_poa

    plan = parse_poa(request.POST.get("pasted", ""), case.appeal.reasons)
    found = [s for s in plan.sections if s.reason in case.appeal.reasons]
    if not found:
        messages.error(
            request,
            _("No section of the pasted text matches a reason of this case: check its headings."),
        )
        return PlanForm(request.POST, appeal=case.appeal)
    messages.info(
        request,
        ngettext(
            "%(n)s section recognised and placed below (empty parts only). Check it, then save.",
            "%(n)s sections recognised and placed below (empty parts only). Check them, then save.",
            len(found),
        )
        % {"n": len(found)},
    )
    return _fill_plan(case, form, request, found, plan.introduction, plan.closing)


def _plan_context(case):
    from ..appeals import lint

    appeal = case.appeal
    findings = lint(appeal.plan(), appeal.reasons, language=appeal.language)
    return {
        "poa_findings": findings,
        "poa_blockers": [f for f in findings if f.severity == "blocker"],
    }


def _appeal_review_context(case):
    from ..appeals.reasons import reason_label

    return {"reason_labels": [reason_label(code) for code in case.appeal.reasons]}


def _evidence_form(case, data):
    from ..appeal_forms import EvidenceForm

    return EvidenceForm(data, appeal=case.appeal)


def _evidence_context(case):
    from ..appeals.readiness import CHAIN_REASONS
    from ..appeals.sales import coverage

    appeal = case.appeal
    context = documents().evidence_step_context(case)
    # Each checkbox with its name, so that a page shown again keeps what was ticked.
    context["matrix_rows"] = [
        (asin, [(use, cell, f"cover-{use.pk}-{asin}") for use, cell in cells], covered)
        for asin, cells, covered in context["matrix_rows"]
    ]
    as_of = appeal.notice_date or timezone.localdate()
    matrix, _uses, _cells = documents().evidence_matrix(
        case, appeal.asins, appeal.evidence_period_days, as_of
    )
    context["sales_rows"] = coverage(
        appeal.asins, appeal.units_sold or {}, documents().units_invoiced(matrix)
    )
    if CHAIN_REASONS & set(appeal.reasons):
        rows = documents().supply_chain(case, appeal.supply_chain or {})
        for row in rows:
            row["boxes"] = [
                (other, shown, f"chain-{row['use'].pk}-{other.pk}")
                for other, shown in row["candidates"]
            ]
        context["chain_rows"] = rows
    return context


def _posted_pairs(request, prefix):
    """{first pk: [rest]} of the ticked checkboxes named <prefix>-<pk>-<rest>."""
    pairs = {}
    for key in request.POST:
        parts = key.split("-", 2)
        if len(parts) == 3 and parts[0] == prefix and parts[1].isdigit():
            pairs.setdefault(int(parts[1]), []).append(parts[2])
    return pairs


def _save_evidence(case, form, request):
    """Which document covers which ASIN (checkboxes cover-<use>-<asin>), which documents
    trace an invoice back to the manufacturer (chain-<invoice use>-<use>), and the units
    sold per ASIN."""
    from ..appeals.readiness import CHAIN_REASONS

    appeal = case.appeal
    changed = list(
        documents().set_covered_asins(case=case, covered=_posted_pairs(request, "cover"))
    )
    fields = []
    units_sold = form.units_sold()
    source = form.cleaned_data.get("units_sold_source", "").strip() if units_sold else ""
    if units_sold != (appeal.units_sold or {}) or source != appeal.units_sold_source:
        appeal.units_sold, appeal.units_sold_source = units_sold, source
        fields += ["units_sold", "units_sold_source"]
        changed.append(gettext_noop("units sold"))
    if CHAIN_REASONS & set(appeal.reasons):
        rows = documents().supply_chain(case, appeal.supply_chain or {})
        sha = {row["use"].pk: row["use"].document.sha256 for row in rows}
        sha.update({use.pk: use.document.sha256 for row in rows for use, _ in row["candidates"]})
        links = {}
        for invoice_pk, others in _posted_pairs(request, "chain").items():
            linked = [sha[int(pk)] for pk in others if pk.isdigit() and int(pk) in sha]
            if invoice_pk in sha and linked:
                links[sha[invoice_pk]] = sorted(set(linked))
        if links != (appeal.supply_chain or {}):
            appeal.supply_chain = links
            fields.append("supply_chain")
            changed.append(gettext_noop("supply chain"))
    if fields:
        appeal.save(update_fields=fields)
    return changed


def _import_sales(case, form, request):
    """Fill the units sold from Seller Central's Business Report; nothing is saved until
    the person checks them and saves, and a file that cannot be read changes nothing."""
    from ..appeal_forms import EvidenceForm, sold_field
    from ..appeals.sales import MAX_REPORT_BYTES, SalesReportError, read_business_report

    upload = request.FILES.get("sales_report")
    if getattr(request, "upload_too_large", False) or (
        upload is not None and upload.size > MAX_REPORT_BYTES
    ):
        messages.error(request, _("The file is too large for a Business Report: nothing changed."))
        return form
    if upload is None:
        messages.error(request, _("Choose the Business Report file (CSV) first."))
        return form
    try:
        report = read_business_report(upload.read())
    except SalesReportError as error:
        messages.error(
            request,
            _("%(name)s was not imported: %(reason)s Nothing was changed.")
            % {"name": upload.name, "reason": error},
        )
        return form
    appeal = case.appeal
    found = [asin for asin in appeal.asins if asin in report.units]
    absent = [asin for asin in appeal.asins if asin not in report.units]
    if not found:
        messages.error(
            request,
            _(
                "%(name)s has no line for the ASINs under review (%(asins)s): check that it is "
                "this account's report. Nothing was changed."
            )
            % {"name": upload.name, "asins": ", ".join(appeal.asins)},
        )
        return form
    data = request.POST.copy()
    for asin in found:
        data[sold_field(asin)] = str(report.units[asin])
    data["units_sold_source"] = upload.name[:200]
    read = [
        ngettext(
            "Read from %(name)s: the units sold of %(n)s ASIN under review.",
            "Read from %(name)s: the units sold of %(n)s ASINs under review.",
            len(found),
        )
        % {"name": upload.name, "n": len(found)}
    ]
    if absent:
        read.append(
            _("Not in the report: %(asins)s (no sale in the period?).")
            % {"asins": ", ".join(absent)}
        )
    read.append(_("Check the figures, then save."))
    messages.info(request, " ".join(read))
    return EvidenceForm(data, appeal=appeal)


APPEAL = [
    Step(
        "notice",
        gettext_lazy("Amazon's notice"),
        form=lambda case, data: NoticeForm(data, instance=case.appeal),
        save=_save_notice,
        actions={"read": _read_notice},
    ),
    Step(
        "plan",
        gettext_lazy("Plan of Action"),
        form=_plan_form,
        save=_save_plan,
        context=_plan_context,
        actions={"outline": _outline, "paste": _paste},
    ),
    Step(
        "evidence",
        gettext_lazy("Evidence per ASIN"),
        form=_evidence_form,
        save=_save_evidence,
        context=_evidence_context,
        actions={"import_sales": _import_sales},
    ),
    Step(
        "review",
        gettext_lazy("Review"),
        context=_appeal_review_context,
        template="appeal_review",
    ),
]

STEPS = {CaseKind.GATING: GATING, CaseKind.APPEAL: APPEAL}
