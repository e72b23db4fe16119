"""Names written family name first, the given name after a comma, as lists of minutes and tables write them.

"Present: Murphy, Aoife; Chandra, Vik; Baptiste, L.", "Présents : Girard, Élodie ; Roy, J.-P. ; d'ALMEIDA, Rose",
"Asistentes: Paredes, Lucía; Chávez Mora, J.; Iglesias de la Fuente, Consuelo", a table's cell
"Quispe Huamán, Rosario". The whole item is one person (the family name and the given name together), found
where the list shows its shape: two such items in one list, an item alone after a list's label when its given
name is one of the lists, or two cells of a table. Two family names alone ("Regrets: Joudrey, Lindqvist"),
places ("Paris, France") and company forms ("Vidal, S.A.") are no such item.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction import namelike
from redaction.normalize import fold_str
from redaction.recognizers.person.passes import _FIRM_INITIALS
from redaction.recognizers.person.tokens import blocked, known_first, known_surname
from redaction.recognizers.person.words import PARTICLES
from redaction.types import Span

# A capitalised name word: "Murphy", "AGBEKO", "OURO-SAMA", "d'ALMEIDA", "O'Brien", "McAllister", "Da"
_WORD = r"(?:(?:[dDlL]|[Oo])['’])?\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Lu}[\p{L}\p{M}'’]*)*"
_PARTICLE = r"(?:de|del|della|di|da|das|do|dos|du|des|la|le|van|von|der|den|ter|ten|zu|y|i|e)"
_FAMILY = rf"(?:{_PARTICLE}[ \t]+){{0,3}}{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,3}}{_WORD}){{0,3}}"
_INITIALS = r"\p{Lu}\.(?:[ \t]?-?[ \t]?\p{Lu}\.){0,2}"
_GIVEN = rf"(?:{_INITIALS}(?:[ \t]+{_WORD})?|{_WORD}(?:[ \t]+{_WORD})?)"
_ITEM = regex.compile(
    rf"(?P<family>{_FAMILY}),[ \t]*(?P<given>{_GIVEN})(?P<tail>[ \t]*\([^()\n]{{0,60}}\))?[ \t]*\.?"
)

# A list's label before its colon ("Present:", "Asistentes :", "Verontschuldigd:", "Apologies (2):")
_LABEL = regex.compile(r"[ \t]*[\p{L}][\p{L}\p{M} ./()0-9-]{0,39}?[ \t]*:[ \t]*")
# Items of a list: semicolons; cells of a table: tabs and bars
_LIST_SEPARATOR = regex.compile(r"[ \t]*;[ \t]*")
_CELL_SEPARATOR = regex.compile(r"[ \t]*(?:\t|\|)[ \t]*")


def _family_ok(family: str) -> bool:
    """Every word of the family name may be a name's: no stop word, month, weekday, firm's or team's word."""
    words = [w for w in family.split() if fold_str(w) not in PARTICLES]
    if not words:
        return False
    for w in words:
        folded = fold_str(w.replace("’", "'").split("'")[-1]) if "'" in w or "’" in w else fold_str(w)
        if (
            len(folded) < 2
            or (blocked(folded) and not known_surname(folded))
            or folded in lx.MONTHS
            or folded in lx.WEEKDAYS
            or folded in lx.ORG_INDICATORS
            or folded in lx.TEAM_WORDS
            or folded in lx.TITLES
        ):
            return False
    return True


def _given_kind(given: str) -> str:
    """ "initials", "known" (a given name of the lists), "spelt" (spelt like a name, no frequent word) or ""."""
    if regex.match(_INITIALS, given):
        return "" if given.split()[0].upper() in _FIRM_INITIALS else "initials"  # "Vidal, S.A."
    first = given.split()[0]
    folded = fold_str(first)
    for part in folded.split("-"):
        if known_first(part, ambiguous_ok=True):
            continue  # "Peeters, Jan", "Smith, May": a month's word is a given name here
        if part in lx.MONTHS or part in lx.WEEKDAYS or blocked(part):
            return ""
    if all(known_first(p, ambiguous_ok=True) for p in folded.split("-") if p):
        return "known"
    if not lx.plain_word(folded) and folded not in lx.places() and namelike.name_like(folded, 0.3):
        return "spelt"
    return ""


def _item(text: str, start: int, end: int, strong: bool = True) -> tuple[int, int, str] | None:
    """The reversed name filling text[start:end] whole, as (start, end, kind of its given name)."""
    m = _ITEM.fullmatch(text, start, end)
    if m is None:
        return None
    family, given = m.group("family"), m.group("given")
    kind = _given_kind(given)
    if not kind or not _family_ok(family):
        return None
    places = lx.places()
    if fold_str(family) in places and fold_str(given) in places:
        return None  # "Paris, France"
    if kind != "initials" and _two_people(family, given, strong):
        return None
    return m.start(), m.end("given"), kind


