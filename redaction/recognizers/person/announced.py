"""Names a word announces: a title, a family word, a greeting or role, a closing, a hand-over verb, a note's
"with", a first name of the lists, an @-mention; and the signature line under a closing formula.

"Herr Vöhringer", "Dr. Anna Weber", "su hija Mei", "Hi Sophie", "Thanks, Mark", "approved by Grant Wilson",
"reunión c/ Tapia", "Wiebke Janssen", "@sophie.martin", "Viele Grüße\\nWiebke Janssen".
"""

from __future__ import annotations

from collections.abc import Iterator

from redaction import lexicon as lx
from redaction import namelike
from redaction.recognizers.person.cues import CueRules
from redaction.recognizers.person.filters import POSSESSIVE_S
from redaction.recognizers.person.positions import (
    _after_travel,
    _initial_after,
    _lone_noun,
    _name_with_initials,
    _places_ahead,
    _signs_off,
)
from redaction.recognizers.person.tokens import (
    Token,
    _lowercase_name,
    _mention,
    blocked,
    chain,
    is_cap,
    known_first,
    known_surname,
)
from redaction.recognizers.person.words import _LOWER_TITLES, CLOSINGS, PARTICLES
from redaction.types import Span

# Titles written out: a full stop after them ends a sentence ("Ok sir. His PA said")
_WORD_TITLES = lx.word_set(
    "sir madam herr frau señor senor señora senora monsieur madame mister miss lady lord"
)


# Academic titles that announce a lower-case name only with their dot ("fr. mag. pichler", not "the dr said")
_DOTTED_ONLY = lx.word_set("dr mag prof")


def _titled_word(tok: Token, nxt: Token | None = None) -> bool:
    """A capitalised word after a title that names no role, title, month or team ("Herr Vos", "Mr Long"); a
    month's word of three letters or more, not before a figure, is a name there ("Kuya Jun", "Ms May")."""
    if not (is_cap(tok) and tok.text.isalpha() and len(tok.text) >= 2 and not tok.text.isupper()):
        return False
    folded = tok.folded
    if folded in lx.MONTHS and len(folded) >= 3 and known_first(folded, ambiguous_ok=True):
        return nxt is None or not (nxt.text[:1].isdigit() or nxt.folded in ("de", "of"))
    return not (
        folded in lx.STOPWORDS["en"]
        or folded in lx.STOPWORDS["de"]
        or folded in lx.TITLES
        or folded in lx.ROLE_WORDS
        or folded in lx.TEAM_WORDS
        or folded in lx.MONTHS
        or folded in lx.WEEKDAYS
        or folded in lx.ORG_INDICATORS
    )


# Words before a street named after a titled person ("calle Doctor Esquerdo", "rue du Professeur Calmette")
_STREET_HEADS = lx.word_set(
    "calle avenida avda plaza paseo camino rue avenue boulevard place quai allée allee du straat laan plein "
    "street road avenue straße strasse platz via"
)


def _kin_name(tokens: list[Token], k: int) -> bool:
    """A capitalised word after a family word that no date, title or team word makes something else."""
    tok = tokens[k]
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return (
        is_cap(tok)
        and tok.text.isalpha()
        and len(tok.text) >= 2
        and not tok.text.isupper()
        and not blocked(tok.folded)
        and not after[:1].isdigit()
        and tok.folded not in lx.TEAM_WORDS
        and tok.folded not in lx.ORG_INDICATORS
    )


def _number_after(tokens: list[Token], end: int) -> bool:
    """A house number after a comma ("c/ Mayor, 12"): a street, not a person."""
    return end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].text[:1].isdigit()


def day_heads(tokens: list[Token]) -> int:
    """Days of a timesheet opening its lines ("Lun: ...", "Mié: ..."): weekday abbreviations before a colon."""
    return sum(
        1
        for k, t in enumerate(tokens[:-1])
        if t.folded in lx.WEEKDAY_ABBREVIATIONS and tokens[k + 1].text == ":"
    )


# The particles of a Dutch family name in lower case ("Tim de Vries", "Tom van der Wal", "Mark ter Horst"; not the
# German "zu" or "von": "Abstimmung mit Fuchs zu Brandschutz")
_SURNAME_PARTICLES = frozenset({"de", "van", "der", "den", "ter", "ten", "'t", "’t"})


def _particle_surname(tokens: list[Token], k: int, end: int) -> bool:
    """Lower-case particles, then a capitalised word that is no place, before ``end``: a family name, which an
    ambiguous given name before it makes a person's ("Tim de Vries", not "Rosa de Lima")."""
    p = k
    while p < end and tokens[p].text.islower() and tokens[p].folded in _SURNAME_PARTICLES:
        p += 1
    if p == k or p >= end:
        return False
    word = tokens[p].folded
    return word not in lx.places() and not blocked(word) and word not in lx.ORG_INDICATORS


