"""`manage.py check_invoice`, as a consultant runs it on a batch of files (issue 9)."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from documents.engine import CHECK_CODES

from .invoice_samples import AS_OF, InvoiceSpec, encrypted, invoice_pdf

MANAGE = Path(__file__).resolve().parents[2] / "manage.py"
SELLER = [
    "--business-name",
    "Northwind Goods LLC",
    "--address",
    "450 Market Street, Suite 200\nSan Francisco, CA 94105",
    "--phone",
    "+1 415 555 0100",
    "--as-of",
    AS_OF.isoformat(),
]


@pytest.fixture
def files(tmp_path):
    good = tmp_path / "good.pdf"
    good.write_bytes(invoice_pdf())
    quote = tmp_path / "quote.pdf"
    quote.write_bytes(invoice_pdf(InvoiceSpec(title="QUOTATION")))
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(encrypted(invoice_pdf()))
    return good, quote, locked


def run_json(*arguments):
    out = io.StringIO()
    exit_code = 0
    try:
        call_command("check_invoice", *arguments, "--format", "json", stdout=out)
    except SystemExit as exit:
        exit_code = exit.code
    return json.loads(out.getvalue()), exit_code


def test_json_gives_one_object_per_file_and_exit_0_when_none_fails(files):
    good, _quote, _locked = files
    reports, exit_code = run_json(str(good), *SELLER, "--asin", "B07XJ8C8F5")
    assert exit_code == 0
    assert [report["file"] for report in reports] == [str(good)]
    assert reports[0]["verdict"] == "pass"
    assert list(reports[0]["checks"]) == list(CHECK_CODES)
    assert reports[0]["extracted"]["invoice_date"] == "2026-03-03"
    assert reports[0]["extracted"]["invoice_date_text"] == "March 3, 2026"


def test_exit_1_when_one_file_fails_and_the_reason_is_given(files):
    good, quote, locked = files
    reports, exit_code = run_json(str(good), str(quote), str(locked), *SELLER)
    assert exit_code == 1
    verdicts = {Path(report["file"]).name: report["verdict"] for report in reports}
    assert verdicts == {"good.pdf": "pass", "quote.pdf": "fail", "locked.pdf": "fail"}
    locked_report = reports[2]
    assert "password-protected" in locked_report["checks"]["readable"]["message"]
    assert {c["status"] for code, c in locked_report["checks"].items() if code != "readable"} == {
        "skip"
    }


def test_options_reach_the_checks(files):
    good, _quote, _locked = files
    reports, exit_code = run_json(
        str(good), *SELLER, "--min-units", "100", "--supplier-type", "reseller"
    )
    assert exit_code == 1
    checks = reports[0]["checks"]
    assert checks["quantity"]["status"] == "fail" and checks["quantity"]["expected"] == 100
    assert checks["supplier_type"]["status"] == "fail"


def test_missing_file_is_a_usage_error(tmp_path):
    with pytest.raises(CommandError) as error:
        call_command("check_invoice", str(tmp_path / "nope.pdf"), *SELLER)
    assert error.value.returncode == 2
    assert "nope.pdf" in str(error.value)


def test_exit_statuses_from_the_shell_and_no_traceback(files, tmp_path):
    good, quote, _locked = files

    def run(*arguments):
        return subprocess.run(
            [sys.executable, str(MANAGE), "check_invoice", *arguments],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    passed = run(str(good), *SELLER)
    assert passed.returncode == 0, passed.stderr
    assert "good.pdf: PASS" in passed.stdout
    failed = run(str(quote), *SELLER)
    assert failed.returncode == 1
    assert "FAIL  document_kind" in failed.stdout
    missing = run(str(tmp_path / "nope.pdf"), *SELLER)
    usage = run(str(good), "--address", "x", "--phone", "1")  # no --business-name
    bad_date = run(str(good), *SELLER[:-2], "--as-of", "31/03/2026")
    for outcome in (missing, usage, bad_date):
        assert outcome.returncode == 2
        assert "Traceback" not in outcome.stderr
    assert "--business-name" in usage.stderr
