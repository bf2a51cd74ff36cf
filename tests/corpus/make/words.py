"""Labels, month names and number formats of the six languages, as the invoices print them."""

import datetime
from decimal import Decimal

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}
MONTHS = {language: names.split() for language, names in MONTHS.items()}

LABELS = {
    "en": dict(
        title="INVOICE",
        date="Invoice Date",
        number="Invoice Number",
        due="Due Date",
        order_date="Order Date",
        order="Order Number",
        delivery="Delivery Date",
        period="Service Period",
        customer_no="Customer No.",
        bill_to="Bill To",
        ship_to="Ship To",
        description="Description",
        code="SKU",
        qty="Qty",
        unit="Unit Price",
        amount="Amount",
        subtotal="Subtotal",
        vat="VAT",
        total="Total",
        page="Page {page} of {pages}",
        sold_by="Sold by",
        vat_id="VAT Reg. No.",
        thanks="Thank you for your business.",
        terms="Payment terms: 30 days net.",
    ),
    "fr": dict(
        title="FACTURE",
        date="Date de facture",
        number="N° de facture",
        due="Date d'échéance",
        order_date="Date de commande",
        order="N° de commande",
        delivery="Date de livraison",
        period="Période de prestation",
        customer_no="N° client",
        bill_to="Facturé à",
        ship_to="Livré à",
        description="Désignation",
        code="Réf.",
        qty="Qté",
        unit="Prix unitaire HT",
        amount="Montant HT",
        subtotal="Total HT",
        vat="TVA 20 %",
        total="Total TTC",
        page="Page {page} / {pages}",
        sold_by="Vendu par",
        vat_id="N° TVA intracommunautaire",
        thanks="Merci pour votre confiance.",
        terms="Paiement à 30 jours fin de mois.",
    ),
    "de": dict(
        title="RECHNUNG",
        date="Rechnungsdatum",
        number="Rechnungsnummer",
        due="Fällig am",
        order_date="Bestelldatum",
        order="Bestellnummer",
        delivery="Lieferdatum",
        period="Leistungszeitraum",
        customer_no="Kundennummer",
        bill_to="Rechnungsadresse",
        ship_to="Lieferadresse",
        description="Bezeichnung",
        code="Art.-Nr.",
        qty="Menge",
        unit="Einzelpreis",
        amount="Gesamtpreis",
        subtotal="Nettobetrag",
        vat="USt. 19 %",
        total="Rechnungsbetrag",
        page="Seite {page} von {pages}",
        sold_by="Verkauft von",
        vat_id="USt-IdNr.",
        thanks="Vielen Dank für Ihren Auftrag.",
        terms="Zahlbar innerhalb von 14 Tagen ohne Abzug.",
    ),
    "es": dict(
        title="FACTURA",
        date="Fecha de factura",
        number="Número de factura",
        due="Fecha de vencimiento",
        order_date="Fecha del pedido",
        order="N.º de pedido",
        delivery="Fecha de entrega",
        period="Periodo de servicio",
        customer_no="N.º de cliente",
        bill_to="Facturar a",
        ship_to="Enviar a",
        description="Descripción",
        code="Ref.",
        qty="Cantidad",
        unit="Precio unitario",
        amount="Importe",
        subtotal="Base imponible",
        vat="IVA 21 %",
        total="Total factura",
        page="Página {page} de {pages}",
        sold_by="Vendido por",
        vat_id="NIF",
        thanks="Gracias por su confianza.",
        terms="Forma de pago: transferencia bancaria a 30 días.",
    ),
    "it": dict(
        title="FATTURA",
        date="Data fattura",
        number="Numero fattura",
        due="Scadenza",
        order_date="Data ordine",
        order="N. ordine",
        delivery="Data consegna",
        period="Periodo di competenza",
        customer_no="Codice cliente",
        bill_to="Intestatario",
        ship_to="Destinazione merce",
        description="Descrizione",
        code="Codice",
        qty="Quantità",
        unit="Prezzo unitario",
        amount="Importo",
        subtotal="Imponibile",
        vat="IVA 22%",
        total="Totale documento",
        page="Pagina {page} di {pages}",
        sold_by="Venduto da",
        vat_id="Partita IVA",
        thanks="Grazie per averci scelto.",
        terms="Pagamento: bonifico bancario 30 gg data fattura.",
    ),
    "nl": dict(
        title="FACTUUR",
        date="Factuurdatum",
        number="Factuurnummer",
        due="Vervaldatum",
        order_date="Besteldatum",
        order="Ordernummer",
        delivery="Leverdatum",
        period="Periode",
        customer_no="Klantnummer",
        bill_to="Factuuradres",
        ship_to="Afleveradres",
        description="Omschrijving",
        code="Artikelnr.",
        qty="Aantal",
        unit="Stukprijs",
        amount="Bedrag",
        subtotal="Subtotaal",
        vat="BTW 21%",
        total="Totaal te betalen",
        page="Pagina {page} van {pages}",
        sold_by="Verkocht door",
        vat_id="BTW-nummer",
        thanks="Bedankt voor uw bestelling.",
        terms="Gelieve binnen 30 dagen te betalen.",
    ),
}

VAT_RATE = {
    "en": Decimal("0.20"),
    "fr": Decimal("0.20"),
    "de": Decimal("0.19"),
    "es": Decimal("0.21"),
    "it": Decimal("0.22"),
    "nl": Decimal("0.21"),
}


def date_text(day: datetime.date, language, style, *, us=False):
    """A date as an invoice of that language prints it in the given style."""
    month = MONTHS[language][day.month - 1]
    if style == "iso":
        return day.isoformat()
    if style == "numeric":
        if language == "en" and us:
            return day.strftime("%m/%d/%Y")
        separator = {"de": ".", "nl": "-"}.get(language, "/")
        return day.strftime(f"%d{separator}%m{separator}%Y")
    if style == "short":
        # "03-Mar-2026", "3 mrt. 2026": abbreviated months.
        abbreviation = month[:3] if language != "nl" else {"maart": "mrt"}.get(month, month[:3])
        if language == "en":
            return f"{day.day:02d}-{abbreviation.title()}-{day.year}"
        return f"{day.day} {abbreviation}. {day.year}"
    # long
    if language == "en":
        return f"{month} {day.day}, {day.year}" if us else f"{day.day} {month} {day.year}"
    if language == "de":
        return f"{day.day}. {month} {day.year}"
    if language == "es":
        return f"{day.day} de {month} de {day.year}"
    if language == "fr" and day.day == 1:
        return f"1er {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def money(value, language, currency="EUR"):
    """1,234.56 in English, 1.234,56 (1 234,56 in French) elsewhere, with the currency."""
    value = Decimal(value).quantize(Decimal("0.01"))
    text = f"{value:,.2f}"
    if language == "en":
        symbol = {"GBP": "£", "USD": "$", "EUR": "€"}[currency]
        return f"{symbol}{text}"
    text = text.replace(",", "\0").replace(".", ",")
    text = text.replace("\0", "\u202f" if language == "fr" else ".")
    if language in ("it", "nl"):
        return f"€ {text}"
    return f"{text} €"


def quantity(value, language):
    if value == int(value):
        return str(int(value))
    return f"{value}".replace(".", "," if language != "en" else ".")
