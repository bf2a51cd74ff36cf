from django.conf import settings


def navigation(request):
    membership = getattr(request, "membership", None)
    return {
        "membership": membership,
        "SITE_NAME": settings.SITE_NAME,
        # Counted with the membership (cases/middleware.py), not by a query of its own.
        "unread_notifications": getattr(membership, "unread_notifications", 0),
    }
