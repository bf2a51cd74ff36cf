"""Shared set-up of the bench scripts: a throwaway embedded database in a temporary folder."""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def django_in_tempdir():
    folder = tempfile.mkdtemp(prefix="ungating-bench-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ungating.settings")
    os.environ["VAR_DIR"] = folder
    os.environ.pop("DATABASE_URL", None)
    os.environ.pop("REDIS_URL", None)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return folder


def bench_case(**ungating):
    """A consultant, a seller account and a draft ungating case, for the benches."""
    from cases.models import Membership, SellerAccount, Workspace
    from cases.models.tenancy import User
    from cases.services.cases import create_case

    workspace = Workspace.objects.create(name="Bench agency")
    user = User.objects.create_user(email="bench@example.test", password=None)
    Membership.objects.create(workspace=workspace, user=user, role="consultant")
    account = SellerAccount.objects.create(
        workspace=workspace,
        legal_name="Alpha One LLC",
        address_line1="1 Main Street",
        city="Seattle",
        region="WA",
        postal_code="98101",
        country="US",
        phone="+12065550100",
    )
    case = create_case(seller_account=account, kind="gating", by=user)
    for name, value in ungating.items():
        setattr(case.ungating, name, value)
    case.ungating.save()
    return case, user
