from django.urls import path

from .views import accounts, auth, cases, notifications, reports, wizard, workspace

urlpatterns = [
    path("", workspace.home, name="home"),
    path("signup/", auth.signup, name="signup"),
    path("invitations/<str:token>/", auth.invitation_accept, name="invitation_accept"),
    path("workspace/members/", workspace.members, name="members"),
    path(
        "workspace/invitations/<int:pk>/revoke/",
        workspace.invitation_revoke,
        name="invitation_revoke",
    ),
    path("workspace/switch/", workspace.switch_workspace, name="switch_workspace"),
    path("seller-accounts/", accounts.seller_account_list, name="seller_account_list"),
    path("seller-accounts/new/", accounts.seller_account_create, name="seller_account_create"),
    path("seller-accounts/<int:pk>/", accounts.seller_account_detail, name="seller_account_detail"),
    path(
        "seller-accounts/<int:pk>/edit/", accounts.seller_account_edit, name="seller_account_edit"
    ),
    path(
        "seller-accounts/<int:pk>/health/new/",
        accounts.health_snapshot_create,
        name="health_snapshot_create",
    ),
    path("seller-accounts/<int:pk>/health/import/", accounts.health_import, name="health_import"),
    path("health-snapshots/<int:pk>/", accounts.health_snapshot_edit, name="health_snapshot_edit"),
    path(
        "seller-accounts/<int:pk>/cases/", cases.seller_account_cases, name="seller_account_cases"
    ),
    path("cases/", cases.case_list, name="case_list"),
    path("cases/new/", cases.case_create, name="case_create"),
    path("cases/export.csv", cases.case_export, name="case_export"),
    path("cases/bulk/", cases.case_bulk, name="case_bulk"),
    path("cases/views/", cases.saved_view_create, name="saved_view_create"),
    path("cases/views/<int:pk>/delete/", cases.saved_view_delete, name="saved_view_delete"),
    path("cases/<int:pk>/", cases.case_detail, name="case_detail"),
    path("cases/<int:pk>/steps/<slug:step>/", wizard.case_wizard, name="case_wizard"),
    path("cases/<int:pk>/actions/<slug:action>/", cases.case_transition, name="case_transition"),
    path("cases/<int:pk>/reapply/", cases.case_reapply, name="case_reapply"),
    path("cases/<int:pk>/comments/", cases.case_comment, name="case_comment"),
    path("cases/<int:pk>/assignee/", cases.case_assign, name="case_assign"),
    path("cases/<int:pk>/poa/lint/", cases.poa_lint, name="poa_lint"),
    path("notifications/", notifications.notification_list, name="notification_list"),
    path(
        "notifications/<int:pk>/read/",
        notifications.notification_read,
        name="notification_read",
    ),
    path(
        "notifications/read-all/",
        notifications.notification_read_all,
        name="notification_read_all",
    ),
    path(
        "notifications/settings/",
        notifications.notification_settings,
        name="notification_settings",
    ),
    path("reports/outcomes/", reports.outcome_report_view, name="outcome_report"),
]
