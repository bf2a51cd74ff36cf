"""The one authorization helper: every view fetches what a person may see through here.

The workspace is resolved once per request (`WorkspaceMiddleware` sets
`request.membership`: the person's role in the workspace they work in); every lookup
starts from it, so nothing of another workspace is reachable, even one where the same
person has another role. An object outside the scope answers 404, never 403 with its
data (healthchecks' `_get_check_for_user`). The roles a view admits are declared on it
with `@roles(...)`; actions on a case are allowed by the workflow table.
"""

from functools import wraps

from django.http import Http404
from django.shortcuts import get_object_or_404

from .models import Case, HealthSnapshot, Membership, Role, SellerAccount

AGENCY = (Role.REVIEWER, Role.CONSULTANT)


def get_seller_account_for(membership, pk):
    return get_object_or_404(SellerAccount.objects.visible_to(membership), pk=pk)


def get_health_snapshot_for(membership, pk):
    return get_object_or_404(
        HealthSnapshot.objects.select_related("seller_account"),
        pk=pk,
        seller_account__in=SellerAccount.objects.visible_to(membership),
    )


def get_case_for(membership, pk):
    cases = Case.objects.visible_to(membership).select_related(
        "seller_account", "workspace", "assignee", "ungating__category__parent", "previous_attempt"
    )
    return get_object_or_404(cases, pk=pk)


def membership_for(user, workspace):
    """A person's membership in a workspace, or None: for services, which act on a case and
    check the actor's role in the case's own workspace."""
    if user is None or not user.is_authenticated:
        return None
    cache = user.__dict__.setdefault("_membership_cache", {})
    key = workspace.pk if hasattr(workspace, "pk") else workspace
    if key not in cache:
        cache[key] = Membership.objects.filter(user=user, workspace_id=key).first()
    return cache[key]


def require_role(membership, *allowed):
    """Raise 404 unless the membership holds one of the roles."""
    if membership is None or membership.role not in allowed:
        raise Http404
    return membership


def require_agency(membership):
    return require_role(membership, *AGENCY)


def require_reviewer(membership):
    return require_role(membership, Role.REVIEWER)


def roles(*allowed):
    """The roles a view admits, declared on the view; anyone else gets a 404."""

    def decorate(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            require_role(request.membership, *allowed)
            return view(request, *args, **kwargs)

        wrapper.allowed_roles = frozenset(allowed)
        return wrapper

    return decorate
