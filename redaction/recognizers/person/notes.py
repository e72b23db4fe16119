"""Names placed by the shapes of notes rather than by their words: initials and names signing a note off, the
person a note's title names, a name line in capitals, the contact in parentheses after a firm's legal form. Each finder reads the whole text and yields spans."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction import lexicon as lx
from redaction import namelike
from redaction.lexicon import word_set
from redaction.normalize import fold_str
from redaction.recognizers.person.headers import _ACRONYMS
from redaction.recognizers.person.tokens import _known_name, blocked, known_first, known_surname
from redaction.types import Span

# A line that is a name in capitals, as a CV or a letterhead writes it, maybe with a nickname in quotes or
# parentheses: "FATOUMATA « FATOU » DIABATÉ", "MEHMET „MEMO“ ÖZTÜRK", "OLUWASEUN (SEUN) ADEYEMI-GRANT"
_CAPS_WORD = r"\p{Lu}[\p{Lu}'’-]*\p{Lu}"
_CAPS_NAME_LINE = regex.compile(
    rf"(?m)^[ \t]*(?P<name>(?P<first>{_CAPS_WORD})(?:[ \t]+{_CAPS_WORD})?"
    rf"(?:[ \t]+[«„\"“(][ \t]*{_CAPS_WORD}[ \t]*[»“”\")])?(?:[ \t]+{_CAPS_WORD}){{1,2}})[ \t]*$"
)


def caps_name_lines(text: str) -> Iterator[Span]:
    """A line holding only a name in capitals whose first word is a first name of the lists that is no word."""
    for m in _CAPS_NAME_LINE.finditer(text):
        words = regex.findall(_CAPS_WORD, m.group("name"))
        first = fold_str(m.group("first"))
        if not _known_first_strict(first) or any(blocked(fold_str(w)) for w in words):
            continue
        if any(fold_str(w) in lx.TEAM_WORDS or fold_str(w) in lx.ORG_INDICATORS for w in words):
            continue
        yield Span(m.start("name"), m.end("name"), "PERSON", 0.7, "person_rules")


# A name in capitals inside a line ("Agent notes (ZOE CALLAGHAN):", "Perito asignado: ALEJANDRA SOTO",
# "Klacht van HENDRIK-JAN VAN DER VEEN:"): a first name of the lists that is no word, then surnames
_CAPS_RUN = regex.compile(
    r"(?<![\p{L}\d])(?P<first>\p{Lu}{2,}(?:-\p{Lu}{2,})?)(?P<rest>(?:[ \t]+(?:(?:VAN|DER|DEN|DE|DI|DA|DEL|LA|LE|"
    r"VON|TEN|TER|DOS|DAS|EL|AL|BIN|BEN)[ \t]+)*\p{Lu}[\p{Lu}'’]+(?:-\p{Lu}{2,})?){1,3})(?![\p{L}\d])"
)
_CAPS_PARTICLES = frozenset(
    {
        "van",
        "der",
        "den",
        "de",
        "di",
        "da",
        "del",
        "la",
        "le",
        "von",
        "ten",
        "ter",
        "dos",
        "das",
        "el",
        "al",
        "bin",
        "ben",
    }
)


def caps_names(text: str) -> Iterator[Span]:
    """Names in capitals inside a line: a first name of the lists that is no word, then one to three
    surnames of the lists or words spelt like names, none a firm's, team's or stop word."""
    for m in _CAPS_RUN.finditer(text):
        firsts = [fold_str(p) for p in m.group("first").split("-")]
        if not (
            any(_known_first_strict(f) for f in firsts)
            and all(known_first(f, ambiguous_ok=True) for f in firsts)
        ):
            continue
        rest = [fold_str(w) for w in m.group("rest").split() if fold_str(w) not in _CAPS_PARTICLES]
        if not rest or any(
            blocked(w) or w in lx.TEAM_WORDS or w in lx.ORG_INDICATORS or w in lx.all_stopwords()
            for w in rest
        ):
            continue
        parts = [p for w in rest for p in w.split("-")]
        if all(
            known_surname(p) or known_first(p, ambiguous_ok=False) or namelike.name_like(p, 0.0)
            for p in parts
        ):
            yield Span(m.start(), m.end(), "PERSON", 0.7, "person_rules")


_GIVEN = r"\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]*(?:-\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]*)?"
_CAPS = r"\p{Lu}[\p{Lu}\p{M}'’]+(?:-\p{Lu}[\p{Lu}\p{M}'’]+)?"
# Registers, letters and forms write the surname in capitals: "Houria BENSAÏD", "Mme Ngoc Anh TRAN",
# "LABORDE Jean-Marc Olivier", "MACLEOD, Eilidh Catriona", "PUIG CASALS, NÚRIA", and "Mahabier, Radjesh"
_SURNAME_FORMS = regex.compile(
    rf"(?<![\p{{L}}\d])(?:(?P<g1>{_GIVEN}(?:[ \t]+{_GIVEN}){{0,2}})[ \t]+(?P<s1>{_CAPS}(?:[ \t]+{_CAPS})?)"
    rf"|(?P<s2>{_CAPS}(?:[ \t]+{_CAPS}){{0,2}})[ \t]+(?P<g2>{_GIVEN}(?:[ \t]+{_GIVEN}){{0,2}})"
    rf"|(?P<s3>{_CAPS}(?:[ \t]+{_CAPS})?),[ \t]+(?P<g3>(?:{_GIVEN}|{_CAPS})(?:[ \t]+(?:{_GIVEN}|{_CAPS})){{0,2}}))"
    rf"(?![\p{{L}}\d])"
)


def surname_forms(text: str) -> Iterator[Span]:
    """A surname in capitals next to given names, before or after them or before a comma, and "Surname,
    Given" in lists: the first given name a first name of the lists, every surname no acronym, firm, team or
    word of our lists."""
    pos = 0
    while True:
        m = _SURNAME_FORMS.search(text, pos)
        if m is None:
            return
        pos = m.end()
        if m.group("g1") is not None:
            given, surname = m.group("g1"), m.group("s1")
            if fold_str(given.split()[0]) in lx.TITLES and " " in given:  # "Mme Ngoc Anh TRAN"
                pos = m.start("g1") + len(given.split()[0])
                continue
        elif m.group("g2") is not None:
            given, surname = m.group("g2"), m.group("s2")
        else:
            given, surname = m.group("g3"), m.group("s3")
        if "  " in m.group() or "\t" in m.group():
            continue  # the columns of a form ("OPC               Mariam Ouédraogo")
        start, end = m.start(), m.end()
        words = given.split()
        while len(words) > 1 and fold_str(words[-1]) in lx.TITLES:  # "Brenner, Ulrich Dr."
            cut = given.rindex(words[-1])
            end -= len(given) - len(given[:cut].rstrip())
            given = given[:cut].rstrip()
            words = words[:-1]
        first = fold_str(words[0])
        strict = _known_first_strict(first)
        known = known_first(first, ambiguous_ok=True)
        # a given name no list knows, spelt like one, before a surname of the lists ("Houria BENSAÏD"), or
        # after a surname in capitals and a comma ("MACLEOD, Eilidh")
        surnames_known = all(known_surname(fold_str(w)) for w in surname.split())
        spelt = namelike.name_like(first, 0.0) and not words[0].isupper()
        # a register's "SURNAME SURNAME Given": two words in capitals first make the capitalised word a given name
        # ("NSIMBA MAKIESE Espérance", "ILUNGA WA ILUNGA Prosper"), if it is no firm's, team's or role's word
        caps_first = (
            m.group("s2") is not None
            and len([w for w in surname.split() if fold_str(w) not in _SURNAME_PARTICLES]) >= 2
            and not any(
                fold_str(w) in lx.NON_PERSON_TAILS
                or fold_str(w) in lx.ROLE_WORDS
                or fold_str(w) in lx.ORG_INDICATORS
                for w in words
            )
        )
        if not (known or caps_first or (spelt and (surnames_known or m.group("s3") is not None))):
            if m.group("g1") is not None and " " in given:
                pos = m.start() + len(words[0])  # try again after the first word
            continue
        parts = surname.split()
        # a particle inside the surname in capitals ("LE GOFF Yann", "ILUNGA WA ILUNGA Prosper")
        core = [
            w for i, w in enumerate(parts) if i == len(parts) - 1 or fold_str(w) not in _SURNAME_PARTICLES
        ]
        # after a particle in capitals a word is a surname even if it is a word too ("LE ROUX", "DE WIT")
        particled = {
            w for w, prev in zip(parts[1:], parts, strict=False) if fold_str(prev) in _SURNAME_PARTICLES
        }
        surnames_ok = all(
            len(w) >= 3
            and (
                _surname_word(w, strict=not strict)
                or (
                    w in particled and w.isupper() and _given_word(w) and fold_str(w) not in lx.ORG_INDICATORS
                )
            )
            for w in core
        )
        # after a surname of two words in capitals, a given name that is a word too ("NSIMBA MAKIESE Espérance")
        if not surnames_ok or not all(
            _given_word(w) or (caps_first and known_first(fold_str(w), ambiguous_ok=True)) for w in words
        ):
            continue
        if m.group("s3") is not None and not surname.isupper() and fold_str(surname) in lx.places():
            continue  # "Lyon, Marie" is a town and a person
        yield Span(start, end, "PERSON", 0.7, "person_rules")


_SURNAME_PARTICLES = word_set("le la de du des da di van von der den wa ya bin ben el al")


def _surname_word(word: str, *, strict: bool = True) -> bool:
    folded = fold_str(word)
    if word in _ACRONYMS or len(folded) < 2 or blocked(folded) or folded in lx.all_stopwords():
        return False
    if folded in _LEGAL_FORMS:
        return False
    if word.isupper() and not any(ch in "aeiouy" for ch in folded):
        return False  # "DRH", "KPMG": an acronym
    if folded in lx.TEAM_WORDS or folded in lx.ORG_INDICATORS or folded in lx.MONTHS:
        return False
    if not strict:  # in capitals next to a first name of the lists: a surname of the lists, no frequent word or spelt like a
        # name ("MACLEOD, Eilidh": wordfreq counts the name often)
        return known_surname(folded) or folded not in lx.common_words() or namelike.name_like(folded, 0.0)
    return known_surname(folded) or known_first(folded, ambiguous_ok=True) or namelike.name_like(folded, -0.2)


def _given_word(word: str) -> bool:
    folded = fold_str(word)
    return not (
        blocked(folded) or folded in lx.all_stopwords() or folded in lx.TEAM_WORDS or folded in lx.MONTHS
    )


# Legal forms written in capitals after a firm's name ("Engel & Rosa Blumen OHG")
_LEGAL_FORMS = word_set(
    "ohg kg gbr ag gmbh ug ev sarl sas sasu sa sl slu sll bv nv vof cv cvba sprl srl spa snc ltd llp plc inc "
    "llc corp eurl sci scp"
)


def _known_first_strict(folded: str) -> bool:
    return known_first(folded, ambiguous_ok=False) and folded not in lx.word_like_names()


# A name signing a note off after a dash ("– Haas", "— Ro") or alone on the last line ("\njoke", "\nAmpa")
_SIGNOFF_NAME = regex.compile(
    r"(?:\n|[.!?)][ \t]+)[ \t]*(?P<dash>[-–—~][ \t]*)?(?P<who>\p{L}[\p{Ll}'’-]{1,19})[ \t]*\.?[ \t]*\Z"
)


_TAIL = 48  # a sign-off sits in the last characters of a note


def signoff_name(text: str) -> Iterator[Span]:
    """A first name or surname signing a note off: after a dash, a capitalised word that is no closing, team
    or word ("– Haas", "— Ro"); alone on the last line, a first name of the lists that is no word ("joke" is
    Dutch, but "\njoke" closing a Dutch note is Joke) or a surname."""
    m = _SIGNOFF_NAME.search(text, max(0, len(text) - _TAIL))
    if m is None:
        return
    who = m.group("who")
    folded = fold_str(who)
    if folded in _NOT_SIGNOFF or folded in lx.TEAM_WORDS or folded in lx.MONTHS or folded in lx.ROLE_WORDS:
        return
    listed = known_first(folded, ambiguous_ok=True) or known_surname(folded)
    if m.group("dash"):
        ok = (who[0].isupper() and not blocked(folded)) or (listed and not blocked(folded))
    else:
        ok = listed and (not blocked(folded) or who[0].isupper()) and len(folded) >= 3
        ok = ok and (who[0].isupper() or folded not in lx.all_stopwords())
    if ok:
        yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")


# Short words that end a note without being anyone ("ok", "thx", "eod")
_NOT_SIGNOFF = word_set(
    "ok thx ty eod eow tbd tbc asap fyi cu lg vg mvg bvd gr ps nb xx yes no ja nee oui non si hh"
)


# A note's title line naming its author or subject after a dash: "EOD - Oduya", "fin de journée – amoah",
# "Handover - Tom (on leave 14-18 Apr)", "Tagesabschluss Winter:"-like titles are left to the cues
_TITLE_LINE = regex.compile(
    r"\A[ \t]*(?P<title>\p{L}[\p{L}'’ .-]{1,40}?)[ \t]+[-–—][ \t]+(?P<who>\p{L}[\p{L}'’-]+(?:[ \t]\p{L}[\p{L}'’-]+)?)"
    r"[ \t]*(?:\(|$|\n)",
    regex.MULTILINE,
)
_TITLE_WORDS = word_set(
    "eod eow sod handover hand-over overdracht übergabe ubergabe passation traspaso relevo notes note notiz "
    "notitie nota memo log daily dagrapport tagesabschluss fin de journée journee día dia jornada resumen "
    "summary update status recap wrap-up wrap standup stand-up call gesprek telefonat appel llamada rapport "
    "report bericht informe compte-rendu cr actas acta minutes protokoll notulen to-do todo taken tâches "
    "taches tareas aufgaben end of day week semaine semana woche week"
)


def titled_by(text: str) -> Iterator[Span]:
    """The person a note's title line names after a dash, when the title is a note's kind ("EOD", "fin de
    journée", "Handover") and the words after the dash are names of the lists or spelt like names."""
    m = _TITLE_LINE.match(text)
    if m is None:
        return
    title = [fold_str(w) for w in m.group("title").replace("-", " ").split()]
    if not title or not all(w in _TITLE_WORDS for w in title):
        return
    words = m.group("who").split()
    folded = [fold_str(w) for w in words]
    if any(blocked(w) or w in lx.TEAM_WORDS or w in lx.MONTHS for w in folded):
        return
    if all(_known_name(w) or namelike.name_like(w, 0.3) for w in folded):
        yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")


# The contact at a firm, in parentheses after its legal form: "Anatolia Grill KG (Kaya)", "Brightwell
# Logistics Ltd (Okafor)"
_FIRM_CONTACT = regex.compile(
    r"(?<![\p{L}])(?:GmbH|KG|AG|OG|UG|OHG|Ltd|LLC|Inc|plc|PLC|SL|SLU|SA|SAS|SARL|SRL|BV|NV|VOF|CV|Lda|Srl)\.?"
    r"[ \t]*\([ \t]*(?P<who>\p{Lu}[\p{Ll}'’-]+(?:[ \t]\p{Lu}[\p{Ll}'’-]+)?)[ \t]*\)"
)


def firm_contacts(text: str) -> Iterator[Span]:
    """The person named in parentheses after a firm's legal form: a name of the lists or a word spelt like a
    name, not a place, a team or a role ("Acme GmbH (Berlin)", "(HR)")."""
    for m in _FIRM_CONTACT.finditer(text):
        words = [fold_str(w) for w in m.group("who").split()]
        if any(blocked(w) or w in lx.TEAM_WORDS or w in lx.places() or w in lx.MONTHS for w in words):
            continue
        if all(_known_name(w) or namelike.name_like(w, 0.0) for w in words):
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.6, "person_rules")


