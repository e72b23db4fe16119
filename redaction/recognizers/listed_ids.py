"""The next persons' numbers of a list, each after its person's name: "Geboortedata: Lieke 14-08-1958, Bas
03-05-1989", "Staff nos: Asha 004512, Tom 004601", "NIEs: Andreea Y2093841T, Mohamed X4417293L".

A list gives one number of a kind for each person; once a number of it is found (by its label, its check digit or
its shape), the next items of the same list are numbers of the same kind when they have the same shape: after a
comma, a semicolon or "and" in our languages, one or two capitalised words (the person), then a number whose digits,
letters and separators fall where the found number's do. The list ends at a line break. A list's label in the
plural before a colon ("Passports:", "Kentekens:", "Staff nos:") makes its first item's number one of them; numbers
of one shape in parentheses after two persons or more are theirs ("Jonas Weber (20417), Lena Vogt (20452)"); a
bare number after a person's name and a dash, or a role and a colon, ending its clause is the person's ("Fatima
Begum - 5530-08, new starter").
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from redaction.types import Span

RECOGNIZER = "listed_id"
_NEXT = regex.compile(
    r"[ \t]*(?:[,;]|,?[ \t]*(?:and|und|en|et|y|e)(?![\p{L}]))[ \t]*"
    r"(?P<name>\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+)?)[ \t]*:?[ \t]+"
)


# A list's label in the plural, a colon, then its first person and number ("Passports: Neha 560271943, ...")
_FIRST = regex.compile(
    r"(?i:\b(?:passports|passeports|pasaportes|paspoorten|paspoortnummers|reisepässe|reisepassnummern|"
    r"ausweisnummern|ausweise|id[ -]cards|id-kaarten|identiteitskaarten|cartes[ \t]d['’]identité|"
    r"driving[ \t]licen[cs]es|rijbewijzen|führerscheine|permis[ \t]de[ \t]conduire|kentekens|(?:number[ \t])?plates|"
    r"matrículas|kennzeichen|immatriculations|plaques|staff[ \t](?:nos\.?|numbers|ids)|employee[ \t](?:nos\.?|numbers|ids)|"
    r"personalnummern|personeelsnummers|matricules|nies|dnis|bsns|bsn['’]s))[ \t]*:[ \t]*"
    r"\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+)?[ \t]*:?[ \t]+"
    r"(?P<id>(?=[A-Z0-9./ -]*\d{3})[A-Z0-9](?:[A-Z0-9]|[./-](?=[A-Z0-9])){3,20})(?![\p{L}\d])"
)


def _shape_pattern(value: str) -> regex.Pattern[str]:
    parts = []
    for ch in value:
        if ch.isdigit():
            parts.append(r"\d")
        elif ch.isupper():
            parts.append(r"\p{Lu}")
        elif ch.islower():
            parts.append(r"\p{Ll}")
        else:
            parts.append(regex.escape(ch))
    return regex.compile("".join(parts) + r"(?![\p{L}\d]|[./-]\d)")


# A number in parentheses right after a person's name ("Jonas Weber (20417)"): digits, maybe letters or dashes
_IN_PARENTHESES = regex.compile(
    r"[ \t]*\((?P<id>(?=[A-Z0-9-]*\d{4})[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){3,14})\)"
)
_YEAR = regex.compile(r"(?:19|20)\d\d")


def _shared_shapes(
    text: str,
    spans: list[Span],
    after: regex.Pattern[str],
    shape_of: Callable[[str], str],
    enough: Callable[[str], int],
) -> list[Span]:
    """The codes ``after`` reads right after persons' names, grouped by their shape; those of a shape that at least
    ``enough(shape)`` persons share are the persons' numbers (one alone may be a year, a room, a version)."""
    found: dict[str, set[tuple[int, int]]] = {}
    for span in spans:
        if span.kind != "PERSON":
            continue
        m = after.match(text, span.end)
        if m is not None and not _YEAR.fullmatch(m.group("id")):
            found.setdefault(shape_of(m.group("id")), set()).add(m.span("id"))
    return [
        Span(start, end, "ID", 0.6, RECOGNIZER)
        for shape, places in found.items()
        if len(places) >= enough(shape)
        for start, end in sorted(places)
    ]


