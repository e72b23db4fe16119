"""Person names without a statistical model: titles, greetings, hand-over verbs, a first-name gazetteer.

The English spaCy model misses non-English and accented names and cannot read German, French, Spanish or
Dutch text; these rules find the names that business text announces ("Herr Vöhringer", "Bonjour Maël",
"approved by Grant Wilson", "Viele Grüße\\nWiebke Janssen"). First names that are ordinary words ("Will",
"May", "Grant") count only with a surname or a cue.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

import regex

from redaction import lexicon as lx
from redaction.normalize import fold_str
from redaction.recognizers.person.aliases import aliases
from redaction.recognizers.person.announced import AnnouncedRules, day_heads
from redaction.recognizers.person.birth_names import birth_names
from redaction.recognizers.person.capitals import caps_full_names, caps_surname_initials
from redaction.recognizers.person.chat import chat_names
from redaction.recognizers.person.chatverbs import chat_subjects, sent_members, which_members
from redaction.recognizers.person.families import family_plurals
from redaction.recognizers.person.filters import final_spans, known_firms
from redaction.recognizers.person.forms import form_names
from redaction.recognizers.person.guards import (
    article_before_word,
    company_context,
    place_noun_after,
    word_name_used_as_word,
)
from redaction.recognizers.person.handles import glued_handles, handles, hashtags, recorded_by
from redaction.recognizers.person.initials import initials
from redaction.recognizers.person.joined_a import joined_a_names
from redaction.recognizers.person.lowersurnames import lower_surnames
from redaction.recognizers.person.notes import (
    caps_name_lines,
    caps_names,
    case_parties,
    family_names,
    firm_contacts,
    initials_caps_surname,
    named_in,
    signoff_name,
    surname_forms,
    titled_by,
)
from redaction.recognizers.person.particles import particle_names
from redaction.recognizers.person.passes import (
    _initials_of_names,
    _same_initials,
    _short_forms,
    _with_initial_after,
    _with_initials_after,
    _with_lower_surnames,
)
from redaction.recognizers.person.plural_titles import plural_titles
from redaction.recognizers.person.positions import (
    _greeted_name,
    lower_east_asian_name,
)
from redaction.recognizers.person.regional import (
    article_nicknames,
    chief_titles,
    honorific_names,
    kin_names,
    lawyer_titles,
)
from redaction.recognizers.person.relatives import relative_names
from redaction.recognizers.person.reversed import reversed_before_parenthesis, reversed_names
from redaction.recognizers.person.slots import (
    caps_first_names,
    surname_slots,
    unknown_slots,
    word_surname_slots,
)
from redaction.recognizers.person.speakers import chat_people
from redaction.recognizers.person.spoken import spelt_names
from redaction.recognizers.person.subjects import role_appositives, sentence_subjects
from redaction.recognizers.person.tokens import (
    Token,
    blocked,
    chain,
    east_asian_name,
    is_cap,
    known_first,
    tokenize,
)
from redaction.recognizers.person.vocatives import vocatives
from redaction.recognizers.person.word_first import word_first_names
from redaction.recognizers.person.wordnames import word_names
from redaction.recognizers.person.words import (
    _GREETINGS,
    ADDRESSEES,
    LOWER_PARTICLES,
    NL_PREPOSITIONS,
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


def _outermost(spans: list[Span]) -> list[Span]:
    """Drop spans that lie inside a longer one ("Hui Wong" inside "Li Hui Wong")."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and out[-1].start <= span.start and span.end <= out[-1].end:
            continue
        out.append(span)
    return out


# A short given name's abbreviation before a surname ("Ch. Schnitzer", "Th. Vogel", "Ph. Martin")
_INITIAL_BEFORE = regex.compile(r"(?<![\p{L}.])(?:Ch|Th|Ph|Chr|Wm)\.[ \t]?\Z")


def _with_initial_before(text: str, span: Span) -> Span:
    if span.kind != "PERSON" or not text[span.start : span.start + 1].isupper():
        return span
    m = _INITIAL_BEFORE.search(text, max(0, span.start - 5), span.start)
    return span if m is None else replace(span, start=m.start())


