"""The consultant's desk: the case list's filter sets a person saved under a name."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .tenancy import Membership


class SavedView(models.Model):
    """A named set of the case list's filters, of one person in one workspace."""

    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="saved_views")
    name = models.CharField(_("name"), max_length=80)
    # The list's query string (filters, sort, page size), cleaned by CaseFilterForm.
    query = models.CharField(max_length=1000, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("saved view")
        verbose_name_plural = _("saved views")
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["membership", "name"], name="unique_saved_view_name")
        ]

    def __str__(self):
        return self.name
