"""HTML invoices in the layouts real software prints, for the HTML-to-PDF generators.

Tables rather than flexbox, so that wkhtmltopdf's old WebKit and LibreOffice's HTML import
lay them out too.
"""

import html
from decimal import Decimal

from words import LABELS, VAT_RATE, date_text, money, quantity

STYLE = """
body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt;
       color: #222; margin: 0; }
table { border-collapse: collapse; }
.wide { width: 100%; }
.top td { vertical-align: top; }
h1 { font-size: 20pt; margin: 0 0 6pt 0; letter-spacing: 1pt; }
.muted { color: #666; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
.items th { background: #e9edf2; text-align: left; padding: 4pt; border-bottom: 1pt solid #999; }
.items td { padding: 3pt 4pt; border-bottom: 0.5pt solid #ddd; }
.n { text-align: right; }
.totals td { padding: 2pt 4pt; }
.footer { margin-top: 24pt; font-size: 7.5pt; color: #555; text-align: center;
          border-top: 0.5pt solid #aaa; padding-top: 4pt; }
.box { border: 0.8pt solid #444; }
.box td { border: 0.5pt solid #777; padding: 3pt 5pt; white-space: nowrap; font-size: 8.5pt; }
.shade { background: #d9d9d9; }
.sold { font-size: 10pt; margin: 6pt 0; }
"""


def e(text):
    return html.escape(str(text))


def label(invoice, key):
    return invoice.labels.get(key) or LABELS[invoice.language][key]


def when(invoice, day):
    if isinstance(day, tuple):
        return " – ".join(when(invoice, one) for one in day)
    return date_text(day, invoice.language, invoice.date_style, us=invoice.us)


def cash(invoice, value):
    return money(value, invoice.language, invoice.currency)


def lines_of(company, with_name=True):
    lines = [company.name] if with_name else []
    lines += list(company.address)
    if company.phone:
        lines.append(company.phone)
    if company.email:
        lines.append(company.email)
    return lines


def block(lines, bold_first=True):
    rows = []
    for index, line in enumerate(lines):
        text = e(line)
        rows.append(f"<b>{text}</b>" if index == 0 and bold_first else text)
    return "<br>".join(rows)


def details(invoice, *, boxed=False):
    """The label/value pairs of the header: number, date, then the other dates."""
    pairs = [
        (label(invoice, "number"), invoice.number),
        (label(invoice, "date"), when(invoice, invoice.date)),
    ]
    for key, day in invoice.other_dates:
        pairs.append((label(invoice, key), when(invoice, day)))
    if invoice.order_number:
        pairs.append((label(invoice, "order"), invoice.order_number))
    if invoice.customer_number:
        pairs.append((label(invoice, "customer_no"), invoice.customer_number))
    if boxed:
        heads = "".join(f"<td class=shade><b>{e(k)}</b></td>" for k, _ in pairs)
        values = "".join(f"<td>{e(v)}</td>" for _, v in pairs)
        return f"<table class='box wide'><tr>{heads}</tr><tr>{values}</tr></table>"
    rows = "".join(
        f"<tr><td class=muted>{e(k)}:</td><td style='white-space:nowrap'><b>{e(v)}</b></td></tr>"
        for k, v in pairs
    )
    return f"<table>{rows}</table>"


def items(invoice):
    words = LABELS[invoice.language]
    head = (
        f"<thead><tr><th>{e(words['code'])}</th><th>{e(words['description'])}</th>"
        f"<th class=n>{e(words['qty'])}</th><th class=n>{e(words['unit'])}</th>"
        f"<th class=n>{e(words['amount'])}</th></tr></thead>"
    )
    rows = []
    for (description, code, qty, price), amount in zip(
        invoice.lines, invoice.amounts(), strict=True
    ):
        rows.append(
            f"<tr><td>{e(code)}</td><td>{e(description)}</td>"
            f"<td class=n>{quantity(qty, invoice.language)}</td>"
            f"<td class=n>{e(cash(invoice, price))}</td>"
            f"<td class=n>{e(cash(invoice, amount))}</td></tr>"
        )
    return f"<table class='items wide'>{head}<tbody>{''.join(rows)}</tbody></table>"


def totals(invoice):
    words = LABELS[invoice.language]
    subtotal = sum(invoice.amounts(), Decimal(0))
    vat = (subtotal * VAT_RATE[invoice.language]).quantize(Decimal("0.01"))
    vat_label = words["vat"] if not invoice.us else "Sales tax"
    if invoice.us:
        vat = Decimal("0.00")
    rows = [(words["subtotal"], subtotal), (vat_label, vat), (words["total"], subtotal + vat)]
    body = "".join(
        f"<tr><td>{e(name)}</td><td class=n>{'<b>' if i == 2 else ''}{e(cash(invoice, value))}"
        f"{'</b>' if i == 2 else ''}</td></tr>"
        for i, (name, value) in enumerate(rows)
    )
    return (
        f"<table class=totals align=right style='margin-top:8pt; margin-left:auto'>{body}</table>"
    )


def footer(invoice):
    words = LABELS[invoice.language]
    supplier = invoice.supplier
    legal = " · ".join(supplier.legal)
    return (
        f"<div class=footer>{e(words['thanks'])} {e(words['terms'])}<br>"
        f"{e(supplier.name)} · {e(', '.join(supplier.address))}<br>{e(legal)}</div>"
    )


