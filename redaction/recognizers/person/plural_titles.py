"""Two or more people after a plural title: "de heren Kwakye en Asante", "die Herren Öztürk und Brandl", "MM. Diallo
et Faye", "los señores Quispe y Mamani", "Messrs Okafor and Bello"; a French family by its name in the plural ("Les
Andriamanana (rue Nationale) ont appelé", "les Martin ont signé").

The singular titles name one person ("de heer Kwakye"); their plural names each family name of the list that
follows, joined by commas and "and" in the note's language. A firm or a word of the lists is no family name here.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction import namelike
from redaction.normalize import fold_str
from redaction.recognizers.person.filters import known_firms
from redaction.recognizers.person.tokens import blocked, known_surname
from redaction.types import Span

_PARTICLE = r"(?:van[ ]der|van[ ]den|van|de|der|den|von|da|di|del|de[ ]la|le|la)[ ]"
_NAME = rf"(?:{_PARTICLE})?\p{{Lu}}[\p{{Ll}}'’-]+(?:[ ]{_PARTICLE}\p{{Lu}}[\p{{Ll}}'’-]+)?"
_PLURAL = regex.compile(
    r"(?<![\p{L}])(?:(?i:heren|dames|herren|damen|messieurs|mesdames|señores|señoras|messrs\.?|mmes\.?)|MM\.)"
    rf"[ ]({_NAME}(?:[ ]*,[ ]*{_NAME})*[ ](?:en|und|et|y|e|and|&)[ ]{_NAME})"
)
_ONE = regex.compile(_NAME)
# A French family by its name in the plural: "Les Andriamanana (rue Nationale) ont appelé", "les Martin ont signé"
_FAMILY = regex.compile(
    r"(?<![\p{L}])[Ll]es[ ](\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)"
    r"(?=[ ]*\(|[ ](?:ont|sont|nous|vont|viennent|habitent|veulent|doivent|demandent|souhaitent)(?![\p{L}]))"
)


def plural_titles(text: str) -> Iterator[Span]:
    for m in _FAMILY.finditer(text) if "es " in text else ():
        folded = fold_str(m.group(1))
        if blocked(folded) or folded in lx.places() or folded in known_firms():
            continue
        if known_surname(folded) or (not lx.plain_word(folded) and namelike.name_like(folded, 0.0)):
            yield Span(m.start(1), m.end(1), "PERSON", 0.65, "person_rules")
    for m in _PLURAL.finditer(text):
        for name in _ONE.finditer(text, m.start(1), m.end(1)):
            folded = fold_str(name.group())
            if blocked(folded) or folded in lx.TEAM_WORDS or folded in known_firms() or folded in lx.places():
                continue
            yield Span(name.start(), name.end(), "PERSON", 0.7, "person_rules")
