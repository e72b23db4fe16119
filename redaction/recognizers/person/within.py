"""A name found once in a text, found again in the same text: initials ("Present: AK, PL" then "PL hat die
Inventur beobachtet") and a lower-case name of a chat ("pierre:" speaking, then "ok pierre, tu peux").

Only within one text, and only for the shapes the rules are sure of where they found them: capital
initials and one lower-case word. The run's sessions spread full names across texts; these shapes are too
short to carry from one text to another (another text's "PL" may be a profit and loss account).
"""

from __future__ import annotations

import regex

from redaction import lexicon as lx
from redaction.normalize import fold_str
from redaction.recognizers.person.words import PARTICLES
from redaction.types import Span

# Words before a lower-case name that make it the word again ("la pierre", "im winter", "de winter")
_WORD_BEFORE = lx.word_set(
    "the a an this that my our your der die das den dem des ein eine einen im am vom zum zur le la les un une "
    "du au aux el los las una al del het een de deze dit in op"
)
_PREV = regex.compile(r"([\p{L}\p{M}'’]+)[ \t]*$")
# Initials defined in parentheses right after the name ("Chidi Nwosu (CN)", "Sr. Abdul Rahman (AR)")
_DEFINED = regex.compile(r"\G[ \t]*\((?P<ini>\p{Lu}{2,4})\)")


def defined_initials(text: str, spans: list[Span]) -> list[Span]:
    """Initials in parentheses after a name found, when they are that name's initials: a note defines the short
    form it then uses ("spoke w/ Chidi Nwosu (CN) ... CN says"); ``spread_in_text`` finds the other uses."""
    out = []
    for span in spans:
        if span.kind != "PERSON":
            continue
        m = _DEFINED.match(text, span.end)
        if m is None:
            continue
        words = [w for w in regex.split(r"[\s-]+", text[span.start : span.end]) if w[:1].isalpha()]
        full = "".join(w[0] for w in words).upper()
        core = "".join(w[0] for w in words if fold_str(w) not in PARTICLES).upper()
        if m.group("ini") in (full, core) and len(words) >= 2:
            out.append(Span(m.start("ini"), m.end("ini"), "PERSON", max(span.score, 0.7), "person_rules"))
    return out


def _standalone(text: str, start: int, end: int) -> bool:
    before = text[start - 1 : start]
    after = text[end : end + 1]
    if before and (before.isalnum() or before in "&/-_.@'’"):
        return False
    possessive = after in "'’" and text[end + 1 : end + 2] == "s" and not text[end + 2 : end + 3].isalnum()
    if after and (after.isalnum() or after in "&/-_@'’") and not possessive:
        return False
    return not (after == "." and text[end + 1 : end + 2].isalnum())


def spread_in_text(text: str, spans: list[Span]) -> list[Span]:
    """Other mentions, in the same text, of initials and lower-case chat names the rules found there."""
    taken = [(s.start, s.end) for s in spans]
    seen: set[str] = set()
    extra: list[Span] = []
    for span in spans:
        if span.kind != "PERSON" or span.recognizer in ("record", "session"):
            continue
        surface = text[span.start : span.end]
        initials = 2 <= len(surface) <= 3 and surface.isalpha() and surface.isupper()
        lower = surface.isalpha() and surface.islower() and len(surface) >= 3
        if not (initials or lower) or surface in seen:
            continue
        seen.add(surface)
        for m in regex.finditer(
            rf"(?<![\p{{L}}\p{{M}}\d]){regex.escape(surface)}(?![\p{{L}}\p{{M}}\d])", text
        ):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken) or not _standalone(text, s, e):
                continue
            if lower:
                prev = _PREV.search(text, max(0, s - 30), s)
                if prev is not None and fold_str(prev.group(1)) in _WORD_BEFORE:
                    continue
            extra.append(Span(s, e, "PERSON", span.score, span.recognizer))
            taken.append((s, e))
    return spans + extra
