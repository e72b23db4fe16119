"""Driving licence and health card numbers whose shape says what they are, with no label needed.

A UK driving licence number spells the holder's surname and birth date ("LOWE9761158EL9AB": five letters of the
surname, the decade, the month (plus 50 for a woman), the day, the year's last digit, the initials, a check digit,
two letters); Quebec's health card (RAMQ) does the same in twelve characters ("TREM 7256 1412": three letters of
the surname, the first of the given name, the year, month (plus 50), day and two digits); Quebec's and Ontario's
driving licences are a letter and three groups of digits ("T6541-031175-08", "S0361-48209-51009"). The month and
the day are checked, so a product code of the same length rarely passes.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

_MONTH = r"(?:0[1-9]|1[0-2]|5[1-9]|6[0-2])"
_DAY = r"(?:0[1-9]|[12]\d|3[01])"
_UK_LICENCE = regex.compile(rf"(?<![\w])[A-Z9]{{5}}\d{_MONTH}{_DAY}\d[A-Z9]{{2}}\d[A-Z]{{2}}(?![\w])")
_RAMQ = regex.compile(rf"(?<![\w])[A-Z]{{4}}[ ]?\d{{2}}{_MONTH}[ ]?{_DAY}\d{{2}}(?![\w])")
_CA_LICENCE = regex.compile(r"(?<![\w-])[A-Z]\d{4}-(?:\d{6}-\d{2}|\d{5}-\d{5})(?![\w-])")


def licence_numbers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each driving licence or health card number known by its shape."""
    for pattern in (_UK_LICENCE, _RAMQ, _CA_LICENCE):
        for m in pattern.finditer(text):
            yield m.start(), m.end()
