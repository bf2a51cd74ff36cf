"""Sign-up, invitation acceptance and password change: the ways in and out."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from ..forms import AcceptInvitationForm, LoginForm, SignupForm
from ..services.workspaces import InvitationError, accept_invitation, find_invitation, sign_up

BACKEND = "cases.auth.EmailBackend"


class LoginView(auth_views.LoginView):
    # Django's LoginView rotates the session key at login (no fixation).
    form_class = LoginForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        """A person who chose a language finds the pages in it on any browser."""
        response = super().form_valid(form)
        language = form.get_user().language
        if language:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                path=settings.LANGUAGE_COOKIE_PATH,
                domain=settings.LANGUAGE_COOKIE_DOMAIN,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )
        return response


@login_not_required
@require_http_methods(["GET", "POST"])
def signup(request):
    if request.user.is_authenticated:
        return redirect("home")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user, workspace = sign_up(
            workspace_name=form.cleaned_data["workspace_name"],
            email=form.cleaned_data["email"],
            password=form.cleaned_data["password"],
            full_name=form.cleaned_data["full_name"],
        )
        login(request, user, backend=BACKEND)
        messages.success(
            request,
            _("Welcome! %(workspace)s is ready. Start by adding a seller account.")
            % {"workspace": workspace.name},
        )
        return redirect("seller_account_create")
    return render(request, "registration/signup.html", {"form": form})


@login_not_required
@require_http_methods(["GET", "POST"])
def invitation_accept(request, token):
    try:
        invitation = find_invitation(token)
    except InvitationError as exc:
        return render(request, "cases/invitation_invalid.html", {"reason": str(exc)}, status=410)
    user = request.user if request.user.is_authenticated else None
    form = None if user else AcceptInvitationForm(request.POST or None, email=invitation.email)
    if request.method == "POST" and (form is None or form.is_valid()):
        try:
            membership = accept_invitation(
                token=token,
                user=user,
                password=form.cleaned_data["password"] if form else None,
                full_name=form.cleaned_data["full_name"] if form else "",
            )
        except InvitationError as exc:
            messages.error(request, str(exc))
        else:
            if user is None:
                login(request, membership.user, backend=BACKEND)
            request.session["workspace_id"] = membership.workspace_id
            messages.success(
                request,
                _("You joined %(workspace)s as %(role)s.")
                % {"workspace": membership.workspace.name, "role": membership.get_role_display()},
            )
            return redirect("home")
    return render(request, "cases/invitation_accept.html", {"invitation": invitation, "form": form})


class PasswordChangeView(auth_views.PasswordChangeView):
    """Changing the password ends every session, this one included: log in again."""

    success_url = reverse_lazy("login")

    def form_valid(self, form):
        form.save()
        logout(self.request)
        messages.success(self.request, _("Your password was changed. Log in with the new one."))
        return redirect(self.success_url)


class PasswordResetView(auth_views.PasswordResetView):
    """The link in the e-mail starts with settings.SITE_URL, like every e-mail we send, not
    with whatever Host header the request came with."""

    def form_valid(self, form):
        site = urlsplit(settings.SITE_URL)
        # Merged last into the e-mail's context, so these win over the request's host.
        self.extra_email_context = {
            **(self.extra_email_context or {}),
            "domain": site.netloc + site.path.rstrip("/"),
            "protocol": site.scheme,
        }
        return super().form_valid(form)
