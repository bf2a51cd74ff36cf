"""The starting catalog of gated categories (docs/domain.md, Ungating); the admin edits it afterwards."""

from django.db import migrations

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


def load(apps, schema_editor):
    GatedCategory = apps.get_model("cases", "GatedCategory")
    for name, window, units, children in CATALOG:
        parent, _ = GatedCategory.objects.get_or_create(
            name=name,
            parent=None,
            defaults={"invoice_window_days": window, "min_units": units},
        )
        for child in children:
            GatedCategory.objects.get_or_create(
                name=child,
                parent=parent,
                defaults={"invoice_window_days": window, "min_units": units},
            )


class Migration(migrations.Migration):
    dependencies = [("cases", "0002_cases")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