# The parties of a case named by one word each ("Sache: Wolf ./. Kessler Logistik AG", "SARL Vautrin c/
# Bellamy", "Akte Schröder gegen Bauer Immobilien", "dossier Benali c/ SCI Les Tilleuls"); not "vs", which
# compares anything ("budget vs actual", "Bangladés vs España")
_CASE = regex.compile(
    r"(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’-]+)[ \t]+(?:\./\.|c/|v\.|contre|contra|gegen|tegen)[ \t]+"
    r"(\p{Lu}[\p{L}\p{M}'’-]+)"
)
_CASE_HINTS = ("./.", " c/ ", " v. ", " contre ", " contra ", " gegen ", " tegen ")
_OF_CAPITAL = regex.compile(r"[ \t]+(?:de|del|des|du|van|von|der|di|da)[ \t]+\p{Lu}")
# Capitalised words that label a case before its first party (German nouns and line openers)
_CASE_LABELS = word_set(
    "sache sachstand akte mandat mandant verfahren rechtsstreit dossier affaire note objet caso expediente "
    "asunto zaak case matter re betreff aktennotiz"
)
_WORD_BEFORE = regex.compile(r"(\S+)[ \t]*$")


def case_parties(text: str) -> Iterator[Span]:
    """Each party of a case that is a single word standing alone, so a person (a firm goes on in capitals or
    has a legal form before it): the case sign is the cue, so a word-name counts ("Wolf ./.")."""
    if not any(hint in text for hint in _CASE_HINTS):
        return
    for m in _CASE.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start(1))
        prev = before.group(1) if before is not None else ""
        prev_ok = (
            not prev
            or prev.endswith((":", "\n"))
            or (prev[:1].isalpha() and prev[:1].islower())
            or fold_str(prev.strip(":")) in _CASE_LABELS
            or prev in ("–", "-", "(", "«", '"', "„")
        )
        if prev_ok and _party(m.group(1)):
            yield Span(m.start(1), m.end(1), "PERSON", 0.7, "person_rules")
        rest = text[m.end(2) : m.end(2) + 3].lstrip(" \t")
        of_more = _OF_CAPITAL.match(text, m.end(2)) is not None  # "Provincia de Buenos Aires"
        if _party(m.group(2)) and not (rest[:1].isupper() or rest[:1] in ("&", "+") or of_more):
            yield Span(m.start(2), m.end(2), "PERSON", 0.7, "person_rules")


