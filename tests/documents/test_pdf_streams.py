"""The compression-bomb check reads each stream to its end and no further (issue 14).

A flate stream that inflated past 64 KiB, with the end-of-line byte that PDF writers put
before `endstream`, kept the check looping until the 150 s limit: nearly every real invoice
with a logo or an embedded font ended "readable: fail". A test here that loops is stopped
by a watchdog and fails instead of hanging the run.
"""

import base64
import binascii
import contextlib
import io
import random
import signal
import struct
import zlib
from dataclasses import asdict

import pypdf
import pytest
from PIL import Image, ImageDraw
from weasyprint import HTML

from documents.engine import ReadingLimits, check_invoice_file
from documents.engine.pdf_reading import PdfRefused, check_compressed_streams

from . import invoice_samples as samples

KIB = 1024
SIZES = [64 * KIB - 1, 64 * KIB, 64 * KIB + 1, 128 * KIB, 1_000_000]
END_OF_LINE = {"no-eol": b"", "lf": b"\n", "crlf": b"\r\n"}
# Decoding applies the filters in the order listed (ISO 32000, 7.4.1).
CHAINS = {
    "flate": ["FlateDecode"],
    "flate-twice": ["FlateDecode", "FlateDecode"],
    "hex-then-flate": ["ASCIIHexDecode", "FlateDecode"],
    "ascii85-then-flate": ["ASCII85Decode", "FlateDecode"],
}
# Each check takes milliseconds; only a loop that never ends reaches this.
WATCHDOG_SECONDS = 30


@contextlib.contextmanager
def watchdog(seconds=WATCHDOG_SECONDS):
    def stop(_signum, _frame):
        pytest.fail(f"still running after {seconds} s: the check does not end")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def limits(**changes):
    return asdict(ReadingLimits(**changes))


def content(size):
    """`size` bytes like a page's content stream: text lines with a little binary noise."""
    noise = random.Random(size)
    parts, length, row = [], 0, 0
    while length < size:
        line = b"BT /F1 9 Tf 56 %d Td (Blue ceramic mug 350 ml B07XJ8C8F5 12 8.50) Tj ET\n" % row
        parts += [line, noise.randbytes(24)]
        length += len(line) + 24
        row += 1
    return b"".join(parts)[:size]


def encoded(data, filters):
    for name in reversed(filters):
        if name == "FlateDecode":
            data = zlib.compress(data)
        elif name == "ASCIIHexDecode":
            data = binascii.hexlify(data) + b">"
        elif name == "ASCII85Decode":
            data = base64.a85encode(data, wrapcol=72) + b"~>"
        elif name == "RunLengthDecode":
            pass  # already run-length coded by the test
        else:
            raise ValueError(name)
    return data


def pdf_with_streams(*streams, end_of_line=b"\n"):
    """A one-page PDF whose page draws each `(encoded data, filters)` stream."""
    count = len(streams)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [%s] >>"
        % b" ".join(b"%d 0 R" % (4 + index) for index in range(count)),
    ]
    for data, filters in streams:
        names = b" ".join(b"/" + name.encode() for name in filters)
        objects.append(
            b"<< /Length %d /Filter [%s] >>\nstream\n" % (len(data), names)
            + data
            + end_of_line
            + b"endstream"
        )
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def refused(pdf, **changes):
    with watchdog(), pytest.raises(PdfRefused) as refusal:
        check_compressed_streams(pdf, limits(**changes))
    return refusal.value


@pytest.mark.parametrize("size", SIZES, ids=str)
@pytest.mark.parametrize("end_of_line", END_OF_LINE.values(), ids=END_OF_LINE.keys())
@pytest.mark.parametrize("filters", CHAINS.values(), ids=CHAINS.keys())
def test_stream_is_read_to_its_end_and_measured_exactly(size, end_of_line, filters):
    pdf = pdf_with_streams((encoded(content(size), filters), filters), end_of_line=end_of_line)
    with watchdog():
        check_compressed_streams(pdf, limits())
        # Measured to the byte: a limit of its exact size lets it through, one less does not.
        check_compressed_streams(pdf, limits(max_stream_bytes=size))
    assert refused(pdf, max_stream_bytes=size - 1).reason == "pdf_compression_bomb"


def test_streams_are_added_up_against_the_limit_for_the_whole_file():
    stream = (encoded(content(1_000_000), ["FlateDecode"]), ["FlateDecode"])
    pdf = pdf_with_streams(stream, stream, stream)
    with watchdog():
        check_compressed_streams(pdf, limits(max_inflated_bytes=3_000_000))
    assert refused(pdf, max_inflated_bytes=2_999_999).reason == "pdf_compression_bomb"


