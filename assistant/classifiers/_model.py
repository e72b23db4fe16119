"""The offline dispute classifier: multilingual character n-grams + MiniLM sentence embeddings, two logistic
regressions fused in log-probability space, trained at first use on the labelled set kept in the repo.

Why two views (measured, see ``evals/disputes`` and the README of the eval): all-MiniLM-L6-v2 is an English model;
alone it reaches macro-F1 ~0.55 on the held-out five-language set, while hashed character n-grams reach ~0.81 and
the fusion ~0.83 (weight 0.2 on the embedding view, chosen by 5-fold cross-validation on the *training* set,
not on the eval set). Pure numpy: no torch, no scikit-learn.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from assistant.classifiers._text import prepare

TRAIN_FILE = Path(__file__).parent / "data" / "train.jsonl"
LABELS = ("rate_dispute", "hours_dispute", "scope_dispute", "billing_error", "documentation_request",
          "payment_promise", "already_paid", "not_dispute")
TRIAGE = "needs_triage"
MODEL_LABEL = "minilm-int8+chargram-logreg"
HASH_DIM = 2 ** 13
EMBEDDING_WEIGHT = 0.2  # 5-fold CV on the training set: 0 -> 0.826, 0.2 -> 0.867, 0.35 -> 0.843, 0.5 -> 0.822
TEMPERATURE = 0.40  # fitted on out-of-fold training predictions by evals/disputes/calibrate.py

Matrix = npt.NDArray[np.float32]


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[a-z]{2,5}/\d{4}/\d+", " invref ", text)  # invoice numbers carry no intent
    text = re.sub(r"\d+", " 0 ", text)
    return re.sub(r"[^a-z0 ]+", " ", text)


def hashed_ngrams(text: str) -> dict[int, int]:
    """Character 2-5-grams inside word boundaries plus word bigrams, hashed into ``HASH_DIM`` buckets."""
    counts: dict[int, int] = {}
    words = _normalise(text).split()
    for word in words:
        padded = f" {word} "
        for n in range(2, 6):
            for i in range(len(padded) - n + 1):
                h = zlib.crc32(padded[i:i + n].encode()) % HASH_DIM
                counts[h] = counts.get(h, 0) + 1
    for a, b in zip(words, words[1:], strict=False):
        h = zlib.crc32(f"B{a} {b}".encode()) % HASH_DIM
        counts[h] = counts.get(h, 0) + 1
    return counts


def _tfidf(rows: Sequence[dict[int, int]], idf: Matrix) -> Matrix:
    out = np.zeros((len(rows), HASH_DIM), dtype=np.float32)
    for i, row in enumerate(rows):
        for h, c in row.items():
            out[i, h] = (1.0 + np.log(c)) * idf[h]
    out /= np.linalg.norm(out, axis=1, keepdims=True) + 1e-9
    return out


def softmax(z: Matrix) -> Matrix:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return np.asarray(e / e.sum(axis=1, keepdims=True), dtype=np.float32)


def train_logreg(x: Matrix, y: npt.NDArray[np.int64], k: int, *, lam: float = 1e-5, iters: int = 200,
                 lr: float = 0.05) -> tuple[Matrix, Matrix]:
    """Multinomial logistic regression with L2, full-batch Adam (deterministic: zero init, no sampling)."""
    n, d = x.shape
    w = np.zeros((d, k), dtype=np.float32)
    b = np.zeros(k, dtype=np.float32)
    target = np.eye(k, dtype=np.float32)[y]
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    for t in range(1, iters + 1):
        grad = (softmax(x @ w + b) - target) / n
        gw, gb = x.T @ grad + lam * w, grad.sum(axis=0)
        mw, vw = 0.9 * mw + 0.1 * gw, 0.999 * vw + 0.001 * gw * gw
        mb, vb = 0.9 * mb + 0.1 * gb, 0.999 * vb + 0.001 * gb * gb
        w -= lr * (mw / (1 - 0.9 ** t)) / (np.sqrt(vw / (1 - 0.999 ** t)) + 1e-8)
        b -= lr * (mb / (1 - 0.9 ** t)) / (np.sqrt(vb / (1 - 0.999 ** t)) + 1e-8)
    return w, b


@dataclass
class Example:
    """One labelled training email."""

    id: str
    label: str
    lang: str
    subject: str
    body: str

    @property
    def text(self) -> str:
        return prepare(self.subject, self.body).text


def load_training(path: Path = TRAIN_FILE) -> list[Example]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Example(r["id"], r["label"], r.get("lang", ""), r.get("subject", ""), r["body"]) for r in rows]


def training_hash(path: Path = TRAIN_FILE) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


@dataclass
class Prediction:
    """Probabilities over the eight labels, the top label and the nearest training example (for the reason)."""

    label: str
    confidence: float
    probabilities: dict[str, float]
    nearest_id: str
    nearest_text: str
    nearest_label: str
    nearest_similarity: float


class DisputeModel:
    """Trained on construction (about 3 s on 2 cores for ~500 examples); ``predict`` is thread-safe."""

    def __init__(self, examples: Sequence[Example], train_vectors: Matrix | None = None,
                 temperature: float = TEMPERATURE) -> None:
        from assistant.embeddings import get_embedder

        self.examples = list(examples)
        self.temperature = temperature
        self.texts = [e.text for e in self.examples]
        y = np.array([LABELS.index(e.label) for e in self.examples], dtype=np.int64)
        grams = [hashed_ngrams(t) for t in self.texts]
        df = np.zeros(HASH_DIM, dtype=np.float32)
        for row in grams:
            for h in row:
                df[h] += 1
        self.idf = (np.log((1 + len(grams)) / (1 + df)) + 1).astype(np.float32)
        self.w_char, self.b_char = train_logreg(_tfidf(grams, self.idf), y, len(LABELS))
        self.embedder = get_embedder()
        self.train_vectors = train_vectors if train_vectors is not None else self.embedder.encode(self.texts)
        self.w_emb, self.b_emb = train_logreg(self.train_vectors, y, len(LABELS), lam=1e-4, iters=300)

    def fused_log_probs(self, texts: Sequence[str], vectors: Matrix) -> Matrix:
        """Weighted sum of the two views' log-probabilities (before the temperature)."""
        p_char = softmax(_tfidf([hashed_ngrams(t) for t in texts], self.idf) @ self.w_char + self.b_char)
        p_emb = softmax(vectors @ self.w_emb + self.b_emb)
        return np.asarray((1 - EMBEDDING_WEIGHT) * np.log(p_char + 1e-9) + EMBEDDING_WEIGHT * np.log(p_emb + 1e-9),
                          dtype=np.float32)

    def predict_texts(self, texts: Sequence[str]) -> list[Prediction]:
        if not texts:
            return []
        vectors = self.embedder.encode(list(texts))
        fused = softmax(self.fused_log_probs(texts, vectors) / self.temperature)
        sims = vectors @ self.train_vectors.T
        out = []
        for i in range(len(texts)):
            top = int(fused[i].argmax())
            j = int(sims[i].argmax())
            out.append(Prediction(LABELS[top], round(float(fused[i, top]), 3),
                                  {lab: round(float(fused[i, k]), 4) for k, lab in enumerate(LABELS)},
                                  self.examples[j].id, self.texts[j], self.examples[j].label,
                                  round(float(sims[i, j]), 3)))
        return out


