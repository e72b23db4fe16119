"""A redaction run: consistent placeholders over all its texts, restore, leak gate, report, persistence.

One session per pipeline run. Values found in one text (a name NER spotted, a phone) are then looked for
in every text of the run, so that "Sophie Martin" in the chatter and "sophie" in a timesheet line get the
same placeholder, and the leak gate knows them too.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import regex

from redaction import lexicon, namelike, persist
from redaction.allow import allow_list
from redaction.engine import check_text
from redaction.errors import LeakBlocked
from redaction.index import WORD_KINDS, ValueIndex, text_words
from redaction.normalize import fold, fold_str
from redaction.placeholders import PLACEHOLDER_RE, PlaceholderRegistry
from redaction.recognizers.person import (
    article_before_word,
    company_context,
    noun_by_ending,
    place_after_in,
    place_noun_after,
    said_after,
    second_of_firm,
    town_used_as_town,
    verb_after,
    word_name_used_as_word,
)
from redaction.recognizers.person.filters import team_in_text
from redaction.recognizers.person.headers import _ACRONYMS as ACRONYMS
from redaction.recognizers.person.speakers import _ID_LABELS as ID_LABELS
from redaction.recognizers.person.within import whole_handle
from redaction.record import matcher_for
from redaction.resolve import resolve
from redaction.types import RecordContext, RedactionReport, SensitiveValue, Span

# Acronyms that a learned name may spell in capitals: identity and bank labels, business acronyms
_CAPS_ACRONYMS = ID_LABELS | ACRONYMS

if TYPE_CHECKING:
    from redaction.engine import Redactor

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _word_names() -> frozenset[str]:
    return lexicon.ambiguous_names() | lexicon.word_like_names()


# Clause starts and the words of a verb phrase after a subject, for the learned word-names of other languages
_CLAUSE_START = regex.compile(
    r"(?:^|\n|[.!?:;][ \t]+|[-–•*][ \t]+|\d{1,2}[.)][ \t]+|[ \t](?i:y|e|et|und|en|pero|mais|aber|maar|o|ou|oder|of)[ \t]+)"
    r"[ \t]*\Z"
)
_LATIN_WORDS = regex.compile(r"[a-z]+")  # as the engine reads a text's language


class _LazyLanguage:
    """A text's language, read only when a rule asks for it (most texts never need it)."""

    def __init__(self, folded_text: str, *, fold_first: bool = False) -> None:
        self._text = folded_text
        self._fold_first = fold_first  # given the text as written: fold it only if the language is asked for
        self._lang: str | None = None

    def __str__(self) -> str:
        if self._lang is None:
            text = (fold_str(self._text) if self._fold_first else self._text)[:2000]
            self._lang = lexicon.detect_language(_LATIN_WORDS.findall(text))
        return self._lang


def _subject_of_verb(text: str, span: Span, lang: str) -> bool:
    """A learned word-name opening a clause before a word shaped like its verb, in a language whose nouns take
    an article ("1. Consuelo informa", "y Ángel llama mañana", "Constant suit le dossier", "Roos belt terug"):
    the person, not the word ("Grant money" is English)."""
    if not _CLAUSE_START.search(text, max(0, span.start - 12), span.start):
        return False
    return verb_after(text, span.end, lang)


def _with_initials(text: str, found: Span, learned: Span, lang: str | _LazyLanguage) -> bool:
    """The rules' name is the learned one with initials around it ("Lola M.", "M. Kuipers", "M R Chaudhry");
    in French "M." before a name is the title, not an initial."""
    if found.recognizer != "person_rules" or found.length <= learned.length:
        return False
    before = text[found.start : learned.start]
    if before and str(lang) == "fr":
        return False
    words = text[learned.start : learned.end].split()
    first = fold_str(words[0])
    if before.strip() in ("M.", "M") and first in lexicon.first_names() and len(words) >= 2:
        return False  # "M. Julien Mercier": the French title before a full name
    rest = before + text[learned.end : found.end]
    letters = [ch for ch in rest if ch.isalpha()]
    if not before and rest.startswith(", ") and " " not in rest[2:].strip():
        return (
            True  # "Sivakumar, Tharshan": the family name learned, the rules' name has the given one after it
        )
    return 0 < len(letters) <= 2 and all(ch.isupper() for ch in letters)


