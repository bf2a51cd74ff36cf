"""The starting catalog of gated categories (docs/domain.md, Ungating); the admin edits it.

Migration 0003 loads the same list into a new database; `ensure_catalog` puts back what is
missing (the demo and the tests use it after a database was emptied).
"""

from django.utils.translation import get_language, gettext, gettext_noop

from .formatting import per_language

# (name, invoice window in days, minimum units, sub-categories); the names are English, and
# pages show them in the reader's language (`category_label`).
CATALOG = [
    (gettext_noop("Beauty"), 180, 10, []),
    (gettext_noop("Grocery & Gourmet"), 180, 10, []),
    (gettext_noop("Dietary Supplements"), 90, 10, []),
    (gettext_noop("Fine Jewelry"), 180, 10, []),
    (gettext_noop("Automotive parts"), 180, 10, []),
    (gettext_noop("Topicals"), 90, 10, []),
    (
        gettext_noop("Sports"),
        180,
        10,
        [gettext_noop("Sports collectibles"), gettext_noop("Fitness nutrition")],
    ),
    (
        gettext_noop("Toys"),
        180,
        10,
        [gettext_noop("Toys & Games during the holiday season"), gettext_noop("Collectible toys")],
    ),
    (
        gettext_noop("Personal care"),
        180,
        10,
        [gettext_noop("Personal care appliances"), gettext_noop("Sexual wellness")],
    ),
]


def ensure_catalog(category_model=None):
    if category_model is None:
        from .models import GatedCategory as category_model
    for name, window, units, children in CATALOG:
        parent, _ = category_model.objects.get_or_create(
            name=name, parent=None, defaults={"invoice_window_days": window, "min_units": units}
        )
        for child in children:
            category_model.objects.get_or_create(
                name=child,
                parent=parent,
                defaults={"invoice_window_days": window, "min_units": units},
            )


def category_label(name, parent=None):
    """A category as the reader's language names it: the starting catalog's names are
    translated (locale/), a name someone typed in the admin is shown as typed."""
    return _category_label(get_language(), name, parent)


@per_language
def _category_label(language, name, parent):
    # Kept per language for the process (a list names the same few categories on every
    # row): the names are the catalogue's rows, a bounded set.
    name = gettext(name) if name else name
    return f"{gettext(parent)} › {name}" if parent else name
