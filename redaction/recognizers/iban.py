"""IBANs with or without spaces, validated by country length and the mod-97 check digits.

An IBAN with a wrong check digit is still reported (score 0.5) when a banking word stands before it: a typo
does not make an account number less personal.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.lexicon import word_set
from redaction.recognizers.base import context_before, mod97_ok
from redaction.types import Span

# Lengths of the IBAN in the countries our clients bank in (SWIFT IBAN registry).
LENGTHS = {
    "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20,
    "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GI": 23, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IS": 26,
    "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28,
    "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TR": 26, "AE": 23, "SA": 24, "IL": 23,
}  # fmt: skip

_CANDIDATE = regex.compile(r"(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?:[ \u00a0-]?[A-Z0-9]){10,30})")
_CONTEXT = word_set("iban konto kontonummer bankverbindung rib compte cuenta rekening account bank")


class IbanRecognizer:
    name: str = "iban"
    kinds: tuple[str, ...] = ("IBAN",)

    def find(self, text: str, lang: str) -> Iterator[Span]:
        for m in _CANDIDATE.finditer(text):
            country = m.group(1)[:2]
            length = LENGTHS.get(country)
            if length is None:
                continue
            # Walk the match, keeping the first ``length`` alphanumerics (trailing words are not the IBAN).
            chars: list[str] = []
            end = m.start()
            for i in range(m.start(), m.end()):
                ch = text[i]
                if ch.isalnum():
                    chars.append(ch)
                    end = i + 1
                    if len(chars) == length:
                        break
            if len(chars) < length:
                continue
            if end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
                continue  # the IBAN runs on: wrong length for its country
            compact = "".join(chars)
            if mod97_ok(compact):
                yield Span(m.start(), end, "IBAN", 1.0, self.name)
            elif context_before(text, m.start(), _CONTEXT):
                yield Span(m.start(), end, "IBAN", 0.5, self.name)
