"""IPv4 and IPv6 addresses, validated with :mod:`ipaddress`; version numbers ("v1.2.3.4") are skipped."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator

import regex

from redaction.types import Span

_V4 = regex.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)")
_V6 = regex.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")


class IpRecognizer:
    name: str = "ip"
    kinds: tuple[str, ...] = ("IP",)

    def find(self, text: str, lang: str) -> Iterator[Span]:
        if "." in text:
            for m in _V4.finditer(text):
                before = text[max(0, m.start() - 8) : m.start()].lower()
                if "v" in before[-2:] or "version" in before:
                    continue
                try:
                    ipaddress.IPv4Address(m.group())
                except ValueError:
                    continue
                yield Span(m.start(), m.end(), "IP", 0.95, self.name)
        if "::" in text or text.count(":") >= 5:
            for m in _V6.finditer(text):
                try:
                    ipaddress.IPv6Address(m.group())
                except ValueError:
                    continue
                yield Span(m.start(), m.end(), "IP", 0.95, self.name)