def _thing(text: str, span: Span, lang: str | _LazyLanguage = "", *, listed: bool = False) -> bool:
    """A learned person name used for a company or a thing: "Hoffmann Bau GmbH", "the Jordan trip", and a
    learned first name that is a word, used as the word ("Grant" learned from "Grant's email", then
    "Grant money"): alone it must stand where a name stands. ``listed``: the name stands in a register's column of
    this same text, so opening a sentence it is that person, a frequent word or not ("Borden asked")."""
    if span.kind != "PERSON":
        return False
    surface = text[span.start : span.end]
    folded = fold_str(surface)
    words = _word_names()
    # "Chance Obeng" learned, then "a good chance we bill": lower case and spelt like a word; but a name
    # learned from a cue in one text ("Hi Kees,", "Thanks, Iris") is the same person in lower case before a
    # verb of saying in another ("kees zei dat ook al", "iris said no"; not "the grant says")
    lower_word = surface.islower() and " " not in surface and (folded in words or namelike.score(folded) < 0)
    # "ToDo" learned from a German action line ("→ ToDo FK:"), then "todo" in a Spanish text: a stop word in lower
    # case is never a learned name
    lower_word = lower_word or (surface.islower() and folded in lexicon.all_stopwords())
    if lower_word and not said_after(text, span.end):
        return True
    if company_context(text, span.start, span.end) or article_before_word(text, span.start, span.end):
        return True
    if second_of_firm(text, span.start):
        return True  # "Jung" learned, then "Lange & Jung Steuerberatungsgesellschaft mbH"
    if place_after_in(text, span.start, span.end) or town_used_as_town(text, span.start, span.end):
        return True  # "Charlotte Dubois" learned, then "the workshop in Charlotte", "l'atelier de Lyon"
    if _SAINT_BEFORE.search(text, max(0, span.start - 6), span.start):
        return (
            True  # "Salvador" learned, then "aquí en San Salvador", "Santa Rosa", "São Paulo": a saint's town
        )
    if " " not in surface and place_noun_after(text, span.end):
        return True  # "Jordan Mbeki" learned, then "Jordan and Sydney offices"
    if " " not in surface and _word_surname_as_word(text, span.start, folded):
        return True  # "Sommer" learned from "hat Sommer geprüft", then "im Sommer"
    # "Kern" learned from "Hausmeister Kern", then "Kern des Problems", "Kern seiner Beschwerde"
    if " " not in surface and folded in lexicon.word_surnames() and _GENITIVE_AFTER.match(text, span.end):
        return True
    if team_in_text(text, surface):
        return True  # "GF" learned as initials, then "die GF" or "GF (Hr. Aigner)" in this text: the team
    # a German genitive of a learned name ("Müllers Freigabe", "Arjuns Antrag"), not a name ending in s ("Vos")
    genitive = folded.endswith("s") and len(folded) >= 5
    if " " not in surface and not genitive and _noun_after(text, span.end):
        return True  # "Klein" learned, then "Klein Bürobedarf", "Jansen Hoveniers" (not "Müllers Antrag")
    if " " not in surface and folded in lexicon.MONTHS and _date_context(text, span.start, span.end):
        return True  # "June" learned from "June's run", then "moved to 21–22 June", "vs last June"
    if " " not in surface and not listed and _plain_word_opening(text, span.start, folded):
        return True  # "Muchas gracias" or "Petit point" opening a line: the word, whatever the run learned
    return word_name_used_as_word(text, span.start, span.end) and not _subject_of_verb(text, span, str(lang))


# A German genitive after a word: the word is a noun there ("Kern des Streits", "Kern der Störung", "Kern seiner
# Beschwerde"); a person's name takes none
_GENITIVE_AFTER = regex.compile(
    r"[ \t]+(?:des|eines|seines|ihres|meines|unseres|der|einer|seiner|ihrer|meiner)[ \t]"
)


# A saint's word right before a learned name ("San Salvador", "Santa Bárbara", "São José")
_SAINT_BEFORE = regex.compile(r"(?<![\p{L}])(?:San|Santa|Santo|São|Sao|Sant)[ \t]\Z")
_NEXT_CAPITAL = regex.compile(r"[ \t]+(\p{Lu}[\p{Ll}\p{M}]{3,})(?![\p{L}\p{M}])")


