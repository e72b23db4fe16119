"""Nicknames the text itself ties to a person: a word set beside a name found in the text, or after a word that
introduces a nickname.

- ``Pachito (Francisco Wong)``, ``"Chabuca" (Isabel Santa María, asistente)``: a word, quoted or not, right
  before a parenthesis that opens on a person found in the text;
- ``Bappa = Subhajit Dutta``, ``MLH = Macedonio``: a word or initials equated with a person found;
- ``el "Chato" Quispe``: a quoted word right before a person found;
- ``alias "el Menor"``, ``todos le dicen don Cuco``, ``a.k.a. Bigga``, ``genannt „Hansi"``: a capitalised word
  after a word that introduces a nickname (maybe with an article, a title or quotes between).

The word is never a frequent word unless quotes set it apart, a title, a role, a team, a firm word or a place.
"""

from __future__ import annotations

import regex

from redaction import lexicon as lx
from redaction.normalize import fold_str
from redaction.recognizers.person.tokens import blocked, known_first, known_surname
from redaction.types import Span

# a word (or capitals), maybe in quotes, then "(" or "=" and the start of a person found
_BEFORE = regex.compile(
    r"(?<![\p{L}\d])(?P<q>[\"«“„‘]?)(?P<w>\p{Lu}[\p{L}'’-]*)(?P<c>[\"»”“’]?)[ \t]*(?P<sep>\(|=|)[ \t]*$"
)
# a nickname in quotes, then a family name: el "Chato" Quispe, „Ali“ Yılmaz
_QUOTED_SURNAME = regex.compile(
    r"(?<![\p{L}\d])[\"«“„‘](?P<w>\p{Lu}[\p{Ll}'’-]+)[\"»”“’][ \t]+(?P<s>\p{Lu}[\p{Ll}'’-]+)(?![\p{L}\d])"
)
# words that introduce a nickname, then maybe an article or a title, then maybe a quote, then the name
_INTRO = regex.compile(
    r"(?<![\p{L}])(?:alias|Alias|a\.k\.a\.|aka|AKA|nicknamed|goes[ \t]by|apodad[oa]|apodo|"
    r"le[ \t]+(?:dicen|decimos|dicemos|digan|llaman|llamamos)|les[ \t]+dicen|genannt|surnommée?|bijnaam)"
    r"[ \t]*:?[ \t]+(?:(?:el|la|don|doña|do[nñ]a|der|die|le|de)[ \t]+)?"
    r"(?P<q>[\"«“„‘]?)(?:(?:el|la|der|die|le|de)[ \t]+)?(?P<w>\p{Lu}[\p{Ll}'’-]+)"
)
_INTRO_HINTS: tuple[str, ...] = (
    "lias",
    "k.a",
    "aka",
    "AKA",
    "nicknamed",
    "goes by",
    "apod",
    "dicen",
    "decimos",
    "digan",
)
_INTRO_HINTS += ("llaman", "genannt", "surnomm", "bijnaam")


def _fit(word: str, quoted: bool) -> bool:
    folded = fold_str(word)
    if len(folded) < 2 or blocked(folded) or folded in lx.all_stopwords():
        return False
    if (
        folded in lx.TITLES
        or folded in lx.ROLE_WORDS
        or folded in lx.TEAM_WORDS
        or folded in lx.ORG_INDICATORS
    ):
        return False
    if folded in lx.MONTHS or folded in lx.WEEKDAYS or folded in lx.places():
        return False
    return quoted or not lx.plain_word(folded)


def _given(word: str) -> bool:
    """A first name or a nickname of the lists (an unquoted word before a person's parenthesis)."""
    folded = fold_str(word)
    return known_first(folded, ambiguous_ok=True) and folded not in lx.places()


def aliases(text: str, spans: list[Span]) -> list[Span]:
    """Nicknames tied to a person the other rules found (see the module's docstring)."""
    persons = [s for s in spans if s.kind == "PERSON"]
    taken = [(s.start, s.end) for s in spans]
    out: list[Span] = []

    def add(start: int, end: int, score: float) -> None:
        if not any(a < end and start < b for a, b in taken):
            taken.append((start, end))
            out.append(Span(start, end, "PERSON", score, "person_rules"))

    for person in persons:
        m = _BEFORE.search(text, max(0, person.start - 40), person.start)
        if m is None or m.end() != person.start:
            continue
        quoted = bool(m.group("q")) and bool(m.group("c"))
        word = m.group("w")
        if m.group("sep") == "(" or m.group("sep") == "=":
            if word.isupper() and 2 <= len(word) <= 4 and m.group("sep") == "=":
                add(m.start("w"), m.end("w"), 0.6)  # "MLH = Macedonio"
            elif _fit(word, quoted) and not word.isupper() and (quoted or _given(word)):
                add(m.start("w"), m.end("w"), 0.6)  # not "Acme (John Smith)": a firm and its contact
        elif quoted and (_fit(word, False) or _given(word) and _fit(word, True)) and not word.isupper():
            add(m.start("w"), m.end("w"), 0.6)  # el "Chato" Quispe
    for m in _QUOTED_SURNAME.finditer(text):  # a nickname in quotes before a family name of the lists
        if (
            (_fit(m.group("w"), False) or _given(m.group("w")))
            and known_surname(fold_str(m.group("s")))
            and not blocked(fold_str(m.group("s")))
        ):
            add(m.start("w"), m.end("w"), 0.6)
            add(m.start("s"), m.end("s"), 0.6)
    if any(hint in text for hint in _INTRO_HINTS):
        for m in _INTRO.finditer(text):
            if _fit(m.group("w"), True):  # the cue says it is a name, even a word's ("don Cuco")
                add(m.start("w"), m.end("w"), 0.6)
    return out
