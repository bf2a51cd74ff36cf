"""Peak memory of upload → check → preview → packet for crafted files (issue 13).

Each file runs in a fresh process on the embedded database: the upload (intake), the
checks and the preview (the worker's pipeline), then a packet with annotated copies. A
sampler adds up the resident memory (RSS) of the process and of every process under it
(the reading sandbox's server, its children, tesseract) every 10 ms; the peak of that sum
is printed with what the person sees at each step. Aim: under 1 GB for each file.

    python bench/file_memory.py            # all files
"""

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from _setup import ROOT, bench_case, django_in_tempdir

FILES = {
    "page 24 x 14,400 pt with text (PDF)": ("pdf", (24, 14400)),
    "page 14,400 x 14,400 pt with text (PDF)": ("pdf", (14400, 14400)),
    "79-megapixel JPEG": ("jpeg", 79),
    "49-megapixel JPEG (just under the limit)": ("jpeg", 49),
}


def tree_rss(root_pid):
    """Resident memory of `root_pid` and all its descendants, in bytes."""
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
                parents[int(entry)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                continue
    members, frontier = {root_pid}, [root_pid]
    while frontier:
        pid = frontier.pop()
        for child, parent in parents.items():
            if parent == pid and child not in members:
                members.add(child)
                frontier.append(child)
    total = 0
    for pid in members:
        try:
            with open(f"/proc/{pid}/statm") as handle:
                total += int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError):
            continue
    return total


class PeakSampler(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.peak = 0
        self.running = True

    def run(self):
        pid = os.getpid()
        while self.running:
            self.peak = max(self.peak, tree_rss(pid))
            time.sleep(0.01)


def crafted(kind, size):
    from tests.documents import oversized_samples as oversized

    if kind == "pdf":
        return oversized.page_pdf(*size)
    return oversized.jpeg_of(size, aspect=0.75)


def one_file(label):
    """Runs in its own process: the whole path for one file; prints one JSON line."""
    django_in_tempdir()
    from django.core.files.base import ContentFile

    from documents import pipeline, services
    from documents.intake import Refused
    from documents.models import CaseDocument
    from documents.packets import service

    kind, size = FILES[label]
    data = crafted(kind, size)
    services.enqueue_check = lambda pk: None  # the pipeline is run below, in this process
    case, user = bench_case(annotated_copies=True)
    sampler = PeakSampler()
    sampler.start()
    started = time.perf_counter()
    outcome = {"file": label, "bytes": len(data)}
    name = "crafted.pdf" if kind == "pdf" else "crafted.jpg"
    try:
        use = services.attach_upload(
            case=case, uploaded=ContentFile(data, name=name), purpose="invoice", by=user
        )
    except Refused as refusal:
        outcome["upload"] = f"refused: {refusal}"
    else:
        outcome["upload"] = "added"
        pipeline.run(use.pk)
        use = CaseDocument.objects.select_related("document").get(pk=use.pk)
        outcome["check"] = use.status_message or f"{use.status}, verdict {use.verdict}"
        outcome["preview"] = "drawn" if use.document.preview else "none"
        version = service.request_render(case=case, by=user, enqueue=False)
        from documents.tasks import render_packet

        render_packet.apply(args=[version.pk])
        version.refresh_from_db()
        outcome["packet"] = (
            f"{version.status}, {version.page_count} pages"
            if version.status == "done"
            else f"{version.status}: {version.status_message}"
        )
    outcome["seconds"] = round(time.perf_counter() - started, 1)
    time.sleep(0.05)
    sampler.running = False
    sampler.join()
    outcome["peak_rss_mb"] = round(sampler.peak / 1024 / 1024)
    print(json.dumps(outcome))


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        one_file(sys.argv[2])
        return
    print("Peak RSS (process and children) of upload → check → preview → packet; aim < 1 GB")
    for label in FILES:
        result = subprocess.run(
            [sys.executable, __file__, "--one", label],
            cwd=Path(__file__).parent,
            capture_output=True,
            text=True,
            timeout=900,
            env={**os.environ, "PYTHONPATH": str(ROOT), "LOG_LEVEL": "ERROR"},
        )
        lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
        if not lines:
            print(f"{label}: the run failed\n{result.stderr[-2000:]}")
            continue
        outcome = json.loads(lines[-1])
        print(f"\n{label} ({outcome['bytes'] / 1024:.0f} KB)")
        print(f"  peak RSS: {outcome['peak_rss_mb']} MB   time: {outcome['seconds']} s")
        for step in ("upload", "check", "preview", "packet"):
            if step in outcome:
                print(f"  {step}: {outcome[step]}")


if __name__ == "__main__":
    main()
