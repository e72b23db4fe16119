"""E-mail addresses (any script in the local part), with a trailing-dot fix."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.types import Span

_EMAIL = regex.compile(
    r"(?<![\w.+%-])[\w.+%'-]{1,64}@(?:[\w-]{1,63}\.)+[A-Za-z]{2,24}(?![\w-])",
    regex.UNICODE,
)


class EmailRecognizer:
    name: str = "email"
    kinds: tuple[str, ...] = ("EMAIL",)

    def find(self, text: str, lang: str) -> Iterator[Span]:
        if "@" not in text:
            return
        for m in _EMAIL.finditer(text):
            start, end = m.span()
            if text[start] == ".":
                start += 1
            yield Span(start, end, "EMAIL", 1.0, self.name)
