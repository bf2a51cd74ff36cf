"""Hostile and broken files: each gets a clean `readable: fail` with a sentence a seller can
act on, within a bounded time, and never an exception (catalog b2, b3)."""

import io
import os
import time

import pypdf
import pytest
from PIL import Image

from documents.engine import CHECK_CODES, ReadingLimits, check_invoice_file

from . import invoice_samples as samples

# Generous for a loaded CI machine, far below what a hang or a bomb would take.
BUDGET_SECONDS = 10


def refused(data, *, limits=None):
    started = time.monotonic()
    report = check_invoice_file(
        data, name="upload.pdf", reference=samples.reference_for(), limits=limits
    )
    elapsed = time.monotonic() - started
    assert elapsed < BUDGET_SECONDS, f"took {elapsed:.1f} s"
    readable = report.checks["readable"]
    assert readable.status == "fail", readable.message
    others = {code: report.checks[code].status for code in CHECK_CODES if code != "readable"}
    assert set(others.values()) == {"skip"}
    assert report.verdict == "fail"
    return readable.message


@pytest.fixture(scope="module")
def pdf():
    return samples.invoice_pdf()


def test_password_protected_pdf_is_refused_with_what_to_do(pdf):
    message = refused(samples.encrypted(pdf))
    assert "password-protected" in message and "without a password" in message


def test_pdf_with_only_an_owner_password_is_read_normally(pdf):
    report = check_invoice_file(
        samples.encrypted(pdf, user_password=""), name="x.pdf", reference=samples.reference_for()
    )
    assert report.checks["readable"].status == "pass"
    assert report.extracted["invoice_number"] == "INV-2026-0042"


def test_truncated_pdf_is_refused_as_damaged(pdf):
    assert "damaged" in refused(pdf[: int(len(pdf) * 0.6)])


def test_garbage_after_a_pdf_header_is_refused_as_damaged():
    assert "damaged" in refused(b"%PDF-1.7\n" + os.urandom(4000))


def test_empty_file_is_refused():
    assert "empty" in refused(b"")


def test_web_page_named_pdf_is_refused_as_a_web_page():
    message = refused(b"<!DOCTYPE html>\n<html><body><h1>Invoice</h1></body></html>")
    assert "web page" in message and "PDF" in message


def test_word_document_is_refused_as_editable():
    assert "Amazon refuses editable formats" in refused(b"PK\x03\x04" + b"\x00" * 100)


def test_png_declaring_30000_by_30000_pixels_is_refused():
    message = refused(samples.png_declaring(30000, 30000))
    assert "900 megapixels" in message and "maximum is 50" in message
    assert "300 dpi" in message


def test_png_between_our_limit_and_pillows_is_refused_too():
    # 81 MP: Pillow alone would only warn below 179 MP (catalog I01).
    assert "81 megapixels" in refused(samples.png_declaring(9000, 9000))


def test_flate_bomb_pdf_is_refused_quickly():
    message = refused(samples.flate_bomb_pdf(200))
    assert "compressed data larger than allowed" in message


def test_truncated_jpeg_is_refused_as_incomplete():
    image = Image.new("L", (1200, 1600), 255)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG")
    assert "incomplete" in refused(buffer.getvalue()[: int(buffer.tell() * 0.7)])


def test_file_larger_than_the_limit_is_refused_before_reading():
    started = time.monotonic()
    report = check_invoice_file(
        io.BytesIO(b"%PDF-1.7\n" + b"0" * (21 * 1024 * 1024)),
        name="big.pdf",
        reference=samples.reference_for(),
    )
    assert time.monotonic() - started < BUDGET_SECONDS
    assert "larger than 20 MB" in report.checks["readable"].message


def test_too_many_pages_are_refused():
    writer = pypdf.PdfWriter()
    for _page in range(40):
        writer.add_blank_page(612, 792)
    buffer = io.BytesIO()
    writer.write(buffer)
    message = refused(buffer.getvalue())
    assert "40 pages" in message and "at most 30" in message


@pytest.mark.ocr  # the noise keeps tesseract busy
def test_reading_that_takes_too_long_is_stopped_with_a_reason():
    # Random noise keeps tesseract busy far longer than the one second allowed here.
    noise = Image.frombytes("L", (2480, 3508), os.urandom(2480 * 3508))
    buffer = io.BytesIO()
    noise.save(buffer, format="PNG")
    message = refused(buffer.getvalue(), limits=ReadingLimits(wall_seconds=1.0))
    assert "took longer than 1 s" in message


def test_the_next_file_is_read_normally_after_a_hostile_one(pdf):
    refused(samples.flate_bomb_pdf(100))
    report = check_invoice_file(pdf, name="x.pdf", reference=samples.reference_for())
    assert report.verdict == "pass"


def test_a_fault_in_the_checks_is_a_clean_refusal_not_a_traceback(pdf, monkeypatch):
    import documents.engine as engine

    def broken(*args, **kwargs):
        raise IndexError("an odd layout")

    monkeypatch.setattr(engine, "read_fields", broken)
    assert "stopped unexpectedly" in refused(pdf)
