# Units sold per ASIN (typed or imported) and the supply chain of an appeal's invoices.

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0010_notifications"),
    ]

    operations = [
        migrations.AddField(
            model_name="appeal",
            name="units_sold",
            field=models.JSONField(blank=True, default=dict, verbose_name="units sold per ASIN"),
        ),
        migrations.AddField(
            model_name="appeal",
            name="units_sold_source",
            field=models.CharField(
                blank=True, max_length=200, verbose_name="units sold imported from"
            ),
        ),
        migrations.AddField(
            model_name="appeal",
            name="supply_chain",
            field=models.JSONField(blank=True, default=dict),
        ),
    ]
