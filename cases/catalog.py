"""The starting catalog of gated categories (docs/domain.md, Ungating); the admin edits it.

Migration 0003 loads the same list into a new database; `ensure_catalog` puts back what is
missing (the demo and the tests use it after a database was emptied).
"""

# (name, invoice window in days, minimum units, sub-categories)
CATALOG = [
    ("Beauty", 180, 10, []),
    ("Grocery & Gourmet", 180, 10, []),
    ("Dietary Supplements", 90, 10, []),
    ("Fine Jewelry", 180, 10, []),
    ("Automotive parts", 180, 10, []),
    ("Topicals", 90, 10, []),
    ("Sports", 180, 10, ["Sports collectibles", "Fitness nutrition"]),
    ("Toys", 180, 10, ["Toys & Games during the holiday season", "Collectible toys"]),
    ("Personal care", 180, 10, ["Personal care appliances", "Sexual wellness"]),
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
