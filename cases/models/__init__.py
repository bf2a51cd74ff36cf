from .accounts import HealthSnapshot, SellerAccount
from .tenancy import Invitation, Membership, Role, User, Workspace

__all__ = [
    "HealthSnapshot",
    "Invitation",
    "Membership",
    "Role",
    "SellerAccount",
    "User",
    "Workspace",
]
