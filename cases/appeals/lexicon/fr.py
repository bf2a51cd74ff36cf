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
        r"privilèges de vente( amazon)?( sur [\w.]+)? (ont été|sont|ont) (désactivés|suspendus|"
        r"supprimés|retirés)",
        r"(désactivé|suspendu|bloqué|fermé) votre compte",
        # "Votre compte vendeur Amazon a été désactivé", "votre compte Amazon.fr est suspendu"
        r"compte (vendeur )?(amazon(\.\w+)? )?(vendeur )?(a été|est|est actuellement)"
        r"( définitivement| temporairement)? (désactivé|suspendu|bloqué|fermé)",
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
        r"(supprimé|retiré|désactivé|bloqué|suspendu) (vos|votre|les|l'|ces|cette|cet|ce|"
        r"certaines de vos|certains de vos) ?(offres?|annonces?|fiches? produits?|asins?|produits?|"
        r"listings?)",
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
        r"(expédiée?s?|confirmée?s?|remise?s? au transporteur) après (la|leur) date d'expédition "
        r"(prévue|estimée)",
        # "notre équipe n'a pas expédié 64 commandes dans les délais"
        r"\b(pas|jamais) (été )?(expédiée?s?|confirmée?s?)( [\w'-]+){0,3} dans les délais",
    ],
    "cancellation_rate": [
        r"taux d'annulations?",
        r"annulations? avant (expédition|traitement|exécution)",
        r"annulée?s? avant (l'|leur )?(expédition|traitement|exécution)",
        r"commandes? (ont été |a été )?annulées?",
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
        r"colis (ont été |a été |sont |avaient été )?(perdus?|égarés?|non livrés?|non reçus?)",
        r"commandes? (ont été |a été )?(perdues?|égarées?)",
        r"perdu (\d+ )?(colis|commandes|envois)",
        r"(n'a|n'ont) (rien|pas|jamais) reçu",
        r"jamais (été )?(reçue?s?|livrée?s?|arrivée?s?)",
        r"non[- ]réception",
        r"articles? non reçus?",
        r"commandes? non reçues?",
        r"(colis|articles?|commandes?) (jamais|pas) (reçue?s?|livrée?s?|arrivée?s?)",
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
        # "des clients ont reçu comme neufs des articles d'occasion"
        r"\bcomme neu(f|fs|ve|ves)\b[\w' ]{0,30}\b(d'occasion|usagée?s?|reconditionnée?s?)\b",
        r"état (du|des) (produit|article)s?",
        r"endommagée?s?",
        r"abîmée?s?",
        r"non conformes? à la description",
        r"ne correspond(ent|ait|aient)? pas à (la|leur|l') ?(description|annonce|fiche produit)",
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
        # "la sécurité de ce produit", "la sécurité des produits"
        r"sécurité (des|du|de ce|de cet|de cette|de ces|de vos|de votre|de nos|de notre|de l') ?"
        r"(produits?|articles?)",
        r"(problèmes?|risques?|réclamations?|exigences?) (de|pour la) sécurité",
        r"\bdangereu(x|se|ses)\b",
        r"rappels? (de produits?|du produit)",
        r"matières dangereuses",
    ],
    "related_accounts": [
        r"comptes? (liés|associés|connexes|apparentés)",
        r"liée?s? à (un autre|d'autres) comptes?",
        r"plusieurs comptes( vendeurs?)?",
        r"compte (a été |est |était )?(liée?|associée?|rattachée?|reliée?) (au|à un|à un autre|à "
        r"d'autres) comptes?",
        r"(liée?s?|associée?s?|rattachée?s?|relié?e?s?) (à|avec) (un|une|un autre|d'autres|un ou "
        r"plusieurs|plusieurs) (autres? )?comptes?",
    ],
    "other_policy": [
        r"code de conduite",
        r"manipulation (des|d') ?(avis|commentaires|évaluations)",
        r"produits? (soumis à restrictions|restreints|interdits)",
        r"prix excessifs?",
        r"livraison directe",
        r"dropshipping",
        r"tarification équitable",
        r"prix équitables?",
    ],
}

TEMPLATE_REASON_PATTERNS = {
    "condition": [
        r"réclamations? (d'(un |des )?(acheteurs?|clients?) )?(relatives? |concernant )?"
        r"(à )?l'état"
    ],
}

