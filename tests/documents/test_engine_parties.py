"""The supplier (issuer) and the bill-to of real layouts in the six languages (issue 14).

Headers are printed column for column as suppliers' software sets them (`printed`: two
spaces or more between words are a gap between columns, an empty row a blank line). The
companies are invented; the layouts are those of accounting packages, ERP letters,
marketplace receipts and three-column headers.
"""

import dataclasses
import re

import pytest

from documents.engine import check_invoice_file
from documents.engine.layout import build_lines
from documents.engine.parties import find_bill_to, find_supplier

from .invoice_samples import InvoiceSpec, invoice_pdf, reference_for
from .test_engine_dates import printed


def parties_of(text, country="DE"):
    lines = printed(text)
    bill_to = find_bill_to(lines, country)
    return find_supplier(lines, country, exclude=bill_to.evidence), bill_to


# -- the supplier ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title, name, street, town",
    [
        ("INVOICE", "Harrowgate Tea Merchants Ltd", "3 Cold Bath Road", "Harrogate HG2 0NA"),
        ("FACTURE", "Ateliers Rhône Céramique SAS", "14 quai Perrache", "69002 Lyon"),
        ("RECHNUNG", "Moselwein Kontor GmbH", "Uferstraße 9", "54470 Bernkastel-Kues"),
        ("FACTURA", "Tejidos del Maestrazgo S.L.", "Calle Mayor 22", "12300 Morella"),
        ("FATTURA", "Cartoleria Ferraresi S.r.l.", "Via Garibaldi 18", "44121 Ferrara"),
        ("FACTUUR", "Zeeuwse Mosselhandel B.V.", "Havenkade 4", "4401 AL Yerseke"),
    ],
)
def test_supplier_block_under_the_title_is_the_issuer_never_the_title(title, name, street, town):
    supplier, _bill_to = parties_of(
        f"""
                                       {title}
        {name}
        {street}                       No: 2026-0117
        {town}                         12/03/2026
        """
    )

    assert supplier.name == name
    assert supplier.address == f"{street}\n{town}"


@pytest.mark.parametrize(
    "heading, sold_by",
    [
        ("Invoice / Order summary", "Sold by:"),
        ("Facture / Récapitulatif de commande", "Vendu par :"),
        ("Rechnung / Bestellübersicht", "Verkauft von:"),
        ("Factura / Resumen del pedido", "Vendido por:"),
        ("Fattura / Riepilogo ordine", "Venduto da:"),
        ("Factuur / Besteloverzicht", "Verkocht door"),
    ],
)
def test_sold_by_line_of_a_marketplace_receipt_names_the_supplier(heading, sold_by):
    supplier, _bill_to = parties_of(
        f"""
        {heading}
        {sold_by} Waldkauz Outdoor GmbH
        Am Markt 3, 14776 Brandenburg · USt-IdNr. DE 301 445 872
        """
    )

    assert supplier.name == "Waldkauz Outdoor GmbH"
    assert supplier.phone is None  # a VAT number is no phone number


def test_a_company_named_after_its_site_is_the_supplier_not_its_street():
    supplier, _bill_to = parties_of(
        """
        Final Details for Order #113-4829175-6650231
        Sold by: Amazon.com Services LLC
        410 Terry Ave N
        Seattle, WA 98109
        """,
        country="US",
    )

    assert supplier.name == "Amazon.com Services LLC"
    assert supplier.website == "Amazon.com"
    assert supplier.address == "410 Terry Ave N\nSeattle, WA 98109"


@pytest.mark.parametrize("label", ["Ship to", "Shipping address", "Lieferadresse"])
def test_the_buyers_phone_under_a_ship_to_alone_is_never_the_suppliers(label):
    """With no bill-to printed, the ship-to's phone is the buyer's: taken for the supplier's,
    it made the seller's own invoice look self-issued."""
    supplier, bill_to = parties_of(
        f"""
        Acme Distribution Inc.
        12 Industrial Way
        Newark, NJ 07102

        {label}
        Northwind Goods LLC
        450 Market Street, Suite 200
        San Francisco, CA 94105
        Phone: +1 415 555 0100
        """,
        country="US",
    )

    assert supplier.name == "Acme Distribution Inc."
    assert supplier.phone is None


