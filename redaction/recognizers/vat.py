"""VAT identification numbers of EU countries, the UK and Switzerland (country prefix + national format)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.types import Span

_S = r"[ .\u00a0-]?"  # an optional separator between digit groups
_FORMATS = [
    rf"DE{_S}\d{{3}}{_S}\d{{3}}{_S}\d{{3}}",
    rf"ATU{_S}\d{{8}}",
    rf"FR{_S}[0-9A-HJ-NP-Z]{{2}}{_S}\d{{3}}{_S}\d{{3}}{_S}\d{{3}}",
    rf"ES{_S}[A-Z0-9]\d{{7}}[A-Z0-9]",
    rf"NL{_S}\d{{9}}{_S}B{_S}?\d{{2}}",
    rf"BE{_S}[01]\d{{3}}{_S}\d{{3}}{_S}\d{{3}}",
    rf"BE{_S}\d{{3}}{_S}\d{{3}}{_S}\d{{3}}",
    rf"GB{_S}\d{{3}}{_S}\d{{4}}{_S}\d{{2}}(?:{_S}\d{{3}})?",
    rf"XI{_S}\d{{3}}{_S}\d{{4}}{_S}\d{{2}}",
    rf"IT{_S}\d{{11}}",
    rf"LU{_S}\d{{8}}",
    rf"IE{_S}\d[A-Z0-9+*]\d{{5}}[A-Z]{{1,2}}",
    rf"PT{_S}\d{{9}}",
    rf"PL{_S}\d{{10}}",
    rf"DK{_S}\d{{2}}{_S}\d{{2}}{_S}\d{{2}}{_S}\d{{2}}",
    rf"SE{_S}\d{{12}}",
    rf"CHE{_S}\d{{3}}{_S}\d{{3}}{_S}\d{{3}}(?:\s?(?:MWST|TVA|IVA))?",
]
_VAT = regex.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(_FORMATS) + r")(?![A-Za-z0-9])")


class VatRecognizer:
    name: str = "vat"
    kinds: tuple[str, ...] = ("VAT",)

    def find(self, text: str, lang: str) -> Iterator[Span]:
        for m in _VAT.finditer(text):
            yield Span(m.start(), m.end(), "VAT", 0.9, self.name)
