"""Re-enqueue checks and renders stranded by a lost message or a killed worker."""

from django.core.management.base import BaseCommand

from documents.tasks import requeue_stranded


class Command(BaseCommand):
    help = "Re-enqueue documents waiting in 'queued' or stuck in 'running' (the reconciler)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--stuck-after",
            type=int,
            default=None,
            metavar="SECONDS",
            help="Take jobs running for longer than this as stranded (default: the hard "
            "time limit plus a minute). Use a small value after a worker was killed.",
        )

    def handle(self, *args, stuck_after=None, **options):
        count = requeue_stranded(stuck_after=stuck_after)
        self.stdout.write(f"{count} job(s) re-enqueued.")
