"""The workspace: home page, members and invitations."""

from datetime import timedelta
from functools import cache

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.db import connection
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext
from django.views.decorators.http import require_http_methods, require_POST
from django.views.i18n import set_language as django_set_language

from ..formatting import Moments
from ..forms import InvitationForm
from ..middleware import SESSION_KEY
from ..models import Case, Invitation, SellerAccount, Status
from ..pagination import count_sql
from ..scoping import require_reviewer
from ..selectors import case_rows
from ..services.workspaces import invite, revoke_invitation


def home(request):
    membership = request.membership
    if not membership:
        return render(request, "cases/no_workspace.html")
    # The accounts counted apart from the first ten, not by a window count: the count
    # reads the index only (with what needs me), and the first ten are read in order off
    # the name index; a window count would read and sort every account (2.9 ms at 2,500
    # accounts, against 0.9 for both).
    accounts = SellerAccount.objects.visible_to(membership).order_by("legal_name")
    cases = Case.objects.visible_to(membership)
    needs, account_count = _what_needs_me(cases, membership, accounts)
    return render(
        request,
        "cases/home.html",
        {
            "needs": needs,
            "accounts": accounts.only("pk", "legal_name", "store_name")[:10],
            "account_count": account_count,
            # Rows as plain values, like the case list's (no model instances, no joins).
            "overdue": _with_due_title(cases.overdue().order_by("answer_due_at", "-pk")[:10]),
            # Counted with the rest of what needs the reviewer.
            "waiting_review": next((n["count"] for n in needs if n["key"] == "review"), None),
            "recent": list(case_rows(cases.order_by("-updated", "-pk")[:8])),
            # Row links as prefix + number (cases/<pk>/): no URL reversing per row.
            "list_url": reverse("case_list"),
            "accounts_url": reverse("seller_account_list"),
        },
    )


def _with_due_title(cases):
    moments = Moments()
    rows = list(case_rows(cases))
    for row in rows:
        row["due_title"] = moments.exact(row["due_at"])
    return rows


# The columns the conditions below read.
NEEDS_COLUMNS = ("answer_due_at", "status", "readiness_verdict", "kind")


@cache
def _needs_conditions():
    """What makes a case need someone now, as SQL over the case's own columns, written once
    per process: Django compiled these seven conditions on every home page, which took
    longer than counting them. Each is (key, SQL with %s for moments, the moments it
    needs, the list's query string, label). Only column names and our constants go in."""
    table = connection.ops.quote_name(Case._meta.db_table)

    def column(name):
        return f"{table}.{connection.ops.quote_name(Case._meta.get_field(name).column)}"

    due, status = column("answer_due_at"), column("status")
    editable = ", ".join(f"'{value}'" for value in Case.EDITABLE)
    return [
        (
            "overdue",
            f"{due} < %s",
            ("now",),
            "due=overdue",
            gettext_noop("overdue: Amazon is waiting"),
        ),
        (
            "due_soon",
            f"{due} >= %s AND {due} < %s",
            ("now", "soon"),
            "due=48h",
            gettext_noop("due within 48 hours"),
        ),
        (
            "information",
            f"{status} = '{Status.INFORMATION_REQUESTED}'",
            (),
            "status=information_requested",
            gettext_noop("Amazon asked for information"),
        ),
        (
            "changes",
            f"{status} = '{Status.CHANGES_REQUESTED}'",
            (),
            "status=changes_requested",
            gettext_noop("changes requested by the reviewer"),
        ),
        (
            "not_ready",
            f"{status} IN ({editable}) AND {column('readiness_verdict')} = 'not_ready'",
            (),
            "readiness=not_ready",
            gettext_noop("not ready: checks failed or something missing"),
        ),
        (
            "appeals",
            f"{column('kind')} = 'appeal' AND {due} >= %s AND {due} < %s",
            ("now", "week"),
            "kind=appeal&due=7d",
            gettext_noop("appeals due within 7 days"),
        ),
        (
            "review",
            f"{status} = '{Status.IN_REVIEW}'",
            (),
            None,
            gettext_noop("waiting for your review"),
        ),
    ]


