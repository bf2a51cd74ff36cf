"""Demo data for `manage.py seed_demo`: two independent workspaces, idempotent."""

from datetime import date, timedelta
from decimal import Decimal

from django.db import transaction

from cases.catalog import ensure_catalog
from cases.models import (
    Case,
    GatedCategory,
    HealthSnapshot,
    Membership,
    Role,
    SellerAccount,
    User,
    Workspace,
)

DEMO_PASSWORD = "demo-pass-2026"  # noqa: S105 (published in the README on purpose)

WORKSPACES = [
    {
        "name": "Northwind Ungating Agency",
        "domain": "northwind.example",
        "accounts": [
            (
                "Maple Leaf Trading LLC",
                "Maple Leaf Goods",
                "US",
                "+12065550100",
                "Seattle",
                "WA",
                "98101",
            ),
            (
                "Harbor Health Supplies Inc.",
                "Harbor Health",
                "US",
                "+13105550142",
                "Los Angeles",
                "CA",
                "90012",
            ),
            (
                "Greenfield Pantry Co.",
                "Greenfield Pantry",
                "US",
                "+16175550188",
                "Boston",
                "MA",
                "02108",
            ),
        ],
    },
    {
        "name": "Atelier Conseil Marketplace",
        "domain": "atelier.example",
        "accounts": [
            ("Belle Peau SARL", "Belle Peau", "FR", "+33142685300", "Paris", "", "75002"),
            (
                "Epicerie Fine Durand SAS",
                "Durand Gourmet",
                "FR",
                "+33478425000",
                "Lyon",
                "",
                "69002",
            ),
            ("Bijoux Riviera EURL", "Riviera Bijoux", "FR", "+33493870000", "Nice", "", "06000"),
        ],
    },
]
MONTHS_OF_HEALTH = 6


def _user(email, full_name):
    user, created = User.objects.get_or_create(email=email, defaults={"full_name": full_name})
    if created or not user.check_password(DEMO_PASSWORD):
        user.set_password(DEMO_PASSWORD)
        user.save()
    return user


def _health(account, index):
    """Monthly snapshots; the second account of each workspace is weak, the others healthy."""
    weak = index == 1
    today = date.today()
    for month in range(MONTHS_OF_HEALTH):
        day = today - timedelta(days=30 * (MONTHS_OF_HEALTH - 1 - month))
        drift = Decimal(month) / 10
        HealthSnapshot.objects.update_or_create(
            seller_account=account,
            date=day,
            defaults={
                "order_defect_rate": (Decimal("1.6") - drift) if weak else Decimal("0.40"),
                "late_shipment_rate": Decimal("4.8") - drift if weak else Decimal("1.2"),
                "pre_fulfillment_cancel_rate": Decimal("0.8"),
                "valid_tracking_rate": Decimal("97.5"),
                "positive_feedback": Decimal("95") + drift if weak else Decimal("99"),
                "feedback_count": 120 + 15 * month,
                "average_response_hours": Decimal("30") if weak else Decimal("9.5"),
                "return_rate": Decimal("2.1"),
                "policy_violations": 1 if weak else 0,
            },
        )


def _account(workspace, spec):
    legal_name, store, country, phone, city, region, postal = spec
    account, _ = SellerAccount.objects.update_or_create(
        workspace=workspace,
        legal_name=legal_name,
        defaults={
            "store_name": store,
            "address_line1": "12 Harbor Street" if country == "US" else "12 rue de la Paix",
            "city": city,
            "region": region,
            "postal_code": postal,
            "country": country,
            "phone": phone,
            "email": "contact@" + store.lower().replace(" ", "") + ".example",
            "merchant_token": "A"
            + (legal_name.upper().replace(" ", "") + "X" * 12)[:12]
            .replace(".", "Q")
            .replace(",", "Q"),
            "marketplaces": ["amazon.com", "amazon.ca"]
            if country == "US"
            else ["amazon.fr", "amazon.de"],
        },
    )
    return account


