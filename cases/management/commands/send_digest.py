from django.core.management.base import BaseCommand

from cases.services import notifications


class Command(BaseCommand):
    help = "Send the daily digest to people who chose it; what beat runs every morning."

    def handle(self, *args, **options):
        sent = notifications.send_daily_digest()
        self.stdout.write(f"{sent} digests sent")
