"""Invoices generated in code for the engine's tests: nothing binary is committed.

`InvoiceSpec` describes an invoice a person can read in the test; `invoice_pdf` renders it
with WeasyPrint, `scanned` turns a PDF into a degraded scan, and the editing helpers re-save
a PDF the way sellers get into trouble (a word processor, an incremental save, a highlight).
"""

import dataclasses
import datetime
import html
import io
import struct
import zlib
from dataclasses import dataclass, field
from decimal import Decimal

import pypdf
import pypdfium2
from PIL import Image, ImageFilter
from pypdf.annotations import Highlight
from pypdf.generic import ArrayObject, FloatObject
from weasyprint import HTML

from documents.engine import Reference

AS_OF = datetime.date(2026, 4, 1)


@dataclass
class InvoiceSpec:
    title: str = "INVOICE"
    supplier_name: str = "Acme Distribution Inc."
    supplier_address: tuple = ("12 Industrial Way", "Newark, NJ 07102")
    supplier_phone: str | None = "Tel: (973) 555-0182"
    supplier_website: str | None = "www.acme-distribution.com"
    number_label: str = "Invoice No:"
    invoice_number: str = "INV-2026-0042"
    date_label: str = "Invoice Date:"
    date_text: str = "March 3, 2026"
    bill_to_label: str = "Bill To:"
    bill_to_name: str = "Northwind Goods LLC"
    bill_to_address: tuple = ("450 Market Street, Suite 200", "San Francisco, CA 94105")
    bill_to_phone: str | None = "Phone: +1 415 555 0100"
    ship_to_label: str = "Ship To:"
    headers: tuple = ("Description", "ASIN", "Qty", "Unit Price", "Amount")
    # (description, ASIN, quantity, unit price); amounts are computed unless overridden.
    lines: tuple = (
        ("Blue ceramic mug 350 ml", "B07XJ8C8F5", 12, "8.50"),
        ("Bamboo cutting board", "B08N5WRWNW", 6, "14.00"),
    )
    wrong_amounts: dict = field(default_factory=dict)  # line index -> printed amount
    subtotal_label: str = "Subtotal"
    tax_label: str = "Sales tax"
    tax: str = "0.00"
    total_label: str = "Total"
    currency: str = "$"
    decimal_comma: bool = False
    footer: str = "Thank you for your business. Payment terms: net 30."

    def amounts(self):
        amounts = [Decimal(price) * quantity for _d, _a, quantity, price in self.lines]
        return [
            Decimal(self.wrong_amounts[index]) if index in self.wrong_amounts else amount
            for index, amount in enumerate(amounts)
        ]

    def money(self, value):
        text = f"{Decimal(value):,.2f}"
        if self.decimal_comma:
            text = text.replace(",", "\u202f").replace(".", ",")
            return f"{text} €"
        return f"{self.currency}{text}"


def french_spec(**changes):
    """A French supplier's invoice, day-first dates and French labels."""
    french = dict(
        title="FACTURE",
        supplier_name="Maison Lefèvre SARL",
        supplier_address=("18 rue des Artisans", "69003 Lyon"),
        supplier_phone="Tél : 04 72 10 20 30",
        supplier_website="www.maison-lefevre.fr",
        number_label="Facture n° :",
        invoice_number="F-2026-118",
        date_label="Date de facture :",
        date_text="03/02/2026",
        bill_to_label="Facturé à :",
        bill_to_name="Boutique Soleil SAS",
        bill_to_address=("25 avenue Jean Jaurès", "75019 Paris"),
        bill_to_phone="Tél : 01 42 00 11 22",
        ship_to_label="Livré à :",
        headers=("Désignation", "ASIN", "Qté", "Prix unitaire", "Montant HT"),
        lines=(
            ("Savon à l'huile d'olive", "B09QRSTUV1", 24, "3.20"),
            ("Crème mains lavande", "B09QRSTUV2", 12, "6.90"),
        ),
        subtotal_label="Total HT",
        tax_label="TVA 20 %",
        tax=None,
        total_label="Total TTC",
        decimal_comma=True,
        footer="SARL au capital de 10 000 € - RCS Lyon 812 345 678 - Règlement à 30 jours.",
    )
    french.update(changes)
    spec = InvoiceSpec(**french)
    if spec.tax is None:
        spec = dataclasses.replace(
            spec, tax=str((sum(spec.amounts()) * Decimal("0.2")).quantize(Decimal("0.01")))
        )
    return spec


