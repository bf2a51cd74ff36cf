"""Writes the generated documents of tests/corpus/ and their entries in manifest.json.

Not run by the tests or CI (the documents are committed); kept so that anyone can see how
each file was made and add more. It needs the generators, none of them a project dependency:

    apt-get install -y --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui \
        wkhtmltopdf ghostscript groff poppler-utils chromium fonts-dejavu
    python3 -m venv /tmp/genvenv && /tmp/genvenv/bin/pip install reportlab fpdf2 openpyxl weasyprint
    /tmp/genvenv/bin/python tests/corpus/make/make.py [stem ...]

Entries of real documents (kind "real") are kept as they are.
"""

import json
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

import html_layouts
import libraries
import paper
import programs
from invoices import CORPUS

CORPUS_DIR = Path(__file__).resolve().parent.parent
MANIFEST = CORPUS_DIR / "manifest.json"
COLOURS = ("#1f5f8b", "#8b1f3d", "#2e7d32", "#b35900", "#5b3f8c", "#00796b")


def version(command):
    output = subprocess.run(command, capture_output=True, text=True, check=False)
    return (output.stdout or output.stderr).strip().splitlines()[0]


def producer_names():
    return {
        "weasyprint": f"WeasyPrint {metadata.version('weasyprint')}",
        "reportlab": f"ReportLab {metadata.version('reportlab')}",
        "fpdf2": f"fpdf2 {metadata.version('fpdf2')}",
        "chromium": version(["chromium", "--version"]).split(" built")[0],
        "wkhtmltopdf": version(["wkhtmltopdf", "--version"]),
        "libreoffice-writer": version(["soffice", "--version"]).split(" (")[0].split(" 40")[0]
        + " Writer",
        "libreoffice-calc": version(["soffice", "--version"]).split(" (")[0].split(" 40")[0]
        + f" Calc (sheet written by openpyxl {metadata.version('openpyxl')})",
        "groff": version(["groff", "--version"]) + " (-ms, tbl) + Ghostscript ps2pdf",
        "ghostscript": "PostScript written by hand + Ghostscript "
        + version(["gs", "--version"])
        + " ps2pdf",
    }


def render_pdf(invoice, folder, index):
    logo_path = None
    if invoice.logo:
        logo_path = Path(folder) / "logo.png"
        paper.logo(
            invoice.supplier.trade_name or invoice.supplier.name.split(" ")[0],
            COLOURS[index % 6],
            logo_path,
        )
    logo_uri = logo_path.as_uri() if logo_path else ""
    out = Path(folder) / "invoice.pdf"
    if invoice.generator == "weasyprint":
        from weasyprint import HTML

        HTML(
            string=html_layouts.invoice_html(invoice, logo_uri=logo_uri), base_url=folder
        ).write_pdf(out)
    elif invoice.generator == "chromium":
        programs.chromium(invoice, logo_uri, out)
    elif invoice.generator == "wkhtmltopdf":
        programs.wkhtmltopdf(invoice, logo_uri, out)
    elif invoice.generator == "libreoffice-writer":
        programs.writer(invoice, logo_path, out)
    elif invoice.generator == "libreoffice-calc":
        programs.calc(invoice, out)
    elif invoice.generator == "reportlab":
        libraries.reportlab(invoice, logo_path, out)
    elif invoice.generator == "fpdf2":
        libraries.fpdf2(invoice, logo_path, out)
    elif invoice.generator == "groff":
        programs.groff(invoice, out)
    elif invoice.generator == "ghostscript":
        programs.ghostscript(invoice, out)
    else:
        raise ValueError(invoice.generator)
    return out


