from functools import cache

from django.db.models import IntegerField
from django.db.models.expressions import RawSQL

SESSION_KEY = "workspace_id"


@cache
def _unread_count():
    """The person's unread notifications in the membership's workspace, read with the
    membership (one query less on every page; the partial index on unread lines serves it).
    Only table names go into the text."""
    from .models import Membership, Notification

    membership, notification = Membership._meta.db_table, Notification._meta.db_table
    return RawSQL(  # noqa: S611 - table names only
        f"SELECT COUNT(*) FROM {notification} n WHERE n.recipient_id = {membership}.user_id"  # noqa: S608
        f" AND n.workspace_id = {membership}.workspace_id AND n.read_at IS NULL",
        (),
        output_field=IntegerField(),
    )


def current_membership(request):
    """The workspace the person is working in: the one chosen in the session, else the first.

    It carries `unread_notifications`, counted when the request began (the inbox marks
    lines read on a POST, whose redirect counts again)."""
    user = request.user
    if not user.is_authenticated:
        return None
    memberships = user.memberships.select_related("workspace").annotate(
        unread_notifications=_unread_count()
    )
    chosen = request.session.get(SESSION_KEY)
    if chosen:
        # One membership per person and workspace (one_membership_per_user): no order.
        for membership in memberships.filter(workspace_id=chosen)[:1]:
            return membership
    return memberships.order_by("created", "pk").first()


class WorkspaceMiddleware:
    """Sets request.membership once per request (pretix resolves its organizer the same way)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.membership = current_membership(request)
        return self.get_response(request)
