"""Celery tasks of the documents app: thin, idempotent, named for what they do."""

import logging
from datetime import timedelta

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from . import pipeline
from .models import CaseDocument, JobStatus

log = logging.getLogger(__name__)


# Both slow tasks: acknowledged after they ran, re-queued if their worker dies, retried on
# transient storage and network errors only (a bad file is a result, not an exception).
RELIABLE = {
    "acks_late": True,
    "reject_on_worker_lost": True,
    "autoretry_for": (ConnectionError, TimeoutError),
    "retry_backoff": 5,
    "retry_backoff_max": 120,
    "retry_jitter": True,
    "max_retries": 3,
    "soft_time_limit": settings.CELERY_TASK_SOFT_TIME_LIMIT,
    "time_limit": settings.CELERY_TASK_TIME_LIMIT,
}


@shared_task(name="documents.check_document", **RELIABLE)
def check_document(case_document_id):
    try:
        return pipeline.run(case_document_id)
    except SoftTimeLimitExceeded:
        pipeline.fail(
            case_document_id,
            _("Checking took longer than %(s)s seconds. Retry, or upload a lighter scan.")
            % {"s": settings.CELERY_TASK_SOFT_TIME_LIMIT},
        )
    except (ConnectionError, TimeoutError):
        raise
    except Exception:
        log.exception("check_document %s failed", case_document_id)
        pipeline.fail(
            case_document_id,
            _(
                "The checks stopped on an unexpected error. Retry; if it happens again, "
                "tell us which file it was."
            ),
        )
    return None


@shared_task(name="documents.requeue_stranded")
def requeue_stranded(stuck_after=None):
    """Re-enqueue jobs a lost message or a killed worker left behind (the reconciler).

    A job still "running" is taken as stranded after the hard time limit plus a margin
    (`stuck_after` seconds, when given: an operator who knows the worker died).
    """
    from .services import enqueue_check

    now = timezone.now()
    queued_since = now - timedelta(minutes=2)
    if stuck_after is None:
        stuck_after = settings.CELERY_TASK_TIME_LIMIT + 60
    running_since = now - timedelta(seconds=stuck_after)
    stranded = CaseDocument.objects.filter(
        Q(status=JobStatus.QUEUED, queued_at__lt=queued_since)
        | Q(status__in=[JobStatus.READING, JobStatus.CHECKING], started_at__lt=running_since)
    ).values_list("pk", flat=True)[:500]
    count = 0
    for pk in stranded:
        enqueue_check(pk)
        count += 1
    from .models import PacketVersion
    from .packets.service import enqueue_render

    packets = PacketVersion.objects.filter(
        Q(status=JobStatus.QUEUED, created__lt=queued_since)
        | Q(status=JobStatus.READING, created__lt=running_since)
    ).values_list("pk", flat=True)[:100]
    for pk in packets:
        enqueue_render(pk)
        count += 1
    return count


@shared_task(name="documents.render_packet", **RELIABLE)
def render_packet(version_id):
    from .packets import service

    version = service.claim(version_id)
    if version is None:
        return None
    try:
        return service.render_version(version).pk
    except SoftTimeLimitExceeded:
        service.fail(version_id, _("Rendering took too long. Try again, or use lighter scans."))
    except (ConnectionError, TimeoutError):
        raise
    except Exception:
        log.exception("render_packet %s failed", version_id)
        service.fail(
            version_id,
            _(
                "The packet could not be rendered: a document may be damaged. Check the "
                "documents, then render again."
            ),
        )
    return None
