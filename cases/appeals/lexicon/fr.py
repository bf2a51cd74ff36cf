"""French wordings of Amazon notices and of plans of action (Amazon.fr, Seller Central FR).

Same shape as en.py. Accents may be written: patterns and texts are both folded
(é → e, ’ → ') before matching, so a notice pasted without accents still matches.
"""

LANGUAGE = "fr"

STOPWORDS = {
    "le", "la", "les", "des", "du", "de", "vous", "votre", "vos", "nous", "notre", "nos",
    "est", "sont", "été", "pour", "avec", "une", "un", "et", "dans", "pas", "ne", "que",
    "qui", "sur", "au", "aux", "ce", "cette", "à",
}  # fmt: skip

# --- The notice ------------------------------------------------------------------------

SCOPE_PATTERNS = {
    "account": [
        r"privilèges de vente( sur [\w.]+)? (ont été|sont|ont) (désactivés|suspendus|"
        r"supprimés|retirés)",
        r"(désactivé|suspendu|bloqué|fermé) votre compte",
        r"compte (vendeur )?(a été|est|est actuellement) (désactivé|suspendu|bloqué|fermé)",
        r"(supprimé|retiré|désactivé) vos privilèges de vente",
        r"désactivation de votre compte (vendeur )?(a été|est) ",
    ],
    "mfn_shipping": [
        r"(restreint|limité|suspendu|bloqué|désactivé) (votre|vos) (possibilité|capacité|droit|"
        r"utilisation)s? (d'expédier|de livrer|d'exécuter|du merchant|de l'expédition)",
        r"(restreint|limité|suspendu|bloqué) (l'expédition|les expéditions|les commandes "
        r"expédiées) par (le vendeur|vos soins|vous-même)",
        r"expéditions? par (le vendeur|vos soins|vous-même) (a été|ont été|est|sont) "
        r"(restreintes?|limitées?|suspendues?|bloquées?)",
        r"(limitation|restriction) de (votre utilisation du merchant fulfill?ed network|"
        r"l'expédition par le vendeur)",
    ],
    "listings": [
        r"(supprimé|retiré|désactivé|bloqué|suspendu) (vos|votre|les|l'|certaines de vos|"
        r"certains de vos) ?(offres?|annonces?|fiches? produits?|asins?|produits?|listings?)",
        r"(offres?|annonces?|fiches? produits?|asins?|listings?) (ont été|a été|sont|est) "
        r"(supprimée?s?|retirée?s?|désactivée?s?|bloquée?s?|suspendue?s?)",
    ],
}

REASON_PATTERNS = {
    "order_defect_rate": [
        r"taux de défauts? de commandes?",
        r"taux (élevé )?de commandes défectueuses",
        r"réclamations? (au titre de la )?garantie a à z",
        r"rétrofacturations?",
    ],
    "late_shipment_rate": [
        r"taux d'expéditions? (tardives?|en retard)",
        r"expéditions? (tardives?|en retard)",
        r"expédiée?s? en retard",
    ],
    "cancellation_rate": [
        r"taux d'annulations?",
        r"annulations? avant (expédition|traitement|exécution)",
    ],
    "valid_tracking_rate": [
        r"taux de (numéros de )?suivi valides?",
        r"numéros? de suivi (valides?|manquants?|non valides?|invalides?)",
        r"sans numéros? de suivi",
    ],
    "negative_feedback": [
        r"commentaires? (clients? )?négatifs?",
        r"évaluations? (clients? )?négatives?",
        r"avis (clients? )?négatifs?",
        r"retours? d'information négatifs?",
    ],
    "undelivered_orders": [
        r"commandes? non livrées?",
        r"non[- ]livraisons?",
        r"colis (perdus?|non livrés?|non reçus?)",
        r"perdu (\d+ )?(colis|commandes|envois)",
        r"(n'a|n'ont) (rien|pas|jamais) reçu",
        r"jamais (été )?(reçue?s?|livrée?s?|arrivée?s?)",
        r"non[- ]réception",
        r"articles? non reçus?",
    ],
    "inauthentic": [
        r"contrefaçons?",
        r"contrefaits?",
        r"non authentiques?",
        r"inauthentiques?",
        r"authenticité",
        r"faux produits",
    ],
    "condition": [
        r"d'occasion vendue?s? comme neu(f|fs|ve|ves)",
        r"vendue?s? comme neu(f|fs|ve|ves)",
        r"état (du|des) (produit|article)s?",
        r"réclamations? (relatives? |concernant )?(à )?l'état",
        r"endommagée?s?",
        r"abîmée?s?",
        r"non conformes? à la description",
        r"ne correspond(ent)? pas à (la|leur) description",
    ],
    "intellectual_property": [
        r"propriété intellectuelle",
        r"marques? déposées?",
        r"droits? d'auteur",
        r"\bbrevets?\b",
        r"titulaires? (des|de|d'un) droits?",
        r"violation de (la )?marque",
    ],
    "product_safety": [
        r"sécurité (des|du) produits?",
        r"(problèmes?|risques?|réclamations?|exigences?) (de|pour la) sécurité",
        r"\bdangereu(x|se|ses)\b",
        r"rappels? (de produits?|du produit)",
        r"matières dangereuses",
    ],
    "related_accounts": [
        r"comptes? (liés|associés|connexes|apparentés)",
        r"liée?s? à (un autre|d'autres) comptes?",
        r"plusieurs comptes( vendeurs?)?",
    ],
    "other_policy": [
        r"code de conduite",
        r"manipulation (des|d') ?(avis|commentaires|évaluations)",
        r"produits? (soumis à restrictions|restreints|interdits)",
        r"prix excessifs?",
        r"livraison directe",
        r"dropshipping",
    ],
}

