"""Changes to a seller account: its business details and its health figures.

Every check compares invoices with the business details, and the readiness verdict reads
the health figures, so each change is a service that writes a line of the account's
history (who, when, what changed). Who may make which change is decided in the views
(`roles()`): the agency edits business details and corrects or deletes figures; the
seller, who reads them in Seller Central, may add and import figures too.
"""

from django.db import transaction
from django.utils.translation import gettext as _

from ..models import AccountEvent, Case
from ..ports import documents
from .health_import import import_health_csv
from .readiness import record_readiness_of


def record_account_event(*, seller_account, by, note):
    """A line of the account's history; the readiness of its open cases may have moved."""
    record_readiness_of(Case.objects.filter(seller_account=seller_account))
    return AccountEvent.objects.create(seller_account=seller_account, actor=by, note=note)


def _changes(form):
    changes = []
    for name in form.changed_data:
        field = form.fields[name]
        before = form.initial.get(name)
        after = form.cleaned_data.get(name)
        changes.append(
            f"{field.label}: {before if before not in (None, '') else '–'} → "
            f"{after if after not in (None, '') else '–'}"
        )
    return "; ".join(changes)


@transaction.atomic
def create_seller_account(*, form, workspace, by):
    account = form.save(commit=False)
    account.workspace = workspace
    account.save()
    record_account_event(
        seller_account=account,
        by=by,
        note=_("Seller account created: %(name)s") % {"name": account.legal_name},
    )
    return account


@transaction.atomic
def update_business_details(*, form, by):
    """Save what changed; open cases confirm the details again and re-check their invoices.

    Returns True when something changed.
    """
    if not form.has_changed():
        return False
    note = _("Business details changed: %(changes)s") % {"changes": _changes(form)}
    account = form.save()
    record_account_event(seller_account=account, by=by, note=note)
    business_details_changed(seller_account=account)
    return True


def business_details_changed(*, seller_account):
    """Every check compares invoices with these details: open cases start over on them."""
    Case.objects.filter(seller_account=seller_account, status__in=Case.EDITABLE).update(
        business_confirmed_at=None
    )
    documents().recheck_account_invoices(seller_account=seller_account)


@transaction.atomic
def add_health_snapshot(*, form, seller_account, by):
    snapshot = form.save(commit=False)
    snapshot.seller_account = seller_account
    snapshot.save()
    record_account_event(
        seller_account=seller_account,
        by=by,
        note=_("Account-health snapshot of %(date)s added.") % {"date": snapshot.date},
    )
    return snapshot


@transaction.atomic
def correct_health_snapshot(*, form, by):
    if not form.has_changed():
        return form.instance
    note = _("Account-health snapshot of %(date)s corrected: %(changes)s") % {
        "date": form.initial.get("date") or form.instance.date,
        "changes": _changes(form),
    }
    snapshot = form.save()
    record_account_event(seller_account=snapshot.seller_account, by=by, note=note)
    return snapshot


@transaction.atomic
def delete_health_snapshot(*, snapshot, by):
    record_account_event(
        seller_account=snapshot.seller_account,
        by=by,
        note=_("Account-health snapshot of %(date)s deleted.") % {"date": snapshot.date},
    )
    snapshot.delete()


@transaction.atomic
def import_health(*, seller_account, uploaded, by):
    result = import_health_csv(seller_account=seller_account, uploaded=uploaded)
    if result.ok:
        record_account_event(
            seller_account=seller_account,
            by=by,
            note=_("Account health imported from %(file)s: %(created)s new, %(updated)s updated.")
            % {
                "file": getattr(uploaded, "name", "CSV"),
                "created": result.created,
                "updated": result.updated,
            },
        )
    return result
