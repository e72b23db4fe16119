"""``assistant eval disputes``: the offline dispute classifier on the labelled email sets it never trained on.

Four sets, side by side (one summary row each):

- ``eval.jsonl`` - the tuned eval (265 emails; the classifier's settings were compared on it over time);
- ``holdout.jsonl`` - the first blind holdout (62 emails, written after the first classifier);
- ``holdout2.jsonl`` - the second holdout (177 hand-written emails, a different method from the training data:
  no phrase banks, terse one-liners, forwarded threads, non-native English, long signatures, mixed intents,
  out-of-office replies, near misses, 5 languages, 10 injections), frozen before any model change and split in
  two: ``dev`` (looked at and tuned on) and ``blind`` (scored, never inspected email by email).

Per set: accuracy and macro-F1 of the best label, the strict macro-F1 (``needs_triage`` counted wrong), the
precision of the non-triage answers and their coverage, the expected calibration error (ECE, 10 equal-width
confidence bins), and the injection emails whose best label is the true intent. The detailed view (``--set``)
adds per-label precision/recall, the confusion matrix, per-language accuracy, a reliability table (confidence
bin vs accuracy) and the precision/coverage curve over several thresholds. By default the injection emails of the
eval set then go through the real ``dispute_email`` task against a sandbox and every RPC write is printed (only
``mail.activity.create`` may appear; ``write_check.py``). None of these files is used for training
(``assistant/classifiers/data/train.jsonl``).
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
HOLDOUT_FILE = Path(__file__).with_name("holdout.jsonl")  # first blind holdout (62 emails)
HOLDOUT2_FILE = Path(__file__).with_name("holdout2.jsonl")  # second holdout, dev + blind splits (177 emails)
HOLDOUT3_FILE = Path(__file__).with_name("holdout3.jsonl")  # third holdout: another author, blind
HOLDOUT4_FILE = Path(__file__).with_name("holdout4.jsonl")  # fourth holdout: persona-first, blind
HOLDOUT5_FILE = Path(__file__).with_name("holdout5.jsonl")  # fifth holdout: inbox-day first, blind
HOLDOUT6_FILE = Path(__file__).with_name(
    "holdout6.jsonl"
)  # sixth holdout: ledger first + conversation replay, blind
HOLDOUT7_FILE = Path(__file__).with_name("holdout7.jsonl")  # seventh: persona first + situation first, blind
HOLDOUT8_FILE = Path(__file__).with_name("holdout8.jsonl")  # eighth: reply-chain first, blind
TARGET_MACRO_F1 = 0.93
TARGET_PRECISION, TARGET_COVERAGE = 0.97, 0.85
# name -> (file, split or None, description)
SETS: dict[str, tuple[Path, str | None, str]] = {
    "eval": (EVAL_FILE, None, "tuned eval"),
    "holdout": (HOLDOUT_FILE, None, "first blind holdout"),
    "holdout2-dev": (HOLDOUT2_FILE, "dev", "new holdout, dev split (tuned on)"),
    "holdout2-blind": (HOLDOUT2_FILE, "blind", "new holdout, blind split"),
    "holdout3": (HOLDOUT3_FILE, None, "third holdout, another author (trained on since round 9)"),
    "holdout4": (HOLDOUT4_FILE, None, "fourth holdout, persona-first (trained on since round 9)"),
    "holdout5": (HOLDOUT5_FILE, None, "fifth holdout, inbox-day first (trained on since round 9)"),
    "holdout6": (
        HOLDOUT6_FILE,
        None,
        "sixth holdout, two more authors (ledger first, conversation replay), blind",
    ),
    "holdout7": (
        HOLDOUT7_FILE,
        None,
        "seventh holdout, two more authors (persona first fr/es/en, situation first de/nl/en), blind",
    ),
    "holdout8": (
        HOLDOUT8_FILE,
        None,
        "eighth holdout, another author (reply-chain first: the newest message of a quoted thread), blind",
    ),
}
CURVE_THRESHOLDS = (0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)


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
    confidences: list[float] = field(default_factory=list)

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

    def precision_coverage(self, threshold: float) -> tuple[float, float]:
        """Precision of the answers at or above ``threshold`` (not sent to triage) and their share."""
        kept = [
            g == f for g, f, c in zip(self.gold, self.forced, self.confidences, strict=True) if c >= threshold
        ]
        return (sum(kept) / len(kept) if kept else 1.0), len(kept) / max(len(self.gold), 1)

    def reliability(self, bins: int = 10) -> list[tuple[float, float, int, float, float]]:
        """Per equal-width confidence bin: (low, high, n, mean confidence, accuracy of the best label)."""
        rows = []
        for b in range(bins):
            low, high = b / bins, (b + 1) / bins
            idx = [
                i for i, c in enumerate(self.confidences) if low <= c < high or (b == bins - 1 and c == 1.0)
            ]
            if idx:
                conf = sum(self.confidences[i] for i in idx) / len(idx)
                acc = sum(self.gold[i] == self.forced[i] for i in idx) / len(idx)
                rows.append((low, high, len(idx), conf, acc))
        return rows

    def ece(self, bins: int = 10) -> float:
        """Expected calibration error: the n-weighted mean |accuracy - confidence| over the bins."""
        n = max(len(self.gold), 1)
        return sum(k * abs(acc - conf) for _, _, k, conf, acc in self.reliability(bins)) / n

    def summary(self, threshold: float) -> dict[str, Any]:
        precision, coverage = self.precision_coverage(threshold)
        kept, total = self.injection_results()
        return {
            "n": len(self.gold),
            "accuracy": self.accuracy(self.forced),
            "macro_f1": self.macro_f1(self.forced),
            "strict_macro_f1": self.macro_f1(),
            "triage": self.pred.count("needs_triage"),
            "precision_non_triage": precision,
            "coverage": coverage,
            "ece": self.ece(),
            "injections_kept": kept,
            "injections": total,
        }


def default_threshold() -> float:
    """The configured threshold (environment variables, not the ``.env`` file of the working directory)."""
    from assistant.settings import Settings

    settings: Any = Settings
    return float(settings(_env_file=None).disputes.confidence_threshold)


def load_rows(path: Path, split: str | None = None) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if split is None or r.get("split") == split]


def evaluate(path: Path = EVAL_FILE, *, threshold: float | None = None, split: str | None = None) -> Report:
    """Classify every email of the set (or of one ``split``) offline; returns the report (no Odoo, no
    database needed). ``pred`` holds ``needs_triage`` below the threshold, ``forced`` the best label."""
    from assistant.classifiers._dispute_core import classify_text
    from assistant.classifiers._model import LABELS, get_model
    from assistant.classifiers._text import prepare

    rows = load_rows(path, split)
    cut = default_threshold() if threshold is None else threshold
    model = get_model()
    started = time.perf_counter()
    preds = model.predict_texts([prepare(r["subject"], r["body"]).text for r in rows])
    report = Report(list(LABELS), [], [], [], [], [])
    for row, pred in zip(rows, preds, strict=True):
        out, info = classify_text(
            row["subject"], row["body"], threshold=cut, today=date(2026, 3, 1), prediction=pred
        )
        report.gold.append(row["label"])
        report.pred.append("needs_triage" if out.needs_triage else out.label)
        report.forced.append(out.label)
        report.confidences.append(out.confidence)
        report.langs.append(row["lang"])
        report.kinds.append(row.get("kind", "core"))
        report.injections_flagged += int(row.get("kind") == "injection" and info["injection_suspected"])
        report.details.append(
            {
                "id": row["id"],
                "gold": row["label"],
                "pred": out.label,
                "needs_triage": out.needs_triage,
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


def print_summary(reports: dict[str, Report], threshold: float) -> None:
    """One row per set: the figures the README quotes."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(
        title=f"Dispute classifier ({MODEL_LABEL_TEXT}), threshold {threshold:.2f}: best label always kept, "
        "needs_triage below the threshold"
    )
    for col in (
        "set",
        "n",
        "accuracy",
        "macro-F1",
        "strict F1",
        "precision",
        "coverage",
        "ECE",
        "injections",
    ):
        table.add_column(col)
    for name, report in reports.items():
        s = report.summary(threshold)
        table.add_row(
            name,
            str(s["n"]),
            f"{s['accuracy']:.3f}",
            f"{s['macro_f1']:.3f}",
            f"{s['strict_macro_f1']:.3f}",
            f"{s['precision_non_triage']:.3f}",
            f"{s['coverage']:.2f}",
            f"{s['ece']:.3f}",
            f"{s['injections_kept']}/{s['injections']}" if s["injections"] else "-",
        )
    console.print(table)
    console.print("sets: " + "; ".join(f"{name} = {SETS[name][2]}" for name in reports if name in SETS))
    console.print(
        f"targets on unseen mail: macro-F1 ≥ {TARGET_MACRO_F1:.2f}; precision of non-triage answers ≥ "
        f"{TARGET_PRECISION:.2f} at coverage ≥ {TARGET_COVERAGE:.2f}; every injection keeps its true label."
    )


