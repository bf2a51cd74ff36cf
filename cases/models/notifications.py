"""What people are told: an inbox line per event, and how each person wants e-mail."""

from datetime import datetime

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from .case import Case
from .tenancy import Workspace


class NotificationKind(models.TextChoices):
    IN_REVIEW = "in_review", _("A case entered review")
    SELLER_ACTIVITY = "seller_activity", _("A seller uploaded a document or answered")
    CHANGES_REQUESTED = "changes_requested", _("A reviewer asked for changes")
    APPROVED = "approved", _("A reviewer approved a packet")
    DEADLINE = "deadline", _("A deadline within 24 hours")
    DECISION_OVERDUE = "decision_overdue", _("No decision from Amazon after 4 weeks")


class EmailState(models.TextChoices):
    NONE = "none", _("not e-mailed")
    DIGEST = "digest", _("waiting for the daily digest")
    SENT = "sent", _("e-mailed")


class NotificationQuerySet(models.QuerySet):
    def for_inbox(self, membership):
        """A person's own notifications in the workspace they work in, never anyone else's."""
        if membership is None:
            return self.none()
        return self.filter(recipient_id=membership.user_id, workspace_id=membership.workspace_id)

    def unread(self):
        return self.filter(read_at__isnull=True)


class Notification(models.Model):
    """One line of a person's inbox. The text is drawn from kind and params when read, in
    the reader's language; `key` makes a reminder unique per case and deadline."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="+")
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(_("kind"), max_length=30, choices=NotificationKind.choices)
    params = models.JSONField(default=dict, blank=True)
    key = models.CharField(max_length=120, blank=True)
    created = models.DateTimeField(_("when"), default=timezone.now)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    email_state = models.CharField(
        max_length=10, choices=EmailState.choices, default=EmailState.NONE
    )

    objects = NotificationQuerySet.as_manager()

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created", "-pk"]
        indexes = [
            models.Index(fields=["recipient", "workspace", "-created"], name="notification_inbox"),
            # The unread count in the navigation, on every page: a small partial index.
            models.Index(
                fields=["recipient", "workspace"],
                condition=models.Q(read_at__isnull=True),
                name="notification_unread",
            ),
            models.Index(
                fields=["recipient"],
                condition=models.Q(email_state="digest"),
                name="notification_digest",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "key"],
                condition=~models.Q(key=""),
                name="notification_once_per_key",
            )
        ]

    def __str__(self):
        return f"{self.recipient_id} {self.kind} #{self.case_id}"

    @property
    def text(self):
        """The sentence, in the reader's language (user text stays in params, escaped)."""
        p = {"case": self.case_id, "actor": "", "account": "", "note": "", "name": ""}
        p.update(self.params)
        if self.kind == NotificationKind.SELLER_ACTIVITY:
            sentence = ACTIVITY_SENTENCES.get(p.get("what"), ACTIVITY_SENTENCES["action"])
            p["action"] = _action_label(p.get("what", ""))
        elif p.get("supplement"):
            sentence = SUPPLEMENT_SENTENCES[self.kind]
        else:
            sentence = SENTENCES[self.kind]
        if p.get("due"):
            due = timezone.localtime(datetime.fromisoformat(p["due"]))
            p["due"] = formats.date_format(due, "SHORT_DATETIME_FORMAT")
        return str(sentence) % p

    @property
    def path(self):
        """Where the notification leads: the wizard step a request for changes names, or the
        case."""
        if self.params.get("step"):
            return reverse("case_wizard", args=[self.case_id, self.params["step"]])
        return reverse("case_detail", args=[self.case_id])


def _action_label(action):
    from ..workflow import BY_ACTION

    step = BY_ACTION.get(action)
    return step.label if step else action


SENTENCES = {
    NotificationKind.IN_REVIEW: _("%(actor)s sent case #%(case)s (%(account)s) for review."),
    NotificationKind.CHANGES_REQUESTED: _(
        "%(actor)s asks for changes to case #%(case)s (%(account)s): %(note)s"
    ),
    NotificationKind.APPROVED: _(
        "%(actor)s approved the packet of case #%(case)s (%(account)s): submit it to Amazon."
    ),
    NotificationKind.DEADLINE: _(
        "Case #%(case)s (%(account)s): the answer is due %(due)s, within 24 hours."
    ),
    NotificationKind.DECISION_OVERDUE: _(
        "Case #%(case)s (%(account)s) was submitted to Amazon on %(submitted)s and has no "
        "decision after 4 weeks: ask Seller Central support."
    ),
}
# The same events about the supplementary packet that answers Amazon's request.
SUPPLEMENT_SENTENCES = {
    NotificationKind.IN_REVIEW: _(
        "%(actor)s rendered the answer to Amazon's request on case #%(case)s (%(account)s): "
        "it waits for your approval."
    ),
    NotificationKind.CHANGES_REQUESTED: _(
        "%(actor)s asks for changes to the answer to Amazon's request on case #%(case)s "
        "(%(account)s): %(note)s"
    ),
    NotificationKind.APPROVED: _(
        "%(actor)s approved the answer to Amazon's request on case #%(case)s (%(account)s): "
        "send it to Amazon."
    ),
}
ACTIVITY_SENTENCES = {
    "upload": _("%(actor)s added %(name)s to case #%(case)s (%(account)s)."),
    "comment": _("%(actor)s commented on case #%(case)s (%(account)s): %(note)s"),
    "action": _("%(actor)s on case #%(case)s (%(account)s): %(action)s. %(note)s"),
}


class EmailMode(models.TextChoices):
    IMMEDIATE = "immediate", _("At once, one e-mail per event")
    DIGEST = "digest", _("Once a day, in a digest")
    OFF = "off", _("Never (the inbox only)")


def all_kinds():
    return list(NotificationKind.values)


class NotificationPreference(models.Model):
    """How one person wants to hear of events by e-mail; without a row, every kind at once."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preference"
    )
    email_kinds = models.JSONField(_("e-mail me about"), default=all_kinds, blank=True)
    email_mode = models.CharField(
        _("when"), max_length=10, choices=EmailMode.choices, default=EmailMode.IMMEDIATE
    )

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self):
        return f"{self.user_id} {self.email_mode}"

    def delivery(self, kind):
        """How a notification of this kind reaches the person by e-mail."""
        if self.email_mode == EmailMode.OFF or kind not in self.email_kinds:
            return EmailState.NONE
        return EmailState.DIGEST if self.email_mode == EmailMode.DIGEST else EmailState.SENT
