"""The settings page of notifications and the period of the outcome report."""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import EmailMode, NotificationKind


class NotificationPreferenceForm(forms.Form):
    email_kinds = forms.MultipleChoiceField(
        label=_("E-mail me about"),
        choices=NotificationKind.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    email_mode = forms.ChoiceField(
        label=_("When"), choices=EmailMode.choices, widget=forms.RadioSelect
    )
    language = forms.ChoiceField(
        label=_("Language of my e-mails"),
        choices=[("", _("The site's language"))] + list(settings.LANGUAGES),
        required=False,
        help_text=_("Changing the language of the pages changes it too."),
    )


class PeriodForm(forms.Form):
    """A period of decisions; by default the last 90 days."""

    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        data = super().clean()
        end = data.get("end") or timezone.localdate()
        start = data.get("start") or end - timedelta(days=90)
        if start > end:
            raise forms.ValidationError(_("The period starts after it ends."))
        data["start"], data["end"] = start, end
        return data
