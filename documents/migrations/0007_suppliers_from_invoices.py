# Placeholder for suppliers from invoices's work this session; its operations are filled in with the models.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0006_signal_overrides"),
    ]

    operations = []
