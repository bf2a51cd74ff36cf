"""Guide et trame de départ par motif, en français. Chaque ligne de trame est
« - Libellé : [à compléter] » ; une trame laissée telle quelle compte comme vide."""

GUIDANCE = {
    "order_defect_rate": {
        "guidance": (
            "Le taux de défauts de commande compte les commandes ayant reçu un commentaire "
            "négatif, une réclamation au titre de la garantie A à Z ou une rétrofacturation ; "
            "l'objectif d'Amazon est de moins de 1 %. Indiquez lequel des trois a fait monter "
            "votre taux, chiffres à l'appui, et traitez chacun comme une cause à part."
        ),
        "root_cause": (
            "- Taux et période : [taux en %, et les dates couvertes]\n"
            "- Défauts comptés : [nombre de commentaires négatifs, de réclamations A à Z et de "
            "rétrofacturations]\n"
            "- Ce qui n'a pas fonctionné : [la cause trouvée, p. ex. des enlèvements manqués]\n"
            "- Pourquoi nous ne l'avons pas vu : [le contrôle qui manquait]"
        ),
        "actions_taken": (
            "- Acheteurs concernés : [remboursements ou remplacements, avec les dates]\n"
            "- Processus corrigé : [ce qui a changé, avec la date]\n"
            "- Commandes en cours vérifiées : [combien, et le résultat]"
        ),
        "preventive_measures": (
            "- Contrôle régulier : [ce qui est vérifié, par qui, à quelle fréquence]\n"
            "- Seuil d'alerte : [p. ex. un taux au-dessus de 0,5 % dans Santé du compte]\n"
            "- Fournisseurs, transporteurs ou équipe : [ce qui change, à partir de quand]"
        ),
    },
    "late_shipment_rate": {
        "guidance": (
            "Le taux d'expéditions en retard compte les commandes confirmées comme expédiées "
            "après la date prévue ; l'objectif est de moins de 4 %. Expliquez ce qui a retardé "
            "l'expédition (stock, équipe, enlèvements, délai de préparation) avec les chiffres."
        ),
        "root_cause": (
            "- Taux et période : [taux en %, et les dates]\n"
            "- Commandes expédiées en retard : [nombre, et de combien de jours]\n"
            "- Cause : [p. ex. un délai de préparation plus court que le délai réel]\n"
            "- Pourquoi cela n'a pas été vu : [le contrôle qui manquait]"
        ),
        "actions_taken": (
            "- Délai de préparation : [le réglage avant et après]\n"
            "- Commandes en attente : [combien ont été expédiées, et quand]\n"
            "- Stock ou équipe : [ce qui a changé, avec les dates]"
        ),
        "preventive_measures": (
            "- Contrôle des expéditions : [qui confirme les envois, à quelle heure chaque jour]\n"
            "- Périodes chargées : [comment elles sont préparées]\n"
            "- Suivi : [quel rapport est lu, à quelle fréquence, et le seuil d'alerte]"
        ),
    },
    "cancellation_rate": {
        "guidance": (
            "Le taux d'annulation avant expédition compte les commandes que vous avez annulées, "
            "le plus souvent faute de stock ; l'objectif est de moins de 2,5 %. Montrez "
            "pourquoi le stock affiché sur Amazon était faux et comment il est tenu juste."
        ),
        "root_cause": (
            "- Taux et période : [taux en %, et les dates]\n"
            "- Commandes annulées : [nombre, et le motif de chaque groupe]\n"
            "- Cause : [p. ex. un stock non synchronisé entre deux canaux de vente]"
        ),
        "actions_taken": (
            "- Stock corrigé : [références, et la date]\n"
            "- Offres suspendues : [lesquelles, jusqu'à quand]\n"
            "- Acheteurs : [ce qui leur a été dit ou proposé]"
        ),
        "preventive_measures": (
            "- Synchronisation du stock : [outil ou méthode, et fréquence]\n"
            "- Stock de sécurité : [unités réservées par référence]\n"
            "- Suivi : [qui vérifie les annulations, à quelle fréquence]"
        ),
    },
    "valid_tracking_rate": {
        "guidance": (
            "Le taux de suivi valide est la part des envois avec un numéro de suivi reconnu "
            "par le transporteur ; l'objectif est de plus de 95 %. Montrez où le suivi a "
            "manqué : le transporteur, le service, ou la saisie des numéros."
        ),
        "root_cause": (
            "- Taux et période : [taux en %, et les dates]\n"
            "- Envois sans suivi valide : [nombre, transporteur et service]\n"
            "- Cause : [p. ex. des numéros saisis à la main]"
        ),
        "actions_taken": (
            "- Suivi corrigé : [combien d'envois, et la date]\n"
            "- Transporteur ou service : [ce qui a changé]\n"
            "- Saisie : [p. ex. import automatique depuis le système du transporteur]"
        ),
        "preventive_measures": (
            "- Contrôle avant confirmation d'expédition : [qui vérifie, et comment]\n"
            "- Services sans suivi : [ceux qui ne sont plus utilisés]\n"
            "- Suivi : [quel rapport est lu, à quelle fréquence]"
        ),
    },
    "negative_feedback": {
        "guidance": (
            "Les commentaires négatifs comptent dans le taux de défauts de commande. Lisez "
            "chaque commentaire, regroupez-les par sujet et donnez la cause de chaque groupe. "
            "Décrivez ce que vous avez changé plutôt que de contester ce qu'ont écrit les "
            "acheteurs."
        ),
        "root_cause": (
            "- Commentaires reçus : [nombre, période et notes]\n"
            "- Ce que signalent les acheteurs : [thèmes principaux, avec le nombre pour chacun]\n"
            "- Cause dans notre processus : [p. ex. des photos qui ne montraient pas la taille]"
        ),
        "actions_taken": (
            "- Acheteurs contactés : [combien, et ce qui a été proposé]\n"
            "- Fiches corrigées : [ASIN, et ce qui a changé]\n"
            "- Produits : [unités retirées ou contrôlées]"
        ),
        "preventive_measures": (
            "- Lecture des commentaires : [qui les lit, à quelle fréquence, et la suite donnée]\n"
            "- Contrôle des fiches : [comment elles sont comparées au produit]\n"
            "- Contrôle qualité : [ce qui est vérifié avant l'envoi]"
        ),
    },
    "undelivered_orders": {
        "guidance": (
            "Les commandes qui n'arrivent jamais entraînent réclamations et commentaires "
            "négatifs. Trouvez où les colis se sont perdus (transporteur, service, adresses, "
            "emballage) et appuyez-vous sur le suivi ou l'enquête du transporteur."
        ),
        "root_cause": (
            "- Commandes concernées : [nombre, période, transporteur et service]\n"
            "- Où elles se sont perdues : [ce que montre le suivi ou l'enquête du transporteur]\n"
            "- Cause dans notre processus : [p. ex. aucun suivi des colis sans scan de livraison]"
        ),
        "actions_taken": (
            "- Acheteurs : [remboursements ou renvois, avec les dates]\n"
            "- Transporteur : [réclamations ouvertes, transporteur ou service changé]\n"
            "- Commandes en cours : [combien ont été vérifiées]"
        ),
        "preventive_measures": (
            "- Suivi des colis : [rapport des colis sans scan, qui le lit, à quelle fréquence]\n"
            "- Transporteur : [le service utilisé désormais, et pourquoi]\n"
            "- Adresses et emballage : [contrôles ajoutés]"
        ),
    },
    "inauthentic": {
        "guidance": (
            "Amazon veut la preuve que les articles sont authentiques : des factures du "
            "fabricant ou d'un distributeur agréé, couvrant les quantités vendues sur la "
            "période demandée par la notification (souvent les 365 derniers jours), à vos nom "
            "et adresse exacts. Expliquez d'où vient votre stock."
        ),
        "root_cause": (
            "- ASIN concernés : [liste]\n"
            "- Origine du stock : [nom et site du fournisseur ; fabricant ou distributeur]\n"
            "- Cause des réclamations : [p. ex. des unités d'un grossiste incapable de "
            "justifier sa propre source]"
        ),
        "actions_taken": (
            "- Stock de cette source : [retiré, renvoyé ou détruit ; quantités, dates]\n"
            "- Factures fournies : [fournisseur, dates, quantités couvertes]\n"
            "- Acheteurs : [remboursements, avec les dates]"
        ),
        "preventive_measures": (
            "- Contrôle des fournisseurs : [ce qui est vérifié avant l'achat, p. ex. une lettre "
            "d'autorisation]\n"
            "- Archives : [où est gardée la facture de chaque achat]\n"
            "- Nouvelles marques : [ce qui est vérifié avant de les mettre en vente]"
        ),
    },
    "condition": {
        "guidance": (
            "Ces réclamations disent que l'article reçu était d'occasion, endommagé ou "
            "différent de sa description. Trouvez l'étape qui l'a laissé passer : retours remis "
            "en stock comme neufs, emballage, stockage ou la fiche elle-même."
        ),
        "root_cause": (
            "- Réclamations : [nombre, période, et ce que signalent les acheteurs]\n"
            "- Unités concernées : [leur origine, p. ex. des retours remis en stock]\n"
            "- Cause dans notre processus : [l'étape qui a failli]"
        ),
        "actions_taken": (
            "- Stock contrôlé : [unités vérifiées, unités retirées]\n"
            "- Fiches : [état ou description corrigés, ASIN]\n"
            "- Acheteurs : [remboursements ou remplacements]"
        ),
        "preventive_measures": (
            "- Retours : [comment ils sont triés avant remise en stock, et par qui]\n"
            "- Emballage : [changements apportés]\n"
            "- Descriptions : [comment elles sont comparées au produit]"
        ),
    },
    "intellectual_property": {
        "guidance": (
            "Une réclamation pour propriété intellectuelle vient d'un titulaire de droits. Si "
            "vous n'aviez pas le droit d'utiliser la marque, le modèle ou le contenu, retirez "
            "les offres et dites-le. Si la réclamation est infondée, la réponse est le retrait "
            "de la plainte par le titulaire ou la preuve de votre droit de vendre (licence, "
            "factures de produits authentiques)."
        ),
        "root_cause": (
            "- Réclamation : [titulaire, marque, droit d'auteur ou brevet, et les ASIN]\n"
            "- En quoi l'offre portait atteinte : [p. ex. une marque dans le titre]\n"
            "- Pourquoi cela n'a pas été vu : [le contrôle qui manquait]"
        ),
        "actions_taken": (
            "- Offres : [retirées ou corrigées, avec les dates]\n"
            "- Stock : [ce qui a été fait des unités restantes]\n"
            "- Titulaire des droits : [contact pris, retrait de plainte ou licence obtenus]"
        ),
        "preventive_measures": (
            "- Contrôle avant mise en vente : [comment les droits sont vérifiés]\n"
            "- Images et textes : [uniquement les vôtres ou sous licence]\n"
            "- Formation : [qui a été formé, et quand]"
        ),
    },
    "product_safety": {
        "guidance": (
            "Ces notifications demandent la preuve que le produit respecte les règles du "
            "marché : rapports d'essai, certificats, étiquetage et avertissements. Dites quelle "
            "exigence manquait et quels documents prouvent désormais la conformité."
        ),
        "root_cause": (
            "- ASIN et exigence : [p. ex. marquage CE, rapport d'essai, étiquette]\n"
            "- Ce qui manquait : [document ou étiquette]\n"
            "- Pourquoi : [p. ex. documents du fournisseur non vérifiés avant la mise en vente]"
        ),
        "actions_taken": (
            "- Documents obtenus : [rapports ou certificats, laboratoire, dates]\n"
            "- Stock : [unités isolées, réétiquetées ou détruites]\n"
            "- Acheteurs : [information ou rappel effectués]"
        ),
        "preventive_measures": (
            "- Contrôle de conformité avant mise en vente : [documents exigés du fournisseur]\n"
            "- Validité : [comment les certificats sont tenus à jour]\n"
            "- Validation : [la personne qui approuve un nouveau produit]"
        ),
    },
    "related_accounts": {
        "guidance": (
            "Amazon relie des comptes par des éléments communs : compte bancaire, adresse, "
            "appareil ou personne. Identifiez le lien, décrivez la relation factuellement et "
            "montrez que l'autre compte est fermé, en règle, ou sans rapport avec le vôtre."
        ),
        "root_cause": (
            "- Compte relié : [nom ou e-mail, si Amazon l'a indiqué]\n"
            "- Ce qui les relie : [adresse, compte bancaire, appareil ou personne]\n"
            "- Relation : [p. ex. un ancien salarié qui gère une autre entreprise]"
        ),
        "actions_taken": (
            "- Éléments communs supprimés : [ce qui a changé, avec les dates]\n"
            "- Autre compte : [son statut, et la preuve]\n"
            "- Documents : [p. ex. bail, relevé bancaire]"
        ),
        "preventive_measures": (
            "- Séparation : [appareils, réseaux et comptes réservés à cette entreprise]\n"
            "- Accès : [qui peut se connecter à Seller Central]\n"
            "- Revue : [à quelle fréquence les accès sont revus]"
        ),
    },
    "other_policy": {
        "guidance": (
            "Nommez la règle citée par la notification et répondez-y directement : ce qui "
            "s'est passé, ce que vous avez changé, et comment vous la respecterez."
        ),
        "root_cause": (
            "- Règle citée : [nom]\n"
            "- Ce qui l'a enfreinte : [faits, dates, ASIN]\n"
            "- Pourquoi : [la cause dans notre processus]"
        ),
        "actions_taken": (
            "- Corrections : [offres, prix, contenus ou pratiques modifiés, avec les dates]\n"
            "- Acheteurs concernés : [ce qui a été fait pour eux]"
        ),
        "preventive_measures": (
            "- Relecture de la règle : [qui la lit, et quand elle sera relue]\n"
            "- Contrôles : [contrôles ajoutés, et leur fréquence]"
        ),
    },
}
