"""python manage.py parse_notice FILE|- [--format text|json].

Exit status: 0 when the notice was read, 2 when the file is missing or not text.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from cases.appeals import parse_notice
from cases.appeals.reasons import reason_label
from cases.appeals.text_files import UnreadableText, read_text

USAGE_ERROR = 2


class Command(BaseCommand):
    help = "Read an Amazon deactivation notice: scope, ASINs, reasons, evidence period, deadline."
    # Pure text work: the checks of models and URLs have nothing to say about it.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE", help="The notice as text, or - for stdin.")
        parser.add_argument("--format", choices=("text", "json"), default="text")

    def handle(self, *args, **options):
        try:
            text = read_text(options["file"])
        except UnreadableText as error:
            raise CommandError(str(error), returncode=USAGE_ERROR) from error
        notice = parse_notice(text)
        if options["format"] == "json":
            self.stdout.write(notice.to_json())
        else:
            self.stdout.write(self.as_text(notice))

    def as_text(self, notice):
        none = "-"
        lines = [
            f"{_('Scope')}: {notice.scope or none}",
            f"{_('Language')}: {notice.language}",
            f"{_('Reasons')}: "
            + (", ".join(f"{code} ({reason_label(code)})" for code in notice.reasons) or none),
            f"{_('ASINs')} ({len(notice.asins)}): " + (" ".join(notice.asins) or none),
        ]
        days = _("%(days)s days")
        period, deadline = notice.evidence_period_days, notice.appeal_within_days
        lines.append(f"{_('Evidence period')}: " + (days % {"days": period} if period else none))
        lines.append(f"{_('Appeal within')}: " + (days % {"days": deadline} if deadline else none))
        return "\n".join(lines)
