"""Every step that touches a user's file works within the same limits (issue 13, point 2).

Crafted files that are small on disk and huge when drawn: the preview and the annotated
copies are drawn in the sandbox at a bounded size, and what a later step would refuse is
refused at upload, with a sentence that says what to do.
"""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from documents import limits
from documents.models import CaseDocument, PacketVersion
from documents.packets import service
from documents.services import attach_upload
from documents.tasks import render_packet
from tests.documents import invoice_samples as samples
from tests.documents import oversized_samples as oversized
from tests.documents.packet_samples import invoice_pdf
from tests.factories import make_case


@pytest.fixture
def case(tenants):
    return make_case(
        tenants.a1, by=tenants.consultant_a, asins=["B0ABC12345"], annotated_copies=True
    )


@pytest.fixture
def consultant(client, tenants):
    client.force_login(tenants.consultant_a)
    return client


def post(client, case, data, name="invoice.pdf"):
    response = client.post(
        reverse("document_upload", args=[case.pk]),
        {"file": SimpleUploadedFile(name, data), "purpose": "invoice"},
        follow=True,
    )
    return [str(m) for m in response.context["messages"]]


def attach(case, data, by, name="invoice.pdf"):
    return attach_upload(
        case=case, uploaded=SimpleUploadedFile(name, data), purpose="invoice", by=by
    )


