"""Answering Amazon's request for information: new documents, a supplementary packet
version reviewed like any other, then "Information sent to Amazon" (issue 16, point 10)."""

import hashlib
import html
import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from pypdf import PdfReader

from cases.models import Case, CaseEvent, Status
from cases.services import cases as case_services
from documents.models import CaseDocument
from documents.packets import service
from documents.services import attach_upload
from tests.documents.packet_samples import invoice_pdf
from tests.factories import HealthSnapshotFactory, make_case

# Compares dates with today: CI runs these 90 days ahead too (README, Testing).
pytestmark = pytest.mark.clock

ANSWER = "Please find the letter of authorization from Lumina Naturals attached."


@pytest.fixture
def no_checks(monkeypatch):
    monkeypatch.setattr("documents.services.enqueue_check", lambda pk: None)


def attach(case, name, data, by, purpose="invoice"):
    return attach_upload(case=case, uploaded=SimpleUploadedFile(name, data), purpose=purpose, by=by)


@pytest.fixture
def asked(tenants, no_checks):
    """A case sent to Amazon with packet version 1, and Amazon asking for more."""
    case = make_case(
        tenants.a1,
        by=tenants.consultant_a,
        target_type="asins",
        asins=["B0ABC12345"],
        marketplace="amazon.com",
        cover_letter="We buy from Lumina Naturals' distributor.",
    )
    HealthSnapshotFactory(seller_account=tenants.a1)
    attach(case, "first.pdf", invoice_pdf(number="INV-FIRST"), tenants.consultant_a)
    service.render_now(case=case, by=tenants.consultant_a)
    Case.objects.filter(pk=case.pk).update(status=Status.SUBMITTED)
    case.refresh_from_db()
    case_services.transition(
        case=case,
        action="record_information_request",
        by=tenants.consultant_a,
        note="Send the letter of authorization from the brand.",
    )
    case.refresh_from_db()
    return case


def read_pdf(version):
    return PdfReader(io.BytesIO(version.file.open("rb").read()))


def outline_titles(outline):
    for item in outline:
        if isinstance(item, list):
            yield from outline_titles(item)
        else:
            yield item.title


def test_documents_can_be_added_while_amazon_asks_and_not_once_submitted(client, tenants, asked):
    client.force_login(tenants.seller_a)
    response = client.post(
        reverse("document_upload", args=[asked.pk]),
        {"purpose": "authorization", "file": SimpleUploadedFile("loa.pdf", invoice_pdf("LOA-1"))},
    )
    assert response["Location"] == reverse("case_answer", args=[asked.pk])
    assert CaseDocument.objects.filter(case=asked, document__original_name="loa.pdf").exists()
    added = CaseEvent.objects.filter(case=asked, note__contains="loa.pdf")
    assert added.exists()

    Case.objects.filter(pk=asked.pk).update(status=Status.SUBMITTED)
    response = client.post(
        reverse("document_upload", args=[asked.pk]),
        {"purpose": "invoice", "file": SimpleUploadedFile("late.pdf", invoice_pdf("LATE"))},
        follow=True,
    )
    assert "can no longer be edited" in response.content.decode()
    assert not CaseDocument.objects.filter(case=asked, document__original_name="late.pdf").exists()


def test_documents_sent_earlier_are_neither_removed_nor_corrected_while_amazon_asks(
    client, tenants, asked
):
    first = CaseDocument.objects.get(case=asked, document__original_name="first.pdf")
    client.force_login(tenants.consultant_a)
    client.post(reverse("document_remove", args=[first.pk]))
    assert CaseDocument.objects.filter(pk=first.pk).exists()
    response = client.post(
        reverse("document_correct", args=[first.pk]), {"invoice_number": "CHANGED"}
    )
    assert response.status_code == 404
    first.document.invoice.refresh_from_db()
    assert first.document.invoice.invoice_number != "CHANGED"


def test_the_supplementary_packet_holds_the_answer_and_only_the_new_documents(tenants, asked):
    original = invoice_pdf(number="INV-NEW", pages=2)
    attach(asked, "new.pdf", original, tenants.seller_a)
    attach(asked, "loa.pdf", invoice_pdf(number="LOA-7"), tenants.seller_a, "authorization")

    version = service.render_now(case=asked, by=tenants.consultant_a, answer=ANSWER)

    assert version.supplementary and version.number == 2 and version.answer == ANSWER
    reader = read_pdf(version)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Send the letter of authorization from the brand." in text
    assert "Lumina Naturals attached" in text
    assert "INV-NEW" in text and "LOA-7" in text and "INV-FIRST" not in text
    titles = list(outline_titles(reader.outline))
    assert "Answer to Amazon's request" in titles and "Invoice 1: new.pdf" in titles
    assert reader.metadata.title.startswith("Supplementary packet: Alpha One LLC")
    # The supplier's pages, unchanged.
    ours = [p for p in reader.pages if "INV-NEW" in p.extract_text()]
    theirs = PdfReader(io.BytesIO(original)).pages
    assert len(ours) == 2
    for mine, source in zip(ours, theirs, strict=True):
        assert mine.get_contents().get_data() == source.get_contents().get_data()


