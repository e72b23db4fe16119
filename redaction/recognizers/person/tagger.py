"""A learned person-token scorer, added as a union with the person rules (``RedactionSettings.person_tagger``).

A logistic regression over generic features of one word and its neighbours: its capitalisation and length,
its name-likeness (:mod:`redaction.namelike`), whether the name lists know it as a first name, a surname, a
word-name or a word, where it stands (sentence, line, text), and the closed-class words, punctuation and
name-shaped words around it (titles, greetings, prepositions, verbs of communication, ``w/``, ``cc``, ``@``,
speaker colons, parentheses, commas). No feature is the identity of a name. The weights are data
(``data/person_tagger.json``, built offline by ``data/_build_tagger.py`` from the gold of the tuned dev parts);
nothing is trained at run time.

It only scores words no other recognizer has covered and that could be names (not a stop word, a tool, a
title or a role word; a known name, a capitalised word or a lower-case word spelt somewhat like a name), and
adds a PERSON span for each run of adjacent words above the threshold.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from redaction import lexicon as lx
from redaction import namelike
from redaction.recognizers.person.guards import not_a_person
from redaction.recognizers.person.tokens import Token, blocked, known_first, known_surname
from redaction.recognizers.person.tokens import tokenize as _rules_tokenize
from redaction.recognizers.person.words import ADDRESSEES, CLOSINGS, DETERMINERS
from redaction.types import Span

RECOGNIZER = "tagger"
SCORE = 0.6  # the score of an added span (above the default score threshold of 0.4)
DATA_FILE = "person_tagger.json"
# a lower-case word no list knows is scored only when its letters look at least this much like a name
LOWER_FLOOR = -0.4
_SENTENCE_END = frozenset(".!?:;")
# week days are never names (months can be: "Ask June"; the model weighs those by their context)
_WEEKDAYS = lx.WEEKDAYS | lx.WEEKDAY_ABBREVIATIONS

# Closed-class words whose identity next to a candidate is a feature ("w/", "cc", "per", "met", "said").
_CUE_SETS: dict[str, frozenset[str]] = {
    "title": lx.TITLES,
    "pcue": lx.PERSON_CUES,
    "by": lx.PERSON_BY_CUES,
    "comm": lx.COMM_VERBS,
    "strong": lx.STRONG_VERBS,
    "to": lx.TO_CUES,
    "list": lx.LIST_HEADINGS,
    "chat": lx.CHAT_CUES,
    "source": lx.SOURCE_CUES,
    "coord": lx.COORDINATORS,
    "header": lx.HEADER_CUES,
    "rolelabel": lx.ROLE_LABELS,
    "role": lx.ROLE_WORDS,
    "team": lx.TEAM_WORDS,
    "tail": lx.NON_PERSON_TAILS,
    "org": lx.ORG_INDICATORS,
    "month": lx.MONTHS,
    "addressee": ADDRESSEES,
    "closing": CLOSINGS,
    "det": DETERMINERS,
}


@lru_cache(maxsize=1)
def _closed() -> frozenset[str]:
    out: set[str] = set(lx.all_stopwords())
    for words in _CUE_SETS.values():
        out |= words
    return frozenset(out)


def _shape(text: str) -> str:
    if text.islower():
        return "l"
    if text.isupper():
        return "U" if len(text) > 1 else "C"
    if text[0].isupper() and (len(text) == 1 or text[1:].replace("-", "").replace("'", "").islower()):
        return "C"
    return "M"


def _is_word(tok: Token) -> bool:
    return tok.text[0].isalpha()


def _len_bucket(n: int) -> str:
    return "1" if n <= 1 else "2" if n == 2 else "3" if n == 3 else "5" if n <= 5 else "8" if n <= 8 else "9"


def _strip_poss(folded: str) -> str:
    return folded[:-2] if len(folded) > 3 and folded[-2:] in ("'s", "’s") else folded


def name_lists(folded: str) -> list[str]:
    """Which name and word lists know a folded word."""
    out = []
    if known_first(folded, ambiguous_ok=False):
        out.append("first")
    elif known_first(folded, ambiguous_ok=True):
        out.append("first_amb")
    if known_surname(folded):
        out.append("sur")
    if folded in lx.word_like_names():
        out.append("wordlike")
    if folded in lx.ambiguous_names():
        out.append("amb")
    return out


def candidate(tok: Token) -> bool:
    """Whether a word could be a name: a word that is no stop word, title, tool or role word, and, in lower
    case, a known name or spelt somewhat like one."""
    return _is_word(tok) and _candidate(tok.text, tok.folded)


@lru_cache(maxsize=65536)
def _candidate(text: str, folded: str) -> bool:
    if len(text) < 2:
        return False
    folded = _strip_poss(folded)
    if blocked(folded) or folded in _WEEKDAYS:
        return False
    if folded.endswith("s") and (folded[:-1] in lx.ROLE_WORDS or folded[:-1] in lx.TEAM_WORDS):
        return False  # plural roles and departments ("Receivables", "Controllers")
    if text[0].isupper():
        return True
    return bool(name_lists(folded)) or namelike.score(folded) > LOWER_FLOOR


def _describe(tok: Token | None, person: set[int], idx: int) -> str:
    """A neighbour as a feature value: punctuation and closed-class words by identity, others by shape."""
    if tok is None:
        return "<none>"
    if tok.text == "\n":
        return "<nl>"
    if not _is_word(tok):
        return "<num>" if tok.text[0].isdigit() else tok.text
    desc = _describe_word(tok.text, tok.folded)
    if idx in person and desc[0] == "W":
        return desc[:2] + ":P"
    return desc


@lru_cache(maxsize=65536)
def _describe_word(text: str, folded: str) -> str:
    if folded in _closed():
        return folded
    desc = "W" + _shape(text)
    folded = _strip_poss(folded)
    if known_first(folded, ambiguous_ok=False) or known_surname(folded):
        return desc + ":N"
    return desc + (":n" if namelike.score(folded) > namelike.THRESHOLD else ":w")


def _cue_groups(tok: Token | None) -> tuple[str, ...]:
    if tok is None or not _is_word(tok):
        return ()
    return _groups(tok.folded)


@lru_cache(maxsize=65536)
def _groups(folded: str) -> tuple[str, ...]:
    return tuple(name for name, words in _CUE_SETS.items() if folded in words)


@lru_cache(maxsize=65536)
def _word_features(text: str, folded: str, lang: str) -> tuple[tuple[str, ...], float, str, str]:
    """The features of a word by itself (cached): features, name-likeness, shape, list membership."""
    shape = _shape(text)
    stripped = _strip_poss(folded)
    nl = max(-3.0, min(3.0, namelike.score(stripped)))
    nlb = str(max(-3, min(3, math.floor(nl * 2))))
    lists = name_lists(stripped)
    known = "+".join(lists) or "none"
    feats = [
        "shape=" + shape,
        "len=" + _len_bucket(len(stripped)),
        "lang=" + (lang or "?"),
        "shape_lang=" + shape + lang,
        "nlb=" + nlb,
        "nlb_shape=" + nlb + shape,
        "known=" + known,
        "known_shape=" + known + shape,
        "known_nlb=" + known + nlb,
    ]
    feats += ["list=" + name for name in lists]
    if stripped in lx.STOPWORDS.get(lang, frozenset()):
        feats.append("stop_lang")
    if "-" in stripped:
        feats.append("hyphen")
    if stripped != folded:
        feats.append("poss")
    return tuple(feats), nl, shape, known


def tokenize(text: str) -> list[Token]:
    """The person rules' tokens (words, numbers, newlines, punctuation), shared with the rules."""
    return _rules_tokenize(text)


