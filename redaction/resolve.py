"""Overlap resolution: one decision per character, containers first, then the most trusted detection.

Order of trust: record-declared values and validated identifiers, then rules (addresses, names), then NER.
E-mails, URLs, addresses and IBANs swallow detections inside them ("jurgen.muller@x.de" is one e-mail, not a
name plus a domain; the digits of an IBAN with a typo are no phone). Adjacent address parts are merged into one
address. O(n log n): a 1 MB text has tens of thousands of detections.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from itertools import accumulate

from redaction.recognizers.address import TOWN_AFTER_STREET, UNIT_AFTER, UNIT_BEFORE, ZIP4_AFTER_STREET
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
CONTAINERS = frozenset({"EMAIL", "URL", "ADDRESS", "IBAN"})


def _drop_contained(spans: list[Span]) -> list[Span]:
    """Drop non-container spans lying strictly inside a container span."""
    containers = sorted((s for s in spans if s.kind in CONTAINERS), key=lambda s: s.start)
    if not containers:
        return spans
    starts = [c.start for c in containers]
    max_end = list(accumulate((c.end for c in containers), max))
    out = []
    for span in spans:
        if span.kind not in CONTAINERS:
            k = bisect.bisect_right(starts, span.start)
            # some container starting at or before this span reaches past its end (prefix max), and is longer
            if (
                k
                and max_end[k - 1] >= span.end
                and any(
                    containers[j].end >= span.end and containers[j].length > span.length
                    for j in range(k - 1, -1, -1)
                    if max_end[j] >= span.end
                )
            ):
                continue
        out.append(span)
    return out


def resolve(spans: list[Span], text: str, threshold: float = 0.0) -> list[Span]:
    """Non-overlapping spans sorted by start."""
    spans = [s for s in spans if s.end > s.start and s.score >= threshold]
    if not spans:
        return []
    spans = _drop_contained(spans)
    ranked = sorted(spans, key=lambda s: (-TIERS.get(s.recognizer, 1), -s.score, -s.length, s.start))
    starts: list[int] = []
    chosen: list[Span] = []
    for span in ranked:
        k = bisect.bisect_left(starts, span.start)
        if k < len(chosen) and chosen[k].start < span.end:
            continue
        if k and chosen[k - 1].end > span.start:
            continue
        starts.insert(k, span.start)
        chosen.insert(k, span)
    return _merge_addresses(chosen, text)


def _merge_addresses(spans: list[Span], text: str) -> list[Span]:
    out: list[Span] = []
    for i, span in enumerate(spans):
        if span.kind == "ADDRESS":
            # the flat or floor before a street, and after it the unit, a 4-digit postcode or a big town
            head = UNIT_BEFORE.search(text, max(0, span.start - 24), span.start)
            if head and (not out or out[-1].end <= head.start()):
                span = replace(span, start=head.start(), canonical=None)
            for tail_re in (UNIT_AFTER, ZIP4_AFTER_STREET, TOWN_AFTER_STREET):
                tail = tail_re.match(text, span.end)
                if tail and (i + 1 == len(spans) or spans[i + 1].start >= tail.end()):
                    span = replace(span, end=tail.end(), canonical=None)
        if out and out[-1].kind == "ADDRESS" and span.kind == "ADDRESS":
            gap = text[out[-1].end : span.start]
            if len(gap) <= 3 and all(ch in ", \t\n" for ch in gap) and gap.count("\n") <= 1:
                prev = out.pop()
                span = Span(
                    prev.start,
                    max(prev.end, span.end),
                    "ADDRESS",
                    max(prev.score, span.score),
                    prev.recognizer,
                )
        elif out and span.start < out[-1].end:
            continue
        out.append(span)
    return out
