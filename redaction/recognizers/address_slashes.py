"""An address written on one line with slashes between its parts.

A form's "one line please" or a hurried note joins the parts of an address with slashes: "Flat 3/41 Brudenell
Grove/Leeds/LS6 1HR", "Lindenstr. 14 / 2. OG links / 50674 Köln", "Dunckerstr. 12/Seitenflügel/4. OG/10437
Berlin", "Kanaalweg 38 bis/3526 KM Utrecht". The recognizers find the street and its number, or the postcode
and town, as separate pieces (a slash between letters is no part of a street's pattern); this joins the street
found to the parts after it, up to the part that closes an address (a postcode, or a town the lists know), four
parts at most, each short. A slash between two digits ("Flat 3/41", "12/3") separates nothing.
"""

from __future__ import annotations

import regex

from redaction import lexicon as lx
from redaction.normalize import fold_str
from redaction.types import Span

# A slash between parts (not between two digits), with its spaces
_SEPARATOR = regex.compile(r"[ \t]*(?:(?<!\d)/|/(?!\d))[ \t]*")
# Where a part ends: the next separating slash, a comma, a semicolon, a bracket or the line's end
_PART = regex.compile(r"[^/,;()\n]{1,35}?(?=[ \t]*(?:(?<!\d)/|/(?!\d))|[ \t]*[,;()\n]|[ \t]*\Z)")
_POSTCODE = regex.compile(
    r"(?<![\w-])(?:\d{4,5}(?:[ ]?[A-Z]{2})?|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d)(?![\w-])"
)
_TAIL = regex.compile(r"[^/,;()\n]{0,20}?(?=[ \t]*(?:(?<!\d)/|/(?!\d)))")


_TOWN_AFTER = regex.compile(r"(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}")


def _closing_end(part: str) -> int | None:
    """Where a part that ends an address ends: after its postcode and the capitalised town after it, or the
    part whole when it is a town the lists know; None if it closes nothing."""
    if sum(ch.isdigit() for ch in part) > 6:
        return None  # "Tel 0221 123456": a phone number after the address
    code = _POSTCODE.search(part)
    if code is not None:  # "5612 CJ gaan.": the postcode, not the verb after it
        town = _TOWN_AFTER.match(part, code.end())
        end: int = town.end() if town is not None else code.end()
        return end
    return len(part.rstrip()) if fold_str(part.strip()) in lx.places() else None


def slashed_addresses(text: str, spans: list[Span]) -> list[Span]:
    """Each address found whose line goes on with slashes to a postcode or a town, joined whole."""
    if "/" not in text:
        return []
    out = []
    for span in spans:
        if span.kind != "ADDRESS" or "/" not in text[span.end : span.end + 25]:
            continue
        tail = _TAIL.match(text, span.end)  # "Lindenstr. 14 / 2" found: ". OG links" before the slash
        pos = tail.end() if tail is not None else span.end
        end = None
        for _ in range(4):
            sep = _SEPARATOR.match(text, pos)
            if sep is None or "/" not in sep.group():
                break
            part = _PART.match(text, sep.end())
            if part is None:
                break
            pos = part.end()
            closing = _closing_end(part.group())
            if closing is not None:
                end = part.start() + closing
        if end is not None:
            out.append(Span(span.start, end, "ADDRESS", max(span.score, 0.8), span.recognizer))
    return out
