"""Names by the forms registers, lists and chats write them in: "Surname, First name" in a register line
("Fuchs, Jannik:", "1) Oyelaran, Temitope –"), a greeting opening a chat in lower case ("hey jonas,",
"coucou léa !"), an initial before a surname no list knows ("P. Szymańska", "O. Adeleye"), a user name
of an initial and the surname of the person named before it or signing off ("(jpacheco)", "- jmorales"),
a birth name ("née Le Guen", "geb. Krause") and the nickname before a full name in parentheses ("la Sole
(Soledad Gutiérrez)"). Each finder reads the whole text and yields spans."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction import namelike
from redaction.normalize import fold_str
from redaction.recognizers.person.tokens import blocked, known_first, known_surname
from redaction.recognizers.person.words import _GRATITUDE, CLOSINGS, PARTICLES
from redaction.types import Span

_WORD = r"\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?"
# "Fuchs, Jannik:" / "1) Oyelaran, Temitope –" / "- Kowalski, Agata |": at a line or item start
_INVERTED = regex.compile(
    rf"(?m)(?:^|[–—|:][ \t]+|^[ \t]*(?:\d+[.)]|[-•*])[ \t]+)(?P<last>{_WORD}(?:[ \t]{_WORD})?),[ \t]+"
    rf"(?P<first>{_WORD}(?:[ \t]{_WORD})?)(?=[ \t]*(?:[:–—|(,;]|-[ \t]|$))"
)
# a greeting opening a text or a line, then a lower-case name and a comma or "!"
_GREETED = regex.compile(
    r"(?m)^[ \t]*(?P<greeting>(?i:hey|hi|hello|hallo|hoi|hola|coucou|salut|bonjour|moin|servus|buenas|ey|yo|"
    r"ok|okay|oké|oke|merci|thanks|thx|danke|gracias|dank|bedankt|sorry|perdón|pardon))[ \t]+"
    r"(?P<who>\p{Ll}[\p{Ll}\p{M}'-]{1,20})[ \t]*[,!:]"
)
# after these a word spelt like a name is not enough ("ok great,", "thanks all!"): a first name of the lists
_WEAK_GREETINGS = lx.word_set(
    "ok okay oké oke merci thanks thx danke gracias dank bedankt sorry perdón pardon"
)
_INITIAL_SURNAME = regex.compile(
    r"(?<![\p{L}\d.])(?<!\bi\.[ \t]?)(?P<who>\p{Lu}\.[ \t]?(?P<last>\p{Lu}[\p{Ll}\p{M}'’]{2,}(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?))"
    r"(?![\p{L}\p{M}'’-])(?![ \t]+\p{Lu}[\p{Ll}\p{M}])"  # not "M. Jean-Baptiste Louissaint": the rules take those
)
_USER_IN_PARENS = regex.compile(r"\((?P<who>\p{Ll}{4,20})\)")
_USER_SIGNOFF = regex.compile(r"(?:^|\n|[.!?][ \t]+)[ \t]*[-–—][ \t]*(?P<who>\p{Ll}{4,20})[ \t]*\Z")
_BIRTH_NAME = regex.compile(
    rf"(?<![\p{{L}}])(?:née|nee|né|geb\.|geborene|geboren|nacida|nacido|born)[ \t]+"
    rf"(?P<who>(?:(?:de|van|von|le|la|del|da|di|du)[ \t]+)?{_WORD}(?:[ \t]{_WORD})?)"
)
_NICKNAME = regex.compile(
    rf"(?<![\p{{L}}])(?P<nick>{_WORD})[ \t]+\((?P<full>{_WORD}(?:[ \t]+{_WORD}){{1,3}})\)"
)
# "@Will Ashworth", "@Sunny Park": a mention of a capitalised name, maybe two words
_MENTION = regex.compile(rf"(?<![\w.@])@(?P<first>{_WORD})(?:[ \t](?P<last>{_WORD}))?")
_NOT_NAMES = lx.word_set(
    "re fw fwd aw wg tr rv subject betreff objet asunto onderwerp all team everyone guys"
)


def _plain(folded: str) -> bool:
    """A word of a non-person list: a stop word, a team, a role, a month, a place."""
    return (
        blocked(folded)
        or folded in lx.TEAM_WORDS
        or folded in lx.MONTHS
        or folded in lx.MAJOR_CITIES
        or folded in lx.places()
        or folded in _NOT_NAMES
    )


def inverted_names(text: str) -> Iterator[Span]:
    """ "Surname, First name" as registers write it: the first name a known one that is no word, the surname
    no first name and no word of the non-person lists (words of the surname lists may be: "Fuchs")."""
    if "," not in text:
        return
    for m in _INVERTED.finditer(text):
        first_words = [fold_str(w) for w in m.group("first").split()]
        if not all(known_first(w, ambiguous_ok=False) and w not in lx.word_like_names() for w in first_words):
            continue
        last_words = [fold_str(w) for w in m.group("last").split()]
        if any(known_first(w, ambiguous_ok=False) for w in last_words):
            continue  # "Anna, Jannik": two first names
        if any((w in lx.all_stopwords() or w in lx.TEAM_WORDS or w in lx.MONTHS) for w in last_words):
            continue
        if any(w in CLOSINGS or w in lx.PERSON_CUES or w in _GRATITUDE for w in last_words):
            continue  # "Cheers, Rach", "Besos, Maite", "Danke, Jonas": a closing and a name
        if any(w in lx.ROLE_WORDS or w in lx.ORG_INDICATORS or w in lx.NON_PERSON_TAILS for w in last_words):
            continue
        if any(w in lx.MAJOR_CITIES or w in lx.places() for w in last_words) and not all(
            known_surname(w) or w in lx.word_surnames() for w in last_words
        ):
            continue
        # two spans: a learned "Surname, First" would read as Odoo's "Company, Contact"
        yield Span(m.start("last"), m.end("last"), "PERSON", 0.65, "person_rules")
        yield Span(m.start("first"), m.end("first"), "PERSON", 0.65, "person_rules")


def greeted_lowercase(text: str) -> Iterator[Span]:
    """ "hey jonas,", "coucou léa !", "hoi sem!": a lower-case word after a greeting, before "," or "!",
    a first name of the lists (words too) or spelt like a name."""
    for m in _GREETED.finditer(text):
        who = m.group("who")
        folded = fold_str(who)
        if folded in lx.all_stopwords() or folded in _NOT_NAMES or folded in lx.TEAM_WORDS:
            continue
        weak = m.group("greeting").lower() in _WEAK_GREETINGS
        if known_first(folded, ambiguous_ok=True) or (not weak and namelike.name_like(folded, 0.3)):
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")


def initial_surnames(text: str) -> Iterator[Span]:
    """ "P. Szymańska", "O. Adeleye": an initial before a capitalised word that is no ordinary word."""
    for m in _INITIAL_SURNAME.finditer(text):
        folded = fold_str(m.group("last"))
        if _plain(folded) or folded in lx.ROLE_WORDS:
            continue
        if folded in lx.common_words() and not known_surname(folded):
            continue
        if known_first(folded, ambiguous_ok=True):
            continue  # "i. V. Konstantin Wehrle": a first name after an initial is no surname
        if m.group("who")[0] in "IA" and not known_surname(folded):
            continue  # "I. Introduction", "A. Scope" start sections
        yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")


def _user_of(user: str, text: str) -> bool:
    """A user name made of an initial and a surname ("jpacheco", "kboateng")."""
    surname = user[1:]
    if len(surname) < 3 or blocked(user) or user in lx.all_stopwords() or user in lx.common_words():
        return False
    if surname in lx.common_words() and not known_surname(surname):
        return False
    return known_surname(surname) or regex.search(rf"(?i)\b{regex.escape(surname)}\b", text) is not None


def user_names(text: str) -> Iterator[Span]:
    """A user name in parentheses after a name, or signing a note off after a dash."""
    for m in _USER_IN_PARENS.finditer(text):
        if _user_of(fold_str(m.group("who")), text):
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")
    m = _USER_SIGNOFF.search(text, max(0, len(text) - 40))
    if m is not None and _user_of(fold_str(m.group("who")), text):
        yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")


def birth_names(text: str) -> Iterator[Span]:
    """ "née Le Guen", "geb. Krause": the name after the word of a birth name."""
    for m in _BIRTH_NAME.finditer(text):
        words = [fold_str(w) for w in regex.findall(_WORD, m.group("who"))]
        words = [w for w in words if w not in PARTICLES] if len(words) > 1 else words  # "Le Guen"
        if words and not any(_plain(w) and not known_surname(w) for w in words):
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")


def nicknames(text: str) -> Iterator[Span]:
    """ "la Sole (Soledad Gutiérrez)": the short name before a full name in parentheses whose first name it
    shortens (its first two letters)."""
    if "(" not in text:
        return
    for m in _NICKNAME.finditer(text):
        nick, first = fold_str(m.group("nick")), fold_str(m.group("full").split()[0])
        if nick[:2] == first[:2] and known_first(first, ambiguous_ok=True) and not _plain(nick):
            yield Span(m.start("nick"), m.end("nick"), "PERSON", 0.6, "person_rules")
            yield Span(m.start("full"), m.end("full"), "PERSON", 0.6, "person_rules")


def mentions(text: str) -> Iterator[Span]:
    """ "@Will Ashworth", "@Sunny Park can": a mentioned name, its next capitalised word too when the first
    is a first name of the lists and the second names no team, firm or role."""
    if "@" not in text:
        return
    for m in _MENTION.finditer(text):
        first = fold_str(m.group("first"))
        if first in lx.TEAM_WORDS or first in lx.ROLE_WORDS:
            continue
        if first in lx.all_stopwords() and not known_first(first, ambiguous_ok=True):
            continue  # "@All", but "@Will"
        end = m.end("first")
        last = m.group("last")
        if last is not None and known_first(first, ambiguous_ok=True):
            folded = fold_str(last)
            if not any(folded in words for words in (lx.TEAM_WORDS, lx.ROLE_WORDS, lx.ORG_INDICATORS)):
                end = m.end("last")  # "@Sunny Park": a surname that is a word too
        yield Span(m.start("first"), end, "PERSON", 0.65, "person_rules")


def form_names(text: str) -> Iterator[Span]:
    yield from mentions(text)
    yield from inverted_names(text)
    yield from greeted_lowercase(text)
    yield from initial_surnames(text)
    yield from user_names(text)
    yield from birth_names(text)
    yield from nicknames(text)
