"""Notifications: who is told of each event, in the inbox and by e-mail as each chose."""

import re
from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from cases.models import Case, Notification, NotificationKind, Status
from cases.readiness import Readiness
from cases.services import cases as services
from cases.services import notifications
from tests.factories import MembershipFactory, make_case

# Deadlines and the 4-week wait are measured from now: CI runs these moved in time too.
pytestmark = pytest.mark.clock

SITE = "https://desk.agency.example"


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SITE_URL = SITE + "/"


@pytest.fixture
def ready(monkeypatch):
    """These tests are about who is told: every case passes the readiness rules."""
    monkeypatch.setattr("cases.selectors.case_readiness", lambda case: Readiness([]))


def inbox(user):
    return list(Notification.objects.filter(recipient=user))


def in_status(case, status):
    Case.objects.filter(pk=case.pk).update(status=status)
    case.refresh_from_db()
    return case


def links(message):
    return re.findall(r"https?://\S+", message.body)


def a_scan(name="return-policy.png"):
    from io import BytesIO

    from PIL import Image

    data = BytesIO()
    Image.new("RGB", (200, 120), "white").save(data, "PNG")
    return SimpleUploadedFile(name, data.getvalue(), content_type="image/png")


# ---- Each event -----------------------------------------------------------------------------


def test_a_case_entering_review_reaches_the_reviewers_of_its_workspace_only(
    tenants, ready, django_capture_on_commit_callbacks
):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    with django_capture_on_commit_callbacks(execute=True):
        services.transition(case=case, action="submit_for_review", by=tenants.consultant_a)
    [line] = inbox(tenants.reviewer_a)
    assert line.kind == NotificationKind.IN_REVIEW and line.case == case
    assert f"#{case.pk}" in line.text and "Alpha One LLC" in line.text
    assert inbox(tenants.reviewer_b) == []
    assert inbox(tenants.consultant_a) == []  # the one who acted is not told
    assert [m.to for m in mail.outbox] == [[tenants.reviewer_a.email]]


def test_a_sellers_upload_reaches_the_assignee(tenants, django_capture_on_commit_callbacks):
    from documents.services import attach_upload

    case = make_case(tenants.a1, by=tenants.consultant_a)  # assigned to its creator
    with django_capture_on_commit_callbacks(execute=True):
        attach_upload(case=case, uploaded=a_scan(), purpose="return_policy", by=tenants.seller_a)
    [line] = inbox(tenants.consultant_a)
    assert line.kind == NotificationKind.SELLER_ACTIVITY
    assert "return-policy.png" in line.text
    assert mail.outbox[0].to == [tenants.consultant_a.email]


def test_the_agencys_own_upload_notifies_nobody(tenants):
    from documents.services import attach_upload

    case = make_case(tenants.a1, by=tenants.consultant_a)
    attach_upload(case=case, uploaded=a_scan(), purpose="return_policy", by=tenants.consultant_a)
    assert Notification.objects.count() == 0


def test_a_sellers_news_from_amazon_reaches_the_reviewers_when_nobody_is_assigned(tenants):
    case = make_case(tenants.a1, by=tenants.seller_a)  # a seller's case has no assignee
    assert case.assignee is None
    case = in_status(case, Status.SUBMITTED)
    services.transition(
        case=case,
        action="record_information_request",
        by=tenants.seller_a,
        note="Amazon wants the LOA",
    )
    [line] = inbox(tenants.reviewer_a)
    assert "Amazon wants the LOA" in line.text


def test_a_sellers_comment_reaches_the_assignee(tenants):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    services.comment(case=case, text="The invoice is on its way", by=tenants.seller_a, shared=True)
    [line] = inbox(tenants.consultant_a)
    assert "The invoice is on its way" in line.text
    assert inbox(tenants.seller_a) == []


def test_changes_requested_reach_the_seller_with_a_link_to_the_section(
    client, tenants, django_capture_on_commit_callbacks
):
    case = in_status(make_case(tenants.a1, by=tenants.consultant_a), Status.IN_REVIEW)
    client.force_login(tenants.reviewer_a)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("case_transition", args=[case.pk, "request_changes"]),
            {"note": "Use the May invoice", "section": "invoices"},
        )
    [line] = inbox(tenants.seller_a)
    assert line.kind == NotificationKind.CHANGES_REQUESTED
    assert "Use the May invoice" in line.text
    step = reverse("case_wizard", args=[case.pk, "invoices"])
    assert line.path == step
    [message] = [m for m in mail.outbox if m.to == [tenants.seller_a.email]]
    assert SITE + step in links(message)


