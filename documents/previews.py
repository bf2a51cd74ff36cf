"""Previews: a small PNG of the first page, drawn by us, never the uploaded bytes.

Drawn in the reading sandbox under the file limits (documents/limits.py): a page of
24 × 14,400 points becomes a narrow strip inside the preview box, not 486 megapixels.
"""

import base64
import logging

from django.core.files.base import ContentFile

from . import limits
from .engine.sandbox import draw_in_sandbox

log = logging.getLogger(__name__)


def first_page_png(data, content_type):
    """The PNG bytes of the first page, or None when the sandbox refused to draw it."""
    drawn = draw_in_sandbox(
        data,
        content_type,
        limits.reading_limits(),
        pages=1,
        dpi=150,
        box=limits.PREVIEW_BOX,
        format="PNG",
    )
    if not drawn.get("ok") or not drawn.get("pages"):
        log.warning("No preview: %s", drawn.get("reason"))
        return None
    return base64.b64decode(drawn["pages"][0]["image"])


def make_preview(document):
    """Store the preview once; a file we cannot draw simply has none."""
    if document.preview:
        return
    with document.file.open("rb") as handle:
        data = handle.read(limits.max_bytes() + 1)
    png = first_page_png(data, document.content_type) if len(data) <= limits.max_bytes() else None
    if png is None:
        return
    document.preview.save("preview", ContentFile(png), save=False)
    type(document).objects.filter(pk=document.pk).update(preview=document.preview.name)
