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
import pypdf
import pypdfium2
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdftypes import resolve1
from pypdf import PasswordType, apply_configuration
from pypdf.errors import LimitReachedError, PyPdfError
from pypdf.filters import ASCII85Decode, ASCIIHexDecode, LZWDecode, RunLengthDecode

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
    # The file as the supplier sent it tells how many times it was saved, not a copy of it.
    revisions = _revisions(data)
    data = _opened_with_empty_password(data, limits)
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
        "structure": {**revisions, "annotations": annotations},
        "quality": renderer.scan_quality,
        "image_hash": renderer.first_page_hash(),
    }


def _opened_with_empty_password(data, limits):
    """A PDF locked only by an owner password, as a plain copy; any other file unchanged.

    Such a file opens in every reader without a password (its "user" password is empty):
    the owner password only restricts printing or copying. Its streams are encrypted, so the
    bomb check can see into them only once decrypted. A file that needs a real password
    is refused.
    """
    if b"/Encrypt" not in data:
        return data
    plain = io.BytesIO()
    try:
        with apply_configuration(**_pypdf_limits(limits["max_stream_bytes"])):
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            if not reader.is_encrypted:
                return data
            opened = reader.decrypt("") != PasswordType.NOT_DECRYPTED
            if opened:
                pypdf.PdfWriter(clone_from=reader).write(plain)
    except LimitReachedError as error:
        limit_mb = limits["max_stream_bytes"] >> 20
        raise PdfRefused("pdf_compression_bomb", limit_mb=limit_mb) from error
    except Exception:  # noqa: BLE001 - pypdf could not open it: pdfminer reads or refuses it
        return data
    if not opened:
        raise PdfRefused("pdf_encrypted")
    return plain.getvalue()


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


# Bombs are refused before any parser touches the file: pdfminer inflates a stream whole,
# with no limit of its own, and one decompressed stream larger than this is not a scanned
# page (A4 at 300 dpi in colour is 26 MB) (catalog P04).
_STREAM = re.compile(rb"stream\r?\n")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")
_NAME = re.compile(rb"/([A-Za-z0-9]+)")
_FLATE = {b"FlateDecode", b"Fl"}
# The other filters a parser expands, decoded whole by pypdf under its output limits.
_DECODERS = {
    b"ASCIIHexDecode": ASCIIHexDecode,
    b"AHx": ASCIIHexDecode,
    b"ASCII85Decode": ASCII85Decode,
    b"A85": ASCII85Decode,
    b"LZWDecode": LZWDecode,
    b"LZW": LZWDecode,
    b"RunLengthDecode": RunLengthDecode,
    b"RL": RunLengthDecode,
}
_EXPANDING = _FLATE | {b"LZWDecode", b"LZW", b"RunLengthDecode", b"RL"}
_CHUNK = 1 << 16


def check_compressed_streams(data, limits):
    stream_limit = limits["max_stream_bytes"]
    total = 0
    with apply_configuration(**_pypdf_limits(stream_limit)):
        for match in _STREAM.finditer(data):
            start = match.end()
            if data[match.start() - 3 : match.start()] == b"end":
                continue
            dictionary = data[max(0, match.start() - 1024) : match.start()]
            dictionary = dictionary[dictionary.rfind(b"obj") + 3 :]
            filters = _FILTER.search(dictionary)
            if not filters:
                continue
            names = _NAME.findall(filters.group(1))
            end = data.find(b"endstream", start)
            if not _EXPANDING.intersection(names) or end < 0:
                continue
            size = _decoded_size(data[start:end], names, stream_limit)
            total += size
            if size > stream_limit or total > limits["max_inflated_bytes"]:
                raise PdfRefused("pdf_compression_bomb", limit_mb=stream_limit >> 20)


def _decoded_size(raw, filters, limit):
    """Size of `raw` once decoded by `filters` in turn, counted no further than past `limit`.

    Nothing is kept but the count, and every step ends with the input it consumes.
    """
    pieces = iter((raw,))
    size = 0
    try:
        for name in filters:
            if name in _FLATE:
                pieces = _inflated(pieces)
            elif name in _DECODERS:
                pieces = iter((_DECODERS[name].decode(_joined(pieces, limit)),))
            else:
                break  # an image's own coding (DCT, JPX, JBIG2, CCITT): pdfminer keeps it
        for piece in pieces:
            size += len(piece)
            if size > limit:
                break
    except (_LimitPassed, LimitReachedError):
        return limit + 1
    except (zlib.error, PyPdfError, ValueError, LookupError):
        pass  # a damaged stream is the parser's to read or refuse, not a bomb
    return size


def _inflated(pieces):
    """Inflate a stream given in pieces, at most `_CHUNK` bytes of output at a time.

    It stops at the end of the deflate data: what follows (the end-of-line before
    `endstream`) is not data and must not keep the loop going.
    """
    decoder = zlib.decompressobj()
    for piece in pieces:
        while piece and not decoder.eof:
            output = decoder.decompress(piece, _CHUNK)
            if not output and len(decoder.unconsumed_tail) == len(piece):
                return  # zlib took nothing and gave nothing: no further progress to make
            piece = decoder.unconsumed_tail
            yield output
        if decoder.eof:
            return
    # All input is in: what zlib still holds comes out in pieces of the same size.
    while not decoder.eof:
        output = decoder.decompress(b"", _CHUNK)
        if not output:
            return
        yield output


def _joined(pieces, limit):
    """The pieces as one string for a filter that decodes whole, refused past `limit`."""
    joined = bytearray()
    for piece in pieces:
        joined += piece
        if len(joined) > limit:
            raise _LimitPassed
    return bytes(joined)


def _pypdf_limits(limit):
    """pypdf's own output limits, set to ours."""
    return {
        "zlib_maximum_output_length": limit,
        "lzw_maximum_output_length": limit,
        "run_length_maximum_output_length": limit,
    }


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
