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

from django.utils.translation import gettext as _
from PIL import Image

from . import limits
from .engine.sandbox import probe_in_sandbox

# Amazon's forms take PDF, JPEG, PNG and GIF (domain.md); the others we accept for
# checking and convert for submission.
AMAZON_TYPES = {"application/pdf", "image/jpeg", "image/png", "image/gif"}
SIGNATURES = [
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
]
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


def sniff(head):
    for signature, content_type in SIGNATURES:
        if head.startswith(signature):
            return content_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    # A PDF may carry up to 1 KB of junk before its header (PDF 1.7, 7.5.2).
    if b"%PDF-" in head[:1024]:
        return "application/pdf"
    return None


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
    found = probe_in_sandbox(data, "application/pdf", limits.quick_limits())
    if found.get("ok"):
        return found["page_count"]
    reason = found.get("reason")
    if reason == "pdf_encrypted":
        raise Refused(
            _(
                "This PDF is password-protected. Ask the supplier for an unprotected copy: "
                "Amazon cannot open it either."
            )
        )
    if reason == "too_many_pages":
        raise Refused(too_many_pages_message())
    if reason in ("timeout", "cpu_limit", "memory_limit"):
        raise Refused(
            _(
                "This PDF is too complex to open within our limits. Print it to a new PDF "
                "or scan it at 300 dpi, then upload it."
            )
        )
    raise Refused(
        _(
            "This PDF is damaged and cannot be opened. Download it again from the source, "
            "or ask the supplier for a new copy."
        )
    )


def too_many_pages_message():
    return _("This file has more than %(n)s pages. Upload each invoice on its own.") % {
        "n": limits.max_pages()
    }


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
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise Refused(
            _("This image is far too large in pixels to be a scan. Rescan at 300 dpi.")
        ) from None
    except Exception:  # noqa: BLE001 — any decoder error means the same to the person
        raise Refused(
            _("This image is damaged or incomplete. Export or scan it again, then upload it.")
        ) from None
    if width * height * frames > limit:
        raise Refused(
            _(
                "This image is %(found)s megapixels; the most we can check is %(limit)s. "
                "Rescan at 300 dpi, or save the photo at a smaller size."
            )
            % {"found": round(width * height * frames / 1_000_000), "limit": limit // 1_000_000}
        )
    if frames > limits.max_pages():
        raise Refused(too_many_pages_message())
    return frames


def examine(uploaded):
    """Accept the upload or raise Refused with a sentence for the person."""
    name = clean_name(getattr(uploaded, "name", ""))
    if not uploaded.size:
        raise Refused(
            _("The file is empty. Check it opens on your computer, then upload it again.")
        )
    if uploaded.size > limits.max_bytes():
        raise Refused(too_large_message())
    uploaded.seek(0)
    head = uploaded.read(2048)
    content_type = sniff(head)
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"heif"):
        # No maintained HEIC reader is installed: say so rather than "not an image".
        raise Refused(
            _(
                "This is an HEIC photo (the iPhone's format), which cannot be checked yet. "
                "Export it as JPEG (Photos › Share › Options › Most Compatible) or scan to PDF."
            )
        )
    if content_type is None:
        raise Refused(
            _(
                "This file is not a PDF or an image (JPEG, PNG, GIF, TIFF, WebP), whatever its "
                "name says. Upload the supplier's original PDF or a scan of the invoice."
            )
        )
    uploaded.seek(0)
    sha256, size, tail = _hash_and_scan(uploaded)
    uploaded.seek(0)
    if content_type == "application/pdf":
        if b"%%EOF" not in tail:
            raise Refused(
                _("This PDF is incomplete (it was cut off). Download it again from the source.")
            )
        pages = _check_pdf(uploaded)
    else:
        pages = _check_image(uploaded, content_type)
    uploaded.seek(0)
    return Intake(content_type, size, sha256, pages, name)


def too_large_message():
    limit = limits.max_bytes() // (1024 * 1024)
    return _(
        "The file is larger than %(mb)s MB. Scan at 300 dpi in black and white, or split the PDF."
    ) % {"mb": limit}
