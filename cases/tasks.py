"""Periodic work on cases (Celery beat, settings.CELERY_BEAT_SCHEDULE); each also runs as a
management command. Each can run twice without harm: reminders are unique per person, case
and deadline, and a digest line is claimed before it is sent."""

from celery import shared_task

from .services import notifications


@shared_task(name="cases.send_reminders")
def send_reminders():
    """Deadlines within 24 hours, and submitted cases without a decision after 4 weeks."""
    return {
        "deadline": notifications.send_deadline_reminders(),
        "decision_overdue": notifications.flag_overdue_decisions(),
    }


@shared_task(name="cases.send_daily_digest")
def send_daily_digest():
    return notifications.send_daily_digest()
