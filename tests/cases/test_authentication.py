from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from cases.models import Membership, Role, User
from tests.factories import PASSWORD

# Compares dates with today: CI runs these 90 days ahead too (README, Testing).
pytestmark = pytest.mark.clock


def login(client, email, password, ip="10.0.0.1"):
    return client.post(reverse("login"), {"username": email, "password": password}, REMOTE_ADDR=ip)


@pytest.fixture
def person(tenants):
    return tenants.consultant_a


def test_login_by_email_any_case_lands_on_home(client, person):
    response = login(client, person.email.upper(), PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == reverse("home")


def test_wrong_password_says_so_without_saying_which(client, person):
    response = login(client, person.email, "nope")
    assert "That e-mail and password do not match" in response.content.decode()


def test_session_key_rotates_at_login(client, person):
    client.get(reverse("login"))
    client.session.save()
    before = client.session.session_key
    login(client, person.email, PASSWORD)
    assert client.session.session_key != before


def test_lockout_after_five_failures_for_that_email_and_address_only(settings, person, tenants):
    attacker = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(attacker, person.email, "wrong", ip="10.0.0.9")
    locked = login(attacker, person.email, PASSWORD, ip="10.0.0.9")
    assert locked.status_code == 429
    assert "Too many failed attempts" in locked.content.decode()
    assert SESSION_KEY not in attacker.session
    # The same person from their own address, and a colleague on the shared address, still get in.
    assert login(Client(), person.email, PASSWORD, ip="10.0.0.1").status_code == 302
    assert login(Client(), tenants.reviewer_a.email, PASSWORD, ip="10.0.0.9").status_code == 302
    # After the cool-off the right password works again.
    with time_machine.travel(timezone.now() + settings.AXES_COOLOFF_TIME + timedelta(minutes=1)):
        assert login(Client(), person.email, PASSWORD, ip="10.0.0.9").status_code == 302


def test_password_change_ends_every_session(person):
    first, second = Client(), Client()
    login(first, person.email, PASSWORD)
    login(second, person.email, PASSWORD, ip="10.0.0.2")
    response = first.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "brand-new-passphrase-9",
            "new_password2": "brand-new-passphrase-9",
        },
    )
    assert response.status_code == 302
    assert first.get(reverse("home")).status_code == 302  # this session ended too
    assert second.get(reverse("home")).status_code == 302
    assert login(Client(), person.email, "brand-new-passphrase-9").status_code == 302


def test_logout_makes_the_old_cookie_useless(client, person):
    login(client, person.email, PASSWORD)
    cookie = client.cookies["sessionid"].value
    client.post(reverse("logout"))
    other = Client()
    other.cookies["sessionid"] = cookie
    assert other.get(reverse("home")).status_code == 302


def test_password_reset_does_not_reveal_who_has_an_account(client, person):
    known = client.post(reverse("password_reset"), {"email": person.email})
    unknown = client.post(reverse("password_reset"), {"email": "nobody@nowhere.test"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [person.email]


def test_signup_creates_a_workspace_with_its_reviewer(client, db):
    response = client.post(
        reverse("signup"),
        {
            "workspace_name": "Fresh Agency",
            "full_name": "Ana",
            "email": "Ana@Fresh.test",
            "password": "a-long-passphrase-2026",
        },
    )
    assert response.status_code == 302
    membership = Membership.objects.get(user__email="ana@fresh.test")
    assert membership.role == Role.REVIEWER
    assert membership.workspace.name == "Fresh Agency"


def test_signup_refuses_a_weak_password_and_an_existing_email(client, person):
    response = client.post(
        reverse("signup"),
        {"workspace_name": "X", "full_name": "X", "email": person.email, "password": "123"},
    )
    page = response.content.decode()
    assert "An account with this e-mail exists already" in page
    assert "too short" in page
    assert User.objects.count() == 6


@pytest.mark.parametrize("role", ["reviewer", "consultant", "seller"])
def test_each_role_lands_on_a_page_for_its_role(client, tenants, role):
    client.force_login(tenants.users_of_a()[role])
    page = client.get(reverse("home")).content.decode()
    expected = {
        "reviewer": "As reviewer, you approve packets",
        "consultant": "As consultant, you prepare cases",
        "seller": "Here are your seller accounts",
    }[role]
    assert expected in page
    assert ("Members" in page) == (role == "reviewer")


def test_one_address_trying_many_accounts_is_paused_but_others_are_not(settings, tenants):
    settings.LOGIN_ADDRESS_CEILING = 8
    attacker = Client()
    for n in range(8):
        login(attacker, f"guess{n}@example.test", "wrong", ip="10.9.9.9")
    response = login(Client(), tenants.reviewer_a.email, PASSWORD, ip="10.9.9.9")
    assert response.status_code == 200
    assert "Too many failed logins from your network" in response.content.decode()
    assert login(Client(), tenants.reviewer_a.email, PASSWORD, ip="10.0.0.7").status_code == 302