def write(invoice, index, producers):
    with tempfile.TemporaryDirectory() as folder:
        pdf = render_pdf(invoice, folder, index)
        made_by = producers[invoice.generator]
        if invoice.scan == "photo":
            name = f"{invoice.stem}.jpg"
            paper.phone_photo(pdf, seed=index).save(CORPUS_DIR / name, "JPEG", quality=72)
            generator = "photo"
            how = (
                f"rendered by {made_by}, rasterised at 150 dpi (pdftoppm), then made a phone photo"
                " with Pillow: desk border, perspective, 2° tilt, uneven warm light, blur; JPEG"
                " quality 72"
            )
        elif invoice.scan == "flatbed":
            name = f"{invoice.stem}.png"
            paper.flatbed(pdf, seed=index).save(CORPUS_DIR / name, optimize=True)
            generator = "scan"
            how = (
                f"rendered by {made_by}, rasterised at 200 dpi (pdftoppm), then made a flatbed"
                " scan with Pillow: greyscale, tilt under 2°, blur, toner speckle; PNG"
            )
        elif invoice.scan == "image-pdf":
            name = f"{invoice.stem}.pdf"
            image = paper.flatbed(pdf, seed=index, dpi=200)
            (CORPUS_DIR / name).write_bytes(paper.image_pdf(image, resolution=200))
            generator = "scan"
            how = (
                f"rendered by {made_by}, rasterised at 200 dpi, scanned with Pillow (greyscale,"
                " tilt, blur, speckle) and wrapped as an image-only PDF by Pillow, as a copier's"
                " scan-to-PDF"
            )
        else:
            name = f"{invoice.stem}.pdf"
            (CORPUS_DIR / name).write_bytes(pdf.read_bytes())
            generator = invoice.generator
            how = f"generated here by {made_by}, {invoice.layout.replace('_', ' ')} layout"
    return entry(invoice, name, generator, how)


def entry(invoice, name, generator, how):
    customer = invoice.customer
    return {
        "file": name,
        "language": invoice.language,
        "generator": generator,
        "kind": "generated",
        "source": how + "; invented companies and addresses (tests/corpus/make/invoices.py)",
        "licence": "made for this project",
        "expect_readable": "pass",
        "features": features(invoice),
        "truth": {
            "invoice_date": invoice.date.isoformat(),
            "invoice_number": invoice.number,
            "issuer": invoice.supplier.name,
            "issuer_aliases": [],
            "bill_to": {
                "name": customer.name,
                "address": "\n".join(customer.address),
                "phone": customer.phone,
                "country": customer.country,
            },
            "lines": [{"description": d, "quantity": q} for d, _code, q, _price in invoice.lines],
        },
    }


LAYOUTS = {
    "classic": "supplier block top left, title and labelled fields top right, labelled bill-to",
    "three_column": "three-column header as Xero prints it: customer without a label | invoice"
    " details | supplier",
    "receipt": "marketplace order receipt: 'Sold by' line, grid of order and invoice fields",
    "erp": "ERP print: sender line above the window address, shaded grid of document fields",
    "long_table": "product table continued on a second page, page footer with 'page n of m'",
    "spreadsheet": "spreadsheet laid out as an invoice, fitted to the page width",
    "plain": "plain typeset invoice, aligned columns without rules",
}


def features(invoice):
    """What a reader has to cope with in this document, for whoever tunes on it."""
    found = [LAYOUTS[invoice.layout]]
    found.append(f"invoice date printed as {html_layouts.when(invoice, invoice.date)!r}")
    others = [html_layouts.label(invoice, key) for key, _day in invoice.other_dates]
    if others:
        found.append("other dates on the page: " + ", ".join(others))
    if invoice.logo:
        found.append("logo image at the top")
    if invoice.generator in ("reportlab", "fpdf2"):
        found.append("embedded TrueType font (DejaVu Sans)")
    found.append("legal-entity lines: " + " · ".join(invoice.supplier.legal))
    return found


def main(stems):
    producers = producer_names()
    manifest = json.loads(MANIFEST.read_text()) if MANIFEST.exists() else {"documents": []}
    documents = {document["file"]: document for document in manifest["documents"]}
    if not stems:  # a full run writes every generated entry anew
        documents = {
            name: document for name, document in documents.items() if document["kind"] == "real"
        }
    for index, invoice in enumerate(CORPUS):
        if stems and invoice.stem not in stems:
            continue
        for old in [
            f
            for f, d in documents.items()
            if Path(f).stem == invoice.stem and d["kind"] == "generated"
        ]:
            del documents[old]
        document = write(invoice, index, producers)
        documents[document["file"]] = document
        print(document["file"], (CORPUS_DIR / document["file"]).stat().st_size // 1024, "KB")
    manifest["documents"] = sorted(documents.values(), key=lambda d: d["file"])
    MANIFEST.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