@dataclass
class TextView:
    """What the features of one text need: its tokens, the language, the words of the text by case."""

    tokens: list[Token]
    lang: str
    lower_words: dict[str, int]
    cap_mid_words: dict[str, int]
    line_first: set[int]
    line_last: set[int]
    sentence_first: set[int]


def view(text: str, lang: str) -> TextView:
    tokens = tokenize(text)
    lower: dict[str, int] = {}
    cap_mid: dict[str, int] = {}
    line_first: set[int] = set()
    line_last: set[int] = set()
    sentence_first: set[int] = set()
    prev: Token | None = None
    last_word: int | None = None
    for i, tok in enumerate(tokens):
        if tok.text == "\n":
            if last_word is not None:
                line_last.add(last_word)
            last_word = None
        elif _is_word(tok):
            if prev is None or prev.text == "\n":
                line_first.add(i)
            if prev is None or prev.text == "\n" or prev.text in _SENTENCE_END:
                sentence_first.add(i)
            elif tok.text[0].isupper():
                key = _strip_poss(tok.folded)
                cap_mid[key] = cap_mid.get(key, 0) + 1
            if tok.text.islower():
                lower[tok.folded] = lower.get(tok.folded, 0) + 1
            last_word = i
        prev = tok
    if last_word is not None:
        line_last.add(last_word)
    return TextView(tokens, lang, lower, cap_mid, line_first, line_last, sentence_first)