class AnnouncedRules(CueRules):
    """The rules where a word announces the name that follows it."""

    def _rules(self, tokens: list[Token]) -> Iterator[Span]:
        names = lx.first_names()
        ambiguous = lx.ambiguous_names()
        n = len(tokens)
        i = 0
        while i < n:
            tok = tokens[i]
            nxt = i + 1
            if tok.text in ",:" or tok.text == "\n":
                i += 1
                continue
            # (a) title: "Herr Vöhringer", "Mme Dubois", "Dr. Anna Weber"
            dotted = nxt < n and tokens[nxt].text == "." and len(tok.text) >= 2  # "dhr. Boateng"
            written_out = tok.folded in lx.PRO_TITLES and len(tok.text) > 2
            if written_out and (dotted or (i and tokens[i - 1].folded in _STREET_HEADS)):
                i += 1  # "buen abogado. Cita asignada", "la calle Doctor Esquerdo"
                continue
            particle_next = nxt < n and tokens[nxt].folded in PARTICLES and tokens[nxt].text.islower()
            particle_next = particle_next and tok.folded not in ("ms", "m")  # "ms de facto"
            department = tok.text in ("HR", "FR")  # "Payroll & HR Ltd", "HR Advisor": no "Hr." (Herr)
            # "c.rouxweiss@wanadoo.fr. Inutile de ...": the end of an address or a domain, not "Fr." (Frau)
            department = department or (
                i > 0 and tokens[i - 1].end == tok.start and tokens[i - 1].text in (".", "/", "@")
            )
            if (
                tok.folded in lx.TITLES
                and not department
                and (is_cap(tok) or len(tok.text) >= 4 or dotted or particle_next)
            ):
                k = nxt + 1 if nxt < n and tokens[nxt].text == "." else nxt
                if tok.folded == "m" and k == nxt:
                    i += 1
                    continue
                end = chain(tokens, k, 3)
                if end == k and k < n and is_cap(tokens[k]) and tokens[k].folded in lx.NON_PERSON_TAILS:
                    end = max(k + 1, chain(tokens, k + 1, 2))  # "Mr Park Ji-hoon": a surname that is a word
                elif (
                    end == k
                    and k + 1 < n
                    and tokens[k].text.isalpha()
                    and tokens[k].text[:1].isupper()
                    and tokens[k].folded not in lx.TITLES  # not "Herr RA Tariq Mahmoud": a title's short form
                    and tokens[k + 1].start == tokens[k].end + 1
                    and is_cap(tokens[k + 1])
                    and known_surname(tokens[k + 1].folded)
                    and chain(tokens, k + 1, 2) > k + 1
                ):
                    # "mevrouw An Claeys", "Frau Else Berger": a given name that is also a word, then a surname
                    end = chain(tokens, k + 1, 2)
                elif (
                    end == k
                    and k < n
                    and not (k > nxt and tok.folded in _WORD_TITLES)
                    and _titled_word(tokens[k], tokens[k + 1] if k + 1 < n else None)
                ):
                    end = k + 1  # "Herr Vos", "Mrs Cook", "Frau Klein": after a title, a word is a surname
                fourth = tokens[end] if end - k == 3 and end < n else None
                if fourth is not None and is_cap(fourth) and known_surname(fourth.folded):
                    # "Lic. Ramón Emilio Hazoury Selman": two given names, two family names
                    end += not lx.plain_word(fourth.folded) and not blocked(fourth.folded)
                if end > k:
                    yield self._span(tokens, k, end, 0.85)
                    i = end
                    continue
                lower = tokens[k] if k < n else None
                p = k
                while p < n and p - k < 3 and tokens[p].text.islower() and tokens[p].folded in PARTICLES:
                    p += 1
                if (  # chat: "mr de jong van kantoor noordwal", "herr von bülow"
                    p > k
                    and p < n
                    and tok.text.islower()
                    and tok.folded in _LOWER_TITLES
                    and (k > nxt or tok.folded not in _DOTTED_ONLY)
                    and tokens[p].text.isalpha()
                    and tokens[p].text.islower()
                    and len(tokens[p].text) >= 3
                    and not blocked(tokens[p].folded)
                ):
                    yield self._span(tokens, k, p + 1, 0.6)
                    i = p + 1
                    continue
                if (
                    tok.text.islower()
                    and tok.folded in _LOWER_TITLES
                    and (k > nxt or tok.folded not in _DOTTED_ONLY)
                    and lower is not None
                    and lower.text.replace("-", "").isalpha()  # "maître dubois-fontaine"
                    and lower.text.islower()
                    and len(lower.text) >= 3
                    and not blocked(lower.folded)
                    and lower.folded not in lx.TITLES  # "señora abogada Ortega": the surname follows
                ):
                    yield self._span(tokens, k, k + 1, 0.6)  # chat: "mit der frau haberkorn telefoniert"
                    i = k + 1
                    continue
            # family: "su hija Mei hace de intérprete", "his wife Grace", "ihr Sohn Jonas" (no article after)
            kin = tok.folded in lx.KIN_CUES and tok.text.islower()
            if kin or (tok.folded in lx.KIN_CUES_DE and is_cap(tok) and i and tokens[i - 1].text.islower()):
                end = chain(tokens, nxt, 3)
                if end == nxt and nxt < n and _kin_name(tokens, nxt):
                    end = nxt + 1  # "su hija Mei": a month elsewhere, a name after a family word
                if end > nxt:
                    yield self._span(tokens, nxt, end, 0.75)
                    i = end
                    continue
            # (b) greeting or role: "Hi Sophie", "Ansprechpartner: Jan de Vries", "Thanks, Mark"
            if tok.folded in lx.PERSON_CUES or tok.folded in CLOSINGS:
                k = nxt
                while k < n and tokens[k].text in ",:-":
                    k += 1
                end = chain(tokens, k, 3)
                if end > k and (tok.folded in lx.PERSON_CUES or tokens[k].folded in names):
                    end = _initial_after(tokens, k, end)  # "Regards, Sowmya K."
                    yield self._span(tokens, k, end, 0.8)
                    i = end
                    continue
                # "Merci Adjovi,", "Thanks Rashida!": a word spelt like a name, alone before , ! or a line end
                closed = end == k + 1 and (end >= n or tokens[end].text in (",", "!", "\n"))
                if closed and tokens[k].text.isalpha() and namelike.name_like(tokens[k].folded):
                    yield self._span(tokens, k, end, 0.65)
                    i = end
                    continue
                # the text ends with a closing and one word: the writer's name ("Groet, Willemijn",
                # "groetjes noor"), spelt like a name or a known first name also in lower case
                if tok.folded in CLOSINGS and k < n and _signs_off(tokens, k, names):
                    yield self._span(tokens, k, k + 1, 0.6)
                    i = k + 1
                    continue
            # "reunión c/ Tapia", "visita obra c/ Popescu", "call w/ Okafor": a note's "with" (not "C/ Mayor, 12")
            if (
                tok.text in ("c", "w")
                and nxt + 1 < n
                and tokens[nxt].text == "/"
                and tokens[nxt].start == tok.end
            ):
                k = nxt + 1
                end = chain(tokens, k, 3)
                word = tokens[k].folded  # not "Cooperativa El Ceibo c/ Provincia de Buenos Aires" (contra)
                plain = lx.plain_word(word) and not (
                    known_surname(word) or known_first(word, ambiguous_ok=False)
                )
                if (
                    end > k
                    and not plain
                    and not (end < n and tokens[end].text[:1].isdigit())
                    and not _number_after(tokens, end)
                ):
                    yield self._span(tokens, k, end, 0.6)
                    i = end
                    continue
            # (c) hand-over: "approved by Grant Wilson", "met with Sophie", "freigegeben von Herrn X"
            handle = (
                nxt + 2 < n and tokens[nxt + 1].text == "." and tokens[nxt + 2].start == tokens[nxt + 1].end
            )
            handle = handle and tokens[nxt + 1].start == tokens[nxt].end and tokens[nxt + 2].text.isalpha()
            if (
                tok.folded in lx.PERSON_BY_CUES
                and handle
                and tokens[nxt].text.islower()
                and tokens[nxt + 2].text.islower()
            ):
                yield self._span(tokens, nxt, nxt + 3, 0.6)  # "reverted by a.rahman", "with j.doe"
                i = nxt + 3
                continue
            if tok.folded in lx.PERSON_BY_CUES and nxt < n:
                end = chain(tokens, nxt, 3)
                if end > nxt:
                    first = tokens[nxt].folded
                    name_words = sum(1 for t in tokens[nxt:end] if t.folded not in PARTICLES)
                    # "re-run by Kamalesh": one word no list knows, spelt like a name
                    # a lower bar when the name closes the text ("Dossier suivi par Lenaïg.")
                    closes = all(not t.text[0].isalnum() for t in tokens[end:])
                    bar = -0.1 if closes else 0.25
                    spelt = end == nxt + 1 and tokens[nxt].text.isalpha() and namelike.name_like(first, bar)
                    spelt = spelt and first not in lx.TEAM_WORDS  # "booked with Payroll"
                    if (first in names and not tokens[nxt].text.isupper()) or name_words >= 2 or spelt:
                        end = _name_with_initials(tokens, nxt)  # "comment by Batbayar G.:"
                        yield self._span(tokens, nxt, end, 0.7)
                        i = end
                        continue
                elif _lowercase_name(tokens[nxt], names, ambiguous) and tokens[nxt].folded not in lx.TITLES:
                    yield self._span(tokens, nxt, nxt + 1, 0.6)  # "met with sophie", not "con doña Chela"
                    i = nxt + 1
                    continue
            # (d) gazetteer: "Wiebke Janssen", "Sophie confirmed", "Grant Wilson" (ambiguous: surname needed)
            known = is_cap(tok) and known_first(tok.folded, ambiguous_ok=True) and not tok.text.isupper()
            # a day of a timesheet before its hours or date ("Mié 3h", "Sun 14:00"), not the name Mie or Sun
            day = tok.folded in lx.WEEKDAY_ABBREVIATIONS and nxt < n and tokens[nxt].text[:1].isdigit()
            day = day or (tok.folded in lx.WEEKDAY_ABBREVIATIONS and day_heads(tokens) >= 2)  # "Mié: soporte"
            # "Ngā mihi", "Kia ora": a Māori greeting or sign-off, not the names Nga and Kia
            day = day or (nxt < n and (tok.folded, tokens[nxt].folded) in lx.GREETING_PAIRS)
            day = day or (i > 0 and (tokens[i - 1].folded, tok.folded) in lx.GREETING_PAIRS)  # "Eid Mubarak"
            if known and not day and not _after_travel(tokens, i):
                end = chain(tokens, i, 4)
                if end == i + 1 and _places_ahead(tokens, end):
                    i += 1  # "the Sydney offices", "Jordan and Sydney offices": places or teams
                    continue
                lone_noun = _lone_noun(tokens, i)
                if end > i and not (end - i == 1 and lone_noun):
                    if known_first(tok.folded, ambiguous_ok=False):
                        end = _initial_after(tokens, i, end)  # "Anna M. will check"
                        yield self._span(tokens, i, end, 0.75 if end - i > 1 else 0.6)
                        i = end
                        continue
                    second = tokens[i + 1].folded if end - i > 1 else ""
                    second = POSSESSIVE_S.sub("", second)  # "Hope Okeke's sign-off"
                    # "Hang Seng": an ambiguous first name needs a second word that is spelt like a name
                    surname = known_surname(second) or known_first(second, ambiguous_ok=False)
                    if second and second not in ambiguous and (surname or namelike.name_like(second, -0.2)):
                        yield self._span(tokens, i, end, 0.7)
                        i = end
                        continue
                    if _particle_surname(tokens, i + 1, end):
                        yield self._span(tokens, i, end, 0.7)  # "Tim de Vries", "Tom van Dijk"
                        i = end
                        continue
            # (e) mentions: "@sophie.martin" (not the "@" inside an e-mail address)
            if _mention(tokens, i):
                end = nxt + 1
                while end + 1 < n and tokens[end].text in "._" and tokens[end + 1].start == tokens[end].end:
                    end += 2
                yield self._span(tokens, nxt, end, 0.7)
                i = end
                continue
            i += 1

    def _signatures(self, tokens: list[Token]) -> Iterator[Span]:
        """A line of 1-3 capitalised words right after a line ending with a closing formula."""
        lines: list[list[int]] = [[]]
        for idx, tok in enumerate(tokens):
            if tok.text == "\n":
                lines.append([])
            else:
                lines[-1].append(idx)
        lines = [line for line in lines if line]  # "Sincerely,\n\nLeilani Kahananui": blank lines between
        for prev, line in zip(lines, lines[1:], strict=False):
            words = [tokens[k].folded for k in prev if tokens[k].text[0].isalpha()]
            if not words or words[-1] not in CLOSINGS and not (len(words) <= 4 and CLOSINGS & set(words)):
                continue
            start = line[0]
            end = chain(tokens, start, 3)
            rest = [k for k in line if k >= end]
            if end > start:
                end = _initial_after(tokens, start, end)  # "Regards,\nPriya K."
                rest = [k for k in line if k >= end]
            if end > start and (not rest or tokens[rest[0]].text in ",|-–("):
                yield self._span(tokens, start, end, 0.8)
