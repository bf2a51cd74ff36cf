import phonenumbers
from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from .auth import address_is_flooding
from .models import HealthSnapshot, Invitation, Role, SellerAccount, User
from .models.accounts import Marketplace
from .widgets import DatePicker


def normalize_phone(value, country):
    """E.164, or a ValidationError that says how to write it."""
    try:
        number = phonenumbers.parse(value, (country or "").upper() or None)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise forms.ValidationError(
            _(
                "This is not a valid phone number for the country. Write it exactly as in "
                "Seller Central, with the country code, for example +1 206 555 0100."
            ),
            code="invalid_phone",
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class LoginForm(AuthenticationForm):
    username = forms.EmailField(
        label=_("E-mail"), widget=forms.EmailInput(attrs={"autofocus": True})
    )
    error_messages = {
        "invalid_login": _("That e-mail and password do not match. Check both and try again."),
        "inactive": _("This account is disabled."),
        "flooding": _(
            "Too many failed logins from your network: logging in from it is paused for a "
            "while. Try again later, or reset your password."
        ),
    }

    def clean(self):
        address = getattr(self.request, "axes_ip_address", None) or self.request.META.get(
            "REMOTE_ADDR"
        )
        if address_is_flooding(address):
            raise forms.ValidationError(self.error_messages["flooding"], code="flooding")
        return super().clean()


class SignupForm(forms.Form):
    workspace_name = forms.CharField(
        label=_("Agency or company name"),
        max_length=150,
        help_text=_("Your workspace; you will be its reviewer and can invite others."),
    )
    full_name = forms.CharField(label=_("Your name"), max_length=150)
    email = forms.EmailField(label=_("E-mail"))
    password = forms.CharField(label=_("Password"), widget=forms.PasswordInput, strip=False)

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                _("An account with this e-mail exists already. Log in or reset your password.")
            )
        return email

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("password"):
            user = User(email=cleaned.get("email", ""), full_name=cleaned.get("full_name", ""))
            try:
                password_validation.validate_password(cleaned["password"], user)
            except forms.ValidationError as exc:
                self.add_error("password", exc)
        return cleaned


class AcceptInvitationForm(forms.Form):
    full_name = forms.CharField(label=_("Your name"), max_length=150)
    password = forms.CharField(
        label=_("Choose a password"), widget=forms.PasswordInput, strip=False
    )

    def __init__(self, *args, email, **kwargs):
        self.email = email
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        password_validation.validate_password(password, User(email=self.email))
        return password


class InvitationForm(forms.ModelForm):
    class Meta:
        model = Invitation
        fields = ["email", "role", "seller_accounts"]
        widgets = {"seller_accounts": forms.CheckboxSelectMultiple}

    def __init__(self, *args, workspace, **kwargs):
        self.workspace = workspace
        super().__init__(*args, **kwargs)
        # Only this workspace's accounts may be granted (never trust a posted id).
        self.fields["seller_accounts"].queryset = workspace.seller_accounts.all()
        self.fields["seller_accounts"].help_text = _(
            "For a seller: the seller accounts they will see. Leave empty for other roles."
        )

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if self.workspace.memberships.filter(user__email__iexact=email).exists():
            raise forms.ValidationError(_("This person is already a member of the workspace."))
        return email

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("role") == Role.SELLER and not cleaned.get("seller_accounts"):
            self.add_error("seller_accounts", _("Choose at least one seller account for a seller."))
        return cleaned


class SellerAccountForm(forms.ModelForm):
    marketplaces = forms.MultipleChoiceField(
        label=_("Marketplaces"),
        choices=Marketplace.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = SellerAccount
        fields = [
            "legal_name",
            "store_name",
            "address_line1",
            "address_line2",
            "city",
            "region",
            "postal_code",
            "country",
            "phone",
            "email",
            "merchant_token",
            "marketplaces",
        ]

    def clean_country(self):
        return self.cleaned_data["country"].strip().upper()

    def clean_merchant_token(self):
        token = self.cleaned_data["merchant_token"].strip().upper()
        if token:
            SellerAccount._meta.get_field("merchant_token").run_validators(token)
        return token

    def clean(self):
        cleaned = super().clean()
        phone = cleaned.get("phone")
        if phone:
            try:
                cleaned["phone"] = normalize_phone(phone, cleaned.get("country"))
            except forms.ValidationError as exc:
                self.add_error("phone", exc)
        return cleaned


class HealthSnapshotForm(forms.ModelForm):
    class Meta:
        model = HealthSnapshot
        fields = [
            "date",
            "order_defect_rate",
            "late_shipment_rate",
            "pre_fulfillment_cancel_rate",
            "valid_tracking_rate",
            "positive_feedback",
            "feedback_count",
            "average_response_hours",
            "return_rate",
            "policy_violations",
        ]
        widgets = {"date": DatePicker()}

    def __init__(self, *args, seller_account, **kwargs):
        self.seller_account = seller_account
        super().__init__(*args, **kwargs)

    def clean_date(self):
        date = self.cleaned_data["date"]
        others = self.seller_account.health_snapshots.filter(date=date)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        if others.exists():
            raise forms.ValidationError(
                _("There is already a snapshot for this date. Edit that one instead.")
            )
        return date


class HealthImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "First line: date, order_defect_rate, late_shipment_rate, "
            "pre_fulfillment_cancel_rate, valid_tracking_rate, positive_feedback, "
            "feedback_count, average_response_hours, return_rate, policy_violations. "
            "Dates as YYYY-MM-DD; rates in percent."
        ),
    )