def features(v: TextView, i: int, person: set[int]) -> tuple[list[str], float]:
    """The binary features of token ``i`` and its name-likeness score (the one real-valued feature).

    ``person``: indices of tokens other recognizers took for (parts of) person names."""
    tok = v.tokens[i]
    folded = _strip_poss(tok.folded)
    base, nl, shape, known = _word_features(tok.text, tok.folded, v.lang)
    sinit = i in v.sentence_first
    feats = list(base)
    if sinit:
        feats += ["sinit", "sinit_shape=" + shape, "sinit_known=" + known, "sinit_lang=" + shape + v.lang]
    if i in v.line_first:
        feats.append("line_first")
    if i in v.line_last:
        feats += ["line_last", "line_last_shape=" + shape]
    lower_n = v.lower_words.get(folded, 0) - (shape == "l")
    if lower_n > 0:
        feats += ["lower_elsewhere", "lower_elsewhere_shape=" + shape]
    cap_n = v.cap_mid_words.get(folded, 0) - (shape != "l" and not sinit)
    if cap_n > 0:
        feats += ["cap_elsewhere", "cap_elsewhere_shape=" + shape]
    toks = v.tokens
    # neighbours: the tokens right before and after, then the next word past punctuation
    p1 = toks[i - 1] if i > 0 else None
    p2 = toks[i - 2] if i > 1 else None
    n1 = toks[i + 1] if i + 1 < len(toks) else None
    n2 = toks[i + 2] if i + 2 < len(toks) else None
    d_p1, d_p2 = _describe(p1, person, i - 1), _describe(p2, person, i - 2)
    d_n1, d_n2 = _describe(n1, person, i + 1), _describe(n2, person, i + 2)
    feats += [
        "p1=" + d_p1,
        "p2=" + d_p2,
        "n1=" + d_n1,
        "n2=" + d_n2,
        "p2p1=" + d_p2 + "|" + d_p1,
        "n1n2=" + d_n1 + "|" + d_n2,
        "p1n1=" + d_p1 + "|" + d_n1,
        "p1_shape=" + d_p1 + "|" + shape,
        "n1_shape=" + d_n1 + "|" + shape,
        "p1_known=" + d_p1 + "|" + known,
        "n1_known=" + d_n1 + "|" + known,
    ]
    feats += ["p1g=" + g for g in _cue_groups(p1)]
    feats += ["p2g=" + g for g in _cue_groups(p2)]
    feats += ["n1g=" + g for g in _cue_groups(n1)]
    feats += ["n2g=" + g for g in _cue_groups(n2)]
    if (i - 1) in person or (i + 1) in person:
        feats += ["adj_person", "adj_person_shape=" + shape]
    if n1 is None or (n2 is None and n1.text in _SENTENCE_END):
        feats.append("text_last")
    return feats, nl


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    bias: float
    nl_weight: float
    threshold: float

    def probability(self, feats: list[str], nl: float) -> float:
        w = self.weights
        z = self.bias + self.nl_weight * nl + sum(w.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Model:
        weights = data["weights"]
        assert isinstance(weights, dict)
        return cls(
            {str(k): float(x) for k, x in weights.items()},
            float(str(data["bias"])),
            float(str(data["nl_weight"])),
            float(str(data["threshold"])),
        )


@lru_cache(maxsize=1)
def load_model() -> Model:
    """The committed weights (``data/person_tagger.json``)."""
    text = resources.files("redaction.data").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return Model.from_dict(json.loads(text))


class PersonTagger:
    """Adds PERSON spans for words the other recognizers left that the learned scorer finds name-like."""

    name = RECOGNIZER

    def __init__(self, model: Model | None = None, threshold: float | None = None) -> None:
        self._model = model
        self._threshold = threshold

    @property
    def model(self) -> Model:
        if self._model is None:
            self._model = load_model()
        return self._model

    def find(self, text: str, lang: str, spans: list[Span]) -> list[Span]:
        """PERSON spans for runs of uncovered candidate words scored at or above the threshold."""
        model = self.model
        threshold = model.threshold if self._threshold is None else self._threshold
        v = view(text, lang)
        person: set[int] = set()
        free: list[int] = []
        for i, tok in enumerate(v.tokens):
            if not _is_word(tok):
                continue
            if not _candidate(tok.text, tok.folded):
                if any(s.kind == "PERSON" and s.start < tok.end and tok.start < s.end for s in spans):
                    person.add(i)
                continue
            hit = [s for s in spans if s.start < tok.end and tok.start < s.end]
            if not hit:
                free.append(i)
            elif any(s.kind == "PERSON" for s in hit):
                person.add(i)
        if not free:
            return []
        out: list[Span] = []
        for i in free:
            if lang in ("de", "nl", "") and _after_genitive(v.tokens, i, person):
                continue
            feats, nl = features(v, i, person)
            if model.probability(feats, nl) >= threshold:
                tok = v.tokens[i]
                end = tok.end - (len(tok.folded) - len(_strip_poss(tok.folded)))
                if out and _adjacent(text, out[-1].end, tok.start):
                    out[-1] = Span(out[-1].start, end, "PERSON", SCORE, RECOGNIZER)
                else:
                    out.append(Span(tok.start, end, "PERSON", SCORE, RECOGNIZER))
        return [s for s in out if not not_a_person(text, s.start, s.end)]


def _after_genitive(tokens: list[Token], i: int, person: set[int]) -> bool:
    """German and Dutch: the noun a name in the genitive owns ("Müllers Bericht", "Jans fiets"): the name
    before ends in an "s" that is no part of a known name ("Thomas" is one), and the word is no known name."""
    tok = tokens[i]
    return (
        i > 0
        and i - 1 in person
        and tokens[i - 1].folded.endswith("s")
        and not name_lists(tokens[i - 1].folded)
        and tokens[i - 1].end < tok.start
        and not name_lists(tok.folded)
    )


def _adjacent(text: str, end: int, start: int) -> bool:
    return start >= end and not text[end:start].strip()
