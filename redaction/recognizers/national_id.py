"""Cheap national identifiers: Spanish DNI/NIE, French NIR, UK NINO, US SSN, Dutch BSN and German tax id
(the last two only next to their name), and passport or ID-card numbers after a passport word.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.lexicon import word_set
from redaction.recognizers.base import context_before
from redaction.types import Span

_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
_DNI = regex.compile(r"(?<![\w-])([XYZ]?)-?(\d{7,8})-?([A-Z])(?![\w-])")
_NIR = regex.compile(
    r"(?<![\w])([12])\s?(\d{2})\s?(0[1-9]|1[0-2]|[2-9]\d)\s?(\d{2}|2A|2B)\s?(\d{3})\s?(\d{3})\s?(\d{2})(?![\w])"
)
_NINO = regex.compile(
    r"(?<![\w])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![\w])"
)
_SSN = regex.compile(r"(?<![\w-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w-])")
_END = r"(?![\w-]|[.,]\d)"  # a sentence may end right after the number
_NINE = regex.compile(rf"(?<![\w.,-])(?:\d{{4}}\.?\d{{2}}\.?\d{{3}}|\d{{9}}){_END}")
_ELEVEN = regex.compile(rf"(?<![\w.,-])\d{{2}}\s?\d{{3}}\s?\d{{3}}\s?\d{{3}}{_END}")
_DOC = regex.compile(r"(?<![\w])(?=[A-Z0-9]*\d)[A-Z0-9]{6,10}(?![\w])")

_BSN_WORDS = frozenset(["bsn", "burgerservicenummer", "sofinummer", "sofi"])
_TAX_WORDS = frozenset(
    ["steuer-id", "steuerid", "steuer", "idnr", "steueridentifikationsnummer", "identifikationsnummer"]
)
_DOC_WORDS = word_set(
    "passport passeport pasaporte paspoort reisepass pass personalausweis ausweis identity id card carte "
    "identité identite dni nie documento identiteitskaart idkaart"
)


def _bsn_ok(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(digits[8])
    return total % 11 == 0


class NationalIdRecognizer:
    name: str = "national_id"
    kinds: tuple[str, ...] = ("ID",)

    def find(self, text: str, lang: str) -> Iterator[Span]:
        if not any(ch.isdigit() for ch in text):
            return
        for m in _DNI.finditer(text):
            prefix, number, letter = m.groups()
            value = int(str("XYZ".index(prefix)) + number if prefix else number)
            right_length = (prefix and len(number) == 7) or (not prefix and len(number) == 8)
            if right_length and _DNI_LETTERS[value % 23] == letter:
                yield Span(m.start(), m.end(), "ID", 0.9, self.name)
        for m in _NIR.finditer(text):
            body = "".join(m.groups()[:6]).replace("2A", "19").replace("2B", "18")
            if 97 - int(body) % 97 == int(m.group(7)):
                yield Span(m.start(), m.end(), "ID", 0.9, self.name)
        for m in _NINO.finditer(text):
            yield Span(m.start(), m.end(), "ID", 0.7, self.name)
        for m in _SSN.finditer(text):
            yield Span(m.start(), m.end(), "ID", 0.6, self.name)
        for m in _NINE.finditer(text):
            digits = m.group().replace(".", "")
            if _bsn_ok(digits) and context_before(text, m.start(), _BSN_WORDS, 30):
                yield Span(m.start(), m.end(), "ID", 0.8, self.name)
        for m in _ELEVEN.finditer(text):
            if context_before(text, m.start(), _TAX_WORDS, 70):
                yield Span(m.start(), m.end(), "ID", 0.8, self.name)
        for m in _DOC.finditer(text):
            if context_before(text, m.start(), _DOC_WORDS, 25):
                yield Span(m.start(), m.end(), "ID", 0.6, self.name)
