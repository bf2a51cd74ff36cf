"""Text recognition of one page image with the tesseract command (Debian's tesseract-ocr).

Runs inside the reading sandbox. One tesseract call per page gives both the text and the
word boxes (TSV output), since each call costs about as much as the page (performance-notes
O1).
"""

import os
import subprocess
import tempfile

TESSERACT = "tesseract"
LANGUAGES = "eng+fra"
# A page read with few confident words may be upside down or sideways: ask tesseract's
# orientation detection once and read again (costs a second call on such pages only).
_FEW_WORDS = 8
_LOW_CONFIDENCE = 60


class OcrTimeout(Exception):
    pass


class OcrFailed(Exception):
    pass


class OcrUnavailable(OcrFailed):
    """tesseract is not installed where the worker runs."""


def _environment():
    # One page on two cores took twice as long without this (issue 9, Workers).
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def recognize_page(image, *, dpi, timeout):
    """Return (words, size, rotation) for a PIL image of one page.

    `rotation` is how many degrees clockwise the page was turned upright before reading;
    the boxes and `size` are those of the turned page.

    Words are `[text, x0, y0, x1, y1, confidence]` in the image's pixels. Tesseract only ever
    sees an image we encoded ourselves, never the uploaded bytes (catalog a3: Leptonica would
    decode untrusted data without Pillow's bomb guard).
    """
    # Grey, uncompressed TIFF: written in 7 ms where a PNG takes 30, and read by tesseract
    # at least as fast (PGM was 130 ms slower to read); performance-notes O1 counts every
    # step around the CLI.
    image = image.convert("L")
    with tempfile.TemporaryDirectory(prefix="invoice-ocr-") as folder:
        path = os.path.join(folder, "page.tif")
        image.save(path, format="TIFF", dpi=(dpi, dpi))
        words = _run_tsv(path, dpi=dpi, timeout=timeout)
        if _confident_count(words) < _FEW_WORDS or mean_confidence(words) < _LOW_CONFIDENCE:
            rotation = _detect_rotation(path, timeout=timeout)
            if rotation:
                # tesseract reports how many degrees clockwise the page must turn.
                turned = image.rotate(-rotation, expand=True)
                turned.save(path, format="TIFF", dpi=(dpi, dpi))
                rotated_words = _run_tsv(path, dpi=dpi, timeout=timeout)
                if mean_confidence(rotated_words) > mean_confidence(words):
                    return rotated_words, turned.size, rotation
    return words, image.size, 0


def mean_confidence(words):
    confidences = [word[5] for word in words if word[5] >= 0]
    return round(sum(confidences) / len(confidences), 1) if confidences else 0.0


def _confident_count(words):
    return sum(1 for word in words if word[5] >= 50)


def _run(arguments, timeout):
    try:
        completed = subprocess.run(  # noqa: S603 - fixed program, our own temporary file
            [TESSERACT, *arguments],
            capture_output=True,
            timeout=timeout,
            env=_environment(),
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise OcrTimeout from error
    except FileNotFoundError as error:
        # The server lacks Debian's tesseract-ocr: the operator's problem, not the seller's scan.
        raise OcrUnavailable(str(error)) from error
    except OSError as error:
        raise OcrFailed(str(error)) from error
    return completed


def _run_tsv(path, *, dpi, timeout):
    arguments = [path, "stdout", "-l", LANGUAGES, "--psm", "3", "--dpi", str(dpi), "tsv"]
    completed = _run(arguments, timeout)
    if completed.returncode != 0:
        raise OcrFailed(completed.stderr.decode("utf-8", "replace")[-300:])
    return parse_tsv(completed.stdout.decode("utf-8", "replace"))


def parse_tsv(tsv):
    words = []
    for row in tsv.splitlines()[1:]:
        columns = row.split("\t")
        if len(columns) != 12 or columns[0] != "5":
            continue
        text = columns[11].strip()
        if not text:
            continue
        left, top, width, height = (int(value) for value in columns[6:10])
        words.append([text, left, top, left + width, top + height, float(columns[10])])
    return words


def _detect_rotation(path, timeout):
    completed = _run([path, "stdout", "--psm", "0"], timeout)
    if completed.returncode != 0:
        return 0
    for line in completed.stdout.decode("utf-8", "replace").splitlines():
        if line.startswith("Rotate:"):
            try:
                return int(line.split(":", 1)[1].strip()) % 360
            except ValueError:
                return 0
    return 0
