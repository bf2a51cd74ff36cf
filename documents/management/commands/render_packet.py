"""Render a case's packet synchronously: the same code the worker runs."""

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cases.models import Case
from documents.packets import service, supplement


class Command(BaseCommand):
    help = (
        "Render the packet of a case now and write the PDF to a file. While Amazon's request "
        "for information is open, the version is supplementary: the documents added since "
        "the request and the answer (--answer, or the answer of the previous supplementary "
        "version)."
    )

    def add_arguments(self, parser):
        parser.add_argument("case_id", type=int)
        parser.add_argument("--output", "-o", required=True, help="Where to write the PDF.")
        parser.add_argument(
            "--answer", default="", help="The answer to Amazon's request (supplementary packet)."
        )

    def handle(self, *args, case_id, output, answer, **options):
        case = Case.objects.select_related("seller_account", "workspace").filter(pk=case_id).first()
        if case is None:
            raise CommandError(f"No case {case_id}.", returncode=2)
        started = time.monotonic()
        try:
            version = service.render_now(
                case=case, by=None, answer=answer or supplement.previous_answer(case)
            )
        except service.PacketError as exc:
            raise CommandError(str(exc)) from None
        path = Path(output)
        path.write_bytes(service.verified_bytes(version.file, version.sha256))
        kind = "supplementary" if version.supplementary else "full"
        self.stdout.write(
            f"{path}\npages: {version.page_count}\nsize: {version.size} bytes\n"
            f"version: {version.number} ({kind})\ntime: {time.monotonic() - started:.2f} s"
        )
