"""The people of a rota: a table whose header names the days of the week, whose cells are who works then.

"        Mon        Tue        Wed\nAM      Thanh      Dimitra    Raj\nPM      Raj        Marco      Precious",
"Intervenante\tLundi\tMardi\nLe Goff Maëlle\tM. Pichon\t—". Columns are set apart by tabs, pipes or a run of
two spaces or more. A cell under a day is a person when it is one to three capitalised words (a name of the lists,
or any word the lists do not block: "Costa"), never a day, a shift's word, a team or a place ("Off", "Libre",
"Frei", "Vrij", "Closed").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction import namelike
from redaction.normalize import fold_str
from redaction.recognizers.person.tokens import blocked, known_first, known_surname
from redaction.types import Span

_CELL_SPLIT = regex.compile(r"[ \t]*\|[ \t]*|\t+|[ ]{2,}")
_DAY = (
    lx.WEEKDAYS
    | lx.WEEKDAY_ABBREVIATIONS
    | lx.word_set(
        "mo di mi do fr sa so lu ma me je ve ju vi sá ma wo vr za zo mon tue wed thu fri sat sun tues thurs"
    )
)
_NOT_PEOPLE = lx.word_set(
    "off libre frei vrij closed cerrado fermé ferme holiday leave vacances vacaciones urlaub verlof sick "
    "malade krank ziek am pm late early night day nuit noche tarde mañana matin soir morgen abend avond "
    "reception accueil recepción empfang receptie all todos tous alle iedereen tbc tbd n/a yes no si sí oui non "
    "ja nein nee open closed abierto cerrado ouvert offen geschlossen geopend gesloten ok done"
)
_NAME = regex.compile(r"\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+){0,2}")


def _cells(line: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in _CELL_SPLIT.finditer(line):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(line):
        out.append((pos, len(line)))
    return [(s + len(line[s:e]) - len(line[s:e].lstrip()), e) for s, e in out if line[s:e].strip()]


def _person_cell(value: str) -> bool:
    if _NAME.fullmatch(value) is None:
        return False
    words = [fold_str(w) for w in value.split()]
    if any(w in _DAY or w in _NOT_PEOPLE or w in lx.TEAM_WORDS or w in lx.ROLE_WORDS for w in words):
        return False
    # who works a day's shift: any capitalised word but a word the lists block, a stop word or a place
    return all(
        known_first(w, ambiguous_ok=True)
        or known_surname(w)
        or not (blocked(w) or w in lx.all_stopwords() or w in lx.places() or namelike.score(w) < -1.5)
        for w in words
    )


def rota_people(text: str) -> Iterator[Span]:
    """The people in the day columns of each rota in ``text`` (see the module's docstring)."""
    offset = 0
    days: set[int] | None = None  # the columns of a rota's header that name a day (by position)
    header_cells: list[tuple[int, int]] = []
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        cells = _cells(line)
        if len(cells) < 3:
            days = None
            continue
        named_days = {k for k, (s, e) in enumerate(cells) if fold_str(line[s:e]).strip(".:") in _DAY}
        if len(named_days) >= 3:
            days, header_cells = named_days, cells
            continue
        if days is None:
            continue
        # the data row's cells under the header's day columns: the same count, or one more (the row's label)
        shift = len(cells) - len(header_cells)
        if shift not in (0, 1):
            continue
        for k, (s, e) in enumerate(cells):
            if k - shift in days and _person_cell(line[s:e].strip()):
                yield Span(start + s, start + len(line[:e].rstrip()), "PERSON", 0.6, "table")
