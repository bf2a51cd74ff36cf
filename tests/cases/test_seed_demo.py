import json

from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from cases.models import Case, SellerAccount, User, Workspace


def seed_json(capsys):
    call_command("seed_demo", "--json")
    return json.loads(capsys.readouterr().out)


def test_seed_demo_is_idempotent_and_prints_the_promised_shape(db, capsys):
    first = seed_json(capsys)
    second = seed_json(capsys)
    assert first == second
    assert Workspace.objects.count() == 2 and User.objects.count() == 6
    assert set(first) == {"workspaces", "cases"}
    assert len(first["cases"]) >= 8
    names = {w["name"] for w in first["workspaces"]}
    for case in first["cases"]:
        assert set(case) == {"id", "kind", "workspace", "seller_account"}
        assert case["kind"] in ("gating", "appeal") and case["workspace"] in names
    statuses = set(Case.objects.values_list("status", flat=True))
    assert {"draft", "in_review", "information_requested", "amazon_rejected"} <= statuses
    reapplied = Case.objects.get(attempt=2, workspace__name=first["workspaces"][0]["name"])
    assert reapplied.previous_attempt.status == "amazon_rejected"
    for workspace in first["workspaces"]:
        assert set(workspace) == {"name", "seller_accounts", "users"}
        assert len(workspace["seller_accounts"]) >= 3
        roles = {u["role"]: u for u in workspace["users"]}
        assert set(roles) == {"reviewer", "consultant", "seller"}
        assert len(roles["seller"]["seller_accounts"]) == 1
        assert roles["consultant"]["seller_accounts"] == workspace["seller_accounts"]
        for account in workspace["seller_accounts"]:
            assert SellerAccount.objects.get(legal_name=account).health_snapshots.count() >= 3


def test_every_demo_login_works_and_sees_only_its_accounts(db, capsys):
    summary = seed_json(capsys)
    everyone = {a for w in summary["workspaces"] for a in w["seller_accounts"]}
    for workspace in summary["workspaces"]:
        for user in workspace["users"]:
            client = Client()
            response = client.post(
                reverse("login"), {"username": user["email"], "password": user["password"]}
            )
            assert response.status_code == 302, user["email"]
            page = client.get(reverse("seller_account_list")).content.decode()
            for account in everyone:
                assert (account in page) == (account in user["seller_accounts"]), (user, account)
