from functools import cache

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.templatetags.static import static
from django.urls import get_script_prefix, reverse

# The pages the navigation and the footer link to, and the files every page loads.
NAV_PAGES = (
    "home",
    "case_list",
    "seller_account_list",
    "supplier_list",
    "review_queue",
    "outcome_report",
    "members",
    "notification_list",
    "notification_settings",
    "password_change",
    "logout",
    "set_language",
    # Links of the desk's pages (case list, home), found once too.
    "case_create",
    "case_export",
    "case_bulk",
    "saved_view_create",
    "seller_account_create",
)
ASSETS = {
    "favicon": "favicon.svg",
    "bootstrap_css": "vendor/bootstrap/bootstrap.min.css",
    "app_css": "css/app.css",
    "bootstrap_js": "vendor/bootstrap/bootstrap.bundle.min.js",
    "htmx_js": "vendor/htmx/htmx.min.js",
    "app_js": "js/app.js",
    "file_drop_js": "js/file_drop.js",
}


@cache
def _chrome(script_prefix):
    """The navigation's links and the static files' URLs, the same on every page: found
    once per process (and script prefix) rather than by twenty {% url %} and {% static %}
    tags a page, about a tenth of a page's Python work."""
    return {
        "nav": {**{name: reverse(name) for name in NAV_PAGES}, "admin": reverse("admin:index")},
        "assets": {name: static(path) for name, path in ASSETS.items()},
    }


@receiver(setting_changed)
def _forget_chrome(**kwargs):
    _chrome.cache_clear()  # a test that changes the storage or the URLs sees the change


def navigation(request):
    membership = getattr(request, "membership", None)
    return {
        "membership": membership,
        "SITE_NAME": settings.SITE_NAME,
        # Counted with the membership (cases/middleware.py), not by a query of its own.
        "unread_notifications": getattr(membership, "unread_notifications", 0),
        **_chrome(get_script_prefix()),
    }