def _what_needs_me(cases, membership, accounts):
    """Each kind of case that needs someone now, with its list, and the number of
    `accounts`: counted in one query."""
    now = timezone.now()
    moments = {
        name: connection.ops.adapt_datetimefield_value(moment)
        for name, moment in (
            ("now", now),
            ("soon", now + timedelta(hours=48)),
            ("week", now + timedelta(days=7)),
        )
    }
    kinds = [kind for kind in _needs_conditions() if kind[0] != "review" or membership.is_reviewer]
    # The cases in reach come from the one scoping rule, compiled by Django; the counts
    # around them are the conditions above. Django's aggregate() over seven filtered
    # counts cost some 3,000 Python calls a page (each expression hashed, copied,
    # resolved), more than the query. The scoped query's own table name is its alias, so
    # the conditions read its columns as they would the table's.
    scoped, scoped_params = cases.open().order_by().values(*NEEDS_COLUMNS).query.sql_with_params()
    table = connection.ops.quote_name(Case._meta.db_table)
    counts_sql = ", ".join(
        f"COUNT(*) FILTER (WHERE {condition})" for _key, condition, *_rest in kinds
    )
    params = [moments[name] for _key, _condition, needs, *_rest in kinds for name in needs]
    accounts_sql, accounts_params = count_sql(accounts)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {counts_sql}, {accounts_sql} FROM ({scoped}) {table}",  # noqa: S608 - see _needs_conditions
            [*params, *accounts_params, *scoped_params],
        )
        *found, account_count = cursor.fetchone()
    counts = dict(zip((kind[0] for kind in kinds), found, strict=True))
    cases_url, queue_url = reverse("case_list"), reverse("review_queue")
    return [
        {
            "key": key,
            "count": counts[key],
            "query": query,
            "href": f"{cases_url}?{query}" if query else queue_url,
            "label": _(label),
        }
        for key, _condition, _needs, query, label in kinds
    ], account_count


def _reviewer_membership(request):
    if not request.membership:
        raise Http404
    return require_reviewer(request.membership)


@require_http_methods(["GET", "POST"])
def members(request):
    membership = _reviewer_membership(request)
    workspace = membership.workspace
    form = InvitationForm(request.POST or None, workspace=workspace)
    if request.method == "POST" and form.is_valid():
        invitation, link = invite(
            workspace=workspace,
            email=form.cleaned_data["email"],
            role=form.cleaned_data["role"],
            seller_accounts=form.cleaned_data["seller_accounts"],
            by=request.user,
        )
        messages.success(
            request,
            ngettext(
                "Invitation sent to %(email)s. The link works once, for %(days)s day: %(link)s",
                "Invitation sent to %(email)s. The link works once, for %(days)s days: %(link)s",
                settings.INVITATION_VALID_DAYS,
            )
            % {
                "email": invitation.email,
                # The configured lifetime: expires_at - created falls a moment short of it.
                "days": settings.INVITATION_VALID_DAYS,
                "link": link,
            },
        )
        return redirect("members")
    return render(
        request,
        "cases/members.html",
        {
            "form": form,
            "members": workspace.memberships.select_related("user").prefetch_related(
                "seller_accounts"
            ),
            "invitations": workspace.invitations.pending().select_related("invited_by")[:100],
        },
    )


@require_POST
def invitation_revoke(request, pk):
    membership = _reviewer_membership(request)
    invitation = get_object_or_404(Invitation, pk=pk, workspace=membership.workspace)
    revoke_invitation(invitation=invitation)
    messages.success(request, _("Invitation to %(email)s withdrawn.") % {"email": invitation.email})
    return redirect("members")


@require_POST
def switch_workspace(request):
    try:
        workspace_id = int(request.POST.get("workspace", ""))
    except ValueError:
        return redirect("home")
    if request.user.memberships.filter(workspace_id=workspace_id).exists():
        request.session[SESSION_KEY] = workspace_id
    return redirect("home")


@login_not_required
def set_language(request):
    """Django's switcher; a person logged in also keeps the choice for their e-mails."""
    response = django_set_language(request)
    language = request.POST.get("language", "")
    if (
        request.method == "POST"
        and request.user.is_authenticated
        and language in dict(settings.LANGUAGES)
        and request.user.language != language
    ):
        request.user.language = language
        request.user.save(update_fields=["language"])
    return response