OTHER_POLICY_FALLBACK = [
    r"violations? (de nos|des|de la|de notre) (règles|politiques?|conditions|règlement)",
    r"(enfreint|enfreignent|non-respect de) (nos|les|notre) (règles|politiques?|conditions)",
    # "ne respectent pas la politique de tarification équitable d'Amazon"
    r"(ne respecte pas|ne respectent pas|enfreint|enfreignent|contrevien\w+ à|ne sont pas "
    r"conformes? à|ne se conforme\w* pas à) (la |les |nos |notre |aux? |à la )?([\w'-]+ ){0,3}"
    r"(politiques?|règles|règlements?|conditions|code de conduite)",
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
    # Boilerplate on funds: "les montants ... pourront être déduits de votre compte vendeur".
    r"\b(peut|peuvent|pourra|pourront|seront|sera) être déduite?s?\b",
]
DEFINITION_CUES = [
    r"\bcorrespond(ent)? (au|à la) (pourcentage|nombre|part|proportion)\b",
    r"\b(représente|mesure|reflète) (le|la) (pourcentage|nombre|part|proportion)\b",
    r"\b(est|sont) (le|la) (pourcentage|nombre|part|proportion) (de|des)\b",
    r"\bse (définit|définissent|calcule|calculent)\b",
    r"\b(est|sont) (définie?s?|calculée?s?|mesurée?s?) (comme|sur|par)\b",
    r"\bindicateurs? de (défaut|mauvaise expérience)",
    r"\bune commande (présente|a|comporte) un défaut\b",
    r"\b(taux|indicateur|métrique)\b[\w' ]{0,30}\b(est|sont) (basée?s? sur|calculée?s? à partir|"
    r"fondée?s? sur)\b",
]

EVIDENCE_WORDS = [
    r"factures?",
    # "des reçus" are receipts; "commandes non reçues" are orders never received.
    r"(?<!non )(?<!pas )(?<!jamais )\breçus?\b",
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
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20,
    "vingt-et-un": 21, "trente": 30, "quarante-cinq": 45, "soixante": 60,
    "quatre-vingt-dix": 90,
}  # fmt: skip
UNITS = {
    "jour": "day", "jours": "day", "mois": "month", "an": "year", "ans": "year",
    "annee": "year", "annees": "year", "heure": "hour", "heures": "hour",
}  # fmt: skip

DEADLINE_PATTERNS = [
    r"\bsous (?P<count>\d{1,3}|[a-z-]+)( \((?P<figure>\d{1,3})\))? (?P<unit>jours|heures)\b",
    r"\bdans (un délai de |les )(?P<count>\d{1,3}|[a-z-]+)( \((?P<figure>\d{1,3})\))? "
    r"(?P<unit>jours|heures)( ouvrés| calendaires)?\b"
    r"(?! (suivant|après) (la )?(livraison|commande))",
    r"\bvous (avez|disposez de|disposez d'un délai de) (?P<count>\d{1,3}|[a-z-]+)"
    r"( \((?P<figure>\d{1,3})\))? (?P<unit>jours|heures)( ouvrés| calendaires)? pour\b",
    r"\bd'ici (?P<count>\d{1,3}) (?P<unit>jours|heures)\b",
]
DEADLINE_CONTEXT = [
    r"appel", r"recours", r"répond", r"réponse", r"soumett", r"envoy", r"fourni", r"recev",
    r"plan d'action", r"réactiv", r"rétabl", r"agir",
]  # fmt: skip

NOTICE_DATE_LABELS = [r"date", r"envoyé", r"envoyé le", r"reçu", r"reçu le",
                      r"date de (la )?notification", r"date de l'avis"]  # fmt: skip
QUOTED_MAIL_OPENERS = [r"^le .{6,80} a écrit ?:?$"]
MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "févr": 2, "fév": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "septembre": 9,
    "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "déc": 12,
}  # fmt: skip

SIGNOFFS = [
    r"(bien |très )?cordialement,?",
    r"(sincères |meilleures )?salutations,?",
    r"l'équipe (performance|des performances) (vendeur|des vendeurs)",
    r"merci,?",
]

# --- The plan of action ----------------------------------------------------------------

