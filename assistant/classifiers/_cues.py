"""Language-aware intent cues for the dispute classifier (English, German, French, Spanish, Dutch).

Each cue is a small family of expressions that finance teams recognise in customer replies: a promise to pay
("we will pay on", "wir überweisen bis", "nous réglerons", "pagaremos", "wij maken … over"), a claim of payment
("already paid", "Zahlungsavis", "avis de virement", "justificante de pago", "betaalbewijs"), quantities of time,
prices and discounts, contest words, delivery and acceptance, invoice-data errors, requests for documents, and
social / administrative mail. They were written from how such emails are phrased, independently of any labelled
set, and enter the classifier as extra features (``cue:<name>`` tokens) next to the character and word n-grams:
the logistic regression learns how much each cue counts for each label, so a cue never decides alone.
"""

from __future__ import annotations

import re

_CUES: dict[str, list[str]] = {
    "promise": [
        # en
        r"\b(?:will|'ll|goes|go|going) (?:(?:now|then|soon|shortly|also|definitely|certainly|out|still) )?(?:be )?"
        r"(?:pay|paid|settle|settled|transfer|transferred|release|released|remit|remitted|process|"
        r"processed|clear|cleared|wire|wired|credited|included)\b",
        r"\b(?:we'll|i'll|we will|we shall|we are going to|we're going to|we intend to|we plan to|we expect to|we can)"
        r" (?:pay|settle|transfer|clear|remit|wire|make the payment|arrange (?:the )?payment)\b",
        r"\bscheduled for payment\b|\bpayment (?:run|batch|date)\b|\binstal(?:l)?ments?\b|\bpayment plan\b|"
        r"\bexpect (?:the )?(?:funds|money|payment)\b|\b(?:by|before|no later than) (?:the end of|next|monday|tuesday|"
        r"wednesday|thursday|friday)\b|\bat the latest\b",
        # de
        r"\b(?:werden|wird|werde)\b[^.!?]{0,60}\b(?:zahlen|bezahlen|überweisen|begleichen|anweisen|ausgleichen|"
        r"überwiesen|bezahlt|beglichen|angewiesen|ausgeglichen|freigegeben)\b",
        r"\bwir (?:zahlen|überweisen|begleichen)\b|\bzahlungslauf\b|\braten(?:zahlung)?\b|\bmonatsraten\b|"
        r"\bbis (?:zum|spätestens|ende)\b|\bspätestens\b|\bterminiert\b|\beingeplant\b",
        # fr
        r"\b(?:réglerons|paierons|payerons|virerons|verserons|procéderons|effectuerons|solderons|rembourserons)\b",
        r"\bsera (?:réglée?|payée?|virée?|versée?|effectuée?|soldée?)\b|\bnous allons (?:régler|payer|virer|verser|"
        r"procéder|solder)\b|\béchéancier\b|\bmensualités\b|\ben (?:deux|trois) fois\b|\bd'ici (?:le|la|fin)\b|"
        r"\bau plus tard\b|\bprogrammée?\b|\bplanifiée?\b",
        # es
        r"\b(?:pagaremos|abonaremos|transferiremos|liquidaremos|saldaremos|realizaremos|haremos el pago)\b",
        r"\bse (?:pagará|abonará|realizará|hará|transferirá|liquidará)\b|\bvamos a (?:pagar|abonar|transferir|"
        r"liquidar)\b|\bplan de pagos\b|\bcalendario de pagos\b|\bplazos\b|\bpróxima remesa\b|\bantes del\b|"
        r"\bcomo muy tarde\b|\bprevisto para\b|\bprogramad[ao]\b",
        # nl
        r"\b(?:zullen|gaan|zal)\b[^.!?]{0,60}\b(?:betalen|overmaken|voldoen|overboeken)\b",
        r"\bwordt\b[^.!?]{0,40}\b(?:betaald|overgemaakt|voldaan|vrijgegeven)\b|\bwij (?:betalen|voldoen)\b|"
        r"\bmaken\b[^.!?]{0,40}\bover\b|\bbetalingsregeling\b|\btermijnen\b|\bbetaalrun\b|\buiterlijk\b|"
        r"\bingepland\b|\bstaat gepland\b",
        # short and regional forms: "maak het vrijdag over", "gaat de deur uit", "wordt meegenomen in de betaalrun",
        # "la pagamos el lunes", "quedará pagada", "lo liberamos", "geht mit dem Zahllauf raus", "Zahlung erfolgt"
        r"\b(?:maak|maken|doe|doen)\b[^.!?]{0,30}\bover\b|\bde deur uit\b|\bmeegenomen\b|"
        r"\b(?:la|lo|las|los) (?:pagamos|abonamos|transferimos|liberamos|depositamos)\b|\bquedará (?:pagad|abonad|"
        r"liquidad)[ao]\b|\b(?:geht|gehen)\b[^.!?]{0,40}\b(?:raus|hinaus)\b|\bzahlung erfolgt\b|"
        r"\bwill (?:be )?(?:go|going) out\b|\b(?:goes|go) out (?:in|with|on|by)\b",
        r"\bzahlung (?:kommt|folgt)\b|\ble paiement (?:suivra|partira)\b|\bpartira avec\b|\bel pago (?:sale|saldrá)\b|"
        r"\bbetaling (?:volgt|komt)\b|\bwill cut the check\b",
    ],
    "paid": [
        r"\b(?:have|has|had|was|were) (?:already |now |just )?(?:been )?(?:paid|settled|transferred|remitted|cleared|"
        r"debited|executed)\b|\balready (?:paid|settled|transferred|made the payment)\b|\bremittance\b|"
        r"\bproof of payment\b|\bwe paid\b|\bpayment (?:was|went) (?:made|out|sent|executed)\b|\bbank confirmation\b|"
        r"\bcrossed with our payment\b|\bpaid (?:on|in full|twice|it)\b|\bwe (?:cleared|wired|transferred|settled) "
        r"the (?:whole|full|entire)\b",
        r"\b(?:bereits|schon)\b[^.!?]{0,40}\b(?:bezahlt|überwiesen|beglichen|gezahlt|ausgeglichen|erledigt)\b|"
        r"\bhaben\b[^.!?]{0,50}\b(?:bezahlt|überwiesen|beglichen|gezahlt|ausgeglichen)\b|\bzahlungsavis\b|"
        r"\bzahlungs(?:nachweis|beleg|bestätigung)\b|\büberweisungsbeleg\b|\babgebucht\b|\bwurde\b[^.!?]{0,40}"
        r"\b(?:bezahlt|überwiesen|beglichen|ausgeführt)\b|\bvon unserem konto abgegangen\b",
        r"\b(?:déjà|bien)\b[^.!?]{0,30}\b(?:réglée?s?|payée?s?|virée?s?|soldée?s?|effectuée?s?)\b|"
        r"\bavons (?:déjà )?(?:réglé|payé|viré|effectué|soldé)\b|\bavis de (?:virement|paiement)\b|"
        r"\bpreuve de paiement\b|\ba été (?:réglée?|payée?|virée?|débitée?|créditée?|effectuée?|envoyée?)\b|"
        r"\best parti\b",
        r"\bya\b[^.!?]{0,30}\b(?:pagad[ao]s?|abonad[ao]s?|transferid[ao]s?|pagamos|abonamos|hicimos)\b|"
        r"\b(?:hemos|habíamos) (?:pagado|abonado|transferido|liquidado|realizado el pago)\b|\bjustificante\b|"
        r"\bcomprobante\b|\baviso de pago\b|\bse (?:pagó|abonó|ejecutó|cargó|realizó)\b|\bsalió el\b",
        r"\b(?:al|reeds)\b[^.!?]{0,40}\b(?:betaald|overgemaakt|voldaan)\b|\bhebben\b[^.!?]{0,50}\b(?:betaald|"
        r"overgemaakt|voldaan)\b|\bbeta(?:al|lings)(?:bewijs|specificatie|bevestiging)\b|\bafgeschreven\b|"
        r"\bis (?:betaald|voldaan|overgemaakt|uitgevoerd)\b|\bbijgeschreven\b",
    ],
    "hours": [
        r"\b(?:hours?|hrs|days?|man-days|person-days|quantity|quantities|units|time (?:billed|charged|booked)|"
        r"overtime|timesheets? (?:show|say))\b",
        r"\b(?:stunden|std|tage|personentage|beratertage|menge|anzahl|zeitaufwand|aufwand|überstunden)\b",
        r"\b(?:heures|jours|journées|jours-homme|quantité|temps (?:facturé|passé)|heures supplémentaires)\b",
        r"\b(?:horas|días|jornadas|cantidad|tiempo facturado|horas extra)\b",
        r"\b(?:uren|uur|dagen|mandagen|aantal|hoeveelheid|overuren|tijd)\b",
        # a short task billed as a whole unit: "charged as a full hour", "como una hora completa"
        r"\bas (?:a )?full (?:hours?|days?)\b|\bals (?:volle|ganze[rn]?) (?:stunden?|tage?)\b|"
        r"\bcomo (?:una )?(?:hora|jornada)s? complet[ao]s?\b|\bals (?:een )?(?:heel|volledig) (?:uur|dag)\b|"
        r"\bcomme (?:une )?(?:heure|journée)s? (?:complètes?|entières?)\b",
    ],
    "rate": [
        r"\b(?:rate|rates|price|prices|pricing|tariff|fee|fees|discount|price list|rate card|per hour|per day|"
        r"surcharge|lump sum|fixed fee|indexation|list prices?)\b",
        r"\b(?:stundensatz|tagessatz|satz|sätze|preis|preise|preisliste|rabatt|nachlass|tarif|honorar|zuschlag|"
        r"festpreis|pauschal\w*|indexierung|listenpreise?)\b",
        r"\b(?:tarif|tarifs|taux|prix|remise|rabais|grille tarifaire|honoraires|majoration|forfait|indexation)\b",
        r"\b(?:tarifa|tarifas|precio|precios|descuento|rebaja|honorarios|recargo|lista de precios|precio cerrado)\b",
        r"\b(?:tarief|tarieven|uurtarief|dagtarief|uurloon|dagprijs|prijs|prijzen|prijslijst|korting|toeslag|vaste prijs|"
        r"indexering|lijstprijzen)\b",
    ],
    "contest": [
        r"\b(?:dispute|disputing|contest|contesting|question|do not agree|don't agree|disagree|not acceptable|"
        r"cannot accept|can't accept|will not accept|won't accept|not accept|incorrect|wrong|too (?:high|many|much)|"
        r"excessive|exceeds?|more than|not plausible|do not recognise|do not recognize|never (?:agreed|accepted|"
        r"approved))\b",
        r"\b(?:bestreiten|beanstanden|widersprechen|nicht einverstanden|nicht akzeptabel|nicht nachvollziehen|"
        r"falsch|zu hoch|zu viel|zu viele|übersteig\w*|nie (?:vereinbart|zugestimmt|freigegeben))\b",
        r"\b(?:contestons|contester|pas d'accord|pas acceptable|n'acceptons pas|erroné\w*|faux|trop élevé|"
        r"excessif|dépasse\w*|jamais (?:convenu|accepté|validé)|ne reconnaissons pas)\b",
        r"\b(?:impugnamos|no estamos de acuerdo|no aceptamos|no es aceptable|incorrect[ao]|errón\w*|"
        r"demasiad[ao]s?|excesiv[ao]|supera\w*|nunca (?:acordamos|aceptamos|se acordó)|no reconocemos)\b",
        r"\b(?:betwisten|niet akkoord|niet eens|onjuist|klopt niet|kloppen niet|te hoog|te veel|buitensporig|"
        r"overschrijd\w*|nooit (?:afgesproken|geaccepteerd|goedgekeurd)|herkennen wij niet)\b",
        # padded time: "inflated", "aufgebläht", "inflado", "opgeblazen", "gonflé"
        r"\b(?:inflated|padded|aufgebläht|überzogen|inflad[oa]s?|opgeblazen|gonflée?s?)\b",
    ],
    "scope": [
        r"\b(?:deliver(?:ed|ables?|y)?|milestone|not (?:completed|finished|accepted|delivered)|out of scope|"
        r"outside (?:the )?(?:agreed )?scope|acceptance|sign(?:ed)? off|go-live|never (?:carried out|took place|"
        r"happened|delivered)|incomplete|change request|statement of work|did not take place)\b",
        r"\b(?:geliefert|lieferung\w*|meilenstein|abnahme|abgenommen|nicht (?:fertig|abgeschlossen|erbracht)|"
        r"außerhalb des (?:vereinbarten )?umfangs|leistungsbeschreibung|änderungs\w+|nie stattgefunden|"
        r"unvollständig|nie(?:mals)? (?:bestellt|beauftragt)|nicht beauftragt)\b",
        r"\b(?:livrés?|livrables?|livraison|jalon|recette|réceptionnés?|hors périmètre|périmètre|avenant|"
        r"n'a (?:jamais )?eu lieu|incomplet|inachevée?|cahier des charges)\b",
        r"\b(?:entregad[ao]s?|entregables?|hito|aceptación|fuera del alcance|alcance|orden de cambio|"
        r"nunca se realizó|no se impartieron|incomplet[ao]|sin acabar|pliego)\b",
        r"\b(?:geleverd|opgeleverd|oplevering\w*|mijlpaal|acceptatie|buiten (?:de )?scope|scope|"
        r"wijzigings\w+|nooit plaatsgevonden|onvolledig|niet afgerond|deliverables?)\b",
    ],
    "billing_error": [
        r"\b(?:btw-tarief|taux de tva|tipo de iva|vat rate|already (?:invoiced|billed)|bereits (?:abgerechnet|"
        r"berechnet)|al gefactureerd|déjà facturée?|ya facturad[ao])\b",
        r"\b(?:duplicate|twice|two invoices|purchase order number|po number|po reference|vat|tax rate|reverse charge|"
        r"legal entity|billing address|company name|cost cent(?:re|er)|wrong (?:entity|address|currency|customer)|"
        r"reissue|credit note and a (?:new|corrected) invoice|bank details|sent to us by mistake)\b",
        r"\b(?:doppelt|duplikat|zweimal|bestellnummer|umsatzsteuer|mwst|mehrwertsteuer|ust|steuersatz|"
        r"reverse-charge|rechnungsadresse|anschrift|gesellschaft|kostenstelle|neu aus(?:stellen|zustellen)|"
        r"stornieren|bankverbindung|irrtümlich)\b",
        r"\b(?:doublon|en double|deux fois|bon de commande|tva|autoliquidation|entité|raison sociale|"
        r"adresse de facturation|centre de coût|rééditer|facture rectifiée|coordonnées bancaires|par erreur)\b",
        r"\b(?:duplicad[ao]|dos veces|número de pedido|orden de compra|iva|inversión del sujeto pasivo|sociedad|"
        r"razón social|dirección de facturación|centro de coste|rectificativa|emitan de nuevo|datos bancarios|"
        r"por error|nif)\b",
        r"\b(?:dubbel\w*|duplicaat|twee keer|inkoopordernummer|ordernummer|btw|verlegd|rechtspersoon|"
        r"factuuradres|bedrijfsnaam|kostenplaats|opnieuw uitreiken|creditnota|bankgegevens|per vergissing)\b",
    ],
    "docs": [
        r"\b(?:send|provide|forward|share|resend|need|require)\b[^.!?]{0,60}\b(?:timesheets?|time sheets?|breakdown|"
        r"copy|copies|receipts?|proof|delivery note|purchase order|po|report|records|statement|documents?|"
        r"engagement letter|pdf)\b",
        r"\b(?:schicken|senden|zukommen|weiterleiten|benötigen|brauchen|mitteilen)\b|\b(?:stundenzettel|"
        r"stundennachweis\w*|aufstellung|kopie|belege?|quittungen|nachweis|lieferschein|leistungsnachweis|"
        r"tätigkeitsnachweis|kontoauszug|zeitaufzeichnungen)\b",
        r"\b(?:envoyer|fournir|transmettre|renvoyer|faire parvenir|communiquer|besoin)\b|\b(?:feuilles de temps|"
        r"relevés? d'heures|détail|copie|duplicata|justificatifs|reçus|bon de livraison|rapport d'activité|"
        r"relevé de compte)\b",
        r"\b(?:envíen|enviarnos|envíennos|remítannos|facilitarnos|necesitamos|indíquennos|reenviar|mandarnos)\b|"
        r"\b(?:partes? de horas|desglose|copia|duplicado|justificantes|recibos|albarán|prueba de entrega|"
        r"informe de actividad|extracto)\b",
        r"\b(?:sturen|toesturen|aanleveren|doorsturen|nodig|graag)\b|\b(?:urenstaten|urenstaat|overzicht|kopie|"
        r"bonnen|bonnetjes|pakbon|leveringsbewijs|activiteitenverslag|rekeningoverzicht|tijdregistratie)\b",
        # regional request verbs and documents: "kan je die bezorgen", "prestatiestaten", "nachreichen",
        # "me lo comparte", "reporte de actividades", "hojas de tiempo", "als bijlage"
        r"\b(?:bezorgen|overmaken van|nachreichen|nachliefern|übermitteln|ersuchen um|compart(?:e|ir|an)|"
        r"me lo (?:comparte|envía|manda)|nos (?:lo|la|los) (?:puede|pueden) enviar)\b|\b(?:prestatiestaten?|"
        r"timesheets|als bijlage|in bijlage|reporte de actividades|hojas? de (?:tiempo|horas)|soporte de las horas|"
        r"bankbestätigung|rekeningattest|attest|uittreksel|certificado de titularidad|w-9|w-8\w*)\b",
        # which order / which reference, a certificate or evidence for the auditor: asking for a document
        r"\b(?:which|what)\b[^.!?]{0,25}\b(?:po|purchase order|order number|reference)\b|\bwelche\b[^.!?]{0,25}"
        r"\bbestell\w*|\bquel\b[^.!?]{0,25}\b(?:bon de commande|commande)\b|\bqu[ée]\b[^.!?]{0,25}\b(?:pedido|"
        r"orden de compra)\b|\bwelk\w*\b[^.!?]{0,25}\b(?:inkoop\w*|order\w*|bestelbon)\b",
        r"\b(?:auditors?|audit file|wirtschaftsprüfer|auditeurs?|commissaire aux comptes|auditor(?:es|ía)?|"
        r"accountant)\b[^.!?]{0,60}\b(?:needs?|asks?|requires?|wants?|verlangt|braucht|demande|exige|pide|"
        r"necesita|vraagt|wil)\b|\b(?:certificate|certificat|certificado|bescheinigung|attestation|"
        r"verklaring|constancia|abnahmeprotokoll|acta de aceptación|procès-verbal|proof of delivery)\b",
    ],
    "social": [
        r"\b(?:meeting|call|agenda|workshop yesterday|thank(?:s| you) for (?:the|your) (?:great|excellent|workshop|"
        r"help)|out of (?:the )?office|automatic reply|happy new year|congratulations|invitation|event|kick-off|"
        r"introduce|proposal for|renew|slides|presentation)\b",
        r"\b(?:termin|besprechung|tagesordnung|abwesen\w*|automatische antwort|neues jahr|glückwunsch|einladung|"
        r"vorstellen|angebot für|verlängern|folien|präsentation)\b",
        r"\b(?:réunion|appel|ordre du jour|absente?|réponse automatique|bonne année|félicitations|invitation|"
        r"événement|présente|proposition|renouveler|slides|présentation)\b",
        r"\b(?:reunión|llamada|orden del día|fuera de la oficina|respuesta automática|feliz año|enhorabuena|"
        r"evento|presento|propuesta|renovar|diapositivas|presentación)\b",
        r"\b(?:overleg|telefoontje|agenda|afwezig|automatisch antwoord|nieuwjaar|gefeliciteerd|uitnodiging|"
        r"event|stel ik|voorstel|verlengen|slides|presentatie)\b",
        # a time agreed, a new contact or address: administration, not a dispute
        r"\b(?:works for (?:us|me)|see you (?:then|there|on)|suits us|passt (?:uns|mir)|bis dann|"
        r"convient|à bientôt|nos vemos|me viene bien|nos va bien|tot dan|is goed voor|past ons|schikt)\b|"
        r"\b(?:takes over|will take over|übernimmt|reprend|asumirá|se hará cargo|neemt\b[^.!?]{0,40}\bover)\b|"
        r"\b(?:please update|bitte aktualisieren|actualicen|mettre à jour|graag aanpassen|gelieve aan te passen)\b",
    ],
    # A plain acknowledgement: the invoice was received / approved / passed on, with nothing contested.
    "ack": [
        r"\b(?:received|got it|approved|passed (?:it )?(?:on|to)|forwarded for approval)\b[^.!?]{0,40}\b(?:thanks|"
        r"thank you|approved|for payment|to ap)\b|\bthanks?,? (?:received|got it)\b",
        r"\b(?:erhalten|angekommen)\b[^.!?]{0,40}\b(?:freigegeben|weitergeleitet|gebucht)\b|"
        r"\bzur (?:zahlung|freigabe) (?:freigegeben|weitergeleitet)\b",
        r"\bbien re[çc]ue?\b|\btransmise? pour (?:paiement|validation)\b",
        r"\b(?:recibida|recibido)\b[^.!?]{0,40}\b(?:aprobación|aprobada|pasé|trámite)\b",
        r"\b(?:goed ontvangen|in goede orde ontvangen)\b[^.!?]{0,40}\b(?:doorgezet|goedgekeurd|betaling)?",
    ],
    # The other dimension said to be fine ("the hours are correct, it's the rate"): what a minimal pair turns on.
    "hours_ok": [
        r"\b(?:hours?|number of hours|quantity|days?|volume of hours|time)\b[^.!?;]{0,40}\b(?:is|are|look|looks|seem|"
        r"seems)?\s*(?<!not )(?<!n't be )(?:fine|ok|okay|correct|right|accurate|not (?:the|my) (?:issue|problem|concern)|unchanged|"
        r"not disputed|undisputed|as agreed)\b|\b(?:hours|quantity)\b[^.!?;]{0,30}\b(?:match(?:es)?|agree with) "
        r"(?:our|the|my|your)\b|\bnot (?:really )?about the hours\b|\bno issue (?:with|on) the hours\b",
        r"\b(?:stunden|stundenzahl|anzahl der stunden|menge|tage)\b[^.!?;]{0,40}\b(?:stimm\w*|pass\w*|korrekt|"
        r"richtig|in ordnung|unstrittig|ok)\b(?!\s+(?:so\s+)?nicht)",
        r"\b(?:heures|nombre d'heures|nombre de jours|quantité|jours)\b[^.!?;]{0,40}\b(?:sont justes|est juste|"
        r"correct\w*|exact\w*|conformes?|corresponden?t?|ok)\b(?!\s+pas)",
        r"\b(?:horas|número de horas|jornadas|cantidad|días)\b[^.!?;]{0,40}(?<!no )\b(?:está[n]? bien|correct\w*|"
        r"cuadra\w*|coincide\w*|bien)\b",
        r"\b(?:uren|aantal uren|dagen|aantal)\b[^.!?;]{0,40}\b(?:klopt|kloppen|correct|juist|in orde|prima)\b"
        r"(?!\s+niet)",
    ],
    "rate_ok": [
        r"\b(?:rate|rates|price|hourly rate|day rate|rate per hour|price per hour|pricing)\b[^.!?;]{0,40}\b(?:is|are|"
        r"looks?|seems?)?\s*(?<!not )(?<!n't be )(?:fine|ok|okay|correct|right|as agreed|what we agreed|as per (?:the )?contract|"
        r"not (?:the|my) (?:issue|problem|concern)|per contract)\b|\bsame rate\b",
        r"\b(?:stundensatz|tagessatz|satz|preis)\b[^.!?;]{0,40}\b(?:stimm\w*|pass\w*|korrekt|richtig|in ordnung|"
        r"unstrittig|ok)\b(?!\s+(?:so\s+)?nicht)",
        r"\b(?:taux|tarif|prix)\b[^.!?;]{0,40}\b(?:est (?:bien|bon|correct|juste|conforme)|celui du contrat|"
        r"correct\w*|ok)\b",
        r"\b(?:tarifa|precio)\b[^.!?;]{0,40}\b(?:está bien|es la (?:del contrato|correcta|acordada)|correct\w*|"
        r"bien)\b",
        r"\b(?:tarief|uurtarief|prijs|uurprijs|dagprijs)\b[^.!?;]{0,40}\b(?:klopt|correct|juist|in orde|prima|"
        r"volgens contract)\b(?!\s+niet)",
    ],
    # Asking for prices of future work (a quote, a rate card): a sale, not a dispute.
    "inquiry": [
        r"\b(?:quote|quotation|estimate|proposal|rate card|price list|new (?:project|piece of work|engagement)|"
        r"budget(?:ing)?|planning|for comparison|next year|phase \d|haven't worked together|no commitment)\b|"
        r"\bwhat (?:is|are|would) (?:your|the)\b[^.!?]{0,30}\b(?:rates?|price|fee|cost)\b|"
        r"\b(?:could|can) you (?:send|share|let (?:me|us) know)\b[^.!?]{0,30}\b(?:rates?|prices?|fees?)\b",
        r"\b(?:angebot|kostenvoranschlag|preisliste|rahmenvertrag|budget|folgeprojekt|neues projekt|"
        r"wie hoch ist ihr)\b",
        r"\b(?:devis|proposition|grille tarifaire|budget|nouveau (?:besoin|projet)|phase \d|quel (?:est|serait) "
        r"votre tarif)\b",
        r"\b(?:presupuesto del|cotización|propuesta|lista de precios|nuevo proyecto|cuál es vuestra tarifa|"
        r"cuánto cobráis|cuánto cobran|para planear|todavía no hemos trabajado)\b",
        r"\b(?:offerte|offerteaanvraag|prijslijst|tariefkaart|begroting|budget|nieuw project|volgende fase|"
        r"wat is jullie|nog niet eerder samengewerkt)\b",
    ],
    # An earlier disagreement said to be over: what follows is about paying.
    "settled": [
        r"\b(?:settles?|settled|resolved|sorted(?: out)?|closed|cleared up)\b[^.!?]{0,40}\b(?:dispute|question|"
        r"issue|disagreement|query)\b|\b(?:dispute|question|issue|disagreement|query)\b[^.!?]{0,40}\b(?:is|was|"
        r"has been) (?:now )?(?:settled|resolved|sorted|closed)\b",
        r"\b(?:erledigt|geklärt|beigelegt)\b",
        r"\b(?:litige|différend|question)\b[^.!?]{0,30}\b(?:est (?:clos|réglé|résolu))\b",
        r"\b(?:queda resuelta|quedó resuelt[ao]|está resuelt[ao]|se resolvió)\b",
        r"\b(?:is opgelost|opgelost|afgehandeld)\b",
        # the questions answered by a breakdown or backup: what follows is usually the payment
        r"\b(?:answered|cleared up|resolved|addressed) (?:all )?(?:our|my) (?:questions|queries|concerns)\b|"
        r"\bfragen\b[^.!?]{0,30}\b(?:beantwortet|geklärt)\b|\b(?:quedan|quedaron|están) (?:aclaradas|resueltas)\b|"
        r"\bnuestras dudas\b[^.!?]{0,20}\b(?:aclarad|resuelt)|\bvragen\b[^.!?]{0,30}\b(?:beantwoord|opgehelderd)\b|"
        r"\bquestions?\b[^.!?]{0,30}\b(?:ont trouvé réponse|sont levées|réglées)\b",
    ],
    # A correction or explanation received and accepted: an acknowledgement, whatever the dispute words around it.
    "correction_ok": [
        r"\b(?:thanks?|thank you) for (?:the|your) (?:corrected|revised|amended) (?:invoice|bill|statement)\b|"
        r"\b(?:now|all) (?:adds? up|makes? sense|matches|matching|reconciles?|reconciled)\b|"
        r"\b(?:are|is) now (?:matching|correct|in order|fine)\b|\bfound the (?:variation|change order|amendment|"
        r"addendum)\b|\b(?:no|nothing) (?:further questions|else outstanding)\b|\bthat makes sense\b",
        r"\b(?:ya vi|recibimos|gracias por) (?:la|el) (?:nota (?:de )?crédito|aclaración|factura corregida)\b|"
        r"\bqued[óo] (?:todo bien|conciliad[oa]|aclarad[oa])\b|\bya (?:quedó|está) conciliad[oa]\b|"
        r"\bno hay nada pendiente\b|\b(?:ahora|ya) (?:cuadra|coincide|cuadran|coinciden)\b",
        # round 6: the explanation found or accepted ("my mistake", "that line stands", "damit ist alles klar",
        # "tout est clair", "dan klopt het", "con eso queda aclarado")
        r"\b(?:corrected|revised) invoice received\b|\bmy mistake\b|\b(?:that|the) (?:line|charge|item) stands\b|"
        r"\bno further action (?:is )?needed\b|\bapproved as is\b|\bnothing else from (?:my|our) side\b",
        r"\bdamit ist (?:alles|das|es) (?:klar|geklärt|erledigt|in ordnung)\b|\b(?:gutschrift|korrigierte rechnung)\b"
        r"(?:(?!nicht|noch)[^.!?]){0,40}\b(?:erhalten|angekommen|eingegangen)\b|\bpasst (?:die rechnung |alles |es )?jetzt\b|"
        r"\bdas war mir nicht bekannt\b|\b(?:ist )?das thema (?:ist )?erledigt\b|\bkeine weiteren fragen\b",
        r"\btout est (?:clair|en ordre)\b|\b(?:l'avoir|la facture (?:rectifiée|corrigée))\b(?:(?!pas|toujours)[^.!?]){0,30}\b(?:bien )?"
        r"re[çc]ue?\b|\bmerci pour (?:l'avoir|la facture (?:rectifiée|corrigée))\b|\baucune autre remarque\b|"
        r"\bplus de question\b",
        r"\bcon eso queda (?:aclarado|todo)\b|\bno tenemos más observaciones\b|\b(?:recibida|gracias por) la factura "
        r"rectificativa\b|\bgracias por la nota de crédito\b",
        r"\bdan klopt het\b|\b(?:creditnota|creditfactuur)\b(?:(?!niet|nog)[^.!?]){0,40}\b(?:ontvangen|verwerkt)\b|"
        r"\bgeen (?:verdere )?vragen (?:meer)?\b|\b(?:de kwestie|het) (?:is )?afgehandeld\b|"
        r"\b(?:bedankt|dank) voor de creditnota\b",
    ],
    # A line questioned as never part of the agreed work, asked rather than stated.
    "scope_question": [
        r"\b(?:was|were|is) (?:that|this|it|those|these|they)\b[^.!?]{0,30}\b(?:part of|included in|within|in)\b"
        r"[^.!?]{0,25}\b(?:scope|quote|sow|call-off|agreed|agreement|proposal|engagement|signed up for|order)\b|"
        r"\bfalls? within (?:this|the|our) (?:engagement|scope|contract|call-off)\b|\bsomething we asked for\b|"
        r"\bon what basis\b[^.!?]{0,40}\bincluded\b|\bwhy\b[^.!?]{0,40}\b(?:charged|billed|invoiced) "
        r"separately\b|\bever (?:within|part of) (?:the|our|what)\b",
        r"\b(?:entraba|estaba incluid[oa]|estaba considerad[oa]|formaba parte|estaba dentro)\b|"
        r"\bpor qué se (?:facturó|cobró|incluyó)\b|\ben qué parte de (?:la|el) (?:cotización|propuesta|"
        r"presupuesto)\b|\b(?:fuera|dentro) (?:de la hoja de encargo|del alcance)\b",
        # round 6: "did we ever ask for", "war das Bestandteil des Angebots?", "faisait-elle partie de la mission ?",
        # "¿estaba contemplado?", "hoorde die training bij de opdracht?"
        r"\bdid we (?:ever )?(?:ask for|order|request|commission)\b|\bwas (?:that|this|it) ever something we\b|"
        r"\bmeant to be (?:part of|included in)\b|\bwho (?:asked for|ordered|requested|approved) (?:it|this|that)\b",
        r"\b(?:war|ist|gehört|gehörte|waren|sind)\b[^.!?]{0,40}\b(?:bestandteil|teil|inbegriffen|enthalten)\b"
        r"[^.!?]{0,30}\b(?:angebots?|auftrags?|vertrags?|werkvertrags?|bestellung|leistungsumfangs?)\b|"
        r"\bhatten wir\b[^.!?]{0,40}\b(?:überhaupt|je|jemals)\b[^.!?]{0,30}\b(?:bestellt|beauftragt)\b",
        r"\bfaisai(?:t|ent)-(?:il|elle)s? (?:vraiment |bien )?partie\b|\brelèvent-(?:ils|elles)\b|\brelève-t-(?:il|elle)\b|"
        r"\bétai(?:t|ent)-(?:il|elle)s? (?:prévue?s?|inclus\w*|compris\w*)\b|\bsur quelle base\b|"
        r"\bn'avait(?:-on)? pas convenu\b",
        r"\b(?:estaba|venía|quedó) contemplad[oa]\b|\bno estaba incluid[oa]\b",
        r"\bhoorde\b[^.!?]{0,40}\bbij (?:de|het) (?:opdracht|offerte|contract|project)\b|\b(?:viel|valt)\b[^.!?]{0,30}"
        r"\bonder (?:de|het|onze) (?:opdracht|offerte|contract)\b|\bwas dat niet iets\b|\bzat dat (?:in|bij)\b",
    ],
    # Round 6. A missing or unknown order number asked for (a document request, not an invoice error; the
    # billing_error family also names order numbers, for a wrong one printed on the invoice).
    "po_request": [
        r"\b(?:no|without|missing|need|needs|require[sd]?|not having)\b[^.!?]{0,40}\b(?:po|purchase order)"
        r"(?: number| reference)?\b|\b(?:po|purchase order)(?: number| reference)? (?:is )?(?:missing|not on)\b",
        r"\b(?:braucht|brauchen|benötigen|fehlt|ohne)\b[^.!?]{0,40}\bbestell(?:nummer|nr)\b|\bwelche po\b",
        r"\b(?:il (?:nous )?faut|besoin|manque|sans)\b[^.!?]{0,40}\b(?:bon de commande|référence de commande|numéro "
        r"de commande|numéro d'engagement)\b",
        r"\b(?:sin|falta|necesitamos|qué)\b[^.!?]{0,30}\b(?:oc|orden de compra|número de pedido)\b",
        r"\b(?:ontbreekt|zonder|nodig|welk)\b[^.!?]{0,40}\b(?:inkoop(?:order)?nummer|po-nummer|bestelbon|"
        r"inkoopnummer)\b|\b(?:inkoop(?:order)?nummer|bestelbon)\b[^.!?]{0,30}\bnodig\b",
    ],
    # The invoice's content said to be right ("nothing wrong with the invoice", "le montant n'appelle pas
    # d'observation"): what follows is a request about the document, not a dispute.
    "content_ok": [
        r"\bnothing wrong with (?:the|this) invoice\b|\b(?:the )?(?:amount|invoice|contents?) (?:is|are|looks?) "
        r"(?:ok|okay|fine|correct|right|in order)\b|\bno issue with the amount\b|\bnot a (?:query|dispute|"
        r"complaint) about\b|\bcorrect in content\b",
        r"\binhaltlich\b[^.!?]{0,30}\b(?:keine einwände|korrekt|in ordnung)\b|\bnichts auszusetzen\b|"
        r"\bbetrag (?:passt|stimmt|ist (?:korrekt|in ordnung))\b",
        r"\b(?:le montant|le contenu)\b[^.!?]{0,20}\b(?:n'appelle pas|est correct|ne pose pas)\b|\brien à redire\b|"
        r"\bce n'est pas une contestation\b",
        r"\b(?:el importe|los montos|los importes|los conceptos)\b[^.!?]{0,20}\b(?:está|están|es|son) correct\w*\b",
        r"\baan de inhoud mankeert niets\b|\b(?:het bedrag|de factuur)\b[^.!?]{0,15}\b(?:is )?(?:akkoord|in orde|"
        r"prima)\b",
    ],
    # A price per unit of time written out ("115 an hour", "€ 68 per uur", "$160/h"): the rate, not the hours.
    "unit_price": [
        r"\d[\d.,']*(?:\s?[-–])?\s?(?:€|\$|£|eur|usd|gbp|chf|mxn|kes|uf|sgd)?\s?(?:an|a|per|je|pro|par|por|la|"
        r"de l'|/)\s?(?:hour|hr|h|day|stunde|std|tag|heure|jour|hora|jornada|uur|dag|u)\b",
    ],
    # Time said not to have been worked ("niet gewerkt", "nicht gearbeitet", "no vino"): the quantity.
    "not_worked": [
        r"\b(?:did(?:n't| not) work|was(?:n't| not) on site|were(?:n't| not) on site|only (?:on site|present) for)\b",
        r"\bnicht gearbeitet\b|\bnur\b[^.!?]{0,30}\b(?:vor ort|da|anwesend)\b|\bwaren nur\b",
        r"\bn'(?:a|ont) pas travaillé\b|\bn'est venue? que\b|\bseuls?\b[^.!?]{0,30}\bprésents?\b",
        r"\bno (?:se )?trabajó\b|\bno vin(?:o|ieron)\b|\bsolo registra\b",
        r"\bniet gewerkt\b|\bniet (?:aanwezig|op de werf)\b",
    ],
    # A payment plan or instalments declined because the whole amount has gone out: a payment made, not promised.
    "no_plan": [
        r"\bno need (?:for|of) (?:a |an |any )?(?:payment plan|instal(?:l)?ments?|extension)\b",
        r"\b(?:keine|kein)\b[^.!?]{0,20}\b(?:ratenzahlung|ratenplan|zahlungsplan|raten)\b[^.!?]{0,20}\b(?:nötig|"
        r"notwendig|brauchen)\b|\b(?:ratenzahlung|raten) brauchen wir nicht\b",
        r"\bpas besoin d'(?:échéancier|étalement|un plan de paiement)\b",
        r"\bno (?:hace falta|necesitamos)\b[^.!?]{0,20}\b(?:plan de pagos|plazos|fraccionar)\b",
        r"\bgeen (?:betalingsregeling|termijnen|afbetaling)\b[^.!?]{0,20}\bnodig\b",
    ],
    # Not paid yet ("we haven't paid it yet", "noch nicht überwiesen"): a promise or a reply, never a payment made.
    "not_yet_paid": [
        r"\b(?:haven't|have not|hasn't|has not)\b[^.!?]{0,15}\b(?:paid|settled|transferred)\b[^.!?]{0,10}\byet\b|"
        r"\bnot (?:been )?(?:paid|settled) yet\b",
        r"\bnoch nicht\b[^.!?]{0,20}\b(?:bezahlt|überwiesen|beglichen|gezahlt)\b",
        r"\bpas encore\b[^.!?]{0,15}\b(?:payée?|réglée?|virée?)\b",
        r"\b(?:todavía|aún) no\b[^.!?]{0,25}\b(?:pagad[oa]|pagamos|abonad[oa]|hemos pagado|transferid[oa])\b",
        r"\bnog niet\b[^.!?]{0,20}\b(?:betaald|overgemaakt|voldaan)\b",
    ],
    # Round 7. A rate doubt that never says "rate": the grade or seniority billed against the one agreed
    # ("all hours billed as senior", "Einstufung", "au profil manager", "categoría de gerente", "als senior
    # adviseur gefactureerd"), or a blended figure priced per person.
    "seniority_mix": [
        r"\b(?:billed|charged|invoiced|priced|booked) (?:as|at) (?:a |the )?(?:senior|manager|partner|principal|"
        r"director)\b|\b(?:seniority|grade|staffing) mix\b|\bblended (?:figure|rate|price|day rate)\b|"
        r"\b(?:junior|medior|mid-level) (?:staff|consultants?|colleagues)\b",
        r"\b(?:einstufung|eingestuft|besetzung|seniorität)\b|\bals (?:senior|manager|partner)\b[^.!?]{0,30}"
        r"\b(?:ausgewiesen|abgerechnet|berechnet)\b|\bjunior-?(?:kollegen|berater)\b",
        r"\b(?:au|aux) profils? (?:manager|senior|directeur|associé)\b|\bprofils? facturés?\b|\bvalorisation\b|"
        r"\bconsultants? (?:junior|confirmés?)\b",
        r"\bcon la categoría de\b|\bcategorías? (?:de la propuesta|profesional\w*)\b|\bperfil(?:es)? (?:senior|junior|"
        r"de gerente)\b|\bconsultores? junior\b",
        r"\bals senior\b[^.!?]{0,30}\bgefactureerd\b|\b(?:medior|junior) (?:adviseurs?|consultants?)\b|"
        r"\binzet (?:van )?senioren\b|\bsenior inzet\b",
    ],
    # Round 7. The basis of the price contested without the word: an index or CPI uplift, a rate card or price
    # list version, a currency or exchange rate, a day price billed as hours, travel billed at the full price.
    "price_basis": [
        r"\b(?:cpi|consumer price index|indexation|uplift|rate card|price list|exchange rate|conversion|converted|"
        r"in (?:usd|dollars|euros|chf|gbp|pounds)|travel (?:time )?(?:is )?(?:billed|charged) at half|at half)\b",
        r"\b(?:verbraucherpreisindex|indexierung|preisanpassung|preisblatt|preisliste|wechselkurs|umrechnung|"
        r"zur hälfte|pauschal\w* tagessatz|à stundenpreis)\b",
        r"\b(?:indice syntec|syntec|révision (?:annuelle|des prix)|indexation|grille tarifaire|taux de change|"
        r"conversion|en francs suisses|en euros|à moitié|prix journalier)\b",
        r"\b(?:ipc|revisión de precios|actualización de precios|tipo de cambio|conversión|tarifa por jornada|"
        r"precio de jornada|a precio hora|precio de tarifa|la mitad)\b",
        r"\b(?:cbs-index|indexering|indexatie|prijsverhoging|prijsindexatie|wisselkoers|omrekening|tarievenlijst|"
        r"voor de helft|dagtarief|volle pot)\b",
    ],
    # Round 7. A quantity checked against the order or the goods receipt ("160 units against a receipt of
    # 120", "bestellt und abgenommen wurden 12 Tage", "réception enregistrée", "ontvangstregistratie").
    "quantity_receipt": [
        r"\bgoods receipt\b|\b(?:receipt|received quantity) (?:entered|booked|is for)\b|\bunits\b[^.!?]{0,30}"
        r"\b(?:against|versus|vs)\b|\b(?:ordered|receipted) (?:and (?:accepted|received) )?(?:was|were|is)\b",
        r"\bwareneingang\b|\b(?:bestellt|abgenommen)\b[^.!?]{0,40}\b(?:berechnet|abgerechnet)\b|\bmenge\b",
        r"\bréception (?:enregistrée|saisie)\b|\bunités? d'(?:œuvre|oeuvre)\b|\bunités? excédentaires?\b",
        r"\brecepción (?:registrada|de la mercancía)\b|\bjornadas de diferencia\b|\bel pedido y la recepción\b",
        r"\bontvangstregistratie\b|\bontvangst(?:melding|bevestiging)\b|\bdagen verschil\b",
    ],
    # Round 7. A price update or an explanation acknowledged ("taken note of the new rates", "within the
    # agreement", "acusamos recibo", "valt binnen de afspraken", "j'avais mal lu la clause"): not a dispute.
    "update_ok": [
        r"\b(?:received|noted|taken note of|acknowledge)\b[^.!?]{0,40}\b(?:rate card|price list|new rates|rates for)\b|"
        r"\bwithin (?:the terms of )?(?:the|our) (?:agreement|contract|framework)\b|\bour mistake\b|\bno change needed\b|"
        r"\bthanks? for the explanation\b",
        r"\bzur kenntnis genommen\b|\bim rahmen des vertrags?\b|\bbitte verwenden sie die neuen\b|"
        r"\b(?:beträge|zahlen) (?:passen|stimmen) (?:jetzt|nun)\b|\bthema\b[^.!?]{0,20}\berledigt\b",
        r"\bmerci pour vos explications\b|\bj'avais mal lu\b|\best donc correcte?\b|\bconformément au contrat\b|"
        r"\bsuit son circuit\b",
        r"\bacusamos recibo\b|\bse ajusta a lo previsto\b|\bpueden aplicarla\b|\bahora sí (?:cuadra|coincide)\b|"
        r"\bdada de alta para el pago\b",
        r"\bvalt binnen de afspraken\b|\bkunt u de nieuwe\b|\b(?:bedragen|cijfers) kloppen nu\b|"
        r"\bhiermee afgerond\b|\bstaat klaar voor betaling\b",
    ],
    # Round 7. A payment split into parts ("50% on 15 July and the rest on 15 August", "zwei Zahlungen",
    # "deux versements", "tres pagos", "in drie delen"): a payment plan.
    "plan_split": [
        r"\b\d{1,3} ?(?:%|percent\b)[^.!?]{0,30}\b(?:and|then) the (?:rest|remainder|balance)\b|"
        r"\b(?:two|three|four) (?:payments|instalments|installments|parts)\b|\bsplit (?:it|the payment|the amount)\b",
        r"\b(?:zwei|drei|vier) (?:zahlungen|teilzahlungen|raten|teile)\b|\bden rest (?:am|zum|bis)\b",
        r"\b(?:deux|trois|quatre) (?:versements|paiements|échéances)\b|\ble solde (?:le|au|fin)\b",
        r"\b(?:dos|tres|cuatro) (?:pagos|plazos|cuotas)\b|\bel resto (?:el|a|antes)\b",
        r"\bin (?:twee|drie|vier) (?:delen|termijnen|keer)\b|\bde rest (?:op|voor|per)\b",
    ],
    # Electronic-invoice formats and channels: a request for the document in another form.
    "einvoice": [
        r"\b(?:peppol|ubl|xrechnung|zugferd|chorus pro|face|facturae|e-?invoic\w*|e-?factuur|e-?rechnung|"
        r"facture électronique|factura electrónica|digipoort|portal|xml)\b",
    ],
    "future_time": [
        r"\b(?:next (?:week|month|monday|tuesday|wednesday|thursday|friday)|tomorrow|end of (?:the )?month|"
        r"within \w+ (?:working )?days)\b",
        r"\b(?:nächste\w*|morgen|monatsende|ende des monats|innerhalb von)\b",
        r"\b(?:prochaine?|demain|fin du mois|fin de mois|sous \w+ jours)\b",
        r"\b(?:próxim[ao]|mañana|fin de mes|final de mes|que viene|en \w+ días)\b",
        r"\b(?:volgende|morgen|einde van de maand|eind \w+|binnen \w+ (?:werk)?dagen)\b",
    ],
}

CUES: dict[str, re.Pattern[str]] = {
    name: re.compile("|".join(f"(?:{p})" for p in parts), re.I) for name, parts in _CUES.items()
}


def cue_counts(text: str) -> dict[str, int]:
    """How often each cue family occurs in ``text`` (only the cues that occur)."""
    out = {}
    for name, pattern in CUES.items():
        n = len(pattern.findall(text))
        if n:
            out[name] = n
    return out
