# Placeholder for the case desk speed's work this session; its operations are filled in with the models.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0008_list_indexes"),
    ]

    operations = []