def get_embedder_vectors(examples: Sequence[Example]) -> Matrix:
    """MiniLM vectors of the training examples (what :class:`DisputeModel` embeds on construction)."""
    from assistant.embeddings import get_embedder

    vectors: Matrix = get_embedder().encode([e.text for e in examples])
    return vectors


_model: DisputeModel | None = None
_lock = threading.Lock()


def get_model(db: Any = None) -> DisputeModel:
    """The process-wide model, trained once from ``train.jsonl``.

    With a database (``assistant.store.Database``), the training examples' MiniLM vectors are kept in pgvector
    (collection ``dispute_train:<hash of train.jsonl>``): computed and stored on first use, read back afterwards,
    which removes most of the start-up cost.
    """
    global _model
    with _lock:
        if _model is None:
            examples = load_training()
            vectors = _stored_vectors(db, examples) if db is not None else None
            _model = DisputeModel(examples, train_vectors=vectors)
        return _model


def _stored_vectors(db: Any, examples: Sequence[Example]) -> Matrix | None:
    from sqlalchemy import select

    from assistant.embeddings import store_vectors
    from assistant.store.models import Embedding

    collection = f"dispute_train:{training_hash()}"
    try:
        with db.session() as s:
            rows = {r.ref: r.embedding for r in s.scalars(select(Embedding).where(Embedding.collection == collection))}
            if len(rows) == len(examples):
                return np.array([np.asarray(rows[e.id], dtype=np.float32) for e in examples], dtype=np.float32)
            vectors = get_embedder_vectors(examples)
            s.query(Embedding).filter(Embedding.collection == collection).delete()
            store_vectors(s, collection, [(e.id, e.label, e.text, {"lang": e.lang}) for e in examples], vectors)
            s.commit()
            return vectors
    except Exception:  # noqa: BLE001 - the store is an optimisation: the model trains without it
        return None
