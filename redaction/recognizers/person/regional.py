"""Forms of address of the regions around a name.

- ``chief_titles``: forms of address that are also ordinary words: "Chief" (a Nigerian chieftaincy title, "Chief
  Okonkwo", "Chief Dein Harry-Jaja"), "Pastor", "Rev." and "Revd" before a name. Unlike the titles of
  ``lexicon.TITLES`` they head job titles too ("Chief Executive Officer", "Chief Justice", "Rev. 3"), so the words
  after them count only when they are names: a first or family name of the lists, or a word spelt like a name
  that is no word of our languages.
- ``kin_names``: a name around a Malaysian or Singaporean patronymic link written with a slash ("SELVARAJAH A/L
  MUNUSAMY", "Kavitha d/o Ramasamy"): the link itself says that a name stands on each side.
- ``lawyer_titles``: the family name after "Me", the French "Maître" of a lawyer or notary ("Me Ruchonnet"), also an
  English pronoun: one capitalised word after it that is no word, role, place or firm's word (the rules' own spans
  win where they overlap it).
- ``article_nicknames``: Latin American and Spanish nicknames after their article ("el Pato dice", "con la Cata",
  "Ramiro Salinas (\"el Güero\")"): a nickname of the list capitalised after a lower-case "el"/"la", or after a
  capitalised one that opens a line or a sentence with a verb after it ("El Chele avisa"; not "Taller El Chele").
- ``honorific_names``: South Asian honorifics after a name ("Sharma ji", "Rajesh-ji", "Venkat garu", "Iyer sir"),
  glued to it too ("Guptaji", "Mukeshbhai", "Hetalben").
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


def _name_word(word: str, *, lawyer: bool = False) -> bool:
    """A name of the lists or a word spelt like a name, no word of our languages; after "Me" any such capitalised
    word ("Me Ruchonnet"): a French lawyer's title stands before family names only."""
    folded = fold_str(word)
    if blocked(folded) or lx.plain_word(folded) or folded in lx.ROLE_WORDS or folded in lx.TEAM_WORDS:
        return False
    if folded in lx.places() or folded in lx.ORG_INDICATORS or folded in lx.MONTHS or folded in lx.WEEKDAYS:
        return False
    if lawyer:
        return True
    parts = [p for p in folded.split("-") if p]
    return all(
        known_first(p, ambiguous_ok=False) or known_surname(p) or namelike.name_like(p, 0.3) for p in parts
    )


_LAWYER = regex.compile(rf"(?<![\p{{L}}])Me[ \t]+(?P<name>{_WORD})(?![\p{{L}}])")


def lawyer_titles(text: str) -> Iterator[Span]:
    """The family name after "Me" (see the module's docstring)."""
    if "Me " not in text:
        return
    for m in _LAWYER.finditer(text):
        if _name_word(m.group("name"), lawyer=True):
            yield Span(m.start("name"), m.end("name"), "PERSON", 0.7, "person_rules")


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
    r"|[ \t](?:ji|Ji|garu|Garu|sahab|Sahab|saab|Saab|sahib|Sahib|saheb|Saheb|babu|Babu|bhai)|(?P<glued>ji|bhai)"
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


# A Gujarati "-ben" glued to a given name of the lists ("Hetalben", "Nirmalaben"): its own pass, since "ben" ends
# many words ("haben", "geben") that the honorifics' pattern would otherwise scan for
_GLUED_BEN = regex.compile(r"(?<![\p{L}\d])(?P<who>\p{Lu}\p{Ll}{2,})ben(?![\p{L}\d])")


def _glued_ben(text: str) -> Iterator[Span]:
    for m in _GLUED_BEN.finditer(text):
        stem, whole = fold_str(m.group("who")), fold_str(m.group())
        if (
            known_first(stem, ambiguous_ok=False)
            and not known_first(whole, ambiguous_ok=True)
            and not blocked(whole)
        ):
            yield Span(m.start(), m.end(), "PERSON", 0.7, "person_rules")


