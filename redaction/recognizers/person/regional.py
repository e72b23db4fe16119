"""Forms of address that are also ordinary words: "Chief" (a Nigerian chieftaincy title, "Chief Okonkwo", "Chief
Dein Harry-Jaja"), "Pastor", "Rev." and "Revd" before a name. Unlike the titles of ``lexicon.TITLES`` they head
job titles too ("Chief Executive Officer", "Chief Justice", "Rev. 3"), so the words after them count only when
they are names: a first or family name of the lists, or a word spelt like a name that is no word of our
languages."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction import namelike
from redaction.normalize import fold_str
from redaction.recognizers.person.tokens import blocked, known_first, known_surname
from redaction.types import Span

_WORD = r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?"
_TITLED = regex.compile(
    rf"(?<![\p{{L}}])(?:Chief|Pastor|Rev\.|Revd\.?|Rev)[ \t]+(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}})(?![\p{{L}}])"
)


def _name_word(word: str) -> bool:
    folded = fold_str(word)
    if blocked(folded) or lx.plain_word(folded) or folded in lx.ROLE_WORDS or folded in lx.TEAM_WORDS:
        return False
    if folded in lx.places() or folded in lx.ORG_INDICATORS or folded in lx.MONTHS or folded in lx.WEEKDAYS:
        return False
    parts = [p for p in folded.split("-") if p]
    return all(
        known_first(p, ambiguous_ok=False) or known_surname(p) or namelike.name_like(p, 0.3) for p in parts
    )


def chief_titles(text: str) -> Iterator[Span]:
    """The name after "Chief", "Pastor" or "Rev." (as many of its words as are names)."""
    if "Chief" not in text and "Pastor" not in text and "Rev" not in text:
        return
    for m in _TITLED.finditer(text):
        words = list(regex.finditer(_WORD, m.group("name")))
        taken = 0
        for w in words:
            if not _name_word(w.group()):
                break
            taken += 1
        if taken:
            start = m.start("name")
            yield Span(start, start + words[taken - 1].end(), "PERSON", 0.7, "person_rules")
