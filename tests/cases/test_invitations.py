import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from cases.models import Invitation, Membership, Role, User
from cases.services.workspaces import invite

pytestmark = pytest.mark.clock  # invitations expire relative to today


def token_from_mail():
    match = re.search(r"/invitations/([\w-]+)/", mail.outbox[-1].body)
    return match.group(1)


@pytest.fixture
def reviewer(client, tenants):
    client.force_login(tenants.reviewer_a)
    return client


def test_reviewer_invites_a_seller_who_joins_with_the_granted_account(
    reviewer, client, tenants, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = reviewer.post(
            reverse("members"),
            {
                "email": "New.Seller@Example.test",
                "role": "seller",
                "seller_accounts": [tenants.a2.pk],
            },
        )
    assert response.status_code == 302
    assert mail.outbox[-1].to == ["new.seller@example.test"]
    token = token_from_mail()
    client.logout()
    response = client.post(
        reverse("invitation_accept", args=[token]),
        {"full_name": "New Seller", "password": "a-long-passphrase-2026"},
    )
    assert response.status_code == 302
    membership = Membership.objects.get(user__email="new.seller@example.test")
    assert membership.workspace == tenants.ws_a
    assert membership.role == Role.SELLER
    assert list(membership.seller_accounts.all()) == [tenants.a2]


@pytest.mark.parametrize("days", [7, 3])
def test_members_page_states_the_configured_lifetime_of_an_invitation(reviewer, settings, days):
    settings.INVITATION_VALID_DAYS = days
    response = reviewer.post(
        reverse("members"), {"email": "later@x.test", "role": "consultant"}, follow=True
    )
    assert f"The link works once, for {days} days" in response.content.decode()
    lifetime = Invitation.objects.get(email="later@x.test").expires_at - timezone.now()
    assert timedelta(days=days) - timedelta(minutes=1) < lifetime <= timedelta(days=days)


def test_consultant_cannot_invite(client, tenants):
    client.force_login(tenants.consultant_a)
    assert (
        client.post(reverse("members"), {"email": "x@y.test", "role": "reviewer"}).status_code
        == 404
    )
    assert not Invitation.objects.exists()


def test_granting_an_account_of_another_workspace_is_refused(reviewer, tenants):
    response = reviewer.post(
        reverse("members"),
        {"email": "x@y.test", "role": "seller", "seller_accounts": [tenants.b1.pk]},
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not Invitation.objects.exists()


def test_a_link_works_once(client, tenants):
    _, link = invite(
        workspace=tenants.ws_a, email="once@x.test", role="consultant", by=tenants.reviewer_a
    )
    url = "/" + link.split("/", 3)[3]
    data = {"full_name": "Once", "password": "a-long-passphrase-2026"}
    assert client.post(url, data).status_code == 302
    client.logout()
    response = client.post(url, data)
    assert response.status_code == 410
    assert "already been used" in response.content.decode()
    assert Membership.objects.filter(user__email="once@x.test").count() == 1


def test_an_expired_link_is_refused_with_a_clear_message(client, tenants):
    _, link = invite(
        workspace=tenants.ws_a, email="late@x.test", role="consultant", by=tenants.reviewer_a
    )
    url = "/" + link.split("/", 3)[3]
    with time_machine.travel(timezone.now() + timedelta(days=8)):
        response = client.post(url, {"full_name": "Late", "password": "a-long-passphrase-2026"})
    assert response.status_code == 410
    assert "expired" in response.content.decode()
    assert not User.objects.filter(email="late@x.test").exists()


def test_the_role_posted_is_ignored(client, tenants):
    _, link = invite(
        workspace=tenants.ws_a,
        email="sly@x.test",
        role="seller",
        seller_accounts=[tenants.a1],
        by=tenants.reviewer_a,
    )
    url = "/" + link.split("/", 3)[3]
    client.post(
        url,
        {
            "full_name": "Sly",
            "password": "a-long-passphrase-2026",
            "role": "reviewer",
            "workspace": tenants.ws_b.pk,
        },
    )
    membership = Membership.objects.get(user__email="sly@x.test")
    assert (membership.role, membership.workspace) == (Role.SELLER, tenants.ws_a)


def test_a_link_cannot_be_used_by_another_logged_in_person(client, tenants):
    _, link = invite(
        workspace=tenants.ws_a, email="target@x.test", role="reviewer", by=tenants.reviewer_a
    )
    url = "/" + link.split("/", 3)[3]
    client.force_login(tenants.seller_b)
    response = client.post(url)
    assert "This invitation was sent to target@x.test" in response.content.decode()
    assert not Membership.objects.filter(user=tenants.seller_b, workspace=tenants.ws_a).exists()
    assert Invitation.objects.get(email="target@x.test").accepted_at is None


def test_withdrawn_invitation_no_longer_works(reviewer, client, tenants):
    invitation, link = invite(
        workspace=tenants.ws_a, email="gone@x.test", role="consultant", by=tenants.reviewer_a
    )
    reviewer.post(reverse("invitation_revoke", args=[invitation.pk]))
    reviewer.logout()
    response = client.get("/" + link.split("/", 3)[3])
    assert response.status_code == 410
    assert "withdrawn" in response.content.decode()


def test_only_the_token_hash_is_stored(tenants):
    invitation, link = invite(
        workspace=tenants.ws_a, email="h@x.test", role="consultant", by=tenants.reviewer_a
    )
    token = link.rstrip("/").rsplit("/", 1)[1]
    assert token not in invitation.token_hash
    assert invitation.token_hash == Invitation.token_hash_for(token)
