"""Reading a PDF: its text layer with word boxes, OCR for pages without text, and the facts
`tamper_signals` needs (metadata, incremental updates, annotations).

pdfium reads it all: the words come from its text page, which does in C what pdfminer's
interpreter (through pdfplumber) did in Python, three quarters of the time of a one-page
invoice until then (issue 14, point 4). It also breaks words by the font's own space width,
where pdfminer glued words closer than 3 points ("118/2026Tessitura", "Stainlesshand").
The same library already drew the pages for OCR and previews.

Runs inside the reading sandbox.
"""

import ctypes
import io
import re
import signal
import threading
import zlib
from contextlib import contextmanager

import pypdf
import pypdfium2
import pypdfium2.raw as pdfium
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
_MARKUP_BY_CODE = {getattr(pdfium, f"FPDF_ANNOT_{name.upper()}"): name for name in MARKUP_SUBTYPES}
_METADATA_KEYS = ("Producer", "Creator", "CreationDate", "ModDate")


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
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        raise _refusal(error) from error
    try:
        page_count = len(document)
        if page_count == 0:
            raise PdfRefused("pdf_no_pages")
        if page_count > limits["max_pages"]:
            raise PdfRefused("too_many_pages", pages=page_count, limit=limits["max_pages"])
        renderer = _Renderer(limits)
        pages, annotations = [], set()
        first_page = document[0]  # loaded once: read, and drawn for the image hash
        for number in range(1, page_count + 1):
            page = first_page if number == 1 else document[number - 1]
            pages.append(_read_page(page, number, renderer, limits))
            annotations.update(_markup(page))
        facts = {
            "kind": "pdf",
            "page_count": page_count,
            "pages": pages,
            "metadata": _metadata(document),
            "structure": {**revisions, "annotations": sorted(annotations)},
            "quality": renderer.scan_quality,
            "image_hash": renderer.first_page_hash(first_page),
        }
    finally:
        document.close()
    return facts


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
    except Exception:  # noqa: BLE001 - pypdf could not open it: pdfium reads or refuses it
        return data
    if not opened:
        raise PdfRefused("pdf_encrypted")
    return plain.getvalue()


def _refusal(error):
    # pdfium says why it could not load a document only in its message.
    if "password" in str(error).lower():
        return PdfRefused("pdf_encrypted")
    return PdfRefused("pdf_malformed")


def _page_size(page):
    """Width and height of the page as shown: its media box, turned by its /Rotate."""
    left, bottom, right, top = page.get_mediabox()
    width, height = right - left, top - bottom
    if page.get_rotation() % 180 == 90:
        width, height = height, width
    return float(width), float(height)


def _read_page(page, number, renderer, limits):
    width, height = _page_size(page)
    entry = {"number": number, "width": width, "height": height}
    entry.update(unit="pt", source="text", confidence=None, rotation=0)
    try:
        with _time_budget(limits["page_seconds"]):
            words = _words(page)
    except PageTooComplex:
        # One slow page must not fail the whole file (catalog P08).
        return {**entry, "source": "too_complex", "words": []}
    if len(words) >= _MIN_TEXT_WORDS:
        entry["words"] = words
        return entry
    image, scale = renderer.render_for_ocr(page, number - 1)
    try:
        embedded_dpi = _embedded_image_dpi(page, width)
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


def _words(page):
    textpage = page.get_textpage()
    try:
        return text_layer_words(textpage, _to_page_as_shown(page))
    finally:
        textpage.close()