def _noun_after(text: str, end: int) -> bool:
    """A capitalised word after a learned name alone that is no name but a noun: a German or Dutch noun by its
    ending, a frequent word, or a word spelt unlike a name ("Bürobedarf", "Schilderwerken")."""
    m = _NEXT_CAPITAL.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    folded = fold_str(word)
    if folded in lexicon.first_names() or folded in lexicon.surnames() or folded in lexicon.ambiguous_names():
        return False
    if folded in lexicon.word_surnames():
        return False
    return noun_by_ending(word) or lexicon.plain_word(folded) or namelike.score(folded) < 0


_MONTH_BEFORE = regex.compile(
    r"(?:\d[.]?|(?<![\p{L}])(?i:last|next|this|early|late|mid|since|until|till|end|depuis|jusqu'en|fin|début|"
    r"debut|mi|seit|ende|anfang|mitte|sinds|eind|finales|principios|mediados))[ \t.-]*$"
)
_MONTH_AFTER = regex.compile(r"[ \t]*\d")  # not after a comma: "thanks June, 3 files attached"


def _date_context(text: str, start: int, end: int) -> bool:
    """A month name in a date: a day or a year next to it, or a word of time before it ("21–22 June", "June
    2025", "last June", "seit Mai"); not a preposition that also stands before a person ("by June")."""
    return (
        _MONTH_BEFORE.search(text, max(0, start - 14), start) is not None
        or _MONTH_AFTER.match(text, end) is not None
    )


def _plain_word_opening(text: str, start: int, folded: str) -> bool:
    """A frequent word that no name list knows as a name, opening a line or a sentence before a lower-case
    word ("Muchas gracias", "Petit point rapide", "Llamó Chinedu", "Dudas sobre"): the word."""
    if not lexicon.plain_word(folded) or folded in lexicon.first_names() or folded in lexicon.surnames():
        return False
    if folded in lexicon.ambiguous_names() or folded in lexicon.word_surnames():
        return False  # "May", "Winter", "Bravo": names that are words too, learned as names
    surface = text[start : start + len(folded)]
    if not surface.isupper() and any(ch.isupper() for ch in surface[1:]):
        return False  # "McAllister reckons", "LeBlanc says": a capital inside the word is a name's
    before = text[max(0, start - 3) : start].rstrip(" \t")
    if before and before[-1] not in "\n.!?:":
        return False
    after = text[start : start + 40].split()
    return len(after) > 1 and after[1][:1].islower()


# Articles and prepositions (with their contractions) before a noun: a surname that is a word after one is the
# word ("im Sommer", "der Winter"); not "a", the Spanish person's "a" ("Pon a Ndiaye")
_BEFORE_NOUN = lexicon.word_set(
    "the der die das den dem des ein eine einem einen im am zum zur vom beim ins ans le la les un une au "
    "aux du el los las al del het een in"
)


def _word_surname_as_word(text: str, start: int, folded: str) -> bool:
    if folded not in lexicon.word_surnames() and (
        folded not in lexicon.common_words()
        or folded in lexicon.first_names()
        or folded in lexicon.surnames()
    ):
        return False  # a name of the lists is the person there ("Pon a Ndiaye", "het rapport in Pieters map")
    before = text[max(0, start - 12) : start].split()
    return bool(before) and fold_str(before[-1]) in _BEFORE_NOUN


@lru_cache(maxsize=1)
def _never_names() -> frozenset[str]:
    """Folded words that a rule may have taken for a person in one text but that the run never looks for in its
    other texts: form and role labels, identity-number words, titles, months and days, closings."""
    from redaction.recognizers.id_words import identity_words
    from redaction.recognizers.person.words import CLOSINGS

    return frozenset().union(
        lexicon.FORM_LABELS,
        lexicon.ROLE_LABELS,
        lexicon.TITLES,
        lexicon.MONTHS,
        lexicon.WEEKDAYS,
        lexicon.WEEKDAY_ABBREVIATIONS,
        {fold_str(w) for w in lexicon.NOT_INITIALS},  # "DAF", "CNIC": teams and documents by their initials
        CLOSINGS,
        identity_words(),
    )


