"""A form's values under their labels: a line of labels set apart by spaces, the values on the lines below.

A paper form typed up or an OCR'd one puts its labels on one line and each value under its label::

    Apellidos, nombre                    DNI              F. nacimiento
    García Fuentes, María Dolores        47382915V        03/05/1979

A line of two labels or more (cells between runs of two spaces or more, no digit, a few words each) of which one
names identity numbers, birth dates or plates (``columns.identity_column`` and the tables' own column names)
heads the lines below it up to a blank line or the next such line; a value holding a digit under such a label is
an identifier, one of letters alone under a label of names ("Apellidos, nombre") a person. A label alone on its
line ("N.º afiliación SS", "Anschrift", "Home address") names the line right below it: an identifier or an address
there when it is short and holds a digit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex

from redaction.normalize import fold_str
from redaction.recognizers.columns import amount
from redaction.types import Span

_GAP = regex.compile(r"[ ]{2,}")
_ADDRESS_LABELS = frozenset(
    {
        "address",
        "home address",
        "postal address",
        "adresse",
        "anschrift",
        "wohnadresse",
        "wohnanschrift",
        "domicilio",
        "direccion",
        "domicile",
        "adres",
        "woonadres",
        "huisadres",
    }
)
_EMPTY = frozenset({"", "-", "–", "—", "n/a", "na", "/", "?", "x"})


def _cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of ``line``, cells between runs of two spaces or more."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _GAP.finditer(line):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(line):
        out.append((pos, len(line)))
    return [
        (s + len(line[s:e]) - len(line[s:e].lstrip()), len(line[:e].rstrip()))
        for s, e in out
        if line[s:e].strip()
    ]


def _label(line: str, s: int, e: int) -> str:
    return fold_str(line[s:e]).strip(' :*"').replace("_", " ")


def _label_line(line: str, cells: list[tuple[int, int]]) -> bool:
    """Every cell a short label: no digit, five words at most, no sentence's end."""
    return not any(ch.isdigit() for ch in line) and all(
        len(line[s:e].split()) <= 5 and not line[s:e].rstrip(":").endswith((".", "!", "?")) for s, e in cells
    )


def _column_at(columns: list[tuple[int, str]], start: int) -> str:
    """The kind of the column whose label starts nearest before ``start`` (a few characters of drift allowed)."""
    kind = ""
    for col_start, col_kind in columns:
        if col_start <= start + 3:
            kind = col_kind
    return kind


def aligned_values(text: str, kind_of: Callable[[str], str]) -> Iterator[Span]:
    """Identifiers (and addresses after a label of their own) under a form's labels; ``kind_of`` names what a
    folded label holds ("ID", "PERSON", "IBAN" or "")."""
    if "\n" not in text:
        return
    lines = text.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    columns: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        if not line.strip():
            columns = []
            continue
        if "\t" in line or "|" in line:
            columns = []  # a table of tabs or pipes: the tables' own reading
            continue
        cells = _cells(line)
        if len(cells) >= 2 and _label_line(line, cells):
            kinds = [kind_of(_label(line, s, e)) for s, e in cells]
            if any(k in ("ID", "IBAN") for k in kinds):
                columns = [(s, k) for (s, _), k in zip(cells, kinds, strict=True)]
                continue
            if "PERSON" in kinds:  # a new header of names only: the values below are no identifiers
                columns = []
                continue
        if len(cells) == 1 and i + 1 < len(lines) and _label_line(line, cells):
            yield from _below_label(_label(line, *cells[0]), lines[i + 1], offsets[i + 1], kind_of)
        if not columns:
            continue
        for s, e in cells:
            kind = _column_at(columns, s)
            value = line[s:e]
            if kind not in ("ID", "IBAN", "PERSON") or fold_str(value) in _EMPTY or len(value) > 34:
                continue
            if kind == "PERSON":  # "Ionescu Pop, Dragoș" under "Apellidos, nombre"
                if any(ch.isalpha() for ch in value) and not any(ch.isdigit() for ch in value):
                    yield Span(offsets[i] + s, offsets[i] + e, "PERSON", 0.7, "table")
                continue
            if kind == "ID" and any(ch.isdigit() for ch in value) and not amount(value):
                yield Span(offsets[i] + s, offsets[i] + e, "ID", 0.7, "table")
            elif kind == "IBAN" and sum(ch.isdigit() for ch in value) >= 6:
                yield Span(offsets[i] + s, offsets[i] + e, "IBAN", 0.7, "table")


def _below_label(label: str, below: str, offset: int, kind_of: Callable[[str], str]) -> Iterator[Span]:
    """The value on the line under a label that stands alone on its line."""
    value = below.strip()
    if not value or not any(ch.isdigit() for ch in value) or ": " in value:
        return
    start = offset + len(below) - len(below.lstrip())
    end = start + len(value)
    kind = kind_of(label)
    if kind == "ID" and len(value) <= 24 and len(value.split()) <= 5:
        yield Span(start, end, "ID", 0.7, "table")
    elif label.split(" (")[0] in _ADDRESS_LABELS and len(value) <= 90 and len(value.split()) >= 2:
        # "bei Familie Haas, Venloer Str. 388 / ...", "c/o sister, 7 Back Ashville Ave": the address after the comma
        first_digit = next(k for k, ch in enumerate(value) if ch.isdigit())
        comma = value.rfind(", ", 0, first_digit)
        yield Span(start + (comma + 2 if comma >= 0 else 0), end, "ADDRESS", 0.7, "address")
