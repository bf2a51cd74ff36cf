"""Services that change documents and their links to cases."""

import logging

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cases.models import Case
from cases.services import notifications
from cases.services.cases import record_document_event
from cases.services.readiness import record_readiness_of

from .check_names import check_name
from .intake import Refused, examine
from .models import CaseDocument, Document, Invoice, JobStatus, Purpose, Supplier
from .packets.supplement import accepts_documents

log = logging.getLogger(__name__)


def enqueue_check(case_document_id):
    """Queue the checks; a broker that is down leaves the job queued for the reconciler."""
    from .tasks import check_document

    try:
        check_document.delay(case_document_id)
    except Exception:  # noqa: BLE001 — kombu raises several types; the upload must not fail
        log.warning("Broker unavailable: document use %s stays queued", case_document_id)


def attach_upload(*, case, uploaded, purpose, by):
    """Store an uploaded file unchanged and attach it to the case; checks follow on commit.

    Nothing is half-stored: a refused file is never written, and a file whose rows could
    not be written is removed again.
    """
    intake = examine(uploaded)
    _refuse_if_attached(case, intake.sha256)  # early, before the file is stored
    document = Document(
        workspace=case.workspace,
        original_name=intake.original_name,
        content_type=intake.content_type,
        size=intake.size,
        sha256=intake.sha256,
        page_count=intake.page_count,
        uploaded_by=by,
    )
    document.file.save(intake.original_name, uploaded, save=False)
    try:
        with transaction.atomic():
            # The case's row lock serializes uploads to one case: of two posts of the same
            # file (a double click), the second finds the first attached and is refused.
            if not accepts_documents(type(case).objects.select_for_update().get(pk=case.pk)):
                raise Refused(_("the case was sent on meanwhile and can no longer be edited."))
            _refuse_if_attached(case, intake.sha256)
            document.save()
            use = CaseDocument.objects.create(
                case=case,
                document=document,
                purpose=purpose,
                added_by=by,
                queued_at=timezone.now(),
                status=JobStatus.QUEUED if purpose == Purpose.INVOICE else JobStatus.DONE,
            )
            if purpose == Purpose.INVOICE:
                Invoice.objects.create(document=document)
                transaction.on_commit(lambda: enqueue_check(use.pk))
            elif purpose == Purpose.AUTHORIZATION:
                # A letter of authorization answers the distributor's warning (supplier_type).
                recheck_case_invoices(case=case)
            record_document_event(
                case=case,
                by=by,
                note=lambda: (
                    _("Added %(purpose)s: %(name)s")
                    % {"purpose": use.get_purpose_display(), "name": document.original_name}
                ),
            )
            notifications.on_seller_activity(
                case=case, by=by, what="upload", name=document.original_name
            )
    except Exception:
        document.file.delete(save=False)
        raise
    return use


class SignalError(Exception):
    """The signal cannot be accepted; the message says why."""


@transaction.atomic
def accept_signal(*, use, code, reason, by):
    """A reviewer accepts a sign of editing or figures that do not add up, with a reason.

    The check's result stays as it was; readiness stops blocking on it, and the history
    keeps who accepted what and why.
    """
    from .selectors import FORGERY_CHECKS, signals_of

    reason = (reason or "").strip()
    if code not in FORGERY_CHECKS or code not in dict(signals_of(use)):
        raise SignalError(_("There is no such signal to accept on this invoice."))
    if len(reason) < 10:
        raise SignalError(_("Say why you accept it (what you checked, with whom)."))
    use = CaseDocument.objects.select_for_update().get(pk=use.pk)
    use.overrides = {
        **(use.overrides or {}),
        code: {"reason": reason, "by": by.pk, "at": timezone.now().isoformat()},
    }
    use.save(update_fields=["overrides"])
    record_document_event(
        case=use.case,
        by=by,
        note=lambda: (
            _("%(name)s: %(check)s accepted by the reviewer: %(reason)s")
            % {"name": use.document.original_name, "check": check_name(code), "reason": reason}
        ),
        action="accept_signal",
    )
    return use


def _refuse_if_attached(case, sha256):
    duplicate = (
        CaseDocument.objects.filter(case=case, document__sha256=sha256)
        .select_related("document")
        .first()
    )
    if duplicate:
        raise Refused(
            _("This file is already attached to this case as “%(name)s”.")
            % {"name": duplicate.document.original_name}
        )


