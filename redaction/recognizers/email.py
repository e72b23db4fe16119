"""E-mail addresses (any script in the local part), with a trailing-dot fix, and addresses spelt out as
dictation and speech-to-text write them ("tunde dot bakare at gmail dot com", "fatou point diallo arobase
orange point fr", "txomin arroba sidreria aranburu punto eus", "info at wolf minus partner punkt de")."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.lexicon import word_set
from redaction.types import Span

_EMAIL = regex.compile(
    r"(?<![\w.+%-])[\w.+%'-]{1,64}@(?:[\w-]{1,63}\.)+[A-Za-z]{2,24}(?![\w-])",
    regex.UNICODE,
)

# spoken: a local part of words joined by spoken dots, dashes or underscores, the spoken "@", a domain of one
# or two words a part, and a spoken dot before a known top-level domain
_DOT = r"(?:dot|point|punkt|punto|punt)"
_JOIN = r"(?:dot|point|punkt|punto|punt|minus|dash|hyphen|underscore|tiret|guion|guión|streepje|bindestrich|unterstrich)"
_AT = r"(?:at|arroba|arobase|apenstaartje|klammeraffe|at-zeichen)"
_TLD = (
    r"(?:com|org|net|de|fr|es|nl|be|eu|ch|at|it|pt|io|co[ \t]+" + _DOT + r"[ \t]+uk|uk|ie|lu|pl|se|dk|no|fi|"
    r"us|ca|mx|ar|pe|cl|br|in|ng|za|ke|gh|ma|sn|eus|cat|info|biz)"
)
_WORD = r"\p{L}[\p{L}\d]*"
_SPOKEN = regex.compile(
    rf"(?i)(?<![\w.@-]){_WORD}(?:[ \t]+{_JOIN}[ \t]+{_WORD})*[ \t]+{_AT}[ \t]+{_WORD}(?:[ \t]+{_WORD})?"
    rf"(?:[ \t]+{_JOIN}[ \t]+{_WORD}(?:[ \t]+{_WORD})?)*?[ \t]+{_DOT}[ \t]+{_TLD}(?![\w@-])"
)
# an OCR'd form's address with a stray space after the "@" or inside a mail provider's name ("rosagtz79@ gmail.com",
# "mcospina91@hot mail.com")
_OCR_EMAIL = regex.compile(
    r"(?<![\w.+%-])[\w.+%'-]{1,64}@(?P<gap>[ ])?(?P<host>[\w-]{1,40}(?:[ ][\w-]{1,20})?)\.(?:[\w-]{1,63}\.)*"
    r"[A-Za-z]{2,24}(?![\w-])"
)
_PROVIDERS = word_set(
    "gmail googlemail hotmail outlook live yahoo icloud protonmail orange wanadoo laposte free sfr gmx web "
    "t-online freenet telenet skynet ziggo kpnmail planet xs4all bluewin hispeed terra movistar"
)
_SPOKEN_HINT = regex.compile(rf"(?i)(?<!\w){_DOT}[ \t]+{_TLD}(?!\w)")


class EmailRecognizer:
    name: str = "email"
    kinds: tuple[str, ...] = ("EMAIL",)

    def find(self, text: str, lang: str) -> Iterator[Span]:
        if _SPOKEN_HINT.search(text):
            for m in _SPOKEN.finditer(text):
                yield Span(m.start(), m.end(), "EMAIL", 0.9, self.name)
        if "@" not in text:
            return
        for m in _EMAIL.finditer(text):
            start, end = m.span()
            if text[start] == ".":
                start += 1
            yield Span(start, end, "EMAIL", 1.0, self.name)
        if "@ " in text or regex.search(r"@[\w-]+ ", text):
            for m in _OCR_EMAIL.finditer(text):
                host = m.group("host")
                if " " in host and host.replace(" ", "").lower() not in _PROVIDERS:
                    continue  # a space in the host only inside a provider's name ("hot mail")
                if m.group("gap") or " " in host:
                    yield Span(m.start(), m.end(), "EMAIL", 0.9, self.name)