OTHER_POLICY_FALLBACK = [
    r"violations? (de nos|des|de la|de notre) (règles|politiques?|conditions|règlement)",
    r"(enfreint|enfreignent|non-respect de) (nos|les|notre) (règles|politiques?|conditions)",
]

NEGATION_BEFORE = [
    r"(n'est|n'était|ne sont|n'étaient|n'a été) pas (liée?s?|due?s?|causée?s?) (à|au|aux|par)",
    r"ne (concerne|concernent|vise|visent|porte|portent) (pas|en rien|nullement)",
    r"sans (lien|rapport) avec",
    r"n'a rien à voir avec",
    r"(pas|non) en raison (de|d'|du|des)",
    r"\bnon pas\b",
    r"aucun (problème|souci|grief) (de|d'|avec|concernant)",
    r"(n'avons|n'a) (reçu|constaté|relevé) aucune?",
    r"plutôt que",
]
NEGATION_AFTER = [
    r"(n'est|n'était|ne sont) pas (la|le|en) (raison|cause|motif|problème|question)",
    r"(n'est|n'était|ne sont) pas (concernée?s?|en cause)",
    r"(est|sont) conformes? (à l'objectif|aux objectifs)",
]
CLAUSE_BREAKS = [
    r"\bmais\b", r"\bcependant\b", r"\btoutefois\b", r";", r"\ben revanche\b", r"\balors que\b",
    r"\bpar contre\b", r"\bet (votre|vos|nous|il|elle|amazon)\b",
]  # fmt: skip

PASSING_CUES = [
    r"\bpour en savoir plus\b",
    r"\bpour plus (d'informations|de détails|de précisions)\b",
    r"\bplus d'informations (sur|concernant)\b",
    r"\bconsultez\b",
    r"\brendez-vous (sur|dans)\b",
    r"\bpar exemple\b",
    r"\bp\. ?ex\.",
    r"\btel(le)?s? que\b",
    r"\b(peut|pourrait|peuvent|pourraient|pourra|pourront) (également )?(entraîner|conduire|"
    r"aboutir)",
    r"\b(violations? futures?|futures violations?)\b",
    r"\bsi vous avez des questions\b",
]

EVIDENCE_WORDS = [
    r"factures?",
    r"reçus?",
    r"documents?",
    r"justificatifs?",
    r"lettres? d'autorisation",
    r"chaîne d'approvisionnement",
    r"bons? de commande",
]
EVIDENCE_PERIOD_PATTERNS = [
    r"\b(?P<count>\d{1,4}|[a-z-]+) derni(er|ère)s? (?P<unit>jours|mois|années|ans)\b",
    r"\bde moins de (?P<count>\d{1,4}|[a-z-]+) (?P<unit>jours|mois|ans)\b",
    r"\b(?P<unit>année) (écoulée|passée|dernière)\b",
]
NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "dix-sept": 17,
    "dix-huit": 18, "trente": 30, "soixante": 60, "quatre-vingt-dix": 90,
}  # fmt: skip
UNITS = {
    "jour": "day", "jours": "day", "mois": "month", "an": "year", "ans": "year",
    "annee": "year", "annees": "year", "heure": "hour", "heures": "hour",
}  # fmt: skip

