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

    def get_user(self, user_id):
        """As ModelBackend's, with the person's memberships read in the same query (the
        workspace middleware's next step)."""
        from .middleware import load_person

        user = load_person(user_id)
        return user if user is not None and self.user_can_authenticate(user) else None


def address_is_flooding(ip_address):
    """Past LOGIN_ADDRESS_CEILING failures from one address, across all e-mails, in the
    cool-off period: someone is trying many accounts. The per-(e-mail, address) lockout
    stays the first line; this ceiling is far above what an office's typos reach."""
    from axes.models import AccessAttempt
    from django.conf import settings
    from django.db.models import Sum
    from django.utils import timezone

    if not ip_address:
        return False
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    failures = AccessAttempt.objects.filter(
        ip_address=ip_address, attempt_time__gte=since
    ).aggregate(total=Sum("failures_since_start"))["total"]
    return (failures or 0) >= settings.LOGIN_ADDRESS_CEILING
