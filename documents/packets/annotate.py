"""Annotated copies: a picture of each invoice page with semi-transparent highlights.

The original is never drawn on. Each copy is a new page, headed as a copy annotated by the
workspace, naming the page of the original it reflects; the marks come from the word
boxes the checks found (ASINs, bill-to block, supplier details).
"""

import base64
import io

from PIL import Image

from .. import limits
from ..engine.sandbox import draw_in_sandbox
from ..selectors import OUTLINE_KINDS
from .errors import undrawable

# The colour of each kind of mark; its name in the legend is the preview's (OUTLINE_KINDS).
KINDS = {
    "asin": ("#ffd60a",),
    "bill_to": ("#4cc9f0",),
    "supplier": ("#80ed99",),
}


def page_pictures(attachment, *, pages, dpi, max_pixels, box=None, picture_format="JPEG"):
    """[(page number, picture bytes, (width, height, unit))], drawn in the sandbox.

    Raises PacketDocumentError naming the document when it cannot be drawn in the limits.
    """
    drawn = draw_in_sandbox(
        attachment.data,
        attachment.document.content_type,
        limits.reading_limits(),
        pages=pages,
        dpi=dpi,
        box=box,
        max_pixels=max_pixels,
        format=picture_format,
    )
    if not drawn.get("ok"):
        raise undrawable(attachment.document, drawn.get("reason"))
    return [
        (
            page["number"],
            base64.b64decode(page["image"]),
            (page["width"], page["height"], page["unit"]),
        )
        for page in drawn["pages"]
    ]


def _marks(boxes, page_number, size):
    width, height, _unit = size
    marks = []
    for box in boxes:
        if box.get("page") != page_number or box.get("kind") not in KINDS:
            continue
        try:
            left = 100 * float(box["x0"]) / width
            top = 100 * float(box["y0"]) / height
            box_width = 100 * (float(box["x1"]) - float(box["x0"])) / width
            box_height = 100 * (float(box["y1"]) - float(box["y0"])) / height
        except (KeyError, TypeError, ValueError, ZeroDivisionError):
            continue
        marks.append(
            {
                "left": round(max(left - 0.3, 0), 2),
                "top": round(max(top - 0.3, 0), 2),
                "width": round(box_width + 0.6, 2),
                "height": round(box_height + 0.6, 2),
                "colour": KINDS[box["kind"]][0],
                "kind": box["kind"],
            }
        )
    return marks


def annotated_pages(attachment, images, limit=10):
    """[{name, original_page, marks, legend}] and the page pictures added to `images`."""
    boxes = attachment.invoice.boxes or []
    pages = page_pictures(
        attachment,
        pages=limit,
        dpi=limits.ANNOTATED_DPI,
        max_pixels=limits.ANNOTATED_MAX_PIXELS,
        box=(1400, 1800),
    )
    result = []
    for number, jpeg, size in pages:
        name = f"{attachment.anchor}-annotated-{number}.jpg"
        images[name] = (jpeg, "image/jpeg")
        marks = _marks(boxes, number, size)
        result.append(
            {
                "name": name,
                "original_page": number,
                "marks": marks,
                "legend": [
                    (kind, OUTLINE_KINDS[kind]) for kind in sorted({m["kind"] for m in marks})
                ],
            }
        )
    return result


def annotated_jpegs(attachment, images):
    """The annotated copies as standalone JPEG files for the submission set's own folder."""
    from PIL import ImageDraw

    files = {}
    for page in attachment.annotated:
        data, _content_type = images[page["name"]]
        with Image.open(io.BytesIO(data)) as source:
            picture = source.convert("RGBA")
        overlay = Image.new("RGBA", picture.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(overlay)
        width, height = picture.size
        for mark in page["marks"]:
            left, top = mark["left"] * width / 100, mark["top"] * height / 100
            right = left + mark["width"] * width / 100
            bottom = top + mark["height"] * height / 100
            colour = tuple(int(mark["colour"][i : i + 2], 16) for i in (1, 3, 5))
            draw.rectangle((left, top, right, bottom), fill=(*colour, 100))
        draw.rectangle((0, 0, width, 28), fill=(255, 243, 205, 255))
        draw.text(
            (8, 8),
            f"COPY - annotated, not the original (page {page['original_page']} of "
            f"{attachment.document.original_name})",
            fill=(80, 60, 0, 255),
        )
        buffer = io.BytesIO()
        Image.alpha_composite(picture, overlay).convert("RGB").save(buffer, "JPEG", quality=80)
        files[f"{attachment.anchor}-page-{page['original_page']}-annotated-copy.jpg"] = (
            buffer.getvalue()
        )
    return files
