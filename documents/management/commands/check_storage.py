"""Consistency between the database and the file store (uploads, previews, packets)."""

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand

from documents.models import Document, PacketVersion


def referenced_names():
    names = set()
    for file_name, preview in Document.objects.values_list("file", "preview"):
        names.update(n for n in (file_name, preview) if n)
    for pdf, archive in PacketVersion.objects.values_list("file", "submission_set"):
        names.update(n for n in (pdf, archive) if n)
    return names


def stored_names(folder=""):
    directories, files = default_storage.listdir(folder)
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for directory in directories:
        yield from stored_names(f"{folder}/{directory}" if folder else directory)


class Command(BaseCommand):
    help = (
        "Report database rows whose file is missing (exit status 1) and stored files that no "
        "row references."
    )

    def handle(self, *args, **options):
        referenced = referenced_names()
        missing = sorted(name for name in referenced if not default_storage.exists(name))
        stored = set()
        for top in ("documents", "packets"):
            if default_storage.exists(top):
                stored.update(stored_names(top))
        orphans = sorted(stored - referenced)
        for name in missing:
            self.stdout.write(f"missing file: {name}")
        for name in orphans:
            self.stdout.write(f"file without a row: {name}")
        self.stdout.write(
            f"{len(referenced)} file(s) referenced, {len(missing)} missing, "
            f"{len(orphans)} without a row."
        )
        if missing:
            raise SystemExit(1)
