"""`python -m tests.shifted_celery <celery arguments>`: celery under the suite's clock.

The worker tests start the worker this way, so that with `TEST_CLOCK_SHIFT_DAYS` set the
worker process lives on the same day as the test that enqueues its jobs.
"""

from celery.__main__ import main

from tests import clock

if __name__ == "__main__":
    clock.start()
    main()