def _not_to_spread(span: Span, surface: str, lang: _LazyLanguage) -> bool:
    """A person found in one text that the run does not look for in its other texts (it stays redacted where it
    was found): a label, an identity word, a title, a month or a closing ("Steuer-ID", "Madam", "Thu"); one
    lower-case frequent word that no name list knows ("take", "solo": a chat rule's guess); a frequent word alone in
    a German text (see ``_word_alone``)."""
    if span.kind != "PERSON":
        return False
    words = [fold_str(w).strip(".:") for w in surface.split()]
    first, family = lexicon.first_names(), lexicon.surnames()
    if any(w in first or w in family for w in words):
        return False
    if len(words) == 1 and words[0] in _never_names():
        return True
    if len(words) == 1 and lexicon.plain_word(words[0]) and surface.islower():
        return True  # "take", "solo": a chat rule's guess, a word and no name of the lists
    return _word_alone(span, surface, lang)


def _word_alone(span: Span, surface: str, lang: _LazyLanguage) -> bool:
    """A person found in a German text as one frequent word that no name list knows ("Konto" of a record dump's
    key, "Tour" of a chat's name): German capitalises its nouns, so it is redacted where it was found but not looked
    for in the run's other texts, where it is the word (in other languages a surname the lists lack, "Opio",
    "Borden", spreads as before)."""
    if (
        span.kind != "PERSON"
        or " " in surface
        or "-" in surface
        or not surface[:1].isupper()
        or surface.isupper()
    ):
        return False
    folded = fold_str(surface)
    if (
        not lexicon.plain_word(folded)
        or folded in lexicon.word_surnames()
        or folded in lexicon.ambiguous_names()
    ):
        return False
    if folded in lexicon.first_names() or folded in lexicon.surnames():
        return False
    return str(lang) == "de"


