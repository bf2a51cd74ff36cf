"""Uploads, check results, corrections, and the scoped serving of files."""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from cases.models import Case, Role, Status
from cases.scoping import get_case_for, require_agency, roles

from . import services
from .forms import (
    MAX_FILES_PER_UPLOAD,
    CorrectionForm,
    InvoiceSupplierForm,
    SupplierForm,
    UploadForm,
)
from .intake import AMAZON_TYPES, EXTENSIONS, Refused, clean_name, too_large_message
from .models import INVOICE_PURPOSES, SUPPORTING_PURPOSES
from .packets.supplement import accepts_documents
from .scoping import get_case_document_for, get_supplier_for_membership, suppliers_for
from .selectors import document_checks, preview_outlines, signals_of


def _back_to(case, step):
    if case.status == Status.INFORMATION_REQUESTED:
        return redirect("case_answer", pk=case.pk)
    if case.kind == "appeal":
        return redirect("case_wizard", pk=case.pk, step="evidence")
    return redirect("case_wizard", pk=case.pk, step=step)


@require_POST
def upload(request, pk):
    case = get_case_for(request.membership, pk)
    step = "invoices" if request.POST.get("purpose") == "invoice" else "supporting"
    # While Amazon's request is open, documents may be added (packets/supplement.py).
    if not accepts_documents(case):
        messages.error(request, _("This case can no longer be edited."))
        return redirect("case_detail", pk=case.pk)
    if getattr(request, "upload_too_large", False):
        messages.error(request, too_large_message())
        return _back_to(case, step)
    form = UploadForm(request.POST, request.FILES, purposes=INVOICE_PURPOSES + SUPPORTING_PURPOSES)
    if not form.is_valid():
        messages.error(request, _("Choose a file to upload."))
        return _back_to(case, step)
    files = form.cleaned_data["file"]
    if len(files) > MAX_FILES_PER_UPLOAD:
        messages.error(
            request,
            _("Upload at most %(n)s files at a time: nothing was added.")
            % {"n": MAX_FILES_PER_UPLOAD},
        )
        return _back_to(case, step)
    for uploaded in files:
        _attach_one(request, case, uploaded, form.cleaned_data["purpose"])
    return _back_to(case, step)


def _attach_one(request, case, uploaded, purpose):
    """Each file is accepted or refused on its own, with its own message."""
    try:
        use = services.attach_upload(case=case, uploaded=uploaded, purpose=purpose, by=request.user)
    except Refused as exc:
        messages.error(
            request,
            _("%(name)s was not added: %(reason)s")
            % {"name": clean_name(uploaded.name), "reason": exc},
        )
        return
    if use.document.content_type not in AMAZON_TYPES:
        messages.info(
            request,
            _(
                "%(name)s is checked as it is; it will be converted losslessly to PNG for "
                "submission, since Amazon's forms take PDF, JPEG, PNG and GIF only."
            )
            % {"name": use.document.original_name},
        )
    else:
        messages.success(request, _("%(name)s added.") % {"name": use.document.original_name})


def document_status(request, pk):
    """The live status fragment (htmx polls it until the checks are done)."""
    use = get_case_document_for(request.membership, pk)
    return render(request, "documents/_document_row.html", {"use": use, "case": use.case})


def _render_detail(request, use, correction_form=None, status=200):
    invoice = getattr(use.document, "invoice", None)
    suppliers = suppliers_for(request.membership)
    run = use.check_runs.first()
    other = ((run.results.get("duplicate") or {}).get("found") or {}) if run else {}
    other_case = None
    if isinstance(other, dict) and other.get("other_case"):
        other_case = (
            Case.objects.visible_to(request.membership).filter(pk=other["other_case"]).first()
        )
    return render(
        request,
        "documents/document_detail.html",
        {
            "use": use,
            "case": use.case,
            "invoice": invoice,
            "run": run,
            "checks": document_checks(run.results) if run else None,
            "outlines": preview_outlines(invoice) if use.document.preview else None,
            # A correction refused: the form opens on its messages.
            "correcting": correction_form is not None,
            "duplicate_of": other_case,
            "correction_form": correction_form
            or (CorrectionForm(instance=invoice) if invoice else None),
            "supplier_form": InvoiceSupplierForm(invoice=invoice, suppliers=suppliers)
            if invoice
            else None,
            "signals": signals_of(use) if invoice else [],
            "accepted": sorted((use.overrides or {}).items()),
            "membership": request.membership,
        },
        status=status,
    )


def document_detail(request, pk):
    return _render_detail(request, get_case_document_for(request.membership, pk))


@require_POST
def document_correct(request, pk):
    use = get_case_document_for(request.membership, pk)
    invoice = getattr(use.document, "invoice", None)
    if invoice is None or not use.case.is_editable:
        raise Http404
    form = CorrectionForm(request.POST, instance=invoice)
    if not form.is_valid():
        messages.error(request, _("Some values are not valid: see the messages beside them."))
        return _render_detail(request, use, correction_form=form)
    services.correct_invoice(use=use, form=form, by=request.user)
    messages.success(request, _("Corrections saved; the checks run again."))
    return redirect("document_detail", pk=use.pk)


