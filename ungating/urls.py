from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.templatetags.static import static
from django.urls import include, path
from django.utils.functional import lazy
from django.views.generic import RedirectView

from cases.views import auth as case_auth
from cases.views.workspace import set_language

# Browsers ask for /favicon.ico on their own (PDFs, pages without our <link rel="icon">).
# Not permanent: the static file's name carries its hash, resolved at request time.
favicon = login_not_required(RedirectView.as_view(url=lazy(static, str)("favicon.svg")))

urlpatterns = [
    path("favicon.ico", favicon, name="favicon"),
    path("accounts/login/", case_auth.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "accounts/password/change/",
        case_auth.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path("accounts/password/reset/", case_auth.PasswordResetView.as_view(), name="password_reset"),
    path(
        "accounts/password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "accounts/password/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "accounts/password/reset/complete/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("i18n/setlang/", set_language, name="set_language"),
    path("admin/", admin.site.urls),
    path("", include("cases.urls")),
    path("", include("documents.urls")),
]
