from django.urls import path

from .views import accounts, auth, workspace

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
    path(
        "seller-accounts/<int:pk>/health/import/",
        accounts.health_import,
        name="health_import",
    ),
]