@transaction.atomic
def seed():
    """Create or refresh the demo data; returns the summary `seed_demo --json` prints."""
    summary = {"workspaces": [], "cases": []}
    ensure_catalog()
    for spec in WORKSPACES:
        workspace, _ = Workspace.objects.get_or_create(name=spec["name"])
        accounts = [_account(workspace, a) for a in spec["accounts"]]
        for index, account in enumerate(accounts):
            _health(account, index)
        users, by_role = [], {}
        for role in (Role.REVIEWER, Role.CONSULTANT, Role.SELLER):
            email = f"{role}@{spec['domain']}"
            user = _user(email, f"{role.label} ({spec['name'].split()[0]})")
            membership, _ = Membership.objects.update_or_create(
                workspace=workspace, user=user, defaults={"role": role}
            )
            by_role[role] = user
            granted = accounts if role != Role.SELLER else accounts[:1]
            if role == Role.SELLER:
                membership.seller_accounts.set(granted)
            users.append(
                {
                    "role": str(role),
                    "email": email,
                    "password": DEMO_PASSWORD,
                    "seller_accounts": [a.legal_name for a in granted],
                }
            )
        summary["cases"].extend(_cases(workspace, accounts, by_role))
        summary["workspaces"].append(
            {
                "name": workspace.name,
                "seller_accounts": [a.legal_name for a in accounts],
                "users": users,
            }
        )
    return summary


# What the demo reviewer writes when the rules still show a blocker at approval.
APPROVAL = "Invoices confirmed with the supplier by phone; packet read in full."
# (seller account index, category, brand, path of actions from draft) for each demo case.
DEMO_CASES = [
    (0, "Beauty", "", []),
    # The second account's health is below target: its case stays a draft until it improves.
    (1, "Grocery & Gourmet", "", []),
    (2, "Grocery & Gourmet", "", ["submit_for_review"]),
    (
        2,
        "",
        "Lumina Naturals",
        ["submit_for_review", "approve", "mark_submitted", "record_information_request"],
    ),
    (0, "Topicals", "", ["submit_for_review", "approve", "mark_submitted", "record_rejection"]),
]


def _run(case, actions, people):
    """Walk a demo case through the workflow with the real service (history included)."""
    from cases.services import cases as services
    from documents.packets.service import latest_done, render_now

    for action in actions:
        if action == "submit_for_review":
            # The reviewer finds a packet to read, as after a real submission.
            render_now(case=case, by=people[Role.CONSULTANT])
        actor = people[Role.REVIEWER] if action == "approve" else people[Role.CONSULTANT]
        if action == "record_rejection":
            services.record_rejection(
                case=case,
                reasons=["invoices", "business_mismatch"],
                feedback="The supplier could not be reached to confirm the invoices; the address "
                "on the invoices does not match the address in Seller Central.",
                by=actor,
            )
        elif action == "approve":
            # The reviewer approves the version rendered above, as the review page posts it.
            services.transition(
                case=case, action=action, by=actor, version=latest_done(case).pk, note=APPROVAL
            )
        else:
            services.transition(
                case=case,
                action=action,
                by=actor,
                note="Please send the letter of authorization from the brand."
                if action == "record_information_request"
                else "",
            )


def _cases(workspace, accounts, people):
    """Demo cases in several states, a rejected attempt and its re-application included."""
    from cases.services import cases as services

    cases = list(Case.objects.filter(workspace=workspace).select_related("seller_account"))
    if not cases:
        supplier = _supplier(workspace)
        for index, category, brand, actions in DEMO_CASES:
            case = services.create_case(
                seller_account=accounts[index], kind="gating", by=people[Role.CONSULTANT]
            )
            request = case.ungating
            request.marketplace = accounts[index].marketplaces[0]
            if category:
                request.target_type = "category"
                request.category = GatedCategory.objects.get(name=category, parent=None)
            else:
                request.target_type, request.brand = "brand", brand
            request.cover_letter = COVER_LETTER.format(name=accounts[index].legal_name)
            request.return_policy = (
                "Returns accepted within 30 days; refunds issued within 48 hours."
            )
            request.support_response_hours = Decimal("6")
            request.support_resolution_rate = Decimal("97")
            request.save()
            case.business_confirmed_at = case.created
            case.save(update_fields=["business_confirmed_at"])
            _attach_invoices(case, accounts[index], supplier, people[Role.CONSULTANT])
            _run(case, actions, people)
            if actions and actions[-1] == "record_rejection":
                services.reapply(case=case, by=people[Role.CONSULTANT])
        _appeal_case(accounts[1], supplier, people)
        cases = list(Case.objects.filter(workspace=workspace).select_related("seller_account"))
    return [
        {
            "id": case.pk,
            "kind": case.kind,
            "workspace": workspace.name,
            "seller_account": case.seller_account.legal_name,
        }
        for case in sorted(cases, key=lambda c: c.pk)
    ]


