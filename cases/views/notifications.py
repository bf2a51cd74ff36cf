"""The inbox: a person's own notifications in the workspace they work in, and their e-mail
choices."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from ..models import Notification
from ..notification_forms import NotificationPreferenceForm
from ..services import notifications

PAGE_SIZE = 25


def notification_list(request):
    lines = Notification.objects.for_inbox(request.membership).only(
        "pk", "case_id", "kind", "params", "created", "read_at"
    )
    page = Paginator(lines, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "cases/notifications/list.html", {"page": page, "query_string": ""})


@require_POST
def notification_read(request, pk):
    """Mark one line read; with `open`, go on to what it is about."""
    lines = Notification.objects.for_inbox(request.membership)
    line = get_object_or_404(lines, pk=pk)
    notifications.mark_read(lines.filter(pk=line.pk))
    if request.POST.get("open"):
        return redirect(line.path)
    return redirect("notification_list")


@require_POST
def notification_read_all(request):
    count = notifications.mark_read(Notification.objects.for_inbox(request.membership))
    messages.success(
        request,
        ngettext(
            "%(count)s notification marked read.", "%(count)s notifications marked read.", count
        )
        % {"count": count},
    )
    return redirect("notification_list")


@require_http_methods(["GET", "POST"])
def notification_settings(request):
    preference = notifications.preference_of(request.user)
    form = NotificationPreferenceForm(
        request.POST or None,
        initial={
            "email_kinds": preference.email_kinds,
            "email_mode": preference.email_mode,
            "language": request.user.language,
        },
    )
    if request.method == "POST" and form.is_valid():
        notifications.save_preference(user=request.user, **form.cleaned_data)
        messages.success(request, _("Your notification settings are saved."))
        return redirect("notification_settings")
    return render(request, "cases/notifications/settings.html", {"form": form})
