"""Persons by their user names: chat handles ("@kenji.moriyama", "luz.carmona:" speaking), user names of an
initial and a name ("priya.n", "t.lange") or glued to a surname ("jgonzalez"), whoever a note says recorded it
("notiert: dk", "submitted by sgrant"), and hashtags built on a first name ("#TeamRhiannon"). Each finder reads
the whole text and yields spans."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction import namelike
from redaction.lexicon import word_set
from redaction.normalize import fold_str
from redaction.recognizers.person.headers import _ACRONYMS
from redaction.recognizers.person.speakers import WEEKDAY, _known
from redaction.recognizers.person.tokens import _known_name, blocked, known_first, known_surname
from redaction.recognizers.person.words import HANDLE_NOT_PARTS
from redaction.types import Span

# Chat handles made of a name: "@kenji.moriyama", "@priya_sharma", and "luz.carmona:" speaking at a line start
# (after an optional clock time); not a domain ("@acme.com") nor a file name ("notes.txt:")
_HANDLE = regex.compile(
    r"(?:(?<![\w.@])@|(?m:^)(?:\[?(?:"
    + WEEKDAY
    + r"[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\]?\s*[-–]?\s*)?)"
    r"(?P<h>\p{Ll}[\p{Ll}'-]*(?:[._]\p{Ll}[\p{Ll}'-]*){1,2})(?P<colon>[ \t]?:)?(?![\w@.-]*\w)",
    regex.IGNORECASE,
)
# A user name of an initial and a name, anywhere but inside an address, a path or a longer dotted word
_INITIAL_HANDLE = regex.compile(
    r"(?<![\w.@/\\-])(?P<h>\p{Ll}[\p{Ll}'-]*[._]\p{Ll}[\p{Ll}'-]*)(?![\w@/\\-])(?!\.\w)"
)


_DOTTED = regex.compile(r"\p{L}[._]\p{L}")


def handles(text: str) -> Iterator[Span]:
    """Persons by their chat handles: a handle after "@", or a handle speaking (a colon after it) at the start of
    a line; each part a name of the lists or spelt like one, none a domain, a file type or a team."""
    if ("." not in text and "_" not in text) or _DOTTED.search(text) is None:
        return  # every handle has a dot or an underscore between letters ("priya.n", "@sophie.martin")
    seen = set()
    for m in _INITIAL_HANDLE.finditer(text):  # "priya.n", "t.lange", "a.sierra": speaking or not
        parts = [fold_str(p) for p in regex.split(r"[._]", m.group("h"))]
        if _initial_handle(parts) or _full_handle(parts):
            seen.add(m.span("h"))
            yield Span(m.start("h"), m.end("h"), "PERSON", 0.7, "person_rules")
    if "@" not in text and ":" not in text:
        return
    for m in _HANDLE.finditer(text):
        handle = m.group("h")
        at = text[m.start()] == "@"
        parts = [fold_str(p) for p in regex.split(r"[._]", handle)]
        if not at and not m.group("colon") or any(len(p) < 2 for p in parts):
            continue
        if any(p in HANDLE_NOT_PARTS or blocked(p) for p in parts) or m.span("h") in seen:
            continue
        if all(_known_name(p) or namelike.name_like(p, 0.0) for p in parts) or any(
            _known_name(p) for p in parts
        ):
            yield Span(m.start("h"), m.end("h"), "PERSON", 0.7, "person_rules")


# A hashtag built on a person's first name ("#TeamRhiannon", "#MerciOlamide", "#HansDieter25", "#teamSolène")
_HASHTAG = regex.compile(r"(?<![\w&#])#(?P<tag>\p{L}[\p{L}\p{M}\d]*)")
_TAG_PART = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]+|\p{Ll}[\p{Ll}\p{M}]*|\d+")


def hashtags(text: str) -> Iterator[Span]:
    """Hashtags with a first name of the lists in them (not one that is a word too): the tag names a person."""
    if "#" not in text:
        return
    for m in _HASHTAG.finditer(text):
        parts = [fold_str(p) for p in _TAG_PART.findall(m.group("tag")) if not p.isdigit()]
        if any(
            len(p) >= 3
            and known_first(p, ambiguous_ok=False)
            and p not in lx.word_like_names()
            and not blocked(p)
            for p in parts
        ):
            yield Span(m.start("tag"), m.end("tag"), "PERSON", 0.6, "person_rules")


def _initial_handle(parts: list[str]) -> bool:
    """A user name of an initial and a name ("priya.n", "t.lange", "bishop.k"): the name, known or spelt like
    one, words too ("m.kok", "a.jung"); not an abbreviation ("e.g", "i.e", "p.ex")."""
    if len(parts) != 2 or sorted(len(p) == 1 for p in parts) != [False, True]:
        return False
    name = parts[0] if len(parts[0]) > 1 else parts[1]
    if len(name) < 3 or name in HANDLE_NOT_PARTS or name in lx.TEAM_WORDS:
        return False
    if known_first(name, ambiguous_ok=True) or known_surname(name):
        return True
    return name not in lx.all_stopwords() and namelike.score(name) >= -1.0  # "l.roux"; not "e.mail"


def _full_handle(parts: list[str]) -> bool:
    """A user name of a first name and a family name, anywhere ("arnab.mukherjee", "ibinabo.west",
    "pepe_castaneda"): a first name of the lists that is no word, then a family name of the lists or any word
    of three letters or more that is not a domain, a file type or a team ("maria.db" is no person)."""
    if len(parts) != 2 or not all(len(p) >= 2 for p in parts):
        return False
    first, last = parts
    if not known_first(first, ambiguous_ok=False) or first in lx.word_like_names() or blocked(first):
        return False
    if (
        first in HANDLE_NOT_PARTS
        or last in HANDLE_NOT_PARTS
        or first in lx.TEAM_WORDS
        or last in lx.TEAM_WORDS
    ):
        return False
    return known_surname(last) or (len(last) >= 3 and last not in lx.all_stopwords())


# A user name of an initial glued to a surname ("jgonzalez", "mcastro", "oadeyemi")
_GLUED_HANDLE = regex.compile(r"(?<![\w.@/\\-])(?P<i>[a-z])(?P<s>[a-z]{4,})(?![\w@/\\-]|\.\w)")


def glued_handles(text: str) -> Iterator[Span]:
    """A lower-case user name made of one initial and a surname of the lists that is no word ("enviado por:
    jgonzalez", "assigned to oadeyemi"); not a word itself nor a name ("along", "abel")."""
    for m in _GLUED_HANDLE.finditer(text):
        whole, rest = m.group(0), m.group("s")
        # after "usuario", "user name", "login": a surname that is a word too, or one spelt like a name
        user = _USER_CUE.search(text, max(0, m.start() - 24), m.start()) is not None
        surname = known_surname(rest) or rest in lx.word_surnames()
        if user and (surname or namelike.name_like(rest, 0.0)) and whole not in lx.common_words():
            yield Span(m.start(), m.end(), "PERSON", 0.6, "person_rules")
            continue
        if not surname or blocked(rest) or rest in lx.places():
            continue
        if whole in lx.common_words() or blocked(whole) or _known(whole):
            continue
        # no word starts so ("jg", "mc", "tm"), or a user name's place: after a label's colon, "by", "to", "@"
        cue = _HANDLE_CUE.search(text, max(0, m.start() - 14), m.start()) is not None
        wordlike = whole[0] in "aeiouy" or whole[1] in "aeiouy" or whole[:2] in _WORD_ONSETS
        if wordlike and not cue:
            continue
        yield Span(m.start(), m.end(), "PERSON", 0.6, "person_rules")


_HANDLE_CUE = regex.compile(
    r"(?:^|[:|@]|\b(?:by|to|for|from|cc|por|para|de|von|an|door|aan|par|à|user|owner|assignee))[ \t]*\Z",
    regex.IGNORECASE | regex.MULTILINE,
)
_USER_CUE = regex.compile(
    r"\b(?i:user|username|user[ \t]name|login|usuario|usuaria|benutzer|benutzername|utilisateur|identifiant|"
    r"gebruiker|gebruikersnaam)[ \t]*:?[ \t]*\Z"
)
# Two letters that open words of our languages (a glued handle's initial and surname rarely does)
_WORD_ONSETS = word_set(
    "bl br ch cl cr dr fl fr gl gn gr kl kn kr ph pl pr ps qu sc sh sk sl sm sn sp st sw th tr tw wh wr zw vl vr"
)


# Who recorded a note or an entry, as tools and people sign it: a user name, initials in lower case or an initial
# and a surname after "notiert:", "erfasst:", "anotó:", "capturó:", "submitted by", "visum durch", "saisi par"
_RECORDED_BY = regex.compile(
    r"(?<![\p{L}])(?i:notiert|erfasst|anotó|anoto|anotado[ \t]por|capturó|capturo|capturado[ \t]por|registrado[ \t]por|"
    r"submitted[ \t]by|entered[ \t]by|logged[ \t]by|noted[ \t]by|visum[ \t]durch|saisi[ \t]par|noté[ \t]par|"
    r"genoteerd[ \t]door|ingevoerd[ \t]door|added[ \t]by|written[ \t]by|taken[ \t]by|noté[ \t]par|ajouté[ \t]par|"
    r"toegevoegd[ \t]door|hinzugefügt[ \t]von|añadido[ \t]por|agregado[ \t]por|"
    # a phone message pad's taker ("Aufgenommen: mk", "eingetragen: js", "opgenomen door: rb", "pris par : cl",
    # "recibido por: lg", "received by: jt")
    r"aufgenommen(?:[ \t]von)?|eingetragen(?:[ \t]von)?|erstellt[ \t]von|opgenomen[ \t]door|pris[ \t]par|"
    r"recibido[ \t]por|atendido[ \t]por|received[ \t]by)[ \t]*:?[ \t]*"
    r"(?P<who>\p{Ll}{2,14}|\p{Lu}\.[ \t]?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}{2,3})(?![\p{L}\d@_-]|\.\p{L})"
)


_RECORDED_KEYS = (
    "added by",
    "written by",
    "taken by",
    "ajouté",
    "toegevoegd",
    "hinzugefügt",
    "añadido",
    "agregado",
    "notiert",
    "erfasst",
    "anot",
    "captur",
    "registrado",
    "submitted",
    "entered",
    "logged",
    "noted",
    "visum",
    "saisi",
    "noté",
    "genoteerd",
    "ingevoerd",
    "aufgenommen",
    "eingetragen",
    "erstellt von",
    "opgenomen",
    "pris par",
    "recibido",
    "atendido",
    "received by",
)


# Human resources by their initials in our languages (recursos humanos, ressources humaines, personeelszaken)
_HR_INITIALS = frozenset(["RH", "DRH", "GRH", "PZ", "PO", "PA", "SG", "DG", "DAF"])


def recorded_by(text: str) -> Iterator[Span]:
    """The one who recorded an entry, after the words that say so: a lower-case user name or initials that are no
    word ("notiert: dk", "submitted by sgrant", "Visum durch bcaliskan"), or an initial and a surname
    ("erfasst: M. Öztürk")."""
    lowered = text.lower()
    if not any(key in lowered for key in _RECORDED_KEYS):
        return  # a cheap test first: most texts name no recorder
    for m in _RECORDED_BY.finditer(text):
        who = m.group("who")
        folded = fold_str(who)
        if who.islower() and (
            folded in lx.all_stopwords()
            or folded in lx.common_words()
            or folded in lx.TEAM_WORDS
            or folded in HANDLE_NOT_PARTS
            or blocked(folded)
        ):
            continue  # "submitted by email", "noted by the team"
        if who.isupper() and (
            who in _ACRONYMS or who in lx.NOT_INITIALS or who in _HR_INITIALS or folded in lx.TEAM_WORDS
        ):
            continue  # "added by HR", "logged by IT", "Capturó: RH": a department
        yield Span(m.start("who"), m.end("who"), "PERSON", 0.65, "person_rules")
