"""The page number a list was asked for, read once for every paged list; several counts
read in one statement."""

from django.core.exceptions import EmptyResultSet
from django.db import connection

# Past this, ?page= is read as this page: the lists then show their last page, and no
# number typed into the address reaches the database as an offset it cannot hold.
MAX_PAGE = 10_000


def asked_page(request):
    """The positive page number in ?page=, 1 when there is none or it is not a number."""
    asked = request.GET.get("page", "")
    if not (asked.isascii() and asked.isdigit()) or int(asked) < 1:
        return 1
    return min(int(asked), MAX_PAGE)


def counts(*counted):
    """How many rows each (queryset, limit) holds, up to its limit (None: all), read in one
    statement: each queryset compiled by Django as a list of ids (its scoping intact),
    counted in a subquery. Two counts on a page cost two round trips and two of Django's
    count() compilations (an aggregate over a subquery), more than reading them."""
    parts, params = [], []
    for queryset, limit in counted:
        ids = queryset.order_by().values("pk")
        try:
            sql, ids_params = (ids if limit is None else ids[:limit]).query.sql_with_params()
        except EmptyResultSet:  # none(), or a search that matched no id: nothing to read
            parts.append("0")
            continue
        parts.append(f"(SELECT COUNT(*) FROM ({sql}) counted)")  # noqa: S608 - Django's SQL
        params.extend(ids_params)
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts), params)
        return list(cursor.fetchone())