class RedactionSession:
    """Redacts the texts of one run with one placeholder map (held in memory, never logged)."""

    def __init__(self, redactor: Redactor, context: RecordContext | None = None) -> None:
        self._redactor = redactor
        self.context = context or RecordContext()
        settings = redactor.settings
        terms = (*settings.allow_list, *self.context.allow)
        self._allow_terms = tuple(dict.fromkeys(terms))
        self._allow = allow_list(self._allow_terms)
        self._declared = tuple(self.context.values)
        self._matcher = matcher_for(self._declared, self._allow_terms)
        self._declared_set = set(self._declared)
        self._index = ValueIndex()  # values learned during the run (names for spreading, ids for the gate)
        self._registry = PlaceholderRegistry()
        self._report = RedactionReport(ner=redactor.ner_available)
        self._lock = threading.RLock()

    # --- redaction ----------------------------------------------------------------------------------------
    def redact(self, text: str) -> str:
        """Redact one text (plain text: run Odoo HTML through ``html_to_text`` first)."""
        return self.analyze_many([text])[0][0]

    def redact_many(self, texts: list[str]) -> list[str]:
        """Redact a batch (NER runs once over the batch)."""
        return [redacted for redacted, _ in self.analyze_many(texts)]

    def analyze_many(self, texts: Iterable[str | None]) -> list[tuple[str, list[dict[str, Any]]]]:
        """Redacted texts with their entities (type, start, end, score, recognizer, text, placeholder)."""
        max_chars = self._redactor.settings.max_chars
        checked = [check_text(t, max_chars) for t in texts]
        with self._lock:
            started = time.perf_counter()
            found = self._redactor.detect(checked, self._matcher, self._allow)
            found = self._spread(checked, found)
            out = [self._replace(text, spans) for text, spans in zip(checked, found, strict=True)]
            self._report.seconds += time.perf_counter() - started
            self._report.texts += len(checked)
            self._report.chars += sum(len(t) for t in checked)
        return out

    def _spread(self, texts: list[str], found: list[list[Span]]) -> list[list[Span]]:
        """Look for names discovered in this batch (or earlier) in every text of the batch.

        Identifiers need no spreading (their recognizers find every occurrence); names do: a first name
        alone in a later text is only recognisable because the run has seen the full name.
        """
        for spans, text in zip(found, texts, strict=True):
            source = _LazyLanguage(text, fold_first=True)
            for span in spans:
                if span.canonical is None and not _not_to_spread(span, text[span.start : span.end], source):
                    self._learn(SensitiveValue(span.kind, text[span.start : span.end], "session"))
        out = []
        for text, spans in zip(texts, found, strict=True):
            candidates = self._index.candidates(text_words(fold_str(text)))
            if not candidates:
                out.append(spans)
                continue
            # one cached matcher per learned value: the candidate sets differ from text to text (a combined
            # pattern per set was compiled again for most texts of a long run); overlaps: the longest wins
            folded = fold(text)
            extra = [
                Span(s.start, s.end, s.kind, s.score, "session", s.canonical)
                for value in candidates
                for s in matcher_for((value,), self._allow_terms).find(text, folded)
                # a name learned as "Iban" or "Nie" is no acronym in capitals ("IBAN ES24 ...", "NIE X123...")
                if not (
                    s.kind == "PERSON"
                    and text[s.start : s.end] in _CAPS_ACRONYMS
                    and not value.value.isupper()
                )
                # nor a part of a code ("ARR-LIM-0417" once "LIM SIEW LAN" is known)
                and not (
                    s.kind == "PERSON"
                    and text[s.start - 1 : s.start] == "-"
                    and text[s.end : s.end + 1] == "-"
                )
            ]
            if extra:  # a learned name is not a declared value: the allow list applies ("Ruby on Rails")
                lang = _LazyLanguage(folded.text)
                # a learned name where this text's rules already found that person needs no second judgement
                found_here = {(s.start, s.end) for s in spans if s.kind == "PERSON"}
                # a name in a register's column of this text is a person where it opens a sentence here too
                # ("Opio | Denis" in the table, then "Opio starts in the Jinja Road branch")
                listed_here = {
                    fold_str(text[s.start : s.end])
                    for s in spans
                    if s.kind == "PERSON" and s.recognizer == "table"
                }
                extra = [
                    s
                    for s in self._allow.filter(extra, folded)
                    if (s.start, s.end) in found_here
                    or not _thing(text, s, lang, listed=fold_str(text[s.start : s.end]) in listed_here)
                ]
                # a part of a mention this text's detections already cover never replaces the whole ("@Bram
                # Visser": the learned "Bram Visser" matches only "Visser" after the "@")
                # and a learned name inside a longer name the rules found here adds nothing ("Lola M. re
                # subvención": the learned "Lola" would win over the rules' "Lola M." and leave the initial)
                extra = [
                    e
                    for e in extra
                    if not any(
                        d.kind == e.kind == "PERSON"
                        and d.start <= e.start
                        and e.end <= d.end
                        and (text[d.start - 1 : d.start] == "@" or _with_initials(text, d, e, lang))
                        for d in spans
                    )
                ]
                # "Ah Keat" learned, "ahkeat.lim" here: the whole user name goes
                extra = [whole_handle(text, e) if e.kind == "PERSON" else e for e in extra]
            out.append(resolve(spans + extra, text) if extra else spans)
        return out

    def _learn(self, item: SensitiveValue) -> None:
        # declared names are matched by the run's own matcher already; identifiers feed the leak gate
        if item.kind not in WORD_KINDS or item not in self._declared_set:
            self._index.add(item)

    def _replace(self, text: str, spans: list[Span]) -> tuple[str, list[dict[str, Any]]]:
        parts: list[str] = []
        entities: list[dict[str, Any]] = []
        pos = 0
        for span in spans:
            surface = text[span.start : span.end]
            canonical = span.canonical if span.recognizer == "record" else None
            placeholder = self._registry.placeholder(span.kind, surface, canonical)
            parts.append(text[pos : span.start])
            parts.append(placeholder)
            pos = span.end
            self._report.counts[span.kind] = self._report.counts.get(span.kind, 0) + 1
            self._report.recognizers[span.recognizer] = self._report.recognizers.get(span.recognizer, 0) + 1
            entities.append(
                {
                    "type": span.kind,
                    "start": span.start,
                    "end": span.end,
                    "score": round(span.score, 3),
                    "recognizer": span.recognizer,
                    "text": surface,
                    "placeholder": placeholder,
                }
            )
        parts.append(text[pos:])
        return "".join(parts), entities

    def redact_obj(self, obj: Any) -> Any:
        """A redacted copy of nested dicts/lists/tuples: strings redacted (batched), keys and numbers kept."""
        strings: list[str] = []

        def collect(node: Any) -> None:
            if isinstance(node, str):
                strings.append(node)
            elif isinstance(node, dict):
                for value in node.values():
                    collect(value)
            elif isinstance(node, (list, tuple)):
                for value in node:
                    collect(value)

        collect(obj)
        redacted = iter(self.redact_many(strings))

        def rebuild(node: Any) -> Any:
            if isinstance(node, str):
                return next(redacted)
            if isinstance(node, dict):
                return {key: rebuild(value) for key, value in node.items()}
            if isinstance(node, list):
                return [rebuild(value) for value in node]
            if isinstance(node, tuple):
                return tuple(rebuild(value) for value in node)
            return node

        return rebuild(obj)

    # --- back again ---------------------------------------------------------------------------------------
    def restore(self, text: str) -> str:
        """Placeholders -> original values (for the Odoo write-back); unknown placeholders are left as is."""
        if not isinstance(text, str):
            return text
        with self._lock:
            return self._registry.restore(text)

    @property
    def mapping(self) -> dict[str, str]:
        """Placeholder -> original value (in memory only; never log it)."""
        with self._lock:
            return dict(self._registry.mapping)

    # --- leak gate ----------------------------------------------------------------------------------------
    def leak_check(self, text: str) -> list[str]:
        """Kinds of known sensitive values still present in ``text`` (tolerant: case, accents, spacing).

        Known values: those the records declare, and those this run has replaced.
        """
        if not text:
            return []
        masked = PLACEHOLDER_RE.sub(lambda m: " " * len(m.group(0)), text)
        folded = fold_str(masked)
        with self._lock:
            for placeholder, original in self._registry.mapping.items():
                kind = PLACEHOLDER_RE.match(placeholder)
                if kind is not None:
                    self._learn(SensitiveValue(kind.group(1), original, "session"))
            kinds = {span.kind for span in self._matcher.find(masked)}
            candidates = self._index.candidates(text_words(folded))
            if candidates:
                kinds |= {span.kind for span in matcher_for(candidates, self._allow_terms).find(masked)}
            kinds |= self._index.identifier_kinds(folded)
        return sorted(kinds)

    def scan(self, text: str) -> dict[str, int]:
        """Entity kinds the detectors still find in ``text`` outside placeholders (counts, no values)."""
        masked = PLACEHOLDER_RE.sub(lambda m: " " * len(m.group(0)), text)
        spans = self._redactor.detect([masked], self._matcher, self._allow)[0]
        counts: dict[str, int] = {}
        for span in spans:
            counts[span.kind] = counts.get(span.kind, 0) + 1
        return counts

    def gate(self, prompt: str) -> list[str]:
        """The leak gate on a rendered prompt: raise :class:`LeakBlocked` (setting ``block``) or warn."""
        kinds = self.leak_check(prompt)
        if kinds:
            message = f"known sensitive values still in the prompt: {', '.join(kinds)}"
            if self._redactor.settings.leak_gate == "block":
                raise LeakBlocked(message)
            log.warning("leak gate (warn mode): %s", message)
        return kinds

    # --- report and persistence ---------------------------------------------------------------------------
    def report(self) -> RedactionReport:
        """Counts per entity type, recognizers that fired, time spent; never values."""
        with self._lock:
            r = self._report
            return RedactionReport(dict(r.counts), dict(r.recognizers), r.seconds, r.ner, r.texts, r.chars)

    def export_encrypted(self, key: persist.KeyLike | None = None) -> bytes:
        """The placeholder map encrypted with ``key`` (default: ``redaction.persist_key``)."""
        key = key if key is not None else self._redactor.settings.persist_key
        return persist.encrypt_mapping(self.mapping, key, {"counts": self.report().counts})

    @staticmethod
    def decrypt_mapping(
        blob: bytes | str, key: persist.KeyLike, max_age_days: int | None = None
    ) -> dict[str, str]:
        """Decrypt an exported map (re-identification: the caller must log it)."""
        return persist.decrypt_mapping(blob, key, max_age_days)
