"""The clock the suite runs under: today, or `TEST_CLOCK_SHIFT_DAYS` days from now.

`TEST_CLOCK_SHIFT_DAYS=90 pytest` runs every test as if it were 90 days later, to prove that
no test compares a literal date with today (conventions.md, Tests). The shift moves the
wall clock of the whole process, threads included (the live server of the browser tests),
with time-machine; a Celery worker started by a test runs through `tests.shifted_celery`
so that it reads the same clock. Monotonic clocks (timeouts) are left alone.
"""

import datetime
import os

import time_machine

VARIABLE = "TEST_CLOCK_SHIFT_DAYS"


def shift():
    return datetime.timedelta(days=int(os.getenv(VARIABLE) or 0))


def start():
    """Move this process's clock forward by the shift, ticking; None when there is none."""
    if not shift():
        return None
    traveller = time_machine.travel(datetime.datetime.now(datetime.UTC) + shift(), tick=True)
    traveller.start()
    return traveller
