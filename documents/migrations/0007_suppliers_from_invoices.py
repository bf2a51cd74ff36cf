# Suppliers from what was read (issue 16): the supplier's country settles ambiguous dates.

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0006_signal_overrides"),
    ]

    operations = [
        migrations.AddField(
            model_name="supplier",
            name="country",
            field=models.CharField(blank=True, max_length=2, verbose_name="country"),
        ),
    ]