COVER_LETTER = (
    "Dear Amazon Seller Performance team,\n\n{name} requests approval to sell in this "
    "category. We have sold health and beauty products online for four years, buying "
    "directly from authorized distributors and keeping every invoice. Our supplier has agreed "
    "to confirm these purchases if Amazon contacts them. Every unit is inspected on receipt, "
    "stored in its original packaging and sold as new only when sealed. We answer customer "
    "messages within six hours and resolve nearly every request. Thank you for reviewing our "
    "application.\n\n{name}"
)


def _supplier(workspace):
    from datetime import date

    from documents.models import Supplier

    supplier, _ = Supplier.objects.get_or_create(
        workspace=workspace,
        name="Pacific Beauty Distribution Inc.",
        defaults={
            "kind": "distributor",
            "address": "400 Commerce Way\nReno, NV 89502\nUS",
            "phone": "+1 775 555 0190",
            "email": "orders@pacificbeauty.example",
            "website": "www.pacificbeauty.example",
            "brands": "Lumina Naturals, Aloe Pure",
            "confirmation_agreed_on": date.today(),
        },
    )
    return supplier


def _attach_invoices(case, account, supplier, by):
    """Two generated invoices (40 and 80 days old, inside every category's window)."""
    from django.core.files.base import ContentFile

    from documents import pipeline
    from documents.demo_invoices import invoice_pdf
    from documents.services import attach_upload

    for number, days_ago in ((1, 40), (2, 80)):
        data = invoice_pdf(
            account=account,
            supplier=supplier,
            number=f"PBD-{case.pk:04d}-{number}",
            days_ago=days_ago,
            lines=[
                ("Lumina Naturals serum 30 ml", "B0LUMINA01", 24, "8.50"),
                ("Aloe Pure gel 200 ml", "B0ALOEPU02", 12, "4.20"),
            ],
            language="fr" if account.country == "FR" else "en",
        )
        use = attach_upload(
            case=case,
            uploaded=ContentFile(data, name=f"invoice-{number}.pdf"),
            purpose="invoice",
            by=by,
        )
        invoice = use.document.invoice
        invoice.supplier = supplier
        invoice.save(update_fields=["supplier"])
        # Checked now, as a worker would: a case is never submitted while checks run.
        pipeline.run(use.pk)


def _appeal_case(account, supplier, people):
    """An appeal read from a realistic notice, its plan written, its evidence attached."""
    from datetime import timedelta

    from django.utils import timezone

    from cases.appeals import parse_notice
    from cases.demo_appeal import NOTICE, PLAN
    from cases.services import cases as services

    case = services.create_case(seller_account=account, kind="appeal", by=people[Role.CONSULTANT])
    notice = parse_notice(NOTICE)
    appeal = case.appeal
    appeal.notice_text = NOTICE
    appeal.notice_date = timezone.localdate() - timedelta(days=3)
    appeal.scope = notice.scope or "account"
    appeal.asins = notice.asins
    appeal.reasons = [p["reason"] for p in PLAN]
    appeal.evidence_period_days = notice.evidence_period_days or 365
    appeal.appeal_within_days = notice.appeal_within_days
    appeal.poa_sections = PLAN
    appeal.save()
    services.set_appeal_deadline(case=case)
    _attach_invoices(case, account, supplier, people[Role.CONSULTANT])
    return case
