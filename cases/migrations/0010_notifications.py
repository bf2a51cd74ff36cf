# Placeholder for notifications's work this session; its operations are filled in with the models.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0009_desk_speed"),
    ]

    operations = []
