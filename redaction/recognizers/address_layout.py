"""Addresses by their layout rather than by a street word: form fields, address lines before a postcode.

Written from the postal formats and the way forms are filled in, not from any evaluation text:

- labelled fields (``Straße: Ahornweg 5`` / ``PLZ/Ort: 34117 Kassel``, ``Code postal : 44300`` /
  ``Ville : Nantes``, ``Straat + huisnr: ...`` / ``Woonplaats: ...``): the value of a street or postcode
  label when it holds a digit, and of a town label when a street or postcode field sits in the lines above;
- the comma-separated lines of an English-style address before a strong postcode (UK, Irish, Canadian, US,
  Australian): ``Unit 4, Riverside Business Park, 9 Mill Lane, Leeds LS10 1AB``, ``The Old Forge, Church
  Hill, Great Amwell SG12 9RT`` (capitalised words and house numbers only; a company suffix, a label or a
  lower-case word ends the address);
- German and Dutch street names that open with a preposition (``Am Sonnenhang 4``, ``Achter de Hoven 5``),
  only right before a postcode.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from redaction.types import Span

_LEAD = r"(?:^|(?<=[|;\t])|(?<=\s{2})|(?<=\s/\s))[ \t>*•·-]*"
_STREET_LABELS = (
    r"(?:Stra(?:ß|ss)e(?:\s?(?:/|und|u\.|\+)\s?Hausn(?:umme)?r\.?)?|Str\.|Anschrift|Wohnadresse|Privatadresse|"
    r"Postanschrift|Heimadresse|Adresse(?:\sprivée|\spersonnelle|\sdomicile)?|(?:Home\s|Postal\s|Street\s)?[Aa]ddress|"
    r"Street|Dirección|Direccion|Domicilio|Calle|Straat(?:\s?(?:\+|/|en)\s?huisn(?:umme)?r\.?)?|Woonadres|Adres|"
    r"Rue|Voie|Hausnummer|Huisnummer|Hausnr\.?|Huisnr\.?)"
)
_ZIP_LABELS = (
    r"(?:PLZ(?:\s?(?:/|,|und)\s?(?:Ort|Wohnort|Stadt))?|Postleitzahl|Post\s?code(?:\s?(?:/|,|en|\+)\s?(?:woon)?plaats)?|"
    r"Postal\scode|ZIP(?:\scode)?|Zip(?:\scode)?|Code\spostal(?:\s?(?:/|et|,)\s?(?:ville|localité))?|CP|C\.P\.|"
    r"Código\spostal|Codigo\spostal|Eircode)(?:\s?/\s?(?:Ville|Localité|Ort|Stadt|Plaats|Woonplaats|Población|Ciudad|"
    r"Town|City))?"
)
_TOWN_LABELS = (
    r"(?:Ort|Wohnort|Stadt|City|Town|Ville|Localité|Localite|Commune|Localidad|Población|Poblacion|Municipio|Ciudad|"
    r"Woonplaats|Plaats|Gemeente)"
)
# Words that give directions by landmarks ("behind the", "frente a", "300 metros sur", "blue gate", "casa esquinera")
LANDMARK = (
    r"(?:behind|opposite|near|next[ \t]to|across[ \t]from|beside|after[ \t]the|past[ \t]the|before[ \t]the|"
    r"close[ \t]to|off|in[ \t]front[ \t]of|look[ \t]for|left[ \t]at|right[ \t]at|come[ \t]in[ \t]by|"
    r"frente[ \t]al?|enfrente[ \t]de|al[ \t]frente[ \t]de|al[ \t]lado[ \t]de|junto[ \t]al?|detrás[ \t]del?|"
    r"detras[ \t]del?|atrás[ \t]del?|cerca[ \t]del?|pasando|después[ \t]del?|antes[ \t]del?|entrando[ \t]por|"
    r"a[ \t]la[ \t]vuelta[ \t]de|diagonal[ \t]a|contigu[oa][ \t]a|entre|"
    r"derrière|en[ \t]face[ \t]d|face[ \t](?:à|au|aux)|à[ \t]côté[ \t]d|près[ \t]d|non[ \t]loin[ \t]d|"
    r"à[ \t](?:droite|gauche)[ \t]après|"
    r"hinter[ \t]d|gegenüber|neben[ \t]d|beim|achter[ \t]de|tegenover|naast[ \t]de|naast[ \t]het|boven[ \t]de|"
    r"t\.h\.v\.|ter[ \t]hoogte[ \t]van|buitengebied|a[ \t]un[ \t]lado[ \t]de|au[ \t]bord[ \t]de|"
    r"\d{1,4}(?:[.,]\d{1,2})?[ \t]?(?:m|mts|metros|varas|cuadras)\.?[ \t](?:al[ \t]|hacia[ \t](?:el[ \t]|la[ \t])?|para[ \t])?"
    r"(?:norte|sur|este|oeste|arriba|abajo)|"
    r"(?:\d{1,2}(?:st|nd|rd|th|a\.?|°|º|e|ème)|first|second|third|primera|segunda|tercera|deuxième|troisième)"
    r"[ \t](?:house|gate|turning|hollow|casa|portón|entrada|cuadra|porte|maison)|"
    r"casa[ \t](?:esquinera|color|de[ \t](?:dos|una|tres)[ \t]pisos?|celeste|blanca|verde|amarilla|azul|rosada|"
    r"de[ \t]madera|de[ \t]adobe)|port[óo]n[ \t](?:negro|verde|café|blanco|azul|rojo|gris)|"
    r"(?:blue|green|red|white|black|yellow|pink|brown|grey|cream)[ \t](?:gate|house|door|wall|building|fence|"
    r"roof|trailer)|maison[ \t](?:jaune|bleue|blanche|verte|rose)|portail[ \t](?:bleu|vert|noir|blanc|rouge))"
)
# A field's value: up to 80 characters, or up to 200 when it gives directions by landmarks ("Dirección: San Pedro
# de Montes de Oca, del Mall San Pedro 300 metros sur y 75 este, casa esquinera, portón negro")
_VALUE = r"[ \t]*[:=][ \t]*(?P<value>[^\n|;\t]{2,200}?)[ \t]*(?=$|\n|[|;\t]|\s{2}|\s/\s)"

_STREET_FIELD = regex.compile(_LEAD + _STREET_LABELS + _VALUE, regex.MULTILINE | regex.IGNORECASE)
_ZIP_FIELD = regex.compile(_LEAD + _ZIP_LABELS + _VALUE, regex.MULTILINE)
_TOWN_FIELD = regex.compile(_LEAD + _TOWN_LABELS + _VALUE, regex.MULTILINE | regex.IGNORECASE)
_TOWN_VALUE = regex.compile(
    r"\p{Lu}[\p{L}'’.-]*(?:[\s-](?:\p{Lu}[\p{L}'’.-]*|am|an|im|der|de|la|le|sur|del|en|aan)){0,4}"
)
_TOWN_AFTER_GAP = regex.compile(
    r"[ \t]{2,4}\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2}(?=[ \t]*(?:$|\n))", regex.MULTILINE
)
_LANDMARK_IN = regex.compile(rf"(?<![\p{{L}}])(?i:{LANDMARK})(?![\p{{L}}])")
# What a visitor sees at the door: a gate's, a door's or a house's colour, a corner house, a back building
_DOOR = (
    r"(?:(?:blue|green|red|white|black|yellow|grey|brown)[ \t](?:gate|door|house|wall|fence|building)|"
    r"port[óo]n[ \t](?:negro|verde|café|blanco|azul|rojo|gris)|casa[ \t](?:esquinera|amarilla|blanca|verde|azul|"
    r"celeste|rosada)|portail[ \t](?:bleu|vert|noir|blanc|rouge)|maison[ \t](?:jaune|bleue|blanche|verte|à[ \t]étage)|"
    r"(?:blauwe|groene|rode|witte|zwarte|gele)[ \t](?:voordeur|poort|hek)|"
    r"(?:blaue|grüne|rote|weiße|weisse|schwarze|gelbe)[sn]?[ \t](?:Tür|Tor|Haus|Rückgebäude|Hoftor)|Hofeinfahrt|"
    r"Rückgebäude)"
)
_DOOR_IN = regex.compile(rf"(?<![\p{{L}}])(?i:{_DOOR})(?![\p{{L}}])")
# Directions by landmarks given as the whole address after a label or a chat speaker's colon ("- site: the farm
# past the Croom turn-off, blue gate", "Objekt ist schwer zu finden: hinter dem Netto ..., gelbes Rückgebäude"): the
# clause up to its end, when it has a landmark's word and what a visitor sees at the door
_AFTER_COLON = regex.compile(r"(?:(?<=:)[ \t]+|«[ \t]*)(?P<clause>[^\n:«»()=.?!;]{12,220})")
# A place's word in the label before the colon ("site:", "la dirección es fácil:", "Objekt ist schwer zu finden:",
# "werkplaats:", "pas d'adresse de rue :"), or a clause that says where something is ("es en ...", "c'est ...")
_PLACE_LABEL = regex.compile(
    r"(?i:address|adresse|adres|dirección|direccion|domicilio|site|location|lieu|ubicación|ubicacion|anschrift|"
    r"werkplaats|werkstatt|dépôt|depot|office|oficina|bureau|kantoor|büro|buero|finden|find|directions|"
    r"indicaciones|indications|wegbeschrijving|route|woont|wohnt|vive|habite|lives|casa|maison|huis|haus|house|"
    r"building|immeuble|edificio|gebouw|gebäude|llegar|get[ \t]there|trouver|vinden)[^\n]{0,40}\Z"
)
_WHERE_OPENING = regex.compile(
    r"(?i:es[ \t]en|está[ \t]en|esta[ \t]en|queda[ \t]en|c'est|se[ \t]trouve|it's|we're[ \t]at|located|ligt|"
    r"liegt|zit)(?![\p{L}])"
)
# The town named first, before a comma ("es en san lucas sacatepéquez, del km 29 ...", "in Lindenholt, naast ...")
_TOWN_FIRST = regex.compile(
    r"(?i:(?:es|está|esta|queda|it's|c'est|ligt|liegt)[ \t]+)?(?i:en|in|à|a)[ \t]+[^,\n]{2,40},[ \t]*"
    r"(?=[^,\n]{6})"
)
# a landmark's words, some of which end inside the next word ("hinter dem", "en face de", "à côté du")
_DIRECTION_IN = regex.compile(rf"(?<![\p{{L}}])(?i:{LANDMARK})")
_NOT_ADDRESS = regex.compile(r"@|https?:|www\.|\b(?:e-?mail|IP|MAC)\b", regex.IGNORECASE)

# A token of an English-style address line: a house number (12, 12a, 12-14, 4/2), a capitalised word, or a
# small word inside a name ("Stratford upon Avon", "Isle of Dogs", "Co. Cork"), a floor's ordinal ("2nd Floor"), the
# dash between a suite and its street number ("Suite 610 – 1122 Mainland St")
_LINE_TOKEN = regex.compile(
    r"\d{1,5}[A-Za-z]?(?:[-/]\d{1,5}[A-Za-z]?)?|\d{1,3}(?:st|nd|rd|th)|\p{Lu}[\p{L}'’.-]*|flat|unit|apt\.?|apartment|suite|floor|level|"
    r"room|of|the|upon|on|in|by|le|la|de|du|des|van|"
    r"der|den|von|y|del|s/n|bis|ter"
)
_BRACKET_OPENS = regex.compile(
    r"\d{1,5}[A-Za-z]?|\d{1,3}(?:st|nd|rd|th)|(?i:flat|unit|apt\.?|apartment|suite|floor|level)"
)
_COMPANY = regex.compile(
    r"(?:Ltd|Limited|LLC|LLP|Inc|Corp|plc|PLC|GmbH|AG|BV|B\.V\.|NV|N\.V\.|SA|S\.A\.|SL|S\.L\.|SARL|SAS|Pty)\.?"
)
_UNIT_WORD = regex.compile(r"(?i:suite|unit|apt\.?|apartment|ste\.?|#\d+)")
_SMALL = frozenset(["of", "the", "upon", "on", "in", "by", "le", "la", "de", "du", "des", "van", "der", "den",
                    "von", "y", "del"])  # fmt: skip
# Strong postcodes whose address lines come before them, comma-separated (UK, IE, CA, US, AU); ASCII
# classes only, so the stdlib engine (four times faster on this alternation)
_ANCHORS = re.compile(
    r"(?<![\w])(?:[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}|"
    r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d|"
    r"(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s\d{4}|"
    r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|"
    r"OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\s\d{5}(?:-\d{4})?)(?![\w])"
)
_PREPOSITION_STREET = regex.compile(
    r"(?<![\p{L}])(?:Am|An der|An den|Auf dem|Auf der|Im|In der|In den|Unter den|Zum|Zur|Hinter der|Hinter dem|"
    r"Vor dem|Beim|Bei der|Achter de|Achter het|Aan de|Aan het|Op de|Op het|In de|In het|Bij de|Over de|"
    r"Onder de|Langs de|Voor de|Tussen de)\s\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?\s\d{1,4}(?:\s?[a-zA-Z](?![\p{L}]))?"
    r"(?:[-/]\d{1,4})?(?=,?\s{1,3}(?:(?:D|A|CH|NL|B)-)?\d{4,5}(?:\s?[A-Z]{2})?\s\p{Lu})"
)


def _line_suffix(segment: str) -> int:
    """Where the address part at the end of ``segment`` starts (``len(segment)`` if none does)."""
    start = len(segment)
    tokens = list(regex.finditer(r"\S+", segment))
    for k in range(len(tokens) - 1, -1, -1):
        token = tokens[k].group()
        if token in "–-" and k >= 2 and _UNIT_WORD.fullmatch(tokens[k - 2].group()):
            continue  # "Suite 610 – 1122 Mainland St"
        if token[0] in '(“"' and _BRACKET_OPENS.fullmatch(token[1:]):
            # "at Kofi's flat (2nd floor, 41 Cotham Brow, ...": a floor or a number opens it after the bracket (not
            # a name: "(Kestrel Foods, Unit 4, ..." is the firm's)
            start = tokens[k].start() + 1
            break
        if not _LINE_TOKEN.fullmatch(token) or _COMPANY.fullmatch(token):
            break
        start = tokens[k].start()
    # an address part opens with a number or a capitalised word, not with "of" or "the"
    words = segment[start:].split()
    while words and words[0] in _SMALL:
        start = segment.index(words[1], start) if len(words) > 1 else len(segment)
        words = words[1:]
    return start


def _extend_back(text: str, start: int, max_lines: int = 3) -> int:
    """The start of the address whose postcode (or town and postcode) begins at ``start``."""
    line_start = text.rfind("\n", 0, start) + 1
    new_start = cursor = start
    for i in range(max_lines + 1):
        comma = text.rfind(",", line_start, cursor)
        seg_from = comma + 1 if comma >= 0 else line_start
        segment = text[seg_from:cursor]
        if i == 0 and not segment.strip():
            pass
        else:
            offset = _line_suffix(segment)
            if offset == len(segment) or not segment[offset:].strip():
                break
            new_start = seg_from + offset
            if segment[:offset].strip():
                break
        if comma < 0:
            break
        cursor = comma
    return new_start


def layout_addresses(text: str) -> Iterator[Span]:
    """Address spans found by layout (see the module docstring)."""
    field_ends: list[int] = []
    fields = (_STREET_FIELD, _ZIP_FIELD) if ":" in text or "=" in text else ()
    for pattern in fields:
        for m in pattern.finditer(text):
            value = m.group("value")
            if len(value) > 80 and _LANDMARK_IN.search(value) is None:
                continue
            if any(ch.isdigit() for ch in value) and not _NOT_ADDRESS.search(value):
                field_ends.append(m.end())
                # a postcode and its town set apart by a form's spacing ("CP / Ville : 33600  Pessac")
                town = _TOWN_AFTER_GAP.match(text, m.end("value")) if value[-1].isdigit() else None
                end = town.end() if town else m.end("value")
                yield Span(m.start("value"), end, "ADDRESS", 0.75, "address")
    for m in _TOWN_FIELD.finditer(text) if field_ends else ():
        town = _TOWN_VALUE.fullmatch(m.group("value"))
        near = any(end <= m.start() and text.count("\n", end, m.start()) <= 3 for end in field_ends)
        if town and near:
            yield Span(m.start("value"), m.end("value"), "ADDRESS", 0.7, "address")
    for m in _ANCHORS.finditer(text):
        begin = _extend_back(text, m.start())
        if begin < m.start():
            yield Span(begin, m.end(), "ADDRESS", 0.82, "address")
    for m in _PREPOSITION_STREET.finditer(text):
        yield Span(m.start(), m.end(), "ADDRESS", 0.8, "address")


def landmark_addresses(text: str) -> Iterator[Span]:
    """Directions by landmarks given as the whole address after a label, a chat speaker's colon or a French
    quotation mark (see ``_AFTER_COLON``), with no house number needed: the clause holds a landmark's words and what
    a visitor sees at the door ("blue gate", "portail bleu", "groene voordeur", "gelbes Rückgebäude"). Scored above
    the postcode inside it ("..., blue gate, Eircode V35 KP72"), which it holds."""
    if ":" not in text and "«" not in text:
        return
    for m in _AFTER_COLON.finditer(text):
        clause = m.group("clause")
        line_start = text.rfind("\n", 0, m.start()) + 1
        placed = _PLACE_LABEL.search(text, line_start, m.start()) or _WHERE_OPENING.match(clause)
        if not placed:
            continue  # "Note: we are behind the schedule, the blue door project ...": no address is announced
        if _DOOR_IN.search(clause) and _DIRECTION_IN.search(clause) and not _NOT_ADDRESS.search(clause):
            end = m.start("clause") + len(clause.rstrip(" \t,–-"))
            town = _TOWN_FIRST.match(
                clause
            )  # "en Envigado, del parque ...": the town is said, the way is the address
            yield Span(m.start("clause") + (town.end() if town else 0), end, "ADDRESS", 0.86, "address")