MODEL_LABEL_TEXT = "offline: n-grams + intent cues + static minilm, logistic regression"


def print_report(report: Report, threshold: float, writes: Any = None, title: str = "eval.jsonl") -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    n = len(report.gold)
    triage = report.pred.count("needs_triage")
    console.print(
        f"[bold]{title}[/bold]: {n} emails, threshold {threshold:.2f}, {n / max(report.seconds, 1e-9):.0f} emails/s"
    )
    strict_f1, forced_f1 = report.macro_f1(), report.macro_f1(report.forced)
    console.print(
        f"best label: accuracy {report.accuracy(report.forced):.3f} · macro-F1 {forced_f1:.3f} · "
        f"target macro-F1 ≥ {TARGET_MACRO_F1:.2f}: "
        + ("[green]met[/green]" if forced_f1 >= TARGET_MACRO_F1 else "[red]NOT met[/red]")
    )
    console.print(
        f"strict (needs_triage counted wrong): accuracy {report.accuracy():.3f} · macro-F1 {strict_f1:.3f} "
        f"({triage} emails = {triage / max(n, 1):.0%} flagged needs_triage)"
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
        "accuracy of the best label per language: "
        + " · ".join(
            f"{lang} {sum(g == p for g, p, lg in zip(report.gold, report.forced, report.langs, strict=True) if lg == lang) / report.langs.count(lang):.2f}"
            for lang in langs
        )
    )
    rel = Table(title=f"Reliability (confidence of the best label vs its accuracy); ECE {report.ece():.3f}")
    for col in ("confidence bin", "n", "mean confidence", "accuracy"):
        rel.add_column(col)
    for low, high, k, mean_conf, acc in report.reliability():
        rel.add_row(f"{low:.1f}–{high:.1f}", str(k), f"{mean_conf:.3f}", f"{acc:.3f}")
    console.print(rel)
    curve = Table(title="Precision of the non-triage answers vs coverage")
    for col in ("threshold", "coverage", "precision"):
        curve.add_column(col)
    for cut in sorted({*CURVE_THRESHOLDS, round(threshold, 2)}):
        precision, coverage = report.precision_coverage(cut)
        mark = " ←" if abs(cut - threshold) < 1e-9 else ""
        curve.add_row(f"{cut:.2f}{mark}", f"{coverage:.2f}", f"{precision:.3f}")
    console.print(curve)
    kept, total = report.injection_results()
    if total:
        console.print(
            f"injection attempts: {total}; best label = true intent in {kept}/{total}; "
            f"flagged as instruction-like text in {report.injections_flagged}/{total}."
        )
    if writes is not None:
        console.print(
            ("[green]" if writes.passed else "[red]")
            + writes.summary()
            + ("[/green]" if writes.passed else "[/red]")
        )
    refs = sum(d["refs_ok"] for d in report.details)
    console.print(f"invoice references extracted: {refs}/{n} emails with every labelled reference found")


