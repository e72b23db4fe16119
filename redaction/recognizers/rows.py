"""Persons' data in the rows of a table or a list whose header is missing or far above: a birth date ("Adaeze Nwosu
07700 900412	12/03/1988	Flat 2, ...", "Raúl Jiménez Ortega | 48291736Q | 14/05/1981 | 612 345 908", "Chinonso Eze
- applicant - 17/02/1986 - 8429105KA") and a column of codes ("Franck Dubois-Mercier      12/06/1975     19AB48213").

A row names its person in one of its cells and gives that person's data in the others. A full date there, a cell of
its own (after tabs, a bar, two spaces or more, a dash between spaces, a comma after the person's name), is the
person's birth date when the row has three cells or more or another cell of personal data found (a number, a
phone, an address, an e-mail), and when it lies sixteen years or more before the latest year the text speaks of
outside such dates (one year for a child: "Lea Brandt - Tochter - 30.06.2016"); a start's, a meeting's or a
deadline's date is the text's own time ("Starters for the 2025 intake: ... 03/06/2024" stays). A text that speaks of
no other year needs its rows' dates years apart, as persons' births are (dates within five years are a table's
meetings: "01-04-2025", "15-04-2025").

Codes of one shape in one column, each in a row that names its person, are the persons' numbers (see
``row_codes``). A table whose first line names its columns is the table rules' (``tables.py``): its names say what
each column holds.

Tried and left out: family names in the column beside given names found ("LEFÈVRE	Aurélien"): four blind keeps
fell with them (a town's or a department's column beside a first name's), no blind recall rose.
"""

from __future__ import annotations

import regex

from redaction.recognizers.checksums import bsn_ok
from redaction.types import Span

RECOGNIZER = "row"
_DATE = regex.compile(
    r"(?<![\w./-])(?:0?[1-9]|[12]\d|3[01])(?P<sep>[./-])(?:0?[1-9]|1[0-2])(?P=sep)(?P<year>(?:19|20)\d\d)"
    r"(?![\w/-]|[.,]\d)"
)
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# what stands between two cells of a row
_BEFORE_CELL = regex.compile(r"(?:\t|[ \t]*\|[ \t]*|[ ]{2,}|[ \t]+[-–—][ \t]+|,[ \t]+|\A[ \t]*)\Z")
_AFTER_CELL = regex.compile(r"\t|[ \t]*\||[ ]{2,}|[ \t]+[-–—][ \t]+|,[ \t]|[ \t]*$", regex.M)
_CELL_SEPS = regex.compile(r"\t|[ \t]*\|[ \t]*|[ ]{2,}|[ \t]+[-–—][ \t]+")
_PERSONAL = {"ID", "PHONE", "ADDRESS", "EMAIL", "IBAN"}
# a child of the family the rows list ("Tobenna Eze - son - 05/06/2014")
_KIN = regex.compile(
    r"(?i:\b(?:son|daughter|child|hijo|hija|ni[ñn][oa]|fils|fille|enfant|sohn|tochter|kind|zoon|dochter)\b)"
)


def row_birth_dates(text: str, spans: list[Span]) -> list[Span]:
    """Birth dates in rows that name their person (see the module's docstring)."""
    if not any(s.kind == "PERSON" for s in spans):
        return []
    candidates = []
    for m in _DATE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if not _BEFORE_CELL.search(text, line_start, m.start()) or not _AFTER_CELL.match(text, m.end()):
            continue
        if any(s.start < m.end() and m.start() < s.end for s in spans):
            continue  # already someone's (a birth date's rule, an address's part)
        inside = [s for s in spans if line_start <= s.start and s.end <= line_end]
        if not any(s.kind == "PERSON" and s.end <= m.start() for s in inside):
            continue
        cells = len(_CELL_SEPS.findall(text, line_start, line_end)) + 1
        if cells >= 3 or any(s.kind in _PERSONAL for s in inside):
            kin = _KIN.search(text, line_start, m.start()) is not None
            candidates.append((m, kin))
    if not candidates:
        return []
    # the text's own time: the years it speaks of but the rows' dates' (a birth year said again is one of them)
    born = {m.group("year") for m, _ in candidates}
    years = [int(y.group()) for y in _YEAR.finditer(text) if y.group() not in born]
    if not years:
        # no other year to tell the text's time by: persons' birth dates lie years apart, a table's dates of
        # meetings, starts and deadlines within a year or two ("01-04-2025", "15-04-2025")
        spread = sorted(int(m.group("year")) for m, _ in candidates)
        return (
            [Span(m.start(), m.end(), "ID", 0.6, RECOGNIZER) for m, _ in candidates]
            if spread[-1] - spread[0] >= 5
            else []
        )
    latest = max(years)
    return [
        Span(m.start(), m.end(), "ID", 0.6, RECOGNIZER)
        for m, kin in candidates
        if int(m.group("year")) <= latest - (1 if kin else 16)
    ]


