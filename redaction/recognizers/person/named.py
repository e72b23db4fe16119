"""Places, buildings and vehicles named after a person, never the person: a saint's town, a street, room or
airport, a car's make before its model. ``guards.company_context`` and the recognizer ask here."""

from __future__ import annotations

import regex

from redaction import lexicon as lx
from redaction.normalize import fold_str
from redaction.recognizers.person.words import PARTICLES

# Places, buildings and vehicles named after a person: a saint's town ("San Martín", "Sint-Oedenrode",
# "St Helens"), a street, room or airport ("rue Victor-Hugo", "salle Marie-Curie", "aéroport
# Charles-de-Gaulle"), a car's make before its model ("Toyota Hilux", "Ford Transit")
_SAINTS = lx.word_set("san santa santo sant sankt st saint sainte sint são sao")
_NAMED_PLACES = lx.word_set(
    "rue avenue av boulevard bd place salle allée allee impasse quai chemin aéroport aeroport gare lycée lycee "
    "collège college école ecole hôpital hopital clinique calle avenida avda plaza paseo carrer sala aula "
    "aeropuerto estación estacion colegio instituto hospital clínica clinica zaal saal station stadion stade "
    "estadio"
)
# ... and those that name a place in any case, no family name among them ("Colegio Francisco José de Caldas",
# "Uniklinikum Carl Gustav Carus", "Menara Sultan Ismail", "métro Louise", "Av. Pedro de Valdivia")
PLACE_HEADS = lx.word_set(
    "lycée lycee collège college école ecole université universite hôpital hopital métro metro arrêt arret gare "
    "stade colegio escuela instituto liceo hospital estación estacion parada edificio universidad aula auditorio "
    "uniklinikum klinikum krankenhaus schule gymnasium haltestelle bahnhof stadion ziekenhuis halte universiteit "
    "hogeschool menara wisma boardroom parking parkhaus parkeergarage avenida avda av calle paseo jirón jiron jr "
    "pasaje pje carrera avenue boulevard bd allée allées allee aeropuerto aéroport aeroport estadio"
    # a university hospital, a Belgian secondary school ("CHU Sylvanus Olympio", "Athénée Royal Jules Destrée")
    " chu chr chuv athénée athenee"
    # Spanish and Galician squares and streets ("Glorieta Minerva", "Praza de María Pita", "Rúa Real")
    " glorieta praza rúa plaza plazoleta rambla ronda travesía travesia carretera avinguda carrer"
)
# "C/ Luis Montoto" (calle); not "c/" (contra, con): "SARL Vautrin c/ Bellamy"
_STREET_SLASH_BEFORE = regex.compile(r"(?<![\p{L}])C/[ \t]*$")
_MAKES = lx.word_set(
    "ford toyota porsche seat volkswagen vw opel renault peugeot citroën citroen fiat nissan volvo skoda škoda "
    "hyundai tesla chevrolet bmw audi mazda mitsubishi dacia iveco scania"
)
_STREET_WORDS = lx.word_set(
    "way lane close drive crescent terrace square gardens mews road street avenue rd st ave blvd highway boulevard "
    "parade"
)
# A building named after a person, with both of the person's names, where one goes ("at Simon Fraser Hall", "in
# Desmond Tutu House"); two words may be a person ("Sarah Hall"), and three without a place word before them too
# ("Mary Anne Hall joined")
_BUILDING_WORDS = lx.word_set("hall house building tower lodge library stadium arena")
_LOCATIVE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:at|in|the|to|from|near|outside|inside|behind|opposite)[ \t]+$"
)


def building_span(text: str, start: int, words: list[str]) -> bool:
    """ "at Simon Fraser Hall", "in Desmond Tutu House": a building named after a person."""
    return (
        len(words) >= 3
        and fold_str(words[-1].rstrip(".,'’")) in _BUILDING_WORDS
        and _LOCATIVE_BEFORE.search(text, max(0, start - 10), start) is not None
    )


_STREET_ENDINGS = (
    "straat",
    "laan",
    "plein",
    "gracht",
    "kade",
    "singel",
    "straße",
    "strasse",
    "gasse",
    "allee",
)
# The street's word closing a German street of hyphened names ("Konrad-Adenauer-Ufer")
_HYPHEN_STREET_WORDS = lx.word_set(
    "ufer platz straße strasse str weg ring damm allee gasse kai wall steig chaussee markt brücke bruecke promenade"
)
_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}.]+)[ \t-]*$")
_OF_BEFORE = frozenset({"de", "del", "da", "do"})


def place_head_before(text: str, start: int) -> bool:
    """A school's, hospital's, station's, tower's or street's word right before a name, in any case ("lycée
    Jean-Moulin", "Colegio Alonso de Ercilla", "Av. Túpac Amaru", "C/ Luis Montoto"): the name names the place."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    word = m.group(1) if m is not None else ""
    if m is not None and word in _OF_BEFORE:  # "Avenida de Alfonso Molina", "Praza de María Pita"
        m = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        word = m.group(1) if m is not None else ""
    if word.endswith(".") and len(word) > 5:
        return False  # "... in ziekenhuis. Ayşe kan sluiten": a sentence's end, not "Av." or "Avda."
    if fold_str(word.rstrip(".")) in PLACE_HEADS:
        return True
    return _STREET_SLASH_BEFORE.search(text, max(0, start - 6), start) is not None


def street_span(words: list[str]) -> bool:
    """ "Alexandra Palace Way", "Van Goghstraat", "Johan de Wittlaan": a street named after a person (not "Jan
    Verlaan", a surname that ends like a street, nor "Anna Close"); a German street of hyphened names ending on
    its street's word ("Konrad-Adenauer-Ufer", "Sophie-Scholl-Platz", "Willy-Brandt-Ring")."""
    last = words[-1].rstrip(".,'’") if words else ""
    if last.count("-") >= 2 and fold_str(last.rsplit("-", 1)[1]) in _HYPHEN_STREET_WORDS:
        return True
    if len(words) < 2:
        return False
    folded = fold_str(last)
    if not last[:1].isupper():
        return False
    if len(words) >= 3 and (folded in lx.NON_PERSON_TAILS or folded in _STREET_WORDS):
        return True  # not "Jun Park"
    particle = any(fold_str(w) in PARTICLES for w in words[:-1])
    if particle and folded.endswith(_STREET_ENDINGS):
        return True
    # "Simon Stevinplein", "Lange Hezelstraat": a street's word glued to a name of four letters or more, the word
    # no surname of the lists ("Jan Verlaan" is a person)
    ending = next((e for e in _STREET_ENDINGS if folded.endswith(e)), "")
    return bool(ending) and len(folded) - len(ending) >= 4 and folded not in lx.surnames()


def named_after(text: str, start: int, words: list[str]) -> bool:
    first = fold_str(words[0].rstrip("."))
    if first in _SAINTS and len(words) >= 2 or first.split("-")[0] in _SAINTS and "-" in first:
        return True
    if first in _MAKES and len(words) >= 2 and words[1][:1].isupper():
        return True
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    before = fold_str(m.group(1).rstrip("."))
    return before in _SAINTS and m.group(1)[:1].isupper() or before in _NAMED_PLACES and m.group(1).islower()
