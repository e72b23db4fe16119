"""Person names without a statistical model: titles, greetings, hand-over verbs, a first-name gazetteer.

The English spaCy model misses non-English and accented names and cannot read German, French, Spanish or
Dutch text; these rules find the names that business text announces ("Herr Vöhringer", "Bonjour Maël",
"approved by Grant Wilson", "Viele Grüße\\nWiebke Janssen"). First names that are ordinary words ("Will",
"May", "Grant") count only with a surname or a cue.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

import regex

from redaction import lexicon as lx
from redaction import namelike
from redaction.normalize import fold_str
from redaction.recognizers.person.aliases import aliases
from redaction.recognizers.person.capitals import caps_full_names, caps_surname_initials
from redaction.recognizers.person.chat import chat_names
from redaction.recognizers.person.cues import CueRules
from redaction.recognizers.person.forms import form_names
from redaction.recognizers.person.guards import (
    FirmWords,
    article_before_word,
    company_context,
    noun_by_ending,
    place_after_in,
    place_noun_after,
    word_name_used_as_word,
)
from redaction.recognizers.person.handles import glued_handles, handles, hashtags, recorded_by
from redaction.recognizers.person.initials import initials
from redaction.recognizers.person.named import place_head_before, street_span
from redaction.recognizers.person.notes import (
    caps_name_lines,
    caps_names,
    case_parties,
    family_names,
    firm_contacts,
    initials_caps_surname,
    signoff_name,
    surname_forms,
    titled_by,
)
from redaction.recognizers.person.passes import (
    _KIN_WORDS,
    _after_possessive,
    _initials_of_names,
    _quoted_brand,
    _same_initials,
    _short_forms,
    _with_initial_after,
    _with_initials_after,
    _with_lower_surnames,
)
from redaction.recognizers.person.positions import (
    _after_travel,
    _greeted_name,
    _initial_after,
    _lone_noun,
    _name_with_initials,
    _places_ahead,
    _signs_off,
    lower_east_asian_name,
)
from redaction.recognizers.person.regional import chief_titles, honorific_names, kin_names
from redaction.recognizers.person.slots import (
    caps_first_names,
    surname_slots,
    unknown_slots,
    word_surname_slots,
)
from redaction.recognizers.person.speakers import chat_speakers
from redaction.recognizers.person.spoken import spelt_names
from redaction.recognizers.person.tokens import (
    Token,
    _lowercase_name,
    _mention,
    blocked,
    chain,
    east_asian_name,
    is_cap,
    known_first,
    known_surname,
    tokenize,
)
from redaction.recognizers.person.wordnames import word_names
from redaction.recognizers.person.words import (
    _GREETINGS,
    _LOWER_TITLES,
    ADDRESSEES,
    CLOSINGS,
    PARTICLES,
)
from redaction.types import Span

_ELIDED = regex.compile(r"(?:[dDlLjJ]|[qQ]u)['’](\p{Lu}[\p{L}\p{M}-]+)")


def _thing_here(text: str, start: int, end: int) -> bool:
    """Where a name found elsewhere in the text is a word, a thing or part of a company here ("Pat the
    hours", "the Hoffmann file", "Hoffmann Bau GmbH")."""
    return (
        word_name_used_as_word(text, start, end)
        or article_before_word(text, start, end)
        or company_context(text, start, end)
        or place_noun_after(text, end)
    )


@lru_cache(maxsize=1)
def _known_firms() -> frozenset[str]:
    """The firms list ("Grant Thornton", "Albert Heijn"), folded."""
    return frozenset(fold_str(f) for f in lx.firm_terms())


def _outermost(spans: list[Span]) -> list[Span]:
    """Drop spans that lie inside a longer one ("Hui Wong" inside "Li Hui Wong")."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and out[-1].start <= span.start and span.end <= out[-1].end:
            continue
        out.append(span)
    return out


_WITH_BEFORE = regex.compile(r"(?:\bw/|\b(?:with|mit|avec|con|met))[ \t]*$", regex.IGNORECASE)


def _with_before(text: str, start: int) -> bool:
    """Whether "w/", "with", "mit", "avec", "con" or "met" stands right before ``start`` (a person follows)."""
    return _WITH_BEFORE.search(text, max(0, start - 8), start) is not None


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


# A span's first word before a capitalised one ("Sohn Jonas"), and a possessive's "s" ("Hope's")
_HEAD_WORD = regex.compile(r"(\p{L}+)[ \t]+(?=\p{Lu})")
_POSSESSIVE_S = regex.compile(r"['’]s$")


# Spanish and French plurals of goods and trades ("Salmones", "Envasados", "Cementos", "Artesanías")
_PLURAL_ENDINGS = (
    "ones",
    "ados",
    "idos",
    "ales",
    "eros",
    "eras",
    "entos",
    "ias",
    "erias",
    "ages",
    "ements",
)


# A short given name's abbreviation before a surname ("Ch. Schnitzer", "Th. Vogel", "Ph. Martin")
_INITIAL_BEFORE = regex.compile(r"(?<![\p{L}.])(?:Ch|Th|Ph|Chr|Wm)\.[ \t]?\Z")


def _with_initial_before(text: str, span: Span) -> Span:
    if span.kind != "PERSON" or not text[span.start : span.start + 1].isupper():
        return span
    m = _INITIAL_BEFORE.search(text, max(0, span.start - 5), span.start)
    return span if m is None else replace(span, start=m.start())


def _trade_head(word: str) -> bool:
    """A capitalised plural of goods or trades by its Spanish or French ending that no name list knows
    ("Distribuciones", "Salmones", "Materiales"): it opens a firm's or a thing's name, not a person's (a
    singular word may be a given name no list knows: "Refugio", "Gloire", "Rain"; other words ending in "s" may
    be anything: "Volgens", "Tijdens")."""
    folded = fold_str(word)
    return (
        word[:1].isupper()
        and not word.isupper()
        and len(folded) >= 5
        and folded.endswith(_PLURAL_ENDINGS)
        and not known_first(folded, ambiguous_ok=True)
        and not known_surname(folded)
        and folded not in lx.all_stopwords()
    )


class PersonRecognizer(CueRules):
    def find(self, text: str, lang: str) -> Iterator[Span]:
        tokens = tokenize(text)
        # whole names of an attendee list, a chat export or a form win over their parts
        listed = _outermost(
            [
                *self._listed(tokens),
                *self._layout(tokens),
                *self._header_lists(tokens),
                *self._initials(tokens),
                *self._parenthesised(tokens),
                *self._east_asian(tokens),
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in handles(text)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in hashtags(text)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in caps_name_lines(text)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in caps_names(text)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in caps_full_names(text)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in caps_surname_initials(text)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in surname_forms(text)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in case_parties(text)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in chat_speakers(text)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in initials(text)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in spelt_names(text)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in titled_by(text)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in signoff_name(text)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in honorific_names(text)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in chief_titles(text)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in kin_names(text)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in family_names(text)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in glued_handles(text)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in recorded_by(text)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in initials_caps_surname(text)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in firm_contacts(text)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in form_names(text)],
            ]
        )
        spans = listed + [
            span
            for span in (
                *self._rules(tokens),
                *self._signatures(tokens),
                *self._greeted(tokens),
                *self._elided(tokens),
                # the team's chat in lower case: a whole name the rules find there wins ("ask wei ling")
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in chat_names(text, lang)],
            )
            if not any(span.start < other.end and other.start < span.end for other in listed)
        ]
        # a well-known firm named like a person is no person whose neighbours the context reads ("van Albert
        # Heijn en Philips")
        spans = [s for s in spans if fold_str(text[s.start : s.end]) not in _known_firms()]
        spans += [
            s
            for s in word_names(tokens, text, lang)
            if not any(s.start < o.end and o.start < s.end for o in spans)
        ]
        spans += [
            s
            for s in (
                *surname_slots(tokens, lang),
                *caps_first_names(tokens),
                *word_surname_slots(tokens),
                *unknown_slots(tokens, lang),
            )
            if not any(s.start < o.end and o.start < s.end for o in spans)
            and fold_str(text[s.start : s.end]) not in _known_firms()
        ]
        spans += self._context(tokens, spans, lang, text)
        spans = _with_lower_surnames(tokens, spans)
        spans = [_with_initials_after(text, _with_initial_after(text, s)) for s in spans]
        spans = [_with_initial_before(text, s) for s in spans]
        spans += _same_initials(text, tokens, spans)
        spans += _initials_of_names(text, tokens, spans)
        spans += aliases(text, spans)  # before the short forms: "(dite « Dren »)" says more than "Drenusha"
        spans += _short_forms(text, tokens, spans)
        firms = FirmWords(text, tokens)  # asked only of weak spans
        for span in _outermost(spans):
            head = _HEAD_WORD.match(text[span.start : span.end])
            kin = head is not None and (
                (head.group(1).islower() and fold_str(head.group(1)) in lx.KIN_CUES)
                or fold_str(head.group(1)) in lx.KIN_CUES_DE
            )
            if head is not None and kin:
                span = replace(span, start=span.start + head.end())  # "Sohn Jonas": the son is Jonas
            elif head is not None and noun_by_ending(head.group(1)):
                # "Bürgermeisteramt Kirchzarten", "Neuanfrage Di Stefano": a German noun opens no name; what
                # follows it is the person only if a name of the lists is in it ("Prüfung Nord" holds none)
                rest = text[span.start + head.end() : span.end]
                if not any(
                    known_first(fold_str(w), ambiguous_ok=False)
                    or (known_surname(fold_str(w)) and not lx.plain_word(fold_str(w)))
                    for w in rest.split()
                ):
                    continue
                span = replace(span, start=span.start + head.end())
            elif head is not None and span.score < 0.8 and _trade_head(head.group(1)):
                # "Distribuciones Montalbán", "Salmones Aguirre SpA", "Envasados San Fernando": a common noun
                # that is no name opens a firm; a person only when a given name follows it ("Pedido Carlos Ruiz")
                after = text[span.start + head.end() : span.end].split()
                if not known_first(fold_str(after[0]), ambiguous_ok=False):
                    continue
                span = replace(span, start=span.start + head.end())
            word = _POSSESSIVE_S.sub("", text[span.start : span.end])
            if fold_str(word) in _KIN_WORDS and _after_possessive(text, span.start):
                continue  # "Mein Mann und ich", "mijn vrouw": kin, not a surname
            if _quoted_brand(text, span.start, span.end):
                continue  # « Tante Margot », „Pater Lieven Tripel": a brand or a product in quotes
            # "Hartley Foods PO ... approved by Hartley's CFO": the firm again, alone (not "Herr Lange")
            weak = span.score < 0.8 and not known_first(fold_str(word), ambiguous_ok=True)
            if weak and fold_str(word) in firms:
                continue
            if place_after_in(text, span.start, span.end):
                continue  # "workshops in Fort Worth"
            head_word, _, rest = text[span.start : span.end].partition(" ")
            if head_word in ("te", "ter") and fold_str(rest) in lx.places():
                continue  # "notaris te Maastricht": the town where the notary sits
            if weak and fold_str(word) in lx.places() and not _with_before(text, span.start):
                continue
            if weak and noun_by_ending(word):
                continue  # "Empfehlung", "Rückstellungen": a German noun  # "Leeds", "Bogotá", "Dakar": a town no name list knows, found by a weak cue
            if " " in text[span.start : span.end] and article_before_word(text, span.start, span.end):
                continue  # "the Carter Hale invoice"
            if street_span(text[span.start : span.end].split()):
                continue  # "Johan de Wittlaan": a street, no person in it
            if not company_context(text, span.start, span.end):
                yield span
                continue
            if place_head_before(text, span.start):
                continue  # "Colegio Francisco José de Caldas": the school's name, particles and all
            # "Anh Tran de Pho Saigon Imports": the person ends before the particle that starts the company
            inner = [t for t in tokens if span.start < t.start < span.end and t.folded in PARTICLES]
            head = text[span.start : span.end].split()[0]
            if inner and fold_str(head) not in lx.ORG_INDICATORS:  # not "Ferretería" of "Ferretería El Rey"
                end = max(t.end for t in tokens if span.start <= t.start and t.end < inner[-1].start)
                yield Span(span.start, end, span.kind, span.score, span.recognizer, span.canonical)

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
            day = day or (
                tok.folded in lx.WEEKDAY_ABBREVIATIONS and _day_heads(tokens) >= 2
            )  # "Mié: soporte"
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
                    second = _POSSESSIVE_S.sub("", second)  # "Hope Okeke's sign-off"
                    # "Hang Seng": an ambiguous first name needs a second word that is spelt like a name
                    surname = known_surname(second) or known_first(second, ambiguous_ok=False)
                    if second and second not in ambiguous and (surname or namelike.name_like(second, -0.2)):
                        yield self._span(tokens, i, end, 0.7)
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

    # --- context cues (names no gazetteer rule announces) -------------------------------------------------
    def _context(self, tokens: list[Token], found: list[Span], lang: str = "", text: str = "") -> list[Span]:
        """Names announced by what surrounds them: a role in parentheses, a verb of communication, a mail
        header or quote line, a possessive, a chat cue ("w/ olu", "ask kwame"), "X and Y" after a person.
        Lower-case words count only if they are known first names in such a context."""
        n = len(tokens)
        taken = [False] * n
        person_at: set[int] = set()
        by_start = {t.start: k for k, t in enumerate(tokens)}
        by_end = {t.end: k for k, t in enumerate(tokens)}

        def mark(span: Span) -> None:
            k = by_start.get(span.start)
            while k is not None and k < n and tokens[k].start < span.end:
                taken[k] = True
                k += 1
            if span.start in by_start:
                person_at.add(by_start[span.start])
            last = by_end.get(span.end)
            if last is not None:
                person_at.add(last)

        for span in found:
            mark(span)
        out: list[Span] = []
        # a lower-case stop word or blocked word that is no name of the lists starts none of the names below
        # (each rule needs a capital, a name of the lists or a word that is not blocked at ``tokens[i]``)
        quiet = [
            t.text.islower() and blocked(t.folded) and not known_first(t.folded, ambiguous_ok=True)
            for t in tokens
        ]

        if _day_heads(tokens) >= 2:  # "Lun: ...\nMié: ...": a timesheet's days open its lines, no speakers
            for k, t in enumerate(tokens[:-1]):
                quiet[k] = quiet[k] or (t.folded in lx.WEEKDAY_ABBREVIATIONS and tokens[k + 1].text == ":")

        def scan() -> None:
            i = 0
            while i < n:
                if taken[i] or quiet[i] or not tokens[i].text[0].isalpha():
                    i += 1
                    continue
                got = (
                    east_asian_name(tokens, i)
                    or lower_east_asian_name(tokens, i)
                    or self._cued(tokens, i, person_at)
                    or self._clause_subject(tokens, i, lang)
                    or self._slot(tokens, i)
                    or self._pinged(tokens, i)
                    or self._verb_first(tokens, i, lang)
                    or self._word_name_subject(tokens, i)
                )
                if got is None:
                    i += 1
                    continue
                end, span_end, score = got
                if end - i >= 2 and tokens[i].folded in lx.VERBS_BEFORE_NAME and is_cap(tokens[i + 1]):
                    taken[i] = (
                        True  # "Says Tino will be back", "Habla Wang Xiaoling": the verb opens the clause
                    )
                    i += 1
                if text and fold_str(text[tokens[i].start : span_end]) in _known_firms():
                    for k in range(i, end):  # "van Albert Heijn en Philips": a firm, no person to join
                        taken[k] = True
                    i = end
                    continue
                span = Span(tokens[i].start, span_end, "PERSON", score, self.name)
                out.append(span)
                mark(span)
                i = end

        scan()
        # "Honor and Faith flagged it; Honor will raise...": a capitalised name found once is a person at
        # its other places in the text too, and the scan runs again so that its neighbours are seen
        single = {
            tokens[by_start[s.start]].text
            for s in [*found, *out]
            if s.start in by_start and by_end.get(s.end) == by_start[s.start]
        }
        again = [
            k
            for k, t in enumerate(tokens)
            if not taken[k] and t.text in single and is_cap(t) and not _thing_here(text, t.start, t.end)
        ]
        if again:
            for k in again:
                span = Span(tokens[k].start, tokens[k].end, "PERSON", 0.55, self.name)
                out.append(span)
                mark(span)
            scan()
        # a second pass: "Joy and Dawn", "Daisy, Iris and Holly" once the last one is known
        for k in range(n - 1, -1, -1):
            if not tokens[k].text[0].isalpha():
                continue
            joined_end = self._coordinated(tokens, k, person_at)
            if joined_end is not None and joined_end < 0:  # a full name tokens[j..k]
                j = -joined_end - 1
                if all(taken[j : k + 1]) and j in person_at:
                    continue  # already found whole
                # scored above the gazetteer so that the whole name wins over a part found before
                span = Span(tokens[j].start, tokens[k].end, "PERSON", 0.8, self.name)
                out.append(span)
                mark(span)
            elif joined_end is not None and not taken[k]:
                span = Span(tokens[k].start, joined_end, "PERSON", 0.6, self.name)
                out.append(span)
                mark(span)
        return out

    def _east_asian(self, tokens: list[Token]) -> Iterator[Span]:
        """Whole East Asian names ("Xiao Mei", "Wang Lei"): they win over a first name found alone."""
        k = 0
        while k < len(tokens):
            got = east_asian_name(tokens, k)
            if got is None:
                k += 1
                continue
            yield self._span(tokens, k, got[0], got[2])
            k = got[0]

    def _elided(self, tokens: list[Token]) -> Iterator[Span]:
        """A first name after an elided French article or preposition, written as one token with it: "le
        dossier d'Éloïse", "l'avis d'Anaïs Morel", "parce qu'Inès". Only names of the list that are no
        word; a surname may follow."""
        for k, tok in enumerate(tokens):
            m = _ELIDED.match(tok.text) if "'" in tok.text or "’" in tok.text else None
            if m is None:
                continue
            rest = fold_str(m.group(1))
            if not known_first(rest, ambiguous_ok=False) or blocked(rest) or rest in lx.MONTHS:
                continue
            end = chain(tokens, k + 1, 2)
            yield Span(tok.start + m.start(1), tokens[end - 1].end, "PERSON", 0.6, self.name)

    def _greeted(self, tokens: list[Token]) -> Iterator[Span]:
        """Everyone a greeting names: "Hello Marley, Reese, see below", "Dear Marley & Reese,", "Hi both -
        Marley and Reese", "Morning Tanvi, Ollie - quick one": single capitalised words joined by commas,
        "&" or "and", the list closed by a comma, a dash, "!" or the line end."""
        n = len(tokens)
        for g, cue in enumerate(tokens):
            if cue.folded not in _GREETINGS or not (g == 0 or tokens[g - 1].text in ("\n", ".", "!", "(")):
                continue
            k = g + 1
            while k < n and (tokens[k].folded in ADDRESSEES or tokens[k].text in (",", "-", "–", ":")):
                k += 1  # "Hi both -", "Hello all,"
            items: list[int] = []
            while k < n and _greeted_name(tokens[k]):
                items.append(k)
                k += 1
                joined = k < n and (tokens[k].text in (",", "&") or tokens[k].folded in lx.COORDINATORS)
                if joined and k + 1 < n and _greeted_name(tokens[k + 1]):
                    k += 1
                    continue
                break
            closed = k >= n or tokens[k].text in (",", "-", "–", "!", ":", "\n", ")")
            if len(items) >= 2 and closed:
                for j in items:
                    yield self._span(tokens, j, j + 1, 0.65)


def _number_after(tokens: list[Token], end: int) -> bool:
    """A house number after a comma ("c/ Mayor, 12"): a street, not a person."""
    return end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].text[:1].isdigit()


def _day_heads(tokens: list[Token]) -> int:
    """Days of a timesheet opening its lines ("Lun: ...", "Mié: ..."): weekday abbreviations before a colon."""
    return sum(
        1
        for k, t in enumerate(tokens[:-1])
        if t.folded in lx.WEEKDAY_ABBREVIATIONS and tokens[k + 1].text == ":"
    )
