"""A reviewer's tools (issue 19, point 5): next and previous in the queue, the packet at a
readable size, and what changed between two packet versions."""

import re
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from cases.models import Case, Status
from documents.models import CaseDocument, PacketVersion
from documents.packets import service
from documents.packets.compare import word_diff
from documents.services import attach_upload, detach
from tests.documents.packet_samples import invoice_pdf
from tests.factories import HealthSnapshotFactory, make_case, make_packet

# Compares dates with today: CI runs these 90 days ahead too (README, Testing).
pytestmark = pytest.mark.clock


def in_review(tenants, days_waiting):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    Case.objects.filter(pk=case.pk).update(
        status=Status.IN_REVIEW, review_requested_at=timezone.now() - timedelta(days=days_waiting)
    )
    make_packet(case)
    return case


def link(page, rel):
    found = re.search(rf'rel="{rel}" href="([^"]+)"', page)
    return found.group(1) if found else None


def test_next_and_previous_follow_the_queue_order(client, tenants):
    newest, oldest, middle = in_review(tenants, 1), in_review(tenants, 5), in_review(tenants, 3)
    draft = make_case(tenants.a1, by=tenants.consultant_a)
    client.force_login(tenants.reviewer_a)
    queue = [c.pk for c in client.get(reverse("review_queue")).context["page"]]
    assert queue == [oldest.pk, middle.pk, newest.pk]

    page = client.get(reverse("case_review", args=[middle.pk])).content.decode()
    assert "case 2 of 3" in page
    assert link(page, "prev") == reverse("case_review", args=[oldest.pk])
    assert link(page, "next") == reverse("case_review", args=[newest.pk])
    first = client.get(reverse("case_review", args=[oldest.pk])).content.decode()
    assert link(first, "prev") is None
    assert link(first, "next") == reverse("case_review", args=[middle.pk])
    last = client.get(reverse("case_review", args=[newest.pk])).content.decode()
    assert link(last, "next") is None
    # A case that waits for nobody leads to the head of the queue.
    other = client.get(reverse("case_review", args=[draft.pk])).content.decode()
    assert "this case is not waiting for review" in other
    assert link(other, "next") == reverse("case_review", args=[oldest.pk])


def test_the_queue_navigation_is_the_reviewers(client, tenants):
    case = in_review(tenants, 2)
    client.force_login(tenants.consultant_a)
    page = client.get(reverse("case_review", args=[case.pk])).content.decode()
    assert "Next in the queue" not in page and "case 1 of 1" not in page


def test_the_packet_opens_full_width_at_page_width_with_a_new_tab_link(client, tenants):
    case = in_review(tenants, 2)
    version = case.packets.get()
    client.force_login(tenants.reviewer_a)
    page = client.get(reverse("case_review", args=[case.pk])).content.decode()
    pdf = reverse("packet_pdf", args=[version.pk])
    assert f'src="{pdf}#zoom=page-width"' in page
    assert re.search(
        rf'href="{pdf}" target="_blank" rel="noopener">Open the packet in a new tab', page
    )
    # The viewer comes before the two columns, across the page, not inside the narrow one.
    assert page.index('class="packet-viewer"') < page.index('class="col-xl-7"')


def test_word_diff_keeps_the_words_and_marks_what_changed():
    assert word_diff("We buy from Acme.", "We buy from Acme and Lumina.") == [
        ("same", "We buy from "),
        ("removed", "Acme."),
        ("added", "Acme and Lumina."),
    ]
    assert word_diff("Same\ntext", "Same\ntext") == [("same", "Same\ntext")]


@pytest.fixture
def no_checks(monkeypatch):
    monkeypatch.setattr("documents.services.enqueue_check", lambda pk: None)