def logo_tag(invoice, logo_uri):
    if not (invoice.logo and logo_uri):
        return ""
    return f"<img src='{logo_uri}' style='height:42pt' alt=''><br>"


def classic(invoice, logo_uri):
    words = LABELS[invoice.language]
    return f"""
<table class='wide top'><tr>
 <td style='width:55%'>{logo_tag(invoice, logo_uri)}{block(lines_of(invoice.supplier))}</td>
 <td><h1>{e(label(invoice, "title"))}</h1>{details(invoice)}</td>
</tr></table>
<table class='wide top' style='margin-top:16pt'><tr>
 <td style='width:55%'><span class=muted>{e(label(invoice, "bill_to"))}</span><br>
   {block(lines_of(invoice.customer))}</td>
 <td><span class=muted>{e(words["ship_to"])}</span><br>{block(lines_of(invoice.customer)[:-1])}</td>
</tr></table>
<div style='margin-top:16pt'>{items(invoice)}</div>
{totals(invoice)}
<div style='clear:both'></div>
{footer(invoice)}
"""


def three_column(invoice, logo_uri):
    """Xero's layout: the customer without a label | the invoice details | the supplier."""
    return f"""
<table class='wide top'><tr>
 <td style='width:38%'><h1>{e(label(invoice, "title"))}</h1>{block(lines_of(invoice.customer))}</td>
 <td style='width:30%'>{details(invoice)}</td>
 <td>{logo_tag(invoice, logo_uri)}{block(lines_of(invoice.supplier))}</td>
</tr></table>
<div style='margin-top:22pt'>{items(invoice)}</div>
{totals(invoice)}
<div style='clear:both'></div>
{footer(invoice)}
"""


def receipt(invoice, logo_uri):
    """An order receipt from a marketplace: "Sold by", order and invoice details, two addresses."""
    words = LABELS[invoice.language]
    title = {
        "en": "Invoice / Order summary",
        "de": "Rechnung / Bestellübersicht",
        "es": "Factura / Resumen del pedido",
    }.get(invoice.language, label(invoice, "title"))
    supplier = invoice.supplier
    legal = " · ".join(supplier.legal)
    return f"""
<h1 style='font-size:15pt'>{e(title)}</h1>
<div class=sold>{e(words["sold_by"])}: <b>{e(supplier.name)}</b><br>
 <span class=muted>{e(", ".join(supplier.address))} · {e(legal)}</span></div>
{details(invoice, boxed=True)}
<table class='wide top' style='margin-top:12pt'><tr>
 <td style='width:50%'><b>{e(label(invoice, "bill_to"))}</b><br>
   {block(lines_of(invoice.customer), False)}</td>
 <td><b>{e(words["ship_to"])}</b><br>{block(lines_of(invoice.customer)[:-1], False)}</td>
</tr></table>
<div style='margin-top:14pt'>{items(invoice)}</div>
{totals(invoice)}
<div style='clear:both'></div>
<div class=footer>{e(words["thanks"])}</div>
"""


def erp(invoice, logo_uri):
    """An ERP print: a sender line above the window address, a shaded grid of document fields."""
    supplier = invoice.supplier
    sender = f"{supplier.name} · {' · '.join(supplier.address)}"
    return f"""
<table class='wide top'><tr>
 <td style='width:60%'><div style='font-size:7pt; text-decoration: underline'>{e(sender)}</div><br>
   {block(lines_of(invoice.customer), False)}</td>
 <td>{block(lines_of(supplier))}</td>
</tr></table>
<h1 style='margin-top:18pt'>{e(label(invoice, "title"))}</h1>
{details(invoice, boxed=True)}
<div style='margin-top:12pt'>{items(invoice)}</div>
{totals(invoice)}
<div style='clear:both'></div>
{footer(invoice)}
"""


def long_table(invoice, logo_uri):
    return classic(invoice, logo_uri)


LAYOUTS = {
    "classic": classic,
    "three_column": three_column,
    "receipt": receipt,
    "erp": erp,
    "long_table": long_table,
}


def page_css(invoice, *, margin_boxes):
    if not margin_boxes:
        return "@page { size: A4; margin: 16mm 15mm; }"
    words = LABELS[invoice.language]
    page = words["page"].format(page='" counter(page) "', pages='" counter(pages) "')
    address = f"{invoice.supplier.name} · {', '.join(invoice.supplier.address)}"
    return (
        "@page { size: A4; margin: 16mm 15mm 20mm 15mm;"
        f' @bottom-center {{ content: "{address} · {page}"; font-size: 7.5pt; color: #555; }} }}'
    )


def invoice_html(invoice, *, logo_uri="", margin_boxes=True):
    body = LAYOUTS[invoice.layout](invoice, logo_uri)
    return (
        f"<!doctype html><html lang={invoice.language}><head><meta charset='utf-8'>"
        f"<title>{e(label(invoice, 'title'))} {e(invoice.number)}</title>"
        f"<style>{page_css(invoice, margin_boxes=margin_boxes)}{STYLE}</style></head>"
        f"<body>{body}</body></html>"
    )
