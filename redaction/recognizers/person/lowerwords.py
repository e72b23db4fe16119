"""Lower-case words and names of chat text: words the name lists know as names that need a cue, verbs only a
person does, first names that are words of business, a surname in lower case that is no word, and whether a
word is part of an address or a handle."""

from __future__ import annotations

from redaction import lexicon as lx
from redaction.recognizers.person.tokens import Token, blocked, known_surname

# Lower-case words the name lists know as first names, frequent enough in business notes to need no cue:
# slang, Latin, Spanish, Swahili and Tagalog words ("this arvo", "per diem", "una grieta", "niko nayo").
_LOWER_WORDS = lx.word_set(
    "arvo diem grieta nayo niko sila mutua fares relu franca constance gratia asante iva btw tva mwst"
)


# Verbs only a person does, after a first name that is a word too
_SAYS = lx.word_set(
    "said says confirmed confirms asked asks replied replies wrote writes emailed phoned rang called pinged "
    "mentioned promised suggested agreed insists insisted complained thinks reckons sagt sagte meint meinte "
    "fragt fragte schreibt schrieb dit disait demande confirme écrit dice dijo pregunta preguntó escribió "
    "confirma confirmó zegt zei vraagt vroeg schreef bevestigt belde mailde"
)
# First names that are words of business, never a person on a verb alone ("grant approved", "bill signed")
BUSINESS_WORDS = lx.word_set(
    "grant bill will may mark page chase price cash sterling bond rich summer winter june april august "
    "amber ruby crystal penny gay hope faith joy"
)


def lower_surname(tok: Token) -> bool:
    """A surname of the lists in lower case that is no frequent word of our languages ("diallo")."""
    folded = tok.folded
    if len(folded) < 4 or not tok.text.replace("-", "").isalpha() or folded in _LOWER_WORDS:
        return False
    if blocked(folded) or folded in lx.word_like_names() or folded in lx.ambiguous_names():
        return False
    parts = folded.split("-")
    if any(p in lx.common_words() for p in parts) or folded in lx.common_words():
        return False
    return known_surname(folded)


def glued(tokens: list[Token], i: int) -> bool:
    """``tokens[i]`` is part of an e-mail address, a handle, a path or a file name ("kofi.mensah@", "@olu")."""
    tok, n = tokens[i], len(tokens)
    prev = tokens[i - 1] if i else None
    nxt = tokens[i + 1] if i + 1 < n else None
    if prev is not None and prev.end == tok.start and prev.text in ("@", ".", "_", "/", "\\", "#"):
        return True
    if nxt is None or nxt.start != tok.end:
        return False
    if nxt.text in ("@", "_", "/", "\\"):
        return True
    return (
        nxt.text == "." and i + 2 < n and tokens[i + 2].start == nxt.end and tokens[i + 2].text[0].isalnum()
    )
