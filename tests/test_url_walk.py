"""Every URL of the project, walked through the resolver (the CISA/18F pattern, extended).

Anonymous visitors are sent to the login page; a URL naming an object of another
workspace (or, for a seller, a seller account not granted) answers 404 for every role.
A new view with an object id in its URL fails here until it has a sample below, and it
passes only if it scopes its object.
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

# Views anyone may open without logging in.
PUBLIC = {
    "login",
    "signup",
    "password_reset",
    "password_reset_done",
    "password_reset_confirm",
    "password_reset_complete",
    "invitation_accept",
    "set_language",
    "favicon",
}

# url name -> kwargs naming an object of workspace B (out of scope for every user of A).
OTHER_WORKSPACE = {
    "seller_account_detail": lambda t: {"pk": t.b1.pk},
    "seller_account_edit": lambda t: {"pk": t.b1.pk},
    "health_snapshot_create": lambda t: {"pk": t.b1.pk},
    "health_import": lambda t: {"pk": t.b1.pk},
    "invitation_revoke": lambda t: {"pk": t.invitation_b.pk},
    "seller_account_cases": lambda t: {"pk": t.b1.pk},
    "health_snapshot_edit": lambda t: {"pk": t.snapshot_b.pk},
    "case_detail": lambda t: {"pk": t.case_b.pk},
    "case_wizard": lambda t: {"pk": t.case_b.pk, "step": "target"},
    "case_transition": lambda t: {"pk": t.case_b.pk, "action": "submit_for_review"},
    "case_reapply": lambda t: {"pk": t.case_b.pk},
    "case_comment": lambda t: {"pk": t.case_b.pk},
    "case_assign": lambda t: {"pk": t.case_b.pk},
    "document_upload": lambda t: {"pk": t.case_b.pk},
    "document_detail": lambda t: {"pk": t.use_b.pk},
    "document_status": lambda t: {"pk": t.use_b.pk},
    "document_correct": lambda t: {"pk": t.use_b.pk},
    "document_supplier": lambda t: {"pk": t.use_b.pk},
    "document_supplier_create": lambda t: {"pk": t.use_b.pk},
    "document_retry": lambda t: {"pk": t.use_b.pk},
    "document_accept": lambda t: {"pk": t.use_b.pk},
    "document_remove": lambda t: {"pk": t.use_b.pk},
    "document_download": lambda t: {"pk": t.use_b.pk},
    "document_preview": lambda t: {"pk": t.use_b.pk},
    "supplier_edit": lambda t: {"pk": t.supplier_b.pk},
    "packet_render": lambda t: {"pk": t.case_b.pk},
    "poa_lint": lambda t: {"pk": t.case_b.pk},
    "case_review": lambda t: {"pk": t.case_b.pk},
    "packet_compare": lambda t: {"pk": t.case_b.pk},
    "case_answer": lambda t: {"pk": t.case_b.pk},
    "packet_status": lambda t: {"pk": t.packet_b.pk},
    "packet_pdf": lambda t: {"pk": t.packet_b.pk},
    "packet_zip": lambda t: {"pk": t.packet_b.pk},
    "notification_read": lambda t: {"pk": _notification_for(t.reviewer_b, t.case_b).pk},
    "saved_view_delete": lambda t: {"pk": _saved_view_of(t.consultant_b, t.ws_b).pk},
}

# url name -> kwargs naming an object of workspace A that A's seller was not granted.
NOT_GRANTED = {
    "seller_account_detail": lambda t: {"pk": t.a2.pk},
    "seller_account_edit": lambda t: {"pk": t.a2.pk},
    "health_snapshot_create": lambda t: {"pk": t.a2.pk},
    "health_import": lambda t: {"pk": t.a2.pk},
    "seller_account_cases": lambda t: {"pk": t.a2.pk},
    "health_snapshot_edit": lambda t: {"pk": t.snapshot_a2.pk},
    "case_detail": lambda t: {"pk": t.case_a2.pk},
    "case_wizard": lambda t: {"pk": t.case_a2.pk, "step": "target"},
    "case_transition": lambda t: {"pk": t.case_a2.pk, "action": "submit_for_review"},
    "case_reapply": lambda t: {"pk": t.case_a2.pk},
    "case_comment": lambda t: {"pk": t.case_a2.pk},
    "case_assign": lambda t: {"pk": t.case_a2.pk},
    "document_upload": lambda t: {"pk": t.case_a2.pk},
    "packet_render": lambda t: {"pk": t.case_a2.pk},
    "poa_lint": lambda t: {"pk": t.case_a2.pk},
    "case_review": lambda t: {"pk": t.case_a2.pk},
    "packet_compare": lambda t: {"pk": t.case_a2.pk},
    "case_answer": lambda t: {"pk": t.case_a2.pk},
    "packet_status": lambda t: {"pk": t.packet_a2.pk},
    "packet_pdf": lambda t: {"pk": t.packet_a2.pk},
    "packet_zip": lambda t: {"pk": t.packet_a2.pk},
    "document_detail": lambda t: {"pk": t.use_a2.pk},
    "document_status": lambda t: {"pk": t.use_a2.pk},
    "document_correct": lambda t: {"pk": t.use_a2.pk},
    "document_supplier": lambda t: {"pk": t.use_a2.pk},
    "document_supplier_create": lambda t: {"pk": t.use_a2.pk},
    "document_retry": lambda t: {"pk": t.use_a2.pk},
    "document_accept": lambda t: {"pk": t.use_a2.pk},
    "document_remove": lambda t: {"pk": t.use_a2.pk},
    "document_download": lambda t: {"pk": t.use_a2.pk},
    "document_preview": lambda t: {"pk": t.use_a2.pk},
    # Another person's line in the same workspace: the consultant's, never the seller's.
    "notification_read": lambda t: {"pk": _notification_for(t.consultant_a, t.case_a2).pk},
    "saved_view_delete": lambda t: {"pk": _saved_view_of(t.consultant_a, t.ws_a).pk},
}


def _notification_for(person, case):
    """A line of another workspace's inbox (cases/models/notifications.py)."""
    from cases.models import Notification

    return Notification.objects.create(
        recipient=person, workspace=case.workspace, case=case, kind="in_review"
    )


