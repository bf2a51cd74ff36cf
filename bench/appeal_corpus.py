"""parse_notice and lint_poa on the held-out appeal corpus (tests/cases/appeal_corpus).

Not a test: it prints the share right per notice field, precision and recall per reason
code, the plan shares (rules that must fire, rules that must stay quiet, sections) with
precision and recall per rule, the overall share, and each miss (file, field, expected,
found). tests/cases/test_appeal_corpus.py holds the floors these figures may not fall under.

    .venv/bin/python bench/appeal_corpus.py [--only TEXT] [--batch N]
"""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def percent(value):
    return "     -" if value is None else f"{value:6.0%}"


def print_notices(scoring, readings):
    print(f"Notices: {len(readings)}")
    for name, share in scoring.notice_shares(readings).items():
        print(f"  {name:30}{share:7.1%}")
    print(f"  {'reason code':22}{'prec.':>6}{'recall':>7}  tp fp fn")
    for code, tally in sorted(scoring.reason_counts(readings).items()):
        precision, recall = scoring.precision_recall(tally)
        counts = f"{tally['tp']:4}{tally['fp']:3}{tally['fn']:3}"
        print(f"  {code:22}{percent(precision)}{percent(recall)} {counts}")


def print_plans(scoring, readings):
    print(f"Plans: {len(readings)}")
    for name, share in scoring.plan_shares(readings).items():
        print(f"  {name:30}{share:7.1%}")
    print(f"  {'rule':28}{'prec.':>6}{'recall':>7}  tp fp fn")
    for rule, tally in scoring.rule_counts(readings).items():
        precision, recall = scoring.precision_recall(tally)
        counts = f"{tally['tp']:4}{tally['fp']:3}{tally['fn']:3}"
        print(f"  {rule:28}{percent(precision)}{percent(recall)} {counts}")


def overall(scoring, notices, plans):
    """Every notice field and every plan expectation (rule fired or quiet, sections) as one."""
    checks = [reading.right(name) for reading in notices for name in scoring.NOTICE_FIELDS]
    checks += [rule in r.fired for r in plans for rule in r.item["fire"]]
    checks += [rule not in r.fired for r in plans for rule in r.quiet_expected]
    checks += [r.sections == r.item["sections"] for r in plans]
    return sum(checks) / len(checks)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="read only the files whose name holds TEXT")
    parser.add_argument("--batch", type=int, help="read only the items of this batch (1 to 4)")
    arguments = parser.parse_args()
    only = arguments.only

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ungating.settings")
    import django

    django.setup()
    from tests.cases.appeal_corpus import scoring

    def chosen(item):
        return only in item["file"] and arguments.batch in (None, item["batch"])

    items = scoring.manifest()
    notices = [scoring.read_notice(i) for i in items["notices"] if chosen(i)]
    plans = [scoring.lint_plan(i) for i in items["plans"] if chosen(i)]
    if notices:
        print_notices(scoring, notices)
    if plans:
        print_plans(scoring, plans)
    if not (notices or plans):
        sys.exit("no corpus item matches")
    print(f"Overall share right: {overall(scoring, notices, plans):.1%}")

    misses = [miss for reading in [*notices, *plans] for miss in reading.misses]
    print(f"\nMisses ({len(misses)}): file, field, expected, found")
    for miss in misses:
        print(f"  {miss.file:58} {miss.field:28} {miss.expected!r}  ->  {miss.found!r}")


if __name__ == "__main__":
    main()
