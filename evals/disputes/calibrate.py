"""Choose the dispute classifier's settings (``python -m evals.disputes.calibrate [--search] [--threshold-only]``).

Grouped 5-fold cross-validation on ``assistant/classifiers/data/train.jsonl``: the variants of one composed
sentence, and its translations (they share a ``group``), stay in one fold, so a fold is scored on sentences
it has not seen in any language. From the out-of-fold predictions:

- ``--search`` compares a small grid of the embedding weight, the cue weight and the n-gram L2 (macro-F1 of
  the top label); the best values go into ``assistant/classifiers/_model.py``;
- ``--search --by-author`` ranks the same kind of grid by **leave-one-author-out** macro-F1 instead: each
  hand-written source (the earlier hand-written emails and each card author) is scored by a model trained
  without any of its rows, the closest stand-in the training set has for mail by an author never seen (the
  static embedding view was chosen this way, see the README);
- the temperature is the one that minimises the out-of-fold log-loss (``TEMPERATURE``);
- the confidence threshold (the default of ``ASSISTANT_DISPUTES__CONFIDENCE_THRESHOLD``) is chosen on
  held-out data: the tuned eval (``eval.jsonl``), the dev split of the new holdout (``holdout2.jsonl``, split
  ``dev``) and the out-of-fold predictions of the *hand-written* training emails (``handwritten.jsonl``,
  ``handwritten_voices.jsonl``, ``scenarios.txt``; the composed ones are easier than real mail, so their
  out-of-fold confidences are too optimistic). It is the lowest threshold at which the precision of the
  non-triage answers is at least ``MIN_PRECISION`` on the two tuning sets and at least ``MIN_PRECISION_OOF``
  on the hand-written folds (the most coverage that keeps the precision).

The first blind holdout and the blind split of the new holdout are never read here.
"""

from __future__ import annotations

import argparse
import itertools
import time
import zlib
from typing import Any

import numpy as np

from assistant.classifiers import _model as m

# On each tuning set: a margin over the 0.97 target, because unseen mail written by others runs several points
# below the tuning sets (the first blind holdout: 0.92-0.93 where eval and holdout2-dev are at 0.99-1.00).
MIN_PRECISION = 0.99
# On the hand-written training emails, scored out of fold: the acceptance target itself. They include the
# deliberately hard scenario cards (minimal pairs, near misses, misleading subjects), so they run below real mail.
MIN_PRECISION_OOF = 0.97
HANDWRITTEN_PREFIXES = ("train-", "voice-", "sc-", "ho-")
# Round 6: the threshold from grouped out-of-fold predictions alone. The hand-written rows come from five
# sources (the first hand-written emails and four card authors); text by yet another author is what the
# targets are about, so coverage must hold for each source, not only on average.
MIN_PRECISION_OOF_ALL = 0.975
MIN_COVERAGE_OOF_EACH = 0.87
AUTHORS = {
    "sc-n": "second author's cards",
    "sc-t": "third author's cards",
    "sc-p": "persona-first emails",
    "sc-q": "counterpart-first emails",
    "ho-holdout3": "holdout3's author",
    "ho-holdout4": "holdout4's author",
    "ho-holdout5": "holdout5's authors",
}


def author_of(ident: str) -> str:
    """The source of a hand-written training row (by id prefix), '' for a composed one."""
    if ident.startswith(("train-", "voice-")):
        return "earlier hand-written"
    for prefix, name in AUTHORS.items():
        if ident.startswith(prefix):
            return name
    return "first scenario cards" if ident.startswith("sc-") else ""


