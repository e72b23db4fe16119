"""Names joined to a person found by "+", "&" or "/", as rotas, seating plans and task lists pair people ("Yusuf +
Mai", "PRECIOUS & MIHAI", "fleur / mees", "Hope D. + Joy"): the word on the other side is a person too when it is a
first name of the lists, in any case, and no word that a pair of things shares ("Sales & Marketing", "Q&A", "HR /
Payroll", a weekday, a role or a team's word), and no pair joined by "&" that names a firm ("Fletcher & Rowe
Lettings", "Patel & Co"). The family name after a given name and its nickname, both found, is the person's too
('Stefanie "Steef" Koopmans', "Dolores (Lola) Ribera"). Chains follow ("OLA + PRECIOUS & MIHAI").
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
_PAIR = regex.compile(
    r"(?<![\p{L}\p{M}\d@.'’/&+-])(?P<a>[\p{L}][\p{L}\p{M}'’-]+)[ \t]*(?:\+|&|/)[ \t]*(?P<b>[\p{L}][\p{L}\p{M}'’-]+)"
    r"(?![\p{L}\p{M}\d@.'’/-]|\.\p{L})"
)
_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\d@.'’-])(?P<name>[\p{L}][\p{L}\p{M}'’-]+)[ \t]*(?:\+|&|/)[ \t]*\Z")


def _name_word(word: str) -> bool:
    folded = fold_str(word)
    if len(folded) < 3 or blocked(folded) or folded in lx.WEEKDAYS or folded in lx.WEEKDAY_ABBREVIATIONS:
        return False
    if folded in lx.ROLE_WORDS or folded in lx.TEAM_WORDS:
        return False
    return known_first(folded, ambiguous_ok=True)


def _pair_word(word: str) -> bool:
    """A first name of the lists that is no word of our languages ("KWAME", "Priya"; not "Grace", "Will")."""
    folded = fold_str(word)
    return _name_word(word) and known_first(folded, ambiguous_ok=False)


def joined_names(text: str, spans: list[Span]) -> list[Span]:
    """Persons joined by "+", "&" or "/" to a person found, and two first names of the lists joined so, whatever
    their case ("MON – KWAME + PRIYA") (see the module's docstring)."""
    if "+" not in text and "&" not in text and "/" not in text:
        return []
    taken = [(s.start, s.end) for s in spans]
    todo = [s for s in spans if s.kind == "PERSON"]
    out: list[Span] = []
    for m in _PAIR.finditer(text):
        if not (_pair_word(m.group("a")) and _pair_word(m.group("b"))):
            continue
        if "&" in m.group() and company_context(text, m.start(), m.end()):
            continue
        for group in ("a", "b"):
            start, end = m.span(group)
            if not any(start < e and s < end for s, e in taken):
                found = Span(start, end, "PERSON", 0.6, RECOGNIZER)
                out.append(found)
                taken.append((start, end))
                todo.append(found)
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


# A given name, its nickname in quotes or parentheses, then the family name ('Stefanie "Steef" Koopmans', "Dolores
# (Lola) Ribera", "Geertruida (Truus) Mulder-Oosterhuis")
_AFTER_NICKNAME = regex.compile(
    r"[ \t]+(?:\((?P<p>[^()\n]{2,20})\)|[\"“«‘'](?P<q>[^\"”»’'\n]{2,20})[\"”»’'])[ \t]+"
    r"(?P<family>(?:(?:van|von|de|der|den|da|del|di|du|le|la|ter|ten)[ \t]+){0,2}\p{Lu}[\p{L}\p{M}'’-]+"
    r"(?:-\p{Lu}[\p{L}\p{M}'’-]+)?)(?![\p{L}\p{M}\d])"
)


def nicknamed_family_names(text: str, spans: list[Span]) -> list[Span]:
    """The family name after a person's given name and nickname, both found ('Stefanie "Steef" Koopmans'): the
    nickname found as a person, the family name no word of our languages, no town and no firm's name."""
    if "(" not in text and '"' not in text and "“" not in text and "«" not in text and "'" not in text:
        return []
    persons = {(s.start, s.end) for s in spans if s.kind == "PERSON"}
    out: list[Span] = []
    for span in spans:
        if span.kind != "PERSON":
            continue
        m = _AFTER_NICKNAME.match(text, span.end)
        if m is None:
            continue
        nick = "p" if m.group("p") is not None else "q"
        family = fold_str(m.group("family"))
        if m.span(nick) not in persons or any(
            m.start("family") < e and s < m.end("family") for s, e in persons
        ):
            continue
        if (
            blocked(family)
            or family in lx.places()
            or company_context(text, m.start("family"), m.end("family"))
        ):
            continue
        out.append(Span(m.start("family"), m.end("family"), "PERSON", 0.6, RECOGNIZER))
    return out