def test_damaged_stream_is_left_to_the_parser():
    # Cut mid-stream: not a bomb, so not refused here; the parser reads what it can.
    data = encoded(content(1_000_000), ["FlateDecode"])
    pdf = pdf_with_streams((data[: len(data) // 2] + b"garbage", ["FlateDecode"]))
    with watchdog():
        check_compressed_streams(pdf, limits())


# -- Real bombs ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gigabyte_of_zeros():
    """1 GiB of zeros as a zlib stream of about 1 MB, built without compressing 1 GiB."""
    block = bytes(1 << 20)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    # After a full flush the compressor starts afresh: each further block codes the same.
    first = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeated = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    last = compressor.compress(block) + compressor.flush()
    checksum = 1
    for _block in range(1024):
        checksum = zlib.adler32(block, checksum)
    body = first + repeated * 1022 + last
    return b"\x78\xda" + body + struct.pack(">I", checksum)


def test_a_gigabyte_of_compressed_zeros_is_refused(gigabyte_of_zeros):
    pdf = pdf_with_streams((gigabyte_of_zeros, ["FlateDecode"]))
    refusal = refused(pdf)
    assert refusal.reason == "pdf_compression_bomb" and refusal.params == {"limit_mb": 64}
    report = check_invoice_file(pdf, name="bomb.pdf", reference=samples.reference_for())
    message = report.checks["readable"].message
    assert report.checks["readable"].status == "fail"
    assert "compressed data larger than allowed (over 64 MB in one part)" in message


@pytest.mark.parametrize(
    "filters",
    [["FlateDecode", "FlateDecode"], ["ASCIIHexDecode", "FlateDecode"]],
    ids=["compressed-twice", "behind-hex"],
)
def test_a_bomb_behind_another_filter_is_refused(gigabyte_of_zeros, filters):
    # The first filter is applied to the bomb itself: zlib compresses it once more, or the
    # bytes are written out as hexadecimal text.
    outer = encoded(gigabyte_of_zeros, filters[:1])
    assert refused(pdf_with_streams((outer, filters))).reason == "pdf_compression_bomb"


def test_a_run_length_bomb_is_refused():
    # Each pair of bytes is 128 zeros: 2 MB of them are 128 MB.
    runs = b"\x81\x00" * (1 << 20) + b"\x80"
    assert refused(pdf_with_streams((runs, ["RunLengthDecode"]))).reason == ("pdf_compression_bomb")


# -- A whole invoice with a logo and an embedded font -------------------------------------


def logo_png():
    """A supplier's colour logo: 600 × 200 pixels, 360,000 bytes once inflated."""
    image = Image.new("RGB", (600, 200), "white")
    draw = ImageDraw.Draw(image)
    for x in range(0, 600, 7):
        colour = ((x * 3) % 256, (x * 7) % 256, (x * 11) % 256)
        draw.line((x, 0, 600 - x, 200), fill=colour, width=3)
    draw.text((20, 80), "ACME DISTRIBUTION", fill="black")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def invoice_with_logo():
    logo = "data:image/png;base64," + base64.b64encode(logo_png()).decode()
    page = samples.invoice_html(samples.InvoiceSpec())
    header = "<div class=top>"
    page = page.replace(header, f"<img src='{logo}' style='width: 50mm'>{header}", 1)
    return HTML(string=page).write_pdf()


def test_the_sample_has_what_made_reading_spin(invoice_with_logo):
    """The invoice below is only a test of the fault if it still carries its trigger."""
    resources = pypdf.PdfReader(io.BytesIO(invoice_with_logo)).pages[0]["/Resources"]
    images = [xobject.get_object() for xobject in resources["/XObject"].values()]
    assert max(len(image.get_data()) for image in images) > 64 * KIB
    assert b"\nendstream" in invoice_with_logo
    fonts = [font.get_object()["/DescendantFonts"][0] for font in resources["/Font"].values()]
    assert all("/FontFile2" in font.get_object()["/FontDescriptor"] for font in fonts)


def test_invoice_with_a_logo_and_an_embedded_font_is_read(invoice_with_logo):
    # A loop would end at the wall-clock limit as "readable: fail"; 30 s is far more than
    # the reading takes, and far less than the default 150 s.
    report = check_invoice_file(
        invoice_with_logo,
        name="invoice.pdf",
        reference=samples.reference_for(),
        limits=ReadingLimits(wall_seconds=30),
    )
    readable = report.checks["readable"]
    assert readable.status == "pass", readable.message
    assert report.extracted["invoice_number"] == "INV-2026-0042"
