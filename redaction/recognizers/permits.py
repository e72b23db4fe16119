"""A residence or work permit's number after the permit's letter: Switzerland's and Belgium's permits are named by
a letter ("Ausländerausweis B, Nr. E 9384 2761", "permis B n° C 4417 2290", "carte de séjour type B n°
B 0719 4482 16", "Ausweis G Nr. G 2203 7719", "Ausweis B (Nr. B 5561 0384)").

The permit's word, its letter, the number's word, then the number: one or two capitals and digits in groups, seven
digits at least. Only the number is taken (the permit's letter is no one's).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

_PERMIT = regex.compile(
    r"(?<![\p{L}])(?i:ausländerausweis|ausweis|aufenthaltsbewilligung|bewilligung|permis|carte[ \t]de[ \t]séjour|"
    r"titre[ \t]de[ \t]séjour|verblijfsvergunning|verblijfskaart|permesso|carte(?=[ \t][A-Z][ \t]))"
    r"(?:[ \t]+(?i:type|typ|tipo))?[ \t]+[A-Z](?:-\p{L}+)?[ \t]*[,(]?[ \t]*\(?(?i:(?:ausweis-?)?nr|n°|nº|no|num|nummer)\.?[ \t]*:?[ \t]*"
    r"(?P<id>[A-Z]{1,2}[ \t]?\d{3,4}(?:[ \t]?\d{2,4}){1,3})(?![\w])"
)
_KEYS = ("ausweis", "bewilligung", "permis", "séjour", "verblijf", "permesso", "carte")


def permit_numbers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each permit's number after its letter."""
    lowered = text.lower()
    if not any(key in lowered for key in _KEYS):
        return
    for m in _PERMIT.finditer(text):
        if sum(ch.isdigit() for ch in m.group("id")) >= 7:
            yield m.span("id")