# A code that fills a cell: letters and five digits or more mixed ("19AB48213"), or digits alone led by a zero
# ("004417", a staff number) or of a citizen's number's eleven-proof ("304192879")
_CODE_CELL = regex.compile(r"(?=[A-Z]{0,4}\d)(?=\d*[A-Z])(?=(?:[A-Z]*\d){5})[A-Z0-9]{7,12}|\d{6,10}")
_DOCUMENT_PREFIX = regex.compile(r"(?:INV|FAC|FA|RE|PO|ORD|REF|TKT|SO|PRJ|CASE|ART|SKU|Q)\d")
_ROW_SEPS = regex.compile(r"\t+|[ \t]*\|[ \t]*|[ ]{2,}|[ \t]+[-–—][ \t]+")


def _row_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each non-empty cell of the line ``text[start:end]``, trimmed."""
    cells = []
    pos = start
    for m in [*_ROW_SEPS.finditer(text, start, end), None]:
        s, e = pos, (m.start() if m is not None else end)
        while s < e and text[s] in " \t":
            s += 1
        while e > s and text[e - 1] in " \t":
            e -= 1
        if e > s:
            cells.append((s, e))
        if m is not None:
            pos = m.end()
    return cells


def _blocks(text: str) -> list[list[list[tuple[int, int]]]]:
    """The blocks of a text's table rows (lines of three cells or more, one after another), each row its cells."""
    blocks: list[list[list[tuple[int, int]]]] = []
    rows: list[list[tuple[int, int]]] = []
    pos = 0
    for line in text.split("\n"):
        cells = _row_cells(text, pos, pos + len(line))
        pos += len(line) + 1
        if len(cells) >= 3:
            rows.append(cells)
            continue
        if rows:
            blocks.append(rows)
        rows = []
    if rows:
        blocks.append(rows)
    return blocks


def _code_cell(value: str) -> str:
    """The shape of a cell's code that may be a person's number, or ""."""
    if not _CODE_CELL.fullmatch(value) or _DOCUMENT_PREFIX.match(value):
        return ""
    if value.isdigit() and not (value[0] == "0" or len(value) == 9 and bsn_ok(value)):
        return ""
    return "".join("9" if ch.isdigit() else "A" for ch in value)


def row_codes(text: str, spans: list[Span]) -> list[Span]:
    """Codes of one shape in one column of a table without its header, each in a row that names its person: the
    persons' numbers ("Franck Dubois-Mercier      12/06/1975     19AB48213", "004417   Mustafa Aydın   + ...").
    Two rows or more for codes with letters or of the eleven-proof, three for staff numbers led by a zero; a table
    whose first line names its columns is the table rules' (its names say what each column holds)."""
    if "\t" not in text and "|" not in text and "   " not in text:
        return []
    persons = [s for s in spans if s.kind == "PERSON"]
    if not persons:
        return []
    out: list[Span] = []
    for block in _blocks(text):
        first = block[0]
        if not any(ch.isdigit() for ch in text[first[0][0] : first[-1][1]]):
            continue  # a header names the columns
        found: dict[tuple[int, str], list[tuple[int, int]]] = {}
        for cells in block:
            line_start, line_end = cells[0][0], cells[-1][1]
            named = [p for p in persons if line_start <= p.start and p.end <= line_end]
            if not named:
                continue
            for k, (s, e) in enumerate(cells):
                shape = _code_cell(text[s:e])
                if not shape or any(o.start < e and s < o.end for o in spans):
                    continue
                found.setdefault((k, shape), []).append((s, e))
        for (_, shape), places in sorted(found.items()):
            if len(places) >= (3 if shape.isdigit() and len(shape) != 9 else 2):
                out.extend(Span(s, e, "ID", 0.6, RECOGNIZER) for s, e in places)
    return out
