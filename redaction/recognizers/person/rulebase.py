"""What every part of the person rules shares: the recognizer's name and the span it yields."""

from __future__ import annotations

from redaction.recognizers.person.tokens import Token
from redaction.types import Span


class RuleBase:
    name: str = "person_rules"
    kinds: tuple[str, ...] = ("PERSON",)

    def _span(self, tokens: list[Token], i: int, j: int, score: float) -> Span:
        return Span(tokens[i].start, tokens[j - 1].end, "PERSON", score, self.name)
