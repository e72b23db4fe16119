"""The allow list: terms that are never redacted (the firm's name, tools, firms named like people, project
and task names).

Detections by patterns, rules and NER that overlap an allowed term are dropped; record-declared values are
dropped only when the declared value itself is allowed (privacy first: a client's name inside a project
name is still the client's name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import regex

from redaction.lexicon import firm_terms, tool_terms
from redaction.normalize import Folded, fold_str
from redaction.types import Span

# Kinds that an allowed term may suppress; structured identifiers are always redacted.
SUPPRESSIBLE = frozenset({"PERSON", "ORG", "ADDRESS"})


def compile_fast(pattern: str) -> re.Pattern[str] | regex.Pattern[str]:
    """The stdlib compiler is many times faster on large alternations; ``regex`` only when needed."""
    try:
        return re.compile(pattern)
    except re.error:
        return regex.compile(pattern)


class AllowList:
    """Finds allowed terms in folded text (whole words, tolerant whitespace).

    The static lexicon (tool and product names) is compiled once per process; per-run terms (project and
    task names) are a small second pattern, so building a session stays cheap."""

    def __init__(self, terms: Iterable[str], base: AllowList | None = None) -> None:
        folded = sorted({fold_str(t).strip() for t in terms if t and t.strip()}, key=len, reverse=True)
        self.base = base
        self.terms: tuple[str, ...] = tuple(folded) + (base.terms if base else ())
        parts = [r"[\s\-]+".join(regex.escape(w) for w in t.split()) for t in folded]
        self._regex = compile_fast(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])") if parts else None

    def intervals(self, folded: Folded) -> list[tuple[int, int]]:
        """Original-text intervals covered by allowed terms."""
        found = self.base.intervals(folded) if self.base else []
        if self._regex is None:
            return found
        return found + [folded.span(*m.span()) for m in self._regex.finditer(folded.text)]

    def filter(self, spans: list[Span], folded: Folded) -> list[Span]:
        """Drop non-record detections of suppressible kinds that overlap an allowed term."""
        intervals = self.intervals(folded)
        if not intervals:
            return spans
        out = []
        for span in spans:
            suppressible = span.recognizer != "record" and span.kind in SUPPRESSIBLE
            overlapping = [(s, e) for s, e in intervals if span.start < e and s < span.end]
            # an address that starts before the term and goes on after it holds it ("PO Box 4471", not
            # "Google Drive 2024")
            inside = span.kind == "ADDRESS" and all(
                (span.start < s or _opens_parts(folded.text, span, s, e)) and e < span.end
                for s, e in overlapping
            )
            if suppressible and overlapping and not inside:
                continue
            out.append(span)
        return out


@lru_cache(maxsize=1)
def _static() -> AllowList:
    return AllowList(tool_terms() + firm_terms())


@lru_cache(maxsize=256)
def allow_list(extra: tuple[str, ...]) -> AllowList:
    """Allow list of the tool names plus ``extra`` terms (cached)."""
    return AllowList(extra, base=_static())


def _opens_parts(text: str, span: Span, start: int, end: int) -> bool:
    """An address of comma-separated parts that opens with the term and a number ("Box 40, Site 3, RR 1"): a rural
    box, not the tool."""
    return (
        span.start == start
        and "," in text[span.start : span.end]
        and text[end : end + 2].strip()[:1].isdigit()
    )
