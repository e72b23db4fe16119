"""The eval's notion of a hit, shared by the redaction tests: every letter and digit of a value is redacted; and what
a whole run (no record context) finds, for the tests' messages and negative checks."""

from __future__ import annotations

import regex

from redaction import RecordContext, Redactor


def covered(redactor: Redactor, text: str, value: str, kind: str | None = None) -> bool:
    """Every letter and digit of ``value`` (its first occurrence in ``text``) is inside a redacted span (of
    ``kind``, when given)."""
    start = text.index(value)
    (result,) = redactor.session(RecordContext()).analyze_many([text])
    spans = [(e["start"], e["end"]) for e in result[1] if kind is None or e["type"] == kind]
    return all(
        any(s <= k < e for s, e in spans) for k in range(start, start + len(value)) if text[k].isalnum()
    )


def untouched(redactor: Redactor, text: str, value: str) -> bool:
    """No detection of a fresh session overlaps ``value`` (its first occurrence in ``text``)."""
    start = text.index(value)
    (result,) = redactor.session(RecordContext()).analyze_many([text])
    return not any(e["start"] < start + len(value) and start < e["end"] for e in result[1])


def found(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    """(kind, surface) of every detection a fresh session makes in ``text``."""
    (result,) = redactor.session(RecordContext()).analyze_many([text])
    return [(e["type"], text[e["start"] : e["end"]]) for e in result[1]]


def persons(redactor: Redactor, text: str) -> list[str]:
    """The surfaces of the persons a fresh session finds in ``text``."""
    return [value for kind, value in found(redactor, text) if kind == "PERSON"]


def every_covered(redactor: Redactor, text: str, value: str, kind: str = "PERSON") -> bool:
    """Every occurrence of ``value`` (as a whole word) is redacted as ``kind``, every letter of it."""
    (result,) = redactor.session(RecordContext()).analyze_many([text])
    spans = [(e["start"], e["end"]) for e in result[1] if e["type"] == kind]
    starts = [m.start() for m in regex.finditer(rf"(?<!\w){regex.escape(value)}(?!\w)", text)]
    assert starts, value
    return all(
        any(s <= k < e for s, e in spans) for start in starts for k in range(start, start + len(value))
    )
