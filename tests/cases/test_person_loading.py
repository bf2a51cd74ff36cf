"""The person, their workspaces and their unread count come in one query per request."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cases.middleware import SESSION_KEY, load_person
from cases.models import Case, Membership, Notification
from tests.factories import MembershipFactory, make_case


def unread_badge(response):
    return response.context["unread_notifications"]


def test_the_person_and_their_workspace_cost_one_query(client, tenants):
    client.force_login(tenants.consultant_a)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("notification_list"))
    assert response.context["membership"].workspace == tenants.ws_a
    people = [q["sql"] for q in captured.captured_queries if "cases_user" in q["sql"]]
    assert len(people) == 1, people
    assert "cases_membership" in people[0]


def test_a_person_in_two_workspaces_works_in_the_one_chosen(client, tenants):
    """A consultant of A who is also a reviewer of B: the first joined by default, then
    the one switched to, with that workspace's role and unread count."""
    person = tenants.consultant_a
    MembershipFactory(workspace=tenants.ws_b, user=person, role="reviewer")
    case_b = make_case(tenants.b1, by=tenants.consultant_b)
    Notification.objects.create(
        recipient=person, workspace=tenants.ws_b, case=case_b, kind="review"
    )
    client.force_login(person)

    response = client.get(reverse("home"))
    assert response.context["membership"].workspace == tenants.ws_a
    assert response.context["membership"].role == "consultant"
    assert unread_badge(response) == 0

    client.post(reverse("switch_workspace"), {"workspace": tenants.ws_b.pk})
    response = client.get(reverse("home"))
    assert response.context["membership"].workspace == tenants.ws_b
    assert response.context["membership"].role == "reviewer"
    assert unread_badge(response) == 1
    assert response.context["membership"].user == person


def test_a_workspace_left_falls_back_to_the_first_one(client, tenants):
    person = tenants.consultant_a
    MembershipFactory(workspace=tenants.ws_b, user=person, role="consultant")
    client.force_login(person)
    client.post(reverse("switch_workspace"), {"workspace": tenants.ws_b.pk})
    Membership.objects.filter(user=person, workspace=tenants.ws_b).delete()
    response = client.get(reverse("home"))
    assert response.context["membership"].workspace == tenants.ws_a
    assert client.session[SESSION_KEY] == tenants.ws_b.pk  # kept, but not trusted


def test_a_person_in_no_workspace_is_logged_in_without_one(client, tenants):
    person = tenants.consultant_a
    Membership.objects.filter(user=person).delete()
    client.force_login(person)
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert response.context["membership"] is None
    assert load_person(person.pk).loaded_memberships == []


def test_a_deactivated_person_is_logged_out_on_their_next_page(client, tenants):
    person = tenants.consultant_a
    client.force_login(person)
    assert client.get(reverse("case_list")).status_code == 200
    type(person).objects.filter(pk=person.pk).update(is_active=False)
    response = client.get(reverse("case_list"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_a_changed_password_ends_the_other_sessions(client, tenants):
    person = tenants.consultant_a
    client.force_login(person)
    person.set_password("a-new-password-2026")
    person.save()
    assert client.get(reverse("case_list")).status_code == 302


@pytest.mark.django_db
def test_an_unknown_person_is_none():
    assert load_person(987654321) is None


@pytest.mark.django_db
def test_the_person_read_is_the_person_stored(tenants):
    person = tenants.consultant_a
    person.full_name = "Zoë Ñúñez"
    person.last_login = timezone.now() - timedelta(days=3)
    person.save()
    loaded = load_person(person.pk)
    assert loaded == person
    assert loaded.full_name == "Zoë Ñúñez"
    assert loaded.last_login == person.last_login
    assert loaded.date_joined == person.date_joined
    assert loaded.date_joined.utcoffset() == timedelta(0)
    assert loaded.check_password("irrelevant") is False
    (membership,) = loaded.loaded_memberships
    stored = Membership.objects.get(user=person)
    assert (membership.pk, membership.role, membership.created) == (
        stored.pk,
        stored.role,
        stored.created,
    )
    assert membership.workspace.name == "Agency A"
    assert membership._state.adding is False  # saved objects, as the ORM gives them


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the C loader is psycopg's")
@pytest.mark.django_db
def test_timestamps_come_back_as_stored_in_utc(tenants):
    """Timestamps are read by psycopg's C loader (ungating/postgresql): same instant,
    same tzinfo as Django's own loader, whatever the zone a page is shown in."""
    from ungating.postgresql.base import UTCTimestamptzLoader

    case = make_case(tenants.a1, by=tenants.consultant_a)
    moment = datetime(2026, 3, 29, 1, 30, 15, 123456, tzinfo=UTC)  # Paris changes hour
    Case.objects.filter(pk=case.pk).update(answer_due_at=moment)
    with timezone.override("Europe/Paris"):
        (due,) = Case.objects.filter(pk=case.pk).values_list("answer_due_at", flat=True)
    assert due == moment
    assert due.tzinfo is UTC
    with connection.cursor() as cursor:
        cursor.execute("SELECT NULL::timestamptz, '2026-07-01 12:00:00+02'::timestamptz")
        assert cursor.fetchone() == (None, datetime(2026, 7, 1, 10, 0, tzinfo=UTC))
        loader = cursor.cursor.adapters.get_loader(
            cursor.cursor.adapters.types["timestamptz"].oid, 0
        )
    assert loader is UTCTimestamptzLoader


def test_a_user_loaded_by_another_backend_still_gets_a_workspace(rf, tenants):
    from django.contrib.sessions.backends.db import SessionStore

    from cases.middleware import current_membership

    request = rf.get("/")
    request.session = SessionStore()
    request.user = type(tenants.consultant_a).objects.get(pk=tenants.consultant_a.pk)
    assert current_membership(request).workspace == tenants.ws_a
    request.user.pk = 987654321  # deleted meanwhile: no workspace, no error
    assert current_membership(request) is None