def _saved_view_of(person, workspace):
    """Someone else's saved view of the case list (cases/models/desk.py)."""
    from cases.models import SavedView

    return SavedView.objects.create(
        membership=person.memberships.get(workspace=workspace), name="Mine", query="due=48h"
    )


def walk(patterns, prefix=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace == "admin":
                continue  # Django's admin has its own staff checks (test_admin_access).
            yield from walk(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry


def project_urls():
    return list(walk(get_resolver().url_patterns))


def test_every_view_is_named_and_has_a_sample():
    for route, pattern in project_urls():
        assert pattern.name, f"{route} has no name: name it so the walk can reverse it"
        if pattern.pattern.converters and pattern.name not in PUBLIC:
            assert pattern.name in OTHER_WORKSPACE, (
                f"{pattern.name} takes {list(pattern.pattern.converters)}: add a sample "
                "object of another workspace to OTHER_WORKSPACE in tests/test_url_walk.py"
            )


@pytest.fixture
def walk_tenants(tenants):
    from cases.services.cases import create_case
    from cases.services.workspaces import invite
    from tests.factories import HealthSnapshotFactory, attach_checked_invoice, make_packet

    tenants.invitation_b, _ = invite(
        workspace=tenants.ws_b, email="new@b.test", role="consultant", by=tenants.reviewer_b
    )
    tenants.case_b = create_case(seller_account=tenants.b1, kind="gating", by=tenants.consultant_b)
    tenants.case_a2 = create_case(seller_account=tenants.a2, kind="gating", by=tenants.consultant_a)
    tenants.use_b = attach_checked_invoice(tenants.case_b)
    tenants.use_a2 = attach_checked_invoice(tenants.case_a2)
    tenants.supplier_b = tenants.use_b.document.invoice.supplier
    tenants.packet_b = make_packet(tenants.case_b)
    tenants.snapshot_b = HealthSnapshotFactory(seller_account=tenants.b1)
    tenants.snapshot_a2 = HealthSnapshotFactory(seller_account=tenants.a2)
    tenants.packet_a2 = make_packet(tenants.case_a2)
    return tenants


def test_anonymous_is_sent_to_login_everywhere(client, walk_tenants):
    for _route, pattern in project_urls():
        if pattern.name in PUBLIC:
            continue
        kwargs = OTHER_WORKSPACE[pattern.name](walk_tenants) if pattern.pattern.converters else {}
        url = reverse(pattern.name, kwargs=kwargs)
        for method in ("get", "post"):
            response = getattr(client, method)(url)
            assert response.status_code == 302, (pattern.name, method, response.status_code)
            assert response["Location"].startswith(reverse("login")), pattern.name


def _assert_out_of_scope(client, user, name, kwargs):
    client.force_login(user)
    url = reverse(name, kwargs=kwargs)
    for method in ("get", "post"):
        response = getattr(client, method)(url)
        # 405 answers a wrong method before any object is read; it reveals nothing.
        assert response.status_code in (404, 405), (name, method, user.email, response.status_code)
        if response.status_code == 405:
            assert method == "get", f"{name} refuses POST without scoping first"


@pytest.mark.parametrize("role", ["reviewer", "consultant", "seller"])
def test_objects_of_another_workspace_answer_404(client, walk_tenants, role):
    user = walk_tenants.users_of_a()[role]
    for name, sample in OTHER_WORKSPACE.items():
        _assert_out_of_scope(client, user, name, sample(walk_tenants))


def test_seller_gets_404_for_an_account_of_the_agency_not_granted(client, walk_tenants):
    for name, sample in NOT_GRANTED.items():
        _assert_out_of_scope(client, walk_tenants.seller_a, name, sample(walk_tenants))


def test_in_scope_objects_open_for_the_agency(client, walk_tenants):
    """The walk would pass trivially if everything answered 404: check the other side."""
    client.force_login(walk_tenants.consultant_a)
    for name in ("seller_account_detail", "seller_account_edit", "health_snapshot_create"):
        response = client.get(reverse(name, kwargs={"pk": walk_tenants.a2.pk}))
        assert response.status_code == 200, name
    for name, kwargs in NOT_GRANTED.items():
        if name in (
            "case_detail",
            "case_wizard",
            "case_review",
            "packet_compare",
            "case_answer",
            "document_detail",
            "document_download",
            "packet_status",
        ):
            response = client.get(reverse(name, kwargs=kwargs(walk_tenants)))
            assert response.status_code == 200, name


def test_admin_is_for_operators_only(client, tenants):
    client.force_login(tenants.reviewer_a)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_every_post_needs_the_csrf_token(walk_tenants):
    """A forged form from another site is refused on every URL, uploads and htmx included."""
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(walk_tenants.consultant_a)
    for _route, pattern in project_urls():
        if pattern.name in ("login", "logout", "set_language") or pattern.name in PUBLIC:
            continue
        # Objects of the consultant's own workspace: only the missing token can refuse them.
        kwargs = NOT_GRANTED[pattern.name](walk_tenants) if pattern.name in NOT_GRANTED else {}
        if pattern.pattern.converters and not kwargs:
            continue
        response = client.post(reverse(pattern.name, kwargs=kwargs), {"note": "x"})
        assert response.status_code in (403, 405), (pattern.name, response.status_code)
