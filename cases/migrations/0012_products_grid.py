# Placeholder for the products grid's work this session; its operations are filled in with the models.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0011_appeal_sales"),
    ]

    operations = []
