"""How far an address reaches around its street line: the unit, floor, building, estate or farm before it
("Résidence Les Chartrons, bât. C, esc. 2, appt 24, 3e étage, 38 quai des Chartrons", "Finca El Olivar, Ctra. ..."),
the floor, door or staircase after it ("Av. Maisonnave 19, 7º-B", "Erdbergstraße 112/Stiege 2/Top 14", "bus 4
(tweede verdieping, achterkant)"), the landmarks and the way in, the town, district, region and country after it.
The resolver (:mod:`redaction.resolve`) grows an address by these, one part at a time; the street lines themselves
are found in :mod:`redaction.recognizers.address`.
"""

from __future__ import annotations

import regex

from redaction.lexicon import word_set
from redaction.recognizers import postcodes as pc
from redaction.recognizers.address import ES_STREET_WORDS, FR_STREET_WORDS, STREET_PARTICLES
from redaction.recognizers.address_layout import LANDMARK

# Before a street: the floor, flat or office (merged only when a street follows)
UNIT_BEFORE = regex.compile(
    r"(?:(?:Level|Floor|Suite|Unit|Flat|Apartment|Apt\.?|Etage|Stock|Büro|Bureau|bureau|Oficina|Piso|Planta)"
    r"\s[\w/.-]{1,6},?\s{1,2}"
    # an Edinburgh flat's floor and door ("3F2, 212 Leith Walk"), a unit before its street number ("3/18 Marion
    # Street"), a house or plot number's word ("HSE No. 17, Nii Okaiman St", "n° 12, avenue Kasa-Vubu")
    r"|(?<![\w/])\d{1,2}F\d{1,2},?\s{1,2}|(?<![\w#])#\d{1,5}[ \t]*[–-][ \t]*|(?<![\w/.,-])(?!(?:19|20)\d\d/)\d{1,4}[A-Za-z]?/"
    r"|(?<![\p{L}])(?:(?:(?i:hse|house|plot|lot|h/no|h\.no)|LP)\.?[ \t]?(?:(?i:no|nr)\.?|n[°º])?|n[°º]|No\.?(?=[ \t]))[ \t]?"
    # a Spanish PO box's word before "Correos 512, ..." ("Apdo. de Correos 512, 44080 Teruel")
    r"|(?<![\p{L}])(?:Apdo\.?|Apartado)[ \t]de[ \t])\Z"
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
    r"(?i:basement|lower[ \t]ground|ground[ \t]floor|top[ \t]floor|(?:first|second|third|fourth|fifth)[ \t]floor|garden)"
    r"(?:[ \t](?i:flat))?"
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
    # a farm or a house by its own name: "Mas Riera", "The Maltings" (after a flat: "Apt 12, The Maltings, Bray Road"),
    # a building's ("Albion House", "Ashdown Court")
    + r"|(?:Mas|The)[ \t]+"
    + _NAMED
    + r"|\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?[ \t](?:House|Court|Mansions|Lodge|Buildings|Heights|Apartments|Cottage)"
    # a street without its number: "chemin de la Lande", "calle Los Pinos"
    + rf"|{FR_STREET_WORDS}[ \t]+(?:{STREET_PARTICLES}[ \t]?)?"
    + _NAMED
    + rf"|{ES_STREET_WORDS}[ \t]+(?:{STREET_PARTICLES}[ \t]+)?"
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
    # a Spanish floor by its word and its door ("Calle Sagasta 112, segundo B, 50006 Zaragoza"), an Amsterdam
    # ground floor ("Bos en Lommerweg 14 hs")
    r"|,[ \t](?:primero|segundo|tercero|cuarto|quinto|sexto|séptimo|septimo|octavo|noveno)(?:[ \t](?:[A-H]|izquierda|"
    r"izda\.?|derecha|dcha\.?|centro))?(?![\w])|[ \t]hs(?![\w])"
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
