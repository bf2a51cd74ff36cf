from django.core.management.base import BaseCommand

from cases.services import notifications


class Command(BaseCommand):
    help = (
        "Remind people of deadlines within 24 hours and of submitted cases without Amazon's "
        "decision after 4 weeks (once per case and deadline); what beat runs every 15 minutes."
    )

    def handle(self, *args, **options):
        deadline = notifications.send_deadline_reminders()
        overdue = notifications.flag_overdue_decisions()
        self.stdout.write(f"{deadline} deadline reminders, {overdue} decisions overdue")