def test_a_very_long_page_gets_a_preview_inside_the_preview_box(
    case, tenants, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        use = attach(case, oversized.page_pdf(24, 14400), tenants.consultant_a)
    use.refresh_from_db()
    use.document.refresh_from_db()
    assert use.status == "done"
    with use.document.preview.open("rb") as handle, Image.open(handle) as preview:
        width, height = preview.size
    # Drawn 900 px wide it would be 900 × 540,000 px: 486 megapixels.
    assert width <= limits.PREVIEW_BOX[0] and height <= limits.PREVIEW_BOX[1]
    assert height > 10 * width  # the strip keeps its shape


def test_a_huge_page_gets_an_annotated_copy_within_the_pixel_limit(case, tenants, monkeypatch):
    monkeypatch.setattr("documents.services.enqueue_check", lambda pk: None)
    attach(case, oversized.page_pdf(14400, 14400), tenants.consultant_a, name="huge.pdf")
    version = service.render_now(case=case, by=tenants.consultant_a)
    assert version.status == "done"
    from documents.packets.render import render_html

    _html, images, context = render_html(case)
    [page] = context["invoices"][0].annotated
    with Image.open(io.BytesIO(images[page["name"]][0])) as picture:
        assert picture.size[0] * picture.size[1] <= limits.ANNOTATED_MAX_PIXELS


def test_a_packet_that_cannot_draw_a_document_names_it(case, tenants, settings, monkeypatch):
    monkeypatch.setattr("documents.services.enqueue_check", lambda pk: None)
    attach(case, invoice_pdf(), tenants.consultant_a, name="good.pdf")
    attach(case, oversized.png_of(1500, 1500), tenants.consultant_a, name="big-scan.png")
    # The limit went down after the upload (an operator changed it): drawing is refused.
    settings.UPLOAD_MAX_PIXELS = 1_000_000
    version = service.request_render(case=case, by=tenants.consultant_a, enqueue=False)
    render_packet.apply(args=[version.pk])
    version.refresh_from_db()
    assert version.status == "error"
    assert "“big-scan.png” cannot go into the packet" in version.status_message
    assert "then render the packet again" in version.status_message
    assert version.started_at and version.finished_at


def test_an_image_the_reader_would_refuse_is_refused_at_upload(consultant, case, settings):
    settings.UPLOAD_MAX_PIXELS = 1_000_000
    messages = post(consultant, case, oversized.png_of(2000, 1000), name="photo.png")
    # The reader's own sentence: the upload and the reader say the same thing.
    assert messages == [
        "photo.png was not added: The image is 2 megapixels; the maximum is 1. "
        "Rescan the page at 300 dpi."
    ]
    assert not CaseDocument.objects.filter(case=case).exists()
    assert limits.reading_limits().max_pixels == 1_000_000


def test_an_image_within_the_limit_is_read_not_refused(
    consultant, case, settings, django_capture_on_commit_callbacks
):
    settings.UPLOAD_MAX_PIXELS = 2_500_000
    with django_capture_on_commit_callbacks(execute=True):
        messages = post(consultant, case, oversized.png_of(1400, 1700), name="scan.png")
    assert messages == ["scan.png added."]
    use = CaseDocument.objects.get(case=case)
    readable = use.check_runs.get().results["readable"]
    assert "megapixels" not in readable["message"]


def test_a_pdf_with_only_an_owner_password_is_accepted_and_checked(
    consultant, case, django_capture_on_commit_callbacks
):
    locked = samples.encrypted(invoice_pdf(), user_password="", owner_password="owner")
    with django_capture_on_commit_callbacks(execute=True):
        messages = post(consultant, case, locked, name="owner-only.pdf")
    assert messages == ["owner-only.pdf added."]
    assert CaseDocument.objects.get(case=case).document.page_count == 1


def test_a_pdf_that_needs_a_password_is_refused_at_upload(consultant, case):
    locked = samples.encrypted(invoice_pdf(), user_password="s3cret", owner_password="owner")
    [message] = post(consultant, case, locked, name="locked.pdf")
    assert "locked.pdf was not added: The PDF is password-protected" in message


def test_a_pdf_with_too_many_pages_is_refused_at_upload(consultant, case, settings):
    settings.UPLOAD_MAX_PAGES = 2
    [message] = post(consultant, case, oversized.pdf_of_pages(3), name="bundle.pdf")
    assert message == (
        "bundle.pdf was not added: The file has 3 pages; at most 2 are read. "
        "Upload the invoice on its own."
    )


def test_a_damaged_pdf_is_refused_at_upload(consultant, case):
    [message] = post(consultant, case, b"%PDF-1.7\n1 0 obj <<>> garbage\n%%EOF\n", name="x.pdf")
    assert "x.pdf was not added: The PDF is damaged and cannot be read" in message


def test_a_post_without_a_file_says_so(consultant, case):
    response = consultant.post(
        reverse("document_upload", args=[case.pk]), {"purpose": "invoice"}, follow=True
    )
    assert [str(m) for m in response.context["messages"]] == ["Choose a file to upload."]


def test_the_upload_help_states_the_configured_size(consultant, case, settings):
    settings.UPLOAD_MAX_BYTES = 7 * 1024 * 1024
    page = consultant.get(reverse("case_wizard", args=[case.pk, "invoices"])).content.decode()
    assert "Up to 7 MB and 30 pages each" in page


def test_the_engine_takes_its_size_limit_from_settings(settings, tmp_path):
    from django.core.management import call_command

    settings.UPLOAD_MAX_BYTES = 1024
    path = tmp_path / "invoice.pdf"
    path.write_bytes(invoice_pdf())
    out = io.StringIO()
    with pytest.raises(SystemExit):  # the command exits 1 when a file fails
        call_command(
            "check_invoice",
            str(path),
            *("--business-name", "Alpha", "--address", "1 Main St", "--phone", "+14155550100"),
            *("--format", "json"),
            stdout=out,
        )
    [report] = json.loads(out.getvalue())
    assert report["checks"]["readable"]["status"] == "fail"
    assert "larger than" in report["checks"]["readable"]["message"]


def test_a_re_render_after_approval_names_who_asked(tenants, case, monkeypatch):
    from cases.models import Status

    monkeypatch.setattr("documents.services.enqueue_check", lambda pk: None)
    attach(case, invoice_pdf(), tenants.consultant_a)
    service.render_now(case=case, by=tenants.reviewer_a)
    type(case).objects.filter(pk=case.pk).update(status=Status.APPROVED)
    service.render_now(case=case, by=tenants.seller_a)
    event = case.events.get(action="packet_rerendered")
    assert event.actor == tenants.seller_a
    assert PacketVersion.objects.filter(case=case).count() == 2