def oof_threshold(
    probs: np.ndarray, gold: np.ndarray, ids: list[str]
) -> tuple[float | None, list[tuple[float, float, float, dict[str, float]]]]:
    """The highest threshold at which the hand-written rows out of fold keep precision >= MIN_PRECISION_OOF_ALL
    and every source keeps coverage >= MIN_COVERAGE_OOF_EACH (None if no threshold does); with the table
    (threshold, precision, coverage, coverage per source)."""
    sources = np.array([author_of(i) for i in ids])
    hand = sources != ""
    table = []
    for cut in THRESHOLDS:
        precision, coverage = precision_coverage(probs[hand], gold[hand], cut)
        each = {
            s: precision_coverage(probs[sources == s], gold[sources == s], cut)[1]
            for s in sorted(set(sources[hand]))
        }
        table.append((cut, precision, coverage, each))
    eligible = [
        cut
        for cut, precision, _, each in table
        if precision >= MIN_PRECISION_OOF_ALL and min(each.values()) >= MIN_COVERAGE_OOF_EACH
    ]
    return (max(eligible) if eligible else None), table


THRESHOLDS = [round(float(c), 2) for c in np.arange(0.50, 0.951, 0.05)]


def folds_of(examples: list[m.Example], folds: int) -> np.ndarray:
    """A fold per group (stable: crc32 of the group name)."""
    return np.array([zlib.crc32(e.group.encode()) % folds for e in examples])


def out_of_fold(
    folds: int = 5, vectors: np.ndarray | None = None, **params: Any
) -> tuple[np.ndarray, np.ndarray]:
    examples = m.load_training()
    vectors = m.get_embedder_vectors(examples) if vectors is None else vectors
    fold = folds_of(examples, folds)
    logits = np.zeros((len(examples), len(m.LABELS)), dtype=np.float32)
    for f in range(folds):
        train = [e for e, k in zip(examples, fold, strict=True) if k != f]
        model = m.DisputeModel(train, train_vectors=vectors[fold != f], temperature=1.0, **params)
        idx = np.where(fold == f)[0]
        logits[idx] = model.fused_log_probs([examples[i].text for i in idx], vectors[idx])
    gold = np.array([m.LABELS.index(e.label) for e in examples])
    return logits, gold


