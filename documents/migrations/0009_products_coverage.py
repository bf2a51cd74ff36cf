# Placeholder for products coverage's work this session; its operations are filled in with the models.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0008_supplementary_packets"),
    ]

    operations = []
