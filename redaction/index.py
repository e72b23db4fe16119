"""Index of the values a run has learned, so that each text is only matched against values it may contain.

A long run discovers hundreds of names; one regex over all of them would be rebuilt and rescanned for every
text. Word-like values (names, organisations, addresses) are indexed by their folded words; identifiers
(phones, IBANs, ids) by their compact digits and letters, which the leak gate compares directly.
"""

from __future__ import annotations

import regex

from redaction.lexicon import all_stopwords
from redaction.normalize import fold_str, german_fold
from redaction.recognizers.phone import parse_phone
from redaction.types import SensitiveValue

WORD_KINDS = frozenset({"PERSON", "ORG", "ADDRESS"})
_WORD = regex.compile(r"[^\W_]+")


def text_words(folded_text: str) -> set[str]:
    """The folded words of a text (also the parts of "jurgen.muller" and "Müller-Lüdenscheidt")."""
    return set(_WORD.findall(folded_text))


def compact(kind: str, value: str) -> str:
    """Letters and digits only; phones as their national significant number."""
    if kind == "PHONE":
        number = parse_phone(value)
        if number is not None:
            return str(number.national_number)
        return "".join(c for c in value if c.isdigit()).lstrip("0")
    return "".join(c for c in fold_str(value) if c.isalnum())


class ValueIndex:
    """Values by the words (word kinds) or compact forms (identifiers) that must occur for them to match."""

    def __init__(self) -> None:
        self._by_word: dict[str, list[SensitiveValue]] = {}
        self._compact: dict[str, str] = {}  # compact form -> kind
        self._seen: set[SensitiveValue] = set()

    def add(self, item: SensitiveValue) -> None:
        if item in self._seen:
            return
        self._seen.add(item)
        if item.kind in WORD_KINDS:
            words = set(_WORD.findall(fold_str(item.value))) | set(_WORD.findall(german_fold(item.value)))
            stop = all_stopwords()
            for word in words:
                if len(word) >= 3 and word not in stop and not (word.isdigit() and len(word) < 4):
                    self._by_word.setdefault(word, []).append(item)
        else:
            key = compact(item.kind, item.value)
            if len(key) >= 5:
                self._compact[key] = item.kind

    def candidates(self, words: set[str]) -> tuple[SensitiveValue, ...]:
        """Word-kind values sharing a word with the text (sorted: a stable key for the matcher cache)."""
        found: set[SensitiveValue] = set()
        for word in words & self._by_word.keys():
            found.update(self._by_word[word])
        return tuple(sorted(found, key=lambda v: (v.kind, v.value)))

    def identifier_kinds(self, folded_text: str) -> set[str]:
        """Kinds of known identifiers whose compact form occurs in the text (separators ignored)."""
        if not self._compact:
            return set()
        squeezed = "".join(c for c in folded_text if c.isalnum())
        return {kind for key, kind in self._compact.items() if key in squeezed}
