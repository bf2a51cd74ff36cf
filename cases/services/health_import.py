"""Import account-health snapshots from a CSV file: every row valid, or nothing imported."""

import csv
import io
from dataclasses import dataclass, field

from django import forms
from django.db import transaction
from django.utils.translation import gettext as _

from ..models import HealthSnapshot

REQUIRED_COLUMNS = ["date"]
METRIC_COLUMNS = [
    "order_defect_rate",
    "late_shipment_rate",
    "pre_fulfillment_cancel_rate",
    "valid_tracking_rate",
    "positive_feedback",
    "feedback_count",
    "average_response_hours",
    "return_rate",
    "policy_violations",
]
ALL_COLUMNS = REQUIRED_COLUMNS + METRIC_COLUMNS
MAX_ROWS = 5000
MAX_BYTES = 2 * 1024 * 1024


class SnapshotRowForm(forms.ModelForm):
    class Meta:
        model = HealthSnapshot
        fields = ALL_COLUMNS


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    errors: list = field(default_factory=list)  # [(line number, message)]

    @property
    def ok(self):
        return not self.errors


def _decode(uploaded):
    if uploaded.size > MAX_BYTES:
        raise ValueError(_("The file is larger than 2 MB. Split it into several files."))
    raw = b"".join(uploaded.chunks())
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValueError(_("The file is not text. Export the report from your spreadsheet as CSV."))


def _reader(text):
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return csv.DictReader(io.StringIO(text), dialect=dialect)


def import_health_csv(*, seller_account, uploaded):
    """Validate every row first, then write them all in one transaction.

    A row for a date that already has a snapshot replaces its figures.
    """
    result = ImportResult()
    try:
        reader = _reader(_decode(uploaded))
        header = [(h or "").strip().lower() for h in (reader.fieldnames or [])]
    except (ValueError, csv.Error) as exc:
        result.errors.append((0, str(exc)))
        return result
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    unknown = [h for h in header if h and h not in ALL_COLUMNS]
    if missing or unknown or not any(c in header for c in METRIC_COLUMNS):
        result.errors.append(
            (
                1,
                _(
                    "The columns are not the expected ones (missing: %(missing)s; unknown: "
                    "%(unknown)s). The first line must name the columns: %(expected)s."
                )
                % {
                    "missing": ", ".join(missing) or "–",
                    "unknown": ", ".join(unknown) or "–",
                    "expected": ", ".join(ALL_COLUMNS),
                },
            )
        )
        return result
    reader.fieldnames = header
    existing = {s.date: s for s in seller_account.health_snapshots.all()}
    forms_to_save, seen = [], set()
    for line, row in enumerate(reader, start=2):
        if line - 1 > MAX_ROWS:
            result.errors.append(
                (line, _("More than %(n)s rows: split the file.") % {"n": MAX_ROWS})
            )
            break
        data = {k: (v or "").strip().replace("%", "") for k, v in row.items() if k}
        if not any(data.values()):
            continue
        form = SnapshotRowForm(data=data)
        if not form.is_valid():
            messages = [
                f"{form.fields[name].label if name in form.fields else name}: {'; '.join(errs)}"
                for name, errs in form.errors.items()
            ]
            result.errors.append((line, " ".join(messages)))
            continue
        date = form.cleaned_data["date"]
        if date in seen:
            result.errors.append((line, _("The date %(date)s appears twice.") % {"date": date}))
            continue
        seen.add(date)
        if date in existing:
            form = SnapshotRowForm(data=data, instance=existing[date])
            form.is_valid()
        forms_to_save.append(form)
    if not forms_to_save and not result.errors:
        result.errors.append((0, _("The file holds no rows.")))
    if result.errors:
        return result
    with transaction.atomic():
        for form in forms_to_save:
            is_new = form.instance.pk is None
            snapshot = form.save(commit=False)
            snapshot.seller_account = seller_account
            snapshot.save()
            if is_new:
                result.created += 1
            else:
                result.updated += 1
    return result
