"""Packets: layout, untouched originals, annotated copies, submission set, safety, review."""

import hashlib
import io
import json
import zipfile

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from pypdf import PdfReader, PdfWriter

from cases.models import Status
from documents.models import PacketVersion
from documents.packets import service
from documents.packets.fetcher import PacketFetcher
from documents.services import attach_upload
from tests.documents.packet_samples import invoice_pdf, scan_jpeg
from tests.factories import HealthSnapshotFactory, make_case

# Compares dates with today: CI runs these 90 days ahead too (README, Testing).
pytestmark = pytest.mark.clock


@pytest.fixture
def no_checks(monkeypatch):
    monkeypatch.setattr("documents.services.enqueue_check", lambda pk: None)


@pytest.fixture
def case(tenants, no_checks):
    case = make_case(
        tenants.a1,
        by=tenants.consultant_a,
        target_type="asins",
        asins=["B0ABC12345", "B0XYZ98765"],
        marketplace="amazon.com",
        cover_letter="We sell <img src='file:///etc/passwd'> and <b>http://127.0.0.1/</b> nothing.",
        annotated_copies=True,
    )
    HealthSnapshotFactory(seller_account=tenants.a1)
    return case


def attach(case, name, data, by):
    return attach_upload(
        case=case, uploaded=SimpleUploadedFile(name, data), purpose="invoice", by=by
    )


def rendered(case, by=None):
    version = service.render_now(case=case, by=by)
    return version, PdfReader(io.BytesIO(version.file.open("rb").read()))


def titles(outline):
    for item in outline:
        if isinstance(item, list):
            yield from titles(item)
        else:
            yield item.title


def test_packet_pages_outline_text_and_metadata(case, tenants):
    attach(case, "may.pdf", invoice_pdf(pages=2), tenants.consultant_a)
    attach(case, "june.jpg", scan_jpeg(), tenants.consultant_a)
    version, reader = rendered(case, tenants.consultant_a)
    assert version.page_count == len(reader.pages) and version.number == 1
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Alpha One LLC" in text and "B0ABC12345, B0XYZ98765" in text
    assert f"1 / {version.page_count}" in text
    outline = list(titles(reader.outline))
    for expected in (
        "Contents",
        "Account health",
        "Cover letter",
        "Invoice index",
        "Invoice 1: may.pdf",
        "Invoice 2: june.jpg",
        "Invoice 1: annotated copy",
    ):
        assert expected in outline
    assert reader.metadata.title.startswith("Application packet: Alpha One LLC")
    assert reader.metadata.author == "Agency A"
    assert version.sha256 == hashlib.sha256(version.file.open("rb").read()).hexdigest()


def test_original_pdf_pages_are_merged_unchanged(case, tenants):
    original = invoice_pdf(number="INV-77", pages=2)
    attach(case, "inv.pdf", original, tenants.consultant_a)
    _, reader = rendered(case)
    source = PdfReader(io.BytesIO(original))
    originals = [p for p in reader.pages if "INV-77" in p.extract_text()]
    # Two original pages, then two annotated copies (pictures) that carry no text layer.
    assert len(originals) == 2
    for ours, theirs in zip(originals, source.pages, strict=True):
        assert ours.get_contents().get_data() == theirs.get_contents().get_data()
        assert ours.extract_text() == theirs.extract_text()
        assert "/Annots" not in ours or len(ours["/Annots"]) == 0
        assert ours.mediabox == theirs.mediabox


def test_active_content_of_a_supplier_pdf_is_removed(case, tenants):
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(invoice_pdf(number="INV-JS"))))
    script = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert('x');"),
        }
    )
    writer._root_object[NameObject("/OpenAction")] = script
    launch = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject([]),
            NameObject("/A"): DictionaryObject(
                {
                    NameObject("/S"): NameObject("/Launch"),
                    NameObject("/F"): TextStringObject("calc.exe"),
                }
            ),
        }
    )
    writer.pages[0][NameObject("/Annots")] = ArrayObject([writer._add_object(launch)])
    writer.pages[0][NameObject("/AA")] = DictionaryObject({NameObject("/O"): script})
    writer.add_attachment("payload.txt", b"secret")
    buffer = io.BytesIO()
    writer.write(buffer)
    attach(case, "js.pdf", buffer.getvalue(), tenants.consultant_a)
    version, reader = rendered(case)
    raw = version.file.open("rb").read()
    for marker in (b"/EmbeddedFiles", b"/JavaScript", b"app.alert", b"/Launch", b"calc.exe"):
        assert marker not in raw, marker
    assert any("INV-JS" in p.extract_text() for p in reader.pages)


