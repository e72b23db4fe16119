"""Postcodes with their town, and post-office boxes, in the formats of the countries our clients work in.

The patterns of :class:`redaction.recognizers.address.AddressRecognizer` that need no street: a postcode and its
town ("20095 Hamburg", "1017 AB Amsterdam", "SW1A 1AA", "D02 X285", "H3B 4W8", "Sydney NSW 2000", "C1043AAZ
CABA", "C.P. 06600"), the big towns a street may end on, and post-office boxes ("Postfach 12 34", "BP 45").
"""

from __future__ import annotations

import regex

# A town after a postcode: "Hamburg", "Saint-Jean-de-Luz", "L'Hospitalet" (its article elided), or in capitals as postal standards write it ("PARIS",
# four letters or more: not "EUR"; not a form label such as "IBAN")
TOWN = r"(?:'s-\p{Lu}[\p{Ll}-]+|(?:[LD]['’](?=\p{Lu}))?\p{Lu}[\p{Ll}']+(?:-\p{Lu}?[\p{Ll}']+)*-?|(?!IBAN|SIRET|SIREN|SWIFT|CEDEX|TOTAL|NOTE)\p{Lu}{2}[\p{Lu}'-]{2,}(?![\p{Ll}]))"
TOWN_MORE = (
    rf"(?:(?:[ \t-]|(?<=-[dl]['’]))(?!CEDEX|Cedex)(?:(?:am|an der|im|in der|ob|bei|sur|sous|de|del|la|le|en|aan den|aan de)[ \t-]|d'|l')?{TOWN}){{0,3}}"
    r"(?:\s(?:CEDEX|Cedex)(?:\s\d{1,2})?)?(?:\s\(\p{Lu}[\p{L}. -]{1,24}\))?"
)
# 20095 Hamburg / 75002 Paris / D-80331 München / 28014 Madrid / 60311 Frankfurt am Main / 75008 PARIS
ZIP_CITY = regex.compile(
    rf"(?<![\w.,/€$£-])(?:(?:D|F|E|A|B|L|NL|CH)-)?\d{{5}}(?:[ \t\u00a0]{{1,2}}|\n(?=\p{{Lu}}\p{{Ll}})){TOWN}{TOWN_MORE}(?![\w])"
)
# 1017 AB Amsterdam / 3038 KL ROTTERDAM
NL_ZIP = regex.compile(
    rf"(?<![\w.,/€$£-])[1-9]\d{{3}}\s?(?!SA|SD|SS)[A-Z]{{2}}\s{TOWN}(?:\s(?:op|aan|aan den|aan de|an)\s{TOWN}|"
    rf"(?<=\s(?:Den|De|Het|Sint|Nieuw|Oud))\s{TOWN})?(?![\w])"
)
# 1000 Bruxelles / 8001 Zürich / 1010 Wien: only with a country prefix or right after a street (see resolver)
ZIP4_CITY = regex.compile(rf"(?<![\w.,/€$£-])(?:(?:B|A|CH|L)-)\d{{4}}\s{TOWN}(?![\w])")
# (The resolver calls ``match(text, end)``: the match is anchored at ``end``; ``^`` would never match there.)
# (a Dutch postcode may end the address without its town: "Prinsegracht 88, 2512 GA"; Portugal's and Poland's
# postcodes have a dash: "4000-447 Porto", "80-827 Gdańsk"; a town may have its river: "2460 Bruck an der Leitha")
_TOWN_RIVER = rf"(?:[ \t](?:an[ \t]der|am|an|im|ob|bei|in[ \t]der|a\.[ \t]?d\.|a\.)[ \t]?{TOWN}|[ \t]{TOWN})?"
ZIP4_AFTER_STREET = regex.compile(
    rf"(?:,|[ \t]\||[ \t][–—])?\s{{1,3}}(?:(?:\d{{4}}(?:[ \t]?[A-Z]{{2}})?|\d{{5}}|\d{{4}}-\d{{3}}|\d{{2}}-\d{{3}})[ \t]{TOWN}{_TOWN_RIVER}"
    r"|[1-9]\d{3}[ \t]?[A-Z]{2}(?![\p{L}\d]))"
)
# SW1A 1AA / EC1V 9HX / Hebden Bridge HX7 8AB / Newcastle upon Tyne NE1 4XF (a town of up to three words before it)
UK_POSTCODE = regex.compile(
    rf"(?<![\w])(?:{TOWN}(?:[ \t]+(?:(?:upon|on|under|in|by|le)[ \t]+)?{TOWN}){{0,2}},?\s)?"
    r"[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}(?![\w])"
)
# Ireland's Eircode: D02 X285 / Dublin D02 X285
EIRCODE = regex.compile(
    r"(?<![\w])(?:(?:Co\.\s)?\p{Lu}\p{Ll}+,?\s)?(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}(?![\w])"
)
# Canada: Montréal (Québec) H3B 4W8 / Toronto, ON M5H 2N2
CA_POSTCODE = regex.compile(
    r"(?<![\w])(?:\p{Lu}[\p{L}'-]+(?:[\s-]\p{Lu}[\p{L}'-]+){0,2},?\s(?:\((?:Québec|Quebec|Ontario|QC|ON)\)\s{1,2}|"
    r"(?:QC|ON|BC|AB|MB|NB|NS|NL|PE|SK)\s)?)?[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d(?![\w])"
)
# Australia and the US: Sydney NSW 2000 / Austin, TX 78701-1234
AU_US = regex.compile(
    r"(?<![\w])(?:\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?,?\s)?(?:(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s\d{4}|"
    r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|"
    r"OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR|VI|GU)\s\d{5}(?:-\d{4})?)(?![\w])"
)
# The codes alone, without the town the patterns above allow before them (a cheap test before each)
UK_QUICK = regex.compile(r"(?<![\w])[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}(?![\w])")
EIR_QUICK = regex.compile(r"(?<![\w])(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}(?![\w])")
CA_QUICK = regex.compile(r"(?<![\w])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d(?![\w])")
AU_US_QUICK = regex.compile(
    r"(?<![\w])(?:(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s\d{4}|(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|"
    r"ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR|VI|GU)\s\d{5})"
)
# Colombia's grid: the street, "#" or "No.", the cross street and the distance ("Carrera 11 No. 93-46", "Calle 72
# # 10-07", "Cra. 7 # 71-21 Sur", "Av. Calle 26 # 59-41", "Diagonal 40A Bis # 22-15")
CO_GRID = regex.compile(
    r"(?<![\w])(?:(?:Avenida|Av\.?|Ak|AK|Ac|AC)[ \t](?:Calle|Carrera|Cra\.?|Cl\.?)|Calle|Cl\.|Cll\.?|Carrera|Cra\.?|Kr\.?|Cr\.?|"
    r"Transversal|Tv\.?|Trv\.?|Diagonal|Dg\.?|Avenida|Av\.?)[ \t]?\d{1,3}[ \t]?[A-Z]?(?:[ \t]?(?:Bis|bis)(?:[ \t]?[A-Z])?)?"
    # (the plate's number may name its side before the dash: "Carrera 43A # 1 Sur-50")
    r"(?:[ \t](?:Sur|Este|sur|este))?[ \t]?(?:#|No\.?|N[°º]\.?|n[°º]\.?|Nro\.?)[ \t]?\d{1,3}[ \t]?[A-Z]?"
    r"(?:[ \t](?:Sur|Este|sur|este))?[ \t]?[-–][ \t]?\d{1,3}"
    r"(?:[ \t](?:Sur|Este|sur|este))?(?![\w])"
)
# Argentina's postcode (CPA): a province letter, four digits, three letters ("C1043AAZ CABA")
AR_CPA = regex.compile(
    # the province letter and the old four digits alone before the town, after an address's comma ("piso 2, S2000
    # Rosario"); a town of several words
    # with "del" or "de" ("B7600FYK Mar del Plata")
    r"(?<![\w])(?:[A-HJ-NP-Z]\d{4}[A-Z]{3}|(?<=,[ \t]{1,2})[A-HJ-NP-Z]\d{4}(?=[ \t]+\p{Lu}))"
    r"(?:[ \t]+(?:CABA|\p{Lu}\p{Ll}+(?:[ \t](?:(?:del|de|de[ \t]la)[ \t])?\p{Lu}\p{Ll}+){0,2}))?(?![\w])"
)
# Mexico's "C.P. 06600" and its colonia ("Col. Juárez"); India's PIN after a city (Bengaluru 560038)
CP = regex.compile(
    r"(?<![\w])(?:C\.\s?P\.|CP)\s?\d{5}(?:,?\s\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+){0,2})?(?![\w])"
)
COLONIA = regex.compile(r"(?<![\w])Col\.\s\p{Lu}[\p{L}'-]+(?:\s(?:de\s|del\s)?\p{Lu}[\p{L}'-]+){0,2}")
# Big towns of the countries our clients work in, for a town after a street or a 4- or 6-digit postcode
TOWNS = (
    "Wien|Graz|Linz|Salzburg|Innsbruck|Zürich|Zurich|Bern|Basel|Genève|Geneve|Lausanne|Luzern|Lugano|"
    "Bruxelles|Brussel|Brussels|Antwerpen|Anvers|Gent|Gand|Liège|Luik|Namur|Leuven|Brugge|Charleroi|Luxembourg|"
    "London|Manchester|Birmingham|Edinburgh|Glasgow|Leeds|Bristol|Dublin|Cork|Galway|Lagos|Abuja|Ibadan|"
    "Accra|Nairobi|Bengaluru|Bangalore|Mumbai|Delhi|New Delhi|Chennai|Hyderabad|Pune|Kolkata|Gurugram|Gurgaon|"
    "Noida|Ahmedabad|Kochi|Jaipur|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Auckland|Toronto|"
    "Montréal|Montreal|Québec|Quebec|Ottawa|Vancouver|Calgary|Madrid|Barcelona|Bilbao|Sevilla|Valencia|"
    "Málaga|Zaragoza|Donostia|San Sebastián|Vitoria|Pamplona|Lima|Arequipa|Bogotá|Medellín|Santiago|"
    "Buenos Aires|CABA|Ciudad de México|CDMX|Guadalajara|Monterrey|Quito|Montevideo|Rosario|Córdoba|Mendoza|"
    "Cali|Barranquilla|Cartagena|Cusco|Trujillo|Puebla|Querétaro|Mérida|Tijuana|Valparaíso|Concepción|Paris|Lyon|Marseille|Rennes|"
    "Brest|Nantes|Lille|Toulouse|Bordeaux|Nice|Strasbourg|Amsterdam|Rotterdam|Den Haag|Utrecht|Eindhoven|"
    "Leeuwarden|Groningen|Zwolle|Arnhem|Nijmegen|Maastricht|Berlin|Hamburg|München|Munich|Köln|Frankfurt|"
    "Stuttgart|Düsseldorf|Leipzig|Dresden|Hannover|Nürnberg|Bremen"
)
IN_TOWNS = (
    "Bengaluru|Bangalore|Mumbai|Delhi|New Delhi|Chennai|Hyderabad|Pune|Kolkata|Gurugram|Gurgaon|Noida|"
    "Ahmedabad|Kochi|Jaipur"
)
PIN_CITY = regex.compile(rf"(?<![\w])(?:{IN_TOWNS})\s?[-–]?\s?[1-9]\d{{2}}\s?\d{{3}}(?![\w])")
# Towns of the countries with 4-digit postcodes (Austria, Switzerland, Belgium, Luxembourg)
ZIP4_TOWNS = (
    "Wien|Graz|Linz|Salzburg|Innsbruck|Klagenfurt|Zürich|Zurich|Bern|Basel|Genève|Geneve|Lausanne|Luzern|"
    "Lugano|Winterthur|St\\. Gallen|Bruxelles|Brussel|Antwerpen|Anvers|Gent|Gand|Liège|Luik|Namur|Leuven|"
    "Brugge|Charleroi|Mechelen|Hasselt|Luxembourg"
)
ZIP4_TOWN = regex.compile(rf"(?<![\w.,/€$£-])(\d{{4}})\s(?:{ZIP4_TOWNS})(?![\w-])")

