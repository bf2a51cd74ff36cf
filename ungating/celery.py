"""The Celery app. Settings live in ungating/settings.py under the CELERY_ prefix."""

import os

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ungating.settings")

app = Celery("ungating")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# Notifications (cases/tasks.py), added to settings.CELERY_BEAT_SCHEDULE: deadline and
# decision reminders every 15 minutes (a 24-hour deadline is caught well before it falls),
# the digest once a day at DIGEST_HOUR in the site's time zone.
REMINDERS_EVERY = float(os.getenv("REMINDERS_EVERY_SECONDS", "900"))
DIGEST_HOUR = int(os.getenv("DIGEST_HOUR", "7"))


@app.on_after_configure.connect
def schedule_notifications(sender, **kwargs):
    sender.add_periodic_task(
        REMINDERS_EVERY, sender.signature("cases.send_reminders"), name="send-reminders"
    )
    sender.add_periodic_task(
        crontab(hour=DIGEST_HOUR, minute=0),
        sender.signature("cases.send_daily_digest"),
        name="send-daily-digest",
    )
