from functools import cache

from django.conf import settings

from .models import Notification


def navigation(request):
    membership = getattr(request, "membership", None)

    @cache
    def unread_notifications():
        # One count on a partial index, and only on pages that show the navigation.
        if membership is None:
            return 0
        return Notification.objects.for_inbox(membership).unread().count()

    return {
        "membership": membership,
        "SITE_NAME": settings.SITE_NAME,
        "unread_notifications": unread_notifications,
    }
