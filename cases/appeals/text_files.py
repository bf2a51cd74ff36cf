"""Notices and plans of action saved as files, or piped in, for the command-line engines.

Consultants save Amazon's e-mails from many tools: UTF-8, UTF-8 with a BOM, UTF-16 from
Windows Notepad, or Windows-1252. A binary file (a PDF, a screenshot) is refused with a
plain message rather than parsed as noise.
"""

import codecs
import sys

from django.utils.translation import gettext as _

# Bytes that never occur in text but always do in PDFs, images and office files.
CONTROL_BYTES = set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27}
BINARY_SHARE = 0.01


class UnreadableText(Exception):
    """The file is missing, cannot be read, or is not text."""


def _decode(data):
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    controls = sum(byte in CONTROL_BYTES for byte in data)
    if b"\x00" in data or controls > len(data) * BINARY_SHARE:
        raise UnreadableText(_("This is not a text file."))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_text(path, stdin=None):
    """The text of the file at `path`, or of standard input when `path` is "-"."""
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin
        data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read()
        return data if isinstance(data, str) else _decode(data)
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError as error:
        raise UnreadableText(_("No such file: %(path)s") % {"path": path}) from error
    except IsADirectoryError as error:
        raise UnreadableText(_("%(path)s is a folder, not a file.") % {"path": path}) from error
    except OSError as error:
        raise UnreadableText(
            _("Cannot read %(path)s: %(reason)s") % {"path": path, "reason": error.strerror}
        ) from error
    try:
        return _decode(data)
    except UnreadableText as error:
        raise UnreadableText(f"{path}: {error}") from error
