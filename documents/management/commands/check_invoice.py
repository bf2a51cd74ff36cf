"""`manage.py check_invoice`: the invoice checks from the command line.

Consultants check batches of files before creating cases. Exit status 0 when no file
fails, 1 when one does, 2 for a usage error (a missing file included).
"""

import datetime
import json
import sys

from django.core.management.base import BaseCommand, CommandError

from documents import limits
from documents.engine import SUPPLIER_TYPES, Reference, check_invoice_file

_MARKS = {"pass": "PASS", "warn": "WARN", "fail": "FAIL", "skip": "skip"}


def _date(text):
    try:
        return datetime.date.fromisoformat(text)
    except ValueError as error:
        raise CommandError(
            f"--as-of: {text!r} is not a date like 2026-03-31", returncode=2
        ) from error


class Command(BaseCommand):
    help = "Check invoice files (PDF or images) against a seller account's details."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--business-name", required=True)
        parser.add_argument("--address", required=True)
        parser.add_argument("--phone", required=True)
        parser.add_argument("--country", default="US", help="ISO country code for phone numbers.")
        parser.add_argument("--asin", action="append", default=[], dest="asins")
        parser.add_argument("--brand", action="append", default=[], dest="brands")
        parser.add_argument("--supplier-type", choices=SUPPLIER_TYPES)
        parser.add_argument("--window-days", type=int, default=180)
        parser.add_argument("--min-units", type=int, default=10)
        parser.add_argument("--as-of", type=str)
        parser.add_argument("--locale", choices=("en", "fr"), default="en")
        parser.add_argument("--format", choices=("text", "json"), default="text")

    def handle(self, *args, **options):
        reference = Reference(
            business_name=options["business_name"],
            address=options["address"],
            phone=options["phone"],
            country=options["country"],
            asins=options["asins"],
            brands=options["brands"],
            supplier_type=options["supplier_type"],
            window_days=options["window_days"],
            min_units=options["min_units"],
            as_of=_date(options["as_of"]) if options["as_of"] else None,
            locale=options["locale"],
        )
        reports = []
        for path in options["files"]:
            try:
                with open(path, "rb") as invoice_file:
                    reports.append(
                        check_invoice_file(
                            invoice_file,
                            name=path,
                            reference=reference,
                            limits=limits.reading_limits(),
                            max_bytes=limits.max_bytes(),
                        )
                    )
            except OSError as error:
                raise CommandError(f"{path}: {error.strerror}", returncode=2) from error
        if options["format"] == "json":
            self.stdout.write(
                json.dumps([r.as_dict() for r in reports], ensure_ascii=False, indent=2)
            )
        else:
            for report in reports:
                self._write_text(report)
        if any(report.verdict == "fail" for report in reports):
            sys.exit(1)

    def _write_text(self, report):
        style = {"pass": self.style.SUCCESS, "warn": self.style.WARNING, "fail": self.style.ERROR}
        self.stdout.write(style[report.verdict](f"{report.file}: {report.verdict.upper()}"))
        for code, result in report.checks.items():
            self.stdout.write(f"  {_MARKS[result.status]:<4}  {code:<17} {result.message}")
