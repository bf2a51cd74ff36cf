"""Seller accounts and their account health."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .. import health
from ..charts import health_charts
from ..client_overview import client_overview
from ..forms import HealthImportForm, HealthSnapshotForm, SellerAccountForm
from ..models import SellerAccount
from ..scoping import AGENCY, get_health_snapshot_for, get_seller_account_for, roles
from ..selectors import latest_health
from ..services import accounts


def seller_account_list(request):
    accounts = SellerAccount.objects.visible_to(request.membership).select_related("workspace")
    query = request.GET.get("q", "").strip()
    if query:
        accounts = accounts.filter(
            Q(legal_name__icontains=query)
            | Q(store_name__icontains=query)
            | Q(merchant_token__icontains=query)
        )
    accounts = accounts.annotate(snapshot_count=Count("health_snapshots", distinct=True))
    page = Paginator(accounts.order_by("legal_name", "pk"), 50).get_page(request.GET.get("page"))
    return render(
        request,
        "cases/seller_account_list.html",
        {"page": page, "query": query, "query_string": urlencode({"q": query}) if query else ""},
    )


@roles(*AGENCY)
@require_http_methods(["GET", "POST"])
def seller_account_create(request):
    form = SellerAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        account = accounts.create_seller_account(
            form=form, workspace=request.membership.workspace, by=request.user
        )
        messages.success(request, _("Seller account %(name)s added.") % {"name": account})
        return redirect("seller_account_detail", pk=account.pk)
    return render(request, "cases/seller_account_form.html", {"form": form, "account": None})


@roles(*AGENCY)
@require_http_methods(["GET", "POST"])
def seller_account_edit(request, pk):
    account = get_seller_account_for(request.membership, pk)
    form = SellerAccountForm(request.POST or None, instance=account)
    if request.method == "POST" and form.is_valid():
        if accounts.update_business_details(form=form, by=request.user):
            messages.success(
                request,
                _(
                    "Business details saved. The invoices of open cases are checked again, and "
                    "their match with Seller Central must be confirmed again."
                ),
            )
        else:
            messages.success(request, _("Business details saved."))
        return redirect("seller_account_detail", pk=account.pk)
    return render(request, "cases/seller_account_form.html", {"form": form, "account": account})


def seller_account_detail(request, pk):
    """The client's page: open cases, next deadline, health and its trend, recent activity."""
    account = get_seller_account_for(request.membership, pk)
    snapshots = list(account.health_snapshots.all()[: settings.HEALTH_SNAPSHOTS_ON_CHART])
    verdict = latest_health(account)
    charts = health_charts(list(reversed(snapshots)), health.METRICS)
    overview = client_overview(account, request.membership, snapshots)
    return render(
        request,
        "cases/seller_account_detail.html",
        {
            "account": account,
            "snapshots": snapshots,
            "verdict": verdict,
            "metric_rows": [(v, overview.trends.get(v.metric.field)) for v in verdict.metrics],
            "charts": charts,
            "overview": overview,
            "events": account.events.select_related("actor")[:20],
            "may_edit": request.membership.role in AGENCY,
        },
    )


@require_http_methods(["GET", "POST"])
def health_snapshot_create(request, pk):
    account = get_seller_account_for(request.membership, pk)
    form = HealthSnapshotForm(request.POST or None, seller_account=account)
    if request.method == "POST" and form.is_valid():
        snapshot = accounts.add_health_snapshot(form=form, seller_account=account, by=request.user)
        messages.success(
            request, _("Account-health snapshot of %(date)s saved.") % {"date": snapshot.date}
        )
        return redirect("seller_account_detail", pk=account.pk)
    return render(request, "cases/health_snapshot_form.html", {"form": form, "account": account})


@roles(*AGENCY)
@require_http_methods(["GET", "POST"])
def health_snapshot_edit(request, pk):
    snapshot = get_health_snapshot_for(request.membership, pk)
    account = snapshot.seller_account
    form = HealthSnapshotForm(request.POST or None, instance=snapshot, seller_account=account)
    if request.method == "POST" and request.POST.get("delete"):
        accounts.delete_health_snapshot(snapshot=snapshot, by=request.user)
        messages.success(request, _("Snapshot of %(date)s deleted.") % {"date": snapshot.date})
        return redirect("seller_account_detail", pk=account.pk)
    if request.method == "POST" and form.is_valid():
        accounts.correct_health_snapshot(form=form, by=request.user)
        messages.success(request, _("Snapshot of %(date)s saved.") % {"date": snapshot.date})
        return redirect("seller_account_detail", pk=account.pk)
    return render(
        request,
        "cases/health_snapshot_form.html",
        {"form": form, "account": account, "snapshot": snapshot},
    )


@require_http_methods(["GET", "POST"])
def health_import(request, pk):
    account = get_seller_account_for(request.membership, pk)
    if getattr(request, "upload_too_large", False):
        messages.error(request, _("The file is larger than the upload limit: split it."))
        return redirect("health_import", pk=account.pk)
    form = HealthImportForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        result = accounts.import_health(
            seller_account=account, uploaded=form.cleaned_data["file"], by=request.user
        )
        if result.ok:
            messages.success(
                request,
                _("Imported %(created)s new snapshots and updated %(updated)s.")
                % {"created": result.created, "updated": result.updated},
            )
            return redirect("seller_account_detail", pk=account.pk)
    status = 400 if result is not None and not result.ok else 200
    return render(
        request,
        "cases/health_import.html",
        {"form": form, "account": account, "result": result},
        status=status,
    )