def reference_for(spec=None, **changes):
    """The seller account that `spec` is addressed to, as Seller Central has it."""
    spec = spec or InvoiceSpec()
    french = spec.decimal_comma
    values = dict(
        business_name=spec.bill_to_name,
        address="\n".join(spec.bill_to_address),
        phone=spec.bill_to_phone.split(":", 1)[-1].strip() if spec.bill_to_phone else "",
        country="FR" if french else "US",
        asins=[line[1] for line in spec.lines],
        supplier_type="distributor",
        as_of=AS_OF,
        locale="fr" if french else "en",
    )
    values.update(changes)
    return Reference(**values)


def invoice_html(spec):
    escape = html.escape
    supplier_lines = [*spec.supplier_address, spec.supplier_phone, spec.supplier_website]
    bill_to_lines = [spec.bill_to_name, *spec.bill_to_address, spec.bill_to_phone]
    amounts = spec.amounts()
    rows = "".join(
        f"<tr><td>{escape(description)}</td><td>{asin}</td><td class=n>{quantity}</td>"
        f"<td class=n>{spec.money(price)}</td><td class=n>{spec.money(amount)}</td></tr>"
        for (description, asin, quantity, price), amount in zip(spec.lines, amounts, strict=True)
    )
    subtotal = sum(amounts, Decimal(0))
    total = subtotal + Decimal(spec.tax)
    headers = "".join(f"<th>{escape(header)}</th>" for header in spec.headers)
    return f"""<!doctype html><html><head><meta charset=utf-8><style>
      @page {{ size: A4; margin: 18mm }}
      body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }}
      h1 {{ font-size: 18pt; margin: 0 0 4pt }}
      .top {{ display: flex; justify-content: space-between }}
      .parties {{ display: flex; gap: 40mm; margin: 12mm 0 8mm }}
      table {{ width: 100%; border-collapse: collapse }}
      th, td {{ padding: 4pt 8pt; text-align: left; border-bottom: 0.5pt solid #999 }}
      .n {{ text-align: right }}
      .totals {{ margin-left: 60%; margin-top: 6mm }}
      .totals p {{ display: flex; justify-content: space-between; margin: 2pt 0 }}
      footer {{ margin-top: 20mm; font-size: 8pt }}
    </style></head><body>
      <div class=top>
        <div><h1>{escape(spec.supplier_name)}</h1>
          {"<br>".join(escape(line) for line in supplier_lines if line)}</div>
        <div><h1>{escape(spec.title)}</h1>
          {escape(spec.number_label)} {escape(spec.invoice_number)}<br>
          {escape(spec.date_label)} {escape(spec.date_text)}</div>
      </div>
      <div class=parties>
        <div><b>{escape(spec.bill_to_label)}</b><br>
          {"<br>".join(escape(line) for line in bill_to_lines if line)}</div>
        <div><b>{escape(spec.ship_to_label)}</b><br>
          Warehouse 4<br>1 Dock Road<br>Oakland, CA 94607</div>
      </div>
      <table><tr>{headers}</tr>{rows}</table>
      <div class=totals>
        <p><span>{escape(spec.subtotal_label)}</span><span>{spec.money(subtotal)}</span></p>
        <p><span>{escape(spec.tax_label)}</span><span>{spec.money(spec.tax)}</span></p>
        <p><b>{escape(spec.total_label)}</b><b>{spec.money(total)}</b></p>
      </div>
      <footer>{escape(spec.footer)}</footer>
    </body></html>"""


