"""E-mails people receive when a reviewer decides (console backend by default)."""

from django.conf import settings
from django.core.mail import send_mass_mail
from django.urls import reverse
from django.utils.translation import gettext as _

from ..models import Membership, Role


def recipients(case):
    """The sellers granted the account, the assignee and the person who created the case."""
    emails = set(
        Membership.objects.filter(
            workspace=case.workspace, role=Role.SELLER, seller_accounts=case.seller_account
        ).values_list("user__email", flat=True)
    )
    for person in (case.assignee, case.created_by):
        if person is not None:
            emails.add(person.email)
    return sorted(emails)


def notify_decision(case, action, note, by):
    link = settings.SITE_URL.rstrip("/") + reverse("case_detail", args=[case.pk])
    if action == "approve":
        subject = _("Case %(n)s approved: ready to submit to Amazon") % {"n": case.pk}
        body = _(
            "%(reviewer)s approved the packet of case %(n)s (%(account)s).\n\nSubmit the files of "
            "the submission set to Seller Central, then mark the case as submitted:\n%(link)s\n"
        )
    else:
        subject = _("Case %(n)s: changes requested") % {"n": case.pk}
        body = _(
            "%(reviewer)s asks for changes to case %(n)s (%(account)s):\n\n%(note)s\n\n%(link)s\n"
        )
    text = body % {
        "reviewer": by,
        "n": case.pk,
        "account": case.seller_account.legal_name,
        "note": note,
        "link": link,
    }
    messages = [(subject, text, settings.DEFAULT_FROM_EMAIL, [email]) for email in recipients(case)]
    if messages:
        send_mass_mail(messages, fail_silently=True)