def test_the_supplementary_submission_set_holds_the_new_originals_byte_for_byte(tenants, asked):
    original = invoice_pdf(number="INV-NEW")
    attach(asked, "new.pdf", original, tenants.seller_a)
    version = service.render_now(case=asked, by=tenants.consultant_a, answer=ANSWER)

    archive = zipfile.ZipFile(io.BytesIO(version.submission_set.open("rb").read()))
    originals = [n for n in archive.namelist() if n.startswith("originals/")]
    assert originals == ["originals/invoice-1-new.pdf"]
    assert archive.read(originals[0]) == original
    assert version.submission_manifest[0]["sha256"] == hashlib.sha256(original).hexdigest()
    assert archive.read("letter.txt").decode() == ANSWER
    assert version.letter == ANSWER


def test_a_supplementary_packet_needs_the_answer(tenants, asked):
    with pytest.raises(service.PacketError, match="Write the answer"):
        service.request_render(case=asked, by=tenants.consultant_a, answer="  ")


def test_information_sent_is_refused_until_a_reviewer_approves_the_supplement(tenants, asked):
    def send():
        case_services.transition(
            case=asked,
            action="answer_information_request",
            by=tenants.consultant_a,
            note="Sent the letter.",
        )

    with pytest.raises(case_services.CaseError, match="Render the supplementary packet first"):
        send()
    attach(asked, "loa.pdf", invoice_pdf(number="LOA-7"), tenants.seller_a, "authorization")
    version = service.render_now(case=asked, by=tenants.consultant_a, answer=ANSWER)
    with pytest.raises(case_services.CaseError, match="A reviewer approves"):
        send()
    # Only a reviewer approves, and the approval names the version read.
    with pytest.raises(case_services.CaseError, match="Your role cannot"):
        case_services.transition(
            case=asked, action="approve_supplement", by=tenants.consultant_a, version=version.pk
        )
    with pytest.raises(case_services.CaseError, match="Open the packet"):
        case_services.transition(
            case=asked, action="approve_supplement", by=tenants.reviewer_a, note="Fine."
        )
    case_services.transition(
        case=asked,
        action="approve_supplement",
        by=tenants.reviewer_a,
        note="The letter is what Amazon asked.",
        version=version.pk,
    )
    version.refresh_from_db()
    assert version.approved_by == tenants.reviewer_a
    asked.refresh_from_db()
    assert asked.status == Status.INFORMATION_REQUESTED

    send()
    asked.refresh_from_db()
    assert asked.status == Status.SUBMITTED and asked.answer_due_at is None
    history = list(
        CaseEvent.objects.filter(case=asked)
        .order_by("created", "pk")
        .values_list("action", flat=True)
    )
    assert history[-5:] == [
        "record_information_request",
        "documents",
        "packet",
        "approve_supplement",
        "answer_information_request",
    ]


def test_approving_the_supplement_with_blockers_needs_a_reason(tenants, asked, monkeypatch):
    from cases.readiness import BLOCKER, Finding, Readiness

    blocked = Readiness([Finding("invoice_count", BLOCKER, "Too many invoices.", "invoices")])
    monkeypatch.setattr("cases.selectors.case_readiness", lambda case: blocked)
    version = service.render_now(case=asked, by=tenants.consultant_a, answer=ANSWER)
    with pytest.raises(case_services.CaseError, match="say why you approve"):
        case_services.transition(
            case=asked, action="approve_supplement", by=tenants.reviewer_a, version=version.pk
        )
    case_services.transition(
        case=asked,
        action="approve_supplement",
        by=tenants.reviewer_a,
        version=version.pk,
        note="Amazon asked for a fourth invoice.",
    )
    event = CaseEvent.objects.get(case=asked, action="approve_supplement")
    assert event.note == "Amazon asked for a fourth invoice."


def test_the_full_packet_cannot_be_approved_as_the_answer(tenants, asked):
    first = service.latest_done(asked)
    with pytest.raises(case_services.CaseError, match="Render the supplementary packet"):
        case_services.transition(
            case=asked,
            action="approve_supplement",
            by=tenants.reviewer_a,
            version=first.pk,
            note="Read.",
        )


