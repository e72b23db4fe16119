"""Tables written with spaced dashes or slashes: a line naming the columns, then one line a row.

Registers, sign-in sheets and e-mailed lists set their columns apart by " – " or " / " rather than pipes::

    N° membre – Nom, prénom – né(e) le – N° AVS – section
    M-0412 – Favre, Noémie – 14.08.1986 – 756.3047.5009.62 – course à pied

    Sign-in (name – company – PPSN – Safe Pass – vehicle reg)
    Eoin Gallagher – Brightline Electrical – 7123456FA – SP 10482291 – 191-D-22817

The header line holds no digit, three columns or more and at least one that names a person, an identity number,
a birth date or a plate (the pipe tables' own column names); each next line with as many cells, up to a blank
line or one shaped otherwise, is a row. An identity column's cell is taken when it holds a digit (a word such as
"pending" is none); a person column's when it holds letters only and no team's name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex

from redaction.normalize import fold_str
from redaction.recognizers.columns import EMPTY_CELLS, ROLE_AFTER, amount
from redaction.types import Span

# " – ", " — ", " - " or " / " with a space on each side (a dash inside "M-0412" or a date's slash is none)
_DELIMITERS = (" – ", " — ", " - ", " / ")
# A header's columns in parentheses after a word of its own ("Sign-in (name – company – PPSN)")
_WRAPPED = regex.compile(r"^[\p{L}\p{M} .-]{1,30}\((?P<inner>[^()]*(?:\([^()]*\)[^()]*)*)\)[ \t:]*$")
# A row's own numbering or bullet ("1. ", "2) ", "- ", "• ")
_ENUMERATOR = regex.compile(r"^(?:\d{1,3}[.)]|[-•*·])[ \t]+")


def _split(line: str, delimiter: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of ``line`` between ``delimiter``s, trimmed."""
    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        k = line.find(delimiter, pos)
        end = len(line) if k < 0 else k
        s, e = pos, end
        while s < e and line[s] in " \t":
            s += 1
        while e > s and line[e - 1] in " \t":
            e -= 1
        out.append((s, e))
        if k < 0:
            return out
        pos = k + len(delimiter)


def _header(line: str, column_kind: Callable[[str], str]) -> tuple[str, dict[int, str], int] | None:
    """(delimiter, column index -> kind, width) if ``line`` names a spaced table's columns."""
    if any(ch.isdigit() for ch in line) or len(line) > 200:
        return None
    wrapped = _WRAPPED.match(line.strip())
    body = wrapped.group("inner") if wrapped else line
    for delimiter in _DELIMITERS:
        if body.count(delimiter) < 2:
            continue
        cells = _split(body, delimiter)
        names = [fold_str(body[s:e]).strip(' :*"').replace("_", " ") for s, e in cells]
        if any(not name or len(name) > 40 for name in names):
            return None
        kinds = {k: kind for k, kind in enumerate(column_kind(name) for name in names) if kind}
        if kinds and any(kind != "PERSON" for kind in kinds.values()):
            return delimiter, kinds, len(cells)
    return None


def dashed_table_spans(
    text: str, column_kind: Callable[[str], str], team_cell: Callable[[str], bool]
) -> Iterator[Span]:
    """Persons, identity numbers and birth dates in the rows of tables set apart by spaced dashes or slashes."""
    if not any(d in text for d in _DELIMITERS):
        return
    header: tuple[str, dict[int, str], int] | None = None
    offset = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        if header is not None:
            delimiter, kinds, width = header
            cells = _split(line, delimiter) if delimiter in line else []
            if len(cells) != width:
                header = None
            else:
                yield from _row(line, start, cells, kinds, team_cell)
                continue
        header = _header(line, column_kind)


def _row(
    line: str,
    start: int,
    cells: list[tuple[int, int]],
    kinds: dict[int, str],
    team_cell: Callable[[str], bool],
) -> Iterator[Span]:
    for k, kind in kinds.items():
        s, e = cells[k]
        if k == 0:
            bullet = _ENUMERATOR.match(line, s, e)
            s = bullet.end() if bullet else s
        value = line[s:e]
        if fold_str(value) in EMPTY_CELLS:
            continue
        if kind == "ID":
            if ", " in value:  # "BBS Südstadt, S-220417": the school, then the pupil's number
                cut = value.rindex(", ") + 2
                s, value = s + cut, value[cut:]
            if any(ch.isdigit() for ch in value) and len(value) <= 24 and not amount(value):
                yield Span(start + s, start + s + len(value), "ID", 0.7, "table")
        elif kind == "PERSON":
            role = ROLE_AFTER.search(value)
            if role is not None:
                value = value[: role.start()]
            letters = any(ch.isalpha() for ch in value) and not any(ch.isdigit() for ch in value)
            if letters and not team_cell(value):  # "platform team", "HR": a team, no person
                yield Span(start + s, start + s + len(value), "PERSON", 0.7, "table")
