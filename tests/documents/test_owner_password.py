"""A PDF locked with an owner password only opens in every reader without a password: it is
checked like any other. A PDF that asks for a password to open stays refused (issue 14)."""

import io

import pypdf
import pytest
from pypdf.constants import UserAccessPermissions

from documents.engine import CHECK_CODES, check_invoice_file

from . import invoice_samples as samples

ALGORITHMS = ["RC4-40", "RC4-128", "AES-128", "AES-256"]


@pytest.fixture(scope="module")
def pdf():
    return samples.invoice_pdf()


def locked(pdf_bytes, *, user_password="", algorithm="AES-256", permissions=None):
    """The PDF encrypted as suppliers' software does: printing allowed, copying not."""
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(pdf_bytes))
    writer.encrypt(
        user_password=user_password,
        owner_password="owner-secret",
        algorithm=algorithm,
        permissions_flag=UserAccessPermissions.PRINT if permissions is None else permissions,
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def check(data):
    return check_invoice_file(data, name="invoice.pdf", reference=samples.reference_for())


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_pdf_locked_by_an_owner_password_only_is_checked_normally(pdf, algorithm):
    report = check(locked(pdf, algorithm=algorithm))
    assert report.checks["readable"].status == "pass", report.checks["readable"].message
    assert report.extracted["invoice_number"] == "INV-2026-0042"
    # Opening it without a password is not an edit: the file still looks like the original.
    assert report.checks["tamper_signals"].status == "pass", report.checks["tamper_signals"]
    assert report.verdict == "pass"


def test_owner_password_that_forbids_every_use_still_opens(pdf):
    # /P 0 grants nothing; pdfminer alone took such a file for a damaged one.
    report = check(locked(pdf, algorithm="RC4-128", permissions=UserAccessPermissions(0)))
    assert report.checks["readable"].status == "pass", report.checks["readable"].message
    assert report.extracted["invoice_number"] == "INV-2026-0042"


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_pdf_that_asks_for_a_password_to_open_is_refused(pdf, algorithm):
    report = check(locked(pdf, user_password="s3cret", algorithm=algorithm))
    readable = report.checks["readable"]
    assert readable.status == "fail"
    assert "password-protected" in readable.message
    assert "Ask the supplier for a copy without a password" in readable.message
    assert {report.checks[code].status for code in CHECK_CODES if code != "readable"} == {"skip"}


def test_compression_bomb_inside_an_owner_password_pdf_is_refused():
    # Encrypted streams look like noise until decrypted: the bomb check must see inside.
    report = check(locked(samples.flate_bomb_pdf(200)))
    readable = report.checks["readable"]
    assert readable.status == "fail"
    assert "compressed data larger than allowed" in readable.message
