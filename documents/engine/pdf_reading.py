"""Reading a PDF: its text layer with word boxes (pdfplumber), OCR for pages without text,
and the facts `tamper_signals` needs (metadata, incremental updates, annotations).

Runs inside the reading sandbox.
"""

import io
import re
import signal
import threading
import zlib
from contextlib import contextmanager

import pdfplumber
import pypdfium2
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdftypes import resolve1

from . import ocr, quality

OCR_DPI = 300
# A page with fewer words than this has no usable text layer: it is a scan (catalog P10).
_MIN_TEXT_WORDS = 5
# Annotations a person adds by hand; links and form fields are part of the original.
MARKUP_SUBTYPES = {
    "Highlight",
    "Underline",
    "StrikeOut",
    "Squiggly",
    "Ink",
    "FreeText",
    "Text",
    "Square",
    "Circle",
    "Line",
    "Polygon",
    "PolyLine",
    "Stamp",
    "Caret",
}


class PdfRefused(Exception):
    def __init__(self, reason, **params):
        super().__init__(reason)
        self.reason = reason
        self.params = params


class PageTooComplex(Exception):
    pass


def read_pdf(data, limits):
    check_compressed_streams(data, limits)
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as error:  # noqa: BLE001 - pdfminer raises many kinds on broken files
        raise _refusal(error) from error
    with pdf:
        page_count = _page_count(pdf)
        if page_count == 0:
            raise PdfRefused("pdf_no_pages")
        if page_count > limits["max_pages"]:
            raise PdfRefused("too_many_pages", pages=page_count, limit=limits["max_pages"])
        renderer = _Renderer(data, limits)
        pages = []
        for number, page in enumerate(pdf.pages, start=1):
            pages.append(_read_page(page, number, renderer, limits))
        metadata = _metadata(pdf)
        annotations = sorted({kind for page in pdf.pages for kind in _markup(page)})
    return {
        "kind": "pdf",
        "page_count": page_count,
        "pages": pages,
        "metadata": metadata,
        "structure": {**_revisions(data), "annotations": annotations},
        "quality": renderer.scan_quality,
        "image_hash": renderer.first_page_hash(),
    }


def _refusal(error):
    # pdfplumber wraps pdfminer's errors: look through the wrapper for a password problem.
    causes = [error, *getattr(error, "args", ())]
    if any(isinstance(cause, PDFPasswordIncorrect) for cause in causes):
        return PdfRefused("pdf_encrypted")
    return PdfRefused("pdf_malformed")


def _page_count(pdf):
    try:
        return int(resolve1(resolve1(pdf.doc.catalog["Pages"])["Count"]))
    except Exception:  # noqa: BLE001 - a damaged page tree: count the pages the slow way
        return len(pdf.pages)


def _read_page(page, number, renderer, limits):
    entry = {"number": number, "width": float(page.width), "height": float(page.height)}
    entry.update(unit="pt", source="text", confidence=None, rotation=0)
    try:
        with _time_budget(limits["page_seconds"]):
            words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    except PageTooComplex:
        # One slow page must not fail the whole file (catalog P08).
        return {**entry, "source": "too_complex", "words": []}
    if len(words) >= _MIN_TEXT_WORDS:
        entry["words"] = [
            [w["text"], w["x0"], w["top"], w["x1"], w["bottom"], 100.0] for w in words
        ]
        return entry
    image, scale = renderer.render_for_ocr(number - 1)
    try:
        embedded_dpi = _embedded_image_dpi(page)
    except Exception:  # noqa: BLE001 - a damaged image dictionary: measure the render instead
        embedded_dpi = None
    renderer.note_scan(image, embedded_dpi)
    found, size, rotation = ocr.recognize_page(
        image, dpi=round(72 * scale), timeout=limits["ocr_seconds"]
    )
    # A page tesseract turned upright has its boxes in the turned image: keep them in pixels
    # of that image, scaled back to points of the page as it is shown.
    entry["words"] = [
        [text, x0 / scale, y0 / scale, x1 / scale, y1 / scale, confidence]
        for text, x0, y0, x1, y1, confidence in found
    ]
    if size != image.size:
        entry["width"], entry["height"] = size[0] / scale, size[1] / scale
    entry["source"] = "ocr"
    entry["rotation"] = rotation
    entry["confidence"] = ocr.mean_confidence(found)
    return entry


