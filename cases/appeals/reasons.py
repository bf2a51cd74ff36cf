"""What Amazon can hold against a seller, and what it took away (docs/domain.md, Reinstatement).

Codes are stable: they travel in JSON, in the command line (--reason) and in the database.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Reason(models.TextChoices):
    ORDER_DEFECT_RATE = "order_defect_rate", _("Order defect rate")
    LATE_SHIPMENT_RATE = "late_shipment_rate", _("Late shipment rate")
    CANCELLATION_RATE = "cancellation_rate", _("Pre-fulfillment cancel rate")
    VALID_TRACKING_RATE = "valid_tracking_rate", _("Valid tracking rate")
    NEGATIVE_FEEDBACK = "negative_feedback", _("Negative feedback")
    UNDELIVERED_ORDERS = "undelivered_orders", _("Undelivered orders")
    INAUTHENTIC = "inauthentic", _("Inauthentic item complaints")
    CONDITION = "condition", _("Item condition (used sold as new, damaged, not as described)")
    INTELLECTUAL_PROPERTY = "intellectual_property", _("Intellectual property complaints")
    PRODUCT_SAFETY = "product_safety", _("Product safety")
    RELATED_ACCOUNTS = "related_accounts", _("Related accounts")
    OTHER_POLICY = "other_policy", _("Other policy violation")


class Scope(models.TextChoices):
    ACCOUNT = "account", _("Account: selling privileges deactivated")
    LISTINGS = "listings", _("Listings removed or blocked")
    MFN_SHIPPING = "mfn_shipping", _("Merchant-fulfilled shipping restricted")


class Part(models.TextChoices):
    """The three answers a plan of action gives for each reason (docs/domain.md)."""

    ROOT_CAUSE = "root_cause", _("Root cause")
    ACTIONS_TAKEN = "actions_taken", _("Actions taken")
    PREVENTIVE_MEASURES = "preventive_measures", _("Preventive measures")


REASON_CODES = tuple(Reason.values)
SCOPE_CODES = tuple(Scope.values)
PARTS = tuple(Part.values)


def reason_label(code):
    """The translated label of a reason code, or the code itself when it is unknown."""
    try:
        return Reason(code).label
    except ValueError:
        return code
