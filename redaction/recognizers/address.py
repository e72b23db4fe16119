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
from redaction.recognizers.address_layout import landmark_addresses, layout_addresses
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
FR_STREET_WORDS = (
    r"(?:rue|avenue|av\.|boulevard|boul\.?|bd|place|chemin|allée|allee|impasse|quai|cours|route|square|passage|rang|"
    r"montée|côte|sentier|promenade|esplanade|voie|cité|résidence|lotissement|hameau|lieu-dit|clos|parvis|"
    r"faubourg|rond-point|traverse|ruelle|mail)"
)
ES_STREET_WORDS = (
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
    # the same declined after a preposition ("in der Kleinen Gartenstraße 3"), an Amsterdam street's ordinal ("2e
    # Kostverlorenkade 88-III")
    r"(?:Gro(?:ß|ss)|Klein|Alt|Neu|Ober|Unter|Lang|Hoh|Breit)en|[1-9]e|"
    r"Auf dem|Auf der|Im|In der|Sankt|St\.|"
    r"\p{Lu}\p{Ll}{2,}er|"  # a town's adjective: "Hanauer Landstraße 126", "Liebenauer Hauptstraße 2"
    # Dutch adjectives ("Zwart Janstraat", "Korte Nieuwstraat"), a Flemish town's before its road ("Gistelse Steenweg")
    r"Zwart|Zwarte|Witte|Rode|Groene|Hoge|Lage|Grote|Kleine|Eerste|Tweede|Derde|Noord|Zuid|Oost|West|"
    r"\p{Lu}\p{Ll}{2,}se(?=\s(?:Steenweg|Baan|Heirbaan|Heirweg|Weg|Straat|Vest)\s))"
)
STREET_PARTICLES = (
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
        rf"(?<![\w])(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Cc]haussée|[Pp]lace|[Qq]uai|[Cc]hemin|[Rr]oute|[Aa]llée|[Ii]mpasse)\s(?:{STREET_PARTICLES}\s?)?{_CAP}(?:\s{_CAP}){{0,2}}[ \t](?!(?:19|20)\d\d(?!\d))\d{{1,4}}(?:bis|ter|[a-z])?(?:/\d{{1,3}})?(?![\w])"
    ),
    # 221B Baker Street / 10 Downing St
    regex.compile(
        rf"(?<![\w]|\d[.,])\d{{1,5}}[A-Za-z]?,?\s(?:{_CAP_EN}\s){{1,3}}{_EN}(?![\p{{L}}])(?:,?\s(?:Suite|Apt\.?|Unit|Flat|Floor)\s\w+)?"
    ),
    # 12 rue de la Paix / 5 bis, avenue Victor Hugo / Quebec's unit and civic number: 3-1250, rue Beaubien Est
    regex.compile(
        rf"(?<![\w])(?:\d{{1,4}}-)?\d{{1,5}}(?:\s?(?:bis|ter))?,?\s(?i:{FR_STREET_WORDS})\s(?:{STREET_PARTICLES}\s?)?{_CAP}(?:\s(?:{STREET_PARTICLES}\s?)?{_CAP}){{0,3}}"
    ),
    # Polígono El Palmar, nave 7 / Polígono Los Olivares, parcela 14: an estate's unit gives the number
    regex.compile(
        rf"(?<![\w]){ES_STREET_WORDS}\s(?:{STREET_PARTICLES}\s)?{_CAP}(?:\s(?:{STREET_PARTICLES}\s)?{_CAP}){{0,3}},\s"
        r"(?:nave|parcela|local|manzana|lote|km\.?)\s?\d{1,4}[A-Z]?(?![\w])"
    ),
    # Calle de Alcalá 48 / C/ Mayor, 12, 3º B / Av. 18 de Julio 1357 (a street named after a date)
    regex.compile(
        rf"(?<![\w]){ES_STREET_WORDS}\s(?:{STREET_PARTICLES}\s|(?:de\s)?[lLdD]['’](?=\p{{Lu}}))?(?:\d{{1,2}}\sde\s)?{_CAP}(?:\s(?:{STREET_PARTICLES}\s)?{_CAP}){{0,3}},?\s(?:[nN][ºo°.]\s?|\#\s?)?(?:\d{{1,4}}(?!\d)|[sS]/[nN](?![\w]))"
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
# The street line before a postcode and town that end an address ("Frankrijklei 88, 2000 Antwerpen",
# "Westblaak 180, 3012 KN Rotterdam", "Postbus 2210, 5202 CE 's-Hertogenbosch", "Calle Mayor 28, bajo, 37002
# Salamanca"): capitalised words and a house number, maybe a floor word, then a comma, at the end of what is
# searched (the resolver merges it with the postcode and town)
STREET_BEFORE_ZIP = regex.compile(
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
# A label of a number right before five digits: no postcode ("Mandanten-Nr. 44018", "HRB 98412", "Ticket #",
# "Personalnummer ........ 00417", the dot leaders read as a colon and spaces)
_NUMBER_LABEL = regex.compile(
    r"(?:(?<![\p{L}])(?i:nr|no|nº|n°|nummer|number|num|hrb|hra|id)|(?i:nummer|nr)|#)\.?[ \t]*:?[ \t]*\Z"
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
        m = STREET_BEFORE_ZIP.search(text, max(0, start - 70), start)
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
            if _NUMBER_LABEL.search(text, max(0, m.start() - 40), m.start()):
                continue  # "Mandanten-Nr. 44018\nNürnberg", "HRB 98412": a number of a register or a client
            if "\n" in m.group() and lx.plain_word(fold_str(town)) and fold_str(town) not in lx.places():
                continue  # "Nummer 98412\nAktueller Ausdruck": across a line break no word for a town
            if town not in _NOT_TOWNS:
                yield Span(m.start(), m.end(), "ADDRESS", 0.65, self.name)
                yield from self._street_before(text, m.start())
        for m in pc.NL_ZIP.finditer(text):
            letters = m.group()[4:].strip()[:2]
            # "6537 KB Nijmegen" after its street line ("Meijhorst 34-17, ") is a postcode, not kilobytes
            street = letters in _NL_UNITS and STREET_BEFORE_ZIP.search(
                text, max(0, m.start() - 60), m.start()
            )
            if letters not in _NL_UNITS or street and text[: m.start()].rstrip(" \t").endswith(","):
                yield Span(m.start(), m.end(), "ADDRESS", 0.7, self.name)
                yield from self._street_before(text, m.start())
        for m in pc.ZIP4_CITY.finditer(text):
            yield Span(m.start(), m.end(), "ADDRESS", 0.7, self.name)
        for m in pc.BE_ZIP_AFTER_STREET.finditer(text):  # "Frankrijklei 88, 2000 Antwerpen": the street first
            street = STREET_BEFORE_ZIP.search(text, max(0, m.start() - 60), m.start())
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