def test_the_case_page_and_the_wizard_quote_the_reviewers_note(client, tenants):
    case = in_status(make_case(tenants.a1, by=tenants.consultant_a), Status.IN_REVIEW)
    services.transition(
        case=case,
        action="request_changes",
        by=tenants.reviewer_a,
        note="[Invoices] The March invoice is a <b>pro forma</b>",
    )
    client.force_login(tenants.seller_a)
    for url in (
        reverse("case_detail", args=[case.pk]),
        reverse("case_wizard", args=[case.pk, "target"]),
    ):
        page = client.get(url).content.decode()
        banner = page[page.index('id="changes-requested"') :][:1500]
        assert "The March invoice is a &lt;b&gt;pro forma&lt;/b&gt;" in banner
        assert reverse("case_wizard", args=[case.pk, "invoices"]) in banner
    # Sent for review again, the banner goes.
    in_status(case, Status.IN_REVIEW)
    page = client.get(reverse("case_detail", args=[case.pk])).content.decode()
    assert 'id="changes-requested"' not in page


def test_a_deadline_within_24_hours_is_reminded_once_per_case_and_deadline(
    tenants, django_capture_on_commit_callbacks
):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    due = timezone.now() + timedelta(hours=10)
    Case.objects.filter(pk=case.pk).update(status=Status.INFORMATION_REQUESTED, answer_due_at=due)
    far = make_case(tenants.a2, by=tenants.consultant_a)
    Case.objects.filter(pk=far.pk).update(
        status=Status.INFORMATION_REQUESTED, answer_due_at=timezone.now() + timedelta(hours=30)
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert notifications.send_deadline_reminders() == 2  # the seller and the assignee
        call_command("send_reminders", stdout=StringIO())  # the beat runs it again
    assert {n.recipient for n in Notification.objects.all()} == {
        tenants.seller_a,
        tenants.consultant_a,
    }
    assert Notification.objects.filter(kind=NotificationKind.DEADLINE).count() == 2
    assert len(mail.outbox) == 2
    # A new deadline on the same case is a new reminder.
    Case.objects.filter(pk=case.pk).update(answer_due_at=due + timedelta(hours=5))
    assert notifications.send_deadline_reminders() == 2


def test_a_submitted_case_without_a_decision_after_4_weeks_is_flagged_once(tenants):
    late = make_case(tenants.a1, by=tenants.consultant_a)
    Case.objects.filter(pk=late.pk).update(
        status=Status.SUBMITTED, submitted_at=timezone.now() - timedelta(days=29)
    )
    recent = make_case(tenants.a2, by=tenants.consultant_a)
    Case.objects.filter(pk=recent.pk).update(
        status=Status.SUBMITTED, submitted_at=timezone.now() - timedelta(days=20)
    )
    assert notifications.flag_overdue_decisions() == 1
    assert notifications.flag_overdue_decisions() == 0
    [line] = inbox(tenants.consultant_a)
    assert line.kind == NotificationKind.DECISION_OVERDUE and line.case_id == late.pk


# ---- Preferences and the digest -------------------------------------------------------------


def test_a_digest_person_gets_one_email_a_day_and_never_twice(
    client, tenants, ready, django_capture_on_commit_callbacks
):
    client.force_login(tenants.reviewer_a)
    response = client.post(
        reverse("notification_settings"),
        {"email_kinds": ["in_review", "seller_activity"], "email_mode": "digest"},
    )
    assert response.status_code == 302
    first = make_case(tenants.a1, by=tenants.consultant_a)
    second = make_case(tenants.a2, by=tenants.consultant_a)
    with django_capture_on_commit_callbacks(execute=True):
        for case in (first, second):
            services.transition(case=case, action="submit_for_review", by=tenants.consultant_a)
    assert mail.outbox == []  # nothing at once
    assert len(inbox(tenants.reviewer_a)) == 2  # the inbox has both
    call_command("send_digest", stdout=StringIO())
    [digest] = mail.outbox
    assert digest.to == [tenants.reviewer_a.email]
    assert f"#{first.pk}" in digest.body and f"#{second.pk}" in digest.body
    assert all(link.startswith(SITE) for link in links(digest))
    assert notifications.send_daily_digest() == 0
    assert len(mail.outbox) == 1


def test_kinds_left_out_or_email_off_stay_in_the_inbox_only(
    client, tenants, ready, django_capture_on_commit_callbacks
):
    client.force_login(tenants.reviewer_a)
    client.post(
        reverse("notification_settings"), {"email_kinds": ["deadline"], "email_mode": "immediate"}
    )
    client.force_login(tenants.consultant_a)
    client.post(
        reverse("notification_settings"), {"email_kinds": ["in_review"], "email_mode": "off"}
    )
    case = make_case(tenants.a1, by=tenants.seller_a)
    with django_capture_on_commit_callbacks(execute=True):
        services.transition(case=case, action="submit_for_review", by=tenants.seller_a)
    assert len(inbox(tenants.reviewer_a)) == 1
    assert mail.outbox == []
    assert notifications.send_daily_digest() == 0


def test_the_settings_page_shows_the_saved_choice(client, tenants):
    client.force_login(tenants.seller_a)
    client.post(
        reverse("notification_settings"),
        {"email_kinds": ["changes_requested"], "email_mode": "digest"},
    )
    page = client.get(reverse("notification_settings")).content.decode()
    assert re.search(r'value="digest"[^>]*checked', page)
    assert re.search(r'value="changes_requested"[^>]*checked', page)
    assert not re.search(r'value="in_review"[^>]*checked', page)


def test_the_beat_schedule_runs_reminders_and_the_digest():
    from ungating.celery import app

    tasks = {entry["task"] for entry in app.conf.beat_schedule.values()}
    assert {"cases.send_reminders", "cases.send_daily_digest"} <= tasks


# ---- Links come from SITE_URL ---------------------------------------------------------------


def test_every_email_links_to_the_configured_site(
    client, tenants, ready, django_capture_on_commit_callbacks
):
    from cases.services.workspaces import invite

    case = in_status(make_case(tenants.a1, by=tenants.consultant_a), Status.IN_REVIEW)
    with django_capture_on_commit_callbacks(execute=True):
        services.transition(case=case, action="request_changes", by=tenants.reviewer_a, note="x")
        invite(workspace=tenants.ws_a, email="new@a.test", role="seller", by=tenants.reviewer_a)
    client.post(reverse("password_reset"), {"email": tenants.seller_a.email})
    assert len(mail.outbox) >= 4
    for message in mail.outbox:
        assert links(message), message.subject
        for link in links(message):
            assert link.startswith(SITE + "/"), (message.subject, link)


# ---- Inbox ------------------------------------------------------------------------------


@pytest.fixture
def two_lines(tenants, ready):
    """One notification for A's reviewer, one for B's reviewer."""
    services.transition(
        case=make_case(tenants.a1, by=tenants.consultant_a),
        action="submit_for_review",
        by=tenants.consultant_a,
    )
    services.transition(
        case=make_case(tenants.b1, by=tenants.consultant_b),
        action="submit_for_review",
        by=tenants.consultant_b,
    )
    return inbox(tenants.reviewer_a)[0], inbox(tenants.reviewer_b)[0]


def test_nobody_sees_or_marks_another_persons_notifications(client, tenants, two_lines):
    mine, theirs = two_lines
    client.force_login(tenants.consultant_a)  # same workspace, not the recipient
    page = client.get(reverse("notification_list"))
    assert list(page.context["page"].object_list) == []
    assert client.post(reverse("notification_read", args=[mine.pk])).status_code == 404
    client.force_login(tenants.reviewer_a)
    assert client.post(reverse("notification_read", args=[theirs.pk])).status_code == 404
    client.post(reverse("notification_read_all"))
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_a_person_in_two_workspaces_sees_each_workspaces_lines_there(client, tenants, two_lines):
    MembershipFactory(workspace=tenants.ws_b, user=tenants.reviewer_a, role="reviewer")
    services.transition(
        case=make_case(tenants.b1, by=tenants.consultant_b),
        action="submit_for_review",
        by=tenants.consultant_b,
    )
    client.force_login(tenants.reviewer_a)
    page = client.get(reverse("notification_list"))
    assert [n.workspace_id for n in page.context["page"].object_list] == [tenants.ws_a.pk]
    client.post(reverse("switch_workspace"), {"workspace": tenants.ws_b.pk})
    page = client.get(reverse("notification_list"))
    assert [n.workspace_id for n in page.context["page"].object_list] == [tenants.ws_b.pk]


def test_reading_a_notification_opens_the_case_and_lowers_the_count(client, tenants, two_lines):
    mine, _ = two_lines
    client.force_login(tenants.reviewer_a)
    home = client.get(reverse("home")).content.decode()
    assert re.search(r'id="nav-notifications"[^>]*>[^<]*<span class="badge[^>]*>1<', home)
    response = client.post(reverse("notification_read", args=[mine.pk]), {"open": "1"})
    assert response["Location"] == reverse("case_detail", args=[mine.case_id])
    mine.refresh_from_db()
    assert mine.read_at is not None
    home = client.get(reverse("home")).content.decode()
    assert not re.search(r'id="nav-notifications"[^>]*>[^<]*<span class="badge', home)


def test_the_inbox_lists_newest_first_in_pages(client, tenants, ready):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    for n in range(30):
        Notification.objects.create(
            recipient=tenants.reviewer_a,
            workspace=tenants.ws_a,
            case=case,
            kind=NotificationKind.IN_REVIEW,
            params={"actor": f"person {n}", "account": "Alpha One LLC"},
            created=timezone.now() - timedelta(minutes=30 - n),
        )
    client.force_login(tenants.reviewer_a)
    first = client.get(reverse("notification_list")).context["page"]
    assert first.paginator.count == 30 and len(first.object_list) == 25
    assert first.object_list[0].params["actor"] == "person 29"
    client.post(reverse("notification_read_all"))
    assert Notification.objects.filter(read_at__isnull=True).count() == 0


def test_the_inbox_query_count_is_constant(client, tenants, django_assert_max_num_queries):
    case = make_case(tenants.a1, by=tenants.consultant_a)

    def add(count):
        for _ in range(count):
            Notification.objects.create(
                recipient=tenants.reviewer_a,
                workspace=tenants.ws_a,
                case=case,
                kind=NotificationKind.IN_REVIEW,
                params={"actor": "x", "account": "y"},
            )

    client.force_login(tenants.reviewer_a)
    add(2)
    with django_assert_max_num_queries(8) as small:
        client.get(reverse("notification_list"))
    add(20)
    with django_assert_max_num_queries(8) as large:
        client.get(reverse("notification_list"))
    assert len(large.captured_queries) == len(small.captured_queries)


def test_the_section_is_read_back_in_any_language_offered():
    from django.utils import translation

    from cases.review_notes import read_note
    from cases.workflow import REVIEW_SECTIONS

    label = dict(REVIEW_SECTIONS)["letter"]
    for language in ("en", "fr"):
        with translation.override(language):
            written = f"[{label}] Say why the supplier changed"
        with translation.override("en"):
            note = read_note(written, "gating")
        assert (note.section, note.step, note.text) == (
            "letter",
            "cover_letter",
            "Say why the supplier changed",
        )
    assert read_note("[Not a section] keep it all", "appeal").text == "[Not a section] keep it all"


def test_the_language_chosen_on_the_pages_is_kept_for_the_persons_emails(client, tenants):
    client.force_login(tenants.seller_a)
    client.post(reverse("set_language"), {"language": "fr", "next": "/"})
    tenants.seller_a.refresh_from_db()
    assert tenants.seller_a.language == "fr"
    page = client.get(reverse("notification_settings")).content.decode()
    assert re.search(r'<option value="fr"[^>]*selected', page)
    # The settings page changes it too; a language not offered is refused.
    client.post(
        reverse("notification_settings"),
        {"email_kinds": ["changes_requested"], "email_mode": "immediate", "language": "en"},
    )
    tenants.seller_a.refresh_from_db()
    assert tenants.seller_a.language == "en"
    client.post(reverse("set_language"), {"language": "xx", "next": "/"})
    tenants.seller_a.refresh_from_db()
    assert tenants.seller_a.language == "en"


def test_each_email_is_written_in_its_readers_language_not_the_senders(
    client, tenants, django_capture_on_commit_callbacks
):
    from django.utils import translation

    tenants.seller_a.language = "fr"
    tenants.seller_a.save()
    case = in_status(make_case(tenants.a1, by=tenants.consultant_a), Status.IN_REVIEW)
    client.force_login(tenants.reviewer_a)  # works in English
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("case_transition", args=[case.pk, "request_changes"]),
            {"note": "Use the May invoice", "section": "invoices"},
            HTTP_ACCEPT_LANGUAGE="en",
        )
    [line] = inbox(tenants.seller_a)
    [to_seller] = [m for m in mail.outbox if m.to == [tenants.seller_a.email]]
    with translation.override("fr"):
        in_french = line.text
        opening = translation.gettext("Open it:")
    assert in_french != line.text  # the sentence has its French words
    assert in_french in to_seller.body and opening in to_seller.body
    [to_consultant] = [m for m in mail.outbox if m.to == [tenants.consultant_a.email]]
    assert line.text.split(":")[0].split(" asks")[0] in to_consultant.body
    assert "Open it:" in to_consultant.body


def test_a_person_who_chose_french_finds_the_pages_in_french_after_logging_in(client, tenants):
    from tests.factories import PASSWORD

    tenants.seller_a.language = "fr"
    tenants.seller_a.save()
    response = client.post(
        reverse("login"),
        {"username": tenants.seller_a.email, "password": PASSWORD},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 302
    assert response.cookies["django_language"].value == "fr"
    page = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert page.headers["Content-Language"] == "fr"
