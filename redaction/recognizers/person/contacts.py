"""A person named right before a phone number found by the phone recognizer: a contact line.

Contact lists, call notes and hand-overs name the person and give the number in one breath ("Guylaine Côté,
514 555-0182 poste 224", "Venue contact: Chua Li Ting, 9123 4567", "Tel de Prosper : 677 41 28 90", "Mercy cell
(614) 555-0119"). The words before the number are a person when they open a line or follow a label, a comma or
"de"/"van"/"von"/"of" after a phone word, and read as a name: one to three capitalised words, none a label, a
team, a place or a firm's word, the first a given name of the lists or spelt clearly like one (or a family name
of the lists), not all of them ordinary words.
"""

from __future__ import annotations

import regex

from redaction import lexicon as lx
from redaction import namelike
from redaction.normalize import fold_str
from redaction.recognizers.person.tokens import blocked, known_first, known_surname
from redaction.recognizers.person.words import PARTICLES
from redaction.types import Span

_WORD = r"\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?"
_PHONE_WORDS = (
    r"tel|tél|tfno|telf|phone|cell|cel|mobile|mob|móvil|movil|gsm|handy|natel|portable|port|whatsapp|wa|"
    r"celular|mobiel|telefoon|telefon"
)
# The name, then what joins it to the number: a comma, a colon or a dash, a phone word, "at" ("Prosper au 0897
# 441 032", "Mercy at 0803 ..."), or nothing but a space
_BEFORE_PHONE = regex.compile(
    rf"(?P<name>{_WORD}(?:[ \t]+(?:(?:de|van|von|der|den|le|la|du|da|del|ter)[ \t]+){{0,2}}{_WORD}){{0,2}})"
    rf"(?:[ \t]*[,:–-][ \t]*|[ \t]+(?i:{_PHONE_WORDS})\.?[ \t]*:?[ \t]*|(?P<at>[ \t]+(?:au|at|op|unter|al)[ \t]+)|[ \t]+)"
    r"\(?\Z"
)
# Before a name that a phone number follows: a colleague or an assistant ("joindre mon adjoint Fidèle au +243 ...")
_COLLEAGUE = (
    r"(?i:adjoint|adjointe|assistant|assistante|assistent|assistentin|asistente|collègue|colleague|collega|"
    r"kollege|kollegin|colega|secrétaire|secretary|secretaresse|sekretärin|secretaria)[ \t]+"
)
# What may stand before the name: a line's start or a list marker, a label's colon, a comma or a semicolon, an
# opening parenthesis, "is" ("uitvoerder is Tom Oerlemans 013-5423891"), or a phone word and "de"/"van"/"von"/"of"
# ("Tel de Prosper :")
_OPENER = regex.compile(
    rf"(?:(?:^|\n)[ \t]*(?:[-–•*·][ \t]*|\d{{1,2}}[.)][ \t]*)?|[:;,(][ \t]*|(?<![\p{{L}}])(?:is|ist|est|es|zijn)[ \t]+|(?i:{_PHONE_WORDS})\.?[ \t]+(?:de|van|von|of|from|di)[ \t]+|(?<![\p{{L}}]){_COLLEAGUE})\Z"
)

_WORD_START = regex.compile(r"(?<![\p{L}\p{M}'’-])\p{Lu}")


def _name_words(words: list[str], *, at: bool = False) -> bool:
    """One to three capitalised words that read as a person's name (``at``: "X at <phone>", where a first name
    that is a word too counts)."""
    folded = [fold_str(w) for w in words if fold_str(w) not in PARTICLES]
    if not 1 <= len(folded) <= 3:
        return False
    for w in folded:
        if blocked(w) or w in lx.FORM_LABELS or w in lx.TEAM_WORDS or w in lx.places() or w in lx.MONTHS:
            return False
    first = folded[0]
    if (
        len(folded) == 1
    ):  # one word: a given name of the lists that is no word, or one spelt clearly like a name
        return (
            known_first(first, ambiguous_ok=at) or namelike.name_like(first, 0.5) and not lx.plain_word(first)
        )
    # a full name: a given name of the lists or one spelt clearly like a name first, then any family name
    # ("Guylaine Côté", "Tom Oerlemans"), or a family name of the lists first ("Chua Li Ting")
    given = known_first(first, ambiguous_ok=True) or namelike.name_like(first, 0.5) or known_surname(first)
    return given and not all(lx.plain_word(w) for w in folded)


def names_before_phones(text: str, spans: list[Span]) -> list[Span]:
    """Person spans for the names right before the phone numbers among ``spans`` that no span covers yet."""
    out: list[Span] = []
    for phone in spans:
        if phone.kind != "PHONE":
            continue
        line_start = text.rfind("\n", 0, phone.start) + 1
        window = max(line_start, phone.start - 60)
        for w in _WORD_START.finditer(text, window, phone.start):  # the longest name first
            m = _BEFORE_PHONE.match(text, w.start(), phone.start)
            if m is None:
                continue
            start, end = m.start("name"), m.end("name")
            if start != line_start and _OPENER.search(text, max(0, start - 24), start) is None:
                continue
            if any(s.start < end and start < s.end for s in spans if s is not phone):
                break
            # after "at" a first name that is a word too stands for its bearer ("Prosper au 0897 441 032")
            if _name_words(m.group("name").split(), at=m.group("at") is not None):
                out.append(Span(start, end, "PERSON", 0.6, "person_rules"))
                break
    return out
