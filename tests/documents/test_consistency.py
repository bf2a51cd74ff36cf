"""The storage consistency check, and the time limits of the check task."""

import io

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command

from documents.models import CaseDocument
from tests.factories import attach_checked_invoice, make_case


def test_missing_files_and_orphans_are_reported(tenants):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    kept = attach_checked_invoice(case, days_old=10)
    lost = attach_checked_invoice(case, days_old=20)
    default_storage.delete(lost.document.file.name)
    default_storage.save("documents/999/stray", ContentFile(b"nobody's"))
    out = io.StringIO()
    with pytest.raises(SystemExit) as exit_status:
        call_command("check_storage", stdout=out)
    report = out.getvalue()
    assert exit_status.value.code == 1
    assert f"missing file: {lost.document.file.name}" in report
    assert "file without a row: documents/999/stray" in report
    assert kept.document.file.name not in report


def test_a_clean_store_reports_nothing(tenants):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    attach_checked_invoice(case)
    out = io.StringIO()
    call_command("check_storage", stdout=out)
    assert "0 missing, 0 without a row" in out.getvalue()


def test_a_check_over_its_time_limit_ends_in_error_with_a_sentence(tenants, monkeypatch):
    from documents import tasks

    case = make_case(tenants.a1, by=tenants.consultant_a)
    use = attach_checked_invoice(case)
    CaseDocument.objects.filter(pk=use.pk).update(status="queued")

    def too_slow(pk, owner=None):
        raise SoftTimeLimitExceeded()

    monkeypatch.setattr(tasks.pipeline, "run", too_slow)
    tasks.check_document(use.pk)
    use.refresh_from_db()
    assert use.status == "error" and "took longer than" in use.status_message
