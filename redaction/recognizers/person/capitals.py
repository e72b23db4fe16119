"""Full names written in capitals with three words or more, as letters, forms and registers print them
("MARÍA FERNANDA RÍOS ABUCHAIBE", "SHIRLEY CAMPBELL GRANT", "MARÍA CLARA ESGUERRA DE LA HOZ").

The two-word names in capitals are ``notes.caps_names``'s, which asks for a first name that is no word. With three
words or more the run itself is the evidence: its first word is a first name of the lists (even one that is a
word too, "MARÍA", "CLARA"), at least two of its words are names of the lists, and none is a word that no name
carries (a stop word, a team, a firm's or a role's word, an acronym, a month) or a place.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction import namelike
from redaction.normalize import fold_str
from redaction.recognizers.person.headers import _ACRONYMS
from redaction.recognizers.person.tokens import known_first, known_surname
from redaction.recognizers.person.words import EAST_ASIAN_SURNAMES
from redaction.types import Span

_WORD = r"\p{Lu}[\p{Lu}\p{M}'’]+(?:-\p{Lu}[\p{Lu}\p{M}'’]+)?"
_PARTICLE = r"(?:DE|DEL|LA|LAS|LOS|VAN|DER|DEN|VON|DA|DO|DOS|DAS|DI|LE|EL|AL|BIN|BINTI|Y|E)"
_RUN = regex.compile(
    rf"(?<![\p{{L}}\d])(?P<run>{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_WORD}){{2,4}})(?![\p{{L}}\d])"
)
_PARTICLES = frozenset(
    {"de", "del", "la", "las", "los", "van", "der", "den", "von", "da", "do", "dos", "das", "di", "le", "el"}
    | {"al", "bin", "binti", "y", "e"}
)


def _not_name(folded: str, word: str) -> bool:
    return (
        folded in lx.all_stopwords()
        or folded in lx.TEAM_WORDS
        or folded in lx.ORG_INDICATORS
        or folded in lx.ROLE_WORDS
        or folded in lx.NON_PERSON_TAILS
        or folded in lx.TITLES
        or folded in lx.MONTHS
        or folded in lx.WEEKDAYS
        or word in _ACRONYMS
        or not any(ch in "aeiouy" for ch in folded)
    )


def caps_full_names(text: str) -> Iterator[Span]:
    """Names of three words or more in capitals (see the module's docstring)."""
    for m in _RUN.finditer(text):
        words = [w for w in m.group("run").split() if fold_str(w) not in _PARTICLES]
        if len(words) < 3:
            continue
        folded = [fold_str(w) for w in words]
        # a given name first, or a Chinese, Korean or Vietnamese family name first ("TAN WEI MING", "NGUYEN VAN AN")
        east = folded[0] in EAST_ASIAN_SURNAMES
        if not (known_first(folded[0], ambiguous_ok=True) or east) or folded[0] in lx.places():
            continue
        if any(_not_name(f, w) for f, w in zip(folded, words, strict=True)):
            continue
        parts = [p for f in folded for p in f.split("-") if p]
        if any(" ".join(pair) in lx.places() for pair in zip(folded, folded[1:], strict=False)):
            continue  # "SAN JOSÉ": a town
        known = sum(1 for p in parts if known_first(p, ambiguous_ok=True) or known_surname(p))
        if known < 2 or not all(
            known_first(p, ambiguous_ok=True) or known_surname(p) or namelike.name_like(p, -0.4)
            for p in parts
        ):
            continue
        yield Span(m.start("run"), m.end("run"), "PERSON", 0.7, "person_rules")


# A register's surname in capitals, a comma and initials ("DRIESSEN, M.", "VAN DIJK, J.P.", "O'NEILL, K.")
_SURNAME_INITIALS = regex.compile(
    r"(?<![\p{L}\d])(?P<s>(?:(?:VAN|DE|DER|DEN|VON|LE|LA|DA|DI|EL|AL|O')[ \t]?)*\p{Lu}[\p{Lu}'’-]{2,}),[ \t]*"
    r"(?P<i>\p{Lu}\.(?:[ \t]?-?\p{Lu}\.){0,3})(?![\p{L}\d])"
)


def caps_surname_initials(text: str) -> Iterator[Span]:
    """A surname in capitals before a comma and initials: a surname of the lists or a word spelt like one that is
    no word of our lists, no acronym, team, firm or role word."""
    for m in _SURNAME_INITIALS.finditer(text):
        last = m.group("s").split()[-1]
        folded = fold_str(last)
        if _not_name(folded, last) or lx.plain_word(folded) or folded in lx.places():
            continue
        if not (known_surname(folded) or namelike.name_like(folded, 0.0)):
            continue
        # two persons' parts, as a run learns "QUISPE MAMANI, Juan": the surname and the initials
        yield Span(m.start("s"), m.end("s"), "PERSON", 0.7, "person_rules")
        yield Span(m.start("i"), m.end("i"), "PERSON", 0.7, "person_rules")
