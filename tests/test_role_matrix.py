"""Role × URL × case status: what each role of the workspace may open, and what it may not.

The URL walk (test_url_walk.py) proves that nothing outside a person's scope is reached;
this table proves the other direction inside the scope: each role gets exactly the pages
and actions it should, whatever the state of the case. A new URL fails here until it has
a row.
"""

import pytest
from django.urls import reverse

from cases.models import Status
from tests.factories import HealthSnapshotFactory, attach_checked_invoice, make_packet
from tests.test_url_walk import PUBLIC, project_urls

ALL = {"reviewer", "consultant", "seller"}
AGENCY = {"reviewer", "consultant"}
REVIEWER = {"reviewer"}

# url name -> (the roles that may open it with GET, how to name its object).
# POST-only views are listed with the roles that may post: see POSTS below.
PAGES = {
    "favicon": (ALL, None),  # public as well (test_url_walk.PUBLIC)
    "password_change": (ALL, None),
    "home": (ALL, None),
    "members": (REVIEWER, None),
    "seller_account_list": (ALL, None),
    "seller_account_create": (AGENCY, None),
    "seller_account_detail": (ALL, "account"),
    "seller_account_edit": (AGENCY, "account"),
    "health_snapshot_create": (ALL, "account"),
    "health_import": (ALL, "account"),
    "health_snapshot_edit": (AGENCY, "snapshot"),
    "seller_account_cases": (ALL, "account"),
    "case_list": (ALL, None),
    "case_export": (ALL, None),
    "case_create": (ALL, None),
    "case_detail": (ALL, "case"),
    "case_wizard": (ALL, "step"),
    "case_review": (ALL, "case"),
    "packet_compare": (ALL, "case"),
    "case_answer": (ALL, "case"),
    "document_detail": (ALL, "use"),
    "document_supplier_create": (ALL, "use"),
    "document_status": (ALL, "use"),
    "document_download": (ALL, "use"),
    "packet_status": (ALL, "packet"),
    "packet_pdf": (ALL, "packet"),
    "review_queue": (REVIEWER, None),
    "supplier_list": (ALL, None),
    "supplier_create": (AGENCY, None),
    "supplier_edit": (AGENCY, "supplier"),
    "notification_list": (ALL, None),
    "notification_settings": (ALL, None),
    "outcome_report": (AGENCY, None),
}
# Views that answer only POST (or whose GET shows nothing) and are not role-gated beyond
# the workflow table and the case's own scope; their refusals are tested with their
# features (test_workflow.py for transitions, test_pipeline.py for documents...).
POST_ONLY = {
    "logout",
    "invitation_revoke",
    "switch_workspace",
    "case_transition",
    "case_reapply",
    "case_comment",
    "case_assign",
    "case_bulk",
    "saved_view_create",
    "saved_view_delete",
    "poa_lint",
    "document_upload",
    "document_correct",
    "document_supplier",
    "document_retry",
    "document_accept",
    "document_remove",
    "document_preview",
    "packet_render",
    "packet_zip",
    "notification_read",
    "notification_read_all",
}
# Role-gated posts: url name -> (roles allowed, object, data).
POSTS = {
    "members": (REVIEWER, None, {"email": "new@a.test", "role": "consultant"}),
    "invitation_revoke": (REVIEWER, "invitation", {}),
    "seller_account_create": (AGENCY, None, {"legal_name": "X"}),
    "seller_account_edit": (AGENCY, "account", {"legal_name": "X"}),
    "health_snapshot_edit": (AGENCY, "snapshot", {"delete": "1"}),
    "supplier_create": (AGENCY, None, {"name": "X"}),
    "supplier_edit": (AGENCY, "supplier", {"name": "X"}),
}


@pytest.fixture
def scene(tenants):
    from cases.services.cases import create_case
    from cases.services.workspaces import invite

    tenants.case = create_case(seller_account=tenants.a1, kind="gating", by=tenants.consultant_a)
    tenants.use = attach_checked_invoice(tenants.case)
    tenants.packet = make_packet(tenants.case)
    tenants.snapshot = HealthSnapshotFactory(seller_account=tenants.a1)
    tenants.invitation, _ = invite(
        workspace=tenants.ws_a, email="someone@a.test", role="consultant", by=tenants.reviewer_a
    )
    return tenants


def kwargs_for(scene, kind):
    return {
        None: {},
        "account": {"pk": scene.a1.pk},
        "snapshot": {"pk": scene.snapshot.pk},
        "case": {"pk": scene.case.pk},
        "step": {"pk": scene.case.pk, "step": "target"},
        "use": {"pk": scene.use.pk},
        "packet": {"pk": scene.packet.pk},
        "supplier": {"pk": scene.use.document.invoice.supplier.pk},
        "invitation": {"pk": scene.invitation.pk},
    }[kind]


def test_every_url_has_a_row():
    for _route, pattern in project_urls():
        if pattern.name in PUBLIC:
            continue
        assert pattern.name in PAGES or pattern.name in POST_ONLY, (
            f"{pattern.name}: say in tests/test_role_matrix.py which roles may open it"
        )


@pytest.mark.parametrize("status", [Status.DRAFT, Status.IN_REVIEW, Status.APPROVED])
@pytest.mark.parametrize("role", sorted(ALL))
def test_each_role_opens_exactly_its_pages(client, scene, role, status):
    type(scene.case).objects.filter(pk=scene.case.pk).update(status=status)
    client.force_login(scene.users_of_a()[role])
    wrong = []
    for name, (allowed, kind) in PAGES.items():
        response = client.get(reverse(name, kwargs=kwargs_for(scene, kind)))
        opened = response.status_code in (200, 302)
        if opened != (role in allowed):
            wrong.append((name, response.status_code))
        if opened and response.status_code == 302:
            assert not response["Location"].startswith(reverse("login")), name
    assert not wrong, f"{role} on a {status} case: {wrong}"


@pytest.mark.parametrize("role", sorted(ALL))
def test_role_gated_posts_are_refused_to_the_other_roles(client, scene, role):
    client.force_login(scene.users_of_a()[role])
    for name, (allowed, kind, data) in POSTS.items():
        response = client.post(reverse(name, kwargs=kwargs_for(scene, kind)), data)
        if role in allowed:
            assert response.status_code != 404, (role, name)
        else:
            assert response.status_code == 404, (role, name, response.status_code)
    if role == "seller":
        scene.a1.refresh_from_db()
        assert scene.a1.legal_name == "Alpha One LLC"
        assert scene.a1.health_snapshots.filter(pk=scene.snapshot.pk).exists()
