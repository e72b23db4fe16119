"""A full name whose given name is also a word: "Jet Schoonderwoerd", "Lot Pruijssers".

Exactly two capitalised words: a given name of the lists that is no stop word (a word too: "jet", "lot", "roos"),
then, after one space, a family name: one of the lists that is no common word, or a word no dictionary holds (five
letters or more, or spelt like a name); no place, no German noun ("Rose Garden", "Grace Church", "Will Gutschrift"
stay). A family name that is a word too is no cue here ("Beer Hofstede", "Ernst Vollmer" need another). The given
name's rules elsewhere need a cue for a word-name; here its family name is the cue. The recognizer takes these only
where no other rule found anything (as a first pass they split two-surname Spanish names).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction import namelike
from redaction.normalize import fold_str
from redaction.recognizers.person.guards import noun_by_ending
from redaction.recognizers.person.tokens import blocked, known_first, known_surname
from redaction.types import Span

# exactly two capitalised words, no capitalised word before or after them ("Sat Sri Akal ji" is a greeting)
_PAIR = regex.compile(
    r"(?<![\p{L}\d@._'’-])(?<!\p{Lu}\p{L}*[ ])(?P<given>\p{Lu}\p{Ll}{1,11})[ ]"
    r"(?P<family>\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\d@'’-])(?![ ]\p{Lu})"
)


def word_first_names(text: str) -> Iterator[Span]:
    """Each pair of a given name that is a word and a family name no dictionary holds (see the module)."""
    for m in _PAIR.finditer(text):
        given, family = fold_str(m.group("given")), fold_str(m.group("family"))
        if not known_first(given, ambiguous_ok=True) or given in lx.MONTHS or blocked(given):
            continue  # not "Will Gutschrift", "Per Fernwartung": a modal or a preposition before a noun
        if noun_by_ending(m.group("family")):
            continue  # "Mietminderung": a German noun
        if family in lx.places() or family in lx.MONTHS or blocked(family):
            continue
        common = lx.common_words()
        surname = known_surname(family) and family not in common
        unknown = not lx.plain_word(family) and all(part not in common for part in family.split("-"))
        if not (surname or (unknown and (len(family) >= 5 or namelike.name_like(family, 0.3)))):
            continue
        if fold_str(m.group()) in lx.places():
            continue
        yield Span(m.start(), m.end(), "PERSON", 0.6, "person_rules")
