"""A person's number as a scan spaces it out, character by character ("P P S  N o .\n7 3 1 9 4 0 2 W A",
"W - 4 8 2 1 3 K"): OCR of a form whose boxes held one character each."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.lexicon import word_set
from redaction.normalize import fold_str

# A number a scan spaced out character by character ("7 3 1 9 4 0 2 W A", "W - 4 8 2 1 3 K", "5 2 7 0   0 7 0 4"):
# seven characters or more, one space between each (three between its groups; or a dash between spaces), five digits
# at least; no amount, date or word is written so; after a word ("BRP number is Z U 1 9 4 0 2 7 3"), not after a
# character of its own kind
_SPACED = regex.compile(
    r"(?<![\p{L}\d])(?<!(?<![\p{L}\d])[\p{L}\d][ \t]{1,3})[A-Z0-9](?:[ \t]{1,3}(?:-[ \t])?[A-Z0-9](?![\p{L}\d])){6,24}"
    r"(?![ \t]{1,3}[A-Z0-9](?![\p{L}\d]))"
)


_WORD_BEFORE = regex.compile(r"(\p{L}+)[ \t]\Z")
# the words after which a spaced-out number is said ("BRP number is Z U 1 9 4 0 2 7 3", "diktiert als L 0 1 X 0 0 T
# 4 7", "Hij is geboren 2 9 0 8 1 9 8 2", "póliza 6 6 0 1 2 2 8 4 7 3"); after another word it must follow no word
_SAID_BEFORE = word_set(
    "is was es era est était ist war als as como comme zijn number numbers nummer numéro numero número nr no "
    "geboren born née né nacido nacida geb póliza poliza polis police policy kenteken matrícula matricula "
    "immatriculation kennzeichen plate reg dni nie nif bsn brp ni nino pps ppsn ahv nir ssn passport pasaporte "
    "passeport reisepass paspoort"
)


def spaced_out(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each number a scan spaced out character by character."""
    for m in _SPACED.finditer(text):
        digits = "".join(ch for ch in m.group() if ch.isdigit())
        if len(digits) < 5 or digits in "0123456789":  # not a count "1 2 3 4 5 6 7"
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is None or fold_str(before.group(1)) in _SAID_BEFORE:
            yield m.span()
