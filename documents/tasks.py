"""Celery tasks of the documents app: thin, idempotent, named for what they do."""

import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.utils.translation import gettext as _

from . import jobs, pipeline
from .models import CaseDocument
from .packets.errors import PacketError

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


@shared_task(name="documents.check_document", bind=True, **RELIABLE)
def check_document(self, case_document_id):
    owner = jobs.worker_name(self.request.id)
    try:
        return pipeline.run(case_document_id, owner)
    except SoftTimeLimitExceeded:
        pipeline.fail(
            case_document_id,
            _("Checking took longer than %(s)s seconds. Retry, or upload a lighter scan.")
            % {"s": settings.CELERY_TASK_SOFT_TIME_LIMIT},
        )
    except (ConnectionError, TimeoutError):
        pipeline.release(case_document_id, owner)  # the retry must find it queued
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
    """Enqueue again the jobs a lost message or a dead worker left behind (the reconciler).

    A running job is stranded when its lease expired; with `stuck_after` (seconds), an
    operator who knows the workers died expires the leases of jobs started before that.
    """
    from .models import PacketVersion
    from .packets.service import enqueue_render
    from .services import enqueue_check

    count = 0
    for model, enqueue in ((CaseDocument, enqueue_check), (PacketVersion, enqueue_render)):
        for pk in jobs.stranded(model, stuck_after=stuck_after):
            enqueue(pk)
            count += 1
    return count


@shared_task(name="documents.render_packet", bind=True, **RELIABLE)
def render_packet(self, version_id):
    from .packets import service

    owner = jobs.worker_name(self.request.id)
    version = service.claim(version_id, owner)
    if version is None:
        return None
    try:
        return service.render_version(version).pk
    except SoftTimeLimitExceeded:
        service.fail(version_id, _("Rendering took too long. Try again, or use lighter scans."))
    except PacketError as error:
        service.fail(version_id, str(error))
    except (ConnectionError, TimeoutError):
        service.release(version_id, owner)
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
