"""Dutch cores of the held-out dispute eval set."""

CORES = {
    "rate_dispute": [
        (
            "Vraag over {inv}",
            "Op {inv} worden de consultants tegen 170 euro per uur gefactureerd. Onze raamovereenkomst maximeert senior consultants op 140 euro. Dat tarief accepteren wij niet.",
        ),
        (
            "Honorarium",
            "Uw offerte noemde 925 euro per dag, de factuur rekent 1.090 euro per dag. Graag een creditnota voor het verschil van {amt}.",
        ),
        (
            "Betalingskorting",
            "Ons is 2% korting bij vroege betaling en een loyaliteitskorting toegezegd. Geen van beide staat op {inv}.",
        ),
        (
            "Eenheidsprijzen",
            "De eenheidsprijzen liggen boven de prijslijst bij onze bestelling. De aantallen kloppen, de prijzen niet.",
        ),
        (
            "Verhoging zonder aankondiging",
            "Het tarief van de projectleider is zonder aankondiging verhoogd. Wij betalen alleen het oude tarief.",
        ),
        (
            "Reisdagen",
            "Volgens het contract worden reisdagen tegen half tarief gefactureerd; {inv} rekent het volle dagtarief.",
        ),
    ],
    "hours_dispute": [
        (
            "Uren op {inv}",
            "Volgens onze registratie was het team in maart 26 uur op locatie, maar {inv} factureert er 41. Graag uitleg over de extra uren.",
        ),
        (
            "Trainingsdagen",
            "Er zijn vijf trainingsdagen gefactureerd terwijl er maar drie zijn gegeven; de andere twee hebben wij tijdig geannuleerd.",
        ),
        (
            "Bestede tijd",
            "Het tarief is prima, maar 18 uur voor een korte notitie is veel meer dan onze manager heeft goedgekeurd.",
        ),
        (
            "Afstemming",
            "Bij vergelijking met de getekende urenbriefjes missen wij ongeveer 8 uur. Wij betwisten de gefactureerde uren ({amt}).",
        ),
        (
            "Licenties",
            "De factuur rekent 42 licenties, maar wij hebben maar 29 actieve gebruikers. Het aantal klopt niet.",
        ),
        (
            "Belletjes",
            "Elk kort statusoverleg is als een vol uur geboekt. De geregistreerde tijd is te hoog.",
        ),
    ],
    "scope_dispute": [
        (
            "Factuur livegang",
            "{inv} factureert de mijlpaal livegang, maar het systeem draait nog niet in productie. Wij betalen zodra de mijlpaal is bereikt.",
        ),
        (
            "Niet gevraagd",
            "Het ontwerpwerk voor het dashboard hebben wij nooit gevraagd; het valt buiten de afgesproken opdracht.",
        ),
        (
            "Acceptatie loopt nog",
            "Onze acceptatietest leverde 9 openstaande bevindingen op. Tot formele acceptatie houden wij de betaling van {inv} aan.",
        ),
        (
            "Geannuleerde sessies",
            "De factuur bevat trainingssessies die uw trainer heeft afgezegd, zonder nieuwe datum.",
        ),
        (
            "Definitief rapport",
            "Wij hebben alleen een concept van het rapport. Volgens de opdrachtbevestiging is het honorarium pas verschuldigd bij oplevering van de definitieve versie.",
        ),
        (
            "Meerwerk",
            "Uw team heeft koppelingen gebouwd die niet in het programma van eisen stonden, zonder getekend wijzigingsverzoek. Dat deel ({amt}) betalen wij niet.",
        ),
    ],
    "billing_error": [
        (
            "Duplicaat {inv}",
            "{inv} lijkt een duplicaat: zelfde bedrag, zelfde periode en zelfde omschrijving als de vorige factuur. Graag een van beide crediteren.",
        ),
        (
            "Geen ordernummer",
            "Op de factuur staat geen inkoopordernummer en ons systeem weigert zulke facturen automatisch. Graag opnieuw uitreiken met order 4505-6604.",
        ),
        (
            "Verkeerde geadresseerde",
            "De factuur staat op naam van onze holding, terwijl de werkmaatschappij de opdracht heeft gegeven.",
        ),
        (
            "Btw berekend",
            "U heeft 21% btw berekend, maar voor ons als EU-bedrijf geldt de verleggingsregeling.",
        ),
        (
            "Oud adres",
            "Op de factuur staat nog ons oude adres. Ons statutaire adres is in januari gewijzigd en de accountant eist het juiste adres.",
        ),
        (
            "Factuurnummer dubbel",
            "Twee verschillende facturen hebben het nummer {inv}. Onze administratie kan ze niet allebei boeken.",
        ),
    ],
    "documentation_request": [
        (
            "Onderbouwing {inv}",
            "Voor goedkeuring heeft onze controller de gedetailleerde urenstaten van {inv} nodig, per consultant per dag.",
        ),
        (
            "Opnieuw sturen",
            "Wij kunnen de originele factuur niet vinden. Kunt u {inv} nogmaals als pdf naar de crediteurenadministratie sturen?",
        ),
        (
            "Welke order?",
            "Wij kunnen deze factuur niet aan een openstaande inkooporder koppelen. Bij welk ordernummer hoort hij?",
        ),
        (
            "Ontvangstbevestiging",
            "Ons magazijn heeft geen ontvangst geregistreerd. Stuur ons de getekende pakbon.",
        ),
        (
            "Bonnen onkosten",
            "De factuur bevat reiskosten; volgens ons beleid hebben wij kopieën van de hotel- en vliegbonnen nodig.",
        ),
        (
            "Controle",
            "Onze accountant vraagt om de getekende opdrachtbevestiging en het activiteitenverslag bij het gefactureerde bedrag.",
        ),
    ],
    "payment_promise": [
        (
            "RE: herinnering {inv}",
            "Excuses, de factuur bleef hangen in onze goedkeuringsflow. Hij is nu goedgekeurd en u ontvangt de betaling uiterlijk 20 maart 2026.",
        ),
        (
            "Termijnen",
            "Onze liquiditeit is krap dit kwartaal. Gaat u akkoord met {amt} nu en de rest in twee termijnen eind april en eind mei?",
        ),
        (
            "Overboeking ingepland",
            "De overboeking staat gepland voor aanstaande dinsdag en zou twee werkdagen later binnen moeten zijn.",
        ),
        (
            "{inv}",
            "Geen bezwaar van onze kant. Onze financieel directeur heeft hem gisteren getekend; hij gaat mee in de betaalbatch van de 28e.",
        ),
        (
            "Vereffening",
            "Wij voldoen alle openstaande facturen, inclusief {inv}, voor het einde van ons boekjaar op 30 juni.",
        ),
        (
            "RE: achterstallig",
            "Sorry voor de vertraging, ons nieuwe ERP zorgde voor een achterstand. Uiterlijk vrijdag wordt er betaald.",
        ),
    ],
    "already_paid": [
        (
            "RE: aanmaning {inv}",
            "Deze aanmaning verbaast ons: {inv} is op 2 februari per overboeking betaald, met het factuurnummer als omschrijving.",
        ),
        ("Betaaladvies", "Bijgaand ons betaaladvies voor {inv} en twee oudere facturen, samen {amt}."),
        (
            "Betaling gedaan",
            "Het bedrag is maandag van onze rekening afgeschreven. Misschien is het bij u op een andere factuur geboekt?",
        ),
        ("Betaald", "Onze crediteurenafdeling bevestigt dat {inv} vorige maand volledig is voldaan."),
        (
            "Tweede aanmaning",
            "Dit is al de tweede aanmaning voor een factuur die wij weken geleden hebben betaald. Stop alstublieft de aanmaningen.",
        ),
        (
            "Bewijs van overboeking",
            "Bijgevoegd de SWIFT-bevestiging van de betaling van {amt}. De factuur zou gesloten moeten zijn.",
        ),
    ],
    "not_dispute": [
        ("Aftrap", "Schikt de 14e voor de aftrap van de volgende fase? Onze stuurgroep kan 's ochtends."),
        (
            "Compliment",
            "De presentatie aan de raad van bestuur ging erg goed; uw analyse maakte het verschil.",
        ),
        (
            "Automatisch antwoord",
            "Dank voor uw bericht. Ik ben met ouderschapsverlof tot september; neem voor dringende zaken contact op met het secretariaat.",
        ),
        (
            "Offerteaanvraag",
            "Wij plannen volgend jaar een prijsonderzoek. Kunt u ons een offerte en mogelijke data sturen?",
        ),
        (
            "Toekomstige facturen",
            "Stuur vanaf volgende maand alle facturen naar ons nieuwe gedeelde postvak. Met de huidige facturen is niets mis.",
        ),
        (
            "Workshop",
            "Welke consultants komen woensdag naar de workshop? Wij moeten toegangspassen klaarzetten.",
        ),
    ],
}