def test_user_text_is_escaped_and_nothing_is_fetched(case, tenants):
    _, reader = rendered(case)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "<img src='file:///etc/passwd'>" in text
    assert "root:x:0:0" not in text


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "http://127.0.0.1/", "https://example.com/x.png", "data:text/plain,hi"],
)
def test_the_fetcher_refuses_everything_but_our_own_files(url):
    with pytest.raises(ValueError):
        PacketFetcher().fetch(url)


def test_the_fetcher_refuses_to_leave_the_static_folder():
    from weasyprint.urls import FatalURLFetchingError

    with pytest.raises(FatalURLFetchingError):
        PacketFetcher().fetch("packet-static:../ungating/settings.py")
    assert PacketFetcher().fetch("packet-static:css/packet.css").read().startswith(b"/*")


def test_annotated_copy_highlights_the_boxes(case, tenants):
    from documents.packets.render import render_html

    use = attach(case, "inv.pdf", invoice_pdf(), tenants.consultant_a)
    invoice = use.document.invoice
    invoice.boxes = [
        {
            "page": 1,
            "x0": 100,
            "y0": 200,
            "x1": 180,
            "y1": 212,
            "kind": "asin",
            "text": "B0ABC12345",
        },
        {"page": 1, "x0": 50, "y0": 90, "x1": 250, "y1": 140, "kind": "bill_to", "text": "Alpha"},
        {"page": 2, "x0": 50, "y0": 90, "x1": 250, "y1": 140, "kind": "asin", "text": "other page"},
    ]
    invoice.save()
    html, images, context = render_html(case)
    page = context["invoices"][0].annotated[0]
    assert [m["kind"] for m in page["marks"]] == ["asin", "bill_to"]
    assert page["marks"][0]["left"] == pytest.approx(100 / 595.28 * 100 - 0.3, abs=0.2)
    assert "COPY annotated by Agency A: it reflects page 1 of 1" in html
    assert html.count('class="mark"') == 2
    # The legend names each kind of mark in words, never by its code.
    assert "■ Your business (bill-to)" in html and "■ ASIN" in html
    assert "bill_to</span>" not in html


def test_annotated_copies_are_off_by_default_for_ungating(tenants, no_checks):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    attach(case, "inv.pdf", invoice_pdf(), tenants.consultant_a)
    _, reader = rendered(case)
    assert "annotated copy" not in "\n".join(p.extract_text() for p in reader.pages)


def test_submission_set_holds_the_originals_byte_for_byte(case, tenants):
    pdf, jpeg = invoice_pdf(), scan_jpeg()
    attach(case, "may.pdf", pdf, tenants.consultant_a)
    attach(case, "june.jpg", jpeg, tenants.consultant_a)
    from PIL import Image

    tiff = io.BytesIO()
    Image.new("L", (300, 300), 255).save(tiff, "TIFF")
    attach_upload(
        case=case,
        uploaded=SimpleUploadedFile("policy.tif", tiff.getvalue()),
        purpose="return_policy",
        by=tenants.consultant_a,
    )
    version, _ = rendered(case)
    archive = zipfile.ZipFile(io.BytesIO(version.submission_set.open("rb").read()))
    names = archive.namelist()
    assert archive.read("originals/invoice-1-may.pdf") == pdf
    assert archive.read("originals/invoice-2-june.jpg") == jpeg
    manifest = json.loads(archive.read("manifest.json"))
    for entry in manifest:
        assert hashlib.sha256(archive.read(entry["file"])).hexdigest() == entry["sha256"]
        assert entry["sha256"] == entry["uploaded_sha256"]
    converted = next(e for e in manifest if e["purpose"] == "return_policy")["converted_to"]
    assert converted["file"].endswith(".png") and converted["file"] in names
    assert "letter.txt" in names and "letter.pdf" in names
    assert any(n.startswith("annotated/") for n in names)
    assert archive.read("letter.txt").decode() == case.ungating.cover_letter


def test_each_render_is_a_new_immutable_version(case, tenants):
    attach(case, "inv.pdf", invoice_pdf(), tenants.consultant_a)
    first, _ = rendered(case)
    second, _ = rendered(case)
    assert (first.number, second.number) == (1, 2)
    first.refresh_from_db()
    first.sha256 = "0" * 64
    with pytest.raises(ValueError):
        first.save()


