"""python manage.py lint_poa FILE|- [--reason CODE]... [--format text|json].

Exit status: 0 when no blocker is found, 1 when one is, 2 for a usage error (an unknown
reason code, a missing or unreadable file).
"""

import argparse
import json

from django.core.management.base import BaseCommand, CommandError, DjangoHelpFormatter
from django.utils.translation import gettext as _

from cases.appeals import has_blocker, lint, parse_poa
from cases.appeals.linter import RULES, is_unfilled
from cases.appeals.reasons import PARTS, REASON_CODES, reason_label
from cases.appeals.text_files import UnreadableText, read_text

BLOCKER_FOUND = 1
USAGE_ERROR = 2


class RulesHelpFormatter(DjangoHelpFormatter, argparse.RawDescriptionHelpFormatter):
    pass


def rules_epilog():
    width = max(len(code) for code in RULES)
    lines = ["rule codes (severity: what it flags):"]
    lines += [
        f"  {code.ljust(width)}  {severity}: {what}" for code, (severity, what) in RULES.items()
    ]
    return "\n".join(lines)


class Command(BaseCommand):
    help = "Check a plan of action written elsewhere against Amazon's rules for appeals."
    # Pure text work: the checks of models and URLs have nothing to say about it.
    requires_system_checks = []

    def create_parser(self, prog_name, subcommand, **kwargs):
        parser = super().create_parser(prog_name, subcommand, epilog=rules_epilog(), **kwargs)
        # Keep the epilog's lines: one rule code a line.
        parser.formatter_class = RulesHelpFormatter
        return parser

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE", help="The plan as text, or - for stdin.")
        parser.add_argument(
            "--reason",
            action="append",
            default=[],
            metavar="CODE",
            help="A reason the plan must address (repeatable): " + ", ".join(REASON_CODES),
        )
        parser.add_argument("--format", choices=("text", "json"), default="text")

    def handle(self, *args, **options):
        unknown = [code for code in options["reason"] if code not in REASON_CODES]
        if unknown:
            raise CommandError(
                _("Unknown reason code: %(codes)s. Known codes: %(known)s.")
                % {"codes": ", ".join(unknown), "known": ", ".join(REASON_CODES)},
                returncode=USAGE_ERROR,
            )
        try:
            text = read_text(options["file"])
        except UnreadableText as error:
            raise CommandError(str(error), returncode=USAGE_ERROR) from error
        plan = parse_poa(text, reasons=options["reason"])
        findings = lint(plan, options["reason"])
        if options["format"] == "json":
            self.stdout.write(json.dumps(self.as_data(plan, findings), ensure_ascii=False))
        else:
            self.stdout.write(self.as_text(plan, findings))
        if has_blocker(findings):
            # Not a CommandError: the report above is the output, not an error message.
            self.stdout.flush()
            raise SystemExit(BLOCKER_FOUND)

    def as_data(self, plan, findings):
        return {
            "sections": [
                {
                    "reason": section.reason,
                    **{part: not is_unfilled(getattr(section, part)) for part in PARTS},
                    "words": section.word_count(),
                }
                for section in plan.sections
            ],
            "findings": [finding.to_dict() for finding in findings],
        }

    def as_text(self, plan, findings):
        lines = []
        for number, section in enumerate(plan.sections, start=1):
            title = reason_label(section.reason) if section.reason else _("(no reason named)")
            present = ", ".join(part for part in PARTS if getattr(section, part).strip())
            lines.append(
                f"{number}. {title} — {section.word_count()} {_('words')}; "
                f"{_('parts')}: {present or '-'}"
            )
        if not plan.sections:
            lines.append(_("No section found: no heading such as “Root cause” was recognised."))
        for finding in findings:
            lines.append(f"{finding.severity.upper()} {finding.rule}: {finding.message}")
            if finding.sentence:
                lines.append(f"    > {finding.sentence}")
        blockers = sum(finding.severity == "blocker" for finding in findings)
        lines.append(
            _("%(blockers)s blocker(s), %(warnings)s warning(s).")
            % {"blockers": blockers, "warnings": len(findings) - blockers}
        )
        return "\n".join(lines)
