"""Reading scans with tesseract (each test costs about a second of OCR: keep them few)."""

import io

import pytest
from PIL import Image

from documents.engine import check_invoice_file
from documents.engine.sniffing import sniff_content_type

from . import invoice_samples as samples
from .invoice_samples import InvoiceSpec, french_spec, invoice_pdf, reference_for


@pytest.fixture(scope="module")
def english_pdf():
    return invoice_pdf(InvoiceSpec())


def check(data, spec=None, **changes):
    return check_invoice_file(data, name="scan", reference=reference_for(spec, **changes))


@pytest.mark.ocr
def test_scan_at_300_dpi_is_read_by_ocr_and_passes(english_pdf):
    report = check(samples.scanned(english_pdf))
    statuses = {code: result.status for code, result in report.checks.items()}
    assert report.verdict == "pass", {c: r.message for c, r in report.checks.items()}
    assert statuses["image_quality"] == "pass"
    assert "OCR" in report.checks["readable"].message
    assert report.extracted["bill_to"]["name"] == "Northwind Goods LLC"
    # Tesseract reads B08N5WRWNW as BOSN5WRWNW: the ASIN still counts (issue 9).
    assert report.checks["products"].status == "pass"
    assert report.pages[0]["unit"] == "px" and report.pages[0]["width"] == 2481
    asin_boxes = [box for box in report.boxes if box["kind"] == "asin"]
    assert len(asin_boxes) == 2
    assert all(0 < box["x0"] < box["x1"] < 2481 for box in asin_boxes)


@pytest.mark.ocr
def test_french_scan_turned_by_2_5_degrees_reads_day_first():
    spec = french_spec()
    report = check(samples.scanned(invoice_pdf(spec), rotate=2.5, fmt="JPEG"), spec)
    assert report.extracted["invoice_date"] == "2026-02-03"
    assert report.extracted["invoice_date_text"] == "03/02/2026"
    for code in ("invoice_date", "business_name", "business_address", "business_phone"):
        assert report.checks[code].status == "pass", report.checks[code].message


@pytest.mark.ocr
def test_upside_down_scan_is_turned_upright(english_pdf):
    report = check(samples.scanned(english_pdf, rotate=180, dpi=200))
    assert report.pages[0]["rotation"] == 180
    assert report.checks["business_name"].status == "pass"


@pytest.mark.ocr
def test_blurry_low_resolution_scan_fails_image_quality_with_what_to_do(english_pdf):
    result = check(samples.scanned(english_pdf, dpi=100, blur=1)).checks["image_quality"]
    assert result.status == "fail"
    assert "about 100 dpi" in result.message and "blurry" in result.message
    assert "Rescan the invoice at 300 dpi" in result.message


@pytest.mark.ocr
def test_scan_wrapped_in_a_pdf_without_text_layer_falls_through_to_ocr(english_pdf):
    data = samples.image_pdf(samples.scanned(english_pdf, dpi=200), dpi=200)
    report = check(data)
    assert "No text layer" in report.checks["readable"].message
    assert report.checks["image_quality"].found["effective_dpi"] == 200
    assert report.checks["business_name"].status == "pass"
    # Boxes of an OCR'd PDF page are in PDF points, like the text layer's.
    assert report.pages[0]["unit"] == "pt" and round(report.pages[0]["width"]) == 595


@pytest.mark.ocr
def test_photo_saved_by_photoshop_warns_to_submit_the_original(english_pdf):
    exif = Image.Exif()
    exif[0x0131] = "Adobe Photoshop 25.0 (Windows)"
    report = check(samples.scanned(english_pdf, dpi=150, fmt="JPEG", exif=exif))
    result = report.checks["tamper_signals"]
    assert result.status == "warn"
    assert "Photoshop" in result.message and "original file" in result.message


@pytest.mark.parametrize(
    "fmt,content_type",
    [("PNG", "image/png"), ("JPEG", "image/jpeg"), ("GIF", "image/gif"), ("TIFF", "image/tiff")],
)
def test_content_type_comes_from_the_bytes(fmt, content_type):
    buffer = io.BytesIO()
    Image.new("L", (20, 20), 255).save(buffer, format=fmt)
    assert sniff_content_type(buffer.getvalue()) == content_type
    assert sniff_content_type(b"%PDF-1.7\n") == "application/pdf"
    assert sniff_content_type(b"<html>%PDF-") == "application/pdf"  # within 1024 bytes (P06)
    assert sniff_content_type(b"GIF8") is None


def test_a_server_without_tesseract_says_so_instead_of_blaming_the_scan(monkeypatch):
    """Reading runs in the sandbox's child; here the OCR step is called directly."""
    from documents.engine import ocr, reading
    from documents.engine.checks.readable import refused

    monkeypatch.setattr(ocr, "TESSERACT", "/nonexistent/tesseract")
    scan = samples.scanned(samples.invoice_pdf(), dpi=150, fmt="PNG")
    limits = {"max_pixels": 80_000_000, "max_pages": 5, "ocr_seconds": 30}
    facts = reading.read_document(scan, "image/png", limits)
    assert facts == {"ok": False, "reason": "ocr_unavailable", "params": {}}
    result = refused(facts["reason"], facts["params"])
    assert result.status == "fail" and "not installed on the server" in result.message
