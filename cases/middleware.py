"""The person and the workspace they work in, read once per request in one query."""

from django.db import connections

SESSION_KEY = "workspace_id"

# Per database alias: the SQL and, per model read, its fields' names and converters.
_PERSON_QUERY = {}


def _person_query(using):
    """The SQL reading a person with each of their memberships, its workspace and its unread
    notifications, and how to turn the columns back into objects, as Django's compiler would
    (SQLite gives dates as text). Built once per process from the models' own columns: only
    table and column names go into the text."""
    if using in _PERSON_QUERY:
        return _PERSON_QUERY[using]
    from .models import Membership, Notification, User, Workspace

    connection = connections[using]
    models = []
    for alias, model in (("u", User), ("m", Membership), ("w", Workspace)):
        columns = []
        for field in model._meta.concrete_fields:
            col = field.get_col(alias)
            converters = connection.ops.get_db_converters(col) + field.get_db_converters(connection)
            columns.append((f"{alias}.{field.column}", field.attname, converters, col))
        models.append((model, columns))
    selected = ", ".join(name for _model, columns in models for name, *_rest in columns)
    user, membership = User._meta.db_table, Membership._meta.db_table
    workspace, notification = Workspace._meta.db_table, Notification._meta.db_table
    sql = (
        f"SELECT {selected}, (SELECT COUNT(*) FROM {notification} n"  # noqa: S608 - names only
        " WHERE n.recipient_id = m.user_id AND n.workspace_id = m.workspace_id"
        " AND n.read_at IS NULL)"
        f" FROM {user} u LEFT JOIN {membership} m ON m.user_id = u.id"
        f" LEFT JOIN {workspace} w ON w.id = m.workspace_id"
        " WHERE u.id = %s ORDER BY m.created, m.id"
    )
    _PERSON_QUERY[using] = sql, models
    return sql, models


def load_person(user_id, using="default"):
    """The user whose pk is `user_id` (None if there is none) with their memberships, oldest
    first, each with its workspace and `unread_notifications`, on `user.loaded_memberships`.

    One query, for what ModelBackend.get_user reads and what the workspace middleware needs
    next: planning and compiling two ORM queries cost more than running them."""
    connection = connections[using]
    sql, models = _person_query(using)
    with connection.cursor() as cursor:
        cursor.execute(sql, [user_id])
        rows = cursor.fetchall()
    user, memberships = None, []
    for row in rows:
        values = iter(row)
        objects = []
        for model, columns in models:
            attnames, read = [], []
            for _name, attname, converters, col in columns:
                value = next(values)
                for converter in converters:
                    value = converter(value, col, connection)
                attnames.append(attname)
                read.append(value)
            objects.append((model, attnames, read))
        (user_model, *user_row), membership_row, workspace_row = objects
        user = user or user_model.from_db(using, *user_row)
        if membership_row[2][0] is None:  # a person in no workspace
            continue
        membership = membership_row[0].from_db(using, *membership_row[1:])
        workspace = workspace_row[0].from_db(using, *workspace_row[1:])
        type(membership).workspace.field.set_cached_value(membership, workspace)
        type(membership).user.field.set_cached_value(membership, user)
        membership.unread_notifications = next(values)
        memberships.append(membership)
    if user is not None:
        user.loaded_memberships = memberships
    return user


def current_membership(request):
    """The workspace the person is working in: the one chosen in the session, else the
    first they joined; None for a person in no workspace, or not logged in.

    It carries `unread_notifications`, counted when the request began (the inbox marks
    lines read on a POST, whose redirect counts again). The memberships come with the user
    (cases.auth.EmailBackend.get_user): no query of its own."""
    user = request.user
    if not user.is_authenticated:
        return None
    memberships = getattr(user, "loaded_memberships", None)
    if memberships is None:  # a user another backend loaded
        person = load_person(user.pk)
        memberships = person.loaded_memberships if person is not None else []
    chosen = request.session.get(SESSION_KEY)
    if chosen:
        for membership in memberships:
            if membership.workspace_id == chosen:
                return membership
    return memberships[0] if memberships else None


class WorkspaceMiddleware:
    """Sets request.membership once per request (pretix resolves its organizer the same way)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.membership = current_membership(request)
        return self.get_response(request)
