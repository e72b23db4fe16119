"""Forms of address of the regions around a name.

- ``chief_titles``: forms of address that are also ordinary words: "Chief" (a Nigerian chieftaincy title, "Chief
  Okonkwo", "Chief Dein Harry-Jaja"), "Pastor", "Rev." and "Revd" before a name. Unlike the titles of
  ``lexicon.TITLES`` they head job titles too ("Chief Executive Officer", "Chief Justice", "Rev. 3"), so the words
  after them count only when they are names: a first or family name of the lists, or a word spelt like a name
  that is no word of our languages.
- ``honorific_names``: South Asian honorifics after a name ("Sharma ji", "Rajesh-ji", "Venkat garu", "Iyer sir").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction import namelike
from redaction.normalize import fold_str
from redaction.recognizers.person.tokens import blocked, known_first, known_surname
from redaction.types import Span

_WORD = r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?"
_TITLED = regex.compile(
    rf"(?<![\p{{L}}])(?:Chief|Pastor|Rev\.|Revd\.?|Rev)[ \t]+(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}})(?![\p{{L}}])"
)


def _name_word(word: str) -> bool:
    folded = fold_str(word)
    if blocked(folded) or lx.plain_word(folded) or folded in lx.ROLE_WORDS or folded in lx.TEAM_WORDS:
        return False
    if folded in lx.places() or folded in lx.ORG_INDICATORS or folded in lx.MONTHS or folded in lx.WEEKDAYS:
        return False
    parts = [p for p in folded.split("-") if p]
    return all(
        known_first(p, ambiguous_ok=False) or known_surname(p) or namelike.name_like(p, 0.3) for p in parts
    )


def chief_titles(text: str) -> Iterator[Span]:
    """The name after "Chief", "Pastor" or "Rev." (as many of its words as are names)."""
    if "Chief" not in text and "Pastor" not in text and "Rev" not in text:
        return
    for m in _TITLED.finditer(text):
        words = list(regex.finditer(_WORD, m.group("name")))
        taken = 0
        for w in words:
            if not _name_word(w.group()):
                break
            taken += 1
        if taken:
            start = m.start("name")
            yield Span(start, start + words[taken - 1].end(), "PERSON", 0.7, "person_rules")


# South Asian honorifics after a name ("Sharma ji approved", "Guptaji", "Ramesh garu", "Khan sahab")
_HONORIFIC_AFTER = regex.compile(
    r"(?<![\p{L}\d])(?P<who>\p{Lu}\p{Ll}{2,}(?:[ \t]\p{Lu}\p{Ll}{2,})?)"
    r"(?:-(?P<hy>ji|Ji|da|Da|di|Di|didi|Didi|dada|Dada|bhai|Bhai|tai|Tai|ben|Ben|garu|Garu|sahab|Sahab|saab|Saab|"
    r"sahib|Sahib|saheb|Saheb)"
    r"|[ \t](?:ji|Ji|garu|Garu|sahab|Sahab|saab|Saab|sahib|Sahib|saheb|Saheb|babu|Babu|bhai)|(?P<glued>ji)"
    r"|[ \t](?P<sir>sir|Sir|madam|Madam|ma'am|Ma'am|mam|Mam)(?![ \t]+\p{Lu}))(?![\p{L}\d])"
)
_HONORIFIC_HINTS = (
    "ji",
    "garu",
    "sah",
    "saab",
    "sir",
    "madam",
    "ma'am",
    "mam",
    "-d",
    "-b",
    "-t",
    "babu",
    "bhai",
)


def honorific_names(text: str) -> Iterator[Span]:
    """A name before a South Asian honorific: a surname or a first name of the lists, or any name spelt like
    one when the honorific stands apart ("Sharma ji", "Venkat garu"; glued, "Guptaji", and before "sir" or
    "madam", "Iyer sir", only names of the lists)."""
    lower = text.lower()
    if not any(w in lower for w in _HONORIFIC_HINTS):
        return
    for m in _HONORIFIC_AFTER.finditer(text):
        words = [fold_str(w) for w in m.group("who").split()]
        who_start = m.start("who")
        if len(words) == 2 and (blocked(words[0]) or lx.plain_word(words[0])) and m.group("sir") is not None:
            words = words[1:]  # "Also Deshpande madam": the name is the last word
            who_start = m.start("who") + m.group("who").rindex(" ") + 1
        if any(blocked(w) or w in lx.TEAM_WORDS or w in lx.places() for w in words):
            continue
        if any(pair in lx.GREETING_PAIRS for pair in zip(words, words[1:], strict=False)):
            continue  # "Sat Sri Akal ji": a greeting
        if m.group("glued") is not None:  # "Guptaji", not "Nnaji" nor "Obiora Nnaji"
            whole = words[-1] + "ji"
            if (
                len(words) > 1
                or not known_surname(words[0])
                or known_surname(whole)
                or known_first(whole, ambiguous_ok=True)
            ):
                continue
        known = any(known_surname(w) or known_first(w, ambiguous_ok=False) for w in words)
        if m.group("sir") is not None:  # "Iyer sir has approved", "Lakshmi madam": a name of the lists only
            if known and not lx.plain_word(words[-1]):
                yield Span(who_start, m.end("who"), "PERSON", 0.7, "person_rules")
            continue
        if known or (m.group("glued") is None and all(namelike.name_like(w, 0.3) for w in words)):
            # a suffix joined by a hyphen is part of the word: "Rajesh-ji", "Mou-di", "Soumitra-da"
            end = m.end("hy") if m.group("hy") is not None else m.end("who")
            yield Span(who_start, end, "PERSON", 0.7, "person_rules")