def test_a_document_added_after_the_render_needs_a_new_render(tenants, asked):
    version = service.render_now(case=asked, by=tenants.consultant_a, answer=ANSWER)
    case_services.transition(
        case=asked,
        action="approve_supplement",
        by=tenants.reviewer_a,
        version=version.pk,
        note="Read.",
    )
    attach(asked, "later.pdf", invoice_pdf(number="LATER"), tenants.seller_a, "other")
    with pytest.raises(case_services.CaseError, match="changed after supplementary packet"):
        case_services.transition(
            case=asked, action="answer_information_request", by=tenants.seller_a, note="Sent."
        )
    again = service.render_now(case=asked, by=tenants.consultant_a, answer=ANSWER)
    assert again.number == version.number + 1 and again.approved_at is None
    assert [m["original_name"] for m in again.submission_manifest] == ["later.pdf"]


def test_render_packet_command_renders_the_answer(tenants, asked, tmp_path):
    output = tmp_path / "answer.pdf"
    with pytest.raises(CommandError, match="Write the answer"):
        call_command("render_packet", str(asked.pk), "--output", str(output))
    out = io.StringIO()
    call_command("render_packet", str(asked.pk), "-o", str(output), "--answer", ANSWER, stdout=out)
    assert output.read_bytes().startswith(b"%PDF")
    assert "version: 2 (supplementary)" in out.getvalue()
    # Again, without --answer: the answer of the previous supplementary version.
    call_command("render_packet", str(asked.pk), "-o", str(output), stdout=io.StringIO())
    assert service.latest_done(asked).answer == ANSWER
    assert service.latest_done(asked).number == 3


def test_the_answer_page_shows_the_request_the_new_documents_and_the_next_step(
    client, tenants, asked
):
    attach(asked, "loa.pdf", invoice_pdf(number="LOA-7"), tenants.seller_a, "authorization")
    client.force_login(tenants.seller_a)
    page = client.get(reverse("case_answer", args=[asked.pk])).content.decode()
    assert "Send the letter of authorization from the brand." in page
    assert "loa.pdf" in page and "first.pdf" not in page
    assert "Render the supplementary packet" in page
    response = client.post(
        reverse("packet_render", args=[asked.pk]), {"next": "answer", "answer": ANSWER}
    )
    assert response["Location"] == reverse("case_answer", args=[asked.pk])
    assert asked.packets.get(number=2).supplementary
    detail = client.get(reverse("case_detail", args=[asked.pk])).content.decode()
    assert reverse("case_answer", args=[asked.pk]) in detail


def test_the_review_queue_lists_a_supplement_waiting_for_approval(client, tenants, asked):
    client.force_login(tenants.reviewer_a)
    assert asked.pk not in [c.pk for c in client.get(reverse("review_queue")).context["page"]]
    version = service.render_now(case=asked, by=tenants.consultant_a, answer=ANSWER)
    page = client.get(reverse("review_queue"))
    assert [c.pk for c in page.context["page"]] == [asked.pk]
    assert "answer to Amazon's request" in html.unescape(page.content.decode())
    review = client.get(reverse("case_review", args=[asked.pk])).content.decode()
    assert "Supplementary packet version 2" in review and "Approve version 2" in review
    client.post(
        reverse("case_transition", args=[asked.pk, "approve_supplement"]),
        {"version": version.pk, "next": "review", "note": "Read."},
    )
    assert asked.pk not in [c.pk for c in client.get(reverse("review_queue")).context["page"]]


def test_the_answer_is_announced_to_reviewers_and_its_decision_to_the_case_people(
    client, tenants, asked, mailoutbox, django_capture_on_commit_callbacks
):
    from cases.models import Notification

    def lines(person):
        return [n.text for n in Notification.objects.filter(recipient=person).order_by("pk")]

    version = service.render_now(case=asked, by=tenants.consultant_a, answer=ANSWER)
    assert lines(tenants.reviewer_a)[-1] == (
        f"{tenants.consultant_a} rendered the answer to Amazon's request on case #{asked.pk} "
        f"({asked.seller_account.legal_name}): it waits for your approval."
    )

    client.force_login(tenants.reviewer_a)
    response = client.post(
        reverse("case_transition", args=[asked.pk, "request_supplement_changes"]),
        {"note": "Attach the letter's second page.", "next": "review"},
        follow=True,
    )
    assert "Changes to the answer requested" in response.content.decode()
    assert "Information requested" not in [str(m) for m in response.context["messages"]]
    assert lines(tenants.seller_a)[-1].endswith(
        f"asks for changes to the answer to Amazon's request on case #{asked.pk} "
        f"({asked.seller_account.legal_name}): Attach the letter's second page."
    )

    version = service.render_now(case=asked, by=tenants.consultant_a, answer=ANSWER)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("case_transition", args=[asked.pk, "approve_supplement"]),
            {"version": version.pk, "note": "Complete.", "next": "review"},
            follow=True,
        )
    messages = [str(m) for m in response.context["messages"]]
    assert messages == ["The answer to Amazon's request is approved: it can be sent to Amazon."]
    assert lines(tenants.seller_a)[-1].endswith("send it to Amazon.")
    assert any("send it to Amazon" in mail.body for mail in mailoutbox)
