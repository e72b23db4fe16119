"""Two or more people after a plural title: "de heren Kwakye en Asante", "die Herren Öztürk und Brandl", "MM. Diallo
et Faye", "los señores Quispe y Mamani", "Messrs Okafor and Bello".

The singular titles name one person ("de heer Kwakye"); their plural names each family name of the list that
follows, joined by commas and "and" in the note's language. A firm or a word of the lists is no family name here.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction.normalize import fold_str
from redaction.recognizers.person.filters import known_firms
from redaction.recognizers.person.tokens import blocked
from redaction.types import Span

_PARTICLE = r"(?:van[ ]der|van[ ]den|van|de|der|den|von|da|di|del|de[ ]la|le|la)[ ]"
_NAME = rf"(?:{_PARTICLE})?\p{{Lu}}[\p{{Ll}}'’-]+(?:[ ]{_PARTICLE}\p{{Lu}}[\p{{Ll}}'’-]+)?"
_PLURAL = regex.compile(
    r"(?<![\p{L}])(?:(?i:heren|dames|herren|damen|messieurs|mesdames|señores|señoras|messrs\.?|mmes\.?)|MM\.)"
    rf"[ ]({_NAME}(?:[ ]*,[ ]*{_NAME})*[ ](?:en|und|et|y|e|and|&)[ ]{_NAME})"
)
_ONE = regex.compile(_NAME)


def plural_titles(text: str) -> Iterator[Span]:
    for m in _PLURAL.finditer(text):
        for name in _ONE.finditer(text, m.start(1), m.end(1)):
            folded = fold_str(name.group())
            if blocked(folded) or folded in lx.TEAM_WORDS or folded in known_firms() or folded in lx.places():
                continue
            yield Span(name.start(), name.end(), "PERSON", 0.7, "person_rules")