@pytest.mark.parametrize(
    "supplier_label, bill_to_label",
    [
        ("Supplier", "Bill to"),
        ("Fournisseur", "Facturé à"),
        ("Lieferant", "Rechnungsempfänger"),
        ("Absender", "Leistungsempfänger"),
        ("Rechnungssteller", "Kunde"),
        ("Proveedor", "Cliente"),
        ("Emisor", "Facturar a"),
        ("Fornitore", "Intestatario"),
        ("Emittente", "Fatturare a"),
        ("Leverancier", "Klant"),
    ],
)
def test_labelled_supplier_and_buyer_blocks(supplier_label, bill_to_label):
    supplier, bill_to = parties_of(
        f"""
        {supplier_label}                      {bill_to_label}
        Lindqvist Trading Ltd                 Bodensee Feinkost OHG
        22 Harbour Road                       Seestraße 18
        Bristol BS1 4DJ                       88045 Friedrichshafen
        """
    )

    assert supplier.name == "Lindqvist Trading Ltd"
    assert bill_to.name == "Bodensee Feinkost OHG"
    assert bill_to.address == "Seestraße 18\n88045 Friedrichshafen"


def test_labels_dates_numbers_and_guest_lines_are_never_the_issuer():
    supplier, _bill_to = parties_of(
        """
        Guest Name: Maria Keller                  Folio No: 48213
        Data documento:11/02/2026                 N.º de factura:   SS-0458
        Hotel Seeblick GmbH
        Uferpromenade 7
        6900 Bregenz
        """
    )

    assert supplier.name == "Hotel Seeblick GmbH"


def test_trade_name_in_the_header_gives_way_to_the_legal_name_in_the_footer():
    supplier, _bill_to = parties_of(
        """
        Lumière Télécom Service Clients
        75371 Paris Cedex 08



        Lumière Télécom SA au capital de 1 000 000 € − RCS Paris 123 456 789 − TVA FR 12 123456789
        """,
        country="FR",
    )

    assert supplier.name == "Lumière Télécom SA"


def test_tagline_in_the_header_gives_way_to_the_legal_entity_line():
    supplier, _bill_to = parties_of(
        """
        Alles voor de fietser sinds 1987
        Hengelosestraat 5
        7514 AE Enschede



        Tweewielers Oost B.V. · KvK 12345678 · BTW NL 8123.45.678.B01
        """,
        country="NL",
    )

    assert supplier.name == "Tweewielers Oost B.V."


def test_a_piece_of_the_name_read_by_ocr_gives_way_to_the_footer_name():
    supplier, _bill_to = parties_of(
        """
        Garden Tools Ltd                                     INVOICE
        4 Marsh Lane
        Ely CB7 4AA



        Marsh Lane Garden Tools Ltd - 4 Marsh Lane, Ely CB7 4AA - Page 1 of 1
        """,
        country="GB",
    )

    assert supplier.name == "Marsh Lane Garden Tools Ltd"


def test_brand_without_legal_form_stays_when_the_footer_names_a_bank_or_a_state():
    supplier, _bill_to = parties_of(
        """
        Sierra Outdoor Gear
        400 Commerce Way
        Reno, NV 89502



        Bank: First Sierra Bank Inc. · Routing 121000358 · Account 0044512
        Sierra Outdoor Gear · 400 Commerce Way, Reno, NV 89502
        """,
        country="US",
    )

    assert supplier.name == "Sierra Outdoor Gear"


def test_a_table_column_named_vendor_is_no_supplier_label():
    supplier, _bill_to = parties_of(
        """
        Harrowgate Tea Merchants Ltd                          INVOICE
        3 Cold Bath Road                                      No: 1042
        Harrogate HG2 0NA

        Vendor        Item               Qty     Price
        Assam Co      Breakfast tea      12      4.50
        """,
        country="GB",
    )

    assert supplier.name == "Harrowgate Tea Merchants Ltd"


