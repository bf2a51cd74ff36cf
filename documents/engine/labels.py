"""The printed labels of an invoice's date and number, in the six languages sellers receive.

Amazon's European marketplaces send sellers invoices in English, French, German, Spanish,
Italian and Dutch (issue 14). An invoice prints several dates and several numbers; the label
in front of each one (or above it, in a header table) says which is the invoice's own.
Each pattern is one label as suppliers' software prints it, grouped by language.
"""

import re


def _labels(*patterns):
    # Whole words only: "due" is not the end of "residue", nor "data" the start of "database";
    # a digit may follow at once ("Invoice #1042", "Nr.17").
    return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?![^\W\d_])", re.I)


# A document word followed by its number and "of"/"vom"/"del": "Rechnung Nr. 17 vom ...".
_DOCUMENT_NUMBER_OF = (
    r"\s*(?:n[°º.]?|nr\.?|no\.?|#|num[ée]ro|number)?\s*[:.]?\s*[\w\-/.]*\d[\w\-/]*\s+"
)

INVOICE_DATE = _labels(
    # English
    r"invoice\s*date",
    r"date\s+of\s+(?:the\s+)?invoice",
    r"(?:invoice\s+)?issue\s+date",
    r"date\s+(?:of\s+)?issued?",
    r"(?:issued|invoiced)\s+on",
    r"tax\s+point(?:\s+date)?",
    r"document\s+date",
    r"bill(?:ing)?\s+date",
    rf"invoice{_DOCUMENT_NUMBER_OF}(?:dated|of)",
    # French
    r"date\s+(?:de\s+(?:la\s+)?)?factur(?:e|ation)",
    r"date\s+d['’]\s*[ée]mission",
    r"[ée]mise?\s+le",
    r"factur[ée]e?\s+le",
    r"date\s+du\s+document",
    rf"facture{_DOCUMENT_NUMBER_OF}du",
    # German
    r"rechnungs-?\s*datum",
    r"beleg-?\s*datum",
    r"datum\s+der\s+rechnung",
    r"ausstellungs-?\s*datum",
    r"ausgestellt\s+am",
    r"dokument-?\s*datum",
    rf"rechnung(?:{_DOCUMENT_NUMBER_OF}|\s+)vom",
    # Spanish
    r"fecha\s+(?:de\s+(?:la\s+)?)?factura(?:ci[óo]n)?",
    r"fecha\s+(?:de\s+)?(?:emisi[óo]n|expedici[óo]n)",
    r"fecha\s+(?:del\s+)?documento",
    r"(?:emitida|expedida)\s+el",
    rf"factura{_DOCUMENT_NUMBER_OF}de(?:\s+fecha)?",
    # Italian
    r"data\s+(?:della\s+)?fattura",
    r"data\s+(?:di\s+)?emissione",
    r"data\s+(?:del\s+)?documento",
    r"emessa\s+il",
    rf"fattura{_DOCUMENT_NUMBER_OF}del",
    # Dutch
    r"factuur-?\s*datum",
    r"datum\s+(?:van\s+(?:de\s+)?)?factuur",
    r"document-?\s*datum",
    rf"factuur{_DOCUMENT_NUMBER_OF}van",
)

# Dates an invoice prints beside its own: due, order, delivery, shipping, payment, print
# dates and service periods. A date after one of these is never the invoice date.
OTHER_DATE = _labels(
    # English
    r"(?:payment\s+)?due(?:\s+(?:date|on|by))?",
    r"date\s+due",
    r"pay(?:able)?\s+(?:by|before|on)",
    r"payment\s+(?:date|terms)",
    r"paid\s+on",
    r"(?:purchase\s+)?order(?:ed)?\s+(?:date|on)",
    r"po\s+date",
    r"date\s+(?:of\s+)?(?:order|delivery|supply|shipment|dispatch|service|payment)",
    r"ship(?:ped|ping|ment)?(?:\s+(?:date|on))?",
    r"deliver(?:y|ed)?(?:\s+(?:date|on))?",
    r"dispatch(?:ed)?(?:\s+(?:date|on))?",
    r"(?:supply|service|start|end)\s+date",
    r"(?:billing\s+|service\s+)?period",
    r"valid(?:ity)?(?:\s+(?:until|through|to))?",
    r"expir\w*(?:\s+date)?",
    r"print(?:ed)?(?:\s+(?:date|on))?",
    r"date\s+printed",
    r"next\s+billing(?:\s+date)?",
    # French
    r"(?:date\s+d['’]\s*)?[ée]ch[ée]ance",
    r"date\s+limite(?:\s+de\s+(?:paiement|r[èe]glement))?",
    r"(?:[àa]\s+)?payer\s+(?:avant|le|au\s+plus\s+tard)",
    r"payable\s+(?:le|avant|au)",
    r"date\s+(?:de\s+(?:la\s+)?)?commande",
    r"command[ée]e?\s+le",
    r"commande\s+du",
    r"(?:date\s+(?:de\s+)?)?livraison",
    r"livr[ée]e?\s+le",
    r"(?:date\s+d['’]\s*)?exp[ée]dition",
    r"exp[ée]di[ée]e?\s+le",
    r"date\s+(?:de\s+)?(?:paiement|r[èe]glement)",
    r"(?:pay|r[ée]gl)[ée]e?\s+le",
    r"validit[ée]",
    r"p[ée]riode",
    r"imprim[ée]e?(?:\s+le)?",
    r"date\s+d['’]\s*impression",
    r"date\s+(?:de\s+(?:la\s+)?)?prestation",
    # German
    r"f[äa]llig(?:keits-?\s*datum|\s+(?:am|bis))?",
    r"zahlbar(?:\s+(?:bis|am))?",
    r"(?:bezahlt|beglichen|geliefert|versandt|versendet|bestellt|gedruckt)\s+am",
    r"(?:liefer|leistungs|versand|bestell|auftrags|druck|valuta|wertstellungs|zahlungs|buchungs)"
    r"-?\s*(?:datum|zeitraum|termin|ziel|frist)",
    r"(?:bestellung|auftrag|lieferschein|lieferung|leistung)\s+(?:vom|am)",
    r"(?:abrechnungs-?\s*)?zeitraum",
    r"g[üu]ltig\s+bis",
    # Spanish
    r"(?:fecha\s+(?:de\s+)?)?vencimiento",
    r"vence",
    r"fecha\s+(?:de\s+|del\s+)?(?:pedido|entrega|env[íi]o|pago|cobro|operaci[óo]n|"
    r"prestaci[óo]n|servicio|impresi[óo]n|albar[áa]n|valor|cargo)",
    r"(?:entregad|enviad|pagad)[oa]\s+el",
    r"per[íi]odo",
    r"v[áa]lid[oa]\s+hasta",
    r"pagar\s+antes\s+del?",
    r"pagadero",
    # Italian
    r"(?:data\s+(?:di\s+)?)?scadenza",
    r"scade",
    r"data\s+(?:dell['’]\s*|del(?:la)?\s+|di\s+)?(?:ordine|consegna|spedizione|pagamento|stampa|"
    r"ddt|trasporto)",
    r"(?:ordine|ddt|consegna|spedizione)\s+del",
    r"valid[ao]\s+fino\s+al",
    # Dutch
    r"verval(?:datum|dag|t\s+op)",
    r"(?:uiterste\s+)?betaal-?\s*datum",
    r"(?:(?:te\s+)?betalen|betaal)\s+(?:voor|v[óo][óo]r|uiterlijk|binnen)",
    r"(?:betaald|geleverd|besteld|verzonden)\s+op",
    r"(?:order|bestel|lever(?:ings)?|aflever|verzend|print|afdruk)-?\s*datum",
    r"periode",
    r"geldig\s+tot",
)

