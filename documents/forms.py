from django import forms
from django.utils.translation import gettext_lazy as _

from cases.widgets import DatePicker

from . import limits
from .models import Invoice, Purpose, Supplier


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one go (Django's documented pattern); each is examined on its own."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = [item for item in (data if isinstance(data, list | tuple) else [data]) if item]
        if not files:
            # A post with no file at all: the view says "Choose a file to upload".
            raise forms.ValidationError(self.error_messages["required"], code="required")
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


MAX_FILES_PER_UPLOAD = 10


class UploadForm(forms.Form):
    # Empty files reach the intake, which explains what to do about them.
    file = MultipleFileField(label=_("Files"), allow_empty_file=True)
    purpose = forms.ChoiceField(label=_("What is it?"), choices=Purpose.choices)

    def __init__(self, *args, purposes=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "PDF, JPEG, PNG or GIF as Amazon takes them; TIFF and WebP are checked and "
            "converted for submission. Up to %(mb)s MB and %(pages)s pages each, %(n)s at a "
            "time. Upload the supplier's original files."
        ) % {
            "mb": limits.max_bytes() // (1024 * 1024),
            "pages": limits.max_pages(),
            "n": MAX_FILES_PER_UPLOAD,
        }
        if purposes:
            self.fields["purpose"].choices = [(p, Purpose(p).label) for p in purposes]
            self.fields["purpose"].initial = purposes[0]
            if len(purposes) == 1:
                self.fields["purpose"].widget = forms.HiddenInput()


def country_choices():
    """Every country by its name in the reader's language (CLDR, through Babel)."""
    from babel import Locale, UnknownLocaleError
    from django.utils.translation import get_language

    try:
        locale = Locale.parse(get_language() or "en", sep="-")
    except (ValueError, UnknownLocaleError):
        locale = Locale("en")
    names = [
        (code, name)
        for code, name in locale.territories.items()
        if len(code) == 2 and code.isalpha() and code != "ZZ"
    ]
    return [("", "—"), *sorted(names, key=lambda choice: choice[1])]


class SupplierForm(forms.ModelForm):
    class Meta:
        model = Supplier
        fields = [
            "name",
            "kind",
            "address",
            "phone",
            "email",
            "website",
            "country",
            "brands",
            "confirmation_agreed_on",
        ]
        widgets = {
            "address": forms.Textarea(attrs={"rows": 3}),
            "confirmation_agreed_on": DatePicker(),
        }
        help_texts = {
            "confirmation_agreed_on": _(
                "Amazon may phone or e-mail the supplier to confirm the sale: record the day "
                "the supplier agreed to confirm it."
            ),
            "kind": _("Amazon rejects invoices from resellers and marketplace purchases."),
            "country": _(
                "Where the supplier is: it says how its invoices write dates (03/04/2026 is "
                "March 4 from a US supplier, 3 April from a European one)."
            ),
            "brands": _(
                "The brands the supplier is authorized to sell, separated by commas. A "
                "distributor or retailer with neither these nor a letter of authorization "
                "gets a warning."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"] = forms.ChoiceField(
            label=self.fields["country"].label,
            help_text=self.fields["country"].help_text,
            choices=country_choices(),
            required=False,
        )


class InvoiceSupplierForm(forms.Form):
    """Which supplier issued the invoice: only the suppliers of the case's own workspace."""

    supplier = forms.ModelChoiceField(
        label=_("Supplier"), queryset=Supplier.objects.none(), required=False
    )

    def __init__(self, *args, suppliers, invoice=None, **kwargs):
        if invoice is not None:
            kwargs.setdefault("initial", {"supplier": invoice.supplier_id})
        super().__init__(*args, **kwargs)
        self.fields["supplier"].queryset = suppliers


CORRECTABLE = [
    "invoice_number",
    "invoice_date",
    "bill_to_name",
    "bill_to_address",
    "bill_to_phone",
    "supplier_name",
    "supplier_address",
    "supplier_phone",
    "supplier_website",
]


class CorrectionForm(forms.ModelForm):
    """A person corrects what was misread; the checks run again on the corrected values."""

    class Meta:
        model = Invoice
        fields = CORRECTABLE
        widgets = {
            "invoice_date": DatePicker(),
            "bill_to_address": forms.Textarea(attrs={"rows": 3}),
            "supplier_address": forms.Textarea(attrs={"rows": 3}),
        }
