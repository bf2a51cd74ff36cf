from .accounts import AccountEvent, HealthSnapshot, Marketplace, SellerAccount
from .appeal import Appeal
from .case import (
    Case,
    CaseEvent,
    CaseKind,
    EventKind,
    GatedCategory,
    RejectionReason,
    Status,
    TargetType,
    UngatingRequest,
)
from .desk import SavedView
from .notifications import (
    EmailMode,
    EmailState,
    Notification,
    NotificationKind,
    NotificationPreference,
)
from .tenancy import Invitation, Membership, Role, User, Workspace

__all__ = [
    "AccountEvent",
    "Appeal",
    "Case",
    "CaseEvent",
    "CaseKind",
    "EmailMode",
    "EmailState",
    "EventKind",
    "GatedCategory",
    "HealthSnapshot",
    "Invitation",
    "Marketplace",
    "Membership",
    "Notification",
    "NotificationKind",
    "NotificationPreference",
    "RejectionReason",
    "Role",
    "SavedView",
    "SellerAccount",
    "Status",
    "TargetType",
    "UngatingRequest",
    "User",
    "Workspace",
]
