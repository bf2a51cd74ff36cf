"""The Celery app. Settings live in ungating/settings.py under the CELERY_ prefix."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ungating.settings")

app = Celery("ungating")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
