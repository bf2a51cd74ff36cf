"""A reinstatement appeal: what Amazon's notice says, and the Plan of Action answering it."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..appeals.reasons import Scope
from .case import Case

LANGUAGES = [("en", _("English")), ("fr", _("French"))]


class Appeal(models.Model):
    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="appeal")
    scope = models.CharField(_("what was hit"), max_length=20, choices=Scope.choices, blank=True)
    notice_date = models.DateField(_("date of the notice"), null=True, blank=True)
    notice_text = models.TextField(_("Amazon's notice (paste it)"), blank=True)
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGES, default="en")
    asins = models.JSONField(_("ASINs under review"), default=list, blank=True)
    reasons = models.JSONField(_("reasons"), default=list, blank=True)
    # Appeal invoices cover the 365 days before the notice (docs/domain.md).
    evidence_period_days = models.PositiveIntegerField(
        _("evidence period (days)"),
        default=365,
        validators=[MinValueValidator(1), MaxValueValidator(3650)],
    )
    appeal_within_days = models.PositiveIntegerField(
        _("appeal within (days)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
    )
    # The Plan of Action: [{reason, root_cause, actions_taken, preventive_measures}].
    poa_sections = models.JSONField(default=list, blank=True)
    poa_introduction = models.TextField(_("introduction"), blank=True)
    poa_closing = models.TextField(_("closing"), blank=True)
    # Units sold per ASIN over the evidence period, typed or imported from Seller Central's
    # Business Report: the units invoiced over the period must cover them (docs/domain.md).
    units_sold = models.JSONField(_("units sold per ASIN"), default=dict, blank=True)
    units_sold_source = models.CharField(_("units sold imported from"), max_length=200, blank=True)
    # Inauthentic-item reasons: the documents tracing each invoice back to the manufacturer,
    # {invoice's case document pk: [case document pks]} (a letter, the supplier's own invoice).
    supply_chain = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("reinstatement appeal")
        verbose_name_plural = _("reinstatement appeals")

    def __str__(self):
        return f"{self.get_scope_display() or _('appeal')} · {len(self.asins)} ASIN(s)"

    @property
    def target_label(self):
        return self.get_scope_display() or str(_("(notice not read yet)"))

    def plan(self):
        """The Plan of Action as the engine's dataclass."""
        from cases.appeals import PlanOfAction, Section

        sections = [
            Section(
                s.get("reason"),
                s.get("root_cause", ""),
                s.get("actions_taken", ""),
                s.get("preventive_measures", ""),
            )
            for s in self.poa_sections
        ]
        return PlanOfAction(
            sections=sections, introduction=self.poa_introduction, closing=self.poa_closing
        )

    def plan_text(self):
        from cases.appeals import render_text

        return render_text(self.plan(), self.language)
