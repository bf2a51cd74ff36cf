"""The account-health figures a notice quotes: "your Order Defect Rate is 2.4 %".

The packet shows them beside the account's own figures, so that it never claims health
the notice contradicts. Keys are the fields of cases.health.METRICS.
"""

import re
from decimal import Decimal, InvalidOperation

from . import lexicon, pasted_text

NAMES = {
    "order_defect_rate": (
        r"order[- ]defect[- ]rate|\bodr\b|taux de (?:commandes? )?(?:defauts?|defectueuses?)"
        r"(?: de commandes?)?|taux de commandes? defectueuses?"
    ),
    "late_shipment_rate": (
        r"late[- ](?:shipment|dispatch)[- ]rate|\blsr\b|\bldr\b|"
        r"taux d'?\s?expeditions? (?:en retard|tardives?)|"
        r"taux de retard d'?\s?expedition"
    ),
    "pre_fulfillment_cancel_rate": (
        r"(?:pre[- ]?fulfil?ment )?cancel(?:lation)?[- ]rate|taux d'?\s?annulation"
        r"(?: avant (?:expedition|traitement))?"
    ),
    "valid_tracking_rate": (
        r"valid[- ]tracking[- ]rate|\bvtr\b|taux de (?:numeros? de )?suivi valides?"
    ),
}
# A figure with its percent sign: "2.4%", "2,4 %", "2.4 percent", "2,4 pour cent".
FIGURE = re.compile(r"(\d{1,3}(?:[.,]\d{1,2})?)\s?(?:%|percent\b|per cent\b|pour ?cent\b)")
# A figure after these words is a target or a threshold, not the account's figure.
TARGET_BEFORE = re.compile(
    r"(?:below|under|above|over|less than|more than|greater than|target|threshold|maintain|"
    r"exceeds?|inferieure? a|superieure? a|en dessous de|au-dessus de|sous|moins de|plus de|"
    r"objectif|seuil|cible|maintenir)\W*(?:of|de|d')?\W*$"
)
WINDOW = 80  # characters between the metric's name and its figure


def _decimal(text):
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def read_notice_metrics(text):
    """{metric field: Decimal} of the figures the notice gives for the account."""
    found = {}
    for sentence in pasted_text.split_sentences(pasted_text.clean(text or "")):
        folded = lexicon.fold(sentence).lower()
        for field, names in NAMES.items():
            if field in found:
                continue
            for name in re.finditer(names, folded):
                figure = _figure_after(folded, name.end())
                if figure is not None:
                    found[field] = figure
                    break
    return found


def _figure_after(folded, start):
    for match in FIGURE.finditer(folded, start, start + WINDOW):
        if TARGET_BEFORE.search(folded[start : match.start()]):
            # "an ODR below 1 %": a target; a later figure in the window may be the account's.
            start = match.end()
            continue
        return _decimal(match.group(1))
    return None
