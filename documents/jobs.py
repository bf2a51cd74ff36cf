"""One way to claim, advance, release and end slow work: invoice checks and packet renders.

A worker claims a job with a conditional update that takes a lease (who, until when). A
second delivery of the same message while the lease is live does nothing (Celery redelivers
after a lost connection or a restart; a second OCR run beside the first helps nobody).
Only a lease that expired, because its worker died or hung, is taken again; that counts as
a lost attempt, and a job that lost JOB_MAX_ATTEMPTS attempts ends in "error" instead of
killing workers forever (healthchecks' sendalerts claims the same way).
"""

import os
import socket
from datetime import timedelta

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone

from .models import JobStatus

RUNNING = (JobStatus.READING, JobStatus.CHECKING, JobStatus.RENDERING)
ACTIVE = (JobStatus.QUEUED, *RUNNING)
# A queued job whose message has not started it within this time is sent again.
QUEUED_GRACE = timedelta(minutes=2)


def worker_name(task_id=None):
    name = f"{socket.gethostname()}:{os.getpid()}"
    return f"{name}:{task_id}"[:120] if task_id else name


def _lease_end(now):
    return now + timedelta(seconds=settings.JOB_LEASE_SECONDS)


def claim(model, pk, *, status, owner):
    """Take the job for `owner`; True if taken, False when done, gone or held by another."""
    now = timezone.now()
    values = {
        "status": status,
        "percent": 5,
        "status_message": "",
        "lease_owner": owner,
        "lease_expires_at": _lease_end(now),
        "started_at": now,
        "finished_at": None,
    }
    if model.objects.filter(pk=pk, status=JobStatus.QUEUED).update(**values):
        return True
    expired = Q(lease_expires_at__lt=now) | Q(lease_expires_at__isnull=True)
    return bool(
        model.objects.filter(expired, pk=pk, status__in=RUNNING).update(
            lost_attempts=F("lost_attempts") + 1, **values
        )
    )


def out_of_attempts(job):
    return job.lost_attempts >= settings.JOB_MAX_ATTEMPTS


def advance(model, pk, *, owner, status, percent, message=""):
    """Progress of the lease holder; it renews the lease. A worker that lost it writes nothing."""
    return model.objects.filter(pk=pk, status__in=RUNNING, lease_owner=owner).update(
        status=status,
        percent=percent,
        status_message=message,
        lease_expires_at=_lease_end(timezone.now()),
    )


def release(model, pk, *, owner):
    """Back to the queue (a transient error: the retry must be able to claim it)."""
    return model.objects.filter(pk=pk, status__in=RUNNING, lease_owner=owner).update(
        status=JobStatus.QUEUED,
        lease_owner="",
        lease_expires_at=None,
        queued_at=timezone.now(),
    )


def finish(model, pk, *, owner, **values):
    """Done, if `owner` still holds the job."""
    return model.objects.filter(pk=pk, lease_owner=owner, status__in=RUNNING).update(
        status=JobStatus.DONE,
        percent=100,
        status_message="",
        lease_owner="",
        lease_expires_at=None,
        finished_at=timezone.now(),
        **values,
    )


def fail(model, pk, message):
    return model.objects.filter(pk=pk).update(
        status=JobStatus.ERROR,
        status_message=message,
        percent=100,
        lease_owner="",
        lease_expires_at=None,
        finished_at=timezone.now(),
    )


def stranded(model, *, stuck_after=None, limit=500):
    """Jobs whose message was lost, or whose worker died: their pks, to enqueue again.

    `stuck_after` (seconds): an operator who knows the workers died expires the leases of
    jobs started longer ago than that.
    """
    now = timezone.now()
    if stuck_after is not None:
        model.objects.filter(
            status__in=RUNNING, started_at__lte=now - timedelta(seconds=stuck_after)
        ).update(lease_expires_at=now)
        now = timezone.now() + timedelta(microseconds=1)
    return list(
        model.objects.filter(
            Q(status=JobStatus.QUEUED, queued_at__lt=now - QUEUED_GRACE)
            | Q(status__in=RUNNING, lease_expires_at__lt=now)
            | Q(status__in=RUNNING, lease_expires_at__isnull=True)
        ).values_list("pk", flat=True)[:limit]
    )
