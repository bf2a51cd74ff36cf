"""The printed labels of an invoice's date, number and parties, in the six languages sellers
receive.

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
    r"tax\s*point(?:\s+date)?",
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

# Another invoice than this one: the one a credit note or a corrective invoice refers to, as
# e-invoices print it ("Invoice referenced", "Date de facture associée", "Datum der
# Bezugsrechnung"). Its date and its number are never this invoice's, though the words
# "invoice date" or "N° de facture" are part of the label. Not "original": "ORIGINAL
# INVOICE" or "Factura original" is also the title of an invoice's first copy.
_ANOTHER = (
    r"(?:referenced|related|preceding|previous|prior|corrected|credited|cancell?ed|associated)"
)
REFERENCED_INVOICE = _labels(
    # English
    rf"(?:(?:date|number)\s+of\s+(?:the\s+)?)?{_ANOTHER}\s+invoice(?:\s*(?:date|no\.?|number|#))?",
    r"invoice\s+(?:referenced|corrected|credited|cancell?ed)",
    # French
    r"(?:(?:date|n[°º]|num[ée]ro)\s+(?:de\s+(?:la\s+)?)?)?facture\s+(?:associ[ée]e|"
    r"d['’]\s*origine|initiale|pr[ée]c[ée]dente|r[ée]f[ée]renc[ée]e|rectifi[ée]e|annul[ée]e)",
    # German
    r"(?:(?:datum|nummer)\s+der\s+)?(?:ursprungs|bezugs|referenz|vorg[äa]nger|storno)-?"
    r"\s*rechnung(?:s-?\s*(?:datum|nummer|nr\.?))?",
    r"(?:urspr[üu]ngliche|korrigierte|stornierte)\s+rechnung",
    # Spanish
    r"(?:(?:fecha|n[°º]|n[úu]mero)\s+(?:de\s+(?:la\s+)?)?)?factura\s+(?:rectificada|"
    r"de\s+referencia|relacionada|asociada|anulada)",
    # Italian
    r"(?:(?:data|numero|n\.?)\s+(?:della\s+)?)?fattura\s+(?:di\s+riferimento|collegata|"
    r"associata|rettificata|stornata|d['’]\s*origine)",
    # Dutch
    r"(?:(?:datum|nummer)\s+(?:van\s+de\s+)?)?(?:oorspronkelijke|gerelateerde|"
    r"gecrediteerde|gecorrigeerde)\s+factuur(?:-?\s*(?:datum|nummer|nr\.?))?",
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
    r"(?:no\.?|nr\.?|n[°º]|nummer|n[úu]mero|num[ée]ro|number)",
)
# "#" is no word, so it has no word boundary of its own.
HASH = re.compile(r"(?<![\w#])#")


# --- The parties ---------------------------------------------------------------------------
# The supplier's block and the buyer's are found by the label over them ("Rechnungsadresse"
# alone on its line) or in front of the name, with a colon ("Kunde: ..."). The phrases that
# can only be labels ("Sold by", "Spett.le") may stand right before the name without one.

# The seller of a marketplace order, also inside a sentence ("All services are sold by ...").
SOLD_BY = _labels(
    # English
    r"sold\s+by",
    r"issued\s+by",
    # French
    r"vendu\s+par",
    r"[ée]mise?\s+par",
    # German
    r"verkauft\s+von",
    r"ausgestellt\s+von",
    # Spanish
    r"vendido\s+por",
    r"emitid[ao]\s+por",
    # Italian
    r"venduto\s+da",
    r"emess[ao]\s+da",
    # Dutch
    r"verkocht\s+door",
    r"uitgegeven\s+door",
)
SUPPLIER = _labels(
    # English
    r"from",
    r"seller",
    r"supplier",
    r"vendor",
    r"merchant",
    r"remit\s+to",
    r"service\s+provider",
    r"(?:bill(?:ed)?|invoice[ds]?)\s+from",
    # French
    r"fournisseur",
    r"vendeur",
    r"[ée]metteur",
    r"exp[ée]diteur",
    r"prestataire",
    # German
    r"lieferant",
    r"verk[äa]ufer",
    r"rechnungs-?\s*steller",
    r"absender",
    r"anbieter",
    # Spanish
    r"proveedor",
    r"vendedor",
    r"emisor",
    r"remitente",
    # Italian
    r"fornitore",
    r"venditore",
    r"emittente",
    r"cedente(?:\s*/\s*prestatore)?",
    r"mittente",
    # Dutch
    r"leverancier",
    r"verkoper",
    r"afzender",
)
# "Spett.le" (Italian) and "Messrs" stand before the buyer's name.
BILL_TO_PHRASE = _labels(r"spett\.?\s*le", r"spettabile", r"messrs\.?")
BILL_TO = _labels(
    # English
    r"to",
    r"bill(?:ed)?[\s\-]*to(?:\s+address)?",
    r"billing\s+address",
    r"invoice[ds]?[\s\-]*to",
    r"invoice\s+address",
    r"sold[\s\-]*to",
    r"customer",
    r"buyer",
    r"client",
    r"purchaser",
    # French
    r"factur[ée]e?s?\s+[àa]",
    r"adresse\s+de\s+facturation",
    r"acheteur",
    # Telecom and utility bills name the buyer by the contract: "Nom de l'abonné".
    r"(?:nom\s+de\s+l['’]\s*)?abonn[ée]",
    r"titulaire(?:\s+du\s+(?:compte|contrat))?",
    # German
    r"rechnungs-?\s*(?:adresse|anschrift|empf[äa]nger)",
    r"leistungs-?\s*empf[äa]nger",
    r"kunde",
    r"k[äa]ufer",
    r"auftraggeber",
    # Spanish
    r"factur(?:ar|ado|ada)\s+a",
    r"direcci[óo]n\s+de\s+facturaci[óo]n",
    r"datos\s+(?:de\s+facturaci[óo]n|del\s+cliente)",
    r"cliente",
    r"comprador",
    # Italian
    r"fattur(?:are|ato|ata)\s+a",
    r"intestat(?:ario|o\s+a)",
    r"indirizzo\s+di\s+fatturazione",
    r"committente",
    r"cessionario(?:\s*/\s*committente)?",
    r"acquirente",
    # Dutch
    r"factuur-?\s*adres",
    r"factureren\s+aan",
    r"gefactureerd\s+aan",
    r"klant",
    r"afnemer",
    r"koper",
)
# The ship-to block: beside the bill-to, often with the same name, never taken for it.
SHIP_TO = _labels(
    # English
    r"ship(?:ped|ping)?[\s\-]*to",
    r"shipping\s+address",
    r"deliver(?:ed|y)?[\s\-]*(?:to|address)",
    r"consignee",
    # French
    r"livr[ée]e?s?\s+[àa]",
    r"adresse\s+de\s+livraison",
    r"lieu\s+de\s+livraison",
    # German
    r"liefer-?\s*(?:adresse|anschrift)",
    r"versand-?\s*adresse",
    r"(?:waren|liefer)-?\s*empf[äa]nger",
    r"lieferung\s+an",
    # Spanish
    r"(?:enviar|enviado|entregar)\s+a",
    r"direcci[óo]n\s+de\s+(?:env[íi]o|entrega)",
    r"lugar\s+de\s+entrega",
    # Italian
    r"indirizzo\s+di\s+(?:spedizione|consegna)",
    r"destinazione(?:\s+merce)?",
    r"(?:spedire|consegna(?:re)?)\s+a",
    r"luogo\s+di\s+consegna",
    # Dutch
    r"(?:aflever|lever|verzend|bezorg)-?\s*adres",
    r"(?:afleveren|leveren|verzenden)\s+aan",
)
# The identifiers of a legal entity: the line that holds one names the issuer.
LEGAL_ID = _labels(
    # English
    r"vat(?:\s+(?:reg(?:istration)?|no|number))?",
    r"tax\s+id",
    r"ein\s*:?\s*\d",
    r"company\s+(?:no|number|reg)",
    r"registered\s+(?:in|office)",
    # French
    r"tva",
    r"siret",
    r"siren",
    r"rcs",
    r"ape",
    r"capital",
    # German
    r"ust\.?-?\s*id(?:-?nr)?\.?",
    r"steuer-?\s*(?:nr|nummer)\.?",
    r"hr[ab]",
    r"(?:amts|register)gericht",
    r"handelsregister",
    # Spanish
    r"cif",
    r"nif",
    r"registro\s+mercantil",
    # Italian
    r"p\.?\s*iva",
    r"partita\s+iva",
    r"c\.f\.",
    r"codice\s+fiscale",
    r"rea",
    r"registro\s+(?:delle\s+)?imprese",
    r"capitale\s+sociale",
    # Dutch
    r"kvk",
    r"btw(?:-?nummer)?",
    r"kamer\s+van\s+koophandel",
)
# A document's title and the words printed with it ("Rechnung / Bestellübersicht", "TAX
# INVOICE", "Factura simplificada", "Copy"): a heading, never a party's name.
DOCUMENT_TITLE = _labels(
    # English
    r"(?:(?:tax|vat|sales|commercial|final|pro[\s\-]?forma)\s+)?invoice",
    r"(?:credit|debit|delivery)\s+note",
    r"receipt",
    r"bill",
    r"statement",
    r"quot(?:e|ation)",
    r"estimate",
    r"order(?:\s+(?:summary|confirmation|details))?",
    r"summary",
    r"copy",
    r"duplicate",
    r"original",
    # French
    r"facture(?:\s+(?:simplifi[ée]e|d['’]acompte|pro[\s\-]?forma|rectificative))?",
    r"avoir",
    r"re[çc]u",
    r"note\s+de\s+cr[ée]dit",
    r"devis",
    r"r[ée]capitulatif(?:\s+de\s+(?:la\s+)?commande)?",
    r"bon\s+de\s+(?:commande|livraison)",
    r"copie",
    r"duplicata",
    # German
    r"(?:e-?|proforma-?|teil-?|schluss-?|abschlags-?|storno-?)?rechnung",
    r"rechnungskorrektur",
    r"gutschrift",
    r"quittung",
    r"beleg",
    r"bestell(?:[üu]bersicht|best[äa]tigung)",
    r"lieferschein",
    r"angebot",
    r"kopie",
    r"duplikat",
    # Spanish
    r"factura(?:\s+(?:simplificada|rectificativa|proforma))?",
    r"recibo",
    r"ticket",
    r"abono",
    r"presupuesto",
    r"albar[áa]n",
    r"resumen(?:\s+del\s+pedido)?",
    r"nota\s+de\s+cr[ée]dito",
    r"copia",
    # Italian
    r"fattura(?:\s+(?:elettronica|accompagnatoria|differita|immediata|proforma|semplificata))?",
    r"ricevuta(?:\s+fiscale)?",
    r"nota\s+di\s+credito",
    r"preventivo",
    r"riepilogo(?:\s+(?:dell['’]\s*)?ordine)?",
    r"originale",
    # Dutch
    r"factuur",
    r"credit-?\s*(?:nota|factuur)",
    r"kwitantie",
    r"offerte",
    r"pakbon",
    r"(?:order|bestel)-?\s*(?:overzicht|bevestiging)",
    r"origineel",
)
# A name given as a field inside a party's block: "Firma: ...", "Raison sociale : ...".
PARTY_NAME = _labels(
    r"(?:company\s+|business\s+|guest\s+|customer\s+)?name",
    r"company",
    r"nom",
    r"soci[ée]t[ée]",
    r"raison\s+sociale",
    r"firma",
    r"firmenname",
    r"empresa",
    r"raz[óo]n\s+social",
    r"nombre",
    r"ragione\s+sociale",
    r"denominazione",
    r"azienda",
    r"bedrijfs-?\s*naam",
    r"naam",
)
