"""Previews: a small PNG of the first page, drawn by us, never the uploaded bytes."""

import io
import logging
import warnings

from django.conf import settings
from django.core.files.base import ContentFile
from PIL import Image

log = logging.getLogger(__name__)
PREVIEW_WIDTH = 900


def _first_page_image(data, content_type):
    if content_type == "application/pdf":
        import pypdfium2

        document = pypdfium2.PdfDocument(data)
        try:
            page = document[0]
            width, _height = page.get_size()
            return page.render(scale=PREVIEW_WIDTH / max(width, 1)).to_pil()
        finally:
            document.close()
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        Image.MAX_IMAGE_PIXELS = settings.UPLOAD_MAX_PIXELS
        image = Image.open(io.BytesIO(data))
        image.draft("RGB", (PREVIEW_WIDTH, PREVIEW_WIDTH * 2))
        image.seek(0)
        image = image.convert("RGB")
    image.thumbnail((PREVIEW_WIDTH, PREVIEW_WIDTH * 2))
    return image


def make_preview(document):
    """Store the preview once; a file we cannot draw simply has none."""
    if document.preview:
        return
    try:
        with document.file.open("rb") as handle:
            image = _first_page_image(handle.read(), document.content_type)
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, "PNG", optimize=True)
    except Exception:  # noqa: BLE001 — a preview is a convenience, never a failure
        log.warning("No preview for document %s", document.pk, exc_info=True)
        return
    document.preview.save("preview", ContentFile(buffer.getvalue()), save=False)
    type(document).objects.filter(pk=document.pk).update(preview=document.preview.name)
