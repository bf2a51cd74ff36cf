"""The invented invoices of the corpus: who sends what to which seller, and how it is printed.

Every company, person and address here is invented. The bill-to is always one of the
seller businesses below, as Seller Central would hold it.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

D = datetime.date


@dataclass
class Company:
    name: str
    address: tuple
    phone: str = ""
    email: str = ""
    country: str = ""
    legal: tuple = ()  # the registration lines of the footer: VAT, SIRET, HRB, KvK...
    trade_name: str = ""  # the brand a logo shows, when it is not the legal name


@dataclass
class Invoice:
    stem: str  # <language>-<generator>-<short description>
    language: str
    generator: str
    layout: str
    supplier: Company
    customer: Company
    number: str
    date: datetime.date
    lines: tuple  # (description, code, quantity, unit price)
    date_style: str = "long"
    us: bool = False  # month-first dates, dollars
    currency: str = "EUR"
    other_dates: tuple = ()  # (label key or text, date)
    labels: dict = field(default_factory=dict)  # overrides of words.LABELS
    logo: bool = False
    order_number: str = ""
    customer_number: str = ""
    note: str = ""
    scan: str = ""  # "photo" or "flatbed" or "image-pdf": how the paper copy is captured

    def amounts(self):
        return [Decimal(price) * Decimal(str(qty)) for _d, _c, qty, price in self.lines]


# The sellers' businesses (bill-to), as their Seller Central accounts hold them.
HARBOR_LANE = Company(
    "Harbor Lane Trading Ltd",
    ("Unit 4, Riverside Park", "Tanners Lane", "Bristol BS3 4EL", "United Kingdom"),
    "+44 117 496 0321",
    country="GB",
)
BLUEBIRD = Company(
    "Bluebird Home Goods LLC",
    ("1812 South Congress Ave, Suite 220", "Austin, TX 78704"),
    "+1 512 555 0147",
    country="US",
)
LUMIERE = Company(
    "Boutique Lumière SAS",
    ("27 rue Sainte-Catherine", "33000 Bordeaux"),
    "+33 5 56 00 41 72",
    country="FR",
)
CASSIS = Company(
    "Atelier Cassis SARL",
    ("4 quai de Rive-Neuve", "13007 Marseille"),
    "+33 4 91 00 27 35",
    country="FR",
)
NORDLICHT = Company(
    "Nordlicht Handel GmbH",
    ("Hafenstraße 12", "20457 Hamburg"),
    "+49 40 3012 4478",
    country="DE",
)
ALPENBLICK = Company(
    "Alpenblick Versand GmbH",
    ("Leopoldstraße 88", "80802 München"),
    "+49 89 4521 3390",
    country="DE",
)
ALBA = Company(
    "Comercial Alba S.L.",
    ("Calle de Colón 14, 3.º B", "46004 Valencia"),
    "+34 963 12 45 78",
    country="ES",
)
ORTENSIA = Company(
    "Casa Ortensia S.r.l.",
    ("Via San Vitale 41", "40125 Bologna (BO)"),
    "+39 051 234 5678",
    country="IT",
)
TULPENHOF = Company(
    "Tulpenhof Webwinkel B.V.",
    ("Oudegracht 214", "3511 NR Utrecht"),
    "+31 30 231 4455",
    country="NL",
)
KANAALZICHT = Company(
    "Kanaalzicht Retail B.V.",
    ("Wijnhaven 61", "3011 WJ Rotterdam"),
    "+31 10 414 2790",
    country="NL",
)


def kitchen_lines(language):
    names = {
        "en": (
            "Stoneware dinner plate 27 cm",
            "Enamel casserole 24 cm",
            "Linen tea towel, set of 2",
        ),
        "fr": ("Assiette plate en grès 27 cm", "Cocotte en fonte émaillée 24 cm", "Torchon en lin"),
        "de": ("Steingut-Teller 27 cm", "Emaille-Bräter 24 cm", "Leinen-Geschirrtuch 2er-Set"),
        "es": ("Plato llano de gres 27 cm", "Cacerola esmaltada 24 cm", "Paño de cocina de lino"),
        "it": ("Piatto piano in gres 27 cm", "Casseruola smaltata 24 cm", "Strofinaccio in lino"),
        "nl": (
            "Dinerbord steengoed 27 cm",
            "Geëmailleerde braadpan 24 cm",
            "Linnen theedoek 2 stuks",
        ),
    }[language]
    return tuple(
        zip(
            names,
            ("KT-2701", "KT-2404", "KT-0912"),
            (48, 12, 60),
            ("6.40", "38.90", "4.75"),
            strict=True,
        )
    )


def many_lines(language, count, seed):
    """A long product list, for tables that continue on a second page."""
    products = {
        "en": (
            "Cotton bath towel",
            "Scented candle",
            "Glass storage jar",
            "Bamboo tray",
            "Cushion cover",
        ),
        "fr": (
            "Serviette de bain coton",
            "Bougie parfumée",
            "Bocal en verre",
            "Plateau bambou",
            "Housse de coussin",
        ),
        "de": ("Baumwoll-Badetuch", "Duftkerze", "Vorratsglas", "Bambus-Tablett", "Kissenbezug"),
        "es": (
            "Toalla de baño algodón",
            "Vela aromática",
            "Tarro de vidrio",
            "Bandeja de bambú",
            "Funda de cojín",
        ),
        "it": (
            "Telo bagno in cotone",
            "Candela profumata",
            "Barattolo in vetro",
            "Vassoio in bambù",
            "Fodera cuscino",
        ),
        "nl": (
            "Katoenen badlaken",
            "Geurkaars",
            "Glazen voorraadpot",
            "Bamboe dienblad",
            "Kussenhoes",
        ),
    }[language]
    variants = ("30 × 50 cm", "Ø 8 cm", "0,5 l", "40 × 40 cm", "70 × 140 cm", "Ø 12 cm", "1 l", "S")
    lines = []
    for index in range(count):
        product = products[(index + seed) % len(products)]
        variant = variants[(index * 3 + seed) % len(variants)]
        quantity = (10, 12, 24, 36, 50, 20, 15, 30)[(index + seed) % 8]
        price = Decimal("2.35") + Decimal((index * 7 + seed) % 23) * Decimal("0.85")
        lines.append((f"{product} – {variant}", f"{seed:02d}{index:03d}", quantity, f"{price:.2f}"))
    return tuple(lines)


def _company(name, address, phone="", email="", legal=(), trade_name="", country=""):
    return Company(name, address, phone, email, country, legal, trade_name)


CORPUS = (
    # English ------------------------------------------------------------------------------
    Invoice(
        "en-weasyprint-xero-three-column",
        "en",
        "weasyprint",
        "three_column",
        _company(
            "Kestrel Kitchenware Ltd",
            ("Kestrel House, 9 Mill Road", "Leeds LS10 1QP", "United Kingdom"),
            "0113 496 0587",
            "accounts@kestrel-kitchenware.co.uk",
            ("Registered in England and Wales No. 09876543", "VAT Registration No. GB 312 4567 89"),
        ),
        HARBOR_LANE,
        "INV-0417",
        D(2026, 3, 3),
        kitchen_lines("en"),
        date_style="short",
        currency="GBP",
        other_dates=(("due", D(2026, 4, 2)),),
        labels={"title": "TAX INVOICE", "number": "Invoice Number", "date": "Invoice Date"},
        logo=True,
        order_number="PO-5531",
    ),
    Invoice(
        "en-chromium-sold-by-order-receipt",
        "en",
        "chromium",
        "receipt",
        _company(
            "Brightwater Supplies Inc.",
            ("880 Harbor Blvd", "Oxnard, CA 93035", "United States"),
            "(805) 555-0190",
            legal=("EIN 84-3312907",),
        ),
        BLUEBIRD,
        "BWS-US-2026-004417",
        D(2026, 2, 17),
        (
            ("Insulated water bottle 750 ml, matte black", "B0CX7K2M4Q", 24, "11.20"),
            ("Silicone food storage bags, 6-pack", "B0B9TQ1LZ3", 40, "7.85"),
        ),
        date_style="long",
        us=True,
        currency="USD",
        other_dates=(("order_date", D(2026, 2, 14)), ("delivery", D(2026, 2, 20))),
        order_number="113-4829175-6650231",
    ),
    Invoice(
        "en-reportlab-two-page-table",
        "en",
        "reportlab",
        "long_table",
        _company(
            "Buckeye Wholesale Distributors, Inc.",
            ("2450 Refugee Road", "Columbus, OH 43216"),
            "(614) 555-0133",
            "billing@buckeyewholesale.example",
            ("Federal Tax ID 31-4412876",),
        ),
        BLUEBIRD,
        "103767",
        D(2026, 1, 28),
        many_lines("en", 38, 3),
        date_style="numeric",
        us=True,
        currency="USD",
        other_dates=(("order_date", D(2026, 1, 20)), ("due", D(2026, 2, 27))),
        labels={"number": "Invoice #", "date": "Date"},
        logo=True,
        order_number="PO 88124",
        customer_number="C-20931",
    ),
    Invoice(
        "en-libreoffice-calc-spreadsheet-invoice",
        "en",
        "libreoffice-calc",
        "spreadsheet",
        _company(
            "Pennine Craft Supplies Ltd",
            ("Unit 12, Canal Wharf", "Huddersfield HD1 6QA"),
            "01484 960 221",
            "sales@pennine-craft.example",
            ("Company No. 11223344", "VAT No. GB 287 6612 40"),
        ),
        HARBOR_LANE,
        "PCS-24-00981",
        D(2025, 11, 14),
        (
            ("Acrylic paint set, 24 colours", "PC-AC24", 30, "9.60"),
            ("Watercolour paper pad A4", "PC-WP4", 50, "5.15"),
            ("Brush set, synthetic, 10 pcs", "PC-BR10", 25, "6.90"),
        ),
        date_style="numeric",
        currency="GBP",
        other_dates=(("due", D(2025, 12, 14)), ("delivery", D(2025, 11, 12))),
        labels={"number": "Invoice No.", "date": "Invoice date"},
    ),
    Invoice(
        "en-groff-plain-invoice",
        "en",
        "groff",
        "plain",
        _company(
            "Fenland Garden Tools Ltd",
            ("Station Yard", "March PE15 8AQ"),
            "01354 960 118",
            legal=("VAT Reg No GB 402 1187 55",),
        ),
        HARBOR_LANE,
        "FGT/2026/0163",
        D(2026, 3, 9),
        (
            ("Stainless hand trowel", "HT-01", 60, "4.20"),
            ("Bypass pruning shears", "PS-22", 36, "8.75"),
        ),
        date_style="long",
        currency="GBP",
        other_dates=(("due", D(2026, 4, 8)),),
        labels={"number": "Invoice No", "date": "Tax point / Invoice date"},
    ),
    Invoice(
        "en-photo-weasyprint-invoice",
        "en",
        "weasyprint",
        "classic",
        _company(
            "Lakeshore Pet Supply Co.",
            ("315 W Erie St", "Chicago, IL 60654"),
            "(312) 555-0168",
            legal=("EIN 36-2290415",),
        ),
        BLUEBIRD,
        "LPS-55821",
        D(2026, 3, 16),
        (
            ("Rope dog toy, large", "LP-RT-L", 48, "3.90"),
            ("Stainless pet bowl 1 qt", "LP-SB-1", 36, "4.60"),
        ),
        date_style="numeric",
        us=True,
        currency="USD",
        other_dates=(("due", D(2026, 4, 15)),),
        scan="photo",
    ),
    # French --------------------------------------------------------------------------------
    Invoice(
        "fr-libreoffice-writer-facture-livraison",
        "fr",
        "libreoffice-writer",
        "classic",
        _company(
            "Faïencerie du Val de Loire SARL",
            ("12 rue de la Poterie", "37000 Tours"),
            "02 47 00 63 18",
            "contact@faiencerie-valdeloire.example",
            (
                "SARL au capital de 50 000 € – RCS Tours 812 345 671",
                "SIRET 812 345 671 00024 – N° TVA intracommunautaire FR 45 812345671",
            ),
        ),
        LUMIERE,
        "FA-2026-0312",
        D(2026, 3, 3),
        kitchen_lines("fr"),
        other_dates=(("delivery", D(2026, 2, 27)), ("due", D(2026, 4, 30))),
        order_number="BC-7781",
    ),
    Invoice(
        "fr-wkhtmltopdf-facture-logo",
        "fr",
        "wkhtmltopdf",
        "classic",
        _company(
            "Savonnerie Provençale Mistral SAS",
            ("ZA des Paluds, 145 avenue du Garlaban", "13400 Aubagne"),
            "04 42 00 18 90",
            legal=(
                "SAS au capital de 120 000 €",
                "SIRET 903 118 442 00017 – RCS Marseille",
                "TVA FR 27 903118442",
            ),
            trade_name="Mistral",
        ),
        CASSIS,
        "F2026-00088",
        D(2026, 2, 12),
        (
            ("Savon de Marseille 300 g", "SM-300", 120, "2.10"),
            ("Savon liquide lavande 500 ml", "SL-LAV", 48, "4.35"),
            ("Porte-savon en olivier", "PS-OLV", 24, "6.80"),
        ),
        date_style="numeric",
        other_dates=(("order_date", D(2026, 2, 5)), ("due", D(2026, 3, 14))),
        labels={"date": "Date", "number": "Facture n°"},
        logo=True,
        customer_number="CL-00417",
    ),
    Invoice(
        "fr-fpdf2-facture-deux-pages",
        "fr",
        "fpdf2",
        "long_table",
        _company(
            "Linge de Maison Duval et Fils SA",
            ("Parc d'activités du Moulin, 3 allée des Tisserands", "59200 Tourcoing"),
            "03 20 00 45 61",
            legal=(
                "SA au capital de 300 000 € – RCS Lille Métropole 423 118 905",
                "SIRET 423 118 905 00031 – TVA FR 61 423118905",
            ),
        ),
        LUMIERE,
        "DV-26-01187",
        D(2026, 1, 19),
        many_lines("fr", 34, 5),
        date_style="long",
        other_dates=(("delivery", D(2026, 1, 16)), ("due", D(2026, 2, 18))),
        order_number="CMD-2026-044",
    ),
    Invoice(
        "fr-ghostscript-postscript-facture",
        "fr",
        "ghostscript",
        "plain",
        _company(
            "Quincaillerie Rhodanienne SARL",
            ("8 chemin des Mariniers", "69007 Lyon"),
            "04 78 00 52 14",
            legal=("SIRET 531 772 046 00019", "TVA intracom. FR 09 531772046"),
        ),
        CASSIS,
        "QR260214",
        D(2026, 2, 14),
        (
            ("Crochet adhésif inox", "CR-12", 200, "0.85"),
            ("Patère murale chêne", "PM-03", 40, "5.90"),
        ),
        date_style="numeric",
        other_dates=(("due", D(2026, 3, 16)),),
        labels={"date": "Date facture", "number": "Numéro"},
    ),
    Invoice(
        "fr-scan-weasyprint-facture",
        "fr",
        "weasyprint",
        "classic",
        _company(
            "Verrerie Artisanale de Biot SARL",
            ("5 chemin des Combes", "06410 Biot"),
            "04 93 00 71 26",
            legal=("SIRET 448 207 316 00028 – APE 2313Z", "N° TVA FR 72 448207316"),
        ),
        LUMIERE,
        "VB-1193",
        D(2026, 3, 10),
        (
            ("Verre à eau bullé 25 cl", "VB-25", 72, "5.40"),
            ("Carafe bullée 1 l", "VB-100", 18, "21.00"),
        ),
        date_style="long",
        other_dates=(("due", D(2026, 4, 9)),),
        scan="flatbed",
    ),
    # German --------------------------------------------------------------------------------
    Invoice(
        "de-reportlab-rechnung-logo",
        "de",
        "reportlab",
        "classic",
        _company(
            "Rheinwerk Haushaltswaren GmbH",
            ("Industriestraße 27", "50829 Köln"),
            "+49 221 9876 540",
            "rechnung@rheinwerk-haushalt.example",
            (
                "Geschäftsführer: Jonas Feldmann · Amtsgericht Köln HRB 98765",
                "USt-IdNr. DE 298 765 432 · Steuernummer 215/5712/3348",
            ),
            trade_name="RHEINWERK",
        ),
        NORDLICHT,
        "RE-2026-00318",
        D(2026, 3, 3),
        kitchen_lines("de"),
        other_dates=(("delivery", D(2026, 3, 2)), ("due", D(2026, 3, 17))),
        logo=True,
        customer_number="10442",
    ),
    Invoice(
        "de-weasyprint-belegdatum-erp",
        "de",
        "weasyprint",
        "erp",
        _company(
            "Schwarzwald Holzwaren Bauer KG",
            ("Talstraße 5", "79199 Kirchzarten"),
            "+49 7661 90 44 20",
            legal=(
                "Sitz Kirchzarten · Registergericht Freiburg HRA 701233",
                "USt-IdNr. DE 142 377 910",
            ),
        ),
        ALPENBLICK,
        "4711-26-0093",
        D(2026, 2, 6),
        (
            ("Schneidebrett Buche 40 × 25 cm", "SB-4025", 30, "12.40"),
            ("Kochlöffel-Set Olivenholz", "KL-OL3", 60, "7.10"),
        ),
        date_style="numeric",
        other_dates=(("order_date", D(2026, 1, 30)), ("period", (D(2026, 1, 1), D(2026, 1, 31)))),
        labels={"title": "Rechnung", "date": "Belegdatum", "number": "Belegnummer"},
        customer_number="D-20577",
    ),
    Invoice(
        "de-libreoffice-writer-rechnung-leistungszeitraum",
        "de",
        "libreoffice-writer",
        "classic",
        _company(
            "Elbtal Textilhandel GmbH & Co. KG",
            ("Königsbrücker Straße 61", "01099 Dresden"),
            "0351 4400 812",
            legal=("Amtsgericht Dresden HRA 11872", "USt-IdNr.: DE 317 552 064"),
        ),
        NORDLICHT,
        "ET-260119",
        D(2026, 1, 19),
        (
            ("Bettwäsche Satin 135 × 200 cm", "BW-135", 20, "29.90"),
            ("Kissenbezug Leinen 40 × 40 cm", "KB-40", 80, "6.25"),
        ),
        date_style="long",
        other_dates=(("delivery", D(2026, 1, 15)), ("due", D(2026, 2, 2))),
        order_number="NH-4471",
    ),
    Invoice(
        "de-fpdf2-rechnung-zwei-seiten",
        "de",
        "fpdf2",
        "long_table",
        _company(
            "Bergische Papeterie Hoffmann GmbH",
            ("Friedrich-Ebert-Straße 140", "42117 Wuppertal"),
            "0202 9470 330",
            legal=(
                "Amtsgericht Wuppertal HRB 27761",
                "USt-IdNr. DE 311 890 447",
                "Geschäftsführerin: Katrin Hoffmann",
            ),
        ),
        ALPENBLICK,
        "2026-10442",
        D(2026, 2, 23),
        many_lines("de", 36, 7),
        date_style="numeric",
        other_dates=(("delivery", D(2026, 2, 20)), ("due", D(2026, 3, 9))),
        order_number="AB-55102",
        customer_number="44018",
    ),
    Invoice(
        "de-chromium-verkauft-von-bestellung",
        "de",
        "chromium",
        "receipt",
        _company(
            "Havelland Outdoor Handels GmbH",
            ("Gewerbepark 3", "14641 Nauen"),
            "+49 3321 7488 10",
            legal=("HRB 33120 P, Amtsgericht Potsdam", "USt-IdNr. DE 330 128 774"),
        ),
        NORDLICHT,
        "DE6A1KX-0042",
        D(2026, 3, 12),
        (
            ("Trinkflasche Edelstahl 1 l", "B0D4FQ8Z1M", 30, "13.45"),
            ("Campingbecher Emaille 4er-Set", "B0C7LWX2P9", 20, "17.90"),
        ),
        date_style="long",
        other_dates=(("order_date", D(2026, 3, 9)), ("delivery", D(2026, 3, 11))),
        labels={"date": "Rechnungsdatum/Lieferdatum", "number": "Rechnungsnummer"},
        order_number="302-5519027-7781140",
    ),
    Invoice(
        "de-scan-rechnung-bild-pdf",
        "de",
        "weasyprint",
        "classic",
        _company(
            "Fränkische Keramik Meier e.K.",
            ("Bamberger Straße 19", "91301 Forchheim"),
            "09191 6120 45",
            legal=(
                "Inhaber: Lukas Meier · Amtsgericht Bamberg HRA 12094",
                "USt-IdNr. DE 251 004 387",
            ),
        ),
        ALPENBLICK,
        "2026-0217",
        D(2026, 2, 17),
        (
            ("Müslischale Steinzeug blau", "MS-B", 48, "5.80"),
            ("Kaffeebecher 0,3 l", "KB-03", 72, "4.90"),
        ),
        date_style="numeric",
        other_dates=(("delivery", D(2026, 2, 16)),),
        scan="image-pdf",
    ),
    # Spanish -------------------------------------------------------------------------------
    Invoice(
        "es-weasyprint-factura-logo",
        "es",
        "weasyprint",
        "classic",
        _company(
            "Cerámicas del Turia S.L.",
            (
                "Polígono Industrial Fuente del Jarro, Calle Villa de Madrid 22",
                "46988 Paterna (Valencia)",
            ),
            "+34 961 32 18 40",
            "facturacion@ceramicasturia.example",
            (
                "CIF B98765432",
                "Inscrita en el Registro Mercantil de Valencia, Tomo 9876, Folio 12, Hoja V-154321",
            ),
        ),
        ALBA,
        "A-2026/0318",
        D(2026, 3, 3),
        kitchen_lines("es"),
        other_dates=(("due", D(2026, 4, 2)), ("delivery", D(2026, 3, 2))),
        logo=True,
        order_number="PED-1142",
    ),
    Invoice(
        "es-libreoffice-calc-factura-hoja",
        "es",
        "libreoffice-calc",
        "spreadsheet",
        _company(
            "Distribuciones Levante Hogar S.A.",
            ("Avenida del Puerto 301", "46023 Valencia"),
            "963 30 41 77",
            legal=("NIF A46123987",),
        ),
        ALBA,
        "FV26-000412",
        D(2026, 2, 9),
        (
            ("Juego de sábanas 150 cm", "JS-150", 25, "18.50"),
            ("Almohada viscoelástica 70 cm", "AV-70", 40, "9.95"),
            ("Manta polar 130 × 170", "MP-130", 30, "7.40"),
        ),
        date_style="numeric",
        other_dates=(("due", D(2026, 3, 11)),),
        labels={"number": "Nº factura", "date": "Fecha factura"},
    ),
    Invoice(
        "es-reportlab-factura-dos-paginas",
        "es",
        "reportlab",
        "long_table",
        _company(
            "Textiles Alcoyanos Ferrándiz S.L.",
            ("Carrer de Sant Nicolau 45", "03801 Alcoi (Alicante)"),
            "+34 965 54 22 10",
            legal=(
                "CIF B03456781 – Registro Mercantil de Alicante, Tomo 2211, Folio 87, Hoja A-60122",
            ),
        ),
        ALBA,
        "TF-2026-0089",
        D(2026, 1, 27),
        many_lines("es", 40, 11),
        date_style="long",
        other_dates=(("order_date", D(2026, 1, 21)), ("due", D(2026, 2, 26))),
        order_number="CA-3318",
    ),
    Invoice(
        "es-wkhtmltopdf-factura-tres-columnas",
        "es",
        "wkhtmltopdf",
        "three_column",
        _company(
            "Almazara Sierra de Segura S.Coop.And.",
            ("Carretera de Orcera km 3", "23370 Orcera (Jaén)"),
            "953 48 01 29",
            legal=("CIF F23011457",),
        ),
        ALBA,
        "SS-0458",
        D(2026, 3, 18),
        (
            ("Aceite de oliva virgen extra 500 ml", "AO-500", 96, "6.85"),
            ("Aceite de oliva virgen extra lata 3 l", "AO-3L", 24, "29.50"),
        ),
        date_style="numeric",
        other_dates=(("due", D(2026, 4, 17)),),
        labels={"number": "N.º de factura", "date": "Fecha de expedición"},
    ),
    Invoice(
        "es-fpdf2-factura-sencilla",
        "es",
        "fpdf2",
        "classic",
        _company(
            "Papelería Cervantes Hermanos S.L.",
            ("Calle Mayor 58", "28013 Madrid"),
            "915 22 40 63",
            legal=("NIF B28776120",),
        ),
        ALBA,
        "2026-0245",
        D(2026, 2, 25),
        (
            ("Cuaderno A5 tapa dura", "CU-A5", 100, "2.95"),
            ("Bolígrafo gel negro, caja 12", "BG-12", 30, "8.40"),
        ),
        date_style="long",
        other_dates=(("due", D(2026, 3, 27)),),
        labels={"date": "Fecha", "number": "Factura nº"},
    ),
    Invoice(
        "es-chromium-vendido-por-pedido",
        "es",
        "chromium",
        "receipt",
        _company(
            "Bazar Mediterráneo Online S.L.",
            ("Calle de la Industria 17", "08907 L'Hospitalet de Llobregat (Barcelona)"),
            "+34 932 61 08 44",
            legal=("NIF B66712045",),
        ),
        ALBA,
        "ES-BMO-2026-1187",
        D(2026, 3, 6),
        (
            ("Lámpara de sobremesa de cerámica", "B0CJ2M9T4L", 12, "24.90"),
            ("Cesta de mimbre con asas", "B0BQ7Z1KX8", 30, "11.60"),
        ),
        date_style="long",
        other_dates=(("order_date", D(2026, 3, 2)), ("delivery", D(2026, 3, 5))),
        order_number="405-3381902-5518733",
    ),
    Invoice(
        "es-photo-weasyprint-factura",
        "es",
        "weasyprint",
        "classic",
        _company(
            "Conservas Rías Baixas S.A.",
            ("Rúa do Porto 9", "36600 Vilagarcía de Arousa (Pontevedra)"),
            "986 50 12 77",
            legal=("CIF A36044518",),
        ),
        ALBA,
        "CRB-2026-117",
        D(2026, 3, 20),
        (
            ("Mejillones en escabeche 115 g", "ME-115", 144, "2.35"),
            ("Berberechos al natural 111 g", "BE-111", 96, "4.10"),
        ),
        date_style="numeric",
        other_dates=(("due", D(2026, 4, 19)),),
        scan="photo",
    ),
    # Italian -------------------------------------------------------------------------------
    Invoice(
        "it-weasyprint-fattura-logo",
        "it",
        "weasyprint",
        "classic",
        _company(
            "Ceramiche Vietresi Amalfitano S.r.l.",
            ("Corso Umberto I 112", "84019 Vietri sul Mare (SA)"),
            "+39 089 21 04 55",
            "amministrazione@ceramichevietresi.example",
            ("Partita IVA 05123450659 – REA SA-412377", "Capitale sociale € 20.000,00 i.v."),
        ),
        ORTENSIA,
        "2026/0318",
        D(2026, 3, 3),
        kitchen_lines("it"),
        other_dates=(("delivery", D(2026, 3, 2)), ("due", D(2026, 4, 2))),
        logo=True,
        order_number="ORD-771",
    ),
    Invoice(
        "it-chromium-fattura-tre-colonne",
        "it",
        "chromium",
        "three_column",
        _company(
            "Tessitura Lariana Colombo S.p.A.",
            ("Via per Cernobbio 40", "22100 Como (CO)"),
            "031 52 44 18",
            legal=(
                "P.IVA 01987650130 – C.F. 01987650130",
                "Registro Imprese di Como n. 01987650130",
            ),
        ),
        ORTENSIA,
        "FT 118/2026",
        D(2026, 2, 11),
        (
            ("Foulard in seta 90 × 90", "FS-90", 40, "18.70"),
            ("Sciarpa in lana merino", "SL-M", 30, "22.40"),
        ),
        date_style="numeric",
        other_dates=(("due", D(2026, 3, 31)),),
        labels={"number": "Numero fattura", "date": "Data documento"},
    ),
    Invoice(
        "it-libreoffice-writer-fattura-ddt",
        "it",
        "libreoffice-writer",
        "classic",
        _company(
            "Pastificio Artigiano Gragnanese S.r.l.",
            ("Via Roma 88", "80054 Gragnano (NA)"),
            "081 801 44 20",
            legal=("P. IVA 07766550632", "REA NA-901122"),
        ),
        ORTENSIA,
        "FV-2026-0097",
        D(2026, 1, 23),
        (
            ("Paccheri di Gragnano IGP 500 g", "PA-500", 240, "1.85"),
            ("Spaghetti trafilati al bronzo 500 g", "SP-500", 360, "1.45"),
        ),
        date_style="long",
        other_dates=(("delivery", D(2026, 1, 21)), ("due", D(2026, 2, 28))),
        labels={"delivery": "Data DDT"},
        order_number="DDT 44/2026",
    ),
    Invoice(
        "it-fpdf2-fattura-due-pagine",
        "it",
        "fpdf2",
        "long_table",
        _company(
            "Casalinghi Brianza Ronchi S.r.l.",
            ("Viale Lombardia 210", "20900 Monza (MB)"),
            "039 230 77 61",
            legal=("Partita IVA 08123440961", "Capitale sociale € 50.000,00 i.v. – REA MB-1877210"),
        ),
        ORTENSIA,
        "426/26",
        D(2026, 2, 27),
        many_lines("it", 35, 13),
        date_style="numeric",
        other_dates=(("order_date", D(2026, 2, 19)), ("due", D(2026, 3, 31))),
        order_number="OC-2026-210",
    ),
    Invoice(
        "it-groff-fattura-semplice",
        "it",
        "groff",
        "plain",
        _company(
            "Oleificio Colline Toscane S.r.l.",
            ("Strada Provinciale 22, km 4", "53024 Montalcino (SI)"),
            "0577 84 12 09",
            legal=("P.IVA 01344520527",),
        ),
        ORTENSIA,
        "45/2026",
        D(2026, 3, 13),
        (
            ("Olio extravergine di oliva 750 ml", "EVO-75", 60, "9.80"),
            ("Olio extravergine di oliva 5 l", "EVO-5", 12, "52.00"),
        ),
        date_style="long",
        other_dates=(("due", D(2026, 4, 12)),),
        labels={"number": "Fattura n.", "date": "Data"},
    ),
    Invoice(
        "it-reportlab-fattura-consegna",
        "it",
        "reportlab",
        "classic",
        _company(
            "Vetreria Muranese Zanetti S.n.c.",
            ("Fondamenta dei Vetrai 33", "30141 Murano (VE)"),
            "041 739 22 10",
            legal=("P.IVA e C.F. 03311520273",),
            trade_name="ZANETTI MURANO",
        ),
        ORTENSIA,
        "VZ-2026-014",
        D(2026, 1, 14),
        (
            ("Bicchiere soffiato a mano, ambra", "BS-AM", 36, "14.50"),
            ("Vaso in vetro di Murano 20 cm", "VM-20", 12, "46.00"),
        ),
        date_style="long",
        other_dates=(("order_date", D(2026, 1, 8)), ("delivery", D(2026, 1, 13))),
        logo=True,
    ),
    Invoice(
        "it-scan-weasyprint-fattura",
        "it",
        "weasyprint",
        "classic",
        _company(
            "Cartiera Fabrianese Poeti S.r.l.",
            ("Via Dante 61", "60044 Fabriano (AN)"),
            "0732 62 10 84",
            legal=("Partita IVA 02244190429",),
        ),
        ORTENSIA,
        "CP-0306",
        D(2026, 3, 6),
        (
            ("Blocco acquerello A4 300 g", "BA-4", 80, "6.30"),
            ("Quaderno rilegato a mano", "QR-1", 40, "11.20"),
        ),
        date_style="numeric",
        other_dates=(("due", D(2026, 4, 5)),),
        scan="flatbed",
    ),
    # Dutch ---------------------------------------------------------------------------------
    Invoice(
        "nl-weasyprint-factuur-logo",
        "nl",
        "weasyprint",
        "classic",
        _company(
            "Delfts Keramiek Atelier B.V.",
            ("Oude Delft 140", "2611 CG Delft"),
            "+31 15 212 4480",
            "administratie@delftskeramiek.example",
            ("KvK 27123456", "BTW NL812345678B01", "IBAN NL91 ABNA 0417 1643 00"),
        ),
        TULPENHOF,
        "2026-0318",
        D(2026, 3, 29),
        kitchen_lines("nl"),
        other_dates=(("delivery", D(2026, 3, 27)), ("due", D(2026, 4, 28))),
        logo=True,
        order_number="TH-8812",
    ),
    Invoice(
        "nl-wkhtmltopdf-factuur-twee-paginas",
        "nl",
        "wkhtmltopdf",
        "long_table",
        _company(
            "Groothandel Van der Berg Woonaccessoires B.V.",
            ("Industrieweg 44", "5145 PV Waalwijk"),
            "0416 33 77 20",
            legal=("KvK 18054321", "BTW-nummer NL 8033.21.447.B01"),
        ),
        KANAALZICHT,
        "VDB26-00417",
        D(2026, 2, 16),
        many_lines("nl", 52, 17),
        date_style="long",
        other_dates=(("order_date", D(2026, 2, 10)), ("due", D(2026, 3, 18))),
        order_number="KZ-2026-031",
    ),
    Invoice(
        "nl-libreoffice-calc-factuur-spreadsheet",
        "nl",
        "libreoffice-calc",
        "spreadsheet",
        _company(
            "Fietsonderdelen Twente V.O.F.",
            ("Haaksbergerstraat 201", "7513 EM Enschede"),
            "053 430 12 88",
            legal=("KvK 06087123", "BTW NL001234567B12"),
        ),
        TULPENHOF,
        "F-2026-112",
        D(2026, 1, 30),
        (
            ("Fietsbel messing", "FB-01", 50, "3.75"),
            ("LED-fietslampset USB", "FL-USB", 40, "12.90"),
            ("Binnenband 28 inch", "BB-28", 100, "3.10"),
        ),
        date_style="numeric",
        other_dates=(("due", D(2026, 3, 1)),),
    ),
    Invoice(
        "nl-reportlab-factuur-levering",
        "nl",
        "reportlab",
        "classic",
        _company(
            "Kaashandel Gouda Verhoeven B.V.",
            ("Markt 31", "2801 JK Gouda"),
            "0182 51 40 22",
            legal=("KvK 29044781", "BTW NL 8154.47.118.B01"),
            trade_name="Verhoeven Kaas",
        ),
        KANAALZICHT,
        "KV-2026-0078",
        D(2026, 3, 2),
        (
            ("Goudse kaas jong belegen 500 g", "GK-500", 60, "6.95"),
            ("Komijnekaas 250 g", "KK-250", 48, "3.85"),
        ),
        date_style="short",
        other_dates=(("delivery", D(2026, 2, 27)), ("due", D(2026, 3, 16))),
        logo=True,
    ),
    Invoice(
        "nl-fpdf2-factuur-periode",
        "nl",
        "fpdf2",
        "classic",
        _company(
            "Hollandse Verpakkingen Smit B.V.",
            ("Nijverheidsweg 9", "3341 LJ Hendrik-Ido-Ambacht"),
            "078 681 20 40",
            legal=("KvK 24311890", "BTW NL 8201.33.905.B01"),
        ),
        TULPENHOF,
        "HVS-20260211",
        D(2026, 2, 11),
        (
            ("Verzenddoos 30 × 20 × 10 cm", "VD-3020", 500, "0.42"),
            ("Opvulpapier rol 50 m", "OP-50", 20, "7.25"),
        ),
        date_style="numeric",
        other_dates=(("period", (D(2026, 1, 1), D(2026, 1, 31))), ("due", D(2026, 2, 25))),
        labels={"date": "Datum", "number": "Factuurnr."},
    ),
    Invoice(
        "nl-ghostscript-postscript-factuur",
        "nl",
        "ghostscript",
        "plain",
        _company(
            "Drogisterij Groothandel Zeeland B.V.",
            ("Kanaalweg 18", "4382 NL Vlissingen"),
            "0118 41 22 60",
            legal=("KvK 22011457 · BTW NL 8099.41.233.B01",),
        ),
        KANAALZICHT,
        "DZ 26 0412",
        D(2026, 3, 24),
        (
            ("Handzeep navulling 1 l", "HZ-1L", 48, "2.90"),
            ("Tandenborstel bamboe", "TB-01", 150, "0.95"),
        ),
        date_style="long",
        other_dates=(("due", D(2026, 4, 23)),),
    ),
    Invoice(
        "nl-scan-factuur-beeld-pdf",
        "nl",
        "weasyprint",
        "classic",
        _company(
            "Bloembollen Export Lisse B.V.",
            ("Heereweg 312", "2161 BS Lisse"),
            "0252 41 90 33",
            legal=("KvK 28077654", "BTW NL 8177.90.012.B01"),
        ),
        TULPENHOF,
        "BEL-2026-0321",
        D(2026, 3, 21),
        (
            ("Tulpenbollen gemengd, zak 25 st.", "TB-25", 80, "4.20"),
            ("Narcisbollen, zak 15 st.", "NB-15", 60, "3.60"),
        ),
        date_style="long",
        other_dates=(("due", D(2026, 4, 20)),),
        scan="image-pdf",
    ),
)
