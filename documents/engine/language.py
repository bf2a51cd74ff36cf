"""Which language an invoice is written in, from the words it uses.

Sellers on Amazon's European marketplaces receive invoices in English, French, German,
Spanish, Italian and Dutch (issue 14). The words are the ones invoices print; a word two
languages share counts for both, so common ones ("de", "iva", "cliente") are left out.
"""

import re

LANGUAGES = ("en", "fr", "de", "es", "it", "nl")
# Numeric dates are written day first in all of them but English, which is written both
# ways (UK and US).
DAY_FIRST_LANGUAGES = frozenset({"fr", "de", "es", "it", "nl"})

_WORDS = {
    "en": """invoice bill billed to sold quantity qty price unit amount customer tax subtotal
        description address phone the and of for due payment order shipping ship total from
        number item items terms balance paid vendor supplier sales""",
    "fr": """facture facturé facturée facturer date montant quantité qté prix unitaire client
        tva ht ttc désignation designation adresse téléphone tél tel le la les du des et pour
        sous-total échéance règlement commande livraison total net payer à au aux fournisseur
        numéro n° référence réf remise frais port siret rcs capital société""",
    "de": """rechnung rechnungsnummer rechnungsdatum datum menge anzahl einzelpreis gesamtpreis
        betrag summe netto brutto mwst ust ust-idnr steuernummer kunde kundennummer
        lieferung lieferdatum lieferadresse rechnungsadresse bestellung bestellnummer
        artikel bezeichnung beschreibung zahlbar zahlung bis und der die das für von mit
        zwischensumme gesamt gesamtbetrag versand stück stk seite bankverbindung""",
    "es": """factura fecha cantidad importe base imponible dirección
        concepto pedido entrega envío pago vencimiento el y los las para por nif cif
        proveedor unidades página número teléfono""",
    "it": """fattura quantità qtà prezzo importo totale imponibile indirizzo
        descrizione ordine consegna spedizione pagamento scadenza di della il per partita
        codice fiscale fornitore pagina pezzi aliquota""",
    "nl": """factuur factuurnummer factuurdatum aantal prijs stukprijs bedrag totaal subtotaal
        btw excl incl klant klantnummer adres omschrijving bestelling levering verzending
        betaling vervaldatum het een en voor met leverancier kvk""",
}
_LEXICON = {language: frozenset(words.split()) for language, words in _WORDS.items()}
_WORD = re.compile(r"[a-zà-ÿ°\-]+")


def detect_language(text):
    """One of LANGUAGES, or None when the text does not say clearly."""
    counts = dict.fromkeys(LANGUAGES, 0)
    for token in _WORD.findall(text.lower()):
        for language, lexicon in _LEXICON.items():
            counts[language] += token in lexicon
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    (best, most), (_second, next_most) = ranked[0], ranked[1]
    if most >= 3 and most >= 1.5 * next_most:
        return best
    return None
