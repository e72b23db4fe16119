"""A name after a preposition of people and before a relative pronoun of people: "Vraag anders aan Sien, die heeft
de kopie", "talk to Ngozi, who has the file", "parle avec Maëlle, qui connaît le dossier", "habla con Yoli, quien
lo firmó"; and a name opening a sentence before "who" or "quien" ("Will, who is nine, was home").

A thing or a place takes "which", "où", "donde", or another preposition ("in Gent, die stad"); after "aan", "met",
"to", "with", "avec", "con" and before "die", "der", "who", "qui", "quien", one capitalised word is a person when a
list knows it as a name or no dictionary holds it and it is spelt like one; never a place or a well-known firm.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction.normalize import fold_str
from redaction.recognizers.person.filters import known_firms
from redaction.recognizers.person.lonename import lone_name
from redaction.recognizers.person.tokens import known_first
from redaction.types import Span

_RELATIVE = regex.compile(
    r"(?<![\p{L}])(?:aan|met|bij|an|mit|with|to|avec|à|con)[ ](\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),[ ]"
    r"(?:die|der|who|qui|quien|quienes)[ ]"
)


# A name opening a sentence before "who" (English) or "quien" (Spanish), pronouns only of people: "Will, who is
# nine, was home from school", "Grace, who runs the desk, said"
_RELATIVE_OPENING = regex.compile(
    r"(?:^|(?<=[.!?][ ]|\n))(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),[ ](?:who|quien)[ ]"
)


def relative_names(text: str) -> Iterator[Span]:
    if ", " not in text:
        return
    for m in _RELATIVE.finditer(text):
        folded = fold_str(m.group(1))
        if lone_name(folded) and folded not in known_firms():
            yield Span(m.start(1), m.end(1), "PERSON", 0.6, "person_rules")
    if ", who " in text or ", quien " in text:
        for m in _RELATIVE_OPENING.finditer(text):
            folded = fold_str(m.group(1))
            # a first name that is a word too counts here ("Will, who"): only people are "who"
            named = lone_name(folded) or (
                known_first(folded, ambiguous_ok=True)
                and folded not in lx.places()
                and folded not in lx.MONTHS
            )
            if named and folded not in known_firms():
                yield Span(m.start(1), m.end(1), "PERSON", 0.6, "person_rules")
