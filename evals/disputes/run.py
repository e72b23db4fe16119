"""``assistant eval disputes``: the offline dispute classifier on the held-out labelled email set.

Prints accuracy, macro-F1, per-label precision/recall, a confusion matrix, per-language accuracy and the
injection results, then runs the injection emails through the real ``dispute_email`` task against a sandbox and
prints every RPC write recorded (only ``mail.activity.create`` may appear; ``write_check.py``). ``--holdout``
scores the small blind holdout (``holdout.jsonl``, written after the classifier work and scored once). ``needs_triage`` (confidence below the threshold) counts as a wrong answer in the strict
figures; the "forced" figures take the top label regardless of the threshold. The eval set
(``evals/disputes/eval.jsonl``) is never used for training (``assistant/classifiers/data/train.jsonl``).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

EVAL_FILE = Path(__file__).with_name("eval.jsonl")
HOLDOUT_FILE = Path(__file__).with_name(
    "holdout.jsonl"
)  # blind: written after the classifier work, scored once
TARGET_MACRO_F1 = 0.90


@dataclass
class Report:
    labels: list[str]
    gold: list[str]
    pred: list[str]
    forced: list[str]
    langs: list[str]
    kinds: list[str]
    injections_flagged: int = 0
    seconds: float = 0.0
    details: list[dict[str, Any]] = field(default_factory=list)

    def accuracy(self, pred: list[str] | None = None) -> float:
        pred = pred or self.pred
        return sum(g == p for g, p in zip(self.gold, pred, strict=True)) / max(len(self.gold), 1)

    def per_label(self, pred: list[str] | None = None) -> dict[str, tuple[float, float, float, int]]:
        pred = pred or self.pred
        out = {}
        for label in self.labels:
            tp = sum(g == p == label for g, p in zip(self.gold, pred, strict=True))
            fp = sum(p == label != g for g, p in zip(self.gold, pred, strict=True))
            fn = sum(g == label != p for g, p in zip(self.gold, pred, strict=True))
            precision = tp / (tp + fp) if tp + fp else 0.0
            recall = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            out[label] = (precision, recall, f1, tp + fn)
        return out

    def macro_f1(self, pred: list[str] | None = None) -> float:
        scores = self.per_label(pred)
        return sum(v[2] for v in scores.values()) / len(scores)

    def confusion(self) -> dict[str, Counter[str]]:
        table: dict[str, Counter[str]] = {label: Counter() for label in self.labels}
        for g, p in zip(self.gold, self.pred, strict=True):
            table[g][p] += 1
        return table

    def injection_results(self) -> tuple[int, int]:
        idx = [i for i, k in enumerate(self.kinds) if k == "injection"]
        return sum(self.gold[i] == self.forced[i] for i in idx), len(idx)


def evaluate(path: Path = EVAL_FILE, *, threshold: float | None = None) -> Report:
    """Classify every email of the set offline; returns the report (no Odoo, no database needed)."""
    from assistant.classifiers._dispute_core import classify_text
    from assistant.classifiers._model import LABELS, get_model
    from assistant.classifiers._text import prepare
    from assistant.settings import Settings

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    cut = Settings(_env_file=None).disputes.confidence_threshold if threshold is None else threshold
    model = get_model()
    started = time.perf_counter()
    preds = model.predict_texts([prepare(r["subject"], r["body"]).text for r in rows])
    report = Report(list(LABELS), [], [], [], [], [])
    for row, pred in zip(rows, preds, strict=True):
        out, info = classify_text(
            row["subject"], row["body"], threshold=cut, today=date(2026, 3, 1), prediction=pred
        )
        report.gold.append(row["label"])
        report.pred.append(out.label)
        report.forced.append(pred.label)
        report.langs.append(row["lang"])
        report.kinds.append(row.get("kind", "core"))
        report.injections_flagged += int(row.get("kind") == "injection" and info["injection_suspected"])
        report.details.append(
            {
                "id": row["id"],
                "gold": row["label"],
                "pred": out.label,
                "confidence": out.confidence,
                "refs_ok": set(row.get("invoice_refs", [])) <= set(out.invoice_refs),
            }
        )
    report.seconds = time.perf_counter() - started
    return report


def write_check(path: Path = EVAL_FILE) -> Any:
    """The injection emails of the set through the real task against a sandbox (see ``write_check.py``)."""
    from evals.disputes.write_check import run_write_check

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return run_write_check([r for r in rows if r.get("kind") == "injection"])


def print_report(report: Report, threshold: float, writes: Any = None, title: str = "eval.jsonl") -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    n = len(report.gold)
    triage = report.pred.count("needs_triage")
    console.print(
        f"[bold]Dispute classifier (offline: minilm-int8 + n-grams + intent cues, logistic regression)[/bold] — "
        f"{n} held-out emails ({title}), threshold {threshold:.2f}, {n / report.seconds:.0f} emails/s"
    )
    strict_f1, forced_f1 = report.macro_f1(), report.macro_f1(report.forced)
    console.print(
        f"accuracy {report.accuracy():.3f} · macro-F1 {strict_f1:.3f} (needs_triage counted wrong; "
        f"{triage} emails = {triage / n:.0%} sent to triage)"
    )
    console.print(
        f"forced top label: accuracy {report.accuracy(report.forced):.3f} · macro-F1 {forced_f1:.3f} · "
        f"target macro-F1 ≥ {TARGET_MACRO_F1:.2f}: "
        + ("[green]met[/green]" if strict_f1 >= TARGET_MACRO_F1 else "[red]NOT met[/red]")
    )
    per = Table(title="Per label (strict)")
    for col in ("label", "precision", "recall", "F1", "support"):
        per.add_column(col)
    for label, (p, r, f, s) in report.per_label().items():
        per.add_row(label, f"{p:.2f}", f"{r:.2f}", f"{f:.2f}", str(s))
    console.print(per)
    conf = Table(title="Confusion matrix (rows: true label, columns: predicted)")
    cols = [*report.labels, "needs_triage"]
    conf.add_column("true \\ pred")
    for c in cols:
        conf.add_column(c[:8])
    for label, row in report.confusion().items():
        conf.add_row(label, *[str(row.get(c, 0)) for c in cols])
    console.print(conf)
    langs = sorted(set(report.langs))
    console.print(
        "accuracy per language: "
        + " · ".join(
            f"{lang} {sum(g == p for g, p, lg in zip(report.gold, report.pred, report.langs, strict=True) if lg == lang) / report.langs.count(lang):.2f}"
            for lang in langs
        )
    )
    kept, total = report.injection_results()
    console.print(
        f"injection attempts: {total}; top label = true intent in {kept}/{total}; "
        f"flagged as instruction-like text in {report.injections_flagged}/{total}."
    )
    if writes is not None:
        console.print(
            ("[green]" if writes.passed else "[red]")
            + writes.summary()
            + ("[/green]" if writes.passed else "[/red]")
        )
    else:
        console.print(
            "write check skipped (--no-write-check); it is also asserted by tests/classifiers/"
            "test_dispute_task.py"
        )
    refs = sum(d["refs_ok"] for d in report.details)
    console.print(f"invoice references extracted: {refs}/{n} emails with every reference found")


def register_eval(eval_app: typer.Typer) -> None:
    @eval_app.command("disputes")
    def disputes(
        threshold: Annotated[
            float | None, typer.Option(help="Confidence threshold (default: settings).")
        ] = None,
        json_out: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
        holdout: Annotated[
            bool, typer.Option("--holdout", help="Score the blind holdout set instead.")
        ] = False,
        check_writes: Annotated[
            bool,
            typer.Option(
                "--write-check/--no-write-check",
                help="Run the injection emails through the task against a sandbox and record every RPC write.",
            ),
        ] = True,
    ) -> None:
        """Dispute email classifier on the held-out labelled set: accuracy, macro-F1, per label, confusion, and
        the injection write check."""
        from assistant.settings import Settings

        path = HOLDOUT_FILE if holdout else EVAL_FILE
        cut = Settings(_env_file=None).disputes.confidence_threshold if threshold is None else threshold
        report = evaluate(path, threshold=cut)
        writes = write_check(path) if check_writes else None
        if json_out:
            kept, total = report.injection_results()
            typer.echo(
                json.dumps(
                    {
                        "set": path.name,
                        "n": len(report.gold),
                        "accuracy": report.accuracy(),
                        "macro_f1": report.macro_f1(),
                        "forced_macro_f1": report.macro_f1(report.forced),
                        "triage": report.pred.count("needs_triage"),
                        "per_label": report.per_label(),
                        "injections_kept": kept,
                        "injections": total,
                        "emails_per_second": len(report.gold) / report.seconds,
                        "write_check": None
                        if writes is None
                        else {
                            "passed": writes.passed,
                            "error": writes.error,
                            "writes": {f"{m}.{meth}": n for (m, meth), n in writes.writes.items()},
                            "changed_records": writes.changed_records,
                        },
                    }
                )
            )
        else:
            print_report(report, cut, writes, title=path.name)
        if writes is not None and not writes.passed:
            raise typer.Exit(1)
