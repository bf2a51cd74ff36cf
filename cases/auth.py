"""Login by e-mail, case-insensitively, with django-axes counting failures per (e-mail, address)."""

from django.contrib.auth.backends import ModelBackend


def normalize_email(value):
    return (value or "").strip().lower()


def axes_username(request, credentials):
    """Axes counts failures under the normalized e-mail, so 'Bob@x' and 'bob@x' are one."""
    if credentials and credentials.get("username"):
        return normalize_email(credentials["username"])
    return normalize_email(request.POST.get("username")) if request is not None else ""


class EmailBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        return super().authenticate(
            request, username=normalize_email(username), password=password, **kwargs
        )
