"""Names joined to a person found by "+", "&" or "/", as rotas, seating plans and task lists pair people ("Yusuf +
Mai", "PRECIOUS & MIHAI", "fleur / mees", "Hope D. + Joy"): the word on the other side is a person too when it is a
first name of the lists, in any case, and no word that a pair of things shares ("Sales & Marketing", "Q&A", "HR /
Payroll", a weekday, a role or a team's word), and no pair joined by "&" that names a firm ("Fletcher & Rowe
Lettings", "Patel & Co"). Chains follow ("OLA + PRECIOUS & MIHAI").
"""

from __future__ import annotations

import regex

from redaction import lexicon as lx
from redaction.normalize import fold_str
from redaction.recognizers.person.guards import company_context
from redaction.recognizers.person.tokens import blocked, known_first
from redaction.types import Span

RECOGNIZER = "person_rules"
_AFTER = regex.compile(
    r"[ \t]*(?:\+|&|/)[ \t]*(?P<name>[\p{L}][\p{L}\p{M}'’-]+)(?![\p{L}\p{M}\d@.'’-]|\.\p{L})"
)
_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\d@.'’-])(?P<name>[\p{L}][\p{L}\p{M}'’-]+)[ \t]*(?:\+|&|/)[ \t]*\Z")


def _name_word(word: str) -> bool:
    folded = fold_str(word)
    if len(folded) < 3 or blocked(folded) or folded in lx.WEEKDAYS or folded in lx.WEEKDAY_ABBREVIATIONS:
        return False
    if folded in lx.ROLE_WORDS or folded in lx.TEAM_WORDS:
        return False
    return known_first(folded, ambiguous_ok=True)


def joined_names(text: str, spans: list[Span]) -> list[Span]:
    """Persons joined by "+", "&" or "/" to a person found (see the module's docstring)."""
    if "+" not in text and "&" not in text and "/" not in text:
        return []
    taken = [(s.start, s.end) for s in spans]
    todo = [s for s in spans if s.kind == "PERSON"]
    out: list[Span] = []
    while todo:
        span = todo.pop()
        for m in (
            _AFTER.match(text, span.end),
            _BEFORE.search(text, max(0, span.start - 40), span.start),
        ):
            if m is None or not _name_word(m.group("name")):
                continue
            start, end = m.span("name")
            pair = (min(start, span.start), max(end, span.end))
            if "&" in m.group() and company_context(text, *pair):
                continue  # "Fletcher & Rowe Lettings", "Patel & Co": a firm's name
            if any(start < e and s < end for s, e in taken):
                continue
            found = Span(start, end, "PERSON", 0.6, RECOGNIZER)
            out.append(found)
            taken.append((start, end))
            todo.append(found)
    return out