def text_layer_words(textpage, place):
    """Words of a pdfium text page: `[text, x0, top, x1, bottom, 100.0]`.

    pdfium puts a space where the gap between two characters is a word break for their
    font, and a line break where the text goes to another line; a word's box holds its
    characters' loose boxes (the font's ascent to its descent). `place` turns a box of PDF
    space into the page as shown.
    """
    words, text, box = [], [], None
    character_box = pdfium.FS_RECTF()
    unicode_of, box_of = pdfium.FPDFText_GetUnicode, pdfium.FPDFText_GetLooseCharBox

    def end_word():
        if text:
            words.append(["".join(text), *box, 100.0])
            text.clear()

    for index in range(textpage.count_chars()):
        code = unicode_of(textpage, index)
        # pdfium writes a hyphen that ends a line as U+0002.
        character = "-" if code == 2 else chr(code) if code >= 32 else " "
        if character.isspace():
            end_word()
            continue
        box_of(textpage, index, ctypes.byref(character_box))
        x0, top, x1, bottom = place(
            character_box.left, character_box.bottom, character_box.right, character_box.top
        )
        if text and (x0 < box[0] - (bottom - top) or top >= box[3] or bottom <= box[1]):
            end_word()  # the next character stands left of the word, or on another line
        if text:
            box = [min(box[0], x0), min(box[1], top), max(box[2], x1), max(box[3], bottom)]
        else:
            box = [x0, top, x1, bottom]
        text.append(character)
    end_word()
    return words


def _to_page_as_shown(page):
    """From a box in PDF space to (x0, top, x1, bottom) on the page as shown.

    As pdfplumber measured the pages until now: from the top left corner of the media box,
    turned by the page's /Rotate.
    """
    left, bottom, right, top = page.get_mediabox()
    rotation = page.get_rotation() % 360

    def place(x0, y0, x1, y1):
        if rotation == 90:
            return y0 - bottom, x0 - left, y1 - bottom, x1 - left
        if rotation == 180:
            return right - x1, y0 - bottom, right - x0, y1 - bottom
        if rotation == 270:
            return top - y1, right - x1, top - y0, right - x0
        return x0 - left, top - y1, x1 - left, top - y0

    return place


class _Renderer:
    """Renders pages with pdfium for OCR, capping pixels so no giant raster is made (P07)."""

    def __init__(self, limits):
        self._max_pixels = limits["max_pixels"]
        self.scan_quality = None
        self._first_image = None

    def render_for_ocr(self, page, index):
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

    def first_page_hash(self, page):
        image = self._first_image
        if image is None:
            image = page.render(scale=0.25, grayscale=True).to_pil()
        return quality.difference_hash(image)


def _embedded_image_dpi(page, page_width):
    """The resolution of the scan wrapped in the PDF, from its largest image."""
    best = None
    for image in page.get_objects(filter=(pdfium.FPDF_PAGEOBJ_IMAGE,), max_depth=2):
        source_width, _height = image.get_px_size()
        left, _bottom, right, _top = image.get_bounds()
        shown_width = right - left
        if source_width and shown_width > page_width * 0.5:
            dpi = source_width / (shown_width / 72)
            best = dpi if best is None else min(best, dpi)
    return round(best) if best else None


def _metadata(document):
    found = {}
    for key in _METADATA_KEYS:
        try:
            value = document.get_metadata_value(key)
        except pypdfium2.PdfiumError:
            continue
        if value:
            found[key] = str(value)[:200]
    return found


def _markup(page):
    kinds = []
    for index in range(pdfium.FPDFPage_GetAnnotCount(page)):
        annotation = pdfium.FPDFPage_GetAnnot(page, index)
        if not annotation:
            continue  # a broken annotation is not a reason to refuse
        try:
            kind = _MARKUP_BY_CODE.get(pdfium.FPDFAnnot_GetSubtype(annotation))
            if kind and _invisible(annotation):
                kind = None
        finally:
            pdfium.FPDFPage_CloseAnnot(annotation)
        if kind:
            kinds.append(kind)
    return kinds


# Some generators leave an empty mark in a page's corner (SQL Server Reporting Services: a
# 5 x 5 pt stamp at the origin, with no text). Under this size, in points, and with no
# text, an annotation shows nothing a reader could take for the supplier's print.
_INVISIBLE_POINTS = 10


def _invisible(annotation):
    rect = pdfium.FS_RECTF()
    if not pdfium.FPDFAnnot_GetRect(annotation, rect):
        return False
    small = (
        abs(rect.right - rect.left) < _INVISIBLE_POINTS
        and abs(rect.top - rect.bottom) < _INVISIBLE_POINTS
    )
    # The text's length in bytes, UTF-16 with its terminator: 2 means empty.
    text_bytes = pdfium.FPDFAnnot_GetStringValue(annotation, b"Contents", None, 0)
    return small and text_bytes <= 2


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