def invoice_pdf(spec=None, **changes):
    spec = dataclasses.replace(spec or InvoiceSpec(), **changes)
    return HTML(string=invoice_html(spec)).write_pdf()


def page_image(pdf_bytes, dpi=300):
    document = pypdfium2.PdfDocument(pdf_bytes)
    return document[0].render(scale=dpi / 72, grayscale=True).to_pil()


def scanned(pdf_bytes, *, dpi=300, blur=0.0, rotate=0.0, contrast=1.0, fmt="PNG", exif=None):
    """A scan of the first page: rendered at `dpi`, then blurred, turned, faded as asked."""
    image = page_image(pdf_bytes, dpi)
    if rotate:
        image = image.rotate(rotate, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur))
    if contrast != 1.0:
        # Faded print: ink and paper pulled towards the same grey.
        image = image.point(lambda value: 128 + (value - 128) * contrast)
    return encode(image, fmt, dpi=dpi, exif=exif)


def encode(image, fmt, *, dpi=300, exif=None):
    buffer = io.BytesIO()
    options = {"dpi": (dpi, dpi)}
    if exif is not None:
        options["exif"] = exif
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()


def image_pdf(image_bytes, *, dpi):
    """A scan wrapped in a PDF without a text layer, as office scanners send them."""
    buffer = io.BytesIO()
    Image.open(io.BytesIO(image_bytes)).save(buffer, format="PDF", resolution=dpi)
    return buffer.getvalue()


# -- PDFs edited after the supplier made them --------------------------------------------


def resaved(pdf_bytes, *, producer="Microsoft Word", creator="Microsoft® Word 2019"):
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(pdf_bytes))
    writer.add_metadata({"/Producer": producer, "/Creator": creator})
    return _written(writer)


def incrementally_updated(pdf_bytes):
    """The same file saved again with an appended revision (a second %%EOF)."""
    writer = pypdf.PdfWriter(io.BytesIO(pdf_bytes), incremental=True)
    writer.add_metadata({"/Title": "Invoice (edited)"})
    return _written(writer)


def highlighted(pdf_bytes):
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(pdf_bytes))
    left, bottom, right, top = 50, 600, 300, 620
    quad = ArrayObject(FloatObject(v) for v in (left, top, right, top, left, bottom, right, bottom))
    writer.add_annotation(0, Highlight(rect=(left, bottom, right, top), quad_points=quad))
    return _written(writer)


def with_dates(pdf_bytes, *, created, modified):
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(pdf_bytes))
    writer.add_metadata({"/CreationDate": created, "/ModDate": modified})
    return _written(writer)


def _written(writer):
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


# -- Hostile files ------------------------------------------------------------------------


def encrypted(pdf_bytes, *, user_password="s3cret", owner_password="owner"):  # noqa: S107
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(pdf_bytes))
    writer.encrypt(user_password, owner_password, algorithm="AES-256")
    return _written(writer)


def png_declaring(width, height):
    """A valid PNG signature and IHDR declaring a huge image, with one tiny IDAT."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1024))
        + chunk(b"IEND", b"")
    )


def flate_bomb_pdf(megabytes=200):
    """A one-page PDF whose content stream inflates to `megabytes` of zeros."""
    compressor = zlib.compressobj(9)
    block = b"\x00" * (1 << 20)
    stream = b"".join(compressor.compress(block) for _ in range(megabytes)) + compressor.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    return _assemble_pdf(objects)


def _assemble_pdf(objects):
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


# -- Plain text as layout lines, for the rules that need no PDF -------------------------


def text_lines(text):
    """Layout lines for `text`: one line per row, columns split on three spaces or more."""
    from documents.engine.layout import build_lines

    words = []
    for row, line in enumerate(text.strip("\n").splitlines()):
        x = 0.0
        for column in line.split("   "):
            for word in column.split():
                words.append([word, x, row * 14.0, x + 6.0 * len(word), row * 14.0 + 10.0, 96.0])
                x += 6.0 * len(word) + 4.0
            x += 40.0
    return build_lines(1, words)
