"""factory-boy factories: the one place test data is built."""

from datetime import timedelta

import factory
from django.utils import timezone

from cases.models import HealthSnapshot, Membership, Role, SellerAccount, User, Workspace

PASSWORD = "correct horse battery staple"


def days_ago(days):
    """The date `days` before today on the clock the test runs under (negative: ahead)."""
    return timezone.localdate() - timedelta(days=days)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.test")
    full_name = factory.Faker("name")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class WorkspaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Workspace

    name = factory.Sequence(lambda n: f"Agency {n}")


class SellerAccountFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SellerAccount

    workspace = factory.SubFactory(WorkspaceFactory)
    legal_name = factory.Sequence(lambda n: f"Seller Business {n} LLC")
    store_name = factory.Sequence(lambda n: f"Store {n}")
    address_line1 = "12 Harbor Street"
    city = "Seattle"
    region = "WA"
    postal_code = "98101"
    country = "US"
    phone = "+12065550100"
    email = "owner@seller.test"
    merchant_token = factory.Sequence(lambda n: f"A{n:012d}")
    marketplaces = factory.LazyFunction(lambda: ["amazon.com"])


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership
        skip_postgeneration_save = True

    workspace = factory.SubFactory(WorkspaceFactory)
    user = factory.SubFactory(UserFactory)
    role = Role.CONSULTANT

    @factory.post_generation
    def seller_accounts(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.seller_accounts.set(extracted)


class HealthSnapshotFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HealthSnapshot

    seller_account = factory.SubFactory(SellerAccountFactory)
    # One of the last 28 days, as the test's clock has them.
    date = factory.Sequence(lambda n: days_ago(1 + n % 28))
    order_defect_rate = "0.50"
    late_shipment_rate = "1.00"
    pre_fulfillment_cancel_rate = "0.50"
    valid_tracking_rate = "98.00"
    positive_feedback = "99.00"
    feedback_count = 200
    average_response_hours = "10.0"
    return_rate = "2.00"
    policy_violations = 0


def make_case(seller_account, by=None, **ungating):
    """A draft ungating case, as the service creates it, with optional request fields."""
    from cases.services.cases import create_case

    by = by or MembershipFactory(workspace=seller_account.workspace, role="consultant").user
    case = create_case(seller_account=seller_account, kind="gating", by=by)
    if ungating:
        for name, value in ungating.items():
            setattr(case.ungating, name, value)
        case.ungating.save()
    return case


def attach_checked_invoice(
    case, *, days_old=30, verdict="pass", supplier_kind="distributor", by=None
):
    """An invoice already read and checked, attached to the case (no worker involved)."""
    import hashlib

    from django.core.files.base import ContentFile

    from documents.demo_invoices import invoice_pdf
    from documents.models import CaseDocument, Document, Invoice, Supplier

    supplier, _ = Supplier.objects.get_or_create(
        workspace=case.workspace,
        name="Acme Distribution Inc.",
        defaults={
            "kind": supplier_kind,
            "confirmation_agreed_on": timezone.localdate(),
            "address": "12 Industrial Way\nNewark, NJ 07102",
            "phone": "+1 973 555 0182",
            "website": "www.acme-distribution.example",
        },
    )
    # A real invoice to the case's seller account, so that checks run again on it agree.
    content = invoice_pdf(
        account=case.seller_account,
        supplier=supplier,
        number=f"INV-{case.pk}-{days_old}",
        days_ago=days_old,
        lines=[("Lumina Naturals serum 30 ml", "B0ABC12345", 24, "8.50")],
    )
    document = Document(
        workspace=case.workspace,
        original_name=f"invoice-{days_old}-days.pdf",
        content_type="application/pdf",
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        uploaded_by=by,
    )
    document.file.save("x", ContentFile(content), save=False)
    document.save()
    Invoice.objects.create(
        document=document,
        supplier=supplier,
        invoice_number=f"INV-{days_old}",
        invoice_date=days_ago(days_old),
        total_units=24,
    )
    return CaseDocument.objects.create(
        case=case, document=document, purpose="invoice", status="done", verdict=verdict, added_by=by
    )


def make_packet(case, by=None):
    """A rendered packet version without running WeasyPrint (workflow tests need one)."""
    import hashlib

    from django.core.files.base import ContentFile
    from django.db.models import Max

    from documents.models import PacketVersion

    data = b"%PDF-1.4 packet of case " + str(case.pk).encode()
    number = (case.packets.aggregate(n=Max("number"))["n"] or 0) + 1
    version = PacketVersion(
        case=case,
        number=number,
        requested_by=by,
        status="done",
        page_count=1,
        size=len(data),
        rendered_at=timezone.now(),
    )
    version.file.save(f"packet-{case.pk}.pdf", ContentFile(data), save=False)
    version.sha256 = hashlib.sha256(data).hexdigest()
    version.save()
    return version


def northwind_account(workspace):
    """The seller the sample invoices (tests/documents/invoice_samples.py) are addressed to,
    as Seller Central has it."""
    return SellerAccountFactory(
        workspace=workspace,
        legal_name="Northwind Goods LLC",
        address_line1="450 Market Street, Suite 200",
        city="San Francisco",
        region="CA",
        postal_code="94105",
        country="US",
        phone="+14155550100",
    )
