"""Seller accounts (the business details as in Seller Central) and their health history."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .tenancy import Role, Workspace


class Marketplace(models.TextChoices):
    US = "amazon.com", "amazon.com"
    UK = "amazon.co.uk", "amazon.co.uk"
    DE = "amazon.de", "amazon.de"
    FR = "amazon.fr", "amazon.fr"
    IT = "amazon.it", "amazon.it"
    ES = "amazon.es", "amazon.es"
    CA = "amazon.ca", "amazon.ca"


# Amazon's merchant token (Seller ID): an "A" followed by upper-case letters and digits.
merchant_token_validator = RegexValidator(
    r"^A[0-9A-Z]{9,17}$",
    _(
        "A merchant token starts with the letter A followed by 9 to 17 capital letters or "
        "digits, for example A2EUQ1WTGCTBG2. Copy it from Seller Central › Settings › "
        "Account Info › Merchant Token."
    ),
)


class SellerAccountQuerySet(models.QuerySet):
    def visible_to(self, membership):
        """The one place that says which seller accounts a person may see.

        `membership` is the person's role in the workspace they work in (the middleware
        resolves it once per request): reviewers and consultants see every seller account
        of that workspace, a seller only the accounts granted. Nothing spans workspaces.
        """
        if membership is None:
            return self.none()
        accounts = self.filter(workspace_id=membership.workspace_id)
        if membership.role in (Role.REVIEWER, Role.CONSULTANT):
            return accounts
        return accounts.filter(granted_memberships=membership)


class SellerAccount(models.Model):
    """A seller's account as registered in Seller Central.

    These details are the reference every invoice check compares against: the bill-to
    name, address and phone on an invoice must match them exactly (docs/domain.md).
    """

    workspace = models.ForeignKey(
        Workspace, on_delete=models.PROTECT, related_name="seller_accounts"
    )
    legal_name = models.CharField(_("legal business name"), max_length=200)
    store_name = models.CharField(_("store name"), max_length=200, blank=True)
    address_line1 = models.CharField(_("address line 1"), max_length=200)
    address_line2 = models.CharField(_("address line 2"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100)
    region = models.CharField(_("state / region"), max_length=100, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=20)
    country = models.CharField(
        _("country"),
        max_length=2,
        help_text=_("Two-letter ISO code, for example US, GB, FR."),
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Use the two-letter country code."))],
    )
    phone = models.CharField(
        _("phone"), max_length=20, help_text=_("Stored in international format (E.164).")
    )
    email = models.EmailField(_("business e-mail"), blank=True)
    merchant_token = models.CharField(
        _("merchant token"), max_length=18, blank=True, validators=[merchant_token_validator]
    )
    marketplaces = models.JSONField(_("marketplaces"), default=list, blank=True)
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = SellerAccountQuerySet.as_manager()

    class Meta:
        verbose_name = _("seller account")
        verbose_name_plural = _("seller accounts")
        ordering = ["legal_name"]
        indexes = [models.Index(fields=["workspace", "legal_name"])]

    def __str__(self):
        return self.legal_name

    @property
    def address_lines(self):
        city_line = " ".join(p for p in (self.postal_code, self.city) if p)
        lines = [self.address_line1, self.address_line2, city_line, self.region, self.country]
        return [line for line in lines if line]

    def get_marketplaces_display(self):
        return ", ".join(self.marketplaces)


def percent_field(verbose_name, help_text=""):
    return models.DecimalField(
        verbose_name,
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=help_text,
    )


class HealthSnapshot(models.Model):
    """Account-health figures as read in Seller Central on one date."""

    seller_account = models.ForeignKey(
        SellerAccount, on_delete=models.CASCADE, related_name="health_snapshots"
    )
    date = models.DateField(_("date"))
    order_defect_rate = percent_field(_("order defect rate (%)"))
    late_shipment_rate = percent_field(_("late shipment rate (%)"))
    pre_fulfillment_cancel_rate = percent_field(_("pre-fulfillment cancel rate (%)"))
    valid_tracking_rate = percent_field(_("valid tracking rate (%)"))
    positive_feedback = percent_field(_("positive feedback (%)"))
    feedback_count = models.PositiveIntegerField(_("feedback count"), null=True, blank=True)
    average_response_hours = models.DecimalField(
        _("average response time (hours)"),
        max_digits=6,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    return_rate = percent_field(_("return rate (%)"))
    policy_violations = models.PositiveIntegerField(_("policy violations"), null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("account health snapshot")
        verbose_name_plural = _("account health snapshots")
        ordering = ["-date"]
        constraints = [
            models.UniqueConstraint(
                fields=["seller_account", "date"], name="one_health_snapshot_per_day"
            )
        ]

    def __str__(self):
        return f"{self.seller_account} · {self.date}"


class AccountEvent(models.Model):
    """One immutable line of a seller account's history: business details and health
    figures are what every check and every readiness verdict rely on, so each change says
    who made it and what changed."""

    seller_account = models.ForeignKey(
        SellerAccount, on_delete=models.CASCADE, related_name="events"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created = models.DateTimeField(_("when"), default=timezone.now)
    note = models.TextField(_("note"))

    class Meta:
        verbose_name = _("account history entry")
        verbose_name_plural = _("account history")
        ordering = ["-created", "-pk"]
        indexes = [models.Index(fields=["seller_account", "-created"])]

    def __str__(self):
        return f"{self.seller_account_id} {self.created:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("History entries are immutable")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("History entries are immutable")