def test_the_review_page_shows_what_changed_since_the_previous_version(client, tenants, no_checks):
    case = make_case(
        tenants.a1,
        by=tenants.consultant_a,
        target_type="asins",
        asins=["B0ABC12345"],
        cover_letter="We have sold beauty products for four years.\nWe buy from Acme.",
    )
    HealthSnapshotFactory(seller_account=tenants.a1)

    def attach(name, number):
        return attach_upload(
            case=case,
            uploaded=SimpleUploadedFile(name, invoice_pdf(number=number)),
            purpose="invoice",
            by=tenants.consultant_a,
        )

    first = attach("march.pdf", "INV-3")
    attach("april.pdf", "INV-4")
    old = service.render_now(case=case, by=tenants.consultant_a)
    detach(use=first, by=tenants.consultant_a)
    attach("may.pdf", "INV-5")
    case.ungating.cover_letter = (
        "We have sold beauty products for four years.\nWe buy from Acme and <b>Lumina</b>."
    )
    case.ungating.save()
    service.render_now(case=case, by=tenants.consultant_a)
    # A version rendered before letters were stored: its letter is read from its ZIP.
    PacketVersion.objects.filter(pk=old.pk).update(letter="")

    client.force_login(tenants.reviewer_a)
    page = client.get(reverse("case_review", args=[case.pk])).content.decode()
    assert "What changed from version 1 to version 2" in page
    documents = page[page.index('id="comparison-documents"') :]
    documents = documents[: documents.index("</ul>")]
    assert re.search(r"added</span> may\.pdf", documents)
    assert re.search(r"removed</span> march\.pdf", documents)
    assert "april.pdf" not in documents
    assert "<del" in page and "Acme.</del>" in page
    assert "Acme and &lt;b&gt;Lumina&lt;/b&gt;.</ins>" in page
    assert "<b>Lumina</b>" not in page
    assert CaseDocument.objects.filter(case=case).count() == 2


def test_any_two_versions_can_be_compared_by_url(client, tenants):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    versions = [make_packet(case) for _ in range(3)]
    letters = ["First letter.", "Second letter.", "Third letter, longer."]
    manifests = [
        [{"original_name": "a.pdf", "sha256": "a"}],
        [{"original_name": "a.pdf", "sha256": "a"}, {"original_name": "b.pdf", "sha256": "b"}],
        [{"original_name": "c.pdf", "sha256": "c"}],
    ]
    for version, letter, manifest in zip(versions, letters, manifests, strict=True):
        PacketVersion.objects.filter(pk=version.pk).update(
            letter=letter, submission_manifest=manifest
        )
    client.force_login(tenants.consultant_a)
    url = reverse("packet_compare", args=[case.pk])

    latest_two = client.get(url).content.decode()
    assert "What changed from version 2 to version 3" in latest_two

    chosen = client.get(url, {"older": versions[0].pk, "newer": versions[2].pk})
    page = chosen.content.decode()
    assert "What changed from version 1 to version 3" in page
    assert re.search(r"added</span> c\.pdf", page) and re.search(r"removed</span> a\.pdf", page)
    assert "b.pdf" not in page[page.index('id="comparison"') :]
    # Given the other way round, still older → newer.
    swapped = client.get(url, {"older": versions[2].pk, "newer": versions[0].pk})
    assert "What changed from version 1 to version 3" in swapped.content.decode()

    # A version of another case is not compared with this one.
    elsewhere = make_packet(make_case(tenants.a1, by=tenants.consultant_a))
    foreign = client.get(url, {"older": elsewhere.pk, "newer": versions[0].pk}).content.decode()
    assert "What changed from version 1" not in foreign
    assert "Two different rendered versions are needed" in foreign


def test_a_single_version_has_nothing_to_compare(client, tenants):
    case = in_review(tenants, 1)
    client.force_login(tenants.reviewer_a)
    assert (
        'id="comparison"' not in client.get(reverse("case_review", args=[case.pk])).content.decode()
    )
    page = client.get(reverse("packet_compare", args=[case.pk])).content.decode()
    assert "Two different rendered versions are needed" in page


def test_the_compare_and_answer_pages_do_not_grow_with_versions(
    client, tenants, django_assert_max_num_queries
):
    from tests.documents.test_query_counts import counts

    case = make_case(tenants.a1, by=tenants.consultant_a)
    for _ in range(2):
        make_packet(case)
    Case.objects.filter(pk=case.pk).update(status=Status.INFORMATION_REQUESTED)
    client.force_login(tenants.reviewer_a)

    def grow():
        for _ in range(4):
            case.packets.filter(pk=make_packet(case).pk).update(supplementary=True)

    for name in ("packet_compare", "case_answer", "case_review"):
        url = reverse(name, args=[case.pk])
        small, large = counts(client, url, grow, django_assert_max_num_queries)
        assert small == large, name
