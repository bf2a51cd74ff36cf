"""Both engines from the command line, as a consultant runs them (issue 8)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]

NOTICE = """Your selling privileges have been deactivated due to counterfeit complaints and
late shipments. This is not related to intellectual property.
Send us invoices from the past 12 months and your plan of action within 17 days.
ASINs: B07XJ8C8F3, https://www.amazon.com/dp/B08N5WRWNW/ref=x, order 112-1234567-1234567
"""

CLEAN_PLAN = """1. Late shipment rate
Root cause: 31 orders shipped after their ship date in May because pickups were missed.
Corrective actions: we moved to a daily 4 pm pickup on 3 June.
Preventive measures: the warehouse manager checks unshipped orders at 2 pm every day.
"""

PLAN_WITH_BLOCKER = """Root cause: our carrier lost 12 parcels in May.
Actions taken: refunds for the 12 buyers. See case ID 1234567890 for details.
"""


def run(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        input=stdin,
        capture_output=True,
        timeout=60,
    )


@pytest.fixture
def notice_file(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE, encoding="utf-8")
    return path


def test_parse_notice_prints_the_documented_json(notice_file):
    result = run("parse_notice", str(notice_file), "--format", "json")

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "scope": "account",
        "asins": ["B07XJ8C8F3", "B08N5WRWNW"],
        "reasons": ["inauthentic", "late_shipment_rate"],
        "evidence_period_days": 365,
        "appeal_within_days": 17,
        "language": "en",
        "notice_date": None,  # the notice states none
    }


def test_parse_notice_prints_the_date_the_notice_states():
    dated = "Date: Tue, Mar 3, 2026 at 9:41 AM\n\n" + NOTICE

    text = run("parse_notice", "-", stdin=dated.encode())
    data = run("parse_notice", "-", "--format", "json", stdin=dated.encode())

    assert text.returncode == 0, text.stderr
    assert b"Notice date: 2026-03-03" in text.stdout
    assert json.loads(data.stdout)["notice_date"] == "2026-03-03"


def test_lint_poa_help_lists_every_rule_code():
    from cases.appeals.linter import RULES, WORDING_RULES

    result = run("lint_poa", "--help")

    assert result.returncode == 0, result.stderr
    for code in RULES:
        assert f"  {code} ".encode() in result.stdout, code
    # Every wording rule the linter runs has its line, with its severity.
    for code, severity in WORDING_RULES.items():
        assert RULES[code][0] == severity


def test_parse_notice_reads_standard_input_and_prints_text():
    result = run("parse_notice", "-", stdin=NOTICE.encode())

    assert result.returncode == 0, result.stderr
    assert b"account" in result.stdout
    assert b"B07XJ8C8F3 B08N5WRWNW" in result.stdout
    assert b"365" in result.stdout


def test_parse_notice_reads_a_windows_french_file(tmp_path):
    path = tmp_path / "notice-fr.txt"
    text = "Vos offres ont été supprimées : réclamations pour contrefaçon. ASIN : B0C1234567\r\n"
    path.write_bytes(text.encode("cp1252"))

    result = run("parse_notice", str(path), "--format", "json")

    data = json.loads(result.stdout)
    assert (data["scope"], data["reasons"], data["language"]) == ("listings", ["inauthentic"], "fr")


@pytest.mark.parametrize("command", ["parse_notice", "lint_poa"])
def test_a_missing_file_is_a_usage_error_without_traceback(command, tmp_path):
    result = run(command, str(tmp_path / "nowhere.txt"))

    assert result.returncode == 2
    assert b"nowhere.txt" in result.stderr
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["parse_notice", "lint_poa"])
def test_a_binary_file_is_refused(command, tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.7\n\x00\x01\x02\xff\xfe binary stream \x00\x00")

    result = run(command, str(path))

    assert result.returncode == 2
    assert b"not a text file" in result.stderr
    assert b"Traceback" not in result.stderr


def test_lint_poa_exits_zero_on_a_clean_plan_and_reports_its_sections(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(CLEAN_PLAN, encoding="utf-8")

    result = run("lint_poa", str(path), "--reason", "late_shipment_rate", "--format", "json")

    assert result.returncode == 0, result.stdout
    assert json.loads(result.stdout) == {
        "sections": [
            {
                "reason": "late_shipment_rate",
                "root_cause": True,
                "actions_taken": True,
                "preventive_measures": True,
                "words": 35,  # 13 + 11 + 11
            }
        ],
        "findings": [],
    }


def test_lint_poa_exits_one_on_a_blocker_read_from_stdin():
    result = run(
        "lint_poa", "-", "--reason", "undelivered_orders", "--reason", "inauthentic",
        "--format", "json", stdin=PLAN_WITH_BLOCKER.encode(),
    )  # fmt: skip

    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["sections"] == [
        {
            "reason": None,
            "root_cause": True,
            "actions_taken": True,
            "preventive_measures": False,
            "words": 18,  # 7 + 11
        }
    ]
    assert [(f["rule"], f["severity"]) for f in data["findings"]] == [
        ("missing_preventive_measures", "blocker"),
        ("reason_not_addressed", "blocker"),
        ("other_cases", "blocker"),
    ]
    assert data["findings"][2]["sentence"] == "See case ID 1234567890 for details."
    assert set(data["findings"][0]) == {"rule", "severity", "message", "sentence"}


def test_lint_poa_text_output_points_to_the_sentence():
    result = run("lint_poa", "-", stdin=PLAN_WITH_BLOCKER.encode())

    assert result.returncode == 1
    assert b"BLOCKER other_cases" in result.stdout
    assert b"> See case ID 1234567890 for details." in result.stdout


def test_lint_poa_warnings_alone_exit_zero():
    plan = CLEAN_PLAN + "It will never happen again.\n"

    result = run("lint_poa", "-", "--format", "json", stdin=plan.encode())

    assert result.returncode == 0
    assert [f["rule"] for f in json.loads(result.stdout)["findings"]] == ["vague_promise"]


def test_lint_poa_refuses_an_unknown_reason_code(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(CLEAN_PLAN, encoding="utf-8")

    result = run("lint_poa", str(path), "--reason", "late_shipments")

    assert result.returncode == 2
    assert b"late_shipments" in result.stderr
    assert b"Traceback" not in result.stderr
    assert result.stdout == b""


def test_every_finding_carries_a_listed_rule_code():
    from cases.appeals import lint, parse_poa
    from cases.appeals.linter import RULES

    plan = parse_poa(
        "Root cause: our competitors reported us. Why was our account deactivated? "
        "We are a small family business with 15 years of experience, the best on Amazon. "
        "As explained in case ID 15827730461, I beg you. We will do better. [date]\n"
        "Actions taken: [what you did]\n",
        reasons=["negative_feedback"],
    )
    findings = lint(
        plan, ["negative_feedback", "late_shipment_rate"], settings={"POA_MAX_WORDS": 5}
    )

    assert {finding.rule for finding in findings} <= set(RULES)
    assert len({finding.rule for finding in findings}) >= 8
