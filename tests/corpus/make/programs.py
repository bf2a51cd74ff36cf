"""The generators that are programs of their own: Chromium, wkhtmltopdf, LibreOffice, groff, gs."""

import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path

import html_layouts
from words import LABELS, VAT_RATE, quantity

CHROMIUM = "/usr/bin/chromium"


def chromium(invoice, logo_uri, out):
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / f"{invoice.stem}.html"
        page.write_text(html_layouts.invoice_html(invoice, logo_uri=logo_uri), encoding="utf-8")
        subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--print-to-pdf={out}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def wkhtmltopdf(invoice, logo_uri, out):
    words = LABELS[invoice.language]
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "invoice.html"
        page.write_text(
            html_layouts.invoice_html(invoice, logo_uri=logo_uri, margin_boxes=False),
            encoding="utf-8",
        )
        footer = []
        if invoice.layout == "long_table":
            address = f"{invoice.supplier.name} · {', '.join(invoice.supplier.address)}"
            page_text = words["page"].format(page="[page]", pages="[topage]")
            footer = ["--footer-center", f"{address} · {page_text}", "--footer-font-size", "7"]
        subprocess.run(
            [
                "wkhtmltopdf",
                "--quiet",
                "--enable-local-file-access",
                "-s",
                "A4",
                "--disable-smart-shrinking",
                *footer,
                str(page),
                str(out),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def soffice_convert(source, out):
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                folder,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        Path(out).write_bytes((Path(folder) / (Path(source).stem + ".pdf")).read_bytes())


def writer(invoice, logo_path, out):
    """LibreOffice Writer: the HTML opened as a text document (writer import), then exported."""
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / f"{invoice.stem}.html"
        page.write_text(
            html_layouts.invoice_html(
                invoice, logo_uri=str(logo_path) if logo_path else "", margin_boxes=False
            ),
            encoding="utf-8",
        )
        odt = Path(folder) / f"{invoice.stem}.odt"
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(
                [
                    "soffice",
                    f"-env:UserInstallation=file://{profile}",
                    "--headless",
                    "--infilter=HTML (StarWriter)",
                    "--convert-to",
                    "odt",
                    "--outdir",
                    folder,
                    str(page),
                ],
                check=True,
                capture_output=True,
                timeout=180,
            )
        soffice_convert(odt, out)


def calc(invoice, out):
    """LibreOffice Calc: an invoice kept as a spreadsheet (openpyxl), printed to PDF."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    words = LABELS[invoice.language]
    label = lambda key: invoice.labels.get(key) or words[key]  # noqa: E731
    book = Workbook()
    sheet = book.active
    sheet.title = words["title"].title()
    widths = {"A": 14, "B": 40, "C": 10, "D": 16, "E": 16}
    for column, width in widths.items():
        sheet.column_dimensions[column].width = width
    bold = Font(bold=True)
    sheet["A1"] = invoice.supplier.name
    sheet["A1"].font = Font(bold=True, size=16)
    row = 2
    for line in (*invoice.supplier.address, invoice.supplier.phone, invoice.supplier.email):
        if line:
            sheet.cell(row=row, column=1, value=line)
            row += 1
    sheet["D1"] = words["title"]
    sheet["D1"].font = Font(bold=True, size=18)
    fields = [
        (label("number"), invoice.number),
        (label("date"), html_layouts.when(invoice, invoice.date)),
    ]
    fields += [(label(key), html_layouts.when(invoice, day)) for key, day in invoice.other_dates]
    for index, (name, value) in enumerate(fields):
        sheet.cell(row=2 + index, column=4, value=name).font = bold
        # Text, not a date cell: the sheet shows the date the way the supplier typed it.
        sheet.cell(row=2 + index, column=5, value=value).alignment = Alignment(horizontal="right")
    row = max(row, 2 + len(fields)) + 1
    sheet.cell(row=row, column=1, value=label("bill_to")).font = bold
    for line in (invoice.customer.name, *invoice.customer.address):
        row += 1
        sheet.cell(row=row, column=1, value=line)
    row += 2
    fill = PatternFill("solid", fgColor="DDE4EE")
    thin = Side(style="thin", color="888888")
    for column, name in enumerate(
        (words["code"], words["description"], words["qty"], words["unit"], words["amount"]), 1
    ):
        cell = sheet.cell(row=row, column=column, value=name)
        cell.font, cell.fill, cell.border = bold, fill, Border(bottom=thin)
    money_format = "#,##0.00 [$€-x-euro2]" if invoice.currency == "EUR" else "[$£-809]#,##0.00"
    for (description, code, qty, price), amount in zip(
        invoice.lines, invoice.amounts(), strict=True
    ):
        row += 1
        sheet.cell(row=row, column=1, value=code)
        sheet.cell(row=row, column=2, value=description)
        sheet.cell(row=row, column=3, value=qty)
        sheet.cell(row=row, column=4, value=float(price)).number_format = money_format
        sheet.cell(row=row, column=5, value=float(amount)).number_format = money_format
    subtotal = sum(invoice.amounts(), Decimal(0))
    vat = (subtotal * VAT_RATE[invoice.language]).quantize(Decimal("0.01"))
    for name, value in (
        (words["subtotal"], subtotal),
        (words["vat"], vat),
        (words["total"], subtotal + vat),
    ):
        row += 1
        sheet.cell(row=row, column=4, value=name).font = bold
        sheet.cell(row=row, column=5, value=float(value)).number_format = money_format
    row += 2
    sheet.cell(row=row, column=1, value=" · ".join(invoice.supplier.legal)).font = Font(size=8)
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToHeight = 0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{invoice.stem}.xlsx"
        book.save(path)
        soffice_convert(path, out)


def _troff(text):
    text = str(text).replace("\\", "\\e")
    return text if not text.startswith((".", "'")) else "\\&" + text


def groff(invoice, out):
    """groff -ms with tbl, the way a Unix billing script prints, then Ghostscript's ps2pdf."""
    words = LABELS[invoice.language]
    label = lambda key: invoice.labels.get(key) or words[key]  # noqa: E731
    supplier = invoice.supplier
    source = [
        ".nr PS 10",
        ".nr VS 12",
        ".nr LL 6.5i",
        ".LP",
        ".ad l",
        ".ps 14",
        f"\\fB{_troff(supplier.name)}\\fP",
        ".ps 10",
        ".br",
    ]
    for line in (*supplier.address, supplier.phone):
        source += [_troff(line), ".br"]
    source += [".sp 1.5", ".ps 16", f"\\fB{_troff(label('title'))}\\fP", ".ps 10", ".sp 0.5"]
    source += [
        ".TS",
        "l l.",
        f"{label('number')}:\t{invoice.number}",
        f"{label('date')}:\t{html_layouts.when(invoice, invoice.date)}",
    ]
    for key, day in invoice.other_dates:
        source.append(f"{label(key)}:\t{html_layouts.when(invoice, day)}")
    source += [".TE", ".sp 1", f"\\fB{_troff(label('bill_to'))}:\\fP", ".br"]
    for line in (invoice.customer.name, *invoice.customer.address):
        source += [_troff(line), ".br"]
    source += [
        ".sp 1.5",
        ".TS",
        "tab(|) expand;",
        "lB lB rB rB rB",
        "l l r r r.",
        "|".join(
            (words["code"], words["description"], words["qty"], words["unit"], words["amount"])
        ),
        "_",
    ]
    for (description, code, qty, price), amount in zip(
        invoice.lines, invoice.amounts(), strict=True
    ):
        source.append(
            "|".join(
                (
                    code,
                    description,
                    quantity(qty, invoice.language),
                    html_layouts.cash(invoice, price),
                    html_layouts.cash(invoice, amount),
                )
            )
        )
    subtotal = sum(invoice.amounts(), Decimal(0))
    vat = (subtotal * VAT_RATE[invoice.language]).quantize(Decimal("0.01"))
    source += ["_"]
    for name, value in (
        (words["subtotal"], subtotal),
        (words["vat"], vat),
        (words["total"], subtotal + vat),
    ):
        source.append(f"||{name}||{html_layouts.cash(invoice, value)}")
    source += [
        ".TE",
        ".sp 2",
        ".ps 8",
        _troff(words["terms"]),
        ".br",
        _troff(" · ".join(supplier.legal)),
    ]
    with tempfile.TemporaryDirectory() as folder:
        roff = Path(folder) / "invoice.ms"
        roff.write_text("\n".join(source) + "\n", encoding="utf-8")
        postscript = Path(folder) / "invoice.ps"
        with postscript.open("wb") as handle:
            subprocess.run(
                ["groff", "-k", "-t", "-ms", "-Tps", "-dpaper=a4", "-P-pa4", str(roff)],
                check=True,
                stdout=handle,
                timeout=60,
            )
        subprocess.run(
            ["ps2pdf", "-sPAPERSIZE=a4", str(postscript), str(out)], check=True, timeout=60
        )


def _ps_string(text):
    text = str(text).replace("€", "EUR").replace("\u202f", " ").replace("–", "-").replace("·", "-")
    data = text.encode("latin-1", "replace")
    escaped = "".join(
        chr(byte) if 32 <= byte < 127 and chr(byte) not in "()\\" else f"\\{byte:03o}"
        for byte in data
    )
    return f"({escaped})"


def _ps_row(cells, y):
    """A table row: code and description from the left, the figures to their right edges."""
    places = ((50, "t"), (120, "t"), (400, "r"), (475, "r"), (545, "r"))
    return " ".join(
        f"{_ps_string(text)} {x} {y} {how}" for text, (x, how) in zip(cells, places, strict=True)
    )


def ghostscript(invoice, out):
    """PostScript written by hand, as old billing programs do, turned into PDF by ps2pdf."""
    words = LABELS[invoice.language]
    label = lambda key: invoice.labels.get(key) or words[key]  # noqa: E731
    supplier = invoice.supplier
    ps = [
        "%!PS-Adobe-3.0",
        "%%Creator: billing.ps",
        "/reencode { findfont dup length dict begin"
        " { 1 index /FID ne { def } { pop pop } ifelse } forall"
        " /Encoding ISOLatin1Encoding def currentdict end definefont pop } def",
        "/F /Helvetica reencode /FB /Helvetica-Bold reencode /FM /Courier reencode",
        "/F /F findfont def /FB /FB findfont def /FM /FM findfont def",
        "/t { moveto show } def",
        "/r { /yy exch def /xx exch def dup stringwidth pop xx exch sub yy moveto show } def",
    ]
    y = 790
    ps.append(f"FB 15 scalefont setfont {_ps_string(supplier.name)} 50 {y} t")
    ps.append("F 9 scalefont setfont")
    for line in (*supplier.address, supplier.phone):
        y -= 12
        ps.append(f"{_ps_string(line)} 50 {y} t")
    ps.append(f"FB 18 scalefont setfont {_ps_string(label('title'))} 380 790 t")
    ps.append("F 9 scalefont setfont")
    y2 = 770
    for name, value in [
        (label("number"), invoice.number),
        (label("date"), html_layouts.when(invoice, invoice.date)),
    ] + [(label(key), html_layouts.when(invoice, day)) for key, day in invoice.other_dates]:
        ps.append(f"{_ps_string(name + ':')} 380 {y2} t {_ps_string(value)} 545 {y2} r")
        y2 -= 12
    y = min(y, y2) - 30
    ps.append(
        f"FB 9 scalefont setfont {_ps_string(label('bill_to'))} 50 {y} t F 9 scalefont setfont"
    )
    for line in (invoice.customer.name, *invoice.customer.address):
        y -= 12
        ps.append(f"{_ps_string(line)} 50 {y} t")
    y -= 36
    heads = (words["code"], words["description"], words["qty"], words["unit"], words["amount"])
    ps.append("FB 9 scalefont setfont " + _ps_row(heads, y))
    ps.append(f"0.5 setlinewidth 50 {y - 4} moveto 545 {y - 4} lineto stroke F 9 scalefont setfont")
    for (description, code, qty, price), amount in zip(
        invoice.lines, invoice.amounts(), strict=True
    ):
        y -= 14
        cash = html_layouts.cash
        cells = (code, description, quantity(qty, invoice.language), cash(invoice, price))
        ps.append(_ps_row((*cells, cash(invoice, amount)), y))
    subtotal = sum(invoice.amounts(), Decimal(0))
    vat = (subtotal * VAT_RATE[invoice.language]).quantize(Decimal("0.01"))
    y -= 10
    ps.append(f"50 {y} moveto 545 {y} lineto stroke")
    for name, value in (
        (words["subtotal"], subtotal),
        (words["vat"], vat),
        (words["total"], subtotal + vat),
    ):
        y -= 14
        total = html_layouts.cash(invoice, value)
        ps.append(f"{_ps_string(name)} 400 {y} t {_ps_string(total)} 545 {y} r")
    ps.append(f"F 7 scalefont setfont {_ps_string(words['terms'])} 50 70 t")
    ps.append(f"{_ps_string(supplier.name + ' - ' + ', '.join(supplier.address))} 50 60 t")
    ps.append(f"{_ps_string(' - '.join(supplier.legal))} 50 50 t")
    ps.append("showpage")
    with tempfile.TemporaryDirectory() as folder:
        postscript = Path(folder) / "invoice.ps"
        postscript.write_text("\n".join(ps) + "\n", encoding="ascii")
        subprocess.run(
            ["ps2pdf", "-sPAPERSIZE=a4", str(postscript), str(out)], check=True, timeout=60
        )
