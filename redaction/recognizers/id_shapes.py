"""An identity number found once is a pattern for the text: a number of exactly its shape elsewhere in the same
text is one too ("la CI de Lucía figura como 4.618.209-3 y debería ser 4.618.290-3", "correcto es X2345678L, no
X2345687L", "la licencia ... la correcta es 0801-1990-15532"). Corrections, a second family member, the number
typed again: the text says what such a number is once, and people write the others bare.

Only shapes that no amount, phone or date takes: six digits or more with a letter, or digits with a dash inside
(digits grouped by dots or spaces alone are amounts and phones as often), or six to eight digits led by a zero (a
staff number; the others must be led by a zero too), never a date's shape; the number must stand alone (no letter
or digit glued to it) and overlap nothing already found but a part of it that another rule took for an ID.

A number one slip from a found one (a digit changed, two neighbouring digits swapped) is the same person's number,
whatever its shape's kind ("8812390 - sorry, 8812309", "M-LK 2290 (vorher M-LK 2209)"), and so is a birth date one
slip from a found one, in any separators ("geb. 03.03.1988 ... dagegen der 30.03.1988").
"""

from __future__ import annotations

import regex

from redaction.types import Span

RECOGNIZER = "id_shape"
_DATE_SHAPE = regex.compile(r"\A(?:9{1,2}[./-]9{1,2}[./-]9{2,4}|9{4}[./-]9{2}[./-]9{2}|9{1,2}[./-]9{4})\Z")
_DATE = regex.compile(
    r"(?<![\d.,/-])(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)(?![\d/-]|[.,]\d)"
)
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
        return near_copies(text, spans)
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
    return out + near_copies(text, spans + out)


def _one_slip(a: str, b: str) -> bool:
    """``b`` is ``a`` typed with one slip: one digit changed, or two neighbouring digits swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diff) == 1:
        return a[diff[0]].isdigit() and b[diff[0]].isdigit()
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def near_copies(text: str, spans: list[Span]) -> list[Span]:
    """A number written as an ID found in the text but for one slip, a digit changed or two swapped ("member
    number is 8812390 - sorry, 8812309", "het is 5318840217 niet 5318840271", "M-LK 2290 (vorher M-LK 2209)"): the
    same person's number, corrected or mistyped. Four digits at least and six letters and digits, never a date's or
    an amount's shape; an amount or a phone is never one slip from an identity number but by chance."""
    found = {}
    for s in spans:
        if s.kind != "ID":
            continue
        value = text[s.start : s.end]
        shape = _shape(value)
        if (
            shape.count("9") >= 4
            and sum(ch.isalnum() for ch in value) >= 6
            and len(value) <= 24
            and not _DATE_SHAPE.match(shape)
            and not _AMOUNT_SHAPE.match(shape)
        ):
            found[value] = shape
    births = {
        "".join(ch for ch in text[s.start : s.end] if ch.isdigit())
        for s in spans
        if s.kind == "ID" and _DATE.fullmatch(text, s.start, s.end)
    }
    if not found and not births:
        return []
    taken = [(s.start, s.end) for s in spans]
    out = []
    for value, shape in sorted(found.items()):  # sorted: one order whatever the hash seed
        for m in regex.finditer(_pattern(shape), text):
            if _one_slip(value, m.group()) and not any(m.start() < e and b < m.end() for b, e in taken):
                out.append(Span(m.start(), m.end(), "ID", 0.6, RECOGNIZER))
                taken.append(m.span())
    # a date of birth found (an ID that is a date) and the same date with one slip, in any separators ("geb.
    # 03.03.1988, beim ELStAM-Abruf dagegen der 30.03.1988", "DOB 19/08/1990 on the fund side, we have 19/08/1996")
    for m in _DATE.finditer(text) if births else ():
        digits = "".join(ch for ch in m.group() if ch.isdigit())
        if any(_one_slip(b, digits) for b in births) and not any(
            m.start() < e and b < m.end() for b, e in taken
        ):
            out.append(Span(m.start(), m.end(), "ID", 0.6, RECOGNIZER))
            taken.append(m.span())
    return out