def _party(word: str) -> bool:
    folded = fold_str(word)
    return (
        len(folded) >= 3
        and not word.isupper()
        and not blocked(folded)
        and folded not in _LEGAL_FORMS
        and folded not in lx.places()
        and folded not in lx.MAJOR_CITIES
        and folded not in lx.MONTHS
        and folded not in _CASE_LABELS
    )


# A family named by its surname: "the Zwane family", "Familie Öztürk", "la famille Diallo", "la familia
# Quispe", "de familie De Vries", "bei Fam. Hoffmann", "the Naidoos" (a plural of a surname of the lists after "the")
_FAMILY = regex.compile(
    r"(?<![\p{L}])(?:(?:[Tt]he|[Tt]his)[ \t]+(?P<a>\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)[ \t]+"
    r"(?:family|household|families)"
    r"|(?:[Ff]amilie|[Ff]amille|[Ff]amilia|[Ff]amília|[Ff]am\.)[ \t]+"
    r"(?P<b>\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:[ \t]\p{Lu}[\p{Ll}'’]+)?)"
    r"|[Tt]he[ \t]+(?P<c>\p{Lu}[\p{Ll}'’]+s)(?=[ \t]+(?:and|&|both|have|had|are|were|will|said|asked|called)\b)"
    r"|[Ll]os[ \t]+(?P<d>\p{Lu}[\p{Ll}'’]+)(?=[ \t]*(?:,|(?:y|e|ya|no|confirmaron|pagaron|llegaron|dijeron|"
    r"firmaron|vienen|van|están|estan|son|quieren|piden|tienen)\b))"
    # "la casa de los Batz", "la de los Bakker", "con los Janssen": a family by its plural article after a preposition
    r"|(?<![\p{L}])(?:de|con|a|para)[ \t]+los[ \t]+(?P<e>\p{Lu}[\p{Ll}'’]+)(?![\p{L}\p{M}'’-]|[ \t]+\p{Lu}))"
)