# -- the bill-to ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bill_to_label, ship_to_label",
    [
        ("Bill to:", "Ship to:"),
        ("Billing address", "Shipping address"),
        ("Invoice to", "Deliver to"),
        ("Facturé à", "Livré à"),
        ("Adresse de facturation", "Adresse de livraison"),
        ("Rechnungsadresse", "Lieferadresse"),
        ("Rechnungsempfänger", "Lieferanschrift"),
        ("Kunde:", "Lieferung an:"),
        ("Facturar a", "Enviar a"),
        ("Dirección de facturación", "Dirección de envío"),
        ("Cliente", "Dirección de entrega"),
        ("Fatturare a", "Indirizzo di spedizione"),
        ("Intestatario", "Destinazione merce"),
        ("Factuuradres", "Afleveradres"),
        ("Factureren aan", "Leveren aan"),
        ("Klant", "Verzendadres"),
    ],
)
def test_bill_to_labels_in_six_languages_and_the_ship_to_beside_them(bill_to_label, ship_to_label):
    _supplier, bill_to = parties_of(
        f"""
        Brightwell Trading Ltd                              INVOICE
        8 Quay Street
        Cardiff CF10 1EB

        {bill_to_label}                          {ship_to_label}
        Comercial Norte S.L.                     Almacén Logístico Sur S.A.
        Calle Mayor 3                            Polígono Industrial 7
        28013 Madrid                             41001 Sevilla
        """,
        country="ES",
    )

    assert bill_to.name == "Comercial Norte S.L."
    assert bill_to.address == "Calle Mayor 3\n28013 Madrid"


def test_ship_to_printed_before_the_bill_to_is_not_the_bill_to():
    _supplier, bill_to = parties_of(
        """
        Lieferadresse                            Rechnungsadresse
        Lager Nord GmbH                          Alpenblick Handel GmbH
        Hafenweg 2                               Leopoldstraße 88
        24103 Kiel                               80802 München
        """
    )

    assert bill_to.name == "Alpenblick Handel GmbH"
    assert bill_to.address == "Leopoldstraße 88\n80802 München"


def frames_side_by_side(left, right, *, offset):
    """Two text frames of an office suite, the right one `offset` points lower: their lines
    interleave.
    """
    words = []
    for x, top, frame in ((44.0, 0.0, left), (150.0, offset, right)):
        for row, text in enumerate(frame):
            y = top + 11.0 * row
            for word in re.finditer(r"\S+", text):
                x0 = x + 5.0 * word.start()
                words.append([word.group(), x0, y, x0 + 5.0 * len(word.group()), y + 9.5, 96.0])
    return build_lines(1, words)


def test_interleaved_bill_to_and_ship_to_frames_stay_apart():
    lines = frames_side_by_side(
        ["Facturé à", "Boutique Soleil SAS", "25 avenue Jean Jaurès", "75019 Paris"],
        ["Livré à", "Entrepôt Garonne SARL", "4 rue du Port", "33000 Bordeaux"],
        offset=5.5,
    )

    bill_to = find_bill_to(lines, "FR")

    assert bill_to.name == "Boutique Soleil SAS"
    assert bill_to.address == "25 avenue Jean Jaurès\n75019 Paris"


def test_spettabile_before_the_name_on_its_line():
    _supplier, bill_to = parties_of(
        """
        Oleificio Valdorcia S.r.l.                           FATTURA
        Strada Provinciale 146, 53027 San Quirico d'Orcia

        Spett.le Drogheria Bianchi S.r.l.
        Via Emilia 210
        40026 Imola (BO)
        """,
        country="IT",
    )

    assert bill_to.name == "Drogheria Bianchi S.r.l."


def test_attention_line_with_a_company_is_the_buyer_and_a_customer_id_no_label():
    _supplier, bill_to = parties_of(
        """
        Customer ID: 4471
        Bill to Address:
        ATTN: Fairview Labs Limited
        8 Harbour Road
        Wan Chai, Hong Kong
        """,
        country="HK",
    )

    assert bill_to.name == "Fairview Labs Limited"
    assert bill_to.address == "8 Harbour Road\nWan Chai, Hong Kong"


