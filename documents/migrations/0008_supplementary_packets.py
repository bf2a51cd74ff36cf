# Supplementary packet versions: the answer to Amazon's request for information.

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0007_suppliers_from_invoices"),
    ]

    operations = [
        migrations.AddField(
            model_name="packetversion",
            name="supplementary",
            field=models.BooleanField(default=False, verbose_name="supplementary"),
        ),
        migrations.AddField(
            model_name="packetversion",
            name="answer",
            field=models.TextField(blank=True, verbose_name="answer to Amazon"),
        ),
        migrations.AddField(
            model_name="packetversion",
            name="letter",
            field=models.TextField(blank=True),
        ),
    ]
