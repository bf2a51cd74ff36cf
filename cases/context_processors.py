from django.conf import settings


def navigation(request):
    return {"membership": getattr(request, "membership", None), "SITE_NAME": settings.SITE_NAME}
