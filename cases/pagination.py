"""The page number a list was asked for, read once for every paged list."""

# Past this, ?page= is read as this page: the lists then show their last page, and no
# number typed into the address reaches the database as an offset it cannot hold.
MAX_PAGE = 10_000


def asked_page(request):
    """The positive page number in ?page=, 1 when there is none or it is not a number."""
    asked = request.GET.get("page", "")
    if not (asked.isascii() and asked.isdigit()) or int(asked) < 1:
        return 1
    return min(int(asked), MAX_PAGE)