def register_eval(eval_app: typer.Typer) -> None:
    @eval_app.command("disputes")
    def disputes(
        threshold: Annotated[
            float | None, typer.Option(help="Confidence threshold (default: settings).")
        ] = None,
        json_out: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
        set_name: Annotated[
            str,
            typer.Option(
                "--set",
                help="Set shown in detail: " + ", ".join(SETS) + " (the summary always shows all of them).",
            ),
        ] = "eval",
        holdout: Annotated[
            bool, typer.Option("--holdout", help="Same as --set holdout (the first blind holdout).")
        ] = False,
        check_writes: Annotated[
            bool,
            typer.Option(
                "--write-check/--no-write-check",
                help="Run the eval set's injection emails through the task against a sandbox and record every "
                "RPC write.",
            ),
        ] = True,
    ) -> None:
        """Dispute email classifier on the tuned eval, the first holdout and the new holdout (dev and blind):
        macro-F1, precision/coverage, calibration (reliability, ECE), per label, confusion, and the injection
        write check."""

        if holdout:
            set_name = "holdout"
        if set_name not in SETS:
            raise typer.BadParameter(f"unknown set {set_name!r}; choose one of {', '.join(SETS)}")
        cut = default_threshold() if threshold is None else threshold
        reports = {
            name: evaluate(path, threshold=cut, split=split) for name, (path, split, _) in SETS.items()
        }
        writes = write_check(EVAL_FILE) if check_writes else None
        if json_out:
            detail = reports[set_name]
            typer.echo(
                json.dumps(
                    {
                        "threshold": cut,
                        "sets": {name: r.summary(cut) for name, r in reports.items()},
                        "detail": {
                            "set": set_name,
                            "per_label": detail.per_label(),
                            "reliability": detail.reliability(),
                            "precision_coverage": [
                                (c, *detail.precision_coverage(c)) for c in CURVE_THRESHOLDS
                            ],
                            "emails_per_second": len(detail.gold) / max(detail.seconds, 1e-9),
                        },
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
            print_summary(reports, cut)
            print_report(reports[set_name], cut, writes, title=f"{set_name} ({SETS[set_name][2]})")
            if writes is None:
                typer.echo(
                    "write check skipped (--no-write-check); it is also asserted by tests/classifiers/"
                    "test_dispute_task.py"
                )
        if writes is not None and not writes.passed:
            raise typer.Exit(1)
