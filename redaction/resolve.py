"""Overlap resolution: one decision per character, containers first, then the most trusted detection.

Order of trust: record-declared values and validated identifiers, then rules (addresses, names), then NER.
E-mails, URLs and addresses swallow detections inside them ("jurgen.muller@x.de" is one e-mail, not a name
plus a domain). Adjacent address parts are merged into one address.
"""

from __future__ import annotations

from dataclasses import replace

from redaction.recognizers.address import ZIP4_AFTER_STREET
from redaction.types import Span

TIERS = {
    "record": 3,
    "session": 3,
    "email": 3,
    "iban": 3,
    "card": 3,
    "ip": 3,
    "vat": 3,
    "national_id": 3,
    "url": 3,
    "phone": 3,
    "address": 2,
    "person_rules": 2,
    "ner": 1,
}
CONTAINERS = frozenset({"EMAIL", "URL", "ADDRESS"})


def resolve(spans: list[Span], text: str, threshold: float = 0.0) -> list[Span]:
    """Non-overlapping spans sorted by start."""
    spans = [s for s in spans if s.end > s.start and s.score >= threshold]
    if not spans:
        return []
    containers = [s for s in spans if s.kind in CONTAINERS]
    if containers:
        spans = [
            s
            for s in spans
            if s.kind in CONTAINERS
            or not any(c.start <= s.start and s.end <= c.end and c.length > s.length for c in containers)
        ]
    ranked = sorted(spans, key=lambda s: (-TIERS.get(s.recognizer, 1), -s.score, -s.length, s.start))
    chosen: list[Span] = []
    for span in ranked:
        if all(span.end <= c.start or c.end <= span.start for c in chosen):
            chosen.append(span)
    chosen.sort(key=lambda s: s.start)
    return _merge_addresses(chosen, text)


def _merge_addresses(spans: list[Span], text: str) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        if span.kind == "ADDRESS":
            tail = ZIP4_AFTER_STREET.match(text, span.end)
            if tail:
                nxt_start = tail.end()
                if all(s.start >= nxt_start or s.end <= span.end for s in spans if s is not span):
                    span = replace(span, end=nxt_start, canonical=None)
        if out and out[-1].kind == "ADDRESS" and span.kind == "ADDRESS":
            gap = text[out[-1].end : span.start]
            if len(gap) <= 3 and all(ch in ", \t\n" for ch in gap) and gap.count("\n") <= 1:
                prev = out.pop()
                span = Span(prev.start, max(prev.end, span.end), "ADDRESS", max(prev.score, span.score), prev.recognizer)
        elif out and span.start < out[-1].end:
            continue
        out.append(span)
    return out
