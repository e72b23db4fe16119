"""Calibrate the dispute classifier on the TRAINING set only (``python -m evals.disputes.calibrate``).

5-fold out-of-fold predictions on ``train.jsonl`` give (a) the temperature that minimises the log-loss of the
fused probabilities and (b) the confidence threshold at which the out-of-fold precision of non-triage answers
reaches about 0.9 (0.6: precision 0.91 at 87% coverage). Both are copied into ``assistant/classifiers/_model.py`` (``TEMPERATURE``) and the default of
``ASSISTANT_DISPUTES__CONFIDENCE_THRESHOLD``. The held-out eval set is not read here.
"""

from __future__ import annotations

import numpy as np

from assistant.classifiers import _model as m


def out_of_fold(folds: int = 5, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    examples = m.load_training()
    vectors = m.get_embedder_vectors(examples)
    fold = np.random.default_rng(seed).integers(0, folds, len(examples))
    logits = np.zeros((len(examples), len(m.LABELS)), dtype=np.float32)
    for f in range(folds):
        train = [e for e, k in zip(examples, fold, strict=True) if k != f]
        model = m.DisputeModel(train, train_vectors=vectors[fold != f], temperature=1.0)
        idx = np.where(fold == f)[0]
        logits[idx] = model.fused_log_probs([examples[i].text for i in idx], vectors[idx])
    gold = np.array([m.LABELS.index(e.label) for e in examples])
    return logits, gold


def main() -> None:
    logits, gold = out_of_fold()
    best = min(np.arange(0.2, 2.01, 0.05), key=lambda t: -np.log(m.softmax(logits / t)[np.arange(len(gold)), gold]).mean())
    probs = m.softmax(logits / best)
    conf, pred = probs.max(axis=1), probs.argmax(axis=1)
    print(f"out-of-fold accuracy {np.mean(pred == gold):.3f}; temperature {best:.2f}")
    for cut in np.arange(0.3, 0.91, 0.05):
        keep = conf >= cut
        print(f"threshold {cut:.2f}: coverage {keep.mean():.2f}, precision {np.mean(pred[keep] == gold[keep]):.3f}")


if __name__ == "__main__":
    main()