def honorific_names(text: str) -> Iterator[Span]:
    """A name before a South Asian honorific: a surname or a first name of the lists, or any name spelt like
    one when the honorific stands apart ("Sharma ji", "Venkat garu"; glued, "Guptaji", and before "sir" or
    "madam", "Iyer sir", only names of the lists)."""
    if "ben" in text:
        yield from _glued_ben(text)
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
        if (
            m.group("glued") is not None
        ):  # "Guptaji", "Mukeshbhai", "Hetalben"; not "Nnaji" nor "Obiora Nnaji"
            whole = words[-1] + m.group("glued")
            stem_known = known_surname(words[0]) or (
                m.group("glued") != "ji" and known_first(words[0], ambiguous_ok=False)
            )
            if (
                len(words) > 1
                or not stem_known
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
            if m.group("glued") is not None:
                end = m.end("glued")
            yield Span(who_start, end, "PERSON", 0.7, "person_rules")


# "a/l" (son of), "a/p" (daughter of), "s/o", "d/o": up to three name words before, one or two after
_NAME_WORD = r"\p{Lu}[\p{L}'’-]*"
_KIN_NAME = regex.compile(
    rf"(?<![\p{{L}}\d])(?P<before>(?:{_NAME_WORD}[ \t]+){{0,2}}{_NAME_WORD})[ \t]+(?i:a/l|a/p|s/o|d/o)[ \t]+"
    rf"(?P<after>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)(?![\p{{L}}\d])"
)


def _kin_word(word: str, caps: bool) -> bool:
    folded = fold_str(word)
    if folded in lx.all_stopwords() or folded in lx.TITLES or folded in lx.VERBS_BEFORE_NAME:
        return False
    if folded in lx.ROLE_WORDS or folded in lx.TEAM_WORDS or folded in lx.ORG_INDICATORS:
        return False
    # in a capitals name every word is in capitals; in a mixed-case one a word is no frequent word
    return word.isupper() if caps else not lx.plain_word(folded) or known_first(folded, ambiguous_ok=True)


def kin_names(text: str) -> Iterator[Span]:
    """The name around "a/l", "a/p", "s/o" or "d/o" (see the module's docstring)."""
    if "/" not in text:
        return
    for m in _KIN_NAME.finditer(text):
        before = list(regex.finditer(_NAME_WORD, m.group("before")))
        after = list(regex.finditer(_NAME_WORD, m.group("after")))
        caps = before[-1].group().isupper()
        kept = 0
        for w in reversed(before):
            if not _kin_word(w.group(), caps):
                break
            kept += 1
        if not kept or not _kin_word(after[0].group(), caps):
            continue
        end = after[1].end() if len(after) > 1 and _kin_word(after[1].group(), caps) else after[0].end()
        start = m.start("before") + before[len(before) - kept].start()
        yield Span(start, m.start("after") + end, "PERSON", 0.7, "person_rules")


# Nicknames that people are called by, with their article, in Spain and Latin America (each also a word: "pato",
# "chino", "flaca"; only capitalised after the article are they a person)
_NICKNAMES = lx.word_set(
    "pato cata chino china chele güero güera guero guera paisa flaco flaca gordo gorda negro negra mono mona rubio "
    "rubia chato chata nene nena pelón pelon chuy gocho gocha catracho catracha tico tica cholo chola chamo chama "
    "colocho colocha canche chaparro chaparra chucho pepo toño tito tita cuate"
)
_ARTICLE_NICK = regex.compile(
    r"(?<![\p{L}])(?P<art>el|la|El|La)[ \t]+(?P<name>\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}])"
)
_LINE_OR_SENTENCE = regex.compile(r"(?:\A|[\n.!?:(\"“«]|\]|\d[ \t]*-|\d)[ \t]*\Z")
_LOWER_NEXT = regex.compile(r"[ \t]+\p{Ll}")


# A first name with its article, as Spain speaks of people ("con la Inma", "y el Jaume"): after a preposition or
# "y"/"que", a first name of the lists that is no word, no place, and no capitalised word after it ("la Rosa Negra",
# "el Carmen Gran Vía"); not German ("mit dem Octavia", "an der Isar", "der Kaiser": things and places take it too)
_ARTICLE_FIRST = regex.compile(
    r"(?<![\p{L}])(?:con|a|para|por|y|que)[ \t]+(?:el|la)[ \t]+"
    r"(?P<name>\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}])(?![ \t]+\p{Lu})"
)


def article_nicknames(text: str) -> Iterator[Span]:
    """A nickname of the list after its article (see the module's docstring); a first name of the lists after
    its article and a preposition (``_ARTICLE_FIRST``)."""
    for m in _ARTICLE_FIRST.finditer(text) if " la " in text or " el " in text else ():
        folded = fold_str(m.group("name"))
        if known_first(folded, ambiguous_ok=False) and folded not in lx.places() and not blocked(folded):
            yield Span(m.start("name"), m.end("name"), "PERSON", 0.6, "person_rules")
    lowered = text.lower()
    if "el " not in lowered and "la " not in lowered:
        return
    for m in _ARTICLE_NICK.finditer(text):
        if fold_str(m.group("name")) not in _NICKNAMES:
            continue
        if m.group("art")[0].isupper():
            opens = _LINE_OR_SENTENCE.search(text, max(0, m.start() - 12), m.start()) is not None
            if not (opens and _LOWER_NEXT.match(text, m.end())):
                continue  # "Taller El Chele", "Restaurante El Chino": a firm's name
        yield Span(m.start("name"), m.end("name"), "PERSON", 0.65, "person_rules")
