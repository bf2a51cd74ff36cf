"""Parsing and OCR in a child process with memory, CPU and wall-clock limits.

pypdf alone published more than fifteen crafted-PDF denial-of-service advisories in
2025-26, and pdfplumber and tesseract have no timeout of their own (issue 9), so no parser
ever runs in the web or worker process itself.

How: each process that checks invoices starts one small reader server (`python -c`, so it
works the same under a Celery prefork worker, whose daemonic processes may not use
multiprocessing children, gunicorn, runserver or a management command). The server has
already imported the parsers and forks one short-lived child per file, so a one-page PDF
costs a fork rather than an interpreter start (performance-notes V1). The child gets its
own end of a socket pair, sets its limits, reads, answers in JSON and exits. The server
stops when the process that started it closes its end (it exits or dies).
"""

import contextlib
import json
import os
import resource
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class ReadingLimits:
    memory_bytes: int = 1536 * 1024 * 1024
    cpu_seconds: int = 120
    wall_seconds: float = 150.0
    max_pages: int = 30
    # A4 at 600 dpi is about 35 MP; Pillow's own default lets 179 MP through (catalog a2).
    max_pixels: int = 50_000_000
    max_stream_bytes: int = 64 * 1024 * 1024
    max_inflated_bytes: int = 512 * 1024 * 1024
    page_seconds: float = 10.0
    ocr_seconds: float = 60.0
    max_result_bytes: int = 64 * 1024 * 1024


def read_in_sandbox(data, content_type, limits=None):
    """Read `data` in a child process; return the child's facts or a refusal dict.

    Never raises for a hostile file: a crash, a timeout or a limit is a refusal with a
    reason code, like a malformed file.
    """
    return run_in_sandbox("read", data, content_type, limits)


def probe_in_sandbox(data, content_type, limits=None):
    """A quick look at a file (does a PDF open, how many pages) under the same limits."""
    return run_in_sandbox("probe", data, content_type, limits)


def draw_in_sandbox(data, content_type, limits=None, **options):
    """Pictures of the first pages (`pages`, `dpi`, `box`, `max_pixels`, `format`).

    Returns `{"ok": True, "pages": [{number, width, height, unit, pixels, image}]}`, the
    image base64-encoded, or a refusal dict.
    """
    return run_in_sandbox("draw", data, content_type, limits, options)


TASKS = ("read", "probe", "draw")


def run_in_sandbox(task, data, content_type, limits=None, options=None):
    if task not in TASKS:
        raise ValueError(task)
    limits = limits or ReadingLimits()
    deadline = time.monotonic() + limits.wall_seconds
    try:
        connection = _server.new_child()
    except OSError:
        return _refusal("crashed", exit_code=None)
    with connection:
        try:
            child_pid = int(_read_line(connection, deadline))
        except (OSError, ValueError, TimeoutError):
            return _refusal("crashed", exit_code=None)
        try:
            header = {
                "task": task,
                "content_type": content_type,
                "limits": asdict(limits),
                "options": options or {},
                "size": len(data),
            }
            connection.settimeout(max(0.1, deadline - time.monotonic()))
            connection.sendall(json.dumps(header).encode() + b"\n")
            connection.sendall(data)
            return _read_result(connection, deadline, limits)
        except TimeoutError:
            _kill_group(child_pid)
            return _refusal("timeout", seconds=round(limits.wall_seconds))
        except OSError:
            _kill_group(child_pid)
            return _refusal("crashed", exit_code=None)


def _kill_group(child_pid):
    # The child leads its own process group: tesseract dies with it (catalog I06).
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(child_pid, signal.SIGKILL)


