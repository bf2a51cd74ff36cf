SESSION_KEY = "workspace_id"


def current_membership(request):
    """The workspace the person is working in: the one chosen in the session, else the first."""
    user = request.user
    if not user.is_authenticated:
        return None
    memberships = user.memberships.select_related("workspace").order_by("created", "pk")
    chosen = request.session.get(SESSION_KEY)
    if chosen:
        membership = memberships.filter(workspace_id=chosen).first()
        if membership:
            return membership
    return memberships.first()


class WorkspaceMiddleware:
    """Sets request.membership once per request (pretix resolves its organizer the same way)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.membership = current_membership(request)
        return self.get_response(request)