# Words before "family" that say what kind of family it is, names of the lists though some are ("The Royal family")
_FAMILY_WORDS = lx.word_set(
    "royal extended whole nuclear immediate entire host foster happy young big new old product crime language "
    "font plant same"
)


def family_names(text: str) -> Iterator[Span]:
    """The surname of a family the text names as a family (a surname of the lists or a word spelt like one;
    "the Johnson family", "Familie Öztürk", "the Ali family", "la casa de los Batz"; a plural only of a surname of
    the lists: "the Naidoos and")."""
    lower = text.lower()
    if (
        "amil" not in text
        and "amíl" not in text
        and "am." not in lower
        and "the " not in lower
        and "los " not in lower
    ):
        return
    for m in _FAMILY.finditer(text):
        group = next(g for g in "abcde" if m.group(g))
        start, end = m.span(group)
        words = [fold_str(w) for w in m.group(group).split()]
        if group == "b" and len(words) == 2 and not known_surname(words[1]):
            words, end = words[:1], start + len(m.group(group).split()[0])  # "familia Ruiz Compró": one
        if group == "c":
            words = [words[0][:-1]]  # "the Naidoos": the surname Naidoo
        for folded in words:
            # a name of the lists that is also a word, named as a family ("the Ali family", "Familie Koch")
            named = (
                group in "abe"
                and (known_surname(folded) or known_first(folded, ambiguous_ok=True))
                and folded not in _FAMILY_WORDS
            )
            if blocked(folded) or folded in lx.TEAM_WORDS or folded in lx.places():
                break
            if lx.plain_word(folded) and not named:
                break
            spelt = group in "abe" and namelike.name_like(
                folded, 0.3
            )  # "the Zwane family"; "los" needs a list
            if (
                folded in lx.ORG_INDICATORS
                or folded in lx.MAJOR_CITIES
                or not (known_surname(folded) or spelt)
            ):
                break
        else:
            yield Span(start, end, "PERSON", 0.7, "person_rules")


