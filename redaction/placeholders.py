"""Consistent placeholders: one ``<KIND_n>`` per real value across all texts of a run, and back again.

Values are keyed by kind and a normalised form (phones by number, IBANs without spaces, e-mails in lower
case). Persons are keyed by their name tokens so that "Jürgen", "Herr Müller", "Jürgen Müller" and
"jurgen.muller" share one placeholder when one of them is known to the run.
"""

from __future__ import annotations

import regex

from redaction import lexicon as lx
from redaction.normalize import fold_str, german_fold
from redaction.recognizers.person import PARTICLES
from redaction.recognizers.phone import parse_phone

PLACEHOLDER_RE = regex.compile(r"[<\[]\s*([A-Za-z]{2,8})[ _-]?(\d{1,6})\s*[>\]]")
_NAME_SPLIT = regex.compile(r"[\s._\-,'’@]+")


def name_tokens(value: str) -> frozenset[str]:
    """Folded name words (both plain and German transliteration), without titles and particles."""
    out: set[str] = set()
    for word in _NAME_SPLIT.split(value):
        folded = fold_str(word)
        if len(folded) < 2 or folded in lx.TITLES or folded in PARTICLES or folded == "s":
            continue
        out.add(folded)
        out.add(german_fold(word))
    return frozenset(out)


def value_key(kind: str, value: str) -> str:
    """Normalised form under which two spellings of one value are the same value."""
    if kind == "PHONE":
        number = parse_phone(value)
        if number is not None:
            return f"+{number.country_code}{number.national_number}"
        digits = "".join(c for c in value if c.isdigit())
        return digits.lstrip("0")
    if kind in ("IBAN", "VAT", "CARD", "ID", "IP"):
        return "".join(c for c in value if c.isalnum()).upper()
    return " ".join(fold_str(value).split())


class PlaceholderRegistry:
    """Placeholder <-> original value for one run (in memory only)."""

    def __init__(self) -> None:
        self.mapping: dict[str, str] = {}
        self._by_key: dict[tuple[str, str], str] = {}
        self._persons: list[tuple[str, frozenset[str]]] = []
        self._declared: set[str] = set()
        self._counters: dict[str, int] = {}

    def _new(self, kind: str, original: str) -> str:
        self._counters[kind] = self._counters.get(kind, 0) + 1
        placeholder = f"<{kind}_{self._counters[kind]}>"
        self.mapping[placeholder] = original
        return placeholder

    def placeholder(self, kind: str, surface: str, canonical: str | None = None) -> str:
        """The placeholder for a detected value (``canonical``: the declared value it is a variant of)."""
        value = canonical or surface
        if kind == "PERSON":
            return self._person(value, declared=canonical is not None)
        key = (kind, value_key(kind, value))
        found = self._by_key.get(key)
        if found is None:
            found = self._by_key[key] = self._new(kind, value)
        return found

    def _person(self, value: str, declared: bool) -> str:
        tokens = name_tokens(value) or frozenset({fold_str(value)})
        best: str | None = None
        for placeholder, known in self._persons:
            related = tokens <= known or known <= tokens
            if related and (best is None or (placeholder in self._declared and best not in self._declared)):
                best = placeholder
        if best is None:
            best = self._new("PERSON", value)
            self._persons.append((best, tokens))
            if declared:
                self._declared.add(best)
            return best
        # learn the longer form ("Sophie" then "Sophie Martin"); a declared value stays canonical
        for i, (placeholder, known) in enumerate(self._persons):
            if placeholder == best and not tokens <= known:
                self._persons[i] = (placeholder, known | tokens)
                if declared and placeholder not in self._declared:
                    self._declared.add(placeholder)
                    self.mapping[placeholder] = value
                elif placeholder not in self._declared and len(value) > len(self.mapping[placeholder]):
                    self.mapping[placeholder] = value
        return best

    def restore(self, text: str) -> str:
        """Placeholders (also "[PERSON_1]", "<person 1>") -> original values; unknown ones stay."""

        def sub(m: regex.Match[str]) -> str:
            original = self.mapping.get(f"<{m.group(1).upper()}_{int(m.group(2))}>")
            return original if original is not None else str(m.group(0))

        return str(PLACEHOLDER_RE.sub(sub, text))
