"""Evaluate the anomaly detectors: precision and recall per kind on synthetic firms with injected anomalies, and
zero flags on clean firms. Run: ``assistant eval anomalies`` or ``.venv/bin/python -m evals.anomalies.run``.

A flag is a true positive when a not yet matched injected anomaly has the same kind and target record (and the
same subject, where the injection knows it, e.g. the day of an excess); every other flag is a false positive.
Precision and recall are per flag (per occurrence); each scenario also reports how many review activities a scan
would create (one per (kind, target record) group, :mod:`assistant.anomaly.groups`).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from assistant.anomaly.config import AnomalySettings
from assistant.anomaly.kinds import KINDS

if TYPE_CHECKING:  # pandas and the detectors load when the suite runs, not with the CLI
    from assistant.anomaly.flags import Flag
    from evals.anomalies.inject import Truth

SCENARIOS = Path(__file__).parent / "scenarios.json"
TARGETS = {"precision": 0.9, "recall": 0.9, "clean_flags": 0}


def match(
    flags: list[Flag], truth: list[Truth]
) -> tuple[Counter[str], Counter[str], Counter[str], list[Any]]:
    """(true positives, flags, truths) per kind, and the unmatched items for the report."""
    open_truth = list(truth)
    tp: Counter[str] = Counter()
    misses: list[Any] = []
    for f in flags:
        hit = next(
            (
                t
                for t in open_truth
                if t[0] == f.kind
                and t[1] == f.target_model
                and t[2] == f.target_id
                and (t[3] is None or t[3] == f.subject)
            ),
            None,
        )
        if hit is not None:
            open_truth.remove(hit)
            tp[f.kind] += 1
        else:
            misses.append(
                {"false_positive": f.kind, "target": f"{f.target_model}:{f.target_id}", "reason": f.reason}
            )
    misses += [{"missed": t[0], "target": f"{t[1]}:{t[2]}", "subject": t[3]} for t in open_truth]
    return tp, Counter(f.kind for f in flags), Counter(t[0] for t in truth), misses


def run_scenarios(path: Path = SCENARIOS, thresholds: AnomalySettings | None = None) -> dict[str, Any]:
    from assistant.anomaly.detectors import detect
    from evals.anomalies.inject_billing import inject_all
    from evals.anomalies.near_miss import add_near_misses
    from evals.anomalies.synth import finalize, generate

    th = thresholds or AnomalySettings()
    tp: Counter[str] = Counter()
    found: Counter[str] = Counter()
    expected: Counter[str] = Counter()
    scenarios = []
    for spec in json.loads(path.read_text(encoding="utf-8")):
        t0 = time.perf_counter()
        firm = generate(
            employees=spec["employees"],
            days=spec["days"],
            partners=spec.get("partners", 12),
            seed=spec["seed"],
        )
        truth = inject_all(firm, spec["per_kind"]) if spec["per_kind"] else []
        near = add_near_misses(firm, spec.get("near_misses", 0))
        data = finalize(firm)
        flags = detect(data, th)
        s_tp, s_found, s_expected, misses = match(flags, truth)
        tp.update(s_tp)
        found.update(s_found)
        expected.update(s_expected)
        scenarios.append(
            {
                "name": spec["name"],
                "clean": not truth,
                "lines": len(data.timesheets),
                "invoice_lines": len(data.invoice_lines),
                "injected": len(truth),
                "near_misses": near,
                "flags": len(flags),
                "activities": len({f.group_key for f in flags}),
                "true_positives": sum(s_tp.values()),
                "errors": misses[:20],
                "seconds": round(time.perf_counter() - t0, 2),
            }
        )
    kinds = {}
    for kind in KINDS:
        precision = tp[kind] / found[kind] if found[kind] else (1.0 if expected[kind] else 0.0)
        recall = tp[kind] / expected[kind] if expected[kind] else 0.0
        kinds[kind] = {
            "injected": expected[kind],
            "flagged": found[kind],
            "true_positives": tp[kind],
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "ok": precision >= TARGETS["precision"] and recall >= TARGETS["recall"],
        }
    clean_flags = sum(s["flags"] for s in scenarios if s["clean"])
    ok = all(k["ok"] for k in kinds.values()) and clean_flags <= TARGETS["clean_flags"]
    return {"kinds": kinds, "scenarios": scenarios, "clean_flags": clean_flags, "targets": TARGETS, "ok": ok}


def register_eval(eval_app: Any) -> None:
    from rich.console import Console
    from rich.table import Table

    @eval_app.command("anomalies")
    def anomalies(
        as_json: Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")] = False,
        scenarios: Annotated[Path, typer.Option(help="Scenario file (JSON list).")] = SCENARIOS,
    ) -> None:
        """Precision and recall per anomaly kind on synthetic firms; zero flags on clean ones."""
        report = run_scenarios(scenarios)
        if as_json:
            typer.echo(json.dumps(report, indent=1))
        else:
            console = Console()
            table = Table(title="Anomaly detectors: precision / recall per kind (targets 0.9 / 0.9)")
            for col in ("kind", "injected", "flagged", "TP", "precision", "recall", "ok"):
                table.add_column(col)
            for kind, k in report["kinds"].items():
                table.add_row(
                    kind,
                    str(k["injected"]),
                    str(k["flagged"]),
                    str(k["true_positives"]),
                    f"{k['precision']:.2f}",
                    f"{k['recall']:.2f}",
                    "yes" if k["ok"] else "[red]NO[/]",
                )
            console.print(table)
            for s in report["scenarios"]:
                console.print(
                    f"{s['name']}: {s['lines']} timesheet lines, {s['invoice_lines']} invoice lines, "
                    f"{s['injected']} injected, {s['near_misses']} near misses, {s['flags']} flags "
                    f"({s['activities']} activities), {s['true_positives']} correct "
                    f"({s['seconds']} s)"
                )
            console.print(
                f"flags on clean scenarios: {report['clean_flags']} (target 0) -> "
                f"{'PASS' if report['ok'] else 'FAIL'}"
            )
        if not report["ok"]:
            raise typer.Exit(1)


if __name__ == "__main__":
    app = typer.Typer()
    register_eval(app)
    app()
