"""An identity number found once is a pattern for the text: a number of exactly its shape elsewhere in the same
text is one too ("la CI de Lucía figura como 4.618.209-3 y debería ser 4.618.290-3", "correcto es X2345678L, no
X2345687L", "la licencia ... la correcta es 0801-1990-15532"). Corrections, a second family member, the number
typed again: the text says what such a number is once, and people write the others bare.

Only shapes that no amount, phone or date takes: six digits or more with a letter, or digits with a dash inside
(digits grouped by dots or spaces alone are amounts and phones as often), or six to eight digits led by a zero (a
staff number; the others must be led by a zero too), never a date's shape; the number must stand alone (no letter
or digit glued to it) and overlap nothing already found but a part of it that another rule took for an ID.
"""

from __future__ import annotations

import regex

from redaction.types import Span

RECOGNIZER = "id_shape"
_DATE_SHAPE = regex.compile(r"\A(?:9{1,2}[./-]9{1,2}[./-]9{2,4}|9{4}[./-]9{2}[./-]9{2}|9{1,2}[./-]9{4})\Z")
_AMOUNT_SHAPE = regex.compile(r"\A9{1,3}(?:[., ]999)+(?:[.,]9{1,2})?\Z")


def _shape(value: str) -> str:
    """Digits as ``9``, letters and separators as they are: a second number must share the first's letters
    ("X2345678L" and "X2345687L", "AB-482913-7" and "AB-517204-9"; not an order "PO-482913-7")."""
    return "".join("9" if ch.isdigit() else ch for ch in value)


def _pattern(shape: str) -> str:
    parts = [r"\d" if ch == "9" else regex.escape(ch) for ch in shape]
    return r"(?<![\p{L}\p{M}\d])" + "".join(parts) + r"(?![\p{L}\p{M}\d]|[.,/-]\d)"


def same_shape_ids(text: str, spans: list[Span]) -> list[Span]:
    """IDs of the shape of an ID found in ``text`` (see the module's docstring)."""
    shapes = set()
    for s in spans:
        if s.kind != "ID":
            continue
        value = text[s.start : s.end]
        shape = _shape(value)
        digits = shape.count("9")
        letters = any(ch.isalpha() for ch in shape)
        # digits alone only with a dash inside ("4.618.209-3", "0801-1990-15532"): grouped by dots or spaces
        # they are amounts and phones as often ("8.500.000", "824 753 556")
        dashed = "-" in shape.strip("-") and not _AMOUNT_SHAPE.match(shape)
        if digits >= 6 and (letters or dashed) and not _DATE_SHAPE.match(shape) and len(value) <= 24:
            shapes.add(shape)
        elif value.isdigit() and value[0] == "0" and 6 <= len(value) <= 8:
            # a staff number led by a zero ("payroll no. 004512", then "Mo Haddad – 004601"): no amount or
            # postcode is written so, and the next ones must be led by a zero too
            shapes.add("0" + shape[1:])
    if not shapes:
        return []
    taken = [(s.start, s.end, s.kind) for s in spans]
    out = []
    for shape in sorted(shapes):  # sorted: one order whatever the hash seed
        for m in regex.finditer(_pattern(shape), text):
            # a part of the number that another rule took for an ID ("517204-9" of "AB-517204-9") gives way
            if not any(
                m.start() < e and b < m.end() and not (kind == "ID" and m.start() <= b and e <= m.end())
                for b, e, kind in taken
            ):
                out.append(Span(m.start(), m.end(), "ID", 0.6, RECOGNIZER))
                taken.append((m.start(), m.end(), "ID"))
    return out
