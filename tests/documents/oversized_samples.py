"""Files that are small on disk and huge once drawn: the crafted files of issue 13.

Used by the tests and by bench/file_memory.py.
"""

import io

from PIL import Image
from weasyprint import HTML

LINES = (
    "INVOICE INV-7 dated March 3, 2026",
    "Acme Distribution Inc., 12 Industrial Way, Newark, NJ 07102",
    "Bill to: Alpha One LLC, 1 Main Street, Seattle, WA 98101",
    "Lumina serum 30 ml ASIN B0ABC12345 quantity 5 unit price 8.50 total 42.50",
    "Total due 42.50 USD, payable within 30 days",
)


def page_pdf(width_pt, height_pt):
    """A one-page PDF of `width_pt` × `height_pt` points with a few lines of an invoice."""
    paragraphs = "".join(f"<p>{line}</p>" for line in LINES)
    html = (
        "<html><head><style>"
        f"@page {{ size: {width_pt}pt {height_pt}pt; margin: 0 }}"
        "body { font-size: 3pt; margin: 0 }"
        f"</style></head><body>{paragraphs}</body></html>"
    )
    return HTML(string=html).write_pdf()


def pdf_of_pages(count):
    body = "".join(f"<section style='break-after: page'>Page {n}</section>" for n in range(count))
    return HTML(string=f"<html><body>{body}</body></html>").write_pdf()


def jpeg_of(megapixels, *, aspect=1.0):
    """A plain JPEG of about `megapixels` (a white page compresses to little)."""
    height = int((megapixels * 1_000_000 / aspect) ** 0.5)
    width = int(height * aspect)
    buffer = io.BytesIO()
    Image.new("L", (width, height), 255).save(buffer, "JPEG", quality=50)
    return buffer.getvalue()


def png_of(width, height):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(buffer, "PNG")
    return buffer.getvalue()
