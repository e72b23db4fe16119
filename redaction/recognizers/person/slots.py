"""Names by the slot they fill, and names found in part made whole: a surname of the lists alone where only a
person stands (``surname_slots``), and a first name or surname going on to the rest of the name
(``extend_name``, applied by the engine to every person span)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import regex

from redaction import lexicon as lx
from redaction import namelike
from redaction.normalize import fold_str
from redaction.recognizers.person.named import PLACE_HEADS
from redaction.recognizers.person.tokens import Token, blocked, is_cap, known_first, known_surname
from redaction.recognizers.person.words import (
    _AUXILIARIES,
    _PLACE_PREPS,
    _SUBJECT_AUX,
    DETERMINERS,
    EAST_ASIAN_SURNAMES,
    PARTICLES,
)
from redaction.types import Span

_PARTICLE_SURNAME = regex.compile(
    r"[ \t]+((?:(?:van|von|de|der|den|du|la|le|del|della|di|da|dos|das|ter|ten|te|zu|vom|'t|’t)[ \t]+){1,3})"
    r"(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?![\p{L}\d])"
)
# the next capitalised word of a name ("Soo-jin Han", "Anh Thư Lê")
_NEXT_WORD = regex.compile(r"[ \t](\p{Lu}[\p{Ll}'’]*(?:-\p{Lu}?[\p{Ll}'’]+)?)(?![\p{L}\d])")
# initials without dots before a surname ("account name M R Chaudhry")
_BARE_INITIALS = regex.compile(r"(?<![\p{L}\d.])((?:\p{Lu}[ \t]){1,2})\Z")
_PREV_CAP = regex.compile(r"(?<![\p{L}\p{M}.])(\p{Lu}[\p{Ll}\p{M}]+) \Z")
_DATE_BEFORE = regex.compile(
    r"(?:\d|\b(?i:in|op|im|en|de|of|van|vanaf|until|since|tot|bis|ab|from|to|du|au|el|del|à|a))[ \t.]*\Z"
)
_SURNAME_INITIAL = regex.compile(r"[ \t]\p{Lu}\.(?![\p{L}\d])")
# ... in lower case, where a log's author stamp or a line ends ("[ciarán d.]", "by: kayla m.")
_LOWER_INITIAL = regex.compile(r"[ \t]\p{Ll}\.(?=[ \t]*(?:\]|\)|:|\n|$))")
_DOTTED_INITIALS = regex.compile(r"(?<![\p{L}\d.-])(?:\p{Lu}\.-?[ \t]?){1,3}[ \t]\Z")  # "J.M. ", "H.-G. "


# a double family name whose second part starts with its particle: "Nguyen-de Vries", "Jansen-van der Berg"
_HYPHEN_PARTICLE = regex.compile(
    r"-(?:van[ ]der|van[ ]den|van[ ]de|van|de|der|den|ter|ten|von|vom|zu|da|di|del|la|le)[ ]\p{Lu}\p{Ll}+(?![\p{L}-])"
)


def extend_name(text: str, span: Span) -> Span:
    """A name found in part goes on to its whole: a first name into a surname with particles ("Storm de
    Graaf", "Daan van 't Hof"; not into a place: "Ana de Madrid"), a name into the next capitalised words
    that the lists know as surnames or first names ("Soo-jin Han", "Anh Thư Lê"), a surname back to initials
    written without dots ("M R Chaudhry"), a family name into its second part after a hyphen and a particle
    ("Nguyen-de Vries")."""
    if span.kind != "PERSON":
        return span
    span = _extend_name(text, span)
    m = _HYPHEN_PARTICLE.match(text, span.end) if text[span.end : span.end + 1] == "-" else None
    return span if m is None else replace(span, end=m.end())


def _extend_name(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    words = text[start:end].split()
    first = fold_str(words[0]) if words else ""
    m = _PARTICLE_SURNAME.match(text, end) if len(words) == 1 else None
    # a given name no list knows but spelt like one takes a family name of the lists or spelt clearly like one
    # ("Harrie van Gorp")
    spelt = m is not None and not known_first(first, ambiguous_ok=True) and namelike.name_like(first, 0.0)
    if m is not None and (known_first(first, ambiguous_ok=True) or spelt):
        surname = fold_str(m.group(2))
        bad = surname in lx.places() or blocked(surname) or surname in lx.TEAM_WORDS or surname in lx.MONTHS
        bad = bad or surname in PLACE_HEADS  # "Ramón de la Av. Central": the avenue, not a surname
        bar = 0.3 if spelt else -0.5
        if not bad and ("-" in surname or known_surname(surname) or namelike.name_like(surname, bar)):
            end = m.end()
    elif words and len(words) < 4 and (known_first(first, ambiguous_ok=True) or "-" in words[0]):
        strict = known_first(first, ambiguous_ok=False) and first not in lx.word_like_names()
        # two given names and two family names ("Juan Pablo Ordóñez Vintimilla", "Francisca Javiera Muñoz Tapia")
        while len(text[start:end].split()) < (4 if len(words) < 3 else 5):
            nxt = _NEXT_WORD.match(text, end)
            if nxt is None and len(text[start:end].split()) >= 2:
                # a family name after its particles, once the name is whole ("Karla Ivonne Salinas de la Garza",
                # "Wander Guarionex de la Cruz Peña"): a surname of the lists only
                part = _PARTICLE_SURNAME.match(text, end)
                firm_on = regex.match(r"[ \t]+\p{Lu}", text[part.end() :]) if part is not None else None
                if part is not None and known_surname(fold_str(part.group(2))) and firm_on is None:
                    surname = fold_str(part.group(2))
                    if not (blocked(surname) or surname in lx.MAJOR_CITIES or surname in PLACE_HEADS):
                        end = part.end()
                        continue
                break
            if nxt is None:
                break
            word = fold_str(nxt.group(1))
            # "Jeroen Vos", "Pilar Rey Blanco": a surname that is a word, after a first name that is none
            worded = word in lx.word_surnames() and nxt.group(1)[:1].isupper() and strict
            known = (
                known_surname(word)
                or known_first(word, ambiguous_ok=False)
                or word in EAST_ASIAN_SURNAMES
                or worded
            )
            if not known or word in lx.places() or word in lx.MAJOR_CITIES or word in lx.NON_PERSON_TAILS:
                break
            if blocked(word) and word not in EAST_ASIAN_SURNAMES and not worded:
                break
            if len(text[start:end].split()) >= 3 and (
                lx.plain_word(word) or _NEXT_WORD.match(text, nxt.end())
            ):
                break  # a fourth word only as the name's last, no word ("Friedrich Sommer Logistik GmbH")
            if word in lx.MONTHS or word in lx.TEAM_WORDS or word in lx.ORG_INDICATORS:
                break
            end = nxt.end()
    if len(words) == 1 and known_surname(first):
        left = _BARE_INITIALS.search(text, max(0, start - 5), start)
        if left is not None and left.group(1).strip() not in ("I", "A"):
            start = left.start()
    if len(words) == 1 and end == span.end and known_first(first, ambiguous_ok=True):
        initial = _SURNAME_INITIAL.match(text, end)  # "Itziar G.", "Noor H.", "Rose N."
        if initial is not None:
            end = initial.end() - 1 if initial.group(0).endswith((" ", "\t", "\n")) else initial.end()
    if len(words) >= 2 and known_first(first, ambiguous_ok=True):
        before = _PREV_CAP.search(
            text, max(0, start - 20), start
        )  # "Mei Ling Tan": a given name of two words
        if before is not None:
            word = fold_str(before.group(1))
            # a month only when no date word comes before it ("met Mei Ling Tan", not "in Mei Ling")
            dated = word in lx.MONTHS and _DATE_BEFORE.search(
                text, max(0, before.start(1) - 12), before.start(1)
            )
            # or a Vietnamese or Chinese family name first ("Tran Thi Linh", "Lim Wei Ling")
            east = word in EAST_ASIAN_SURNAMES and before.group(1)[1:].islower()
            if (known_first(word, ambiguous_ok=True) and not blocked(word) or east) and not dated:
                start = before.start(1)
    if len(words) == 1 and start == span.start and words[0][:1].isupper():
        left = _DOTTED_INITIALS.search(text, max(0, start - 9), start)  # "D. Young", "J.M. Bravo"
        if left is not None:
            start = left.start()
    if (
        start >= 3
        and regex.match(r"\p{Lu}\.", text[start : start + 2])
        and regex.fullmatch(r"(?<![\p{L}.])\p{Lu}\.-", text[start - 3 : start])
    ):
        start -= 3  # "H.-G. Schnorrbusch", "J.-P. Martin": a hyphenated given name's initials
    if len(words) == 1 and end == span.end and words[0].islower() and known_first(first, ambiguous_ok=True):
        low = _NEXT_LOWER.match(text, end)  # "send it to jasmine tan", "ask wei ling lim": a lower-case chat
        if low is not None and low.group(1) in EAST_ASIAN_SURNAMES:
            end = low.end()
        initial = _LOWER_INITIAL.match(text, end)  # "[ciarán d.] Inbound", "Notes by: kayla m."
        if initial is not None and end == span.end:
            end = initial.end()
    if words and start == span.start and known_first(first, ambiguous_ok=True):
        left = _MARIA_BEFORE.search(text, max(0, start - 6), start)  # "Ma. Theresa Villanueva", "Mª José"
        if left is not None:
            start = left.start()
    if words and start == span.start and words[0][:1].isupper():
        left = _MOHD_BEFORE.search(text, max(0, start - 6), start)  # "Md. Shafiqul Islam", "Mohd Faizal"
        if left is not None:
            start = left.start()
    if len(words) == 2 and fold_str(words[0]) in EAST_ASIAN_SURNAMES and fold_str(words[1]) in ("thi", "van"):
        given = _VIETNAMESE_GIVEN.match(
            text, end
        )  # "Nguyen Thi Thu Hà", "Tran Van Minh": the given name after
        if given is not None:
            end = given.end()
    if words:
        kin = _KIN_LINK.match(text, end)  # "Rajesh Kumar a/l Subramaniam", "Priya d/o Ramasamy"
        if (
            kin is not None
            and not blocked(fold_str(kin.group("name")))
            and (
                kin.group("link") != "wa"
                or known_first(fold_str(kin.group("name")), ambiguous_ok=True)
                or known_surname(fold_str(kin.group("name")))
            )
        ):
            end = kin.end()
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.kind, span.score, span.recognizer, span.canonical)


# A Vietnamese given name after the family name and "Thi"/"Van": one or two capitalised syllables
_VIETNAMESE_GIVEN = regex.compile(
    r"(?:[ \t]\p{Lu}\p{Ll}{0,5}(?![\p{L}\d]))(?:[ \t]\p{Lu}\p{Ll}{0,5}(?![\p{L}\d.]))?"
)
_NEXT_LOWER = regex.compile(r"[ \t](\p{Ll}+)(?![\p{L}\d@.])")
# "Ma." and "Mª": María written short before the second given name (Philippines, Spain)
# and the written short forms of Mohammad and Mosammat in South Asia and Malaysia ("Md. Shafiqul Islam", "Mohd
# Faizal", "Mst. Rokeya")
_MARIA_BEFORE = regex.compile(r"(?<![\p{L}.])(?:Ma\.|Mª|M\.ª)[ \t]*$")
_MOHD_BEFORE = regex.compile(r"(?<![\p{L}.])(?:Md\.?|Mohd\.?|Muhd\.?|Mst\.)[ \t]*$")
# Malaysian and Singaporean patronymic links: "a/l" (son of), "a/p" (daughter of), "s/o", "d/o", and the Malay
# "bin", "binti", "binte", "bte" ("Siti Aishah bte Abdullah"), in capitals too ("SELVARAJAH A/L MUNUSAMY"); the
# Kikuyu "wa" before a name of the lists ("Njoroge wa Kamau")
_KIN_LINK = regex.compile(
    r"[ \t]+(?P<link>a/l|a/p|s/o|d/o|A/L|A/P|S/O|D/O|binte|binti|bte|bt|bin|bint|BIN|BINTI|wa)[ \t]+"
    r"(?P<name>\p{Lu}(?:[\p{Ll}'’-]+|[\p{Lu}'’-]+(?![\p{Ll}])))"
)


# Words after which a clause starts ("fwiw Hargreaves already sent", "so Tuilagi reckons")
_OPENERS = lx.word_set(
    "fwiw btw so but then also anyway dann aber auch also donc alors mais aussi pero entonces también "
    "tambien maar dan ook"
)
_SLOT_PUNCT = frozenset({".", ";", ":", ",", "\n", "(", "-", "–", "!", "?"})
# Words that hand something to, from or through a person, before a surname that ends its phrase
_PERSON_PREPS = lx.word_set(
    "by via durch laut selon según segun volgens chez bij door with mit avec met con to an à aan from von par "
    "for für pour para voor"
)
# "according to" opening a sentence ("Selon Wiśniewski, on peut", "Laut Brzezinski ist")
_ACCORDING = lx.word_set("selon según segun laut volgens")
_ENDS = frozenset({".", "!", "?", "\n", ":"})
# A person's affair named after them, after "the"
_AFFAIR_NOUNS = lx.word_set(
    "file files statement statements guarantee report case matter account estate claim contract return "
    "dossier appeal will probate mandate"
)
# Romance "of" before a person's affair ("la demanda de Ionescu", "lo de Quispe", "le dossier de Lebrun")
_OF_ROMANCE = frozenset({"de", "del", "d'"})
_AFFAIRS = lx.word_set(
    "lo caso expediente demanda accidente despido contrato nomina nómina baja alta finiquito dossier affaire "
    "contrat demande licenciement accident arrêt arret certificados certificado"
)


_ISOLATED_AFTER = frozenset({",", ".", ";", "?", "!", ")", "\n"})


def _firm_ahead(tokens: list[Token], i: int) -> bool:
    """A firm's name goes on after token ``i`` within its clause ("auditados por Cifuentes, Orellana y
    Asociados"): a capitalised business noun or a legal form in the next four tokens."""
    for tok in tokens[i + 1 : i + 5]:
        if tok.text in (".", "\n", ";", ":", "(", "?", "!"):
            return False
        if tok.text[:1].isupper() and (tok.folded in lx.NON_PERSON_TAILS or tok.text in lx.ORG_SUFFIXES):
            return True
    return False


def _place_or_particle(folded: str) -> bool:
    return folded in _PLACE_PREPS or folded in PARTICLES or folded in DETERMINERS or folded in _OF_ROMANCE


def surname_slots(tokens: list[Token], lang: str) -> Iterator[Span]:
    """A surname of the lists alone where only a person stands: opening a clause before a verb or an
    auxiliary in lower case ("; Tuilagi reckons", "fwiw Hargreaves already sent", "2) Gallagher: NI number"),
    or, in French and Spanish, after "de" closing a noun phrase ("la demanda de Ionescu no", "lo de Quispe.").
    Never a first name, a place, a month or a word of the lists of non-persons."""
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if not tok.text[0].isupper() or not known_surname(tok.folded):
            continue
        if not (is_cap(tok) and tok.text.isalpha() and not tok.text.isupper() and len(tok.text) >= 3):
            continue
        folded = tok.folded
        if known_first(folded, ambiguous_ok=True) or blocked(folded):
            continue
        if (
            folded in lx.places()
            or folded in lx.MAJOR_CITIES
            or folded in lx.MONTHS
            or folded in lx.TEAM_WORDS
        ):
            continue
        prev = tokens[i - 1] if i else None
        nxt = tokens[i + 1] if i + 1 < n else None
        if nxt is not None and (is_cap(nxt) or nxt.text in ("&", "+")):
            continue  # a firm or a longer name goes on ("Hargreaves Lansdown", "Smit & Visser")
        opens = prev is None or prev.text in _SLOT_PUNCT or (prev.folded in _OPENERS and prev.text.islower())
        verb = (
            nxt is not None
            and nxt.text.isalpha()
            and nxt.text.islower()
            and (
                nxt.folded not in lx.all_stopwords()
                or nxt.folded in _SUBJECT_AUX
                or nxt.folded in _AUXILIARIES
            )
        )
        # at a sentence's start a capital says nothing: only a verb of a person or an auxiliary counts there
        sentence = prev is None or prev.text in (".", "!", "?", "\n")
        if verb and sentence and nxt is not None:
            person_verb = nxt.folded in lx.COMM_VERBS or nxt.folded in lx.STRONG_VERBS
            verb = person_verb or nxt.folded in _SUBJECT_AUX or nxt.folded in _AUXILIARIES
        item = prev is not None and prev.text == ")" and nxt is not None and nxt.text == ":"
        of_affair = (
            lang in ("fr", "es")
            and i >= 2
            and prev is not None
            and prev.folded in _OF_ROMANCE
            and prev.text.islower()
            and tokens[i - 2].folded in _AFFAIRS
            and (nxt is None or not nxt.text[:1].isalpha() or nxt.text.islower())
        )
        # after a word that hands something to, from or through a person ("chaired by Halvorsen", "Kontrolle
        # durch Wojciechowski", "selon Wiśniewski", "met Hendrikje"), the name ending its phrase
        handed = (
            prev is not None
            and (
                prev.text.islower() or (prev.folded in _ACCORDING and (i < 2 or tokens[i - 2].text in _ENDS))
            )
            and (prev.folded in _PERSON_PREPS or prev.text in _PERSON_PREPS)  # the French "à" by its letters
            and (nxt is None or not nxt.text[:1].isalpha() or nxt.text.islower())
            and not lx.plain_word(folded)
        )
        # a person's affair named after them ("the Lindqvist file", "the Kowalczyk statement")
        affair = (
            prev is not None
            and prev.folded in ("the", "this", "that")
            and nxt is not None
            and nxt.folded in _AFFAIR_NOUNS
            and not lx.plain_word(folded)
        )
        # a surname of the lists that is no common word, alone among lower-case words inside a clause ("which
        # Oduya looked at", "rechnet Pham nochmal nach", "inviter Vukovic à la", "2) Petrescu conteste"): not
        # after an article, a particle or a word of place ("en Pozuelo", "de Blasco", "the Nordvik account")
        isolated = (
            prev is not None
            and nxt is not None
            and not lx.plain_word(folded)
            and (
                (prev.text.isalpha() and prev.text.islower() and not _place_or_particle(prev.folded))
                or (prev.text == ")" and i >= 2 and tokens[i - 2].text.isdigit())
            )
            and ((nxt.text.isalpha() and nxt.text.islower()) or nxt.text in _ISOLATED_AFTER)
        )
        # a family name of the lists that is no word heading a list item or a log line ("- Mannion: sole
        # trader", "- Zielinski – tax clearance cert", "22/08 13:00 – Lombardi. Met at a café")
        headed = (
            prev is not None
            and prev.text in ("-", "–", "•", "*", "\n")
            and nxt is not None
            and nxt.text in (":", "–", "-", ".")
            and not lx.plain_word(folded)
        )
        if (handed or isolated) and _firm_ahead(tokens, i):
            handed = isolated = False
        if (opens and verb and i > 0) or item or of_affair or handed or affair or isolated or headed:
            yield Span(tok.start, tok.end, "PERSON", 0.55, "person_rules")


# Words after which a name no list knows is a person, outside German (where every noun has a capital): the
# words that hand something to or through a person, and "a"/"à" in Spanish and French ("a Hakima para"); not
# "from", after which a firm stands as often ("Pat from Northwind asked")
_UNKNOWN_PREPS = (_PERSON_PREPS | lx.word_set("maar mais pero but")) - lx.word_set("from von")
_UNKNOWN_PREPS_ES = lx.word_set("a")
# after the name, words that go on with a place or a firm ("Forjas del Norte", "Vanderlande in Veghel")
_PLACE_GOES_ON = lx.word_set("de del des du van von in en y and et und of la le el")


def unknown_slots(tokens: list[Token], lang: str) -> Iterator[Span]:
    """A capitalised word no name list, dictionary or place list knows, spelt like a name, after a word that
    hands something to a person ("chez Aurèle.", "à Jacinthe)", "volgens Latuheru lost", "a Hakima para"):
    four letters or more, in English, French, Spanish or Dutch, ending its phrase or before a lower-case word
    that does not go on with a place or a firm."""
    if lang not in ("en", "fr", "es", "nl"):
        return
    n = len(tokens)
    for i in range(1, n - 1):
        tok = tokens[i]
        word = tok.text
        if not (len(word) >= 4 and word.isalpha() and word[0].isupper() and word[1:].islower()):
            continue
        folded = tok.folded
        if known_first(folded, ambiguous_ok=True) or known_surname(folded) or blocked(folded):
            continue
        if folded in lx.common_words() or folded in lx.places() or folded in lx.MAJOR_CITIES:
            continue
        if folded in lx.TEAM_WORDS or folded in lx.ORG_INDICATORS or folded in lx.word_surnames():
            continue
        prev, nxt = tokens[i - 1], tokens[i + 1]
        if not (
            prev.text.islower()
            # the French "à" by its letters (it folds to the Spanish "a")
            and (
                prev.folded in _UNKNOWN_PREPS
                or prev.text in _UNKNOWN_PREPS
                or (lang == "es" and prev.folded in _UNKNOWN_PREPS_ES)
            )
        ):
            continue
        if not (
            nxt.text in _ISOLATED_AFTER
            or (nxt.text.isalpha() and nxt.text.islower() and nxt.folded not in _PLACE_GOES_ON)
        ):
            continue
        if namelike.name_like(folded, -0.5) and not _firm_ahead(tokens, i):
            yield Span(tok.start, tok.end, "PERSON", 0.55, "person_rules")


def caps_first_names(tokens: list[Token]) -> Iterator[Span]:
    """A first name of the lists written in capitals inside lower-case text ("Danke an JANA an der Theke",
    "Filiale Hafen, FINN hatte Dienst", "ask FERGUS to answer"): four letters or more, no word-like name, after a
    lower-case word or a comma and before a lower-case word (not an acronym ending its phrase: "école INSA.",
    "ante el SIMA;")."""
    n = len(tokens)
    for i in range(1, n - 1):
        tok = tokens[i]
        word = tok.text
        if not (len(word) >= 4 and word.isupper() and word.isalpha()):
            continue
        folded = tok.folded
        if not known_first(folded, ambiguous_ok=False) or folded in lx.word_like_names() or blocked(folded):
            continue
        prev, nxt = tokens[i - 1], tokens[i + 1]
        if (prev.text == "," or (prev.text.isalpha() and prev.text.islower())) and (
            nxt.text.isalpha() and nxt.text.islower()
        ):
            yield Span(tok.start, tok.end, "PERSON", 0.55, "person_rules")


# Words after which a clause goes on with its subject: conjunctions that open a clause, in our languages
_CLAUSE_CONJ = lx.word_set(
    "bevor wie dass ob wenn weil sobald nachdem damit als avant comme que si quand parce puisque antes como "
    "cuando porque voordat zoals dat of omdat zodra before as that if when because whether since once"
)


def word_surname_slots(tokens: list[Token]) -> Iterator[Span]:
    """A surname that is also a word ("Sommer", "Wolf", "Haas", "Garnier") between an auxiliary or a
    conjunction that opens a clause and a lower-case word: the clause's subject ("hat Sommer geprüft", "soll
    Wolf eine Befragung", "bevor Wendt den Entwurf", "que Garnier devait"); not before "and"/"or" or a
    particle ("is Laan van Meerdervoort")."""
    n = len(tokens)
    for i in range(1, n - 1):
        tok = tokens[i]
        if not (is_cap(tok) and tok.text.isalpha() and not tok.text.isupper() and len(tok.text) >= 3):
            continue
        folded = tok.folded
        if not (folded in lx.word_surnames() or (known_surname(folded) and folded in lx.common_words())):
            continue
        if blocked(folded) or folded in lx.places() or folded in lx.MONTHS or folded in lx.TEAM_WORDS:
            continue
        prev, nxt = tokens[i - 1], tokens[i + 1]
        if not (
            prev.text.islower()
            and (prev.folded in _SUBJECT_AUX or prev.folded in _AUXILIARIES or prev.folded in _CLAUSE_CONJ)
        ):
            continue
        if (
            nxt.text.isalpha()
            and nxt.text.islower()
            and nxt.folded not in lx.COORDINATORS
            and nxt.folded not in ("van", "von")
        ):
            yield Span(tok.start, tok.end, "PERSON", 0.55, "person_rules")
