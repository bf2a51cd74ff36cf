"""python manage.py parse_notice FILE|- [--format text|json].

The JSON holds the Notice's fields and `notice_date` (ISO date, or null when the notice
states none).

Exit status: 0 when the notice was read, 2 when the file is missing or not text.
"""

import json

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from cases.appeals import parse_notice, read_notice_date
from cases.appeals.reasons import reason_label
from cases.appeals.text_files import UnreadableText, read_text

USAGE_ERROR = 2


class Command(BaseCommand):
    help = (
        "Read an Amazon deactivation notice: its date, scope, ASINs, reasons, evidence "
        "period, deadline."
    )
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
        # The day the notice was sent, when it states one: Amazon's deadline runs from it.
        notice_date = read_notice_date(text)
        if options["format"] == "json":
            data = {**notice.to_dict(), "notice_date": notice_date and notice_date.isoformat()}
            self.stdout.write(json.dumps(data, ensure_ascii=False))
        else:
            self.stdout.write(self.as_text(notice, notice_date))

    def as_text(self, notice, notice_date=None):
        none = "-"
        lines = [
            f"{_('Notice date')}: " + (notice_date.isoformat() if notice_date else none),
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