@transaction.atomic
def detach(*, use, by):
    """Remove a document from a case; the file stays while another case or row uses it."""
    document = use.document
    name = document.original_name
    case = use.case
    purpose = use.purpose
    use.delete()
    record_document_event(case=case, by=by, note=lambda: _("Removed %(name)s") % {"name": name})
    if purpose == Purpose.AUTHORIZATION:
        recheck_case_invoices(case=case)


@transaction.atomic
def retry(*, use, by):
    updated = CaseDocument.objects.filter(pk=use.pk, status=JobStatus.ERROR).update(
        status=JobStatus.QUEUED,
        percent=0,
        status_message="",
        lost_attempts=0,
        queued_at=timezone.now(),
    )
    if updated:
        transaction.on_commit(lambda: enqueue_check(use.pk))
    return bool(updated)


@transaction.atomic
def carry_over_documents(*, from_case, to_case):
    """A re-application keeps the documents of the attempt it follows.

    Each attempt gets its own document rows (pointing at the same stored file, which is
    never changed): a correction on the new attempt leaves the record of what was sent to
    Amazon with the old one untouched.
    """
    for use in from_case.case_documents.select_related("document__invoice"):
        original = use.document
        invoice = getattr(original, "invoice", None)
        copy = Document.objects.create(
            workspace=original.workspace,
            file=original.file.name,
            preview=original.preview.name,
            original_name=original.original_name,
            content_type=original.content_type,
            size=original.size,
            sha256=original.sha256,
            page_count=original.page_count,
            uploaded_by=original.uploaded_by,
        )
        if invoice is not None:
            invoice.pk = None
            invoice.id = None
            invoice.document = copy
            invoice._state.adding = True
            invoice.save()
        new = CaseDocument.objects.create(
            case=to_case,
            document=copy,
            purpose=use.purpose,
            added_by=use.added_by,
            asins=use.asins,
            status=use.status if use.purpose != Purpose.INVOICE else JobStatus.QUEUED,
            verdict="" if use.purpose == Purpose.INVOICE else use.verdict,
            queued_at=timezone.now(),
        )
        if use.purpose == Purpose.INVOICE:
            # The new attempt's settings may differ: its own checks run.
            transaction.on_commit(lambda pk=new.pk: enqueue_check(pk))


def _recheck(uses):
    """Queue the checks again for these case documents (after a correction or a supplier)."""
    pks = list(uses.values_list("pk", flat=True))
    CaseDocument.objects.filter(pk__in=pks).update(
        status=JobStatus.QUEUED,
        percent=0,
        verdict="",
        lost_attempts=0,
        lease_owner="",
        lease_expires_at=None,
        queued_at=timezone.now(),
    )
    for pk in pks:
        transaction.on_commit(lambda pk=pk: enqueue_check(pk))
    record_readiness_of(Case.objects.filter(case_documents__pk__in=pks).distinct())


@transaction.atomic
def correct_invoice(*, use, form, by):
    """Keep what a person corrected, with the machine's reading, and check again."""
    invoice = form.instance
    before = Invoice.objects.get(pk=invoice.pk)
    changes = []
    for name in form.changed_data:
        old = getattr(before, name)
        invoice.corrections.setdefault(name, str(old) if old is not None else "")
        changes.append((name, old, form.cleaned_data[name]))
    if not changes:
        return invoice
    form.save()
    record_document_event(
        case=use.case,
        by=by,
        note=lambda: (
            _("Corrected %(name)s: %(changes)s")
            % {
                "name": use.document.original_name,
                "changes": "; ".join(
                    f"{Invoice._meta.get_field(name).verbose_name}: {old or '–'} → {new or '–'}"
                    for name, old, new in changes
                ),
            }
        ),
    )
    _recheck(_open_uses(CaseDocument.objects.filter(document=use.document)))
    return invoice


@transaction.atomic
def link_supplier(*, use, supplier, by):
    invoice = Invoice.objects.select_for_update().get(document=use.document)
    if supplier is not None and supplier.workspace_id != use.case.workspace_id:
        raise ValueError("A supplier of another workspace")
    if invoice.supplier_id == (supplier.pk if supplier else None):
        return
    invoice.supplier = supplier
    invoice.save(update_fields=["supplier"])
    record_document_event(
        case=use.case,
        by=by,
        note=lambda: (
            _("%(name)s: supplier set to %(supplier)s")
            % {"name": use.document.original_name, "supplier": supplier or "–"}
        ),
    )
    _recheck(_open_uses(CaseDocument.objects.filter(document=use.document)))


