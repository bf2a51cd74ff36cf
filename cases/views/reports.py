"""The outcome report: Amazon's decisions over a period, on a page or as CSV."""

from django.http import HttpResponse
from django.shortcuts import render

from ..notification_forms import PeriodForm
from ..outcomes import outcome_report, write_csv
from ..scoping import AGENCY, roles


@roles(*AGENCY)
def outcome_report_view(request):
    form = PeriodForm(request.GET)
    if not form.is_valid():
        return render(request, "cases/reports/outcomes.html", {"form": form}, status=400)
    report = outcome_report(
        request.membership, form.cleaned_data["start"], form.cleaned_data["end"]
    )
    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        name = f"outcomes-{report.start:%Y-%m-%d}-{report.end:%Y-%m-%d}.csv"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        write_csv(report, response)
        return response
    return render(request, "cases/reports/outcomes.html", {"form": form, "report": report})
