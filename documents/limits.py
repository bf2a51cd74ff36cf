"""The limits on every step that touches a user's file, read from settings in one place.

Intake, reading and OCR, previews, annotated copies and packets all take their figures
from here, so no step is the unguarded one and a file a later step would refuse is refused
at upload, with one message (conventions: limits in one place).
"""

from django.conf import settings

from .engine.sandbox import ReadingLimits

# A preview fits this box; a very long or very wide page is drawn smaller, never larger.
PREVIEW_BOX = (900, 2400)
# Annotated copies are drawn at this resolution, within ANNOTATED_MAX_PIXELS per page
# (A4 at 110 dpi is about 1.2 megapixels).
ANNOTATED_DPI = 110
ANNOTATED_MAX_PIXELS = 4_000_000
# A scan that is not a JPEG goes into the packet as a PNG of at most this size
# (A4 at 350 dpi); a JPEG goes in unchanged.
PACKET_PAGE_MAX_PIXELS = 12_000_000


def max_bytes():
    return settings.UPLOAD_MAX_BYTES


def max_pixels():
    return settings.UPLOAD_MAX_PIXELS


def max_pages():
    return settings.UPLOAD_MAX_PAGES


def reading_limits():
    """The sandbox's ceilings for reading, OCR and drawing a file."""
    seconds = settings.FILE_WORK_SECONDS
    return ReadingLimits(
        memory_bytes=settings.FILE_WORK_MEMORY_MB * 1024 * 1024,
        cpu_seconds=max(1, seconds - 30),
        wall_seconds=float(seconds),
        max_pages=max_pages(),
        max_pixels=max_pixels(),
    )


def quick_limits():
    """The same ceilings, with little time: for the look at a file during its upload."""
    limits = reading_limits()
    return ReadingLimits(
        **{**limits.__dict__, "cpu_seconds": 10, "wall_seconds": 15.0, "page_seconds": 5.0}
    )