def _open_uses(uses):
    """Invoice uses in cases still being prepared: a finished case keeps its results."""
    return uses.filter(purpose=Purpose.INVOICE, case__status__in=Case.EDITABLE)


@transaction.atomic
def recheck_case_invoices(*, case):
    """The case's reference changed (target, notice): its invoices are checked again."""
    _recheck(_open_uses(CaseDocument.objects.filter(case=case)))


@transaction.atomic
def recheck_account_invoices(*, seller_account):
    """Business details changed: every open case of the account is checked again."""
    _recheck(_open_uses(CaseDocument.objects.filter(case__seller_account=seller_account)))


@transaction.atomic
def recheck_supplier_invoices(*, supplier):
    """A supplier's kind decides a check: invoices of open cases are checked again."""
    _recheck(
        CaseDocument.objects.filter(
            document__invoice__supplier=supplier,
            purpose=Purpose.INVOICE,
            case__status__in=Case.EDITABLE,
        )
    )


@transaction.atomic
def set_covered_asins(*, case, covered):
    """Record which document covers which requested product: an appeal's ASINs under review,
    or an ungating request's ASINs or brand (the products grid).

    `covered` maps a case document's pk to the products a person ticked; products outside
    the case are ignored. An invoice whose coverage changed is checked again, so that its
    `products` check counts what the person confirmed. Returns the names of the documents
    whose coverage changed.
    """
    appeal = getattr(case, "appeal", None)
    products = list(appeal.asins) if appeal is not None else case.ungating.requested_products
    changed, recheck = [], []
    for use in CaseDocument.objects.filter(case=case).select_related("document"):
        confirmed = [product for product in products if product in covered.get(use.pk, ())]
        if confirmed != (use.asins or []):
            use.asins = confirmed
            use.save(update_fields=["asins"])
            changed.append(use.document.original_name)
            recheck.append(use.pk)
    _recheck(_open_uses(CaseDocument.objects.filter(pk__in=recheck)))
    return changed  # the wizard writes the history line of the step (record_edit)


# -- suppliers from what was read -----------------------------------------------------------


def printed_supplier_match(invoice, workspace_id):
    """The one supplier of the workspace whose name the invoice prints, or None.

    Names compare as Amazon reads them (engine/matching.py): case, punctuation and the
    spelling of the legal form do not count, another legal form does.
    """
    from .engine.matching import compare_names

    if not invoice.supplier_name:
        return None
    found = []
    for supplier in Supplier.objects.filter(workspace_id=workspace_id):
        match = compare_names(supplier.name, invoice.supplier_name)
        if match.score == 100 and not match.other_legal_form:
            found.append(supplier)
    return found[0] if len(found) == 1 else None


def link_printed_supplier(*, use):
    """At the end of an invoice's first checks: link the supplier of the case's workspace
    whose name the invoice prints, when exactly one matches; the checks run again with it.
    """
    invoice = Invoice.objects.get(document=use.document)
    if invoice.supplier_id is not None or not use.case.is_editable:
        return None
    supplier = printed_supplier_match(invoice, use.case.workspace_id)
    if supplier is not None:
        link_supplier(use=use, supplier=supplier, by=None)
    return supplier


def supplier_initial_from_invoice(invoice):
    """The new supplier's fields as the invoice prints them (the country as read)."""
    from .engine.checks.supplier import printed_country
    from .engine.parties import Party

    printed = Party(
        name=invoice.supplier_name or None,
        address=invoice.supplier_address or None,
        phone=invoice.supplier_phone or None,
        website=invoice.supplier_website or None,
    )
    return {
        "name": invoice.supplier_name,
        "address": invoice.supplier_address,
        "phone": invoice.supplier_phone,
        "website": invoice.supplier_website,
        "country": printed_country(printed) or "",
    }


@transaction.atomic
def create_supplier_from_invoice(*, use, form, by):
    """A supplier made from what the invoice prints, in the case's workspace, and linked to
    the invoice (the checks run again with it)."""
    supplier = form.save(commit=False)
    supplier.workspace_id = use.case.workspace_id
    supplier.save()
    record_document_event(
        case=use.case,
        by=by,
        note=lambda: (
            _("%(name)s: supplier %(supplier)s created from the invoice")
            % {"name": use.document.original_name, "supplier": supplier.name}
        ),
    )
    link_supplier(use=use, supplier=supplier, by=by)
    return supplier
