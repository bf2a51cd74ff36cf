"""Who is told of what: the one place that writes inbox lines and sends e-mail.

The services that change a case call the `on_...` functions below inside their
transaction; the rows are written with the change (or not at all), and the e-mails of
people who want them at once go after the commit. Each person chooses by kind of event
and between immediate e-mail and a daily digest (`NotificationPreference`); the inbox
always gets the line. Every link in an e-mail starts with settings.SITE_URL.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from ..models import (
    Case,
    EmailState,
    Membership,
    Notification,
    NotificationKind,
    NotificationPreference,
    Role,
    Status,
    User,
)
from ..review_notes import read_note

log = logging.getLogger(__name__)

# Amazon decides in 1 to 4 weeks (docs/domain.md, Ungating step 4): past that, ask.
DECISION_EXPECTED_WITHIN = timedelta(weeks=4)
# Amazon's information requests are answered within 24 hours (docs/domain.md).
REMINDER_BEFORE = timedelta(hours=24)
NOTE_LENGTH = 500  # what an inbox line quotes of a note


def site_link(path):
    """An absolute link for an e-mail: the configured site address, never the request's."""
    return settings.SITE_URL.rstrip("/") + path


# ---- Who ---------------------------------------------------------------------------------


def recipients(case):
    """The sellers granted the account, the assignee and the person who created the case."""
    people = {
        m.user
        for m in Membership.objects.filter(
            workspace=case.workspace, role=Role.SELLER, seller_accounts=case.seller_account
        ).select_related("user")
    }
    for person in (case.assignee, case.created_by):
        if person is not None:
            people.add(person)
    return people


def reviewers(case):
    return set(
        User.objects.filter(
            memberships__workspace=case.workspace, memberships__role=Role.REVIEWER, is_active=True
        )
    )


def agency_contact(case):
    """The assignee; a case nobody is assigned to reaches the workspace's reviewers."""
    return {case.assignee} if case.assignee_id else reviewers(case)


def _is_seller(user, case):
    from ..scoping import membership_for

    membership = membership_for(user, case.workspace)
    return membership is not None and membership.role == Role.SELLER


# ---- Writing the inbox lines ---------------------------------------------------------------


def notify(*, kind, case, people, actor=None, key="", **params):
    """One inbox line per person (never the one who acted); returns the lines written.

    With a `key`, a person gets the line once only (a reminder per case and deadline): a
    second run finds it and writes nothing.
    """
    people = {p.pk: p for p in people if p is not None and p.is_active and p != actor}
    if not people:
        return []
    preferences = {
        p.user_id: p for p in NotificationPreference.objects.filter(user_id__in=list(people))
    }
    params = {
        "actor": str(actor) if actor else "",
        "account": case.seller_account.legal_name,
        **params,
    }
    written = []
    for person in people.values():
        preference = preferences.get(person.pk) or NotificationPreference(user=person)
        values = {
            "workspace_id": case.workspace_id,
            "case": case,
            "kind": kind,
            "params": params,
            "email_state": preference.delivery(kind),
        }
        if key:
            line, created = Notification.objects.get_or_create(
                recipient=person, key=key, defaults=values
            )
            if not created:
                continue
        else:
            line = Notification.objects.create(recipient=person, **values)
        written.append(line)
    now = [line.pk for line in written if line.email_state == EmailState.SENT]
    if now:
        transaction.on_commit(lambda: send_now(now))
    return written


def on_transition(*, case, action, note, by):
    """Called by services.cases.transition once the case has moved."""
    if action == "submit_for_review":
        notify(kind=NotificationKind.IN_REVIEW, case=case, people=reviewers(case), actor=by)
    elif action == "request_changes":
        review = read_note(note, case.kind)
        notify(
            kind=NotificationKind.CHANGES_REQUESTED,
            case=case,
            people=recipients(case),
            actor=by,
            note=review.text[:NOTE_LENGTH],
            section=review.section,
            step=review.step,
        )
    elif action == "approve":
        notify(kind=NotificationKind.APPROVED, case=case, people=recipients(case), actor=by)
    elif action == "approve_supplement":
        notify(
            kind=NotificationKind.APPROVED,
            case=case,
            people=recipients(case),
            actor=by,
            supplement=True,
        )
    elif action == "request_supplement_changes":
        notify(
            kind=NotificationKind.CHANGES_REQUESTED,
            case=case,
            people=recipients(case),
            actor=by,
            note=(note or "")[:NOTE_LENGTH],
            supplement=True,
        )
    elif _is_seller(by, case):
        on_seller_activity(case=case, by=by, what=action, note=note)


def on_return_to_review(*, case, by):
    """A packet re-rendered after approval: the reviewers must look again."""
    notify(kind=NotificationKind.IN_REVIEW, case=case, people=reviewers(case), actor=by)


def on_supplement_rendered(*, case, by):
    """The answer to Amazon's request is rendered: it waits for a reviewer's approval."""
    notify(
        kind=NotificationKind.IN_REVIEW,
        case=case,
        people=reviewers(case),
        actor=by,
        supplement=True,
    )


