from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Invoice, Purpose, Supplier


class UploadForm(forms.Form):
    # Empty files reach the intake, which explains what to do about them.
    file = forms.FileField(
        label=_("File"),
        allow_empty_file=True,
        help_text=_(
            "PDF, JPEG, PNG or GIF as Amazon takes them; TIFF and WebP are checked and "
            "converted for submission. Up to 20 MB. Upload the supplier's original file."
        ),
    )
    purpose = forms.ChoiceField(label=_("What is it?"), choices=Purpose.choices)

    def __init__(self, *args, purposes=None, **kwargs):
        super().__init__(*args, **kwargs)
        if purposes:
            self.fields["purpose"].choices = [(p, Purpose(p).label) for p in purposes]
            self.fields["purpose"].initial = purposes[0]
            if len(purposes) == 1:
                self.fields["purpose"].widget = forms.HiddenInput()


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
            "brands",
            "confirmation_agreed_on",
        ]
        widgets = {
            "address": forms.Textarea(attrs={"rows": 3}),
            "confirmation_agreed_on": forms.DateInput(attrs={"type": "date"}),
        }
        help_texts = {
            "confirmation_agreed_on": _(
                "Amazon may phone or e-mail the supplier to confirm the sale: record the day "
                "the supplier agreed to confirm it."
            ),
            "kind": _("Amazon rejects invoices from resellers and marketplace purchases."),
        }


class InvoiceSupplierForm(forms.ModelForm):
    class Meta:
        model = Invoice
        fields = ["supplier"]

    def __init__(self, *args, suppliers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["supplier"].queryset = suppliers
        self.fields["supplier"].required = False


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
            "invoice_date": forms.DateInput(attrs={"type": "date"}),
            "bill_to_address": forms.Textarea(attrs={"rows": 3}),
            "supplier_address": forms.Textarea(attrs={"rows": 3}),
        }
