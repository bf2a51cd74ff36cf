# Placeholder for supplementary packets's work this session; its operations are filled in with the models.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0007_suppliers_from_invoices"),
    ]

    operations = []
