"""The work done inside the reading sandbox: bytes in, plain JSON-able facts out.

Nothing here imports Django or builds messages: a refusal is a reason code with figures,
which `checks/readable.py` turns into a sentence in the seller's language.
"""

from . import image_reading, ocr, quality
from .pdf_reading import PdfRefused, read_pdf
from .sniffing import PDF


def read_document(data, content_type, limits):
    """Return `{"ok": True, ...facts}` or `{"ok": False, "reason": ..., "params": {...}}`."""
    image_reading.apply_pixel_limit(limits["max_pixels"])
    try:
        facts = read_pdf(data, limits) if content_type == PDF else read_image(data, limits)
    except (PdfRefused, image_reading.ImageRefused) as refusal:
        return {"ok": False, "reason": refusal.reason, "params": refusal.params}
    except ocr.OcrTimeout:
        return {"ok": False, "reason": "ocr_timeout", "params": {"seconds": limits["ocr_seconds"]}}
    except ocr.OcrUnavailable:
        return {"ok": False, "reason": "ocr_unavailable", "params": {}}
    except ocr.OcrFailed:
        return {"ok": False, "reason": "ocr_failed", "params": {}}
    return {"ok": True, **facts}


def read_image(data, limits):
    images, software = image_reading.open_pages(data, max_pages=limits["max_pages"])
    pages = []
    worst = None
    for number, image in enumerate(images, start=1):
        measured = quality.measure_scan(image)
        if worst is None or measured["sharpness"] < worst["sharpness"]:
            worst = measured
        words, size, rotation = ocr.recognize_page(
            image, dpi=max(70, measured["effective_dpi"]), timeout=limits["ocr_seconds"]
        )
        pages.append(
            {
                "number": number,
                "width": size[0],
                "height": size[1],
                "unit": "px",
                "source": "ocr",
                "rotation": rotation,
                "confidence": ocr.mean_confidence(words),
                "words": words,
            }
        )
    return {
        "kind": "image",
        "page_count": len(pages),
        "pages": pages,
        "metadata": {"Software": software} if software else {},
        "structure": {"saves": 1, "annotations": []},
        "quality": worst,
        "image_hash": quality.difference_hash(images[0]),
    }
