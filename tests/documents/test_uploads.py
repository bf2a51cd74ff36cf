"""Upload intake: what is accepted, what is refused and why, and that nothing is half-stored."""

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from pypdf import PdfWriter

from documents.models import CaseDocument, Document, Invoice
from tests.factories import make_case


def pdf_bytes(encrypt=False):
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    if encrypt:
        writer.encrypt(user_password="u", owner_password="o", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def png_bytes(size=(400, 300)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "white").save(buffer, "PNG")
    return buffer.getvalue()


def png_bomb():
    """A valid signature and an IHDR declaring 30000×30000 pixels, with a tiny IDAT."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", 30000, 30000, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 100))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def case(tenants):
    return make_case(tenants.a1, by=tenants.consultant_a)


@pytest.fixture
def seller(client, tenants, monkeypatch):
    # The checks themselves are tested with the engine; here only intake matters.
    monkeypatch.setattr("documents.services.enqueue_check", lambda pk: None)
    client.force_login(tenants.seller_a)
    return client


def post(client, case, name, content, purpose="invoice", content_type="application/pdf"):
    return client.post(
        reverse("document_upload", args=[case.pk]),
        {"file": SimpleUploadedFile(name, content, content_type=content_type), "purpose": purpose},
        follow=True,
    )


def stored_files(settings):
    root = settings.MEDIA_ROOT
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_a_pdf_invoice_is_stored_unchanged_under_a_random_name(seller, case, settings):
    content = pdf_bytes()
    response = post(seller, case, "../../etc/Invoice May.pdf", content)
    assert "Invoice May.pdf added." in response.content.decode()
    use = CaseDocument.objects.get(case=case)
    document = use.document
    assert document.original_name == "Invoice May.pdf"
    assert document.content_type == "application/pdf"
    assert document.size == len(content)
    assert "Invoice" not in document.file.name and ".." not in document.file.name
    assert document.file.read() == content
    assert use.status == "queued" and Invoice.objects.filter(document=document).exists()
    assert case.events.filter(kind="edit", action="documents").exists()


def test_the_type_comes_from_the_content_not_the_name(seller, case):
    post(seller, case, "scan.pdf", png_bytes(), content_type="application/pdf")
    assert Document.objects.get().content_type == "image/png"


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("empty.pdf", b"", "The file is empty"),
        ("invoice.pdf", b"<!doctype html><script>alert(1)</script>", "not a PDF or an image"),
        ("invoice.docx", b"PK\x03\x04 word document", "not a PDF or an image"),
        ("locked.pdf", None, "password-protected"),
        ("cut.pdf", None, "incomplete (it was cut off)"),
        ("bomb.png", None, "megapixels; the maximum is 50"),
        ("broken.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "The image cannot be read"),
        (
            "IMG_0001.HEIC",
            b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64,
            "HEIC photo",
        ),
    ],
)
def test_bad_files_are_refused_with_a_reason_and_nothing_is_stored(
    seller, case, settings, name, content, message
):
    if name == "locked.pdf":
        content = pdf_bytes(encrypt=True)
    elif name == "cut.pdf":
        content = pdf_bytes()[:-200]
    elif name == "bomb.png":
        content = png_bomb()
    page = post(seller, case, name, content).content.decode()
    assert message in page
    assert "was not added" in page
    assert not Document.objects.exists() and not CaseDocument.objects.exists()
    assert stored_files(settings) == []


def test_a_file_over_the_limit_is_stopped_while_it_streams(seller, case, settings):
    settings.UPLOAD_MAX_BYTES = 2 * 1024 * 1024
    content = b"%PDF-1.4\n" + b"0" * (3 * 1024 * 1024) + b"\n%%EOF"
    page = post(seller, case, "huge.pdf", content).content.decode()
    assert "larger than 2 MB" in page
    assert not Document.objects.exists()
    assert stored_files(settings) == []


def test_the_same_file_twice_on_one_case_is_refused(seller, case):
    content = pdf_bytes()
    post(seller, case, "a.pdf", content)
    page = post(seller, case, "b.pdf", content).content.decode()
    assert "already attached to this case as “a.pdf”" in page
    assert Document.objects.count() == 1


def test_tiff_is_accepted_and_flagged_for_conversion(seller, case):
    buffer = io.BytesIO()
    Image.new("L", (200, 200), 255).save(buffer, "TIFF")
    page = post(
        seller, case, "scan.tif", buffer.getvalue(), content_type="image/tiff"
    ).content.decode()
    assert "converted losslessly to PNG for submission" in page
    assert Document.objects.get().content_type == "image/tiff"


def test_a_database_failure_leaves_no_file_behind(seller, case, settings, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("database down")

    monkeypatch.setattr("documents.services.record_document_event", explode)
    with pytest.raises(RuntimeError):
        post(seller, case, "a.pdf", pdf_bytes())
    assert not Document.objects.exists()
    assert stored_files(settings) == []


def test_the_original_is_served_as_an_attachment_that_cannot_run(seller, case):
    post(seller, case, 'bad"name\r\nX-Injected: 1.pdf', pdf_bytes())
    use = CaseDocument.objects.get()
    response = seller.get(reverse("document_download", args=[use.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"].startswith("sandbox")
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert "\r" not in disposition and "\n" not in disposition and "X-Injected" not in response
    assert b"".join(response.streaming_content) == use.document.file.open("rb").read()


def test_media_files_have_no_public_url(client, seller, case):
    post(seller, case, "a.pdf", pdf_bytes())
    key = Document.objects.get().file.name
    assert client.get("/media/" + key).status_code == 404
    assert client.get("/media-not-served/" + key).status_code == 404


def test_an_approved_case_takes_no_more_uploads(seller, case):
    case.status = "in_review"
    case.save()
    page = post(seller, case, "a.pdf", pdf_bytes()).content.decode()
    assert "can no longer be edited" in page
    assert not Document.objects.exists()


def test_several_files_at_once_each_get_their_own_answer(seller, case):
    response = seller.post(
        reverse("document_upload", args=[case.pk]),
        {
            "file": [
                SimpleUploadedFile("good.pdf", pdf_bytes()),
                SimpleUploadedFile("bad.pdf", b"<html>not a pdf</html>"),
                SimpleUploadedFile("scan.png", png_bytes()),
            ],
            "purpose": "invoice",
        },
        follow=True,
    )
    page = response.content.decode()
    assert "good.pdf added." in page and "scan.png added." in page
    assert "bad.pdf was not added" in page
    assert sorted(Document.objects.values_list("original_name", flat=True)) == [
        "good.pdf",
        "scan.png",
    ]