def test_house_number_and_postcode_are_no_phone_numbers():
    _supplier, bill_to = parties_of(
        """
        Rechnungsadresse
        Nordsee Fischhandel GmbH
        Hafenstraße 12
        20457 Hamburg
        Tel. 040 3012 4478
        """
    )

    assert bill_to.address == "Hafenstraße 12\n20457 Hamburg"
    assert bill_to.phone == "040 3012 4478"


def test_name_given_as_a_field_and_the_other_fields_of_the_block_left_out():
    _supplier, bill_to = parties_of(
        """
        Rechnungsempfänger
        Firma: Nordsee Fischhandel GmbH
        Kundennummer: 10023
        Hafenstraße 12
        20457 Hamburg
        """
    )

    assert bill_to.name == "Nordsee Fischhandel GmbH"
    assert bill_to.address == "Hafenstraße 12\n20457 Hamburg"


# -- headers without labels -----------------------------------------------------------------


def test_three_column_header_customer_left_supplier_right():
    supplier, bill_to = parties_of(
        """
        TAX INVOICE              Invoice Date:    03-Mar-2026    Pembroke Hardware Ltd
                                 Invoice Number:  INV-0519       7 Quay Street
        Fenwick Home Stores Ltd  Reference:       PO-88          Cardiff CF10 1EB
        12 Abbey Road                                            United Kingdom
        Bath BA1 1AA
        United Kingdom

        SKU      Description         Qty    Unit Price    Amount
        HW-12    Brass hinge pair     40    £3.20         £128.00

        Pembroke Hardware Ltd · 7 Quay Street, Cardiff CF10 1EB · VAT GB 123 4567 89
        """,
        country="GB",
    )

    assert supplier.name == "Pembroke Hardware Ltd"
    assert supplier.address == "7 Quay Street\nCardiff CF10 1EB\nUnited Kingdom"
    assert bill_to.name == "Fenwick Home Stores Ltd"
    assert bill_to.address == "12 Abbey Road\nBath BA1 1AA\nUnited Kingdom"


def test_three_column_header_with_the_supplier_name_lost_names_it_from_the_footer():
    # The text layer glued the supplier's wrapped name to the invoice details.
    supplier, bill_to = parties_of(
        """
        FATTURA           Numero fattura: FT 77/2026Filanda Biellese
                          Data documento:04/03/2026 S.p.A.
        Casa Ortica S.r.l.                                   13900 Biella (BI)
        Via Po 14                                            015 84 22 19
        10123 Torino (TO)

        Filanda Biellese S.p.A. · Via Italia 12, 13900 Biella (BI)
        P.IVA 01234560029
        """,
        country="IT",
    )

    assert supplier.name == "Filanda Biellese S.p.A."
    assert bill_to.name == "Casa Ortica S.r.l."


def test_window_envelope_letter_sender_line_over_the_buyer_address():
    supplier, bill_to = parties_of(
        """
        Kaiserstuhl Weinkontor KG · Marktplatz 4 · 79235 Vogtsburg

        Bodensee Feinkost OHG
        Seestraße 18
        88045 Friedrichshafen

        Rechnung
        Belegnummer    Belegdatum     Kundennummer
        2026-00871     03.03.2026     D-20577
        """
    )

    assert supplier.name == "Kaiserstuhl Weinkontor KG"
    assert supplier.address == "Marktplatz 4\n79235 Vogtsburg"
    assert bill_to.name == "Bodensee Feinkost OHG"
    assert bill_to.address == "Seestraße 18\n88045 Friedrichshafen"


def test_window_envelope_letter_with_the_supplier_block_on_the_right():
    supplier, bill_to = parties_of(
        """
        Kaiserstuhl Weinkontor KG · Marktplatz 4 · 79235 Vogtsburg    Kaiserstuhl Weinkontor KG
                                                                      Marktplatz 4
        Bodensee Feinkost OHG                                         79235 Vogtsburg
        Seestraße 18                                                  Tel. 07662 90 44 20
        88045 Friedrichshafen
        """
    )

    assert supplier.name == "Kaiserstuhl Weinkontor KG"
    assert supplier.phone == "07662 90 44 20"
    assert bill_to.name == "Bodensee Feinkost OHG"


