"""The :class:`Redactor`: engines built lazily once, reused by every run, safe to share between threads.

``detect`` is the whole analysis of a batch of texts: record-declared values, pattern recognizers, the
rule-based person recognizer, batched spaCy NER for English texts, the allow list, overlap resolution.
Sessions (:mod:`redaction.session`) turn detections into consistent placeholders.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import regex

from redaction import lexicon
from redaction.allow import AllowList
from redaction.errors import ConfigError, InputError, RedactionError
from redaction.lexicon import detect_language
from redaction.ner import MODEL_NAME, NerEngine, model_installed, needs_ner
from redaction.normalize import Folded, fold, fold_str, form_leaders, repair_mojibake
from redaction.recognizers.address import AddressRecognizer
from redaction.recognizers.address_slashes import slashed_addresses
from redaction.recognizers.bank_account import BankAccountRecognizer
from redaction.recognizers.base import Recognizer
from redaction.recognizers.card import CardRecognizer
from redaction.recognizers.email import EmailRecognizer
from redaction.recognizers.iban import IbanRecognizer
from redaction.recognizers.id_shapes import same_shape_ids
from redaction.recognizers.ip import IpRecognizer
from redaction.recognizers.labelled import client_numbers_of_persons
from redaction.recognizers.listed_ids import listed_ids
from redaction.recognizers.national_id import NationalIdRecognizer
from redaction.recognizers.person import PersonRecognizer
from redaction.recognizers.person.contacts import names_before_phones
from redaction.recognizers.person.joined import joined_names, nicknamed_family_names
from redaction.recognizers.person.slots import extend_name
from redaction.recognizers.person.tagger import PersonTagger
from redaction.recognizers.person.tokens import known_first
from redaction.recognizers.person.within import (
    defined_initials,
    handle_surnames,
    ids_again,
    lone_initials,
    lower_echoes,
    paired_names,
    path_names,
    spread_in_text,
    whole_handle,
    wrapped_names,
)
from redaction.recognizers.person.wordcues import word_names_in_place
from redaction.recognizers.phone import PhoneRecognizer
from redaction.recognizers.rows import row_birth_dates, row_codes
from redaction.recognizers.tables import TableRecognizer, drop_header_cells
from redaction.recognizers.url import UrlRecognizer
from redaction.recognizers.vat import VatRecognizer
from redaction.record import RecordMatcher
from redaction.resolve import resolve
from redaction.settings import RedactionSettings
from redaction.types import RecordContext, Span

if TYPE_CHECKING:
    from redaction.session import RedactionSession

log = logging.getLogger(__name__)
_WORDS = regex.compile(r"[a-z]+")


def check_text(text: object, max_chars: int) -> str:
    """Validate one input: None -> "", non-text -> InputError, oversized -> RedactionError."""
    if text is None:
        return ""
    if isinstance(text, (bytes, bytearray)):
        raise InputError("redaction expects text (str), got bytes: decode it first (UTF-8)")
    if not isinstance(text, str):
        raise InputError(f"redaction expects text (str), got {type(text).__name__}")
    if len(text) > max_chars:
        raise RedactionError(
            f"text of {len(text):,} characters exceeds the redaction limit of {max_chars:,} "
            "(redaction.max_chars); split it or raise the limit"
        )
    return text


class Redactor:
    """Detects personal and client data; build once and share (engines are created on first use)."""

    def __init__(self, settings: RedactionSettings | None = None) -> None:
        self.settings = settings or RedactionSettings()
        self._lock = threading.Lock()
        self._ner: NerEngine | None = None
        self._ner_tried = False
        self._ner_error: str | None = None
        self.recognizers: list[Recognizer] = [
            EmailRecognizer(),
            UrlRecognizer(),
            IbanRecognizer(),
            BankAccountRecognizer(),
            CardRecognizer(),
            VatRecognizer(),
            NationalIdRecognizer(),
            IpRecognizer(),
            PhoneRecognizer(),
            AddressRecognizer(),
            PersonRecognizer(),
            TableRecognizer(),
        ]
        # the learned person scorer: names the rules left, added as a union (settings.person_tagger)
        self.tagger: PersonTagger | None = PersonTagger() if self.settings.person_tagger else None

    # --- engines ------------------------------------------------------------------------------------------
    def _get_ner(self) -> NerEngine | None:
        if self._ner_tried:
            return self._ner
        with self._lock:
            if self._ner_tried:
                return self._ner
            mode = self.settings.ner
            if mode != "off":
                if model_installed():
                    try:
                        self._ner = NerEngine()
                    except Exception as exc:  # a broken model install must not stop redaction
                        self._ner_error = f"{type(exc).__name__}: {exc}"
                        log.warning("NER model %s could not be loaded: %s", MODEL_NAME, self._ner_error)
                else:
                    self._ner_error = f"model package {MODEL_NAME} is not installed"
                if self._ner is None and mode == "on":
                    self._ner_tried = True
                    raise ConfigError(f"redaction.ner=on but NER is unavailable: {self._ner_error}")
            self._ner_tried = True
            return self._ner

    def warm_up(self) -> None:
        """Load every NER model now (a French model otherwise loads on the first French text)."""
        ner = self._get_ner()
        if ner is not None:
            ner.load_all()

    @property
    def ner_available(self) -> bool:
        """True if spaCy NER is in use (False: pattern + record-aware mode)."""
        return self._get_ner() is not None

    def describe(self) -> dict[str, Any]:
        """What `assistant doctor` shows: mode, model, recognizers, limits."""
        ner = self._get_ner()
        return {
            "mode": "ner+patterns+record" if ner else "patterns+record",
            "ner_setting": self.settings.ner,
            "model": {"name": ner.model_name, "version": ner.version, "spacy": ner.spacy_version}
            if ner
            else None,
            "ner_models": ner.models() if ner else {},
            "ner_error": self._ner_error,
            "recognizers": [
                "record",
                *(r.name for r in self.recognizers),
                *(["ner"] if ner else []),
                *([self.tagger.name] if self.tagger else []),
            ],
            "leak_gate": self.settings.leak_gate,
            "max_chars": self.settings.max_chars,
            "score_threshold": self.settings.score_threshold,
            "persistence": self.settings.persist_key is not None,
        }

    # --- runs ---------------------------------------------------------------------------------------------
    def session(self, context: RecordContext | None = None) -> RedactionSession:
        """A run: consistent placeholders across all its texts."""
        from redaction.session import RedactionSession

        return RedactionSession(self, context)

    def detect(self, texts: list[str], matcher: RecordMatcher, allow: AllowList) -> list[list[Span]]:
        """Resolved detections for each text (already validated). A text whose UTF-8 an export read as
        Windows-1252 ("MÃ¼ller") is searched repaired, its spans mapped back to the text as given; a form's dot
        leaders are searched as a colon ("Personalnummer ........ 00417")."""
        texts = [form_leaders(t) or t for t in texts]  # same lengths: the spans are the given texts' spans
        repaired = [repair_mojibake(t) for t in texts]
        if any(repaired):
            found = self._detect(
                [r[0] if r else t for t, r in zip(texts, repaired, strict=True)], matcher, allow
            )
            return [
                [replace(s, start=r[1][s.start], end=r[1][s.end]) for s in spans] if r else spans
                for spans, r in zip(found, repaired, strict=True)
            ]
        return self._detect(texts, matcher, allow)

    def _detect(self, texts: list[str], matcher: RecordMatcher, allow: AllowList) -> list[list[Span]]:
        folded = [fold(t) for t in texts]
        langs = [detect_language(_WORDS.findall(f.text[:2000])) for f in folded]
        found: list[list[Span]] = []
        for text, ftext, lang in zip(texts, folded, langs, strict=True):
            spans = matcher.find(text, ftext) if text else []
            if text.strip():
                for recognizer in self.recognizers:
                    spans.extend(recognizer.find(text, lang))
            found.append(spans)
        ner = self._get_ner()
        if ner is not None:
            todo = [
                i
                for i, (t, lang) in enumerate(zip(texts, langs, strict=True))
                if needs_ner(t, lang, ner.langs, found[i])
            ]
            persons = ner.persons([texts[i] for i in todo], [langs[i] for i in todo])
            for i, spans in zip(todo, persons, strict=True):
                found[i].extend(spans)
        if self.tagger is not None:
            for text, lang, spans in zip(texts, langs, found, strict=True):
                if text.strip():
                    spans.extend(self.tagger.find(text, lang, spans))
        return [
            self._finish(t, f, s, allow, lang)
            for t, f, s, lang in zip(texts, folded, found, langs, strict=True)
        ]

    def _finish(
        self, text: str, folded: Folded, spans: list[Span], allow: AllowList, lang: str = ""
    ) -> list[Span]:
        # glued to letters or digits, or holding an ordinal's sign ("Vº Bº: P. Ainsa"; not "Mª", María's): no name
        spans = [
            s
            for s in spans
            if not (s.kind == "PERSON" and (_glued(text, s.start, s.end) or "º" in text[s.start : s.end]))
        ]
        # a department's or an identity document's initials ("DAF", "CNIC"), whatever found them, rules, NER or
        # the scorer, are no person's (the rules' own filter also reads what two capitals stand for)
        spans = [
            s
            for s in spans
            if not (
                s.kind == "PERSON"
                and s.recognizer != "record"
                and text[s.start : s.end] in lexicon.NOT_INITIALS
            )
        ]
        spans = [t for s in spans for t in _after_travel_head(text, s)]
        spans = [
            part
            for s in spans
            for part in (
                _person_parts(text, whole_handle(text, extend_name(text, s)))
                if s.kind == "PERSON" and s.recognizer != "record"
                else (s,)
            )
        ]
        spans = drop_header_cells(text, spans)
        spans = spans + word_names_in_place(text, spans, lang)
        spans += joined_names(text, spans)  # "Yusuf + Mai", "bas & fleur"
        spans = spread_in_text(text, spans + defined_initials(text, spans))
        spans += lower_echoes(text, spans)
        spans += handle_surnames(text, spans)
        spans += path_names(text, spans) + wrapped_names(text, spans)
        spans += paired_names(text, spans) + ids_again(text, spans)
        spans += nicknamed_family_names(text, spans)  # 'Stefanie "Steef" Koopmans'
        spans += same_shape_ids(text, spans)
        spans += listed_ids(text, spans)  # "Geboortedata: Lieke 14-08-1958, Bas 03-05-1989"
        spans += client_numbers_of_persons(text, spans)  # "Dara Fitzgerald (client no. KP-22817)"
        spans += row_birth_dates(text, spans)  # "Raúl Jiménez Ortega | 48291736Q | 14/05/1981"
        spans += row_codes(text, spans)  # "Franck Dubois-Mercier      12/06/1975     19AB48213"
        spans += names_before_phones(text, spans)
        spans += slashed_addresses(text, spans)
        spans += lone_initials(text, spans)
        spans = _joined_persons(text, spans, _MARRIED, 12)  # "Aïssatou Bâ épouse Ndiaye"
        spans = _joined_persons(text, spans, _PARTICLES_BETWEEN, 16)  # "Harrie" + "van" + "Gorp"
        return resolve(allow.filter(_merge_persons(spans), folded), text, self.settings.score_threshold)


# The word that joins a birth name and a married name in one ("Aïssatou Bâ épouse Ndiaye", "Anna Berg verh. Kovač")
_MARRIED = regex.compile(r"[ \t]+(?:épouse|epouse|ép\.|ep\.|veuve|vve|née|nee|verh\.|verw\.|geb\.)[ \t]+\Z")


# Only a family name's particles between two persons ("Harrie" + "van" + "Gorp", "Ana" + "de la" + "Fuente")
_PARTICLES_BETWEEN = regex.compile(
    r"[ ](?:(?:van|von|de|der|den|du|des|da|das|do|dos|del|della|di|la|le|ter|ten|te|'t|’t|zu|vom|zum|zur|in)[ ])"
    r"{1,3}\Z"
)


def _joined_persons(text: str, spans: list[Span], between: regex.Pattern[str], gap: int) -> list[Span]:
    """Two persons with only ``between`` between them (at most ``gap`` characters: the word of a marriage, a family
    name's particles) are one person's name, the given name and the family name found apart."""
    persons = sorted(
        (s for s in spans if s.kind == "PERSON" and s.recognizer != "record"), key=lambda s: s.start
    )
    joined = [
        Span(a.start, b.end, "PERSON", max(a.score, b.score), a.recognizer)
        for a, b in zip(persons, persons[1:], strict=False)
        if a.end < b.start <= a.end + gap and between.match(text, a.end, b.start)
    ]
    return spans + joined


def _merge_persons(spans: list[Span]) -> list[Span]:
    """Person spans of the rules, NER and the scorer that overlap in part become one ("Mei Ling" and "Ling
    Tan": "Mei Ling Tan"), and a span inside another gives way to it with its score."""
    persons = sorted(
        (s for s in spans if s.kind == "PERSON" and s.recognizer != "record"), key=lambda s: (s.start, -s.end)
    )
    if len(persons) < 2:
        return spans
    merged: list[Span] = []
    for s in persons:
        last = merged[-1] if merged else None
        if last is not None and s.start < last.end < s.end:
            merged[-1] = replace(last, end=s.end, score=max(last.score, s.score), canonical=None)
        elif last is not None and s.end <= last.end:
            merged[-1] = replace(last, score=max(last.score, s.score))  # "Ling Tan" inside "Mei Ling Tan"
        else:
            merged.append(s)
    if len(merged) == len(persons):
        return spans
    return [s for s in spans if s.kind != "PERSON" or s.recognizer == "record"] + merged


_GAP = regex.compile(r"[ \u00a0]{3,}|[\t\n]|[ \u00a0]*\|[ \u00a0]*")


def _person_parts(text: str, span: Span) -> list[Span]:
    """A name never spans a form's column gap or a line break ("DESMOND BAPTISTE              Defendant",
    "Tesfaye Gebremedhin\nAssigned"): keep the first part that is no form or table label ("Role        Name"
    is none at all)."""
    inner = text[span.start : span.end]
    pieces: list[tuple[int, int]] = []
    pos = 0
    for m in _GAP.finditer(inner):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(inner)))
    if len(pieces) == 1 and fold_str(inner) not in lexicon.FORM_LABELS:
        return [span]
    for a, b in pieces:
        if b > a and fold_str(inner[a:b]) not in lexicon.FORM_LABELS:
            return [replace(span, start=span.start + a, end=span.start + b, canonical=None)]
    return []


_HEAD = regex.compile(r"([\p{L}\p{M}-]+)[ \t]+")


def _after_travel_head(text: str, span: Span) -> list[Span]:
    """A ride, a trip or a fair opening a person span ("Train Waverley", "Taxi Hbf", "Messe Riem") leaves only a
    given name of the lists after it ("Taxi Hbf" and "Train Waverley" hold none); other spans pass unchanged."""
    if span.kind != "PERSON" or span.recognizer == "record":
        return [span]
    head = _HEAD.match(text, span.start, span.end)
    if head is None or fold_str(head.group(1)) not in lexicon.TRAVEL_HEADS or not head.group(1)[0].isupper():
        return [span]
    rest = text[head.end() : span.end]
    if not known_first(fold_str(rest.split()[0]), ambiguous_ok=False):
        return []
    return [replace(span, start=head.end(), canonical=None)]


def _glued(text: str, start: int, end: int) -> bool:
    """A name found inside a longer run of letters and digits ("dede" in a hash "56dede86") is none."""
    return (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())