def _parallel(text: str, spans: list[Span]) -> list[Span]:
    """Numbers of one shape in parentheses after two persons or more ("Jonas Weber (20417), Lena Vogt (20452)"):
    each the person's number (one alone may be a year, an extension, a room)."""
    return _shared_shapes(
        text,
        spans,
        _IN_PARENTHESES,
        lambda code: regex.sub(r"\d", "9", regex.sub(r"[A-Z]", "A", code)),
        lambda _: 2,
    )


# A code right after a person's name in a list, the list's next item after it ("Álvaro HC-20931, Nerea HC-20932,
# Hugo HC-20933", "Boateng H-10014, Jansen-Oudshoorn H-10022, Çelik H-10031"): letters, a dash maybe, four digits or
# more; or five digits or more alone
_CODE_AFTER = regex.compile(
    r"[ \t]*:?[ \t]+(?P<id>\p{Lu}{1,4}-?\d{4,8}(?:-[A-Z0-9]{1,3})?|\d{5,9})"
    r"(?=[ \t]*(?:[,;.)]|\n|\Z|(?:and|en|y|et|und)(?![\p{L}])))(?![.,]\d)"
)


def _side_by_side(text: str, spans: list[Span]) -> list[Span]:
    """Codes of one shape right after persons' names in a list: two persons or more for codes with letters, three
    for digits alone (one alone may be anything: a room, a version, an order)."""
    return _shared_shapes(
        text,
        spans,
        _CODE_AFTER,
        lambda code: regex.sub(r"\d", "9", code),
        lambda shape: 3 if shape.isdigit() else 2,
    )


# A bare number right after a person's name and a dash or a colon, ending its clause ("Fatima Begum - 5530-08, new
# starter", "Wiktoria Zielińska - 3390218.", "Niamh O'Sullivan, illustrator: 7730418826"): after a dash five digits
# or more, after a colon seven or more (a salary or a fee may follow a colon: "Anna Berg: 45000."), maybe one dash
# inside; no amount (nothing but the clause's end after it, no thousands' separators), no year, no phone's groups
_DASH_AFTER = regex.compile(r"[ \t]+[-–—][ \t]+")
_COLON_AFTER = regex.compile(r"(?:,[ \t]+\p{Ll}[\p{L}\p{M} -]{1,30}?)?[ \t]*:[ \t]+")  # ", illustrator: ..."
_BARE = regex.compile(r"(?P<id>\d{5,12}|\d{2,6}-\d{2,5})(?=[ \t]*(?:[,.;)]|\n|\Z))(?![.,]\d)")


def _after_names(text: str, spans: list[Span]) -> list[Span]:
    """Bare numbers after a person's name and a dash or a colon (see ``_BARE``)."""
    out = []
    for span in spans:
        if span.kind != "PERSON":
            continue
        dash = _DASH_AFTER.match(text, span.end)
        gap = dash or _COLON_AFTER.match(text, span.end)
        m = _BARE.match(text, gap.end()) if gap is not None else None
        if m is None or _YEAR.fullmatch(m.group("id")):
            continue
        if dash is not None or "-" in m.group("id") or len(m.group("id")) >= 7:
            out.append(Span(m.start("id"), m.end("id"), "ID", 0.6, RECOGNIZER))
    return out


def listed_ids(text: str, spans: list[Span]) -> list[Span]:
    """The next numbers of a list after a found one, each after a name (see the module's docstring)."""
    taken = [(s.start, s.end) for s in spans]
    out: list[Span] = []
    for m in _FIRST.finditer(text) if ":" in text else ():
        if not any(a < m.end("id") and m.start("id") < b for a, b in taken):
            out.append(Span(m.start("id"), m.end("id"), "ID", 0.6, RECOGNIZER))
            taken.append(m.span("id"))
    for new in [*_parallel(text, spans), *_side_by_side(text, spans), *_after_names(text, spans)]:
        if not any(a < new.end and new.start < b for a, b in taken):
            out.append(new)
            taken.append((new.start, new.end))
    todo = [s for s in spans if s.kind == "ID"] + out
    while todo:
        span = todo.pop()
        value = text[span.start : span.end]
        if sum(ch.isdigit() for ch in value) < 4 or len(value) > 24:
            continue
        m = _NEXT.match(text, span.end)
        if m is None:
            continue
        found = _shape_pattern(value).match(text, m.end())
        if found is None or any(a < found.end() and found.start() < b for a, b in taken):
            continue
        new = Span(found.start(), found.end(), "ID", 0.6, RECOGNIZER)
        out.append(new)
        taken.append((new.start, new.end))
        todo.append(new)
    return out