class _Renderer:
    """Renders pages with pdfium for OCR, capping pixels so no giant raster is made (P07)."""

    def __init__(self, data, limits):
        self._data = data
        self._document = None
        self._max_pixels = limits["max_pixels"]
        self.scan_quality = None
        self._first_image = None

    def _open(self):
        if self._document is None:
            self._document = pypdfium2.PdfDocument(self._data)
        return self._document

    def render_for_ocr(self, index):
        page = self._open()[index]
        width, height = page.get_size()
        scale = OCR_DPI / 72
        pixels = width * scale * height * scale
        if pixels > self._max_pixels:
            scale *= (self._max_pixels / pixels) ** 0.5
        image = page.render(scale=scale, grayscale=True).to_pil()
        if index == 0:
            self._first_image = image
        return image, scale

    def note_scan(self, image, embedded_dpi):
        measured = quality.measure_scan(image)
        if embedded_dpi:
            measured["effective_dpi"] = embedded_dpi
        # The worst scanned page decides, since Amazon reads every page.
        if self.scan_quality is None or measured["sharpness"] < self.scan_quality["sharpness"]:
            self.scan_quality = measured

    def first_page_hash(self):
        image = self._first_image
        if image is None:
            image = self._open()[0].render(scale=0.25, grayscale=True).to_pil()
        return quality.difference_hash(image)


def _embedded_image_dpi(page):
    """The resolution of the scan wrapped in the PDF, from its largest image."""
    best = None
    for image in page.images:
        source_width, _height = image.get("srcsize") or (0, 0)
        shown_width = float(image.get("width") or 0)
        if source_width and shown_width > page.width * 0.5:
            dpi = source_width / (shown_width / 72)
            best = dpi if best is None else min(best, dpi)
    return round(best) if best else None


def _metadata(pdf):
    wanted = ("Producer", "Creator", "CreationDate", "ModDate")
    found = {}
    for key in wanted:
        value = (pdf.metadata or {}).get(key)
        if isinstance(value, bytes):
            value = value.decode("latin-1", "replace")
        if value is not None:
            found[key] = str(value)[:200]
    return found


def _markup(page):
    try:
        annotations = page.annots
    except Exception:  # noqa: BLE001 - a broken annotation array is not a reason to refuse
        return []
    kinds = []
    for annotation in annotations:
        subtype = (annotation.get("data") or {}).get("Subtype")
        name = getattr(subtype, "name", subtype)
        if isinstance(name, bytes):
            name = name.decode("latin-1")
        if name in MARKUP_SUBTYPES:
            kinds.append(name)
    return kinds


def _revisions(data):
    """How many times the file was saved: each incremental update adds a %%EOF."""
    eof_markers = data.count(b"%%EOF")
    # A linearized ("fast web view") file legitimately carries two.
    if b"/Linearized" in data[:2048]:
        eof_markers = max(1, eof_markers - 1)
    return {"saves": eof_markers}


# Bombs are refused before any parser touches the file: one decompressed stream larger than
# this is not a scanned page (A4 at 300 dpi in colour is 26 MB) (catalog P04).
_STREAM = re.compile(rb"stream\r?\n")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")
_CHUNK = 1 << 16


def check_compressed_streams(data, limits):
    total = 0
    for match in _STREAM.finditer(data):
        start = match.end()
        if data[match.start() - 3 : match.start()] == b"end":
            continue
        dictionary = data[max(0, match.start() - 1024) : match.start()]
        dictionary = dictionary[dictionary.rfind(b"obj") + 3 :]
        filters = _FILTER.search(dictionary)
        if not filters:
            continue
        levels = len(re.findall(rb"/Fl(?:ateDecode)?\b", filters.group(1)))
        end = data.find(b"endstream", start)
        if levels == 0 or end < 0:
            continue
        size = _inflated_size(data[start:end], levels, limits["max_stream_bytes"])
        total += size
        if size > limits["max_stream_bytes"] or total > limits["max_inflated_bytes"]:
            raise PdfRefused("pdf_compression_bomb", limit_mb=limits["max_stream_bytes"] >> 20)


def _inflated_size(raw, levels, limit):
    """Size of `raw` once inflated `levels` times, stopping as soon as it passes `limit`."""
    decoders = [zlib.decompressobj() for _ in range(levels)]
    total = 0

    def feed(level, chunk):
        nonlocal total
        decoder = decoders[level]
        output = decoder.decompress(chunk, _CHUNK)
        while True:
            if level + 1 < levels:
                feed(level + 1, output)
            else:
                total += len(output)
            if total > limit:
                raise _LimitPassed
            if not decoder.unconsumed_tail:
                return
            output = decoder.decompress(decoder.unconsumed_tail, _CHUNK)

    try:
        for offset in range(0, len(raw), _CHUNK):
            feed(0, raw[offset : offset + _CHUNK])
    except _LimitPassed:
        return total
    except zlib.error:
        pass  # not our business: the parser reads (or refuses) a damaged stream itself
    return total


class _LimitPassed(Exception):
    pass


@contextmanager
def _time_budget(seconds):
    """Interrupt one page that takes too long; pdfminer has no timeout of its own (a3)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(_signum, _frame):
        raise PageTooComplex

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
