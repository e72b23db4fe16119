"""Street addresses in English, German, French, Spanish and Dutch, and postcodes with their town.

Street lines are recognised by their street word ("Straße", "rue", "Calle", "Road", "-straat") and house
number; postcode + town by the national postcode formats. Adjacent parts are merged by the resolver into
one address ("Hauptstraße 12, 20095 Hamburg").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.lexicon import word_set
from redaction.types import Span

_CAP = r"\p{Lu}[\p{L}'’.-]*"
_NUM = r"\d{1,5}(?:\s?[a-zA-Z](?![\p{L}]))?(?:\s?[-–/]\s?\d{1,5}[a-zA-Z]?)?"
_DE_NL = (
    r"(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad|markt|kai|wall|graben|"
    r"straat|laan|gracht|plein|kade|dijk|singel|steeg|plantsoen|dreef|hof)"
)
_EN = (
    r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Boulevard|Blvd\.?|Way|Court|Ct\.?|Place|"
    r"Square|Sq\.?|Terrace|Close|Crescent|Row|Gardens|Parkway|Highway|Mews|Walk|Wharf|Quay|Grove|Park)"
)
_FR = r"(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|allee|impasse|quai|cours|route|square|passage)"
_ES = (
    r"(?:Calle|C/|Avenida|Avda\.?|Av\.|Paseo|Pº|Plaza|Pza\.?|Camino|Carrer|Ronda|Travesía|Travesia|Gran Vía|"
    r"Carretera|Ctra\.?|Rambla|Glorieta)"
)
_ADJ = (
    r"(?:Gro(?:ß|ss)e|Kleine|Alte|Neue|Obere|Untere|Lange|Hohe|Breite|Nieuwe|Oude|Korte|Am|An der|An den|"
    r"Auf dem|Auf der|Im|In der|Sankt|St\.)"
)
_PARTICLES = r"(?:de la|de las|de los|del|de l'|de|d'|du|des|la|le|les|y|et|van|der|den|von|am|an der)"

STREET_PATTERNS = [
    # Hauptstraße 12 / Große Elbstraße 145a / Keizersgracht 123 / Straße des 17. Juni 135
    regex.compile(
        rf"(?<![\p{{L}}])(?:{_ADJ}\s)?\p{{Lu}}[\p{{L}}-]*{_DE_NL}(?:\s(?:des|der)\s[\p{{L}}\d. ]{{2,15}}?)?\s{_NUM}(?![\d])",
        regex.V1,
    ),
    regex.compile(
        rf"(?<![\p{{L}}])\p{{Lu}}[\p{{L}}-]*\s(?i:stra(?:ß|ss)e|str\.|weg|platz|allee|straat|laan|wall|markt|ring|damm|kai|ufer|graben)\s{_NUM}(?![\d])"
    ),
    # Rue Neuve 12 / Avenue Louise 54 (Belgian and Swiss order)
    regex.compile(
        rf"(?<![\w])(?:Rue|Avenue|Boulevard|Chaussée|Place|Quai|Chemin)\s(?:{_PARTICLES}\s?)?{_CAP}(?:\s{_CAP}){{0,2}}\s\d{{1,4}}[a-z]?(?![\w])"
    ),
    # 221B Baker Street / 10 Downing St
    regex.compile(
        rf"(?<![\w])\d{{1,5}}[A-Za-z]?,?\s(?:{_CAP}\s){{1,3}}{_EN}(?![\p{{L}}])(?:,?\s(?:Suite|Apt\.?|Unit|Flat|Floor)\s\w+)?"
    ),
    # 12 rue de la Paix / 5 bis, avenue Victor Hugo
    regex.compile(
        rf"(?<![\w])\d{{1,4}}(?:\s?(?:bis|ter))?,?\s(?i:{_FR})\s(?:{_PARTICLES}\s?)?{_CAP}(?:\s(?:{_PARTICLES}\s?)?{_CAP}){{0,3}}"
    ),
    # Calle de Alcalá 48 / C/ Mayor, 12, 3º B
    regex.compile(
        rf"(?<![\w]){_ES}\s(?:{_PARTICLES}\s)?{_CAP}(?:\s(?:{_PARTICLES}\s)?{_CAP}){{0,3}},?\s(?:n[ºo°.]\s?)?\d{{1,4}}(?:\s?,\s?\d{{1,2}}[ºª°]\s?[A-Z]?)?"
    ),
]

# 20095 Hamburg / 75002 Paris / D-80331 München / 28014 Madrid / 60311 Frankfurt am Main
_ZIP_CITY = regex.compile(
    r"(?<![\w.,/€$£-])(?:(?:D|F|E|A|B|L|NL|CH)-)?\d{5}\s\p{Lu}[\p{Ll}'-]+(?:[\s-](?:am|an der|sur|sous|de|del|la|le|\p{Lu}[\p{Ll}'-]+)){0,2}(?![\w])"
)
# 1017 AB Amsterdam
_NL_ZIP = regex.compile(r"(?<![\w.,/€$£-])[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\s\p{Lu}[\p{Ll}'-]+(?![\w])")
# 1000 Bruxelles / 8001 Zürich / 1010 Wien: only with a country prefix or right after a street (see resolver)
_ZIP4_CITY = regex.compile(r"(?<![\w.,/€$£-])(?:(?:B|A|CH|L)-)\d{4}\s\p{Lu}[\p{Ll}'-]+(?![\w])")
ZIP4_AFTER_STREET = regex.compile(
    r"^,?\s{1,3}(?:\d{4}(?:\s?[A-Z]{2})?|\d{5})\s\p{Lu}[\p{Ll}'-]+(?:\s\p{Lu}[\p{Ll}'-]+)?"
)
# SW1A 1AA / EC1V 9HX
_UK_POSTCODE = regex.compile(r"(?<![\w])(?:\p{Lu}\p{Ll}+\s)?[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}(?![\w])")

_NOT_TOWNS = word_set(
    "euro eur euros dollar usd chf gbp stunden std tage tagen mitarbeiter nutzer user users seiten zeilen "
    "dateien artikel einheiten stück stk datensätze records items units hours heures horas uren jours "
    "días dagen km mb gb tb kb mwh kwh teilnehmer personen leads kunden clients clientes klanten"
)
_NL_UNITS = word_set("MB GB KB TB PC EU US UK VM HR IT PM AM KW CW QA OK ID DE FR ES NL BE")


class AddressRecognizer:
    name: str = "address"
    kinds: tuple[str, ...] = ("ADDRESS",)

    def find(self, text: str, lang: str) -> Iterator[Span]:
        if not any(ch.isdigit() for ch in text):
            return
        for pattern in STREET_PATTERNS:
            for m in pattern.finditer(text):
                yield Span(m.start(), m.end(), "ADDRESS", 0.8, self.name)
        for m in _ZIP_CITY.finditer(text):
            town = m.group().split()[1].lower()
            if town not in _NOT_TOWNS:
                yield Span(m.start(), m.end(), "ADDRESS", 0.65, self.name)
        for m in _NL_ZIP.finditer(text):
            letters = m.group()[4:].strip()[:2]
            if letters not in _NL_UNITS:
                yield Span(m.start(), m.end(), "ADDRESS", 0.7, self.name)
        for m in _ZIP4_CITY.finditer(text):
            yield Span(m.start(), m.end(), "ADDRESS", 0.7, self.name)
        for m in _UK_POSTCODE.finditer(text):
            yield Span(m.start(), m.end(), "ADDRESS", 0.7, self.name)