# Initials spaced or dotted before a surname in capitals, as banks and registers write a payee ("A O ADEBAYO",
# "K.R. NAIDU", "S O OGUNLEYE")
_INITIALS_CAPS = regex.compile(
    r"(?<![\p{L}\d.])(?P<who>(?:\p{Lu}(?:\.[ \t]?|[ \t])(?!\p{Ll})){1,3}[ \t]?(?P<s>\p{Lu}[\p{Lu}'’]{2,}(?:-\p{Lu}[\p{Lu}'’]{2,})?))"
    r"(?![\p{L}\d])"
)


def initials_caps_surname(text: str) -> Iterator[Span]:
    """One to three initials and a surname of the lists in capitals that is no word nor acronym."""
    for m in _INITIALS_CAPS.finditer(text):
        surname = fold_str(m.group("s"))
        if m.group("s") in _ACRONYMS or blocked(surname) or lx.plain_word(surname) or surname in lx.places():
            continue
        initials = m.group("who")[: m.start("s") - m.start("who")]
        if sum(1 for c in initials if c.isupper()) < 1 or "I" in initials.split():
            continue
        if all(known_surname(p) for p in surname.split("-")):
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.7, "person_rules")


# Whose name a receipt, an account or a contract is made out in ("au nom de Rosemond Désir", "a nombre de Paz
# Etchepare", "op naam van Lotte Vercruysse", "in the name of ...", "lautend auf ..."): one to four capitalised words,
# particles between them
_IN_THE_NAME_OF = regex.compile(
    r"(?<![\p{L}])(?i:au[ \t]+nom[ \t]+de|a[ \t]+nombre[ \t]+de|op[ \t]+naam[ \t]+van|ten[ \t]+name[ \t]+van|"
    r"in[ \t]+the[ \t]+name[ \t]+of|im[ \t]+namen[ \t]+von|lautend[ \t]+auf|en[ \t]+nombre[ \t]+de)[ \t]+"
    r"(?P<who>\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:(?:de|del|la|van|von|der|den|du|da|dos)[ \t]+)?\p{Lu}[\p{L}'’-]+){0,3})"
)


def named_in(text: str) -> Iterator[Span]:
    """The person a receipt, an account or a contract is made out to (see ``_IN_THE_NAME_OF``): a full name, or one
    word of the lists or spelt like a name; no firm's, team's or month's word, no company form."""
    if (
        "nom" not in text
        and "name" not in text
        and "naam" not in text
        and "namen" not in text
        and "auf" not in text
    ):
        return
    for m in _IN_THE_NAME_OF.finditer(text):
        words = [w for w in m.group("who").split() if fold_str(w) not in _SURNAME_PARTICLES]
        folded = [fold_str(w) for w in words]
        if any(
            blocked(w)
            or w in lx.TEAM_WORDS
            or w in lx.MONTHS
            or w in lx.ORG_INDICATORS
            or w in lx.NON_PERSON_TAILS
            for w in folded
        ):
            continue
        # a name of the lists or spelt like one, or a full name of two words or more ("Rosemond Désir")
        if len(folded) >= 2 or all(_known_name(w) or namelike.name_like(w, 0.0) for w in folded):
            yield Span(m.start("who"), m.end("who"), "PERSON", 0.7, "person_rules")
