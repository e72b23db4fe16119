"""What every pattern recognizer is: a name, the kinds it finds, and ``find(text, lang) -> spans``.

Plus small helpers shared by recognizers: context-word look-behind and check digits (Luhn, ISO 7064).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

import regex

from redaction.types import Span

WORD_RE = regex.compile(r"[\p{L}\p{M}]+")


class Recognizer(Protocol):
    """A detector for one concern (emails, phones, IBANs...)."""

    name: str
    kinds: tuple[str, ...]

    def find(self, text: str, lang: str) -> Iterable[Span]: ...


def context_before(text: str, start: int, words: frozenset[str], window: int = 40) -> bool:
    """True if one of ``words`` (lower case) appears in the ``window`` characters before ``start``."""
    before = text[max(0, start - window) : start].lower()
    return any(w in words for w in WORD_RE.findall(before))


def luhn_ok(digits: str) -> bool:
    """Luhn checksum (payment cards)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def mod97_ok(alnum: str) -> bool:
    """ISO 7064 mod 97-10 as used by IBAN: move the first four characters to the end, letters to numbers."""
    rearranged = alnum[4:] + alnum[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1
