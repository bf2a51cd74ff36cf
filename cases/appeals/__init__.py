"""Reinstatement appeals: reading Amazon's notice, and the plan of action and its linter.

Plain functions over text and dataclasses; no database, no request. The pages, the
workflow and the command-line tools (parse_notice, lint_poa) all call these.
"""

from .dates import read_notice_date
from .linter import Finding, has_blocker, lint
from .notice import Notice, parse_notice
from .poa import PlanOfAction, Section, parse_poa, render_text
from .reasons import Part, Reason, Scope

__all__ = [
    "Finding",
    "Notice",
    "Part",
    "PlanOfAction",
    "Reason",
    "Scope",
    "Section",
    "has_blocker",
    "lint",
    "parse_notice",
    "parse_poa",
    "read_notice_date",
    "render_text",
]
