"""Sign-up, invitations and members: how people enter a workspace."""

from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from ..formatting import long_date
from ..models import Invitation, Membership, Role, User, Workspace


class InvitationError(Exception):
    """The invitation cannot be used; the message says why, in the user's words."""


@transaction.atomic
def sign_up(*, workspace_name, email, password, full_name=""):
    """A new workspace with its first reviewer."""
    user = User.objects.create_user(email=email, password=password, full_name=full_name)
    workspace = Workspace.objects.create(name=workspace_name)
    Membership.objects.create(workspace=workspace, user=user, role=Role.REVIEWER)
    return user, workspace


@transaction.atomic
def invite(*, workspace, email, role, seller_accounts=(), by):
    """Create an invitation and e-mail its link. Returns (invitation, link)."""
    token = Invitation.new_token()
    invitation = Invitation.objects.create(
        workspace=workspace,
        email=email.strip().lower(),
        role=role,
        token_hash=Invitation.token_hash_for(token),
        invited_by=by,
        expires_at=timezone.now() + timedelta(days=settings.INVITATION_VALID_DAYS),
    )
    if role == Role.SELLER:
        invitation.seller_accounts.set(seller_accounts)
    link = settings.SITE_URL.rstrip("/") + reverse("invitation_accept", args=[token])
    context = {"invitation": invitation, "link": link, "site_name": settings.SITE_NAME}
    transaction.on_commit(
        lambda: send_mail(
            _("You are invited to %(workspace)s") % {"workspace": workspace.name},
            render_to_string("cases/email/invitation.txt", context),
            settings.DEFAULT_FROM_EMAIL,
            [invitation.email],
        )
    )
    return invitation, link


def find_invitation(token):
    """The invitation for a token, or InvitationError with the reason."""
    invitation = (
        Invitation.objects.select_related("workspace")
        .filter(token_hash=Invitation.token_hash_for(token))
        .first()
    )
    if invitation is None:
        raise InvitationError(_("This invitation link is not valid. Ask for a new one."))
    if invitation.accepted_at:
        raise InvitationError(_("This invitation has already been used. Log in instead."))
    if invitation.revoked_at:
        raise InvitationError(_("This invitation was withdrawn. Ask for a new one."))
    if invitation.is_expired:
        raise InvitationError(
            _("This invitation expired on %(date)s. Ask the workspace for a new one.")
            % {"date": long_date(invitation.expires_at)}
        )
    return invitation


@transaction.atomic
def accept_invitation(*, token, user=None, password=None, full_name=""):
    """Join the invitation's workspace with the invited role, once.

    The workspace, role and grants come only from the stored invitation, never from the
    request. A logged-in user may accept only an invitation sent to their own address.
    The claim is a conditional update, so two clicks at once join once.
    """
    invitation = find_invitation(token)
    if user is None:
        if User.objects.filter(email__iexact=invitation.email).exists():
            raise InvitationError(
                _("An account already exists for %(email)s: log in, then open the link again.")
                % {"email": invitation.email}
            )
        user = User.objects.create_user(
            email=invitation.email, password=password, full_name=full_name
        )
    elif user.email.lower() != invitation.email.lower():
        raise InvitationError(
            _("This invitation was sent to %(email)s. Log out and open the link again.")
            % {"email": invitation.email}
        )
    claimed = Invitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True).update(
        accepted_at=timezone.now(), accepted_by=user
    )
    if not claimed:
        raise InvitationError(_("This invitation has already been used. Log in instead."))
    if Membership.objects.filter(workspace=invitation.workspace, user=user).exists():
        raise InvitationError(_("You are already a member of this workspace."))
    membership = Membership.objects.create(
        workspace=invitation.workspace, user=user, role=invitation.role
    )
    if invitation.role == Role.SELLER:
        membership.seller_accounts.set(invitation.seller_accounts.all())
    return membership


def revoke_invitation(*, invitation):
    Invitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True).update(
        revoked_at=timezone.now()
    )
