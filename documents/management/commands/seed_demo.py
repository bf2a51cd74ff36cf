import json

from django.core.management.base import BaseCommand
from django.test.utils import override_settings

from documents import demo


class Command(BaseCommand):
    help = "Create or refresh the demo workspaces, users and seller accounts (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="Print the demo logins as JSON.")

    def handle(self, *args, **options):
        # The demo's workflow sends decision e-mails: keep them off stdout (the JSON goes there).
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
            summary = demo.seed()
        if options["json"]:
            self.stdout.write(json.dumps(summary, indent=2))
            return
        for workspace in summary["workspaces"]:
            self.stdout.write(self.style.SUCCESS(workspace["name"]))
            for user in workspace["users"]:
                self.stdout.write(f"  {user['role']:<11} {user['email']:<32} {user['password']}")
        self.stdout.write(f"{len(summary['cases'])} demo cases.")
