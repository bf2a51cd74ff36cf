"""Upload intake: what a file is (from its bytes), and whether we accept it.

Cheap, bounded checks only: the web process never parses a PDF's content or decodes an
image. A PDF is opened (does it need a password, how many pages) in the reading sandbox's
child process; reading and OCR happen in the worker, in the same sandbox.
"""

import hashlib
import re
import unicodedata
import warnings
from dataclasses import dataclass

from PIL import Image

from . import limits
from .engine.checks.readable import refusal_message
from .engine.image_reading import bomb_figures
from .engine.sandbox import probe_in_sandbox
from .engine.sniffing import AMAZON_TYPES, PDF, describe_unaccepted, sniff_content_type

PILLOW_FORMATS = {
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/gif": "GIF",
    "image/tiff": "TIFF",
    "image/webp": "WEBP",
}
EXTENSIONS = {
    "application/pdf": "pdf",
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/gif": "gif",
    "image/tiff": "tif",
    "image/webp": "webp",
}


class Refused(Exception):
    """The file is not accepted; the message says what is wrong and what to do."""


@dataclass
class Intake:
    content_type: str
    size: int
    sha256: str
    page_count: int
    original_name: str

    @property
    def needs_conversion(self):
        return self.content_type not in AMAZON_TYPES


def clean_name(name):
    """A file name safe to show and to put in a header: no path, no control characters."""
    name = unicodedata.normalize("NFKC", str(name or "")).replace("\\", "/").split("/")[-1]
    name = re.sub(r"[\x00-\x1f\x7f\"<>|;]", "", name).strip(" .")
    return name[:150] or "document"


def _hash_and_scan(uploaded):
    """SHA-256 and the end of the file, reading it chunk by chunk (never whole)."""
    digest, size, tail = hashlib.sha256(), 0, b""
    for chunk in uploaded.chunks():
        digest.update(chunk)
        size += len(chunk)
        tail = (tail + chunk)[-1024:]
    return digest.hexdigest(), size, tail


def _check_pdf(uploaded):
    """A look at the PDF in the reading sandbox: it opens without a password, its pages.

    Parsing a hostile PDF is never done in the web process; the sandbox's child does it
    under the file limits, in a second or so, and says what a later step would say.
    """
    data = uploaded.read(limits.max_bytes() + 1)
    found = probe_in_sandbox(data, PDF, limits.quick_limits())
    if not found.get("ok"):
        refuse(found.get("reason"), **(found.get("params") or {}))
    return found["page_count"]


def _check_image(uploaded, content_type):
    limit = limits.max_pixels()
    uploaded.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            # Only the format we sniffed may open it; open() reads the header, not pixels.
            with Image.open(uploaded, formats=[PILLOW_FORMATS[content_type]]) as image:
                width, height = image.size
                frames = getattr(image, "n_frames", 1)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        refuse("too_many_pixels", **{**bomb_figures(error), "limit_megapixels": limit // 10**6})
    except Exception:  # noqa: BLE001 — any decoder error means the same to the person
        refuse("image_unreadable")
    if width * height * frames > limit:
        refuse(
            "too_many_pixels",
            megapixels=round(width * height * frames / 1_000_000),
            limit_megapixels=limit // 1_000_000,
        )
    if frames > limits.max_pages():
        refuse("too_many_pages", pages=frames, limit=limits.max_pages())
    return frames


def refuse(reason, **params):
    """Refuse the upload with the reader's own sentence for the same reason."""
    raise Refused(refusal_message(reason, params))


def examine(uploaded):
    """Accept the upload or raise Refused with a sentence for the person."""
    name = clean_name(getattr(uploaded, "name", ""))
    if not uploaded.size:
        refuse("empty")
    if uploaded.size > limits.max_bytes():
        raise Refused(too_large_message())
    uploaded.seek(0)
    head = uploaded.read(2048)
    content_type = sniff_content_type(head)
    if content_type is None:
        refuse(describe_unaccepted(head))
    uploaded.seek(0)
    sha256, size, tail = _hash_and_scan(uploaded)
    uploaded.seek(0)
    if content_type == PDF:
        if b"%%EOF" not in tail:
            refuse("pdf_truncated")
        pages = _check_pdf(uploaded)
    else:
        pages = _check_image(uploaded, content_type)
    uploaded.seek(0)
    return Intake(content_type, size, sha256, pages, name)


def too_large_message():
    return refusal_message("too_large", {"limit_mb": limits.max_bytes() // (1024 * 1024)})
