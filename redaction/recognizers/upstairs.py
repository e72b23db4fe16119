"""A home above a shop, found by its doorbell: "above the bakery on Gerrard St E, the door between the bakery and
the pharmacy, buzzer 3", "über der Bäckerei in der Kastanienallee, Eingang über den Hof, Klingel 3", "boven de
bakker in de Kruisstraat, de deur naast de etalage, bel 3", "encima de la panadería La Espiga en calle Condell,
timbre 3".

A flat with no number of its own is given by the shop under it and the bell to ring. The stretch runs from the
word for "above" to the bell's number, within one sentence (no full stop or line break between them, 130
characters at most), and names a place in capitals (the street or the shop) on the way; a bell's number alone, or
"above the threshold", is no address.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.types import Span

_UPSTAIRS = regex.compile(
    r"(?<![\p{L}])(?i:above|over|upstairs[ \t]from|über|ueber|oberhalb|boven|encima[ \t]de|arriba[ \t]de|"
    r"au-dessus[ \t]d|au[ \t]dessus[ \t]d)(?![\p{L}])"
    r"(?P<way>[^.\n!?;]{5,130}?)"
    r"(?<![\p{L}])(?i:buzzer|door[ \t]?bell|bell|ring|klingel|bel|timbre|sonnette|interphone)[ \t]*"
    r"(?:(?i:no|nr|n°|nº)\.?[ \t]*)?\d{1,3}[a-zA-Z]?(?![\w])"
)
_CAPITAL = regex.compile(r"(?<![\p{L}])\p{Lu}\p{Ll}")


def upstairs_addresses(text: str) -> Iterator[Span]:
    """Homes above a shop, from "above" to the bell's number (see the module's docstring)."""
    for m in _UPSTAIRS.finditer(text):
        if _CAPITAL.search(m.group("way")) is not None:
            yield Span(m.start(), m.end(), "ADDRESS", 0.7, "address")
