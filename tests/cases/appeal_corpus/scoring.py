"""Runs parse_notice and lint_poa over the held-out appeal corpus and scores them against the
manifest (issue 17: at least 95 % on the notice fields and on each plan share).

Shared by tests/cases/test_appeal_corpus.py (the floors) and bench/appeal_corpus.py (the
figures per field and per rule, and the misses). The commands are run as a maintainer runs
them (--format json); the account figures a notice quotes come from read_notice_metrics,
which the packet uses and no command prints.
"""

import json
from collections import Counter
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path

from django.core.management import call_command

from cases.appeals.linter import RULES
from cases.appeals.notice_metrics import read_notice_metrics

CORPUS = Path(__file__).resolve().parent
MANIFEST = CORPUS / "manifest.json"
NOTICE_FIELDS = (
    "scope",
    "reasons",
    "asins",
    "evidence_period_days",
    "appeal_within_days",
    "language",
    "notice_date",
    "metrics",
)
# Over every (plan, rule) expectation, then per plan: a plan counts only when all its rules
# that must fire fired, or when none that must stay quiet fired (a share over 13 rules per
# plan would hide one false blocker in twelve quiet rules).
PLAN_SHARES = (
    "must_fire",
    "must_stay_quiet",
    "plans_with_every_finding",
    "plans_without_false_finding",
    "sections",
)
RULE_CODES = tuple(RULES)


def manifest():
    return json.loads(MANIFEST.read_text(encoding="utf-8"))


@dataclass
class Miss:
    file: str
    field: str
    expected: object
    found: object


@dataclass
class NoticeReading:
    item: dict
    found: dict

    def right(self, name):
        expected, found = self.item["expected"][name], self.found[name]
        if name == "reasons":
            return set(expected) == set(found)
        return expected == found

    @property
    def misses(self):
        return [
            Miss(self.item["file"], name, self.item["expected"][name], self.found[name])
            for name in NOTICE_FIELDS
            if not self.right(name)
        ]


def read_notice(item):
    path = CORPUS / item["file"]
    out = StringIO()
    call_command("parse_notice", str(path), format="json", stdout=out)
    found = json.loads(out.getvalue())
    text = path.read_text(encoding="utf-8")
    metrics = read_notice_metrics(text)
    found["metrics"] = {name: f"{value.normalize():f}" for name, value in metrics.items()}
    return NoticeReading(item, found)


@dataclass
class PlanReading:
    item: dict
    fired: set
    sections: int
    quiet_expected: set = field(init=False)

    def __post_init__(self):
        self.quiet_expected = set(RULE_CODES) - set(self.item["fire"])

    @property
    def misses(self):
        misses = [
            Miss(self.item["file"], f"fire {rule}", "fires", "quiet")
            for rule in self.item["fire"]
            if rule not in self.fired
        ]
        misses += [
            Miss(self.item["file"], f"quiet {rule}", "quiet", "fires")
            for rule in sorted(self.quiet_expected & self.fired)
        ]
        if self.sections != self.item["sections"]:
            misses.append(Miss(self.item["file"], "sections", self.item["sections"], self.sections))
        return misses


def lint_plan(item):
    out = StringIO()
    try:
        call_command(
            "lint_poa",
            str(CORPUS / item["file"]),
            reason=list(item["reasons"]),
            format="json",
            stdout=out,
        )
    except SystemExit as stop:
        if stop.code != 1:  # 1: a blocker was found, the report is still printed
            raise
    report = json.loads(out.getvalue())
    fired = {finding["rule"] for finding in report["findings"]}
    return PlanReading(item, fired, len(report["sections"]))


def notice_shares(readings):
    """{field: share of notices right on it}."""
    return {
        name: sum(reading.right(name) for reading in readings) / len(readings)
        for name in NOTICE_FIELDS
    }


def reason_counts(readings):
    """{reason code: Counter(tp, fp, fn)} over the notices' reasons."""
    counts = {}
    for reading in readings:
        expected = set(reading.item["expected"]["reasons"])
        found = set(reading.found["reasons"])
        for code in expected | found:
            tally = counts.setdefault(code, Counter())
            tally["tp" if code in expected & found else "fp" if code in found else "fn"] += 1
    return counts


def plan_shares(readings):
    """Share of the expectations met: rules that must fire, rules that must stay quiet, and
    plans cut into the right number of sections."""
    must_fire = [rule in r.fired for r in readings for rule in r.item["fire"]]
    stay_quiet = [rule not in r.fired for r in readings for rule in r.quiet_expected]
    every = [set(r.item["fire"]) <= r.fired for r in readings]
    no_false = [not (r.quiet_expected & r.fired) for r in readings]
    sections = [r.sections == r.item["sections"] for r in readings]
    return {
        "must_fire": sum(must_fire) / len(must_fire),
        "must_stay_quiet": sum(stay_quiet) / len(stay_quiet),
        "plans_with_every_finding": sum(every) / len(readings),
        "plans_without_false_finding": sum(no_false) / len(readings),
        "sections": sum(sections) / len(sections),
    }


def rule_counts(readings):
    """{rule code: Counter(tp, fp, fn, tn)} over the plans."""
    counts = {rule: Counter() for rule in RULE_CODES}
    for reading in readings:
        expected = set(reading.item["fire"])
        for rule in RULE_CODES:
            fired = rule in reading.fired
            key = (
                ("tp" if rule in expected else "fp")
                if fired
                else ("fn" if rule in expected else "tn")
            )
            counts[rule][key] += 1
    return counts


def precision_recall(tally):
    """(precision, recall), None where nothing was found or expected."""
    found, expected = tally["tp"] + tally["fp"], tally["tp"] + tally["fn"]
    return (
        tally["tp"] / found if found else None,
        tally["tp"] / expected if expected else None,
    )