def test_a_packet_changed_on_disk_is_refused(client, case, tenants):
    version, _ = rendered(case)
    with open(version.file.path, "ab") as handle:
        handle.write(b"tampered")
    client.force_login(tenants.consultant_a)
    response = client.get(reverse("packet_pdf", args=[version.pk]))
    assert response.status_code == 409


def test_only_the_packet_viewer_may_be_framed(client, case, tenants):
    version, _ = rendered(case)
    client.force_login(tenants.reviewer_a)
    response = client.get(reverse("packet_pdf", args=[version.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    page = client.get(reverse("case_review", args=[case.pk]))
    assert page["X-Frame-Options"] == "DENY"
    viewer = f'src="{reverse("packet_pdf", args=[version.pk])}#zoom=page-width"'
    assert viewer in page.content.decode()


def test_render_button_renders_in_the_worker_and_shows_progress(
    client, case, tenants, django_capture_on_commit_callbacks
):
    client.force_login(tenants.seller_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("packet_render", args=[case.pk]), follow=True)
    assert "Packet version 1 is being rendered" in response.content.decode()
    version = PacketVersion.objects.get(case=case)
    assert version.status == "done"  # tasks run in-process here
    fragment = client.get(reverse("packet_status", args=[version.pk])).content.decode()
    assert "Submission set (ZIP)" in fragment


def review(client, case, action, **data):
    return client.post(
        reverse("case_transition", args=[case.pk, action]), {"next": "review", **data}, follow=True
    )


def test_review_decisions_per_role(client, case, tenants, django_capture_on_commit_callbacks):
    case.status = Status.IN_REVIEW
    case.save()
    rendered(case)
    for user in (tenants.seller_a, tenants.consultant_a):
        client.force_login(user)
        assert (
            "Your role cannot take this action" in review(client, case, "approve").content.decode()
        )
    client.force_login(tenants.reviewer_b)
    assert review(client, case, "approve").status_code == 404
    client.force_login(tenants.reviewer_a)
    with django_capture_on_commit_callbacks(execute=True):
        review(client, case, "request_changes", note="Use the May invoice", section="invoices")
    case.refresh_from_db()
    assert case.status == Status.CHANGES_REQUESTED
    event = case.events.filter(action="request_changes").get()
    assert event.note == "[Invoices] Use the May invoice"
    assert any("Use the May invoice" in m.body for m in mail.outbox)
    assert tenants.seller_a.email in {m.to[0] for m in mail.outbox}


def test_a_packet_rendered_after_approval_needs_approval_again(client, case, tenants):
    case.status = Status.IN_REVIEW
    case.save()
    first, _ = rendered(case)
    client.force_login(tenants.reviewer_a)
    # The version on the reviewer's screen, and a reason: this sample case is not ready.
    review(client, case, "approve", version=first.pk, note="Checked with the supplier.")
    case.refresh_from_db()
    first.refresh_from_db()
    assert case.status == Status.APPROVED and first.approved_by == tenants.reviewer_a
    rendered(case)
    case.refresh_from_db()
    assert case.status == Status.IN_REVIEW
    assert case.events.filter(action="packet_rerendered").exists()


def test_review_queue_lists_cases_in_review_oldest_first(client, tenants, no_checks):
    from django.utils import timezone

    older = make_case(tenants.a1, by=tenants.consultant_a)
    newer = make_case(tenants.a2, by=tenants.consultant_a)
    make_case(tenants.b1, by=tenants.consultant_b)
    now = timezone.now()
    for case, minutes in ((older, 30), (newer, 5)):
        case.status = Status.IN_REVIEW
        case.review_requested_at = now - timezone.timedelta(minutes=minutes)
        case.save()
    client.force_login(tenants.reviewer_a)
    page = client.get(reverse("review_queue")).context["page"]
    assert [c.pk for c in page] == [older.pk, newer.pk]
    client.force_login(tenants.consultant_a)
    assert client.get(reverse("review_queue")).status_code == 404


def test_render_packet_command(case, tenants, tmp_path):
    from django.core.management import call_command

    attach(case, "inv.pdf", invoice_pdf(), tenants.consultant_a)
    output = tmp_path / "packet.pdf"
    out = io.StringIO()
    call_command("render_packet", str(case.pk), "--output", str(output), stdout=out)
    assert output.read_bytes().startswith(b"%PDF")
    assert (
        str(output) in out.getvalue() and "pages:" in out.getvalue() and "time:" in out.getvalue()
    )
