"""The allow list: terms that are never redacted (the firm's name, tools, project and task names).

Detections by patterns, rules and NER that overlap an allowed term are dropped; record-declared values are
dropped only when the declared value itself is allowed (privacy first: a client's name inside a project
name is still the client's name).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import regex

from redaction.lexicon import tool_terms
from redaction.normalize import Folded, fold_str
from redaction.types import Span

# Kinds that an allowed term may suppress; structured identifiers are always redacted.
SUPPRESSIBLE = frozenset({"PERSON", "ORG", "ADDRESS"})


class AllowList:
    """Finds allowed terms in folded text (whole words, tolerant whitespace)."""

    def __init__(self, terms: Iterable[str]) -> None:
        folded = sorted({fold_str(t).strip() for t in terms if t and t.strip()}, key=len, reverse=True)
        self.terms = tuple(folded)
        parts = [r"[\s\-]+".join(regex.escape(w) for w in t.split()) for t in folded]
        self._regex = regex.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])") if parts else None

    def intervals(self, folded: Folded) -> list[tuple[int, int]]:
        """Original-text intervals covered by allowed terms."""
        if self._regex is None:
            return []
        return [folded.span(*m.span()) for m in self._regex.finditer(folded.text)]

    def filter(self, spans: list[Span], folded: Folded) -> list[Span]:
        """Drop non-record detections of suppressible kinds that overlap an allowed term."""
        intervals = self.intervals(folded)
        if not intervals:
            return spans
        out = []
        for span in spans:
            suppressible = span.recognizer != "record" and span.kind in SUPPRESSIBLE
            if suppressible and any(span.start < end and start < span.end for start, end in intervals):
                continue
            out.append(span)
        return out


@lru_cache(maxsize=64)
def allow_list(extra: tuple[str, ...]) -> AllowList:
    """Allow list of the tool names plus ``extra`` terms (cached)."""
    return AllowList((*tool_terms(), *extra))
