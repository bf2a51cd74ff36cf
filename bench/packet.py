"""Packet benchmark (issue 10): a 3-invoice case, two 300 dpi scans and one 2-page PDF.

Prints the full render time (content gathering, WeasyPrint, merging the originals, the
submission set), the time of a bare WeasyPrint render of the same HTML with no invoice
work, their ratio, the page count and the file size. Medians of 5 after one warm-up.
Aim: under 3 s, under 1.5 × the bare render, under 5 MB.
"""

import io
import statistics
import time

from _setup import bench_case, django_in_tempdir


def scan(text, seed):
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (2480, 3508), "white")
    draw = ImageDraw.Draw(image)
    for row in range(60):
        draw.text(
            (200, 300 + row * 50), f"{text} line {row} qty {seed + row} B0ABC12345", fill="black"
        )
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def main():
    django_in_tempdir()
    from django.core.files.base import ContentFile
    from weasyprint import HTML

    from documents import services
    from documents.packets import service
    from documents.packets.fetcher import STATIC_SCHEME, PacketFetcher
    from documents.packets.render import render_html
    from tests.documents.packet_samples import invoice_pdf

    services.enqueue_check = lambda pk: None  # checks are not what this measures
    case, user = bench_case()
    for name, data in (
        ("scan-1.jpg", scan("Invoice A", 1)),
        ("scan-2.jpg", scan("Invoice B", 2)),
        ("two-pages.pdf", invoice_pdf(pages=2)),
    ):
        services.attach_upload(
            case=case, uploaded=ContentFile(data, name=name), purpose="invoice", by=user
        )

    def full():
        return service.render_now(case=case, by=user)

    def bare():
        html, images, _ = render_html(case)
        return HTML(
            string=html, base_url=f"{STATIC_SCHEME}:/", url_fetcher=PacketFetcher(images)
        ).write_pdf()

    full(), bare()
    full_times, bare_times = [], []
    for _ in range(5):
        started = time.perf_counter()
        version = full()
        full_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        bare()
        bare_times.append(time.perf_counter() - started)
    full_median, bare_median = statistics.median(full_times), statistics.median(bare_times)
    print(f"full packet render (median of 5): {full_median:.2f} s")
    print(f"bare WeasyPrint render of the same HTML: {bare_median:.2f} s")
    print(f"ratio full / bare: {full_median / bare_median:.2f}")
    print(f"pages: {version.page_count}")
    print(f"size: {version.size / 1024 / 1024:.2f} MB")


if __name__ == "__main__":
    main()