def _two_people(family: str, given: str, strong: bool) -> bool:
    """Two people the comma lists, not one written family name first: a given name opens a full name before the
    comma ("Ngozi Eze, Will Carter", "Mark Oduya, Hana Sato"), two given names ("Interviewers: Arash, Meenakshi";
    in a list of reversed names a family name spelt as a given name stays one: "Kaiser, Jana"), a given name then a
    full name ("Saskia, Yusuf Demir"), or both parts full names ending on a family name ("Zarina Abenova, Tahmina
    Akter"; not "Mamani Condori, Luz Marina"). A particle opening the part is a family name's ("Da Silva Ferreira")."""
    if fold_str(family.split()[0]) in PARTICLES:
        return False
    words = family.split()
    first = fold_str(words[0])
    given_words = given.split()
    if not known_surname(first):
        if len(words) >= 2 and known_first(first, ambiguous_ok=True):
            return True
        if (
            len(words) == 1
            and known_first(first, ambiguous_ok=False)
            and (not strong or len(given_words) >= 2)
        ):
            return True
    if len(words) >= 2 and len(given_words) >= 2:
        last = fold_str(given_words[-1])
        return known_surname(last) and not known_first(last, ambiguous_ok=True)
    return False


def _pieces(text: str, start: int, end: int, separator: regex.Pattern[str]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    for sep in separator.finditer(text, start, end):
        out.append((pos, sep.start()))
        pos = sep.end()
    out.append((pos, end))
    # trim blanks and a closing full stop or comma from each piece
    trimmed: list[tuple[int, int]] = []
    for a, b in out:
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t,":
            b -= 1
        if b > a:
            trimmed.append((a, b))
    return trimmed


def reversed_names(text: str) -> Iterator[Span]:
    """Reversed names of lists and tables (see the module's docstring)."""
    if "," not in text:
        return
    cells: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        if "," not in line:
            continue
        body = line_start
        label = _LABEL.match(text, line_start, line_end)
        labelled = label is not None and "," not in label.group()
        if labelled and label is not None:
            body = label.end()
        if ";" in line:
            items = [
                it for a, b in _pieces(text, body, line_end, _LIST_SEPARATOR) if (it := _item(text, a, b))
            ]
            if len(items) >= 2:
                for a, b, _ in items:
                    yield Span(a, b, "PERSON", 0.9, "person_rules")
                continue
        if "\t" in line or "|" in line:
            cells += [
                (a, b)
                for a, b in _pieces(text, line_start, line_end, _CELL_SEPARATOR)
                if (it := _item(text, a, b)) and it[2] != "spelt"
            ]
            continue
        if labelled and ";" not in line:
            it = _item(text, body, line_end, strong=False)
            if it is not None and it[2] == "known":
                yield Span(it[0], it[1], "PERSON", 0.9, "person_rules")  # "Apologies: Okonkwo, Faith"
    if len(cells) >= 2:
        for a, b in cells:
            it = _item(text, a, b)
            if it is not None:
                yield Span(it[0], it[1], "PERSON", 0.9, "person_rules")


# One reversed name alone before a parenthesis, as timesheets and HR notes write a person and a role or number
# ("Einarbeitung Alkhatib, Rania (Praktikum)", "Mitarbeiter: Okafor, Chidi (Pers.-Nr. ...)")
_BEFORE_PARENTHESIS = regex.compile(
    r"(?<![\p{L}\p{M}'’.-])(?P<family>(?:[dDlLoO]['’])?\p{Lu}[\p{L}\p{M}'’-]+),[ \t]"
    r"(?P<given>\p{Lu}[\p{Ll}\p{M}'’]+(?:[- ]\p{Lu}[\p{Ll}\p{M}'’]+)?)(?=[ \t]*\()"
)


def reversed_before_parenthesis(text: str) -> Iterator[Span]:
    """A family name, a comma and a given name of the lists (no word) right before a parenthesis: one person."""
    if "(" not in text or "," not in text:
        return
    for m in _BEFORE_PARENTHESIS.finditer(text):
        family = fold_str(m.group("family").replace("’", "'").split("'")[-1])
        given = [fold_str(p) for p in regex.split(r"[- ]", m.group("given")) if p]
        if not all(known_first(g, ambiguous_ok=False) and not lx.plain_word(g) for g in given):
            continue
        if (
            len(family) < 3
            or lx.plain_word(family)
            or blocked(family)
            or family in lx.places()
            or known_first(family, ambiguous_ok=True)
            or family in lx.ORG_INDICATORS
            or family in lx.TEAM_WORDS
        ):
            continue
        if known_surname(family) or namelike.name_like(family, 0.0):
            yield Span(m.start(), m.end("given"), "PERSON", 0.85, "person_rules")
