"""Text folding with offset maps: the basis of tolerant matching.

``fold`` lower-cases, strips accents and expands ligatures so that "Jürgen MÜLLER" and "jurgen muller" compare
equal, while keeping, for every folded character, the index of the original character it came from. Matches
found in folded text are mapped back to exact spans of the original text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

# Characters whose folded form is not their accent-stripped lower case.
_SPECIAL: dict[str, str] = {
    "ß": "ss",
    "ẞ": "ss",
    "æ": "ae",
    "Æ": "ae",
    "œ": "oe",
    "Œ": "oe",
    "ø": "o",
    "Ø": "o",
    "ł": "l",
    "Ł": "l",
    "đ": "d",
    "Đ": "d",
    "ð": "d",
    "þ": "th",
    "ı": "i",
    "’": "'",
    "‘": "'",
    "ʼ": "'",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
}

# German transliterations: "Müller" is also written "Mueller" (in email addresses nearly always).
_GERMAN = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue", "ß": "ss"}


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """Fold one character: lower case, no accents; may return 0-2 characters."""
    special = _SPECIAL.get(ch)
    if special is not None:
        return special
    if ch.isascii():
        return ch.lower()
    decomposed = unicodedata.normalize("NFKD", ch)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.lower() if stripped else ch.lower()


@dataclass(frozen=True)
class Folded:
    """Folded text plus, for each folded character, the index of its source character."""

    text: str
    index: tuple[int, ...]
    source_len: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded [start, end) back to the original text."""
        if start >= len(self.index):
            return self.source_len, self.source_len
        src_start = self.index[start]
        src_end = self.index[end - 1] + 1 if end > start else src_start
        return src_start, src_end


def fold(text: str) -> Folded:
    """Fold ``text`` for tolerant comparison, keeping an offset map."""
    if text.isascii():
        return Folded(text.lower(), tuple(range(len(text))), len(text))
    out = [fold_char(ch) for ch in text]
    joined = "".join(out)
    if len(joined) == len(text) and "" not in out:  # every character folded to one: the identity map
        return Folded(joined, tuple(range(len(text))), len(text))
    index: list[int] = []
    for i, folded in enumerate(out):
        index.extend([i] * len(folded))
    return Folded(joined, tuple(index), len(text))


def fold_str(text: str) -> str:
    """Folded text without the offset map."""
    if text.isascii():
        return text.lower()
    return "".join([fold_char(ch) for ch in text])


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=16)
def has_digit(text: str) -> bool:
    """Whether a text has a digit (the number recognizers skip texts without one; cached per text)."""
    return _DIGIT.search(text) is not None


_LETTER_RUN = regex.compile(r"\p{L}+")


@lru_cache(maxsize=8)
def letter_runs(text: str) -> frozenset[str]:
    """The text's runs of letters as written, once per text: a cheap test before a scan for the words of a list
    (a word of the list stands in the text only if its first run of letters is one of these)."""
    return frozenset(_LETTER_RUN.findall(text))


@lru_cache(maxsize=8)
def lower_letter_runs(text: str) -> frozenset[str]:
    """``letter_runs`` of the lower-cased text (the test before a scan that ignores case)."""
    return frozenset(_LETTER_RUN.findall(text.lower()))


def first_runs(words: Iterable[str], lower: bool = False) -> frozenset[str]:
    """The first run of letters of each word of a list ("Port Harcourt" -> "Port", "steuer-id" -> "steuer"), for
    ``letter_runs``; every word must start with a letter."""
    out = set()
    for word in words:
        m = _LETTER_RUN.match(word.lower() if lower else word)
        if m is None:
            raise ValueError(f"a listed word must start with a letter: {word!r}")
        out.add(m.group())
    return frozenset(out)


def german_fold(text: str) -> str:
    """Fold with German transliteration ("Müller" -> "mueller")."""
    return fold_str("".join(_GERMAN.get(ch, ch) for ch in text))


def spellings(text: str) -> set[str]:
    """The folded spellings a value is written in: plain folding and German transliteration."""
    return {fold_str(text), german_fold(text)}


# UTF-8 read as Windows-1252 or Latin-1 by an old export ("MÃ¼ller", "SÃ¶ren WeiÃŸ", "FranÃ§oise"): a lead
# character of a two- to four-byte sequence, then its continuation characters
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE = re.compile(rf"[\u00c2-\u00f4][\u0080-\u00bf{_CP1252_HIGH}]{{1,3}}")


def _undo(run: str) -> tuple[str, int] | None:
    """The character a mojibake run stands for and how many characters of the run it takes."""
    for size in (4, 3, 2):
        piece = run[:size]
        if len(piece) < size:
            continue
        for codec in ("cp1252", "latin-1"):
            try:
                decoded = piece.encode(codec).decode("utf-8")
            except UnicodeError:
                continue
            if len(decoded) == 1:
                return decoded, size
    return None


def repair_mojibake(text: str) -> tuple[str, tuple[int, ...]] | None:
    """``text`` with UTF-8 read as Windows-1252 decoded again, and for each character of the result its offset
    in ``text`` (plus the end); None when there is nothing to repair. Finders run on the repaired text, and
    their spans map back through the offsets, so that "MÃ¼ller-Hoffmann" is the name "Müller-Hoffmann"."""
    if text.isascii() or _MOJIBAKE.search(text) is None:
        return None
    out: list[str] = []
    index: list[int] = []
    pos = 0
    for m in _MOJIBAKE.finditer(text):
        if m.start() < pos:
            continue
        undone = _undo(m.group())
        if undone is None:
            continue
        out.append(text[pos : m.start()])
        index.extend(range(pos, m.start()))
        out.append(undone[0])
        index.append(m.start())
        pos = m.start() + undone[1]
    if not index:
        return None
    out.append(text[pos:])
    index.extend(range(pos, len(text)))
    index.append(len(text))
    return "".join(out), tuple(index)


# A form's dot leaders between a label and its value ("Personalnummer ........ 00417", "Geburtsname ...........
# Kaya", "Führerschein-Nr. ...... M0418HK2751"): four dots or more, a space or a tab on one side at least
_LEADER = re.compile(r"(?<=\S)(?:[ \t]+(?:\.{4,}|…{2,})[ \t]*|(?:\.{4,}|…{2,})[ \t]+)(?=\S)")


def form_leaders(text: str) -> str | None:
    """``text`` with each run of a form's dot leaders written as a colon and spaces, of the same length (so that
    spans found in it are spans of ``text``); None when there is none. Finders read "Personalnummer ........ 00417"
    as the label and value "Personalnummer:         00417"."""
    if "...." not in text and "……" not in text:
        return None
    out = _LEADER.sub(
        lambda m: (" " if text[m.start() - 1] == ":" else ":") + " " * (len(m.group()) - 1), text
    )
    return out if out != text else None
