"""A person's number as a scan spaces it out, character by character ("P P S  N o .\n7 3 1 9 4 0 2 W A",
"W - 4 8 2 1 3 K"): OCR of a form whose boxes held one character each."""

from __future__ import annotations

from collections.abc import Iterator

import regex

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
