"""Realistic invoices generated for the demo workspaces (`seed_demo`), as text PDFs."""

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone
from django.utils.html import escape
from weasyprint import HTML

STYLE = """
@page { size: A4; margin: 18mm; }
body { font: 10pt/1.4 'DejaVu Sans', sans-serif; color: #222; }
.top { margin-bottom: 10mm; }
/* WeasyPrint does not let overflow: hidden hold floats: clear them explicitly. */
.top::after { content: ''; display: block; clear: both; }
.supplier { float: left; width: 55%; }
.meta { float: right; width: 40%; text-align: right; }
h1 { font-size: 18pt; margin: 0 0 3mm; }
.billto { margin: 6mm 0; }
table { width: 100%; border-collapse: collapse; }
th, td { border-bottom: 1px solid #bbb; padding: 2mm; text-align: left; }
td.n, th.n { text-align: right; }
.total { margin-top: 4mm; text-align: right; font-weight: bold; }
"""


def _no_fetch(url, *args, **kwargs):
    raise ValueError("demo invoices load nothing")


def invoice_pdf(*, account, supplier, number, days_ago, lines, language="en"):
    """One invoice: supplier header, bill-to block as in Seller Central, lines, totals."""
    date = timezone.localdate() - timedelta(days=days_ago)
    rows, total = [], Decimal("0")
    for description, asin, quantity, price in lines:
        amount = Decimal(price) * quantity
        total += amount
        rows.append(
            f"<tr><td>{escape(description)}</td><td>{escape(asin)}</td>"
            f"<td class='n'>{quantity}</td><td class='n'>{Decimal(price):.2f}</td>"
            f"<td class='n'>{amount:.2f}</td></tr>"
        )
    french = language == "fr"
    labels = {
        "title": "FACTURE" if french else "INVOICE",
        "number": "Facture n°" if french else "Invoice number",
        "date": "Date de facture" if french else "Invoice date",
        "bill": "Facturé à" if french else "Bill to",
        "head": ("Désignation", "ASIN", "Qté", "Prix unitaire", "Montant")
        if french
        else ("Description", "ASIN", "Qty", "Unit price", "Amount"),
        "total": "Total" if french else "Total",
    }
    printed_date = date.strftime("%d/%m/%Y") if french else date.strftime("%B %d, %Y")
    address = "<br>".join(escape(line) for line in account.address_lines)
    html = f"""<html><head><meta charset="utf-8"><style>{STYLE}</style></head><body>
    <div class="top"><div class="supplier"><h1>{escape(supplier.name)}</h1>
    {escape(supplier.address).replace(chr(10), "<br>")}<br>Tel: {escape(supplier.phone)}<br>
    {escape(supplier.website)}</div>
    <div class="meta"><h1>{labels["title"]}</h1>{labels["number"]}: {escape(number)}<br>
    {labels["date"]}: {printed_date}</div></div>
    <div class="billto"><strong>{labels["bill"]}:</strong><br>{escape(account.legal_name)}<br>
    {address}<br>Tel: {escape(account.phone)}</div>
    <table><thead><tr>{"".join(f"<th>{h}</th>" for h in labels["head"])}</tr></thead>
    <tbody>{"".join(rows)}</tbody></table>
    <div class="total">{labels["total"]}: {total:.2f}</div></body></html>"""
    return HTML(string=html, url_fetcher=_no_fetch).write_pdf()
