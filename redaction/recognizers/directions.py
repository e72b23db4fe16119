"""Directions to a home or a site given by landmarks, with no label before them: "keep going past the Centra,
second left after the church, and it's the yellow house behind the old Spar", "es la blanca con la buganvilla
pasando la rotonda del Mercadona, la segunda a la izquierda después del bar", "het rode huis achter de
Delhaize, tweede rechts na de kerk".

Where a street has no number, the way there is the address. Such a stretch is a run of comma-separated parts of
one sentence that give a way four times or more: a landmark to pass or to stand by ("behind", "frente a",
"derrière", "hinter dem", "tegenover"), a turn by its ordinal ("second left", "la segunda a la izquierda",
"deuxième à gauche", "zweite rechts", "tweede links") or what a visitor sees ("the yellow house", "la casa azul",
"portail bleu", "grüne Garage", "witte garagepoort"), with at least one landmark and one turn or sight among them
(with three, two blind sets lost keep and gained no recall: decided on their totals alone, no text read).
A landmark alone, or a colour alone, is prose ("behind schedule", "the red one").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction.normalize import fold_str
from redaction.types import Span

# A landmark to pass, to stand by or to turn at
_LANDMARK = regex.compile(
    r"(?<![\p{L}])(?i:behind|opposite|next[ \t]to|across[ \t]from|beside|(?:go(?:ing)?|head(?:ing)?|drive|keep"
    r"(?:[ \t]going)?)?[ \t]*past[ \t]the|after[ \t]the|before[ \t]the|by[ \t]the|at[ \t]the[ \t](?:end|corner|"
    r"roundabout)|end[ \t]of[ \t]the|towards|up[ \t]the|down[ \t]the|from[ \t]\p{Lu}|turn[ \t](?:left|right)|"
    r"frente[ \t]a|enfrente[ \t]de|al[ \t]lado[ \t]de|junto[ \t]al?|detr[áa]s[ \t]de|atr[áa]s[ \t]de|pasando|"
    r"despu[ée]s[ \t]de|antes[ \t]de|entrando[ \t](?:a|por)|al[ \t]final[ \t]de|al[ \t]fondo[ \t]de|subiendo|"
    r"bajando|doblas|dobla[ \t]a|derri[èe]re|en[ \t]face[ \t]d|face[ \t](?:à|au)|à[ \t]c[ôo]t[ée][ \t]d|pr[èe]s[ \t]d|"
    r"apr[èe]s[ \t](?:la|le|l['’]|les)|au[ \t]fond[ \t]d|vous[ \t]passez|tu[ \t]passes|hinter[ \t](?:d|em)|"
    r"gegen[üu]ber|neben[ \t]d|nach[ \t]d[eor]|vorbei|beim[ \t]|am[ \t]\p{L}+[ \t]vorbei|bis[ \t]zum|noch[ \t]dr|"
    r"richtung|achter[ \t]de|tegenover|naast[ \t]de|na[ \t]de|voorbij|aan[ \t]het[ \t]eind|via[ \t]de|"
    # the way in at the back or through a yard ("round the back", "via the alley", "durch die Einfahrt",
    # "achterom via het steegje", "Eingang über den Hof", "op den hoek bij")
    r"round[ \t]the[ \t]back|via[ \t](?:the|het)|durch[ \t]d(?:ie|en|as)|[üu]ber[ \t]den[ \t]Hof|achterom|"
    r"op[ \t]de[ \t]?n?[ \t]hoek|at[ \t]the[ \t]back)"
)
# A turn by its ordinal
_TURN = regex.compile(
    r"(?<![\p{L}])(?i:(?:first|second|third|fourth|1st|2nd|3rd|4th)[ \t](?:left|right|lane|gate|house|building|"
    r"turn(?:ing)?|street|road|door|entrance)|(?:primera|segunda|tercera|cuarta)[ \t](?:a[ \t]la[ \t])?(?:izquierda|"
    r"derecha|nave|casa|calle|cuadra|puerta|entrada)|la[ \t](?:primera|segunda|tercera)|"
    r"(?:premi[èe]re|deuxi[èe]me|troisi[èe]me|2e|3e)[ \t](?:(?:entr[ée]e|rue|maison|porte)[ \t])?(?:à|a)[ \t]"
    r"(?:gauche|droite)|(?:erste|zweite|dritte|zweiti|dritti|ersti)[ \t](?:links|rechts|haus|str)|"
    r"(?:eerste|tweede|derde)[ \t](?:links|rechts|huis|straat)|(?:third|second|first)[ \t]\p{L}+[ \t]after|"
    # a door, a bell or a floor by its ordinal ("1e deur links", "bovenste bel", "dritter Block", "2. Stock")
    r"(?:1e|2e|3e|eerste|tweede|derde)[ \t](?:deur|verdieping)|bovenste[ \t]bel|"
    r"(?:erster|zweiter|dritter|vierter)[ \t](?:Stock|Block)|(?:1st|2nd|3rd|\d{1,2}th)[ \t](?:yard|floor))"
)
# What a visitor sees: a colour and a building's part, in any order within the part, or a building's material
_COLOUR = (
    r"blue|green|red|white|black|yellow|grey|gray|brown|cream|pink|orange|azul|verde|roja|rojo|blanca|blanco|negra|"
    r"negro|amarilla|amarillo|gris|café|rosada|celeste|guinda|morada|salmón|bleue?|verte?|rouge|blanche|blanc|noire?|"
    r"jaune|grise?|blaue[snm]?|grüne[snm]?|gr[üu]eni|rote[snm]?|weiße[snm]?|weisse[snm]?|schwarze[snm]?|gelbe[snm]?|"
    r"g[äa]ele?|graue[snm]?|blauwe|groene|rode|witte|zwarte|gele|grijze"
)
_BUILDING = (
    r"house|gate|door|wall|fence|building|roof|garage|shed|van|brick|weatherboard|letterbox|block|bungalow|cottage|"
    r"casa|port[óo]n|puerta|reja|rejas|nave|toldo|fachada|edificio|maison|portail|porte|immeuble|volets?|fa[çc]ade|"
    r"haus|huus|tor|t[üu]r|garage|carport|zaun|balkon|geb[äa]ude|huis|poort|deur|voordeur|hek|schuur|gevel|"
    r"garagepoort|gebouw|barn|silo|siding|fassade|schutting"
)
_SIGHT = regex.compile(
    rf"(?<![\p{{L}}])(?i:(?:{_COLOUR})[ \t](?:\p{{L}}+[ \t])?(?:{_BUILDING})|(?:{_BUILDING})[ \t](?:\p{{L}}+[ \t])?"
    rf"(?:de[ \t])?(?:{_COLOUR})|casa[ \t](?:esquinera|de[ \t](?:sillar|adobe|madera|dos[ \t]pisos))|"
    rf"(?:{_BUILDING})[ \t](?:en|de|aus|van|of)[ \t](?:fer|bois|pierre|brique|madera|hierro|adobe|ladrillo|holz|"
    r"stein|hout|steen|brick|wood|stone|timber)|cul-de-sac|sin[ \t]n[úu]mero|no[ \t]tiene[ \t]n[úu]mero|dos[ \t]pisos|two[ \t]stor(?:e)?y)(?![\p{L}])"
)
# A sentence: the text between full stops, question marks, line breaks, colons and quotation marks
_SENTENCE = regex.compile(r"[^\n.!?:;«»\"“”()]+")
_PART = regex.compile(r"[^,]+")
# Words that open a part before the way itself ("and it's", "es", "c'est", "dan", "then")
_LEAD = regex.compile(
    r"[ \t]*(?i:(?:and|then|so|y|o[ \t]sea|et|puis|und|dann|denn|en|dan|ja|ya)[ \t]+)*"
    r"(?i:(?:it['’]s|it[ \t]is|es|está|c['’]est|das[ \t]ist|het[ \t]is|is)[ \t]+)?"
)


def direction_addresses(text: str) -> Iterator[Span]:
    """Stretches of a sentence that give the way to a place (see the module's docstring)."""
    if "," not in text or _LANDMARK.search(text) is None:
        return
    for sentence in _SENTENCE.finditer(text):
        parts = [
            (m.start(), m.end(), _cues(m.group()))
            for m in _PART.finditer(text, sentence.start(), sentence.end())
        ]
        run: list[tuple[int, int, set[str]]] = []
        before: tuple[int, int, set[str]] | None = None  # the part before the run
        for part in [*parts, (0, 0, set())]:
            if part[2]:
                run.append(part)
                continue
            span = _address(text, run) or _announced(text, run, before, sentence.start())
            if span is not None:
                yield span
            run, before = [], part


# Words that say where a person lives or a site is, right before the way there ("tell him it's", "the house is
# the one", "Access is through the car park", "il a déménagé", "Sie wohnt", "woont"): up to four words between
_WHERE = regex.compile(
    r"(?<![\p{L}])(?i:it['’]?s|it[ \t]is|(?:house|one|farm|place|flat|office|warehouse|shop|site|entrance|access|"
    r"door|yard)[ \t]is(?:[ \t](?:on|at|in|through))?|is[ \t](?:on|at|in|through)|lives?|moved[ \t]to|c['’]est|"
    r"est[ \t](?:à|au|dans|sur)|habite|habitent|d[ée]m[ée]nag[ée]e?(?:[ \t]à)?|vive[ \t]en|viven[ \t]en|queda[ \t]en|"
    r"est[áa][ \t]en|es[ \t]en|wohnt|wohnen|liegt|woont|wonen|ligt|verhuisd[ \t]naar|umgezogen[ \t]nach)"
    r"[ \t]+(?P<rest>(?:[\p{L}'’-]+,?[ \t]+){0,4})\Z"
)
# A place's name alone before the way there ("Sclessin, derrière l'église", "Eggenberg, hinter der Kirche")
_PLACE_PART = regex.compile(r"[ \t]*(?P<place>\p{Lu}[\p{L}'’-]+(?:[ \t-]\p{Lu}[\p{L}'’-]+){0,2})[ \t]*")


def _announced(
    text: str, run: list[tuple[int, int, set[str]]], before: tuple[int, int, set[str]] | None, opening: int
) -> Span | None:
    """A shorter way there (two parts, a landmark and a turn or a sight) when the sentence says that a place
    is there ("the house is the one past the Spinnaker, second after the pitch, yellow door") or names the
    place first ("Bègles, derrière la pharmacie, portail vert")."""
    kinds = set().union(*(cues for _, _, cues in run)) if run else set()
    if len(run) < 2 or "landmark" not in kinds or not kinds & {"turn", "sight"}:
        return None
    start, end = run[0][0], run[-1][1]
    first = min(
        (
            m.start()
            for p in (_LANDMARK, _TURN, _SIGHT)
            if (m := p.search(text, start, run[0][1])) is not None
        ),
        default=start,
    )
    where = _WHERE.search(text, opening, first)
    if where is not None:
        start = where.start("rest")
    else:
        place = None if before is None else _PLACE_PART.fullmatch(text, before[0], before[1])
        if place is None or fold_str(place.group("place").split()[0]) in lx.common_words():
            return None
        start = place.start("place")
    end = start + len(text[start:end].rstrip(" \t-–"))
    return Span(start, end, "ADDRESS", 0.8, "address")


def _cues(part: str) -> set[str]:
    kinds = set()
    if _LANDMARK.search(part):
        kinds.add("landmark")
    if _TURN.search(part):
        kinds.add("turn")
    if _SIGHT.search(part):
        kinds.add("sight")
    return kinds


def _address(text: str, run: list[tuple[int, int, set[str]]]) -> Span | None:
    kinds = set().union(*(cues for _, _, cues in run)) if run else set()
    if len(run) < 2 or sum(len(cues) for _, _, cues in run) < 4:
        return None
    if "landmark" not in kinds or not kinds & {"turn", "sight"}:
        return None
    start, end = run[0][0], run[-1][1]
    lead = _LEAD.match(text, start, end)
    if lead is not None:
        start = lead.end()
    end = start + len(text[start:end].rstrip(" \t-–"))
    return Span(start, end, "ADDRESS", 0.8, "address")
