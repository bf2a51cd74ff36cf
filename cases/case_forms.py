"""Forms of the case pages: creating a case, each wizard step, workflow actions."""

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .asins import parse_asins
from .formatting import per_language
from .models import (
    CaseKind,
    GatedCategory,
    Marketplace,
    RejectionReason,
    Role,
    SellerAccount,
    TargetType,
    UngatingRequest,
    User,
)
from .selectors import DEFAULT_PAGE_SIZE, PAGE_SIZES, READINESS, SORTS  # noqa: F401 (re-exported)


class NewCaseForm(forms.Form):
    seller_account = forms.ModelChoiceField(
        label=_("Seller account"), queryset=SellerAccount.objects.none()
    )
    kind = forms.ChoiceField(
        label=_("What do you need?"),
        choices=CaseKind.choices,
        widget=forms.RadioSelect,
        initial=CaseKind.GATING,
    )

    def __init__(self, *args, membership, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the accounts this person may see can be chosen (never trust a posted id).
        accounts = SellerAccount.objects.visible_to(membership).order_by("legal_name")
        field = self.fields["seller_account"]
        field.queryset = accounts
        only = list(accounts[:2])
        if len(only) == 1:
            # A seller with one account has nothing to choose: no "---------" to pick from.
            field.empty_label = None
            field.initial = only[0].pk


class TargetForm(forms.ModelForm):
    asins_text = forms.CharField(
        label=_("ASINs"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Paste them in any form: one per line, or separated by commas or spaces."),
    )

    class Meta:
        model = UngatingRequest
        fields = ["target_type", "category", "brand", "marketplace", "min_units"]
        widgets = {"target_type": forms.RadioSelect}
        help_texts = {
            "min_units": _(
                "Leave empty to use the category's default; some brand gates ask for 100."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target_type"].choices = TargetType.choices
        self.fields["target_type"].required = False
        self.fields["category"].queryset = GatedCategory.objects.filter(active=True).select_related(
            "parent"
        )
        self.fields["marketplace"].choices = [("", "---------"), *Marketplace.choices]
        self.fields["asins_text"].initial = "\n".join(self.instance.asins)

    def clean_asins_text(self):
        asins, invalid = parse_asins(self.cleaned_data["asins_text"])
        if invalid:
            raise forms.ValidationError(
                _(
                    "Not ASINs: %(tokens)s. An ASIN has 10 characters: B0 followed by 8 "
                    "letters or digits, or an ISBN-10 for books."
                )
                % {"tokens": ", ".join(invalid[:10])}
            )
        return asins

    def clean(self):
        cleaned = super().clean()
        target = cleaned.get("target_type")
        if target == TargetType.CATEGORY and not cleaned.get("category"):
            self.add_error("category", _("Choose the gated category."))
        if target == TargetType.BRAND and not (cleaned.get("brand") or "").strip():
            self.add_error("brand", _("Write the brand as Amazon shows it."))
        if (
            target == TargetType.ASINS
            and not cleaned.get("asins_text")
            and "asins_text" not in (self.errors)
        ):
            self.add_error("asins_text", _("Paste at least one ASIN."))
        return cleaned

    def save(self, commit=True):
        self.instance.asins = self.cleaned_data.get("asins_text") or []
        return super().save(commit)


class BusinessConfirmForm(forms.Form):
    confirmed = forms.BooleanField(
        label=_(
            "I checked: the legal name, address and phone above are exactly as in Seller Central."
        ),
        required=False,
    )


class SupportingForm(forms.ModelForm):
    class Meta:
        model = UngatingRequest
        fields = [
            "return_policy",
            "support_response_hours",
            "support_resolution_rate",
            "support_notes",
        ]
        widgets = {
            "return_policy": forms.Textarea(attrs={"rows": 5}),
            "support_notes": forms.Textarea(attrs={"rows": 3}),
        }

    def clean_support_resolution_rate(self):
        rate = self.cleaned_data["support_resolution_rate"]
        if rate is not None and not 0 <= rate <= 100:
            raise forms.ValidationError(_("A rate is between 0 and 100 %."))
        return rate

    def clean_support_response_hours(self):
        hours = self.cleaned_data["support_response_hours"]
        if hours is not None and hours < 0:
            raise forms.ValidationError(_("A response time cannot be negative."))
        return hours


class CoverLetterForm(forms.ModelForm):
    class Meta:
        model = UngatingRequest
        fields = ["cover_letter"]
        widgets = {"cover_letter": forms.Textarea(attrs={"rows": 14})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        low, high = settings.COVER_LETTER_WORDS
        self.fields["cover_letter"].help_text = _(
            "Between %(low)s and %(high)s words: experience in the category, sourcing "
            "relationships, commitment to quality. Factual, no sales pitch."
        ) % {"low": low, "high": high}

    def clean_cover_letter(self):
        text = self.cleaned_data["cover_letter"].strip()
        # A hard ceiling protects the packet; the soft bounds are readiness warnings.
        if len(text.split()) > settings.COVER_LETTER_WORDS[1] * 2:
            raise forms.ValidationError(_("This is far too long for a cover letter."))
        return text


class ReapplyAnswersForm(forms.Form):
    """One field per reason of the previous rejection: what changed since."""

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, **kwargs)
        for code in case.previous_rejection_reasons:
            self.fields[code] = forms.CharField(
                label=_("“%(reason)s”: what changed since the rejection?")
                % {"reason": RejectionReason(code).label},
                required=False,
                initial=(case.reapply_answers or {}).get(code, ""),
                widget=forms.Textarea(attrs={"rows": 2}),
            )


class TransitionForm(forms.Form):
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class RejectionForm(forms.Form):
    reasons = forms.MultipleChoiceField(
        label=_("Reasons Amazon gave"),
        choices=RejectionReason.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    feedback = forms.CharField(
        label=_("Amazon's feedback (paste it)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class CommentForm(forms.Form):
    text = forms.CharField(label=_("Comment"), widget=forms.Textarea(attrs={"rows": 3}))
    shared = forms.BooleanField(
        label=_("Share with the seller"),
        required=False,
        initial=False,
        help_text=_("Unticked, the comment stays within the agency."),
    )


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(
        label=_("Assignee"), queryset=User.objects.none(), required=False
    )

    def __init__(self, *args, workspace, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = User.objects.filter(
            memberships__workspace=workspace,
            memberships__role__in=[Role.REVIEWER, Role.CONSULTANT],
        ).order_by("email")


DUE = [
    ("", _("Any time")),
    ("overdue", _("Overdue")),
    ("48h", _("Due within 48 hours")),
    ("7d", _("Due within 7 days")),
]


class CaseFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=100,
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": _("Case #, seller, brand, ASIN, category")}
        ),
    )
    status = forms.ChoiceField(label=_("Status"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    assignee = forms.ModelChoiceField(
        label=_("Assignee"), queryset=User.objects.none(), required=False
    )
    due = forms.ChoiceField(label=_("Due"), choices=DUE, required=False)
    readiness = forms.ChoiceField(label=_("Readiness"), choices=READINESS, required=False)
    # Kept for links written before "due": ?overdue=on.
    overdue = forms.BooleanField(required=False, widget=forms.HiddenInput)
    sort = forms.ChoiceField(
        label=_("Order"),
        required=False,
        choices=[("", "")] + [(key, label) for key, (label, _order) in SORTS.items()],
        widget=forms.HiddenInput,
    )
    per = forms.TypedChoiceField(
        label=_("Rows"),
        required=False,
        coerce=int,
        empty_value=DEFAULT_PAGE_SIZE,
        choices=[(n, n) for n in PAGE_SIZES],
    )
    # Hidden: a list of hundreds of clients is no menu; the account page links here instead.
    seller_account = forms.ModelChoiceField(
        label=_("Seller account"),
        queryset=SellerAccount.objects.none(),
        required=False,
        widget=forms.HiddenInput,
    )

    def __init__(self, *args, membership, **kwargs):
        super().__init__(*args, **kwargs)
        for name, choices in _filter_choices(translation.get_language()).items():
            self.fields[name].choices = choices
        self.fields["seller_account"].queryset = SellerAccount.objects.visible_to(membership)
        self.fields["assignee"].queryset = agency_people(membership)


@per_language
def _filter_choices(language):
    """The filters' menus in a language, their words said once for the process rather than
    a lazy string per option on every list."""
    from .models import Status

    with translation.override(language):
        every = str(_("All"))
        return {
            "status": [("", every), *((key, str(label)) for key, label in Status.choices)],
            "kind": [("", every), *((key, str(label)) for key, label in CaseKind.choices)],
            "due": [(key, str(label)) for key, label in DUE],
            "readiness": [(key, str(label)) for key, label in READINESS],
        }


class SavedViewForm(forms.Form):
    name = forms.CharField(label=_("Name of this view"), max_length=80)


class BulkForm(forms.Form):
    """Rows ticked on the case list and what to do with them."""

    MAX_ROWS = 500

    action = forms.ChoiceField(choices=[("assign", _("Assign")), ("export", _("Export"))])
    case = forms.TypedMultipleChoiceField(coerce=int, required=True)
    assignee = forms.ModelChoiceField(
        label=_("Assign to"),
        queryset=User.objects.none(),
        required=False,
        empty_label=_("(nobody)"),
    )

    def __init__(self, *args, membership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = agency_people(membership)
        # Any number is accepted here; whether the person may touch the case is the view's
        # scoped lookup's answer, row by row.
        self.fields["case"].choices = (
            [(value, value) for value in self.data.getlist("case") if str(value).isdigit()][
                : self.MAX_ROWS
            ]
            if hasattr(self.data, "getlist")
            else []
        )

    def clean_case(self):
        return list(dict.fromkeys(self.cleaned_data["case"]))


def agency_people(membership):
    """Who cases may be assigned to: the reviewers and consultants of the workspace."""
    if membership is None:
        return User.objects.none()
    return User.objects.filter(
        memberships__workspace_id=membership.workspace_id,
        memberships__role__in=[Role.REVIEWER, Role.CONSULTANT],
    ).order_by("email")
