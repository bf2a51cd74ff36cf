"""Files for packet tests, generated here: a text PDF invoice and a JPEG scan."""

import io

from PIL import Image, ImageDraw
from weasyprint import HTML


def invoice_pdf(number="INV-1001", asin="B0ABC12345", pages=1):
    rows = "".join(
        f"<p>Line {i}: Lumina serum 30 ml, ASIN {asin}, qty 12, unit 8.50</p>" for i in range(3)
    )
    body = "".join(
        f"<section style='break-after: page'><h1>Invoice {number}</h1>"
        f"<p>Page {p}</p>{rows}</section>"
        for p in range(1, pages + 1)
    )
    return HTML(string=f"<html><body>{body}</body></html>").write_pdf()


def scan_jpeg(text="INVOICE 2002"):
    image = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(image)
    draw.text((100, 100), text, fill="black")
    draw.rectangle((100, 300, 1100, 320), fill="black")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()
