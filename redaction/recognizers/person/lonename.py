"""One capitalised word standing alone where a person may stand (a vocative, a header line, before "who"): is it a
name? A name of the lists (a word too: "Bart", "Grace"), or a word no dictionary holds that is spelt like a name
("Encarni"); never a blocked word, a team, a label, a role, a month, a weekday or a place."""

from __future__ import annotations

from redaction import lexicon as lx
from redaction import namelike
from redaction.recognizers.person.tokens import blocked, known_first, known_surname


def lone_name(folded: str) -> bool:
    """Whether one word alone (folded) reads as a person's name where a cue puts a person."""
    if blocked(folded) or folded in lx.TEAM_WORDS or folded in lx.FORM_LABELS or folded in lx.ROLE_WORDS:
        return False
    if folded in lx.MONTHS or folded in lx.WEEKDAYS or folded in lx.places():
        return False
    if known_first(folded, ambiguous_ok=True) or known_surname(folded):
        return True
    return not lx.plain_word(folded) and namelike.name_like(folded, 0.0)
