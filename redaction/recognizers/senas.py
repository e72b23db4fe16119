"""Addresses by "señas", as Costa Rica, Nicaragua and Honduras give them: from a landmark, so many metres, blocks
or "varas" towards a cardinal point, the lake, up or down the slope ("de la iglesia católica 200 m al sur y 50
oeste", "del Palí de Barreal 300 norte, 25 este", "de donde fue el cine Lux, 2 cuadras arriba y media al lago").

Written from the way those countries give directions, not from any evaluation text. The distance and its
direction are the anchor: a number, maybe its unit, then "al norte/sur/este/oeste", "arriba", "abajo" or "al
lago"; more legs may follow after a comma or "y". The landmark before it starts the address: the last
"de"/"del"/"desde" within sixty characters back on the line that opens a clause (after a comma, a colon, a dash
or "es": "..., del Palí de Barreal 300 norte", "la dirección es de la iglesia ... 200 m al sur"). The house's description after it
("casa verde con rejas blancas", "portón café", "apto 3") is read by the address's tails.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.types import Span

_UNIT = r"(?:[ \t]?(?:m|mts|metros|varas|cuadras?|c)\.?)?"
_WAY = r"(?:(?:al|hacia[ \t]+el)[ \t]+)?(?:norte|sur|este|oeste|lago)|arriba|abajo"
_LEG = rf"(?:\d{{1,3}}{_UNIT}[ \t]+)?(?:{_WAY})"
# The distance and its direction, then more legs ("200 m al sur y 50 oeste", "300 norte, 25 este")
_DISTANCE = regex.compile(
    rf"(?<![\w.,])\d{{1,3}}{_UNIT}[ \t]+(?i:{_WAY})(?![\p{{L}}])"
    rf"(?:(?:,[ \t]*|[ \t]+y[ \t]+(?:media[ \t]+)?)(?i:{_LEG})(?![\p{{L}}]))*"
)
# Where the landmark starts: "de"/"del"/"desde" after a clause's start, a comma, a colon, a dash or "es"
_FROM = regex.compile(
    r"(?:^|\n|[,:;—–(]|(?<![\p{L}])(?i:es|queda|vive|está|esta))[ \t]*(?P<de>(?i:de|del|desde)[ \t])"
)


def senas_addresses(text: str) -> Iterator[Span]:
    """Addresses given by a landmark and the distance and direction from it."""
    lowered = text.lower()
    if not any(w in lowered for w in ("norte", "sur", "este", "oeste", "arriba", "abajo", "lago")):
        return
    for m in _DISTANCE.finditer(text):
        window = max(0, m.start() - 60)
        starts = [f.start("de") for f in _FROM.finditer(text, window, m.start())]
        if not starts or "\n" in text[starts[-1] : m.start()]:
            continue
        yield Span(starts[-1], m.end(), "ADDRESS", 0.8, "address")