# A four-digit postcode and a town right after a comma (Belgium, Switzerland, Austria, Denmark)
BE_ZIP_AFTER_STREET = regex.compile(rf"(?<=\d[a-zA-Z]?,[ \t]{{1,2}})[1-9]\d{{3}}[ \t]{TOWN}(?![\w])")

# A post-office box ("Postfach 12 34", "PO Box 4471, Dublin 2", "Apartado de correos 123", "BP 45", "Postbus
# 2210", "case postale 12", "casilla de correo 1093", "P.O. Box CY 2718"); a town after it is joined by the
# resolver or taken here when it has no postcode (before a comma only a town of the places list)
PO_BOX = regex.compile(
    r"(?<![\p{L}\d])(?:(?i:postfach|p\.?[ \t]?o\.?[ \t]?box|post[ \t]office[ \t]box|apartado(?:[ \t]de[ \t]correos)?|"
    r"apdo\.?|bo[iî]te[ \t]postale|case[ \t]postale|postbus|postbox|casilla(?:[ \t]de[ \t]correos?)?|"
    r"caixa[ \t]postal)|BP)[ \t]*(?:(?i:nr|no|n°|nº)\.?[ \t]*)?(?:[A-Z]{1,3}[ \t])?"
    # a box of up to seven digits, or a box and its postcode and town ("Apdo. 1547-2050 San Pedro", Costa Rica)
    r"(?:\d{1,7}-\d{4}(?:[ \t]\p{Lu}[\p{L}-]+(?:[ \t]\p{Lu}[\p{L}-]+)?)?(?![\d\p{L}/])|"
    r"\d{1,7}(?:[ \t]\d{2,4}){0,2}(?![\d\p{L}/]))(?:,[ \t]*(?P<town>\p{Lu}[\p{L}-]+)(?:[ \t]\d{1,2}(?![\d]))?"
    r"(?=[ \t]*(?:$|\n|[.;,)])))?"
)


TOWN_AFTER_BOX = regex.compile(r"[ \t]+(\p{Lu}[\p{L}-]+)(?:[ \t]\d{1,2}(?![\d.,]))?")
PO_BOX_HINTS = ("postfach", "box", "apartado", "apdo", "postale", "postbus", "bp", "casilla", "caixa")
