"""French cores of the held-out dispute eval set."""

CORES = {
    "rate_dispute": [
        (
            "Question sur {inv}",
            "Sur {inv}, les consultants sont facturés 180 € de l'heure. Notre contrat-cadre plafonne les seniors à 150 €. Nous n'acceptons pas ce tarif.",
        ),
        (
            "Honoraires",
            "Votre proposition mentionnait un prix de 950 € par jour ; la facture indique 1 100 € par jour. Merci d'émettre un avoir pour la différence de {amt}.",
        ),
        (
            "Escompte",
            "On nous avait promis un escompte de 2 % et une réduction de fidélité. Ni l'un ni l'autre ne figure sur {inv}.",
        ),
        (
            "Prix unitaires",
            "Les prix unitaires dépassent la grille tarifaire jointe à notre commande. Les quantités sont justes, les prix non.",
        ),
        (
            "Augmentation",
            "Le taux du chef de projet a augmenté sans préavis. Nous ne paierons que l'ancien taux.",
        ),
        (
            "Jours de déplacement",
            "Selon le contrat, les jours de voyage sont facturés à demi-tarif ; {inv} les facture au tarif plein.",
        ),
    ],
    "hours_dispute": [
        (
            "Heures sur {inv}",
            "D'après nos registres, l'équipe a passé 32 heures sur site en mars, mais {inv} en facture 49. Merci d'expliquer ces heures supplémentaires.",
        ),
        (
            "Jours de formation",
            "Six jours de formation sont facturés alors que seulement quatre ont eu lieu ; nous avions annulé les deux autres.",
        ),
        (
            "Temps consacré",
            "Le taux est correct, mais 24 heures pour une note de deux pages, c'est bien plus que ce que notre responsable a validé.",
        ),
        (
            "Rapprochement",
            "En comparant la facture aux feuilles de temps signées, il manque environ 11 heures. Nous contestons les heures facturées ({amt}).",
        ),
        (
            "Licences",
            "La facture compte 45 licences, or nous n'avons que 30 utilisateurs actifs. La quantité est fausse.",
        ),
        (
            "Appels",
            "Chaque court point téléphonique a été compté comme une heure entière. Le temps enregistré est surévalué.",
        ),
    ],
    "scope_dispute": [
        (
            "Facture de mise en production",
            "{inv} facture le jalon de mise en production, mais le système n'est toujours pas en production. Nous paierons une fois le jalon atteint.",
        ),
        (
            "Pas commandé",
            "Les travaux de conception du tableau de bord n'ont jamais été demandés ; ils sont hors du périmètre convenu.",
        ),
        (
            "Recette en cours",
            "Nos tests de recette ont relevé 12 anomalies ouvertes. Tant que le livrable n'est pas réceptionné, nous suspendons le paiement de {inv}.",
        ),
        (
            "Sessions annulées",
            "La facture inclut des sessions de formation que votre formateur a annulées, sans nouvelle date.",
        ),
        (
            "Rapport définitif",
            "Nous n'avons qu'une version provisoire du rapport. La lettre de mission prévoit le paiement à la remise de la version définitive.",
        ),
        (
            "Travaux supplémentaires",
            "Votre équipe a développé des interfaces absentes du cahier des charges, sans avenant signé. Nous refusons de payer cette partie ({amt}).",
        ),
    ],
    "billing_error": [
        (
            "Doublon {inv}",
            "{inv} semble être un doublon : même montant, même période et même libellé que la facture précédente. Merci d'en annuler une.",
        ),
        (
            "Numéro de commande absent",
            "La facture ne porte aucun numéro de commande et notre système rejette automatiquement ces factures. Merci de la réémettre avec la commande 4503-7781.",
        ),
        (
            "Mauvais destinataire",
            "La facture est libellée au nom de notre holding, alors que la société d'exploitation a passé la commande.",
        ),
        (
            "TVA appliquée",
            "Vous avez appliqué 20 % de TVA, or l'autoliquidation s'applique pour nous, entreprise de l'UE.",
        ),
        (
            "Ancienne adresse",
            "La facture mentionne encore notre ancienne adresse. Notre siège a changé en janvier et les commissaires aux comptes exigent la bonne adresse.",
        ),
        (
            "Numéro en double",
            "Deux factures différentes portent le numéro {inv}. Notre comptabilité ne peut pas enregistrer les deux.",
        ),
    ],
    "documentation_request": [
        (
            "Justificatifs pour {inv}",
            "Avant validation, notre contrôleur de gestion a besoin des feuilles de temps détaillées de {inv}, heures par consultant et par jour.",
        ),
        (
            "Renvoi de facture",
            "Nous ne retrouvons pas la facture originale. Pourriez-vous renvoyer {inv} en PDF au service comptable ?",
        ),
        (
            "Quelle commande ?",
            "Nous n'arrivons pas à rattacher cette facture à une commande ouverte. Quel est le numéro de commande ?",
        ),
        (
            "Confirmation de livraison",
            "Notre entrepôt n'a enregistré aucune réception. Merci d'envoyer le bon de livraison signé.",
        ),
        (
            "Notes de frais",
            "La facture comprend des frais de déplacement ; notre politique exige les copies des reçus d'hôtel et de vol.",
        ),
        (
            "Audit",
            "Nos auditeurs demandent la lettre de mission signée et le rapport d'activité justifiant le montant facturé.",
        ),
    ],
    "payment_promise": [
        (
            "RE: relance {inv}",
            "Toutes nos excuses, la facture était bloquée dans notre circuit de validation. Elle est validée et le paiement vous parviendra au plus tard le 20 mars 2026.",
        ),
        (
            "Paiement échelonné",
            "Notre trésorerie est tendue ce trimestre. Accepteriez-vous {amt} maintenant et le solde en deux fois, fin avril et fin mai ?",
        ),
        (
            "Virement programmé",
            "Le virement est programmé pour mardi prochain ; il devrait arriver sous deux jours ouvrés.",
        ),
        (
            "{inv}",
            "Aucune contestation de notre part. Notre directeur financier l'a signée hier, elle partira avec le lot de paiements du 28.",
        ),
        (
            "Règlement",
            "Nous réglerons toutes les factures ouvertes, y compris {inv}, avant la clôture de notre exercice le 30 juin.",
        ),
        (
            "RE: retard",
            "Désolés du retard, notre nouvel ERP a créé un arriéré. Le paiement sera effectué vendredi au plus tard.",
        ),
    ],
    "already_paid": [
        (
            "RE: relance {inv}",
            "Cette relance nous étonne : {inv} a été payée le 2 février par virement, avec le numéro de facture en référence.",
        ),
        (
            "Avis de paiement",
            "Vous trouverez ci-joint notre avis de paiement couvrant {inv} et deux factures plus anciennes, soit {amt}.",
        ),
        (
            "Paiement effectué",
            "Le montant a été débité de notre compte lundi. Peut-être a-t-il été imputé sur une autre facture chez vous ?",
        ),
        (
            "Payée",
            "Notre service fournisseurs confirme que {inv} a été intégralement réglée le mois dernier.",
        ),
        (
            "Deuxième relance",
            "C'est la deuxième relance pour une facture que nous avons payée il y a plusieurs semaines. Merci d'arrêter les relances.",
        ),
        (
            "Preuve de virement",
            "Ci-joint la confirmation SWIFT du paiement de {amt}. La facture devrait être soldée.",
        ),
    ],
    "not_dispute": [
        (
            "Lancement",
            "Le 14 vous conviendrait-il pour le lancement de la phase suivante ? Notre comité de pilotage est disponible le matin.",
        ),
        (
            "Bravo",
            "La présentation au conseil d'administration s'est très bien passée, votre analyse a fait la différence.",
        ),
        (
            "Réponse automatique",
            "Merci pour votre message. Je suis en congé parental jusqu'en septembre ; pour toute urgence, contactez notre secrétariat.",
        ),
        (
            "Demande de devis",
            "Nous prévoyons une étude de prix l'an prochain. Pourriez-vous nous envoyer un devis et des dates possibles ?",
        ),
        (
            "Factures futures",
            "À partir du mois prochain, merci d'envoyer toutes les factures à notre nouvelle adresse e-mail commune. Les factures actuelles sont correctes.",
        ),
        (
            "Atelier",
            "Quels consultants viendront à l'atelier de mercredi ? Nous devons préparer les badges d'accès.",
        ),
    ],
}
