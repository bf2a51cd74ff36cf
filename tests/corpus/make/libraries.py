"""The generators that are Python libraries drawing the page themselves: ReportLab and fpdf2."""

from decimal import Decimal

from html_layouts import cash, label, when
from words import LABELS, VAT_RATE, quantity

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _header_pairs(invoice):
    pairs = [
        (label(invoice, "number"), invoice.number),
        (label(invoice, "date"), when(invoice, invoice.date)),
    ]
    pairs += [(label(invoice, key), when(invoice, day)) for key, day in invoice.other_dates]
    if invoice.order_number:
        pairs.append((label(invoice, "order"), invoice.order_number))
    if invoice.customer_number:
        pairs.append((label(invoice, "customer_no"), invoice.customer_number))
    return pairs


def _totals(invoice):
    words = LABELS[invoice.language]
    subtotal = sum(invoice.amounts(), Decimal(0))
    vat = (
        Decimal(0)
        if invoice.us
        else (subtotal * VAT_RATE[invoice.language]).quantize(Decimal("0.01"))
    )
    vat_label = "Sales tax" if invoice.us else words["vat"]
    return [(words["subtotal"], subtotal), (vat_label, vat), (words["total"], subtotal + vat)]


def reportlab(invoice, logo_path, out):
    """Platypus with an embedded TrueType font; the table repeats its header on every page and
    each page ends with the supplier's address and "Page n of m"."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_BOLD))
    words = LABELS[invoice.language]
    normal = ParagraphStyle("n", fontName="DejaVu", fontSize=9, leading=11.5)
    bold = ParagraphStyle("b", parent=normal, fontName="DejaVu-Bold", fontSize=12, leading=15)
    title = ParagraphStyle("t", parent=normal, fontName="DejaVu-Bold", fontSize=20, leading=24)
    supplier = invoice.supplier

    story = []
    left = []
    if invoice.logo and logo_path:
        left.append(
            Image(str(logo_path), width=42 * mm, height=14 * mm, kind="proportional", hAlign="LEFT")
        )
    left.append(Paragraph(supplier.name, bold))
    left += [
        Paragraph(line, normal)
        for line in (*supplier.address, supplier.phone, supplier.email)
        if line
    ]
    right = [Paragraph(label(invoice, "title"), title)]
    right.append(
        Table(
            [[f"{name}:", value] for name, value in _header_pairs(invoice)],
            style=[
                ("FONT", (0, 0), (-1, -1), "DejaVu", 8.5),
                ("FONT", (1, 0), (1, -1), "DejaVu-Bold", 8.5),
            ],
        )
    )
    story.append(
        Table(
            [[left, right]],
            colWidths=[95 * mm, 85 * mm],
            style=[("VALIGN", (0, 0), (-1, -1), "TOP")],
        )
    )
    story.append(Spacer(1, 10 * mm))
    customer = [Paragraph(f"<font color='#666666'>{label(invoice, 'bill_to')}</font>", normal)]
    customer += [
        Paragraph(line, normal) for line in (invoice.customer.name, *invoice.customer.address)
    ]
    story += customer + [Spacer(1, 8 * mm)]
    rows = [[words["code"], words["description"], words["qty"], words["unit"], words["amount"]]]
    for (description, code, qty, price), amount in zip(
        invoice.lines, invoice.amounts(), strict=True
    ):
        rows.append(
            [
                code,
                Paragraph(description, normal),
                quantity(qty, invoice.language),
                cash(invoice, price),
                cash(invoice, amount),
            ]
        )
    for name, value in _totals(invoice):
        rows.append(["", "", "", name, cash(invoice, value)])
    table = Table(rows, colWidths=[22 * mm, 78 * mm, 18 * mm, 30 * mm, 32 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "DejaVu", 8.5),
                ("FONT", (0, 0), (-1, 0), "DejaVu-Bold", 8.5),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9f0")),
                ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, -4), 0.25, colors.HexColor("#cccccc")),
                ("FONT", (3, -1), (-1, -1), "DejaVu-Bold", 9),
            ]
        )
    )
    story.append(table)
    story.append(Spacer(1, 8 * mm))
    story.append(Paragraph(f"{words['thanks']} {words['terms']}", normal))

    # Two passes: the first counts the pages, the second prints "Page n of m".
    pages = {"count": 1}

    def count(canvas, document):
        pages["count"] = document.page

    probe = SimpleDocTemplate(
        "/dev/null",
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=22 * mm,
    )
    probe.build(list(_copy(story)), onFirstPage=count, onLaterPages=count)

    def footer(canvas, document):
        canvas.saveState()
        canvas.setFont("DejaVu", 7)
        address = f"{supplier.name} · {', '.join(supplier.address)}"
        canvas.drawCentredString(A4[0] / 2, 14 * mm, " · ".join(supplier.legal))
        page = words["page"].format(page=document.page, pages=pages["count"])
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"{address} · {page}")
        canvas.restoreState()

    document = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=22 * mm,
        title=f"{label(invoice, 'title')} {invoice.number}",
        author=supplier.name,
        creator="ReportLab",
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)


def _copy(story):
    import copy

    return [copy.deepcopy(flowable) for flowable in story]


def fpdf2(invoice, logo_path, out):
    """fpdf2 with an embedded font; header() repeats the table head, footer() prints the page."""
    from fpdf import FPDF

    words = LABELS[invoice.language]
    supplier = invoice.supplier
    widths = (22, 80, 18, 30, 30)
    heads = (words["code"], words["description"], words["qty"], words["unit"], words["amount"])

    class InvoicePdf(FPDF):
        in_table = False

        def table_head(self):
            self.set_font("DejaVu", "B", 8.5)
            self.set_fill_color(228, 233, 240)
            for width, head in zip(widths, heads, strict=True):
                self.cell(
                    width, 7, head, border="B", fill=True, align="L" if width in (22, 80) else "R"
                )
            self.ln()
            self.set_font("DejaVu", "", 8.5)

        def header(self):
            if self.page_no() > 1:
                self.set_font("DejaVu", "", 8)
                self.cell(
                    0,
                    6,
                    f"{supplier.name} · {label(invoice, 'title').title()} {invoice.number}",
                    align="R",
                )
                self.ln(10)
                if self.in_table:
                    self.table_head()

        def footer(self):
            self.set_y(-16)
            self.set_font("DejaVu", "", 7)
            self.cell(0, 4, " · ".join(supplier.legal), align="C")
            self.ln()
            page = words["page"].format(page=self.page_no(), pages="{nb}")
            self.cell(0, 4, f"{supplier.name} · {', '.join(supplier.address)} · {page}", align="C")

    pdf = InvoicePdf(format="A4")
    pdf.set_title(f"{label(invoice, 'title')} {invoice.number}")
    pdf.set_author(supplier.name)
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    if invoice.logo and logo_path:
        pdf.image(str(logo_path), x=15, y=10, h=14)
        pdf.set_y(26)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(100, 7, supplier.name)
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(0, 7, label(invoice, "title"), align="R")
    pdf.ln(8)
    top = pdf.get_y()
    pdf.set_font("DejaVu", "", 9)
    for line in (*supplier.address, supplier.phone, supplier.email):
        if line:
            pdf.cell(100, 4.6, line)
            pdf.ln()
    pdf.set_y(top)
    for name, value in _header_pairs(invoice):
        pdf.set_x(120)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.cell(40, 4.6, f"{name}:")
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.cell(0, 4.6, value, align="R")
        pdf.ln()
    pdf.ln(8)
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 5, label(invoice, "bill_to"))
    pdf.ln()
    pdf.set_font("DejaVu", "", 9)
    for line in (invoice.customer.name, *invoice.customer.address):
        pdf.cell(0, 4.6, line)
        pdf.ln()
    pdf.ln(8)
    pdf.table_head()
    pdf.in_table = True
    for (description, code, qty, price), amount in zip(
        invoice.lines, invoice.amounts(), strict=True
    ):
        values = (
            code,
            description,
            quantity(qty, invoice.language),
            cash(invoice, price),
            cash(invoice, amount),
        )
        for width, value in zip(widths, values, strict=True):
            pdf.cell(width, 6, value, border="B", align="L" if width in (22, 80) else "R")
        pdf.ln()
    pdf.in_table = False
    pdf.ln(2)
    for name, value in _totals(invoice):
        pdf.set_x(135)
        pdf.cell(35, 6, name)
        pdf.cell(30, 6, cash(invoice, value), align="R")
        pdf.ln()
    pdf.ln(6)
    pdf.multi_cell(0, 4.6, f"{words['thanks']} {words['terms']}")
    pdf.output(str(out))
