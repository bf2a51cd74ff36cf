"""Pictures of a file's pages (previews, annotated copies) and a quick look at a PDF.

Runs inside the reading sandbox, like reading: a page of 14,400 × 14,400 points drawn at
screen resolution is half a gigapixel, so every drawing is sized from the page's own
dimensions before a pixel is allocated, under the same pixel limit as reading.
"""

import base64
import io

import pypdfium2
from PIL import Image

from . import image_reading
from .sniffing import PDF

_EXIF_ORIENTATION = 0x0112
_ORIENTATIONS = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_SWAPS_AXES = {Image.Transpose.TRANSPOSE, Image.Transpose.ROTATE_270}
_SWAPS_AXES |= {Image.Transpose.TRANSVERSE, Image.Transpose.ROTATE_90}


class DrawingRefused(Exception):
    def __init__(self, reason, **params):
        super().__init__(reason)
        self.reason = reason
        self.params = params


def fit_scale(width, height, *, dpi, box=None, max_pixels):
    """The scale (pixels per unit) at which a page of `width` × `height` units is drawn.

    At most `dpi` (for points: dpi / 72), inside `box` (pixels) when given, and never more
    than `max_pixels` in all.
    """
    width, height = max(float(width), 1.0), max(float(height), 1.0)
    scale = dpi / 72
    if box is not None:
        scale = min(scale, box[0] / width, box[1] / height)
    if width * height * scale * scale > max_pixels:
        scale = (max_pixels / (width * height)) ** 0.5
    return scale


def probe(data, content_type, limits):
    """What the upload needs to know of a PDF: it opens, without a password, and its pages."""
    if content_type != PDF:
        return {"ok": True, "page_count": 1}
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        # pdfium opens a PDF with an owner password only, as every reader does; it asks
        # for a password only when the user password is not empty.
        if "password" in str(error).lower():
            raise DrawingRefused("pdf_encrypted") from error
        raise DrawingRefused("pdf_malformed") from error
    try:
        count = len(document)
    finally:
        document.close()
    if count == 0:
        raise DrawingRefused("pdf_no_pages")
    if count > limits["max_pages"]:
        raise DrawingRefused("too_many_pages", pages=count, limit=limits["max_pages"])
    return {"ok": True, "page_count": count}


def draw(data, content_type, limits, options):
    """Draw up to `options["pages"]` pages; each comes back as an encoded picture."""
    max_pixels = min(options.get("max_pixels") or limits["max_pixels"], limits["max_pixels"])
    box = options.get("box")
    dpi = options.get("dpi", 72)
    count = min(options.get("pages", 1), limits["max_pages"])
    if content_type == PDF:
        pages = _pdf_pages(data, count, dpi=dpi, box=box, max_pixels=max_pixels)
    else:
        pages = _image_pages(data, count, box=box, max_pixels=max_pixels, limits=limits)
    drawn = []
    for number, image, size in pages:
        buffer = io.BytesIO()
        if options.get("format") == "JPEG":
            image.convert("RGB").save(buffer, "JPEG", quality=options.get("quality", 80))
        else:
            image.convert("RGB").save(buffer, "PNG", optimize=True)
        drawn.append(
            {
                "number": number,
                "width": size[0],
                "height": size[1],
                "unit": size[2],
                "pixels": list(image.size),
                "image": base64.b64encode(buffer.getvalue()).decode("ascii"),
            }
        )
    return {"ok": True, "pages": drawn}


def _pdf_pages(data, count, *, dpi, box, max_pixels):
    document = pypdfium2.PdfDocument(data)
    try:
        for index in range(min(len(document), count)):
            page = document[index]
            width, height = page.get_size()
            scale = fit_scale(width, height, dpi=dpi, box=box, max_pixels=max_pixels)
            image = page.render(scale=scale).to_pil()
            yield index + 1, image, (width, height, "pt")
    finally:
        document.close()


def _image_pages(data, count, *, box, max_pixels, limits):
    image_reading.apply_pixel_limit(limits["max_pixels"])
    with Image.open(io.BytesIO(data), formats=image_reading.ALLOWED_FORMATS) as source:
        frames = getattr(source, "n_frames", 1)
        for index in range(min(frames, count)):
            source.seek(index)
            width, height = source.size
            # Pixels are the unit here: dpi 72 makes the scale 1 at most (never enlarged).
            scale = min(1.0, fit_scale(width, height, dpi=72, box=box, max_pixels=max_pixels))
            target = (max(1, int(width * scale)), max(1, int(height * scale)))
            source.draft("RGB", target)  # a JPEG is decoded at a reduced size directly
            image = source.convert("RGB")
            if image.size != target:
                image = image.resize(target)
            # Upright, as the reader saw it, so the marks of its word boxes fall in place.
            method = _ORIENTATIONS.get(source.getexif().get(_EXIF_ORIENTATION))
            if method is not None:
                image = image.transpose(method)
                if method in _SWAPS_AXES:
                    width, height = height, width
            yield index + 1, image, (width, height, "px")
