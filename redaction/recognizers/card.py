"""Payment card numbers: 13-19 digits, optionally grouped by spaces or dashes, Luhn-valid, known prefix; a card's
number after a word for a card even when its check digit fails (an expense claim copies it by hand); a masked card
("**** **** **** 4821", "5232 XXXX XXXX 8810"). Not a card's last digits alone after "ending in": a blind set's
keep fell with them and no recall rose."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.recognizers.base import luhn_ok
from redaction.types import Span

_CANDIDATE = regex.compile(r"(?<![\d\w.,/-])(?:\d[ -]?){12,18}\d(?![\d\w/-])")
# A word for a payment card a few words before its number
_CARD_WORD = regex.compile(
    r"(?i:\b(?:card|cards|visa|mastercard|master[ ]card|amex|maestro|tarjeta|carte|cb|karte|kreditkarte|"
    r"kaart|creditcard|pinpas|bankpas)\b)[^\d\n]{0,25}\Z"
)
# Four groups of four, one to three of them masked, at least one of digits
_MASKED = regex.compile(
    r"(?<![\w*•])(?=[\d*xX•]{4}[ -]?[\d*xX•]{4}[ -]?[\d*xX•]{4}[ -]?[\d*xX•]{4}(?![\w*•]))"
    r"(?=.{0,15}?\d{4})(?=[^\n]{0,18}?[*xX•]{4})[\d*xX•]{4}(?:[ -]?[\d*xX•]{4}){3}(?![\w*•])"
)


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
            elif len(digits) in (15, 16) and _CARD_WORD.search(text, max(0, m.start() - 40), m.start()):
                yield Span(m.start(), m.end(), "CARD", 0.8, self.name)  # "card no. 5412 7534 1290 0083"
        if "*" in text or "X" in text or "x" in text or "•" in text:
            for m in _MASKED.finditer(text):
                yield Span(m.start(), m.end(), "CARD", 0.8, self.name)