def test_three_column_header_without_footer_the_supplier_gives_its_contact_details():
    supplier, bill_to = parties_of(
        """
        TAX INVOICE              Invoice Date:    03-Mar-2026    Pembroke Hardware Ltd
                                 Invoice Number:  INV-0519       7 Quay Street
        Fenwick Home Stores Ltd  Reference:       PO-88          Cardiff CF10 1EB
        12 Abbey Road                                            sales@pembroke.example
        Bath BA1 1AA
        """,
        country="GB",
    )

    assert supplier.name == "Pembroke Hardware Ltd"
    assert bill_to.name == "Fenwick Home Stores Ltd"


def test_invoice_details_under_their_labels_are_no_party():
    supplier, bill_to = parties_of(
        """
        TAX INVOICE            Invoice Date      Northwind Supplies Ltd
                               3 Mar 2026        22 Harbour Road
        Bluebird Retail Ltd    Reference         Bristol BS1 4DJ
        14 Mill Lane           PO-7731
        Oxford OX1 2AB         VAT Number
                               GB 987 6543 21
        """,
        country="GB",
    )

    assert supplier.name == "Northwind Supplies Ltd"
    assert bill_to.name == "Bluebird Retail Ltd"


def test_tagline_under_the_logo_name_is_neither_name_nor_address():
    supplier, bill_to = parties_of(
        """
        ACME                                              INVOICE
        Quality kitchenware since 1952                    Invoice No: 2041
        18 Mill Road, Leeds LS1 4AA                       Date: 03/03/2026

        To
        Bluebird Retail Ltd
        14 Mill Lane
        Oxford OX1 2AB

        Acme Kitchenware Ltd · Registered in England No. 01234567 · VAT GB 123 4567 89
        """,
        country="GB",
    )

    assert supplier.name == "Acme Kitchenware Ltd"
    assert supplier.address == "18 Mill Road, Leeds LS1 4AA"
    assert bill_to.name == "Bluebird Retail Ltd"


def test_one_header_block_without_labels_is_no_buyer():
    _supplier, bill_to = parties_of(
        """
        Harrowgate Tea Merchants Ltd                          INVOICE
        3 Cold Bath Road                                      No: 1042
        Harrogate HG2 0NA
        """,
        country="GB",
    )

    assert bill_to.name is None


# -- whole invoices ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "changes",
    [
        dict(
            title="RECHNUNG",
            supplier_name="Moselwein Kontor GmbH",
            supplier_address=("Uferstraße 9", "54470 Bernkastel-Kues"),
            bill_to_label="Rechnungsadresse",
            bill_to_name="Alpenblick Handel GmbH",
            bill_to_address=("Leopoldstraße 88", "80802 München"),
            ship_to_label="Lieferadresse",
        ),
        dict(
            title="FATTURA",
            supplier_name="Cartoleria Ferraresi S.r.l.",
            supplier_address=("Via Garibaldi 18", "44121 Ferrara"),
            bill_to_label="Intestatario",
            bill_to_name="Casa Ortica S.r.l.",
            bill_to_address=("Via Po 14", "10123 Torino"),
            ship_to_label="Destinazione merce",
        ),
        dict(
            title="FACTUUR",
            supplier_name="Zeeuwse Mosselhandel B.V.",
            supplier_address=("Havenkade 4", "4401 AL Yerseke"),
            bill_to_label="Factuuradres",
            bill_to_name="Tulpenveld Webwinkel B.V.",
            bill_to_address=("Oudegracht 214", "3511 NR Utrecht"),
            ship_to_label="Afleveradres",
        ),
    ],
    ids=["de", "it", "nl"],
)
def test_supplier_and_bill_to_of_a_printed_invoice(changes):
    spec = dataclasses.replace(InvoiceSpec(), **changes)

    report = check_invoice_file(
        invoice_pdf(spec), name="invoice.pdf", reference=reference_for(spec)
    )

    assert report.extracted["supplier"]["name"] == spec.supplier_name
    assert report.extracted["bill_to"]["name"] == spec.bill_to_name
    assert report.extracted["bill_to"]["address"] == "\n".join(spec.bill_to_address)
