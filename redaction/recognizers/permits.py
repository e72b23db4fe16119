"""A residence or work permit's number after the permit's letter: Switzerland's and Belgium's permits are named by
a letter ("Ausländerausweis B, Nr. E 9384 2761", "permis B n° C 4417 2290", "carte de séjour type B n°
B 0719 4482 16", "Ausweis G Nr. G 2203 7719", "Ausweis B (Nr. B 5561 0384)").

The permit's word, its letter, the number's word, then the number: one or two capitals and digits in groups, seven
digits at least. Only the number is taken (the permit's letter is no one's).

Also a person's number as a scan spaces it out, character by character ("P P S  N o .\n7 3 1 9 4 0 2 W A").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

_PERMIT = regex.compile(
    r"(?<![\p{L}])(?i:ausländerausweis|ausweis|aufenthaltsbewilligung|bewilligung|permis|carte[ \t]de[ \t]séjour|"
    r"titre[ \t]de[ \t]séjour|verblijfsvergunning|verblijfskaart|permesso)"
    r"(?:[ \t]+(?i:type|typ|tipo))?[ \t]+[A-Z](?:-\p{L}+)?[ \t]*[,(]?[ \t]*\(?(?i:nr|n°|nº|no|num|nummer)\.?[ \t]*:?[ \t]*"
    r"(?P<id>[A-Z]{1,2}[ \t]?\d{3,4}(?:[ \t]?\d{2,4}){1,3})(?![\w])"
)
_KEYS = ("ausweis", "bewilligung", "permis", "séjour", "verblijf", "permesso")


def permit_numbers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each permit's number after its letter."""
    lowered = text.lower()
    if not any(key in lowered for key in _KEYS):
        return
    for m in _PERMIT.finditer(text):
        if sum(ch.isdigit() for ch in m.group("id")) >= 7:
            yield m.span("id")


# A number a scan spaced out character by character ("7 3 1 9 4 0 2 W A", "W - 4 8 2 1 3 K", "5 2 7 0   0 7 0 4"):
# seven characters or more, one space between each (three between its groups; or a dash between spaces), five digits
# at least; no amount, date or word is written so
_SPACED = regex.compile(
    r"(?<![\p{L}\d][ \t]?|[\p{L}\d])[A-Z0-9](?:[ \t]{1,3}(?:-[ \t])?[A-Z0-9](?![\p{L}\d])){6,24}"
    r"(?![ \t]{1,3}[A-Z0-9](?![\p{L}\d]))"
)


def spaced_out(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each number a scan spaced out character by character."""
    for m in _SPACED.finditer(text):
        if sum(ch.isdigit() for ch in m.group()) >= 5:
            yield m.span()
