from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from .models import (
    Appeal,
    Case,
    CaseEvent,
    GatedCategory,
    HealthSnapshot,
    Invitation,
    Membership,
    Notification,
    NotificationPreference,
    SavedView,
    SellerAccount,
    UngatingRequest,
    User,
    Workspace,
)


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "full_name", "is_staff", "is_active", "date_joined"]
    list_filter = ["is_staff", "is_active"]
    search_fields = ["email", "full_name"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Person"), {"fields": ["full_name", "language"]}),
        (_("Access"), {"fields": ["is_active", "is_staff", "is_superuser", "groups"]}),
        (_("Dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]
    filter_horizontal = ["seller_accounts"]


@admin.register(Workspace)
class WorkspaceAdmin(admin.ModelAdmin):
    list_display = ["name", "created"]
    search_fields = ["name"]
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "workspace", "role", "created"]
    list_filter = ["role", "workspace"]
    search_fields = ["user__email", "workspace__name"]
    list_select_related = ["user", "workspace"]
    autocomplete_fields = ["user", "workspace"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = [
        "email",
        "workspace",
        "role",
        "created",
        "expires_at",
        "accepted_at",
        "revoked_at",
    ]
    list_filter = ["role", "workspace"]
    search_fields = ["email"]
    list_select_related = ["workspace"]
    readonly_fields = ["token_hash", "accepted_at", "accepted_by", "created"]


class HealthSnapshotInline(admin.TabularInline):
    model = HealthSnapshot
    extra = 0
    ordering = ["-date"]


@admin.register(SellerAccount)
class SellerAccountAdmin(admin.ModelAdmin):
    list_display = ["legal_name", "store_name", "workspace", "country", "merchant_token"]
    list_filter = ["workspace", "country"]
    search_fields = ["legal_name", "store_name", "merchant_token", "email"]
    list_select_related = ["workspace"]
    inlines = [HealthSnapshotInline]


@admin.register(HealthSnapshot)
class HealthSnapshotAdmin(admin.ModelAdmin):
    list_display = ["seller_account", "date", "order_defect_rate", "positive_feedback"]
    list_filter = ["date"]
    search_fields = ["seller_account__legal_name"]
    list_select_related = ["seller_account"]
    date_hierarchy = "date"


@admin.register(GatedCategory)
class GatedCategoryAdmin(admin.ModelAdmin):
    list_display = ["__str__", "invoice_window_days", "min_units", "active"]
    list_filter = ["active", "parent"]
    list_editable = ["invoice_window_days", "min_units", "active"]
    search_fields = ["name"]


class UngatingRequestInline(admin.StackedInline):
    model = UngatingRequest
    extra = 0


class AppealInline(admin.StackedInline):
    model = Appeal
    extra = 0


class CaseEventInline(admin.TabularInline):
    model = CaseEvent
    extra = 0
    can_delete = False
    readonly_fields = [
        "created",
        "actor",
        "kind",
        "action",
        "from_value",
        "to_value",
        "note",
        "shared",
    ]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Case)
class CaseAdmin(admin.ModelAdmin):
    list_display = ["pk", "seller_account", "kind", "status", "attempt", "assignee", "created"]
    list_filter = ["kind", "status", "workspace"]
    search_fields = ["seller_account__legal_name", "pk"]
    list_select_related = ["seller_account", "assignee"]
    raw_id_fields = ["seller_account", "previous_attempt", "assignee", "created_by"]
    # The status moves only through the workflow service, which writes the history.
    readonly_fields = ["status", "workspace"]
    inlines = [UngatingRequestInline, AppealInline, CaseEventInline]


@admin.register(CaseEvent)
class CaseEventAdmin(admin.ModelAdmin):
    list_display = ["case", "created", "actor", "kind", "action", "from_value", "to_value"]
    list_filter = ["kind"]
    search_fields = ["note", "case__seller_account__legal_name"]
    list_select_related = ["case__seller_account", "actor"]

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    """For an operator answering "why did I (not) get this e-mail?": read only."""

    list_display = ["created", "recipient", "kind", "case", "email_state", "read_at"]
    list_filter = ["kind", "email_state", "workspace"]
    search_fields = ["recipient__email", "case__pk"]
    list_select_related = ["recipient", "case__seller_account"]
    raw_id_fields = ["recipient", "case", "workspace"]

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False


@admin.register(NotificationPreference)
class NotificationPreferenceAdmin(admin.ModelAdmin):
    list_display = ["user", "email_mode"]
    list_filter = ["email_mode"]
    search_fields = ["user__email"]
    raw_id_fields = ["user"]


@admin.register(SavedView)
class SavedViewAdmin(admin.ModelAdmin):
    list_display = ["name", "membership", "created"]
    search_fields = ["name", "membership__user__email"]
    raw_id_fields = ["membership"]
