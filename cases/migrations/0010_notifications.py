# Notifications: the inbox (one row per person and event) and each person's e-mail choice.

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

import cases.models.notifications


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0009_desk_speed"),
    ]

    operations = [
        migrations.CreateModel(
            name="NotificationPreference",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "email_kinds",
                    models.JSONField(
                        blank=True,
                        default=cases.models.notifications.all_kinds,
                        verbose_name="e-mail me about",
                    ),
                ),
                (
                    "email_mode",
                    models.CharField(
                        choices=[
                            ("immediate", "At once, one e-mail per event"),
                            ("digest", "Once a day, in a digest"),
                            ("off", "Never (the inbox only)"),
                        ],
                        default="immediate",
                        max_length=10,
                        verbose_name="when",
                    ),
                ),
                (
                    "user",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="notification_preference",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "notification preference",
                "verbose_name_plural": "notification preferences",
            },
        ),
        migrations.CreateModel(
            name="Notification",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("in_review", "A case entered review"),
                            ("seller_activity", "A seller uploaded a document or answered"),
                            ("changes_requested", "A reviewer asked for changes"),
                            ("approved", "A reviewer approved a packet"),
                            ("deadline", "A deadline within 24 hours"),
                            ("decision_overdue", "No decision from Amazon after 4 weeks"),
                        ],
                        max_length=30,
                        verbose_name="kind",
                    ),
                ),
                ("params", models.JSONField(blank=True, default=dict)),
                ("key", models.CharField(blank=True, max_length=120)),
                (
                    "created",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="when"),
                ),
                ("read_at", models.DateTimeField(blank=True, null=True, verbose_name="read")),
                (
                    "email_state",
                    models.CharField(
                        choices=[
                            ("none", "not e-mailed"),
                            ("digest", "waiting for the daily digest"),
                            ("sent", "e-mailed"),
                        ],
                        default="none",
                        max_length=10,
                    ),
                ),
                (
                    "case",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="notifications",
                        to="cases.case",
                    ),
                ),
                (
                    "recipient",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="notifications",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "workspace",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="cases.workspace",
                    ),
                ),
            ],
            options={
                "verbose_name": "notification",
                "verbose_name_plural": "notifications",
                "ordering": ["-created", "-pk"],
                "indexes": [
                    models.Index(
                        fields=["recipient", "workspace", "-created"], name="notification_inbox"
                    ),
                    models.Index(
                        condition=models.Q(("read_at__isnull", True)),
                        fields=["recipient", "workspace"],
                        name="notification_unread",
                    ),
                    models.Index(
                        condition=models.Q(("email_state", "digest")),
                        fields=["recipient"],
                        name="notification_digest",
                    ),
                ],
                "constraints": [
                    models.UniqueConstraint(
                        condition=models.Q(("key", ""), _negated=True),
                        fields=("recipient", "key"),
                        name="notification_once_per_key",
                    )
                ],
            },
        ),
    ]
