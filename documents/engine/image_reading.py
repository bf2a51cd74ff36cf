"""Safe opening of uploaded images with Pillow: allowed formats only, our own pixel limit.

Runs inside the reading sandbox.
"""

import io
import re
import warnings

# The plugins are imported by name: `Image.open(formats=...)` knows only loaded plugins.
from PIL import (  # noqa: F401
    GifImagePlugin,
    Image,
    ImageOps,
    JpegImagePlugin,
    MpoImagePlugin,
    PngImagePlugin,
    TiffImagePlugin,
    UnidentifiedImageError,
    WebPImagePlugin,
)

# Pillow opens only the formats we accept, which also keeps its riskier plugins (FITS, PSD,
# EPS...) out of reach (catalog a2).
# Phone JPEGs with several pictures open as MPO through the JPEG entry.
ALLOWED_FORMATS = ("JPEG", "PNG", "GIF", "TIFF", "WEBP")
# EXIF tag 0x0131: the software that last wrote the image.
_EXIF_SOFTWARE = 0x0131


PIXEL_BOMBS = (Image.DecompressionBombError, Image.DecompressionBombWarning)


class ImageRefused(Exception):
    """The image cannot be read; `reason` and `params` say why, for the readable check."""

    def __init__(self, reason, **params):
        super().__init__(reason)
        self.reason = reason
        self.params = params


def apply_pixel_limit(max_pixels):
    """Our own limit, and Pillow's decompression-bomb warning made an error (catalog a2)."""
    Image.MAX_IMAGE_PIXELS = max_pixels
    warnings.simplefilter("error", Image.DecompressionBombWarning)


def open_pages(data, *, max_pages):
    """Return (pages, software) for image bytes: upright RGB/L page images and EXIF software."""
    try:
        image = Image.open(io.BytesIO(data), formats=ALLOWED_FORMATS)
        software = _software(image)
        frame_count = getattr(image, "n_frames", 1)
        if frame_count > max_pages:
            raise ImageRefused("too_many_pages", pages=frame_count, limit=max_pages)
        pages = []
        for index in range(frame_count):
            image.seek(index)  # frame extents are checked again here (catalog I02)
            image.load()
            pages.append(_upright(image))
    except ImageRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ImageRefused("too_many_pixels", **bomb_figures(error)) from error
    except UnidentifiedImageError as error:
        raise ImageRefused("image_unreadable") from error
    except OSError as error:
        # LOAD_TRUNCATED_IMAGES stays False: a cut-off scan is refused (catalog I04).
        raise ImageRefused("image_truncated") from error
    except MemoryError:
        raise
    except Exception as error:  # noqa: BLE001 - plugins let ValueError etc. escape (a2)
        raise ImageRefused("image_unreadable") from error
    return pages, software


def _upright(frame):
    # Phone photos are often stored sideways with an EXIF orientation tag.
    upright = ImageOps.exif_transpose(frame)
    if upright.mode in ("L", "RGB"):
        return upright.copy()
    if upright.mode in ("RGBA", "LA", "PA") or "transparency" in upright.info:
        rgba = upright.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if upright.mode.startswith("I"):
        # 16-bit scans: scale to 8 bits rather than clip everything above 255 to white.
        return upright.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    return upright.convert("RGB")


def _software(image):
    try:
        value = image.getexif().get(_EXIF_SOFTWARE)
    except Exception:  # noqa: BLE001 - a broken EXIF block must not refuse the scan
        return None
    return str(value).strip("\x00 ") if value else None


def bomb_figures(error):
    # Pillow's message names the image's pixels; the limit we state is our own.
    numbers = [int(n) for n in re.findall(r"\d+", str(error))]
    figures = {"limit_megapixels": round(Image.MAX_IMAGE_PIXELS / 1_000_000)}
    figures["megapixels"] = round(numbers[0] / 1_000_000) if numbers else "?"
    return figures
