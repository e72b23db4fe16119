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
from redaction.types import Span

# Words before a lower-case name that make it the word again ("la pierre", "im winter", "de winter")
_WORD_BEFORE = lx.word_set(
    "the a an this that my our your der die das den dem des ein eine einen im am vom zum zur le la les un une "
    "du au aux el los las una al del het een de deze dit in op"
)
_PREV = regex.compile(r"([\p{L}\p{M}'’]+)[ \t]*$")


def _standalone(text: str, start: int, end: int) -> bool:
    before = text[start - 1 : start]
    after = text[end : end + 1]
    if before and (before.isalnum() or before in "&/-_.@'’"):
        return False
    if after and (after.isalnum() or after in "&/-_@'’"):
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
