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


def count_sql(queryset, limit=None):
    """SQL of a scalar subquery counting the rows of `queryset`, up to `limit` (None: all),
    and its parameters: the queryset compiled by Django as a list of ids (its scoping
    intact). "0" when Django knows it is empty (none(), a search that matched no id)."""
    ids = queryset.order_by().values("pk")
    try:
        sql, params = (ids if limit is None else ids[:limit]).query.sql_with_params()
    except EmptyResultSet:
        return "0", ()
    return f"(SELECT COUNT(*) FROM ({sql}) counted)", params  # noqa: S608 - Django's SQL


def counts(*counted):
    """How many rows each (queryset, limit) holds, read in one statement (count_sql). Two
    counts on a page cost two round trips and two of Django's count() compilations (an
    aggregate over a subquery), more than reading them."""
    parts, params = [], []
    for queryset, limit in counted:
        sql, part_params = count_sql(queryset, limit)
        parts.append(sql)
        params.extend(part_params)
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts), params)
        return list(cursor.fetchone())