HEADING_ARTICLES = [r"la", r"le", r"les", r"l'", r"nos", r"notre", r"mes"]
PART_HEADINGS = {
    "root_cause": [
        r"causes? (profondes?|fondamentales?|racines?|premières?|principales?)",
        r"causes? du problème",
        r"causes?",
        r"origine (du|des) (problèmes?|incidents?|défauts?)",
        # "Analyse de la cause", "Analyse des causes profondes"
        r"analyse (de la|des|du) (causes?|problèmes?)",
        r"identification de la cause",
        r"quelle est la cause",
        r"pourquoi (le problème|cela|l'incident) s'est(-il)? produit",
    ],
    "actions_taken": [
        r"(actions?|mesures?) correctives?",
        r"(actions?|mesures?) (entreprises|menées|réalisées|prises|immédiates)",
        r"(actions?|mesures?) mises? en (place|œuvre|oeuvre)",
        r"(actions?|mesures?) que (nous avons|j'ai) (prises|menées|mises en place|réalisées)",
        r"ce que nous avons fait",
        r"quelles (mesures|actions) (avez-vous|allez-vous) prises? pour résoudre",
        r"quelles (mesures|actions) (avez-vous prises|allez-vous prendre)",
        r"(mesures|actions) (prises )?pour (résoudre|corriger|régler)",
        r"résolution",
    ],
    "preventive_measures": [
        r"(mesures?|actions?) (préventives?|de prévention)",
        r"prévention",
        r"(mesures?|actions?) (à long terme|durables|pour l'avenir)",
        r"(mesures?|actions?) [\w' ]{0,40}pour (éviter|prévenir|empêcher)",
        r"pour (éviter|empêcher) que (cela|le problème|ce problème) ne se reproduise",
        r"(mesures?|actions?) pour que (cela|le problème|ce problème) ne se reproduise",
        r"quelles mesures (prendrez-vous|allez-vous prendre) pour (prévenir|éviter)",
    ],
}
PART_HEADING_CUES = {
    "root_cause": [r"\bcause", r"\bpourquoi\b", r"\bs'est passe", r"\bs'est produit",
                   r"\borigine", r"\banalyse", r"\bexplication", r"\bidentification"],
    "actions_taken": [r"\bactions?\b", r"\bcorrig", r"\bresou", r"\bregl", r"\bfait\b",
                      r"\bmenee?s?\b", r"\bprises?\b", r"\bentrepris", r"\bmise?s? en place\b",
                      r"\bmise?s? en (oeuvre|œuvre)\b"],
    "preventive_measures": [r"\bpreven", r"\beviter", r"\bempecher", r"\bavenir\b", r"\bfutur",
                            r"\bne se reprodui", r"\bdorenavant\b", r"\bdesormais\b",
                            r"\blong terme\b"],
}  # fmt: skip
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

ROOT_CAUSE_DENIALS = [
    r"\b(nous n'avons|je n'ai|n'avons|n'ai) (rien fait de mal|commis aucune (erreur|faute)|fait "
    r"aucune (erreur|faute)|rien à (nous|me) reprocher)\b",
    r"\baucune (erreur|faute) (n'a été commise|de notre part|de ma part)\b",
    r"\bsans (aucune )?(erreur|faute) de (notre|ma) part\b",
    r"\b(réclamations?|plaintes?|signalements?|accusations?|avis|commentaires?)( [\w']+){0,2} "
    r"(est|était|sont|étaient) (totalement |complètement |entièrement )?(infondée?s?|"
    r"injustifiée?s?|fausses?|faux|erronée?s?|sans fondement|mensong\w+)\b",
    r"\b(nos|les|tous nos|toutes nos|ces|notre|le|ce|chaque)( [\w'-]+){0,3} (est|sont|était|"
    r"étaient) (100 ?% |tous |toujours |parfaitement )?(authentiques?|d'origine|originaux|"
    r"originales?|conformes?|sûrs?|neufs?)\b",
    r"\b(vendons|vendu|achetons|acheté|proposons) (uniquement|seulement|exclusivement) des"
    r"( [\w'-]+){0,2} (d'origine|authentiques|originaux|originales)\b",
    r"\b(nous avons|j'ai) toujours (expédié|livré|respecté|vendu)\b",
    # "Nous respectons scrupuleusement les règles d'Amazon"
    r"\b(nous respectons|je respecte|nous suivons|je suis) (toujours |scrupuleusement |strictement "
    r")?(toutes )?(les|nos|vos) (règles|politiques|conditions|consignes)\b",
    r"\b(nous ne comprenons pas|je ne comprends pas|nous ignorons|j'ignore|nous ne savons pas|"
    r"je ne sais pas) (pourquoi|comment|ce qui|quelle|quelles|quel|quels|la raison)\b",
]
REASON_CUES = {
    "order_defect_rate": ["taux de défaut", "défaut", "garantie a à z", "a à z",
                          "rétrofacturation"],
    "late_shipment_rate": ["retard", "délai", "date limite", "expédié"],
    "cancellation_rate": ["annul", "rupture de stock", "faute de stock"],
    "valid_tracking_rate": ["suivi", "numéro de colis", "scan"],
    "negative_feedback": ["commentaire", "évaluation", "étoile", "avis"],
    "undelivered_orders": ["non livré", "perdu", "égaré", "jamais reçu", "jamais arrivé",
                           "non reçu", "disparu"],
    "inauthentic": ["authentique", "contrefaçon", "contrefait", "faux", "distributeur officiel"],
    "condition": ["état", "endommagé", "abîmé", "rayé", "cassé", "usagé", "occasion", "retour",
                  "défectueux"],
    "intellectual_property": ["marque", "droit d'auteur", "brevet", "logo", "photo", "image",
                              "licence"],
    "product_safety": ["sécurité", "dangereux", "conformité", "rapport d'essai", "certificat",
                       "rappel"],
    "related_accounts": ["compte lié", "autre compte", "second compte", "même adresse"],
    "other_policy": ["règle", "politique", "code de conduite"],
}  # fmt: skip

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
        r"\b(dossier|cas|ticket|requête|demande)\s*(n[°º]|no\.?|num\.?|numéro|#|id)\s*:?\s*\w*"
        r"\d{3,}",
        r"\b(dossier|cas|ticket|requête)\s*:?\s*\d{5,}",
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
        r"\b\d+ (dossiers|tickets|requêtes|demandes)( ouverts?| en double)?( auprès du support"
        r"( vendeur)?)?\b",
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

