"""The static MiniLM embedder (the dispute classifier's embedding view): its arithmetic, its cache, and that the
distilled table keeps the transformer's sense of similarity."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant import embeddings as E


def _random_table(seed: int = 3) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.normal(size=(30522, E.DIM)).astype(np.float32)


def test_encode_is_the_weighted_mean_of_token_vectors_minus_the_centre() -> None:
    table = _random_table()
    emb = E.StaticEmbedder(table)
    corpus = ["the invoice rate is wrong", "the invoice hours are wrong", "payment next week"]
    weights = emb.token_weights(corpus)
    ids = emb.token_ids(["invoice rate wrong"])[0]
    assert ids and E.CLS_ID not in ids and E.SEP_ID not in ids
    w = weights[ids]
    expected = (table[ids] * w[:, None]).sum(axis=0) / w.sum() - table.mean(axis=0)
    expected /= np.linalg.norm(expected)
    got = emb.encode(["invoice rate wrong"], weights)[0]
    assert np.allclose(got, expected, atol=1e-5)
    # frequent tokens weigh less than rare ones
    the, payment = emb.token_ids(["the"])[0][0], emb.token_ids(["payment"])[0][0]
    assert weights[the] < weights[payment]


def test_encode_keeps_order_handles_empty_text_and_no_text() -> None:
    emb = E.StaticEmbedder(_random_table())
    weights = emb.token_weights(["a b c"])
    texts = ["short", "", "a much longer text about an invoice and its hours"]
    out = emb.encode(texts, weights)
    assert out.shape == (3, E.DIM) and np.allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-5)
    assert np.allclose(out[2], emb.encode([texts[2]], weights)[0], atol=1e-6)
    assert emb.encode([], weights).shape == (0, E.DIM)


def test_table_is_cached_and_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def fake_build(embedder: object, *, batch: int = 1024) -> np.ndarray:
        calls.append(1)
        return _random_table(seed=len(calls))

    monkeypatch.setenv("ASSISTANT_DISPUTES_MODEL_CACHE", str(tmp_path))
    monkeypatch.setattr(E.StaticEmbedder, "build_table", staticmethod(fake_build))
    monkeypatch.setattr(E, "get_embedder", lambda: None)
    monkeypatch.setattr(E, "_static", None)
    first = E.get_static_embedder()
    assert calls == [1] and list(tmp_path.glob("minilm-static-*.npy"))
    monkeypatch.setattr(E, "_static", None)  # a new process
    second = E.get_static_embedder()
    assert calls == [1], "the cached table must be read back, not rebuilt"
    assert np.allclose(first.table, second.table, atol=1e-2)  # stored as float16
    # a damaged cache is rebuilt, never an error
    next(tmp_path.glob("minilm-static-*.npy")).write_bytes(b"not a table")
    monkeypatch.setattr(E, "_static", None)
    E.get_static_embedder()
    assert calls == [1, 1]
    # caching off: built in memory, nothing written
    monkeypatch.setenv("ASSISTANT_DISPUTES_MODEL_CACHE", "off")
    monkeypatch.setattr(E, "_static", None)
    E.get_static_embedder()
    assert calls == [1, 1, 1]


def test_distilled_table_ranks_like_the_transformer() -> None:
    """The real table (built from the installed int8 MiniLM, or read from the cache), with the token weights the
    classifier uses (counted on its training emails): paraphrases are closer than different intents."""
    from assistant.classifiers._model import load_training

    emb = E.get_static_embedder()
    texts = [
        "The hourly rate on the invoice is higher than the rate in our contract.",
        "You billed us 150 per hour but the agreed rate was 120 per hour.",
        "We will pay the outstanding invoice next Friday.",
        "Payment of the open amount is scheduled for the end of the month.",
    ]
    weights = emb.token_weights([e.text for e in load_training()])
    static = emb.encode(texts, weights)
    sims = static @ static.T
    assert sims[0, 1] > sims[0, 2] and sims[0, 1] > sims[0, 3]
    assert sims[2, 3] > sims[2, 0] and sims[2, 3] > sims[2, 1]
