"""A family name after the words that name it: "her previous surname, Menon,", "maiden name was Okafor",
"meisjesnaam Kuipers", "nom de jeune fille : Diallo", "apellido de soltera Quispe", "Geburtsname Yilmaz".

The words say that what follows is a person's family name, so the capitalised word after them is taken even when no
list knows it; not a team, a place or a label.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction.normalize import fold_str
from redaction.recognizers.person.tokens import blocked
from redaction.types import Span

_BIRTH_NAME = regex.compile(
    r"(?<![\p{L}])(?i:(?:previous|former|maiden|birth|family|last|married|old)[ \t]+(?:sur)?name|surname|"
    r"meisjesnaam|geboortenaam|achternaam|geburtsname|m[äa]dchenname|familienname|nachname|"
    r"nom[ \t]+de[ \t]+(?:jeune[ \t]+fille|naissance|famille)|apellido(?:[ \t]+de[ \t]+soltera)?)"
    r"(?:[ \t]+(?:was|is|era|war|ist|était|est|es))?[ \t]*[:,]?[ \t]*"
    r"(?P<name>\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?![\p{L}\d])"
)
_HINTS = ("name", "naam", "nom", "apellido")


def birth_names(text: str) -> Iterator[Span]:
    lowered = text.lower()
    if not any(hint in lowered for hint in _HINTS):
        return
    for m in _BIRTH_NAME.finditer(text):
        folded = fold_str(m.group("name"))
        if blocked(folded) or folded in lx.TEAM_WORDS or folded in lx.places() or folded in lx.FORM_LABELS:
            continue
        yield Span(m.start("name"), m.end("name"), "PERSON", 0.7, "person_rules")
