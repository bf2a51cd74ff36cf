"""The one authorization helper: every view fetches what a user may see through here.

An object outside the user's scope answers 404, never 403 with its data (healthchecks'
`_get_check_for_user`). Function-level permissions (who may approve, invite, ...) are
asked through `membership_for`, which gives the user's role in the object's workspace.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404

from .models import Case, HealthSnapshot, Membership, Role, SellerAccount


def get_seller_account_for_user(user, pk):
    return get_object_or_404(SellerAccount.objects.visible_to(user), pk=pk)


def get_health_snapshot_for_user(user, pk):
    return get_object_or_404(
        HealthSnapshot.objects.select_related("seller_account"),
        pk=pk,
        seller_account__in=SellerAccount.objects.visible_to(user),
    )


def membership_for(user, workspace):
    """The user's membership in that workspace, or None."""
    if not user.is_authenticated:
        return None
    cache = user.__dict__.setdefault("_membership_cache", {})
    key = workspace.pk if hasattr(workspace, "pk") else workspace
    if key not in cache:
        cache[key] = Membership.objects.filter(user=user, workspace_id=key).first()
    return cache[key]


def require_role(user, workspace, *roles):
    """Raise 404 unless the user holds one of the roles in the workspace."""
    membership = membership_for(user, workspace)
    if membership is None or membership.role not in roles:
        raise Http404
    return membership


def require_agency(user, workspace):
    return require_role(user, workspace, Role.REVIEWER, Role.CONSULTANT)


def require_reviewer(user, workspace):
    return require_role(user, workspace, Role.REVIEWER)


def get_case_for_user(user, pk):
    cases = Case.objects.visible_to(user).select_related(
        "seller_account", "workspace", "assignee", "ungating__category__parent", "previous_attempt"
    )
    return get_object_or_404(cases, pk=pk)