BLAME = {
    "patterns": [
        r"\bpas (de )?(notre|ma) faute\b",
        r"\b(n'est|n'était) pas de (notre|ma) (faute|responsabilité)\b",
        r"\bfaute (du|de la|des|d'un|d'une|de l') ?(client|acheteur|transporteur|livreur|amazon|"
        r"concurren)",
        r"\berreur (d'amazon|de la part d'amazon|du transporteur|de l'acheteur|du client)\b",
        r"\b(clients?|acheteurs?|acheteuses?) (a |ont )?(menti|mentent|ment|abusent|abuse|a abusé|"
        r"ont abusé)\b",
        r"\b(plaintes?|réclamations?|signalements?|avis) (abusi(f|ve)s?|mensong\w+|malveillante?s?|"
        r"frauduleu\w+)\b",
        r"\b(fausses?|faux) (plaintes?|réclamations?|signalements?|avis)\b",
        r"\bconcurrents?\b[\w' ]{0,40}\b(cherchent|cherche|essaient|essaie|veulent|veut|tentent|"
        r"tente) (à|de) nous (nuire|saboter|éliminer|attaquer)\b",
        r"\b(sabotée?s?|attaquée?s?|ciblée?s?) par (un|des|nos) concurrents?\b",
        r"\b(désactivée?s?|suspendue?s?|bloquée?s?|signalée?s?) (à tort|par erreur|injustement)\b",
        r"\bindépendante?s? de notre volonté\b",
        r"\b(transporteur|livreur) (est|était) (seul |entièrement )?(responsable|fautif|en tort)\b",
        r"\bblâm\w*\b",
    ],
    "exceptions": [],
}
QUESTIONS_TO_AMAZON = {
    "patterns": [
        r"\bpourquoi (notre|mon|nos|mes)\b[^?]*\?",
        r"\bpourquoi (avons-nous|ai-je|sommes-nous|suis-je|avez-vous|amazon)\b",
        r"\b\w+-(vous|t-il|t-elle|t-on|nous)\b[^?]*\?",
        r"\best-ce (que|qu')[^?]*\?",
        r"\by a-t-il\b[^?]*\?",
        r"\b(merci de|veuillez|pourriez-vous|pouvez-vous) (nous )?(indiquer|préciser|expliquer|"
        r"dire|confirmer|communiquer)\b",
        r"\b(nous aimerions|nous voudrions|nous souhaitons|nous souhaiterions|j'aimerais|je "
        r"voudrais) (savoir|comprendre|connaître)\b",
        r"\b(quels?|quelles?|combien|comment|quand)\b[^?]*\b(vous|amazon)\b[^?]*\?",
    ],
    "exceptions": [
        r"\bquelles? (mesures|actions) (avez-vous|allez-vous|prendrez-vous)( prises?| prendre)?\b",
        r"\bquelle (est|était) la cause\b",
        # "Quels moyens comptez-vous mettre en place pour éviter tout problème à l'avenir ?"
        r"\bquels moyens (comptez-vous|allez-vous) (mettre en place|prendre|utiliser)\b",
        r"\bpourquoi (le problème|cela) s'est(-il)? produit\b",
        r"\bsi vous (avez besoin|souhaitez)\b",
    ],
}
COMPANY_BIOGRAPHY = {
    "patterns": [
        r"\bnous sommes une? ([\w'-]+ ){0,4}(entreprise|société|pme|tpe|start-up|maison)\b",
        r"\b(entreprise|société|affaire) familiale\b",
        r"\b(\d+|[a-z-]+) ans d'(expérience|existence|activité)\b",
        r"\bannées d'(expérience|existence)\b",
        r"\bfondée? en (19|20)\d\d\b",
        r"\b(entreprise|société|boutique|affaire)[\w' ]{0,20}\bcréée? en (19|20)\d\d\b",
        r"\b(vendons|vendeurs?|présents?|actifs?) sur amazon depuis\b",
        r"\b(historique|dossier|parcours) (irréprochable|impeccable|parfait|exemplaire|"
        r"sans faute)\b",
    ],
    "exceptions": [],
}