def on_seller_activity(*, case, by, what, name="", note=""):
    """A seller uploaded a document, commented or answered: tell whoever works the case."""
    if not _is_seller(by, case):
        return []
    return notify(
        kind=NotificationKind.SELLER_ACTIVITY,
        case=case,
        people=agency_contact(case),
        actor=by,
        what=what,
        name=name,
        note=(note or "")[:NOTE_LENGTH],
    )


# ---- The reader's side ---------------------------------------------------------------------


def mark_read(lines):
    """Mark the given inbox lines (a queryset already scoped to the reader) read."""
    return lines.filter(read_at__isnull=True).update(read_at=timezone.now())


def preference_of(user):
    return NotificationPreference.objects.filter(user=user).first() or NotificationPreference(
        user=user
    )


def save_preference(*, user, email_kinds, email_mode, language=None):
    NotificationPreference.objects.update_or_create(
        user=user, defaults={"email_kinds": list(email_kinds), "email_mode": email_mode}
    )
    if language is not None and language != user.language:
        user.language = language
        user.save(update_fields=["language"])


# ---- Periodic reminders ---------------------------------------------------------------------


def send_deadline_reminders(now=None):
    """Open cases due within 24 hours: one reminder per person, case and deadline."""
    now = now or timezone.now()
    due = (
        Case.objects.due_within(REMINDER_BEFORE.total_seconds() / 3600, now=now)
        .select_related("seller_account", "workspace", "assignee", "created_by")
        .order_by("answer_due_at")
    )
    written = 0
    for case in due:
        with transaction.atomic():
            written += len(
                notify(
                    kind=NotificationKind.DEADLINE,
                    case=case,
                    people=recipients(case),
                    key=f"deadline:{case.pk}:{case.answer_due_at.isoformat()}",
                    due=case.answer_due_at.isoformat(),
                )
            )
    return written


def flag_overdue_decisions(now=None):
    """Cases submitted 4 weeks ago or more and still without Amazon's decision."""
    now = now or timezone.now()
    waiting = Case.objects.filter(
        status__in=(Status.SUBMITTED, Status.INFORMATION_REQUESTED),
        submitted_at__lte=now - DECISION_EXPECTED_WITHIN,
    ).select_related("seller_account", "workspace", "assignee")
    written = 0
    for case in waiting:
        with transaction.atomic():
            written += len(
                notify(
                    kind=NotificationKind.DECISION_OVERDUE,
                    case=case,
                    people=agency_contact(case),
                    key=f"decision:{case.pk}:{case.submitted_at.isoformat()}",
                    submitted=timezone.localdate(case.submitted_at).isoformat(),
                )
            )
    return written


# ---- E-mail -----------------------------------------------------------------------------


def _message(subject_template, body_template, context, to):
    """An e-mail to a person, in their language, whoever's action or worker sends it."""
    with translation.override(to.language or settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string(subject_template, context).split())
        body = render_to_string(body_template, context)
    return EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [to.email])


def send_now(ids):
    """E-mail the lines of people who want each event at once."""
    lines = Notification.objects.filter(pk__in=ids).select_related("recipient")
    settings_link = site_link(reverse("notification_settings"))
    messages = [
        _message(
            "cases/email/notification_subject.txt",
            "cases/email/notification.txt",
            {
                "notification": line,
                "link": site_link(line.path),
                "settings_link": settings_link,
                "site_name": settings.SITE_NAME,
            },
            line.recipient,
        )
        for line in lines
    ]
    _deliver(messages)


def send_daily_digest():
    """One e-mail per person holding lines for the digest; each line is claimed before it
    is sent, so a second run (or two workers) sends nothing twice."""
    pending = Notification.objects.filter(email_state=EmailState.DIGEST)
    sent = 0
    for recipient_id in (
        pending.order_by("recipient_id").values_list("recipient_id", flat=True).distinct()
    ):
        ids = list(pending.filter(recipient_id=recipient_id).values_list("pk", flat=True))
        claimed = Notification.objects.filter(pk__in=ids, email_state=EmailState.DIGEST).update(
            email_state=EmailState.SENT
        )
        if not claimed:
            continue
        lines = list(
            Notification.objects.filter(pk__in=ids)
            .select_related("recipient")
            .order_by("created", "pk")
        )
        context = {
            "lines": [(line, site_link(line.path)) for line in lines],
            "inbox": site_link(reverse("notification_list")),
            "settings_link": site_link(reverse("notification_settings")),
            "site_name": settings.SITE_NAME,
        }
        _deliver(
            [
                _message(
                    "cases/email/digest_subject.txt",
                    "cases/email/digest.txt",
                    context,
                    lines[0].recipient,
                )
            ]
        )
        sent += 1
    return sent


def _deliver(messages):
    if not messages:
        return
    try:
        get_connection().send_messages(messages)
    except Exception:  # noqa: BLE001 — a mail server down must not undo the change made
        log.exception("Could not send %s notification e-mails", len(messages))