DEADLINE_PATTERNS = [
    r"\bsous (?P<count>\d{1,3}|[a-z-]+)( \((?P<figure>\d{1,3})\))? (?P<unit>jours|heures)\b",
    r"\bdans (un délai de |les )(?P<count>\d{1,3}|[a-z-]+) (jours ouvrés |jours calendaires )?"
    r"(?P<unit>jours|heures)\b(?! (suivant|après) (la )?(livraison|commande))",
    r"\bvous (avez|disposez de) (?P<count>\d{1,3}|[a-z-]+) (?P<unit>jours|heures) pour\b",
    r"\bd'ici (?P<count>\d{1,3}) (?P<unit>jours|heures)\b",
]
DEADLINE_CONTEXT = [
    r"appel", r"recours", r"répond", r"réponse", r"soumett", r"envoy", r"fourni",
    r"plan d'action", r"réactiv", r"rétabl", r"agir",
]  # fmt: skip

SIGNOFFS = [
    r"(bien |très )?cordialement,?",
    r"(sincères |meilleures )?salutations,?",
    r"l'équipe (performance|des performances) (vendeur|des vendeurs)",
    r"merci,?",
]

# --- The plan of action ----------------------------------------------------------------

PART_HEADINGS = {
    "root_cause": [
        r"(la |les )?causes? (profondes?|fondamentales?|racines?|premières?|principales?)",
        r"(la |les )?causes? du problème",
        r"(l')?origine du problème",
        r"analyse des causes",
        r"quelle est la cause",
        r"pourquoi (le problème|cela) s'est produit",
    ],
    "actions_taken": [
        r"(les )?(actions?|mesures?) correctives?",
        r"(les )?(actions?|mesures?) (entreprises|menées|réalisées|prises|immédiates)",
        r"(les )?(actions?|mesures?) mises? en (place|œuvre|oeuvre)",
        r"ce que nous avons fait",
        r"quelles (mesures|actions) (avez-vous|allez-vous) prises? pour résoudre",
        r"quelles (mesures|actions) (avez-vous prises|allez-vous prendre)",
        r"(mesures|actions) pour résoudre",
        r"résolution",
    ],
    "preventive_measures": [
        r"(les )?(mesures?|actions?) (préventives?|de prévention)",
        r"prévention",
        r"(mesures?|actions?) [\w' ]{0,30}pour (éviter|prévenir)",
        r"quelles mesures (prendrez-vous|allez-vous prendre) pour (prévenir|éviter)",
    ],
}
PART_TITLES = {
    "root_cause": "Cause profonde",
    "actions_taken": "Actions correctives",
    "preventive_measures": "Mesures préventives",
}
DOCUMENT_TITLES = [r"plan d'action\b"]
REASON_HEADING_WORDS = [r"problème", r"motif", r"raison", r"point", r"violation", r"partie",
                        r"section"]  # fmt: skip
UNTITLED_SECTION = "Problème {number}"
REASON_TITLES = {
    "order_defect_rate": "Taux de défauts de commande",
    "late_shipment_rate": "Taux d'expéditions en retard",
    "cancellation_rate": "Taux d'annulation avant expédition",
    "valid_tracking_rate": "Taux de suivi valide",
    "negative_feedback": "Commentaires négatifs",
    "undelivered_orders": "Commandes non livrées",
    "inauthentic": "Réclamations pour articles non authentiques",
    "condition": "Réclamations relatives à l'état des articles",
    "intellectual_property": "Réclamations pour propriété intellectuelle",
    "product_safety": "Sécurité des produits",
    "related_accounts": "Comptes liés",
    "other_policy": "Violation des règles",
}

ABBREVIATIONS = ["m", "mme", "mlle", "etc", "cf", "env", "ex", "art", "av", "janv", "févr",
                 "avr", "juil", "sept", "oct", "nov", "déc", "ste", "p. ex", "n°"]  # fmt: skip
CONTINUATION_WORDS = ["de", "du", "des", "la", "le", "les", "à", "au", "aux", "et", "ou",
                      "avec", "pour", "par", "en", "sur", "dans", "que", "qui", "votre", "vos",
                      "notre", "nos", "pas", "est", "sont", "a", "ont", "été", "un", "une",
                      "lié", "liée", "liés", "liées"]  # fmt: skip

