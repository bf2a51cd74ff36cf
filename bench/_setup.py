"""Shared set-up of the bench scripts: a throwaway embedded database in a temporary folder."""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def django_in_tempdir():
    folder = tempfile.mkdtemp(prefix="ungating-bench-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ungating.settings")
    os.environ["VAR_DIR"] = folder
    os.environ.pop("DATABASE_URL", None)
    os.environ.pop("REDIS_URL", None)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return folder
