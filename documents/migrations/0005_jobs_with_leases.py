"""Check and render jobs share one shape: a lease, lost attempts, timings; "rendering"."""

from django.db import migrations, models


def packets_render_not_read(apps, schema_editor):
    PacketVersion = apps.get_model("documents", "PacketVersion")
    PacketVersion.objects.filter(status="reading").update(status="rendering")
    for version in PacketVersion.objects.filter(queued_at__isnull=True).only("pk", "created"):
        PacketVersion.objects.filter(pk=version.pk).update(queued_at=version.created)


def packets_read_again(apps, schema_editor):
    PacketVersion = apps.get_model("documents", "PacketVersion")
    PacketVersion.objects.filter(status="rendering").update(status="reading")


STATUS_CHOICES = [
    ("queued", "Queued"),
    ("reading", "Reading"),
    ("checking", "Checking"),
    ("rendering", "Rendering"),
    ("done", "Done"),
    ("error", "Error"),
]


class Migration(migrations.Migration):
    dependencies = [("documents", "0004_document_preview")]

    operations = [
        migrations.RenameField("casedocument", "deliveries", "lost_attempts"),
        migrations.RenameField("packetversion", "deliveries", "lost_attempts"),
        migrations.AddField(
            "casedocument", "lease_owner", models.CharField(blank=True, max_length=120)
        ),
        migrations.AddField(
            "casedocument", "lease_expires_at", models.DateTimeField(blank=True, null=True)
        ),
        migrations.AddField(
            "packetversion", "lease_owner", models.CharField(blank=True, max_length=120)
        ),
        migrations.AddField(
            "packetversion", "lease_expires_at", models.DateTimeField(blank=True, null=True)
        ),
        migrations.AddField(
            "packetversion", "queued_at", models.DateTimeField(blank=True, null=True)
        ),
        migrations.AddField(
            "packetversion", "started_at", models.DateTimeField(blank=True, null=True)
        ),
        migrations.AddField(
            "packetversion", "finished_at", models.DateTimeField(blank=True, null=True)
        ),
        migrations.AlterField(
            "casedocument",
            "status",
            models.CharField(
                choices=STATUS_CHOICES, default="queued", max_length=10, verbose_name="status"
            ),
        ),
        migrations.AlterField(
            "packetversion",
            "status",
            models.CharField(
                choices=STATUS_CHOICES, default="queued", max_length=10, verbose_name="status"
            ),
        ),
        migrations.RunPython(packets_render_not_read, packets_read_again),
    ]