# "Date" alone: the invoice date when nothing says otherwise, weaker than the labels above.
DATE = _labels(r"date", r"dated", r"le", r"datum", r"fecha", r"data")

# Labels joined as one ("Rechnungsdatum = Lieferdatum", "Invoice date / Tax point") name
# the invoice date even though a part of them names another date.
JOINED = re.compile(r"\s*(?:[/=&+]|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*", re.I)


# The invoice number, by label strength: its own label ("Invoice No", "Rechnungsnummer"),
# a document's number or a bare "Invoice:", and last a heading or "#" alone.
INVOICE_NUMBER = _labels(
    # English
    r"(?:tax\s+)?invoice\s*(?:no\.?|number|num\.?|nr\.?|n[°º]|#|id|ref(?:erence)?)",
    r"inv\.?\s*(?:no\.?|#|number)",
    r"(?:no\.?|number)\s+of\s+(?:the\s+)?invoice",
    r"bill\s*(?:no\.?|number|#)",
    # French
    r"(?:n[°º]|no\.?|num[ée]ro)\s*(?:de\s+)?(?:la\s+)?facture",
    r"facture\s*(?:n[°º]|no\.?|num[ée]ro|n\.)",
    r"r[ée]f(?:[ée]rence|\.)?\s+(?:de\s+(?:la\s+)?)?facture",
    # German
    r"rechnungs-?\s*(?:nummer|nr\.?|no\.?)",
    r"rechnung\s*(?:nr\.?|nummer|no\.?|#)",
    r"(?:re|rg)\.?-?\s*nr\.?",
    # Spanish
    r"(?:n[°º]|n\.[°º]|n[úu]m\.?|nro\.?|n[úu]mero)\s*(?:de\s+)?(?:la\s+)?factura",
    r"factura\s*(?:n[°º]|n\.[°º]|n[úu]m(?:ero|\.)?|nro\.?|no\.?)",
    # Italian
    r"(?:numero|n\.?|nr\.?|num\.?)\s*(?:della\s+)?fattura",
    r"fattura\s*(?:nr\.?|n[°º.]?|num(?:ero|\.)?)",
    # Dutch
    r"factuur-?\s*(?:nummer|nr\.?|no\.?)",
    r"(?:nummer|nr\.?)\s+(?:van\s+(?:de\s+)?)?factuur",
)
DOCUMENT_NUMBER = _labels(
    r"document\s*(?:no\.?|number|#|nr\.?)",
    r"(?:beleg|dokument|document)-?\s*(?:nummer|nr\.?)",
    r"(?:n[°º]|num[ée]ro|n[úu]mero|numero|n\.?)\s*(?:de\s+|del\s+)?document(?:o)?",
    r"(?:invoice|facture|rechnung|factura|fattura|factuur)\s*:",
)
# A title with its number ("Invoice 103767", "RECHNUNG 2026-17"), or "#" / "No." alone at
# the start of a column: used only when no label above names the number.
BARE_NUMBER = _labels(
    r"(?:invoice|facture|rechnung|factura|fattura|factuur)",
    r"(?:no\.?|nr\.?|n[°º]|nummer|n[úu]mero|numero|number)",
)
# "#" is no word, so it has no word boundary of its own.
HASH = re.compile(r"(?<![\w#])#")