def _read_result(connection, deadline, limits):
    chunks, size = [], 0
    while True:
        connection.settimeout(max(0.01, deadline - time.monotonic()))
        chunk = connection.recv(1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if size > limits.max_result_bytes:
            return _refusal("crashed", exit_code=None)
    payload = b"".join(chunks)
    if not payload:
        # The child died without a word: killed for memory, or a crash in a C library.
        return _refusal("memory_limit")
    # JSON, not pickle: a child compromised by a crafted file must not run code here.
    try:
        return json.loads(payload)
    except ValueError:
        return _refusal("crashed", exit_code=None)


def _read_line(connection, deadline):
    line = b""
    while not line.endswith(b"\n"):
        connection.settimeout(max(0.01, deadline - time.monotonic()))
        chunk = connection.recv(1)
        if not chunk:
            raise OSError("reader child closed")
        line += chunk
    return line.decode()


def _refusal(reason, **params):
    return {"ok": False, "reason": reason, "params": params}


class _ReaderServer:
    """The parent side: starts the server on first use, again if it died (or we forked)."""

    def __init__(self):
        self._lock = threading.Lock()
        self._process = None
        self._control = None
        self._owner = None

    def new_child(self):
        parent_end, child_end = socket.socketpair()
        try:
            with self._lock:
                for attempt in (1, 2):
                    self._ensure_running(restart=attempt == 2)
                    try:
                        socket.send_fds(self._control, [b"c"], [child_end.fileno()])
                        break
                    except OSError:
                        if attempt == 2:
                            raise
        finally:
            child_end.close()
        return parent_end

    def _ensure_running(self, *, restart):
        alive = (
            self._process is not None
            and self._owner == os.getpid()
            and self._process.poll() is None
        )
        if alive and not restart:
            return
        if self._control is not None and self._owner == os.getpid():
            self._control.close()
            if self._process.poll() is None:
                self._process.kill()
                self._process.wait()
        self._control, server_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        environment = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        self._process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-c", "from documents.engine.sandbox import serve; serve()"],
            stdin=server_end,
            env=environment,
            close_fds=True,
        )
        server_end.close()
        self._owner = os.getpid()


_server = _ReaderServer()


def serve():
    """The reader server's loop: one forked child per request, until the parent goes."""
    from . import drawing, reading  # noqa: F401 - imported once here, inherited by children

    control = socket.socket(fileno=0)
    # Children are reaped by the kernel; their outcome travels through their socket.
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    while True:
        try:
            message, fds, _flags, _address = socket.recv_fds(control, 16, 1)
        except (OSError, KeyboardInterrupt):
            return
        if not message:
            return
        if not fds:
            continue
        pid = os.fork()
        if pid == 0:
            control.close()
            code = 0
            try:
                _child_main(socket.socket(fileno=fds[0]))
            except BaseException:  # noqa: BLE001 - a child must never return to the loop
                code = 1
            os._exit(code)
        os.close(fds[0])


class _CpuLimit(Exception):
    pass


def _child_main(connection):
    os.setpgid(0, 0)
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)  # subprocess needs to reap tesseract
    connection.sendall(f"{os.getpid()}\n".encode())
    header = json.loads(_read_line(connection, time.monotonic() + 30))
    limits = header["limits"]
    memory = limits["memory_bytes"]
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    cpu = limits["cpu_seconds"]
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))

    def out_of_cpu(_signum, _frame):
        raise _CpuLimit

    signal.signal(signal.SIGXCPU, out_of_cpu)
    try:
        data = _receive(connection, header["size"])
        facts = _perform(header, data, limits)
        del data
    except _CpuLimit:
        facts = _refusal("cpu_limit")
    except MemoryError:
        facts = _refusal("memory_limit")
    except Exception as error:  # noqa: BLE001 - any parser error is a refusal, not a crash
        reason = "pdf_malformed" if header["content_type"] == "application/pdf" else "crashed"
        facts = _refusal(reason, error=type(error).__name__)
    try:
        payload = json.dumps(facts).encode()
    except MemoryError:
        payload = json.dumps(_refusal("memory_limit")).encode()
    connection.settimeout(30)
    connection.sendall(payload)
    connection.close()


def _perform(header, data, limits):
    from . import drawing, image_reading
    from .reading import read_document

    task, content_type = header["task"], header["content_type"]
    if task == "read":
        return read_document(data, content_type, limits)
    image_reading.apply_pixel_limit(limits["max_pixels"])
    try:
        if task == "probe":
            return drawing.probe(data, content_type, limits)
        return drawing.draw(data, content_type, limits, header["options"])
    except (drawing.DrawingRefused, image_reading.ImageRefused) as refusal:
        return _refusal(refusal.reason, **refusal.params)
    except image_reading.PIXEL_BOMBS as error:
        return _refusal("too_many_pixels", **image_reading.bomb_figures(error))


def _receive(connection, size):
    connection.settimeout(30)
    buffer = bytearray(size)
    view = memoryview(buffer)
    received = 0
    while received < size:
        count = connection.recv_into(view[received:])
        if not count:
            raise OSError("parent closed")
        received += count
    return bytes(buffer)
