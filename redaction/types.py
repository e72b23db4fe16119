"""Public data types of the redaction package: what the Odoo data declares, what a run reports, and spans.

``SensitiveValue`` and ``RecordContext`` carry the values the Odoo records of a run declare as sensitive
(names, emails, phones, addresses, VAT ids, bank accounts). ``Span`` is one detection inside a text.
``RedactionReport`` is the value-free summary that goes into the prompt log.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from redaction.errors import InputError

KINDS: tuple[str, ...] = (
    "PERSON",
    "EMAIL",
    "PHONE",
    "ADDRESS",
    "VAT",
    "IBAN",
    "ORG",
    "URL",
    "IP",
    "CARD",
    "ID",
)

# Aliases accepted by RecordContext.add so that callers can use Odoo-ish words.
_KIND_ALIASES = {
    "NAME": "PERSON",
    "MOBILE": "PHONE",
    "STREET": "ADDRESS",
    "ZIP": "ADDRESS",
    "CITY": "ADDRESS",
    "BANK": "IBAN",
    "ACC_NUMBER": "IBAN",
    "COMPANY": "ORG",
    "WEBSITE": "URL",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "LOCATION": "ADDRESS",
    "CREDIT_CARD": "CARD",
    "IP_ADDRESS": "IP",
}


def normalize_kind(kind: str) -> str:
    """Upper-case ``kind`` and resolve aliases; raise :class:`InputError` for unknown kinds."""
    upper = kind.strip().upper()
    upper = _KIND_ALIASES.get(upper, upper)
    if upper not in KINDS:
        raise InputError(f"unknown sensitive-value kind {kind!r}; expected one of {', '.join(KINDS)}")
    return upper


@dataclass(frozen=True)
class SensitiveValue:
    """One value the Odoo data declares as sensitive, e.g. ``("PERSON", "Jürgen Müller", "res.partner:12.name")``."""

    kind: str
    value: str
    source: str = ""


@dataclass
class RecordContext:
    """The sensitive values and the allowed terms of one run, collected from the Odoo records."""

    values: list[SensitiveValue] = field(default_factory=list)
    allow: list[str] = field(default_factory=list)

    def add(
        self, kind: str, value: str | None | bool | list[Any] | tuple[Any, ...], source: str = ""
    ) -> None:
        """Declare a sensitive value; ``False``/``None``/blank (Odoo's empty field) is ignored.

        Many2one pairs ``[id, "name"]`` are accepted too (the name is used).
        """
        if isinstance(value, (list, tuple)) and len(value) == 2 and isinstance(value[1], str):
            value = value[1]
        if value is None or isinstance(value, bool):
            return
        if not isinstance(value, str):
            value = str(value)
        text = value.strip()
        if not text:
            return
        item = SensitiveValue(normalize_kind(kind), text, source)
        if item not in self.values:
            self.values.append(item)

    def allow_term(self, term: str | None | bool) -> None:
        """Add a term that is never redacted (project or task name, the firm's name, a tool)."""
        if isinstance(term, str) and term.strip() and term.strip() not in self.allow:
            self.allow.append(term.strip())

    def merge(self, other: RecordContext) -> None:
        """Add the values and allowed terms of ``other`` (duplicates dropped)."""
        for item in other.values:
            if item not in self.values:
                self.values.append(item)
        for term in other.allow:
            self.allow_term(term)


@dataclass(frozen=True)
class Span:
    """One detection: ``text[start:end]`` is a ``kind`` value found by ``recognizer`` with ``score``."""

    start: int
    end: int
    kind: str
    score: float
    recognizer: str
    # Detections of record-declared values carry the declared value (for consistent placeholders).
    canonical: str | None = None

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass
class RedactionReport:
    """Value-free summary of a run's redaction: entity counts, recognizers that fired, time spent."""

    counts: dict[str, int] = field(default_factory=dict)
    recognizers: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    ner: bool = False
    texts: int = 0
    chars: int = 0

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe dict; contains kinds, recognizer names and numbers only, never a value."""
        return {
            "counts": dict(sorted(self.counts.items())),
            "recognizers": dict(sorted(self.recognizers.items())),
            "seconds": round(self.seconds, 6),
            "ner": self.ner,
            "texts": self.texts,
            "chars": self.chars,
        }
