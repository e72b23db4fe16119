"""Anomaly scan benchmark (run: ``python benchmarks/bench_anomaly.py [--lines 1000000] [--invoice-lines 50000]``).

Builds a synthetic firm (evals/anomalies/synth.py) with >= 1,000,000 timesheet lines and >= 50,000 invoice lines,
injects anomalies of every kind, then measures in the same run:
- the vectorised detection (all 25 detectors, flags with reasons and evidence tables) on the frames, target < 10 s;
- the same from the raw records (lists of dicts as ``search_read`` returns them -> DataFrames -> detection);
- a straightforward per-record Python loop over the same records (evals/anomalies/loop_baseline.py), and the
  speed-up; both must find the same (kind, model, record) set;
- grouping the flags into review activities (one per (kind, record), every occurrence in one evidence table) and
  rendering every activity note, as the scan does before writing back (Odoo itself not included).
Data generation is not timed. Exit code 1 if the target is missed or the results differ.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGET_S = 10.0


def build(lines: int, invoice_lines: int, seed: int) -> Any:
    import numpy as np
    import pandas as pd

    from evals.anomalies.inject_billing import inject_all
    from evals.anomalies.synth import finalize, generate

    employees = max(
        40, round(lines / 830)
    )  # ~1.8 entries a day on ~500 working days per employee over 2 years
    firm = generate(employees=employees, days=730, partners=max(12, employees // 8), seed=seed)
    inject_all(firm, 8)
    data = finalize(firm)
    missing = invoice_lines - len(data.invoice_lines)
    if missing > 0:  # product invoices to reach the invoice-line volume: 5 lines each, random customers
        rng = np.random.default_rng(seed)
        n_inv = missing // 5 + 1
        first = int(data.invoices["id"].max()) + 1
        ids = np.arange(first, first + n_inv)
        days = data.today - pd.to_timedelta(rng.integers(1, 700, n_inv), unit="D")
        move = np.repeat(ids, 5)
        qty, price = (
            rng.integers(1, 20, len(move)).astype(float),
            np.round(rng.uniform(20, 900, len(move)), 2),
        )
        extra_lines = pd.DataFrame(
            {
                "id": np.arange(len(move)) + int(data.invoice_lines["id"].max()) + 1,
                "move_id": move,
                "name": [f"Item {k % 997}" for k in range(len(move))],
                "quantity": qty,
                "price_unit": price,
                "price_subtotal": qty * price,
            }
        )
        totals = extra_lines.groupby("move_id")["price_subtotal"].sum().reindex(ids).to_numpy()
        partner = rng.integers(1000, 1000 + max(200, n_inv // 20), n_inv)
        extra_inv = pd.DataFrame(
            {
                "id": ids,
                "name": [f"INV/P/{i:06d}" for i in ids],
                "move_type": "out_invoice",
                "state": "posted",
                "partner_id": partner,
                "partner_name": [f"Customer {p}" for p in partner],
                "amount_untaxed": totals,
                "amount_total": np.round(totals * 1.21, 2),
                "ref": [f"PO-{i}" for i in ids],
                "invoice_date": days,
                "invoice_origin": [f"SO{i}" for i in ids],
            }
        )
        data.invoices = pd.concat([data.invoices, extra_inv], ignore_index=True)
        data.invoice_lines = pd.concat([data.invoice_lines, extra_lines], ignore_index=True)
        data.__post_init__()  # re-coerce to the fixed columns and dtypes
    return data


def records(data: Any) -> dict[str, Any]:
    """The frames as lists of dicts with Python values (what a loop over search_read results works on)."""
    import pandas as pd

    out: dict[str, Any] = {"has_leave_data": data.has_leave_data}
    for table in (
        "timesheets",
        "tasks",
        "projects",
        "leaves",
        "invoices",
        "invoice_lines",
        "so_lines",
        "expenses",
    ):
        frame = getattr(data, table)
        rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
        for row in rows:
            for key, value in row.items():
                if isinstance(value, pd.Timestamp):
                    row[key] = (
                        value.date()
                        if key
                        in (
                            "date",
                            "date_from",
                            "date_to",
                            "closed_on",
                            "date_deadline",
                            "date_start",
                            "invoice_date",
                        )
                        else value.to_pydatetime()
                    )
        out[table] = rows
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--invoice-lines", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    from assistant.anomaly.config import AnomalySettings
    from assistant.anomaly.detectors import detect
    from assistant.anomaly.frames import AnomalyData
    from evals.anomalies import loop_baseline

    th = AnomalySettings()
    t0 = time.perf_counter()
    data = build(args.lines, args.invoice_lines, args.seed)
    rec = records(data)
    print(
        f"generated {len(data.timesheets):,} timesheet lines, {len(data.invoice_lines):,} invoice lines, "
        f"{len(data.invoices):,} invoices, {len(data.expenses):,} expenses in {time.perf_counter() - t0:.1f} s "
        f"(not timed); cores available: {len(os.sched_getaffinity(0))}"
    )

    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    flags = detect(data, th, timings=timings)
    vectorised = time.perf_counter() - t0
    t0 = time.perf_counter()
    frames = {k: v for k, v in rec.items() if k != "has_leave_data"}
    import pandas as pd

    rebuilt = AnomalyData(
        today=data.today,
        has_leave_data=True,
        employees=data.employees,
        **{k: pd.DataFrame(v) for k, v in frames.items()},
    )
    detect(rebuilt, th)
    end_to_end = time.perf_counter() - t0
    t0 = time.perf_counter()
    looped = loop_baseline.run(rec, th, data.today.date())
    loop_s = time.perf_counter() - t0

    from assistant.anomaly.groups import group_flags
    from assistant.anomaly.note import render

    t0 = time.perf_counter()
    groups = group_flags(flags)
    notes = [
        render(g, run_id="bench", model="rules", max_rows=th.max_evidence_rows * 3) for g in groups.values()
    ]
    grouping_s = time.perf_counter() - t0

    found = {(f.kind, f.target_model, f.target_id) for f in flags}
    slow = sorted(timings.items(), key=lambda kv: -kv[1])[:5]
    print(f"flags: {len(flags):,} ({len(found):,} distinct kind/record = activities a first scan creates)")
    print(
        f"vectorised scan (25 detectors, reasons and evidence tables): {vectorised:.2f} s   (target < {TARGET_S:.0f} s)"
    )
    print(f"  slowest detectors: {', '.join(f'{k} {v:.2f} s' for k, v in slow)}")
    print(f"from records (lists of dicts -> DataFrames -> scan): {end_to_end:.2f} s")
    print(f"per-record Python loop over the same records: {loop_s:.2f} s")
    print(
        f"grouping into {len(groups):,} activities and rendering their notes "
        f"({sum(map(len, notes)) / max(len(notes), 1) / 1024:.1f} KiB each on average): {grouping_s:.2f} s"
    )
    print(
        f"speed-up of the vectorised scan: x{loop_s / vectorised:.1f} (x{loop_s / end_to_end:.1f} from records)"
    )
    same = found == looped
    print(
        f"same findings as the loop: {'yes' if same else 'NO'}"
        + (
            ""
            if same
            else f" (only vectorised: {sorted(found - looped)[:5]}, only loop: {sorted(looped - found)[:5]})"
        )
    )
    if vectorised >= TARGET_S or not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
