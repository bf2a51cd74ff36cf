"""Which language an invoice is written in, from the words it uses (English or French)."""

import re

_FRENCH = frozenset(
    """facture facturé facturée facturer date montant quantité qté prix unitaire client
    tva ht ttc désignation designation adresse téléphone tél tel le la les du des et pour
    sous-total échéance règlement commande livraison total net payer à au aux fournisseur
    numéro n° référence réf remise frais port siret rcs capital société""".split()  # noqa: SIM905
)
_ENGLISH = frozenset(
    """invoice bill billed to sold quantity qty price unit amount customer tax subtotal
    description address phone the and of for due payment order shipping ship total from
    number item items terms balance paid vendor supplier sales""".split()  # noqa: SIM905
)
_WORD = re.compile(r"[a-zà-ÿ°\-]+")


def detect_language(text):
    """Return "fr", "en", or None when the text does not say clearly."""
    french = english = 0
    for token in _WORD.findall(text.lower()):
        french += token in _FRENCH
        english += token in _ENGLISH
    if french >= 3 and french >= 1.5 * english:
        return "fr"
    if english >= 3 and english >= 1.5 * french:
        return "en"
    return None
