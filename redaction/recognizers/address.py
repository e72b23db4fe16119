"""Street addresses in English, German, French, Spanish and Dutch, and postcodes with their town.

Street lines are recognised by their street word ("Straße", "rue", "Calle", "Road", "-straat") and house
number; postcode + town by the national postcode formats. Adjacent parts are merged by the resolver into
one address ("Hauptstraße 12, 20095 Hamburg"). Towns may be written in capitals as postal standards ask
("75008 PARIS", "3038 KL ROTTERDAM", "SALFORD M5 4QX"), with "Cedex" or a province in parentheses. Form
fields, address lines before an English-style postcode and German/Dutch streets that open with a preposition
are in :mod:`redaction.recognizers.address_layout`; the postcode formats, the big towns and post-office boxes
in :mod:`redaction.recognizers.postcodes`.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction.lexicon import word_set
from redaction.normalize import fold_str, has_digit
from redaction.recognizers import postcodes as pc
from redaction.recognizers.address_layout import LANDMARK, landmark_addresses, layout_addresses
from redaction.recognizers.address_regional import regional_addresses
from redaction.recognizers.directions import direction_addresses
from redaction.recognizers.senas import senas_addresses
from redaction.recognizers.spoken_number import spoken_addresses
from redaction.recognizers.upstairs import upstairs_addresses
from redaction.types import Span

_CAP = r"\p{Lu}[\p{L}'’.-]*"
# ... in an English street name a dot only closes a short abbreviation ("St. Mary's Road"; not a sentence's end,
# "33300 Bordeaux. Place de parking")
_CAP_EN = r"\p{Lu}(?:\p{L}{0,2}\.|[\p{L}'’.-]*[\p{L}'’-])?"
_NUM = (
    r"\d{1,5}(?:\s?[a-zA-Z](?![\p{L}]))?(?:\s?[-–/]\s?\d{1,5}(?:[a-zA-Z](?![\p{L}]))?){0,3}"
    # "112 bis", "214-bis", "77bis", "112-B"; an Amsterdam floor or ground floor after the number ("12-II", "41-hs",
    # "88-3hoog", "14-3-hoog achter")
    r"(?:[ -]?(?:bis|ter|quater)(?![\p{L}])|-[A-Z](?![\p{L}])|-(?:[IVX]{2,4}|hs|huis|bg)(?![\p{L}])|"
    r"-?hoog(?:[ ](?:voor|achter))?(?![\p{L}]))?"
)
_DE_NL = (
    r"(?:stra(?:ß|ss)e|str\.|-Str\.|-Stra(?:ß|ss)e|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad|markt|kai|wall|graben|"
    r"straat|laan|gracht|plein|kade|dijk|singel|steeg|plantsoen|dreef|hof|hang|höhe|stieg|twiete|zeile|anger|"
    r"winkel|straatweg|haven|pad|wal|erf|baan|lei|kaai)"
)
_EN = (
    r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Boulevard|Blvd\.?|Way|Court|Ct\.?|Place|"
    r"Square|Sq\.?|Terrace|Close|Crescent|Row|Gardens|Parkway|Highway|Mews|Walk|Wharf|Quay|Grove|Park|Rise|View|"
    r"Hill|Green|Heights|Circle|Trail|Cottages|Yard|Vale|Meadows?|Fields|Approach|Chase|Gate|Parade|Causeway|"
    r"Embankment|Hollow|Croft|Dale|Brow|Wynd|Loop|Alley|Circus|Estate|Trace|Tce\.?|Cres\.?|Pde\.?|Hwy\.?|Cct\.?|Esp\.?|"
    r"Dr(?=[,\n]|$))"
)
_FR = (
    r"(?:rue|avenue|av\.|boulevard|boul\.?|bd|place|chemin|allée|allee|impasse|quai|cours|route|square|passage|rang|"
    r"montée|côte|sentier|promenade|esplanade|voie|cité|résidence|lotissement|hameau|lieu-dit|clos|parvis|"
    r"faubourg|rond-point|traverse|ruelle|mail)"
)
_ES = (
    r"(?:Calle|calle|C/|c/|Avenida|avenida|Avda\.?|avda\.?|Av\.|Bv\.|Bvar\.|Bvard\.|Paseo|paseo|plaza|camino|carretera|ronda|Pº|Plaza|Pza\.?|Camino|Carrer|Ronda|Travesía|Travesia|Gran Vía|"
    r"Carretera|Ctra\.?|Rambla|Glorieta|Passeig|Plaça|Avinguda|Rúa|Rua|Pasaje|Callejón|Urbanización|Urb\.|"
    r"Polígono|Bulevar|Prolongación|Calzada|Calz\.|Cerrada|Privada|Circuito|Jirón|Jr\.|Carrera|Cra\.|Diagonal|"
    r"Transversal|Alameda|Pasaje|Psje\.|Prol\.|"
    # Catalan and Valencian abbreviations and words: "Pl. de l'Ajuntament 2", "c. de Sant Pere Més Alt 54", "Camí de
    # la Font s/n"
    r"Pl\.|Camí|c\.(?=[ \t]de[ \t]))"
)
_ADJ = (
    r"(?:Gro(?:ß|ss)e|Kleine|Alte|Neue|Obere|Untere|Lange|Hohe|Breite|Nieuwe|Oude|Korte|Am|An der|An den|"
    r"Auf dem|Auf der|Im|In der|Sankt|St\.|"
    r"\p{Lu}\p{Ll}{2,}er|"  # a town's adjective: "Hanauer Landstraße 126", "Liebenauer Hauptstraße 2"
    # Dutch adjectives ("Zwart Janstraat", "Korte Nieuwstraat"), a Flemish town's before its road ("Gistelse Steenweg")
    r"Zwart|Zwarte|Witte|Rode|Groene|Hoge|Lage|Grote|Kleine|Eerste|Tweede|Derde|Noord|Zuid|Oost|West|"
    r"\p{Lu}\p{Ll}{2,}se(?=\s(?:Steenweg|Baan|Heirbaan|Heirweg|Weg|Straat|Vest)\s))"
)
_PARTICLES = (
    r"(?:de la|de las|de los|del|de l'|de|d'|du|des|la|le|les|y|et|van|der|den|von|am|an der|dos|das|do|da)"
)

# Hauptstraße 12 / Große Elbstraße 145a / Keizersgracht 123 / Straße des 17. Juni 135: a compound's street word, the
# street named before it (a person's given name may stand before the compound: "Paul Krugerlaan 88")
_COMPOUND_STREET = regex.compile(
    rf"(?<![\p{{L}}])(?:{_ADJ}\s)?(?:\p{{Lu}}[\p{{L}}-]*\s(?:de|van|van der|van den|der|den|ter|ten|en)\s)?"
    rf"\p{{Lu}}[\p{{L}}-]*{_DE_NL}(?:\s(?:des|der)\s[\p{{L}}\d. ]{{2,15}}?)?\s{_NUM}(?:/[IVX]{{1,4}}(?![\w]))?(?![\d])",
    regex.V1,
)

STREET_PATTERNS = [
    # Laan van Meerdervoort 212 / Burgemeester de Withstraat 7 / Van Ostadestraat 233-2 / Prins Hendrikkade 20
    regex.compile(
        rf"(?<![\p{{L}}])(?:Laan van|Laan der|Weg naar|(?:Burgemeester|Prins|Prinses|Koningin|Koning|Graaf|Dokter|Dr\.|"
        rf"Professor|Prof\.|Generaal|Pastoor|Van|De|Sint|St\.)(?:\s\p{{Lu}}[\p{{L}}.]*)?(?:\s(?:de|van|der|den|ter|te))?)"
        rf"\s\p{{Lu}}[\p{{L}}-]*(?:{_DE_NL})?\s{_NUM}(?:-[IVX]{{1,4}}|-hs|-bis)?(?![\d\w])",
        regex.V1,
    ),
    _COMPOUND_STREET,
    regex.compile(
        rf"(?<![\p{{L}}])\p{{Lu}}[\p{{L}}-]*\s(?i:stra(?:ß|ss)e|str\.|weg|platz|allee|straat|laan|wall|markt|ring|damm|kai|ufer|graben|"
        rf"gürtel|lände|zeile)\s{_NUM}(?:/[IVX]{{1,4}}(?![\w]))?(?![\d])"
    ),
    # Rue Neuve 12 / Avenue Louise 54 (Belgian and Swiss order)
    regex.compile(
        rf"(?<![\w])(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Cc]haussée|[Pp]lace|[Qq]uai|[Cc]hemin|[Rr]oute|[Aa]llée|[Ii]mpasse)\s(?:{_PARTICLES}\s?)?{_CAP}(?:\s{_CAP}){{0,2}}[ \t](?!(?:19|20)\d\d(?!\d))\d{{1,4}}(?:bis|ter|[a-z])?(?:/\d{{1,3}})?(?![\w])"
    ),
    # 221B Baker Street / 10 Downing St
    regex.compile(
        rf"(?<![\w]|\d[.,])\d{{1,5}}[A-Za-z]?,?\s(?:{_CAP_EN}\s){{1,3}}{_EN}(?![\p{{L}}])(?:,?\s(?:Suite|Apt\.?|Unit|Flat|Floor)\s\w+)?"
    ),
    # 12 rue de la Paix / 5 bis, avenue Victor Hugo / Quebec's unit and civic number: 3-1250, rue Beaubien Est
    regex.compile(
        rf"(?<![\w])(?:\d{{1,4}}-)?\d{{1,5}}(?:\s?(?:bis|ter))?,?\s(?i:{_FR})\s(?:{_PARTICLES}\s?)?{_CAP}(?:\s(?:{_PARTICLES}\s?)?{_CAP}){{0,3}}"
    ),
    # Polígono El Palmar, nave 7 / Polígono Los Olivares, parcela 14: an estate's unit gives the number
    regex.compile(
        rf"(?<![\w]){_ES}\s(?:{_PARTICLES}\s)?{_CAP}(?:\s(?:{_PARTICLES}\s)?{_CAP}){{0,3}},\s"
        r"(?:nave|parcela|local|manzana|lote|km\.?)\s?\d{1,4}[A-Z]?(?![\w])"
    ),
    # Calle de Alcalá 48 / C/ Mayor, 12, 3º B / Av. 18 de Julio 1357 (a street named after a date)
    regex.compile(
        rf"(?<![\w]){_ES}\s(?:{_PARTICLES}\s|(?:de\s)?[lLdD]['’](?=\p{{Lu}}))?(?:\d{{1,2}}\sde\s)?{_CAP}(?:\s(?:{_PARTICLES}\s)?{_CAP}){{0,3}},?\s(?:[nN][ºo°.]\s?|\#\s?)?(?:\d{{1,4}}(?!\d)|[sS]/[nN](?![\w]))"
        # the side of the avenue and the corner ("2400 Pte.", "1520 esq. Brasilia"), the floor
        rf"(?:\s(?:Pte|Ote|Nte|Sur|Norte|Oriente|Poniente)\.?(?![\w]))?(?:\s(?:esq\.|esquina)\s{_CAP}(?:\s{_CAP})?)?"
        r"(?:\s?,\s?\d{1,2}\.?[ºª°](?:\s?-?[A-Z](?![\w])|\s?[\"“][A-Z][\"”])?)?"
    ),
]

# A Guatemalan address: the street or avenue by its number, the house by the cross street and its number, the zone
# ("14 calle 3-51, zona 1", "6a. avenida 9-18, zona 10"), or the two cross streets it lies between
STREET_PATTERNS.append(
    regex.compile(
        r"(?<![\w.])\d{1,2}(?:a\.?|ª)?[ \t](?i:calle|avenida|av\.)[ \t]\d{1,3}[A-Z]?-\d{1,3}[A-Z]?(?![\w-])"
        r"(?:,?[ \t](?i:zona)[ \t]\d{1,2}(?![\w]))?"
        # ... or between two cross streets ("6a avenida, entre 10 y 11 calle, zona 1")
        r"|(?<![\w.])\d{1,2}(?:a\.?|ª)?[ \t](?i:calle|avenida),?[ \t](?i:entre)[ \t]\d{1,2}(?:a|ª)?[ \t](?i:y)[ \t]"
        r"\d{1,2}(?:a|ª)?[ \t](?i:calles?|avenidas?)(?:,?[ \t](?i:zona)[ \t]\d{1,2}(?![\w]))?"
    )
)
# Rural North America: a box, site or lot on a rural route or a highway contract ("Box 40, Site 3, RR 1", "RR 2
# Site 5 Box 12", "HC 63 Box 410"); a street by its number ("4920 51 St", "10234 82 Ave NW"); a legal land
# description of the prairies (quarter, section, township, range, meridian: "SE-22-39-7-W5")
_RURAL_ROUTE = regex.compile(
    r"(?<![\w])(?:(?:Box|Site|Comp|Lot)[ \t]\d{1,5},?[ \t])*(?:RR|R\.R\.|Rural[ \t]Route|HC|Star[ \t]Route)[ \t]?#?\d{1,3}"
    r"(?:,?[ \t](?:Box|Site|Comp|Lot)[ \t]\d{1,5})*(?![\w])"
)
_NUMBERED_STREET = regex.compile(
    r"(?<![\w.,/-])\d{1,5}[ \t]\d{1,3}(?:st|nd|rd|th)?[ \t](?:St|Street|Ave|Avenue)\.?(?:[ \t](?:NW|NE|SW|SE))?(?![\w])"
)
_LAND_DESCRIPTION = regex.compile(
    r"(?<![\w-])(?:NE|NW|SE|SW)[- ]\d{1,2}[- ]\d{1,3}[- ]\d{1,2}[- ]W\d(?![\w-])"
)
# A German street typed in lower case in a chat ("weserstr. 48", "hauptstrasse 12a", "kirchgasse 3")
STREET_PATTERNS.append(
    regex.compile(
        r"(?<![\p{L}\d])\p{Ll}[\p{Ll}-]{2,}(?:straße|strasse|str\.|gasse|allee)[ \t]?\d{1,4}[a-z]?(?![\w])"
    )
)
# A street in Papiamentu, as Curaçao and Aruba write it: "Kaya Kalbas 24", "Kaya Palu Bordo 33"
STREET_PATTERNS.append(
    regex.compile(
        r"(?<![\p{L}])Kaya(?:[ \t]\p{Lu}[\p{L}.'’-]*){1,3}[ \t]\d{1,4}[a-zA-Z]?(?![\w])(?:(?:,[ \t]*\p{Lu}[\p{L}-]+(?:[ \t]\p{Lu}[\p{L}-]+)?){0,2},[ \t]*(?:Willemstad|Oranjestad|Kralendijk|Cura[çc]ao|Aruba|Bonaire)(?![\w]))?"
    )
)
# A street known by its number: Quebec's avenues ("1275, 3e Avenue"), Yaoundé's streets ("rue 1.839"); a street
# named without a street word, made one by the flat or floor after its number, as Montevideo, Buenos Aires and
# the Basque Country write it ("Juan Benito Blanco 1032 apto 501", "Zabalbide, 48, 2º dcha.")
STREET_PATTERNS.append(
    regex.compile(
        r"(?<![\w])\d{1,5},?[ \t]\d{1,2}(?:e|re|ère|ième)[ \t](?:[Aa]venue|[Rr]ue)(?:[ \t](?:Est|Ouest|Nord|Sud))?(?![\w])"
        r"|(?<![\w])[Rr]ue[ \t]\d\.\d{3}(?![\d])"
        r"|(?<![\p{L}\d])(?!(?i:factura|pedido|orden|expediente|ticket|caso|invoice|order|ref|nota|lote)(?![\p{L}]))"
        r"\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+(?:(?:de|del|y)[ \t]+)?\p{Lu}[\p{L}'’-]+){0,3},?[ \t]+\d{1,5}"
        r"(?=,?[ \t]+(?:apto|apt\.|piso|dto\.|dpto|depto)[ \t.]|,[ \t]*\d{1,2}\.?[º°ª][ \t]?(?:izq|izda|dcha|dch|der|centro|[A-Z](?![\w])))"
    )
)
# A road and its kilometre: "Carretera a Amatitán km 4.5", "Ctra. de Valencia, km 12"
_KM_ROAD = regex.compile(
    rf"(?<![\w])(?:Carretera|carretera|Ctra\.?|Carr\.)\s(?:a|al|de|del|hacia)\s{_CAP}(?:\s{_CAP})?,?\s"
    r"(?:km|Km|KM)\.?\s?\d{1,4}(?:[.,]\d{1,3})?(?![\d])"
)
# Substrings (lower case) one of which each street pattern needs; empty: no cheap test
_STREET_HINTS: list[tuple[str, ...]] = [
    (),
    (),
    (
        "stra",
        "str.",
        "weg",
        "platz",
        "allee",
        "straat",
        "laan",
        "wall",
        "markt",
        "ring",
        "damm",
        "kai",
        "ufer",
        "graben",
        "gürtel",
        "lände",
        "zeile",
    ),
    ("rue", "avenue", "boulevard", "chaussée", "place", "quai", "chemin", "route", "allée", "impasse"),
    (),
    (),
    ("nave", "parcela", "local", "manzana", "lote", "km"),
    (),
    ("calle", "avenida", "av."),
    ("str.", "straße", "strasse", "gasse", "allee"),
    ("kaya",),
    (),
]
# Before a street: the floor, flat or office (merged only when a street follows)
UNIT_BEFORE = regex.compile(
    r"(?:(?:Level|Floor|Suite|Unit|Flat|Apartment|Apt\.?|Etage|Stock|Büro|Bureau|bureau|Oficina|Piso|Planta)"
    r"\s[\w/.-]{1,6},?\s{1,2}"
    # an Edinburgh flat's floor and door ("3F2, 212 Leith Walk"), a unit before its street number ("3/18 Marion
    # Street"), a house or plot number's word ("HSE No. 17, Nii Okaiman St", "n° 12, avenue Kasa-Vubu")
    r"|(?<![\w/])\d{1,2}F\d{1,2},?\s{1,2}|(?<![\w#])#\d{1,5}[ \t]*[–-][ \t]*|(?<![\w/.,-])(?!(?:19|20)\d\d/)\d{1,4}[A-Za-z]?/"
    r"|(?<![\p{L}])(?:(?:(?i:hse|house|plot|lot|h/no|h\.no)|LP)\.?\s?(?:(?i:no|nr)\.?|n[°º])?|n[°º]|No\.?(?=[ \t]))\s?"
    # a Spanish PO box's word before "Correos 512, ..." ("Apdo. de Correos 512, 44080 Teruel")
    r"|(?<![\p{L}])(?:Apdo\.?|Apartado)[ \t]de[ \t])$"
)
# Further before an address, each closed by a comma: the building, block, staircase, flat and floor, the
# residence, estate or district, a street without its number before a postcode ("Résidence Les Chartrons, bât. C,
# esc. 2, appt 24, 3e étage, 38 quai des Chartrons", "Monoblock 4, casa 12, Barrio Toba, calle Rouillón 4300",
# "Lieu-dit Pey de Berland, chemin de la Lande, 33830 Belin-Béliet", "Hangar 18, 18 quai de Bacalan"); the
# resolver takes one part at a time, from the address back, while each is closed by a comma
# A floor, a wing or a door by its words alone ("Basement Flat", "porte gauche", "3-hoog achter", "derde verdieping
# links"); a German one ("Hinterhaus", "3. OG links", "DG rechts") only on its own line above the street: before a
# comma three blind German keeps fell with it
_FLOOR_WORDS = (
    r"(?i:basement|lower[ \t]ground|ground[ \t]floor|top[ \t]floor|first[ \t]floor|garden)(?:[ \t](?i:flat))?"
    r"|(?i:porte)[ \t](?:gauche|droite|du[ \t]fond|face)"
    r"|\d-hoog(?:[ \t](?:achter|voor|links|rechts))?|(?i:eerste|tweede|derde|vierde|vijfde)[ \t]verdieping"
    r"(?:[ \t](?:links|rechts|achter|voor))?|(?i:parterre|bel-etage|souterrain)"
)
_GERMAN_FLOOR = (
    r"(?:\d{1,2}\.[ \t]?OG|OG|DG|EG|UG|Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus|Dachgeschoss|Erdgeschoss|"
    r"Souterrain|Hochparterre)(?:[ \t](?:links|rechts|Mitte|li\.|re\.))?"
)
PART_FLOOR = rf"(?:{_FLOOR_WORDS})"
FLOOR = rf"(?:{_FLOOR_WORDS}|{_GERMAN_FLOOR})"
_UNIT_CODE = r"(?:(?:n[°º]|no|nr|núm|num)\.?[ \t]?)?(?:\d{1,5}[A-Za-z]?(?:[./-]\d{1,4}[A-Za-z]?)?|[A-Z]{1,2}\d{0,3}|\d{1,2}[A-Z])"
_NAMED = r"\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:(?:de|del|la|las|los|le|les|des|du|of|the|van|von)[ \t]+)?\p{Lu}[\p{L}'’-]+){0,3}"
PART_BEFORE = regex.compile(
    r"(?<![\p{L}\d])(?P<part>"
    # a unit word and its number or letter: "bât. C", "esc. 2", "appt 24", "casa 12", "Lot 37", "Hangar 18"
    r"(?i:bât|bat|bâtiment|batiment|esc|escalier|escalera|appt|app|apt|appartement|apartment|apto|apartamento|"
    r"depto|dpto|departamento|piso|planta|étage|etage|porte|puerta|pta|of|oficina|local|casa|torre|tour|bloque|bloc|"
    r"block|blk|monoblock|manzana|mz|lote|lt|lot|plot|phase|stand|erf|flat|unit|suite|level|floor|room|house|hse|"
    r"edif|edificio|immeuble|imm|hangar|nave|int|interior|villa|wing|portal|stiege|stock|top|tür|kamer|maison|unité|"
    r"verdieping|km)\.?[ \t]?"
    + _UNIT_CODE
    # a Central American estate's stage ("3a etapa")
    + r"|\d{1,2}(?:a|ª|ra|da)?\.?[ \t](?i:etapa)"
    # a floor or a side without a number: "Basement Flat", "porte gauche", "3-hoog achter"
    + r"|"
    + PART_FLOOR
    # a floor by its ordinal: "3e étage", "3° piso", "2nd floor", "4. Stock"
    + r"|\d{1,2}(?:e|er|ère|ème|°|º|ª|st|nd|rd|th|\.)[ \t]?(?i:étage|etage|piso|planta|floor|stock|etage|verdieping)"
    # and its side: "3e étage gauche", "2nd floor left"
    r"(?:[ \t](?i:gauche|droite|links|rechts|izquierda|izda|derecha|dcha|left|right|achter|voor))?"
    # a named residence, building, estate or district: "Résidence Les Chartrons", "Barrio Toba", "Edif. Illimani"
     + r"|(?i:résidence|residence|residencial|edificio|edif|immeuble|torre|tour|barrio|quartier|cité|cite|"
    r"lotissement|lieu-dit|hameau|zona|zone|sector|colonia|col|urbanización|urb|conjunto|condominio|cond|estate|"
    r"compound|partida|ptda|paraje|finca|masía|masia|cortijo|caserío|caserio|ferme|domaine|hof|gut|weiler|ortsteil|"
    r"boerderij|hoeve)\.?[ \t]+(?:(?:de|del|la|les|van|het|de[ \t]la)[ \t]+)?[„\"“]?"
    + _NAMED
    + r"[“\"”]?"
    # a farm or a house by its own name: "Mas Riera", "The Maltings" (after a flat: "Apt 12, The Maltings, Bray Road")
    + r"|(?:Mas|The)[ \t]+"
    + _NAMED
    # a street without its number: "chemin de la Lande", "calle Los Pinos"
    + rf"|{_FR}[ \t]+(?:{_PARTICLES}[ \t]?)?"
    + _NAMED
    + rf"|{_ES}[ \t]+(?:{_PARTICLES}[ \t]+)?"
    + _NAMED
    + r")[ \t]*,[ \t]*\Z"
)
# Directions by landmarks after an address, as rural and informal addresses add them ("..., Lekki Phase 1, behind
# the Total filling station, blue gate", "..., km 4 vía al aeropuerto, portón verde después de la tienda", "...,
# Asunción, al lado de la despensa Kuarahy", "..., Yopougon, derrière le marché"): up to the end of the clause
# ... or by the way in, the floor or the room after a comma ("..., 70469 Stuttgart, durch die Einfahrt, Werkstatt
# hinten links", "..., 04229 Leipzig, zweiter Stock links", "..., 8010 Graz, Eingang über den Hof", "..., 3001
# Heverlee, op den hoek bij de frituur", "..., Surulere, by the Bode Thomas junction, 2nd floor", "..., Dhaka 1209,
# flat 4B", "..., 35000 Rennes, chambre 214", "..., B11 1RH, round the back via the alley")
_WAY_IN = (
    r"by[ \t]the|round[ \t]the[ \t]back|at[ \t]the[ \t]back|via[ \t](?:the|het|de)|durch[ \t]d(?:ie|en|as)|"
    r"(?:hinter)?eingang|[üu]ber[ \t]den[ \t]hof|(?:erster|zweiter|dritter|vierter|\d{1,2}\.)[ \t](?:stock|og|etage)|"
    r"op[ \t]de[ \t]?n?[ \t]hoek|achterom|(?:chambre|kamer|zimmer|room|flat|apt|apto|appt)\.?[ \t]\d{1,4}[a-z]?|"
    r"(?:\d{1,2}(?:st|nd|rd|th)|ground|first|second|third|top)[ \t]floor|\d{1,2}(?:e|er|ème)[ \t]étage|"
    r"(?:primer|segundo|tercer|cuarto)[ \t]piso"
)
LANDMARK_TAIL = regex.compile(
    rf"(?:(?:,[ \t]*|[ \t]+[-–(][ \t]*|[ \t]*\([ \t]*)(?i:{LANDMARK})|,[ \t]*(?i:{_WAY_IN}))(?![\p{{L}}])"
    r"(?:[^\n.;!?()\"“”'’]|\.(?=\d)|['’](?=\p{L})){0,160}"
)
# After a street: Top 12, Stiege 2, bus 3, boîte 4, bureau 2200, 3º izq., Suite 300, 2e étage, pta. 9, nave 7
UNIT_AFTER = regex.compile(
    r"[ \t](?:Esq|Dto|Drt|esq|dto|drt)\.(?![\w])|"  # Portugal's side of the landing after the floor: "3.º Esq."
    r"(?:,|[ \t][—–])?[ \t](?:\d[- ]hoog(?:[ \t](?:achter|voor|links|rechts))?|(?:eerste|tweede|derde|vierde|vijfde)"
    r"[ \t]verdieping(?:[ \t](?:links|rechts|achter|voor))?)(?![\w-])|"
    r"(?:(?:,|[ \t][—–])?\s(?:Rgb\.|Hinterhaus|Vorderhaus|hinterhaus|vorderhaus|Seitenflügel|Gartenhaus|Erdgeschoss|Obergeschoss|Dachgeschoss|Untergeschoss|Hochparterre|Hof(?=\s(?:links|rechts))|\d{1,2}\.\s?(?:OG|Stock|Etage)|EG|DG)"
    r"(?:\s(?:links|rechts|Mitte|li\.|re\.))?(?![\w])"
    r"|(?:,|[ \t][—–])?\s(?:Top|Stiege|Tür|bus|digicode|Digicode|code[ \t]porte|Code[ \t]porte|bte\.?|boîte|boite|bureau|Bureau|app(?!t)\.?|apt(?!o)\.?|Suite|Unit|Apt(?!o)\.?|Flat|Level|"
    r"Floor|piso|Piso|planta|Planta|oficina|Oficina|Despacho|Local|int\.|Int\.|interior|pta\.?|puerta|Puerta|"
    r"nave|Nave|parcela|Parcela|esc\.|escalera|portal|bloque|Bloque|bâtiment|batiment|escalier|bât\.?|bat\.|appt\.?|porte|depto\.?|Depto\.?|"
    r"dpto\.?|Dpto\.?|dto\.|departamento|apto\.?|Apto\.?|ap\.|Ap\.|Of\.|of\.|torre|Torre|espace|Espace|local|suite|unité|Unité)\s?[\w/.-]{1,6}"
    r"(?:[ \t]?[\"“][A-Z][\"”])?"  # "piso 6 "B"" (Argentina)
    r"|(?:,|[ \t][—–])?\s\d{1,2}\.?\s?[º°ª]\s?(?:(?:izq(?:uierda)?|izda|dcha|dch|der(?:echa)?|centro|int(?:erior)?|[Ee]sq|[Dd]to|[Dd]rt|[Ff]rente)\.?|planta|piso|"
    r"-?[A-Z](?![\w])|[\"“][A-Z][\"”])?"  # "3º izq.", "7º-B"
    r"|(?:,|[ \t][—–])?\s\d{1,2}(?:r|n|t|è)\s\d{1,2}a(?![\w])"  # Catalan floor and door: "3r 1a"
    r"|,[ \t]\d{1,2}(?:r|n|t|è)(?=[ \t]*,)"  # a Catalan floor alone: "Pl. de l'Ajuntament 2, 1r, 46002 València"
    # a floor and a side in brackets: "(tweede verdieping, achterkant)", "(2. Stock hinten)"
    r"|[ \t]\((?:[^()\n]{0,16}[ \t])?(?:verdieping|étage|etage|floor|Stock|piso|planta)(?:[ \t,][^()\n]{0,30})?\)"
    r"|[ \t]\(\d{1,2}(?:e|er|ème|ᵉ)[ \t](?:étage|etage)\)"  # "appt 12 (3e étage), 59000 Lille"
    r"|(?:,|[ \t][—–])?\s\d{1,2}(?:e|er|ème)\s(?:étage|etage)(?:\s(?:(?:à|a)\s)?(?:gauche|droite))?"  # "2e étage (à) gauche"
    r"|(?:,|[ \t][—–])?\s\d{1,2}(?:e|er|ème)\s(?:gauche|droite|face|fond)(?![\w])"  # "..., 75019 Paris, 4e gauche"
    r"|(?:,|[ \t][—–])?\s(?:izq(?:uierda)?|izda|dcha|derecha|centro)\.?"
    # a Latin American floor by its ordinal ("2do piso", "3er nivel"), an English one in parentheses ("(4th floor)")
    r"|(?:,|[ \t][—–])?\s\d{1,2}(?:do|ro|er|to|vo|mo|no)\.?\s(?:piso|nivel)(?![\w])"
    r"|[ \t]\(\d{1,2}(?:st|nd|rd|th)[ \t](?:floor|Floor)\)"
    # a Dutch floor ("4de verdieping"), an Austrian floor after the house number's slash ("6/2. Stock")
    r"|(?:,|[ \t][—–])?\s\d{1,2}(?:e|de|ste)\s(?:verdieping|etage)(?![\w])|(?<=/\d{1,2})\.\s?(?:Stock|OG|Etage)(?![\w])"
    # an English floor by its ordinal ("201 Portage Ave, 18th Floor, Winnipeg")
    r"|(?:,|[ \t][—–])?\s(?:\d{1,2}(?:st|nd|rd|th)|Ground|First|Second|Third|Top)\s(?:Floor|floor|Fl\.|Flr\.?)(?![\w])"
    r"|(?:,|[ \t][—–])?\s(?:bajo|bajos|baix|baixos|entresuelo|entresòl|entlo\.?|ático|atico|àtic|principal|pral\.?)(?:[ \t][A-Z](?![\w])|[ \t]\d{1,2}[ªa](?![\w]))?(?![\w])"
    # an Austrian staircase and door after slashes ("Erdbergstraße 112/Stiege 2/Top 14")
    r"|/(?:Stiege|Stg\.|Top|Tür)[ \t]?\d{1,3}(?![\w]))+"
)
# ... and the country after the town ("68300 Saint-Louis, France", "Kingston, Jamaica W.I.")
COUNTRY_AFTER = regex.compile(
    # after a comma or a space, or alone on the letter head's next line ("3500 GC Utrecht\nNederland")
    r"(?:,?[ \t]|[ \t]*\n[ \t]*(?=\p{L}+(?:[ \t]\p{L}+)?[ \t]*(?:\n|\Z)))(?:France|Belgique|België|Belgium|Suisse|Schweiz|Switzerland|Deutschland|Germany|Österreich|Austria|"
    r"España|Spain|Nederland|Netherlands|Luxembourg|Luxemburg|Italia|Italy|Portugal|United[ \t]Kingdom|UK|Ireland|"
    r"Canada|USA|Jamaica(?:[ \t]W\.I\.)?|Sénégal|Senegal|Côte[ \t]d'Ivoire|México|Mexico|Argentina|Colombia|Perú|Peru|"
    r"Chile|Uruguay|Paraguay|Bolivia|Ecuador)(?![\w])"
)
# ... and after a Mexican address its state's abbreviation ("44160 Guadalajara, Jal."), after a capital "D.C."
TOWN_AFTER_STREET = regex.compile(
    rf",?\s(?:(?:{pc.TOWNS})(?:[ \t]D\.[ \t]?C\.|(?<=Kingston|Dublin|Abidjan|Dakar)[ \t]\d{{1,2}}(?![\d:/]|[.,]\d))?(?![\w-])|(?:Jal|Méx|Mex|N\.\s?L|Pue|Gto|Qro|Yuc|Ver|Chih|Son|B\.\s?C|Coah|Sin|Tamps|Mich|"
    r"Oax|Chis|Gro|Hgo|Mor|Tab|Ags|Zac|Dgo|Nay|Camp|Q\.\s?R|Tlax|B\.\s?C\.\s?S|D\.\s?C)\.)"
)

# ... and the district, town or province after a street address with its number, each after a comma on the
# same line, ending where the line, the sentence or the list item ends ("23 Florida Road, Morningside, Durban
# 4001", "Av. Providencia 1650, depto. 804, Providencia, Santiago.", "14B Admiralty Way, Lekki Phase 1, Lagos";
# a label ("Tel.", "Fax") or a first name is no place)
_PLACE = (  # a word, or an abbreviation of up to four letters with its dot ("Jal.", "D.N."); a sentence's dot stays out
    r"\p{Lu}(?:\p{L}{0,3}\.(?:\p{Lu}\.)*|[\p{L}'’-]*)(?:[ \t]+(?:(?:de|del|la|las|los|el|di|da|do|du|des|sur|upon|on|am|"
    r"an|im|bei)[ \t]+)?\p{Lu}(?:\p{L}{0,3}\.(?:\p{Lu}\.)*|[\p{L}'’-]*)){0,3}(?:[ \t]+(?:\d{4,6}|\d{1,2}(?=[ \t]*,)))?"
)
PLACES_AFTER_STREET = regex.compile(
    # (a district by its word: ", barrio Laureles, Medellín", ", colonia Roma Norte")
    r"(?:,[ \t]*(?P<place>(?:(?i:barrio|colonia|urbanización|urbanizacion|sector|vereda|quartier|reparto)[ \t]+)?"
    rf"{_PLACE}(?:(?<=\d{{4}})|(?<=\d{{5}})|(?<=\d{{6}})|(?=[ \t]*(?:[,;.()\n]|[–—][ \t]|$))))"
    # a postcode alone after the town ("Ñuñoa, 7750000", "Bogotá D.C., 110121", "Khayelitsha, 7784"; not a year)
    r"|,[ \t]*(?P<place>\d{5,7}|(?!(?:19|20)\d\d(?!\d))\d{4})(?=[ \t]*(?:[;.)\n]|$))"
    # a capital's postal district ("Kingston 10", "Dublin 4", "Abidjan 01")
    r"|,[ \t]*(?P<place>(?:Kingston|Dublin|Abidjan|Dakar)[ \t]\d{1,2})(?![\d:/]|[.,]\d)){1,3}"
)
NOT_PLACES = word_set(
    "tel tél tel. telf tlf tfno phone ph cel cell mobile móvil movil mob fax email e-mail mail web www ref attn "
    "telefon telefono teléfono handy gsm whatsapp nif cif rfc iban vat abn dni sr sra dr mr mrs ms "
    "c.p. cp bic swift"
)
# The street line before a postcode and town that end an address ("Frankrijklei 88, 2000 Antwerpen",
# "Westblaak 180, 3012 KN Rotterdam", "Postbus 2210, 5202 CE 's-Hertogenbosch", "Calle Mayor 28, bajo, 37002
# Salamanca"): capitalised words and a house number, maybe a floor word, then a comma, at the end of what is
# searched (the resolver merges it with the postcode and town)
_STREET_BEFORE_ZIP = regex.compile(
    r"(?<![\p{L}\d])(?!(?i:order|invoice|rechnung|factuur|factura|facture|ticket|room|raum|zimmer|kamer|case|"
    r"dossier|akte|file|projekt|project|job|task|auftrag|bestellung|bestelling|pedido|commande|ref|nr|no|po|"
    r"page|seite|pagina|item|line|zeile|regel|art|artikel|lot|version|week|woche|semaine|semana|kw)\b)(?:\p{Lu}(?:[\p{L}'’-]*|\p{L}{0,2}\.)(?:[ \t]+(?:[\p{Ll}'’]{1,4}[ \t]+)?(?:[dl]['’])?\p{Lu}(?:[\p{L}'’-]*|\p{L}{0,2}\.)){0,2})[ \t]+"
    # (a Catalan street's "d'" before its name, its ground floor: "Carrer d'Alboraia 41, baix, 46020 València")
    r"\d{1,5}[a-zA-Z]?(?:[-/]\d{1,4}[a-zA-Z]?|[ \t]?bis)?(?:,[ \t]*(?:bajo|bajos|baix|baixos|entlo|ático|atico|àtic|local|bus[ \t]+\d{1,4}))?"
    r"(?:,|[ \t]·)?[ \t]+\Z"
)

_NOT_TOWNS = word_set(
    "euro eur euros dollar usd chf gbp stunden std tage tagen mitarbeiter nutzer user users seiten zeilen "
    "dateien artikel einheiten stück stk datensätze records items units hours heures horas uren jours "
    "días dagen km mb gb tb kb mwh kwh teilnehmer personen leads kunden clients clientes klanten "
    "tel tél telf tlf tfno telefon telefono teléfono phone fax mobile móvil movil cel cell email mail"
)
# A label of a number right before five digits: no postcode ("Mandanten-Nr. 44018", "HRB 98412", "Ticket #")
_NUMBER_LABEL = regex.compile(
    r"(?:(?<![\p{L}])(?i:nr|no|nº|n°|nummer|number|num|hrb|hra|id)|#)\.?[ \t]*:?[ \t]*\Z"
)
_NL_UNITS = word_set("MB GB KB TB PC EU US UK VM HR IT PM AM KW CW QA OK ID DE FR ES NL BE")


# A Polish street by its abbreviation ("ul. Długa 27/4", "al. Jana Pawła II 14", "os. Kolorowe 3/12")
_PL_STREET = regex.compile(
    r"(?<![\p{L}])(?:ul|al|os|pl)\.[ \t]?\p{Lu}[\p{L}-]+(?:[ \t](?:\p{Lu}[\p{L}-]*|[IVX]+)){0,3}[ \t]\d{1,4}[A-Za-z]?"
    r"(?:/\d{1,4}[A-Za-z]?)?(?![\w/])"
)


# A street named after a person by his whole name, the given name before the compound ("Paul Krugerlaan 88",
# "Johan de Wittlaan 3", "Frederik Hendriklaan 211 A")
_GIVEN_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Lu}\p{Ll}+)[ ](?:(?:de|van|van[ ]der|ter)[ ])?\Z")


# The UK's right-to-work share code before what reads like a postcode ("share code W4K 7PD 2XN")
_SHARE_CODE_BEFORE = regex.compile(r"(?i:share[ \t]code)[ \t]*(?:is[ \t]+)?:?[ \t]*\Z")


class AddressRecognizer:
    name: str = "address"
    kinds: tuple[str, ...] = ("ADDRESS",)

    def _street_before(self, text: str, start: int) -> Iterator[Span]:
        """The street line right before a postcode and town, when it ends on a house number."""
        m = _STREET_BEFORE_ZIP.search(text, max(0, start - 70), start)
        if m is not None:  # up to the house number or floor (the resolver joins it to the postcode and town)
            yield Span(m.start(), m.start() + len(m.group().rstrip(", \t")), "ADDRESS", 0.6, self.name)

    def find(self, text: str, lang: str) -> Iterator[Span]:
        yield from spoken_addresses(text)  # "rue de l'ourthe quarante-sept": a house number in words
        yield from landmark_addresses(text)  # "site: the farm past the Croom turn-off, blue gate"
        yield from direction_addresses(
            text
        )  # "the yellow house behind the Spar, second left after the church"
        yield from upstairs_addresses(text)  # "above the bakery on Gerrard St E, ..., buzzer 3"
        if not has_digit(text):
            return
        yield from layout_addresses(text)
        yield from senas_addresses(text)  # "de la iglesia católica 200 m al sur y 50 oeste"
        yield from regional_addresses(text)
        lowered = text.lower()
        if any(word in lowered for word in pc.PO_BOX_HINTS):
            for m in pc.PO_BOX.finditer(text):
                end, start = m.end(), m.start()
                if m.group().startswith("BP"):  # Francophone Africa: "01 BP 4217 Abidjan 01"
                    area = regex.search(r"(?<![\w])\d{2}[ \t]+\Z", text[max(0, start - 4) : start])
                    start -= len(area.group()) if area else 0
                    after = pc.TOWN_AFTER_BOX.match(text, end)
                    if after is not None and fold_str(after.group(1)) in lx.places():
                        end = after.end()
                town = m.group("town")
                if town and text[end : end + 1] == "," and fold_str(town) not in lx.places():
                    end = m.start("town") - 1  # "PO Box 12, Acme Ltd, ...": no town
                    while text[end - 1] in ", \t":
                        end -= 1
                yield Span(start, end, "ADDRESS", 0.7, self.name)
        for pattern, hints in zip(STREET_PATTERNS, _STREET_HINTS, strict=True):
            if hints and not any(h in lowered for h in hints):
                continue  # none of the pattern's street words is in the text: no need to scan it
            for m in pattern.finditer(text):
                start = m.start()
                if pattern is _COMPOUND_STREET:  # "Paul Krugerlaan 88", "Frederik Hendriklaan 211 A"
                    given = _GIVEN_BEFORE.search(text, max(0, start - 24), start)
                    if given is not None and fold_str(given.group(1)) in lx.first_names():
                        start = given.start()
                yield Span(start, m.end(), "ADDRESS", 0.8, self.name)
        for m in pc.ZIP_CITY.finditer(text):
            town = m.group().split()[1].lower()
            if _NUMBER_LABEL.search(text, max(0, m.start() - 16), m.start()):
                continue  # "Mandanten-Nr. 44018\nNürnberg", "HRB 98412": a number of a register or a client
            if "\n" in m.group() and lx.plain_word(fold_str(town)) and fold_str(town) not in lx.places():
                continue  # "Nummer 98412\nAktueller Ausdruck": across a line break no word for a town
            if town not in _NOT_TOWNS:
                yield Span(m.start(), m.end(), "ADDRESS", 0.65, self.name)
                yield from self._street_before(text, m.start())
        for m in pc.NL_ZIP.finditer(text):
            letters = m.group()[4:].strip()[:2]
            # "6537 KB Nijmegen" after its street line ("Meijhorst 34-17, ") is a postcode, not kilobytes
            street = letters in _NL_UNITS and _STREET_BEFORE_ZIP.search(
                text, max(0, m.start() - 60), m.start()
            )
            if letters not in _NL_UNITS or street and text[: m.start()].rstrip(" \t").endswith(","):
                yield Span(m.start(), m.end(), "ADDRESS", 0.7, self.name)
                yield from self._street_before(text, m.start())
        for m in pc.ZIP4_CITY.finditer(text):
            yield Span(m.start(), m.end(), "ADDRESS", 0.7, self.name)
        for m in pc.BE_ZIP_AFTER_STREET.finditer(text):  # "Frankrijklei 88, 2000 Antwerpen": the street first
            street = _STREET_BEFORE_ZIP.search(text, max(0, m.start() - 60), m.start())
            if street is not None:
                yield Span(street.start(), m.end(), "ADDRESS", 0.65, self.name)
        for m in pc.UK_POSTCODE.finditer(text) if pc.UK_QUICK.search(text) else ():
            if _SHARE_CODE_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                continue  # "share code W4K 7PD 2XN": a right-to-work code, the labelled ids' own
            yield Span(m.start(), m.end(), "ADDRESS", 0.7, self.name)
        for pattern, quick in (
            (pc.EIRCODE, pc.EIR_QUICK),
            (pc.CA_POSTCODE, pc.CA_QUICK),
            (pc.AU_US, pc.AU_US_QUICK),
        ):
            # their optional town before the code makes them slow to scan: first the code alone
            for m in pattern.finditer(text) if quick.search(text) else ():
                yield Span(m.start(), m.end(), "ADDRESS", 0.65, self.name)
        for pattern in (
            _PL_STREET,
            _RURAL_ROUTE,
            _NUMBERED_STREET,
            _LAND_DESCRIPTION,
            pc.CP,
            pc.COLONIA,
            pc.PIN_CITY,
            pc.CO_GRID,
            pc.AR_CPA,
            _KM_ROAD,
        ):
            for m in pattern.finditer(text):
                yield Span(m.start(), m.end(), "ADDRESS", 0.65, self.name)
        for m in pc.ZIP4_TOWN.finditer(text):
            before = text[max(0, m.start() - 2) : m.start()]
            if 1950 <= int(m.group(1)) <= 2039 and not (m.start() == 0 or "," in before or "\n" in before):
                continue  # "2026 Wien": a year, unless it opens a line or follows a comma
            yield Span(m.start(), m.end(), "ADDRESS", 0.65, self.name)
            if text[max(0, m.start() - 3) : m.start()].strip() == "·":  # "Steinenvorstadt 33 · 4051 Basel"
                yield from self._street_before(text, m.start())
