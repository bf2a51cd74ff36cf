"""Forms of the appeal steps: the notice, the Plan of Action, the evidence per ASIN."""

from django import forms
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .appeals import read_notice_date
from .appeals.reasons import PARTS, Part, Reason
from .asins import parse_asins
from .models import Appeal
from .widgets import DatePicker


def with_notice_date(data):
    """The posted data, its empty notice date set to the one the notice states, or else to the
    day it is pasted: Amazon's deadline runs from it (docs/domain.md), so it is never left out.
    """
    text = data.get("notice_text") or ""
    if data.get("notice_date") or not text.strip():
        return data
    data = data.copy()
    data["notice_date"] = (read_notice_date(text) or timezone.localdate()).isoformat()
    return data


class NoticeForm(forms.ModelForm):
    asins_text = forms.CharField(
        label=_("ASINs under review"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Read from the notice; correct them if needed (any separator)."),
    )
    reasons = forms.MultipleChoiceField(
        label=_("Reasons"),
        choices=Reason.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Appeal
        fields = [
            "notice_text",
            "notice_date",
            "scope",
            "reasons",
            "evidence_period_days",
            "appeal_within_days",
            "language",
        ]
        widgets = {
            "notice_text": forms.Textarea(attrs={"rows": 10}),
            "notice_date": DatePicker(),
        }
        help_texts = {
            "notice_text": _(
                "Paste the whole notice from Seller Central or the e-mail, signature and links "
                "included: the product reads it, then you confirm below."
            ),
            "notice_date": _(
                "Read from the notice when it states one, else the day it is pasted; correct it "
                "if the notice is older."
            ),
            "appeal_within_days": _(
                "When the notice gives a deadline: it sets the answer-due date."
            ),
        }

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(None if data is None else with_notice_date(data), *args, **kwargs)
        self.fields["asins_text"].initial = "\n".join(self.instance.asins)
        self.fields["reasons"].initial = self.instance.reasons

    def clean_asins_text(self):
        asins, invalid = parse_asins(self.cleaned_data["asins_text"])
        if invalid:
            raise forms.ValidationError(
                _("Not ASINs: %(tokens)s. An ASIN has 10 characters, such as B0ABC12345.")
                % {"tokens": ", ".join(invalid[:10])}
            )
        return asins

    def save(self, commit=True):
        self.instance.asins = self.cleaned_data.get("asins_text") or []
        self.instance.reasons = self.cleaned_data.get("reasons") or []
        return super().save(commit)


def part_field(reason, part):
    return f"{reason}__{part}"


class PlanForm(forms.Form):
    """Three parts per reason of the case, plus an optional POA pasted whole."""

    introduction = forms.CharField(
        label=_("Introduction"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    closing = forms.CharField(
        label=_("Closing"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    pasted = forms.CharField(
        label=_("Paste a Plan of Action written elsewhere"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Its parts are recognised by their headings (Root cause, Actions taken, Preventive "
            "measures; Cause profonde, Actions correctives, Mesures préventives)."
        ),
    )

    def __init__(self, *args, appeal, **kwargs):
        super().__init__(*args, **kwargs)
        self.appeal = appeal
        existing = {s.get("reason"): s for s in appeal.poa_sections}
        self.fields["introduction"].initial = appeal.poa_introduction
        self.fields["closing"].initial = appeal.poa_closing
        for reason in appeal.reasons:
            for part in PARTS:
                self.fields[part_field(reason, part)] = forms.CharField(
                    label=Part(part).label,
                    required=False,
                    initial=existing.get(reason, {}).get(part, ""),
                    widget=forms.Textarea(attrs={"rows": 4, "data-part": part}),
                )

    def sections(self):
        data = self.cleaned_data
        return [
            {
                "reason": reason,
                **{part: data.get(part_field(reason, part), "").strip() for part in PARTS},
            }
            for reason in self.appeal.reasons
        ]

    def grouped(self):
        """[(reason, label, guidance, [bound fields])] for the template."""
        from .appeals.guidance import TEXTS, guidance_for

        # The guidance speaks to the person writing, in the pages' language; the plan
        # itself is written in the appeal's language, for Amazon.
        reader = (get_language() or "en").split("-")[0]
        language = reader if reader in TEXTS else "en"
        return [
            (
                reason,
                Reason(reason).label,
                guidance_for(reason, language).guidance,
                [self[part_field(reason, part)] for part in PARTS],
            )
            for reason in self.appeal.reasons
        ]


def sold_field(asin):
    return f"sold-{asin}"


class EvidenceForm(forms.Form):
    """Units sold per ASIN over the period, typed or imported; the documents' ticks (which
    document covers which ASIN, which traces an invoice back to the manufacturer) are
    read from the posted checkboxes by the step."""

    sales_report = forms.FileField(
        label=_("Business Report (CSV)"),
        required=False,
        help_text=_(
            "Seller Central › Reports › Business Reports › “Detail Page Sales and Traffic by "
            "Child Item”, for the evidence period, downloaded as CSV."
        ),
    )

    units_sold_source = forms.CharField(required=False, max_length=200, widget=forms.HiddenInput)

    def __init__(self, data=None, *args, appeal, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.appeal = appeal
        self.fields["units_sold_source"].initial = appeal.units_sold_source
        sold = appeal.units_sold or {}
        for asin in appeal.asins:
            self.fields[sold_field(asin)] = forms.IntegerField(
                label=asin,
                required=False,
                min_value=0,
                initial=sold.get(asin),
                widget=forms.NumberInput(attrs={"class": "form-control form-control-sm"}),
            )
        # The boxes ticked in the posted form: the page shows them again as they were.
        self.ticked = {key for key in (data or {}) if key.startswith(("cover-", "chain-"))}

    def sold_fields(self):
        return [(asin, self[sold_field(asin)]) for asin in self.appeal.asins]

    def units_sold(self):
        data = self.cleaned_data
        return {
            asin: data[sold_field(asin)]
            for asin in self.appeal.asins
            if data.get(sold_field(asin)) is not None
        }