# --- The linter's word lists -----------------------------------------------------------
EMOTIONAL_LANGUAGE = {
    "patterns": [
        r"\bdésolée?s?\b",
        r"\bnous nous excusons\b",
        r"\bje m'excuse\b",
        r"\b(toutes )?(nos|mes) excuses\b",
        r"\bveuillez (nous|m') ?excuser\b",
        r"\binjuste(ment)?\b",
        r"\bje vous en supplie\b",
        r"\bsupplie\b",
        r"\bsupplions\b",
        r"\bpar pitié\b",
        r"\bdésespér",
        r"\bdévasté",
        r"\bmon seul revenu\b",
        r"\b(ma|notre) seule source de revenus?\b",
        r"\bnotre seul revenu\b",
        r"\bma famille (dépend|vit)\b",
        r"\bpas (de )?notre faute\b",
        r"\bpas (de )?ma faute\b",
        r"\bla faute (du|de la|des|d'un|de l') ?(client|acheteur|transporteur|amazon)",
        r"\bscandaleu(x|se)\b",
        r"\binadmissible\b",
        r"\bridicule\b",
        r"\bcatastroph",
        r"\bfaillite\b",
        r"\bruinée?s?\b",
        r"\ben colère\b",
        r"\bfrustr",
        r"\bchoquée?s?\b",
        r"\bcauchemar\b",
        r"!{2,}",
    ],
    "exceptions": [
        r"\bnous nous sommes excusée?s? auprès (du|des|de chaque|de l') ?(client|acheteur)s?",
        r"\b(présenté|envoyé|adressé) (nos|des) excuses (au|aux|à chaque) (client|acheteur)s?",
        r"\b(veuillez|vous) trouver(ez)? ci-joint\b",
    ],
}
MARKETING_LANGUAGE = {
    "patterns": [
        r"\bmeilleure qualité\b",
        r"\bqualité (supérieure|premium|exceptionnelle|irréprochable)",
        r"\bhaut de gamme\b",
        r"\b(nos |les )?clients adorent\b",
        r"\bclients (satisfaits|ravis)\b",
        r"\bdes milliers de clients\b",
        r"\bleader (du marché|mondial|européen|français)\b",
        r"\bnuméro (un|1)\b",
        r"\bn° ?1\b",
        r"\bimbattables?\b",
        r"\bexceptionnel(le)?s?\b",
        r"\bexcellente qualité\b",
        r"\bnous sommes fiers\b",
        r"\bfiers de\b",
        r"\b(sont|est) (les|le|la) meilleur(e)?s?\b",
        r"\bmeilleurs? produits?\b",
        r"\bmeilleurs? (du|sur le) marché\b",
        r"\bmeilleurs? prix\b",
        r"\bincomparables?\b",
        r"\b(cinq|5) étoiles\b",
    ],
    "exceptions": [
        r"\bmeilleures? pratiques?\b",
        r"\bbonnes pratiques\b",
        r"\bdans les meilleurs délais\b",
    ],  # fmt: skip
}
OTHER_CASES = {
    "patterns": [
        r"\b(dossier|cas|ticket|requête|demande)\s*(n°|no\.?|numéro|#|id)\s*:?\s*\w*\d{3,}",
        r"\bnuméro de (dossier|cas|ticket|requête)\b",
        r"\bid(entifiant)? (du|de) (cas|dossier|ticket)\b",
        r"\b(mon|notre|le|la) (dossier|appel|recours|plan d'action|ticket|cas|demande|requête) "
        r"(précédente?|antérieure?)\b",
        r"\b(mon|notre|mes|nos|le|la) (précédente?|premier|première|dernier|dernière|ancien|"
        r"ancienne)s? (dossier|appel|recours|plan d'action|ticket|cas|demande|requête)s?\b",
        r"\b(un autre|d'autres) (dossier|cas|ticket|appel|recours)s?\b",
        r"\b(déjà|précédemment) (fait appel|soumis un appel|ouvert un (cas|dossier|ticket))",
        r"\bcomme (je l'ai|nous l'avons) (expliqué|indiqué|écrit) (précédemment|auparavant)",
    ],
    "exceptions": [
        r"\bdans (ce|ces|chaque|tous les|certains) cas\b",
        r"\ben cas de\b",
        r"\bau cas où\b",
        r"\ble cas échéant\b",
        r"\bdans le cas (de|d'|où)\b",
    ],
}
VAGUE_PROMISE = {
    "patterns": [
        r"\b(ferons|faire|fera|faisons|ferai|fais) de (notre|mon) mieux\b",
        r"\bne se (re)?produira (plus|jamais|pas)\b",
        r"\bn'arrivera (plus|jamais)\b",
        r"\b(nous|je) (vous )?(promettons|promets)\b",
        r"\b(nous|je) (vous )?(garantissons|garantis)\b",
        r"\b(plus|davantage) (vigilante?s?|attentive?s?|attentifs|prudente?s?)\b",
        r"\b(nous allons|nous allons tout faire pour|je vais) essayer\b",
        r"\b(nous essaierons|nous tâcherons|nous espérons)\b",
    ],
    "exceptions": [],
}
