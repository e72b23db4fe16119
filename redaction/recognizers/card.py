"""Payment card numbers: 13-19 digits, optionally grouped by spaces or dashes, Luhn-valid, known prefix."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.recognizers.base import luhn_ok
from redaction.types import Span

_CANDIDATE = regex.compile(r"(?<![\d\w.,/-])(?:\d[ -]?){12,18}\d(?![\d\w/-])")


class CardRecognizer:
    name: str = "card"
    kinds: tuple[str, ...] = ("CARD",)

    def find(self, text: str, lang: str) -> Iterator[Span]:
        for m in _CANDIDATE.finditer(text):
            digits = "".join(ch for ch in m.group() if ch.isdigit())
            if not 13 <= len(digits) <= 19 or digits[0] not in "3456":
                continue
            if luhn_ok(digits):
                yield Span(m.start(), m.end(), "CARD", 1.0, self.name)
