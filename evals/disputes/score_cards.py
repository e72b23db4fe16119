"""Score a scenario-card file with the classifier as it stands (``python -m evals.disputes.score_cards FILE``).

Used once on a new batch of training cards *before* it is added to the training set: the cards are then
unseen text by another method, and the figure is an honest out-of-sample score (README, "Dispute classifier:
evaluation"). Prints the summary row, accuracy per language, the confusion pairs and the confident errors.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from pathlib import Path

from assistant.classifiers.trainset.compose import scenario_rows
from evals.disputes.run import Report, default_threshold, evaluate


def score(path: Path, threshold: float) -> tuple[Report, list[dict[str, str]]]:
    rows = scenario_rows(path)
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "cards.jsonl"
        jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        return evaluate(jsonl, threshold=threshold), rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--threshold", type=float, default=None)
    args = parser.parse_args()
    cut = default_threshold() if args.threshold is None else args.threshold
    report, rows = score(args.file, cut)
    s = report.summary(cut)
    print(
        f"{s['n']} cards, threshold {cut:.2f}: macro-F1 {s['macro_f1']:.3f} (accuracy {s['accuracy']:.3f}), "
        f"strict macro-F1 {s['strict_macro_f1']:.3f}, precision {s['precision_non_triage']:.3f} at coverage "
        f"{s['coverage']:.2f}, ECE {s['ece']:.3f}"
    )
    for c in (0.6, 0.7, 0.75, 0.8, 0.85, 0.9):
        p, cov = report.precision_coverage(c)
        print(f"  threshold {c:.2f}: precision {p:.3f} coverage {cov:.2f}")
    by_lang: dict[str, list[bool]] = {}
    for g, f, lang in zip(report.gold, report.forced, report.langs, strict=True):
        by_lang.setdefault(lang, []).append(g == f)
    print(
        "accuracy per language: "
        + ", ".join(f"{k} {sum(v) / len(v):.2f}" for k, v in sorted(by_lang.items()))
    )
    pairs = Counter((g, f) for g, f in zip(report.gold, report.forced, strict=True) if g != f)
    print(
        "confusion pairs (gold -> predicted): "
        + ", ".join(f"{g} -> {p} {n}" for (g, p), n in pairs.most_common())
    )
    for row, d in zip(rows, report.details, strict=True):
        if d["gold"] != d["pred"]:
            flag = (
                "CONFIDENT"
                if float(d["confidence"]) >= 0.9
                else ("kept" if not d["needs_triage"] else "triage")
            )
            print(
                f"  {row['id']} {row['lang']} {d['gold']} -> {d['pred']} {d['confidence']:.2f} {flag} | {row['subject']}"
            )


if __name__ == "__main__":
    main()
