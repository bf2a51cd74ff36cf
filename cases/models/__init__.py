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
from .tenancy import Invitation, Membership, Role, User, Workspace

__all__ = [
    "AccountEvent",
    "Appeal",
    "Case",
    "CaseEvent",
    "CaseKind",
    "EventKind",
    "GatedCategory",
    "HealthSnapshot",
    "Invitation",
    "Marketplace",
    "Membership",
    "RejectionReason",
    "Role",
    "SellerAccount",
    "Status",
    "TargetType",
    "UngatingRequest",
    "User",
    "Workspace",
]
