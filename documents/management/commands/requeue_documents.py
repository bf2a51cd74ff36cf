"""Re-enqueue checks and renders stranded by a lost message or a killed worker."""

from django.core.management.base import BaseCommand

from documents.tasks import requeue_stranded


class Command(BaseCommand):
    help = "Re-enqueue documents waiting in 'queued' or stuck in 'running' (the reconciler)."

    def handle(self, *args, **options):
        count = requeue_stranded()
        self.stdout.write(f"{count} job(s) re-enqueued.")
