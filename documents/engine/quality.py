"""Measures of a scanned page: resolution, sharpness, contrast, and a perceptual hash.

Runs inside the reading sandbox, so it imports nothing from Django: the judgement (and the
messages) live in `checks/quality.py`.
"""

from PIL import Image, ImageFilter, ImageStat

A4_SHORT_SIDE_INCHES = 8.27
# Sharpness is measured at one scale, so that the same threshold fits every scan size.
_MEASURE_WIDTH = 1240  # A4 at 150 dpi
_TILE = 64
_LAPLACIAN = ImageFilter.Kernel((3, 3), [0, 1, 0, 1, -4, 1, 0, 1, 0], scale=1, offset=128)


def measure_scan(image):
    """Return the figures `image_quality` judges, for one page image."""
    gray = image.convert("L")
    width, height = gray.size
    return {
        "width_px": width,
        "height_px": height,
        # An invoice is a page of paper: its short side against A4's tells the resolution
        # even when the file's own dpi tag is missing or wrong.
        "effective_dpi": round(min(width, height) / A4_SHORT_SIDE_INCHES),
        "sharpness": round(_sharpness(gray), 1),
        "contrast": _contrast(gray),
    }


def _sharpness(gray):
    """Variance of the Laplacian over the tiles that hold text.

    Measured over the busiest tenth of the page, so a page with wide margins is not taken
    for a blurry one.
    """
    width, height = gray.size
    scale = _MEASURE_WIDTH / width
    # Enlarging a low-resolution scan must not invent sharp pixel steps: bilinear, not box.
    resampling = Image.Resampling.BOX if scale <= 1 else Image.Resampling.BILINEAR
    scaled = gray.resize((_MEASURE_WIDTH, max(1, round(height * scale))), resampling)
    edges = scaled.filter(_LAPLACIAN)
    variances = []
    for top in range(0, edges.height - _TILE + 1, _TILE):
        for left in range(0, edges.width - _TILE + 1, _TILE):
            tile = edges.crop((left, top, left + _TILE, top + _TILE))
            variances.append(ImageStat.Stat(tile).var[0])
    if not variances:
        return 0.0
    variances.sort(reverse=True)
    busiest = variances[: max(1, len(variances) // 10)]
    return sum(busiest) / len(busiest)


def _contrast(gray):
    """Spread between the dark ink and the light paper.

    Ink covers a few percent of an invoice page, so the dark end is the 1st percentile and
    the paper the 90th.
    """
    histogram = gray.histogram()
    total = sum(histogram)
    low = _percentile(histogram, total, 0.01)
    high = _percentile(histogram, total, 0.90)
    return high - low


def _percentile(histogram, total, fraction):
    running = 0
    for value, count in enumerate(histogram):
        running += count
        if running >= total * fraction:
            return value
    return 255


def difference_hash(image):
    """64-bit dHash of a page, as 16 hex digits: near-identical scans differ by a few bits."""
    small = image.convert("L").resize((9, 8), Image.Resampling.BOX)
    pixels = list(small.getdata())
    bits = 0
    for row in range(8):
        for column in range(8):
            left = pixels[row * 9 + column]
            right = pixels[row * 9 + column + 1]
            bits = (bits << 1) | (left > right)
    return f"{bits:016x}"
