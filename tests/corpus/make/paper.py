"""Logos, and paper copies: a flatbed scan and a phone photo of a printed invoice (Pillow)."""

import io
import random
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def logo(text, colour, path):
    """A plain brand mark: a coloured badge with the initials, then the brand in capitals."""
    image = Image.new("RGB", (720, 180), "white")
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((8, 18, 152, 162), radius=28, fill=colour)
    initials = "".join(word[0] for word in text.split()[:2]).upper()
    draw.text((80, 90), initials, font=ImageFont.truetype(FONT, 70), fill="white", anchor="mm")
    draw.text((180, 90), text.upper(), font=ImageFont.truetype(FONT, 46), fill=colour, anchor="lm")
    image.save(path, optimize=True)


def render(pdf_path, dpi):
    with tempfile.TemporaryDirectory() as folder:
        prefix = Path(folder) / "page"
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "1", str(pdf_path), str(prefix)],
            check=True,
            timeout=120,
        )
        page = next(Path(folder).glob("page*.png"))
        return Image.open(page).convert("RGB")


def flatbed(pdf_path, *, seed, dpi=200):
    """A greyscale flatbed scan: the sheet a little askew, toner speckle, a soft focus."""
    random.seed(seed)
    page = render(pdf_path, dpi).convert("L")
    page = page.rotate(
        random.uniform(-1.6, 1.6), resample=Image.BICUBIC, expand=True, fillcolor=235
    )
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    pixels = page.load()
    width, height = page.size
    for _ in range(width * height // 900):
        x, y = random.randrange(width), random.randrange(height)
        pixels[x, y] = random.choice((40, 90, 200))
    return ImageEnhance.Contrast(page).enhance(1.15)


def phone_photo(pdf_path, *, seed, dpi=150):
    """A phone photo on a desk: perspective, uneven light, a warm cast, JPEG."""
    random.seed(seed)
    page = render(pdf_path, dpi)
    width, height = page.size
    margin = int(width * 0.08)
    canvas = Image.new("RGB", (width + 2 * margin, height + 2 * margin), (96, 78, 60))
    canvas.paste(page, (margin, margin))
    skew = [random.randint(-margin // 3, margin // 3) for _ in range(8)]
    w, h = canvas.size
    quad = (
        skew[0],
        skew[1],
        skew[2],
        h + skew[3],
        w + skew[4],
        h + skew[5],
        w + skew[6],
        skew[7],
    )
    canvas = canvas.transform(
        canvas.size, Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=(96, 78, 60)
    )
    canvas = canvas.rotate(
        random.uniform(-2.5, 2.5), resample=Image.BICUBIC, fillcolor=(96, 78, 60)
    )
    light = Image.linear_gradient("L").resize(canvas.size).rotate(35)
    shade = Image.new("RGB", canvas.size, (255, 244, 225))
    canvas = Image.composite(
        canvas, Image.blend(canvas, shade.point(lambda v: v * 0.78), 0.35), light
    )
    return canvas.filter(ImageFilter.GaussianBlur(0.8))


def image_pdf(image, *, resolution):
    """An image-only PDF, as a copier's scan-to-PDF sends it."""
    buffer = io.BytesIO()
    image.convert("L").save(buffer, "PDF", resolution=resolution)
    return buffer.getvalue()