# A given name before a name that opens on a middle initial ("Andrés F. Rincón", "María del C. Ospina")
_GIVEN_BEFORE = regex.compile(
    r"(?<![\p{L}.'’-])(\p{Lu}[\p{Ll}\p{M}]+)[ ](?:(?:del|de|da|do|dos|das|di|van|von)[ ])?\Z"
)


def _with_given_before(text: str, span: Span) -> Span:
    if span.kind != "PERSON" or regex.match(r"\p{Lu}\.[ ]\p{Lu}", text[span.start : span.start + 4]) is None:
        return span
    m = _GIVEN_BEFORE.search(text, max(0, span.start - 20), span.start)
    if m is None or not known_first(fold_str(m.group(1)), ambiguous_ok=False):
        return span
    return replace(span, start=m.start())


# Passes over the whole text that find names by their layout or a cue of their own, in this order (of two
# spans alike, the first wins)
_TEXT_PASSES: tuple[Callable[[str], Iterable[Span]], ...] = (
    handles,
    hashtags,
    caps_name_lines,
    caps_names,
    caps_full_names,
    caps_surname_initials,
    surname_forms,
    case_parties,
    chat_people,
    initials,
    spelt_names,
    titled_by,
    signoff_name,
    honorific_names,
    chief_titles,
    kin_names,
    family_names,
    glued_handles,
    recorded_by,
    initials_caps_surname,
    firm_contacts,
    form_names,
    reversed_names,
    reversed_before_parenthesis,
    named_in,
    role_appositives,
    article_nicknames,
    particle_names,
    vocatives,
    plural_titles,
    relative_names,
    joined_a_names,
    birth_names,
)


class PersonRecognizer(AnnouncedRules):
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
                *[Span(s.start, s.end, s.kind, s.score, self.name) for f in _TEXT_PASSES for s in f(text)],
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
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in chat_subjects(text, lang)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in sent_members(text, lang)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in which_members(text, lang)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in sentence_subjects(text, lang)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in lawyer_titles(text)],
                *[Span(s.start, s.end, s.kind, s.score, self.name) for s in family_plurals(text, lang)],
            )
            if not any(span.start < other.end and other.start < span.end for other in listed)
        ]
        # a well-known firm named like a person is no person whose neighbours the context reads ("van Albert
        # Heijn en Philips")
        spans = [s for s in spans if fold_str(text[s.start : s.end]) not in known_firms()]
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
                *lower_surnames(tokens),
                *word_first_names(text),
            )
            if not any(s.start < o.end and o.start < s.end for o in spans)
            and fold_str(text[s.start : s.end]) not in known_firms()
        ]
        spans += self._context(tokens, spans, lang, text)
        spans = _with_lower_surnames(tokens, spans)
        spans = [_with_initials_after(text, _with_initial_after(text, s)) for s in spans]
        spans = [_with_given_before(text, _with_initial_before(text, s)) for s in spans]
        spans += _same_initials(text, tokens, spans)
        spans += _initials_of_names(text, tokens, spans)
        spans += aliases(text, spans)  # before the short forms: "(dite « Dren »)" says more than "Drenusha"
        spans += _short_forms(text, tokens, spans)
        yield from final_spans(text, tokens, _outermost(spans), lang)

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

        for k in range(1, n):  # "bij van Beurden": a family name's particle after a preposition opens a name
            if quiet[k] and tokens[k].text in LOWER_PARTICLES and tokens[k - 1].folded in NL_PREPOSITIONS:
                quiet[k] = False

        if day_heads(tokens) >= 2:  # "Lun: ...\nMié: ...": a timesheet's days open its lines, no speakers
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
                if text and fold_str(text[tokens[i].start : span_end]) in known_firms():
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
                if j < k - 1 and tokens[j].folded in lx.VERBS_BEFORE_NAME:
                    j += 1  # "Asistieron Pilar Sanz y Charo": the verb opens the list
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