def leave_author_out(
    vectors: np.ndarray | None = None, **params: Any
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Out-of-author predictions: each hand-written source is scored by a model trained without any of its rows
    (the composed rows and the other authors' rows stay in), the closest proxy the training set has for mail by
    an author the model never saw. Returns the fused log-probabilities, the gold labels and the source of each
    hand-written row."""
    examples = m.load_training()
    vectors = m.get_embedder_vectors(examples) if vectors is None else vectors
    sources = np.array([author_of(e.id) for e in examples])
    hand = np.where(sources != "")[0]
    logits = np.zeros((len(hand), len(m.LABELS)), dtype=np.float32)
    for source in sorted(set(sources[hand])):
        keep = sources != source
        train = [e for e, k in zip(examples, keep, strict=True) if k]
        model = m.DisputeModel(train, train_vectors=vectors[keep], temperature=1.0, **params)
        rows = np.where(sources[hand] == source)[0]
        idx = hand[rows]
        logits[rows] = model.fused_log_probs([examples[i].text for i in idx], vectors[idx])
    gold = np.array([m.LABELS.index(examples[i].label) for i in hand])
    return logits, gold, sources[hand]


def by_author_report(logits: np.ndarray, gold: np.ndarray, sources: np.ndarray) -> tuple[float, str]:
    """Mean macro-F1 over the held-out sources, and a one-line breakdown."""
    pred = logits.argmax(axis=1)
    each = {s: macro_f1(gold[sources == s], pred[sources == s]) for s in sorted(set(sources))}
    mean = float(np.mean(list(each.values())))
    return mean, f"mean {mean:.3f} (" + ", ".join(f"{s} {v:.3f}" for s, v in each.items()) + ")"


def macro_f1(gold: np.ndarray, pred: np.ndarray, k: int = len(m.LABELS)) -> float:
    scores = []
    for label in range(k):
        tp = np.sum((pred == label) & (gold == label))
        fp = np.sum((pred == label) & (gold != label))
        fn = np.sum((pred != label) & (gold == label))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * p * r / (p + r) if p + r else 0.0)
    return float(np.mean(scores))


def fit_temperature(logits: np.ndarray, gold: np.ndarray) -> float:
    def loss(t: float) -> float:
        return float(
            -np.log(
                m.softmax(np.asarray(logits / t, dtype=np.float32))[np.arange(len(gold)), gold] + 1e-9
            ).mean()
        )

    return float(min(np.arange(0.1, 2.01, 0.05), key=loss))


def choose_threshold(
    probs: np.ndarray, gold: np.ndarray
) -> tuple[float, list[tuple[float, float, float, float]]]:
    conf, pred = probs.max(axis=1), probs.argmax(axis=1)
    table = []
    for cut in np.arange(0.20, 0.91, 0.05):
        keep = conf >= cut
        strict = np.where(keep, pred, -1)
        table.append(
            (
                round(float(cut), 2),
                float(keep.mean()),
                float(np.mean(pred[keep] == gold[keep])),
                macro_f1(gold, strict),
            )
        )
    eligible = [row for row in table if row[2] >= MIN_PRECISION] or table
    return max(eligible, key=lambda row: (row[3], row[0]))[0], table


def precision_coverage(probs: np.ndarray, gold: np.ndarray, cut: float) -> tuple[float, float]:
    conf, pred = probs.max(axis=1), probs.argmax(axis=1)
    keep = conf >= cut
    return (float(np.mean(pred[keep] == gold[keep])) if keep.any() else 1.0), float(keep.mean())


def handwritten_oof(temperature: float, folds: int = 5) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold probabilities and gold labels of the hand-written training emails (grouped folds)."""
    examples = m.load_training()
    logits, gold = out_of_fold(folds)
    hand = np.array([e.id.startswith(HANDWRITTEN_PREFIXES) for e in examples])
    return m.softmax(np.asarray(logits[hand] / temperature, dtype=np.float32)), gold[hand]


def heldout_threshold(
    oof: tuple[np.ndarray, np.ndarray] | None = None,
) -> tuple[float, list[tuple[float, dict[str, tuple[float, float]]]]]:
    """The threshold chosen on the tuning sets (eval + holdout2 dev) with the fitted model and temperature, and
    on the out-of-fold predictions of the hand-written training emails (``oof``: probabilities, gold)."""
    from evals.disputes.run import EVAL_FILE, HOLDOUT2_FILE, evaluate

    reports = {
        "eval": evaluate(EVAL_FILE, threshold=0.0),
        "holdout2-dev": evaluate(HOLDOUT2_FILE, threshold=0.0, split="dev"),
    }
    oof = oof if oof is not None else handwritten_oof(m.TEMPERATURE)
    table = [
        (
            cut,
            {k: r.precision_coverage(cut) for k, r in reports.items()}
            | {"hand-written OOF": precision_coverage(*oof, cut)},
        )
        for cut in THRESHOLDS
    ]
    eligible = [
        cut
        for cut, row in table
        if all(
            p >= (MIN_PRECISION_OOF if k == "hand-written OOF" else MIN_PRECISION)
            for k, (p, _) in row.items()
        )
    ]
    return (min(eligible) if eligible else THRESHOLDS[-1]), table


def print_threshold(oof: tuple[np.ndarray, np.ndarray] | None = None) -> None:
    cut, table = heldout_threshold(oof)
    for c, row in table:
        print(
            f"threshold {c:.2f}: "
            + " · ".join(f"{k} precision {p:.3f} coverage {cov:.2f}" for k, (p, cov) in row.items())
        )
    print(
        f"chosen threshold {cut:.2f} (lowest with precision >= {MIN_PRECISION} on eval and holdout2 dev and "
        f">= {MIN_PRECISION_OOF} on the hand-written training emails out of fold)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--search", action="store_true", help="compare a grid of weights first")
    parser.add_argument(
        "--by-author",
        action="store_true",
        help="with --search: rank the grid by leave-one-author-out macro-F1 instead of grouped folds",
    )
    parser.add_argument(
        "--threshold-only", action="store_true", help="only choose the threshold on the tuning sets"
    )
    args = parser.parse_args()
    if args.threshold_only:
        print_threshold()
        return
    examples = m.load_training()
    started = time.perf_counter()
    vectors = m.get_embedder_vectors(examples)
    print(f"{len(examples)} training emails; embedded in {time.perf_counter() - started:.0f} s")
    params: dict[str, Any] = {
        "embedding_weight": m.EMBEDDING_WEIGHT,
        "cue_weight": m.CUE_WEIGHT,
        "ngram_l2": m.NGRAM_L2,
    }
    if args.search:
        if args.by_author:
            grid = itertools.product((0.0, 0.15, 0.3), (0.15, 0.3, 0.45), (1e-5, 3e-6, 1e-6))
        else:
            grid = itertools.product((0.0, 0.15, 0.3), (0.0, 0.3, 0.6), (1e-5,))
        best = -1.0
        for ew, cw, l2 in grid:
            t0 = time.perf_counter()
            if args.by_author:
                score, line = by_author_report(
                    *leave_author_out(vectors=vectors, embedding_weight=ew, cue_weight=cw, ngram_l2=l2)
                )
                what = f"leave-one-author-out macro-F1 {line}"
            else:
                logits, gold = out_of_fold(vectors=vectors, embedding_weight=ew, cue_weight=cw, ngram_l2=l2)
                score = macro_f1(gold, logits.argmax(axis=1))
                what = f"out-of-fold macro-F1 {score:.3f}"
            print(
                f"embedding {ew:.2f} cue {cw:.2f} l2 {l2:g}: {what} ({time.perf_counter() - t0:.0f} s)",
                flush=True,
            )
            if score > best:
                best, params = score, {"embedding_weight": ew, "cue_weight": cw, "ngram_l2": l2}
        print(f"best: {params}")
    logits, gold = out_of_fold(vectors=vectors, **params)
    temperature = fit_temperature(logits, gold)
    probs = m.softmax(np.asarray(logits / temperature, dtype=np.float32))
    _, table = choose_threshold(probs, gold)
    print(
        f"out-of-fold accuracy {np.mean(probs.argmax(axis=1) == gold):.3f}, macro-F1 "
        f"{macro_f1(gold, probs.argmax(axis=1)):.3f}; temperature {temperature:.2f}"
    )
    for c, coverage, precision, strict in table:
        print(
            f"threshold {c:.2f}: coverage {coverage:.2f}, precision {precision:.3f}, strict macro-F1 {strict:.3f}"
        )
    hand = np.array([e.id.startswith(HANDWRITTEN_PREFIXES) for e in examples])
    hand_t = fit_temperature(logits[hand], gold[hand])
    print(f"temperature fitted on the hand-written emails' folds alone: {hand_t:.2f}")
    cut, oof_table = oof_threshold(
        m.softmax(np.asarray(logits / m.TEMPERATURE, dtype=np.float32)), gold, [e.id for e in examples]
    )
    for c, precision, coverage, each in oof_table:
        print(
            f"threshold {c:.2f}: hand-written out of fold precision {precision:.3f} coverage {coverage:.2f}; "
            + ", ".join(f"{s} {v:.2f}" for s, v in each.items())
        )
    print(
        f"out-of-fold threshold: {cut} (highest with precision >= {MIN_PRECISION_OOF_ALL} and coverage >= "
        f"{MIN_COVERAGE_OOF_EACH} for every source)"
    )
    print("(the earlier rule, on the tuning sets and the hand-written folds, for reference:)")
    print_threshold((m.softmax(np.asarray(logits[hand] / m.TEMPERATURE, dtype=np.float32)), gold[hand]))


if __name__ == "__main__":
    main()