def _invoice_to_edit(request, pk):
    """(case document, its invoice, None), or a redirect saying the case is locked; a 404
    for what the person may not see or what is not an invoice."""
    use = get_case_document_for(request.membership, pk)
    invoice = getattr(use.document, "invoice", None)
    if invoice is None:
        raise Http404
    if not use.case.is_editable:
        messages.error(request, _("This case can no longer be edited."))
        return use, invoice, redirect("document_detail", pk=use.pk)
    return use, invoice, None


@require_POST
def document_supplier(request, pk):
    use, _invoice, refused = _invoice_to_edit(request, pk)
    if refused:
        return refused
    # The case's own workspace, whatever workspace the person has open.
    form = InvoiceSupplierForm(request.POST, suppliers=suppliers_for(request.membership))
    if form.is_valid():
        services.link_supplier(use=use, supplier=form.cleaned_data["supplier"], by=request.user)
        messages.success(request, _("Supplier saved; the checks run again."))
    else:
        messages.error(request, _("Choose a supplier of this workspace."))
    return redirect("document_detail", pk=use.pk)


@require_http_methods(["GET", "POST"])
def document_supplier_create(request, pk):
    """Create the supplier from what the invoice prints and link it to the invoice.

    Whoever may see the case may do it (a seller for their own cases); the supplier is
    made in the case's workspace.
    """
    use, invoice, refused = _invoice_to_edit(request, pk)
    if refused:
        return refused
    form = SupplierForm(
        request.POST or None, initial=services.supplier_initial_from_invoice(invoice)
    )
    if request.method == "POST" and form.is_valid():
        supplier = services.create_supplier_from_invoice(use=use, form=form, by=request.user)
        messages.success(
            request,
            _("Supplier %(name)s created and linked to the invoice; the checks run again.")
            % {"name": supplier.name},
        )
        return redirect("document_detail", pk=use.pk)
    return render(
        request,
        "documents/supplier_form.html",
        {"form": form, "supplier": None, "use": use, "invoice": invoice},
    )


@require_POST
def document_retry(request, pk):
    use = get_case_document_for(request.membership, pk)
    if services.retry(use=use, by=request.user):
        messages.success(request, _("The checks start again."))
    return redirect("document_detail", pk=use.pk)


@roles(Role.REVIEWER)
@require_POST
def document_accept_signal(request, pk):
    """A reviewer accepts a forgery-level signal of an invoice, with a reason."""
    use = get_case_document_for(request.membership, pk)
    try:
        services.accept_signal(
            use=use,
            code=request.POST.get("code", ""),
            reason=request.POST.get("reason", ""),
            by=request.user,
        )
    except services.SignalError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Accepted, with your reason kept in the case's history."))
    return redirect("document_detail", pk=use.pk)


@require_POST
def document_remove(request, pk):
    use = get_case_document_for(request.membership, pk)
    case = use.case
    if not case.is_editable:
        messages.error(request, _("This case can no longer be edited."))
        return redirect("case_detail", pk=case.pk)
    step = "invoices" if use.purpose == "invoice" else "supporting"
    services.detach(use=use, by=request.user)
    messages.success(request, _("Removed from the case."))
    return _back_to(case, step)


def document_download(request, pk):
    """The original, byte for byte, as an attachment that no browser will render."""
    use = get_case_document_for(request.membership, pk)
    document = use.document
    stem = clean_name(document.original_name).rsplit(".", 1)[0] or "document"
    filename = f"{stem}.{EXTENSIONS.get(document.content_type, 'bin')}"
    response = FileResponse(
        document.file.open("rb"),
        as_attachment=True,
        filename=filename,
        content_type=document.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response["Cache-Control"] = "private, no-store"
    return response


def document_preview(request, pk):
    """Our own PNG of the first page: safe to show inline, unlike the original."""
    use = get_case_document_for(request.membership, pk)
    if not use.document.preview:
        raise Http404
    response = FileResponse(use.document.preview.open("rb"), content_type="image/png")
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, max-age=3600"
    return response


def supplier_list(request):
    suppliers = suppliers_for(request.membership).order_by("name")
    return render(request, "documents/supplier_list.html", {"suppliers": suppliers})


@require_http_methods(["GET", "POST"])
def supplier_edit(request, pk=None):
    if not request.membership:
        raise Http404
    require_agency(request.membership)
    supplier = get_supplier_for_membership(request.membership, pk) if pk else None
    form = SupplierForm(request.POST or None, instance=supplier)
    if request.method == "POST" and form.is_valid():
        supplier = form.save(commit=False)
        supplier.workspace = request.membership.workspace
        supplier.save()
        services.recheck_supplier_invoices(supplier=supplier)
        messages.success(request, _("Supplier %(name)s saved.") % {"name": supplier.name})
        return redirect("supplier_list")
    return render(request, "documents/supplier_form.html", {"form": form, "supplier": supplier})
