"""Injectors for billing and expense anomalies, and :func:`inject_all` over every kind."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pandas as pd

from evals.anomalies import inject, inject_more
from evals.anomalies.inject import Truth
from evals.anomalies.synth import Firm

MOVE, ORDER, EXP = "account.move", "sale.order", "hr.expense"


def _invoices(firm: Firm, *, timesheet: bool, older_than: int = 0, min_value: float = 0.0) -> pd.DataFrame:
    inv, lines, ts = firm.frames["invoices"], firm.frames["invoice_lines"], firm.frames["timesheets"]
    linked = set(ts.loc[ts["invoice_id"] > 0, "invoice_id"])
    value = inv["id"].map((lines["quantity"] * lines["price_unit"]).groupby(lines["move_id"]).sum()).fillna(0)
    reversed_ = set(inv["reversed_entry_id"])
    ok = (inv["move_type"] == "out_invoice") & (inv["id"].isin(linked) == timesheet) & (value >= min_value)
    ok &= ~inv["id"].isin(reversed_) & (inv["invoice_date"] <= firm.today - pd.Timedelta(days=older_than))
    ok &= ~inv["id"].map(lambda i: ("move", i) in firm.used)
    return inv[ok].sample(frac=1, random_state=int(firm.rng.integers(1e9)))


def _next_move(firm: Firm) -> int:
    copies = [c["id"] for c in firm.invoice_copies]
    return max([int(firm.frames["invoices"]["id"].max()), *copies]) + 1


def duplicate_invoice(firm: Firm, n: int) -> list[Truth]:
    out: list[Truth] = []
    pool = pd.concat([_invoices(firm, timesheet=True), _invoices(firm, timesheet=False)])
    for i, orig in enumerate(pool.head(n).to_dict("records")):
        variant = i % 3
        ref = str(orig["ref"])
        if variant == 1:
            ref, shift = f"{ref}-B{i}", int(firm.rng.integers(1, 5))  # relaxed: other reference, days apart
        elif variant == 2:
            ref, shift = ref.replace("-", " ").lower(), int(firm.rng.integers(12, 40))  # fuzzy reference
        else:
            shift = int(firm.rng.integers(2, 20))
        new_id = _next_move(firm)
        firm.invoice_copies.append({"id": new_id, "orig": int(orig["id"]), "shift_days": shift, "ref": ref})
        inject.use(firm, ("move", int(orig["id"])), ("move", new_id))
        out.append(("inv_duplicate", MOVE, new_id, "duplicate"))
    return out


def _edit_line(firm: Firm, n: int, kind: str, edit: Callable[[pd.DataFrame, int], None]) -> list[Truth]:
    out: list[Truth] = []
    lines = firm.frames["invoice_lines"]
    for inv in _invoices(firm, timesheet=True).head(n).itertuples():
        idx = lines.index[lines["move_id"] == inv.id][0]
        edit(lines, idx)
        inject.use(firm, ("move", int(inv.id)))
        out.append((kind, MOVE, int(inv.id), kind))
    return out


def rate_mismatch(firm: Firm, n: int) -> list[Truth]:
    def edit(lines: pd.DataFrame, idx: int) -> None:
        factor = float(firm.rng.choice([firm.rng.uniform(1.08, 1.2), firm.rng.uniform(0.8, 0.92)]))
        lines.loc[idx, "price_unit"] = round(float(lines.loc[idx, "price_unit"]) * factor, 2)

    return _edit_line(firm, n, "inv_rate_mismatch", edit)


def unusual_discount(firm: Firm, n: int) -> list[Truth]:
    def edit(lines: pd.DataFrame, idx: int) -> None:
        lines.loc[idx, "discount"] = float(firm.rng.integers(25, 41))

    return _edit_line(firm, n, "inv_unusual_discount", edit)


def timesheet_gap(firm: Firm, n: int) -> list[Truth]:
    out: list[Truth] = []
    lines = firm.frames["invoice_lines"]
    for inv in _invoices(firm, timesheet=True, min_value=2500).itertuples():
        mine = lines[lines["move_id"] == inv.id]
        value = mine["quantity"] * mine["price_unit"]
        top = value.idxmax()
        factor = float(firm.rng.choice([firm.rng.uniform(0.55, 0.7), firm.rng.uniform(1.3, 1.45)]))
        if abs(factor - 1) * value[top] < max(300.0, 0.15 * value.sum()):
            continue
        firm.qty_factor[int(lines.loc[top, "id"])] = factor
        inject.use(firm, ("move", int(inv.id)))
        out.append(("inv_timesheet_gap", MOVE, int(inv.id), "timesheet gap"))
        if len(out) >= n:
            break
    return out


def unbilled(firm: Firm, n: int) -> list[Truth]:
    out: list[Truth] = []
    so = firm.frames["so_lines"].set_index("id")
    for inv in _invoices(firm, timesheet=True, older_than=60).itertuples():
        ts = firm.frames["timesheets"]
        mine = ts["invoice_id"] == inv.id
        order = int(so.loc[int(ts.loc[mine, "so_line_id"].iloc[0]), "order_id"])
        if ("order", order) in firm.used:
            continue
        ts.loc[mine, "invoice_id"] = 0
        firm.frames["invoices"] = firm.frames["invoices"][firm.frames["invoices"]["id"] != inv.id]
        lines = firm.frames["invoice_lines"]
        firm.frames["invoice_lines"] = lines[lines["move_id"] != inv.id]
        inject.use(firm, ("move", int(inv.id)), ("order", order))
        out.append(("unbilled_time", ORDER, order, "unbilled"))
        if len(out) >= n:
            break
    return out


def credit_note(firm: Firm, n: int) -> list[Truth]:
    out: list[Truth] = []
    partners = firm.frames["so_lines"][["partner_id", "partner_name", "salesman_id"]].drop_duplicates(
        "partner_id"
    )
    for i, p in enumerate(partners.head(n).itertuples()):
        new_id = _next_move(firm)
        day = firm.today - pd.Timedelta(days=int(firm.rng.integers(5, 60)))
        firm.frames["invoices"] = pd.concat(
            [
                firm.frames["invoices"],
                pd.DataFrame(
                    [
                        {
                            "id": new_id,
                            "name": f"RINV/{day.year}/8{i:04d}",
                            "move_type": "out_refund",
                            "state": "posted",
                            "partner_id": p.partner_id,
                            "partner_name": p.partner_name,
                            "ref": "",
                            "invoice_date": day,
                            "invoice_origin": "",
                            "reversed_entry_id": 0,
                            "user_id": p.salesman_id,
                            "write_date": day,
                        }
                    ]
                ),
            ],
            ignore_index=True,
        )
        lines = firm.frames["invoice_lines"]
        firm.frames["invoice_lines"] = pd.concat(
            [
                lines,
                pd.DataFrame(
                    [
                        {
                            "id": int(lines["id"].max()) + 1,
                            "move_id": new_id,
                            "product_id": 0,
                            "product_name": "",
                            "name": "Goodwill credit",
                            "quantity": 1.0,
                            "price_unit": float(firm.rng.integers(3, 20) * 100),
                            "discount": 0.0,
                            "so_line_id": 0,
                        }
                    ]
                ),
            ],
            ignore_index=True,
        )
        out.append(("credit_note_no_ref", MOVE, new_id, "credit_note_no_ref"))
    return out


def _add_expense(firm: Firm, row: dict[str, object]) -> int:
    exp = firm.frames["expenses"]
    new_id = int(exp["id"].max()) + 1
    base = {
        "id": new_id,
        "state": "submitted",
        "create_date": pd.Timestamp(row["date"]) + pd.Timedelta(hours=20),
    }
    firm.frames["expenses"] = pd.concat([exp, pd.DataFrame([{**base, **row}])], ignore_index=True)
    return new_id


def expense_duplicate(firm: Firm, n: int) -> list[Truth]:
    out: list[Truth] = []
    exp = firm.frames["expenses"]
    for i, e in enumerate(
        exp[exp["total_amount"] >= 40].sample(n, random_state=int(firm.rng.integers(1e9))).to_dict("records")
    ):
        copy = {
            k: e[k] for k in ("employee_id", "name", "date", "total_amount", "product_id", "product_name")
        }
        if i % 2:
            copy["date"] = pd.bdate_range(e["date"] + pd.Timedelta(days=1), periods=1)[0]
            copy["name"] = str(e["name"]).lower() + "."
        out.append(("exp_duplicate", EXP, _add_expense(firm, copy), "exp_duplicate"))
    return out


def expense_over_limit(firm: Firm, n: int) -> list[Truth]:
    out: list[Truth] = []
    emp = firm.frames["employees"]["id"].to_numpy()
    for _ in range(n):
        day = pd.bdate_range(firm.today - pd.Timedelta(days=int(firm.rng.integers(10, 90))), periods=1)[0]
        new = _add_expense(
            firm,
            {
                "employee_id": int(firm.rng.choice(emp)),
                "name": "Conference fee and flights",
                "date": day,
                "total_amount": round(float(firm.rng.uniform(1200, 3000)), 2),
                "product_id": 2,
                "product_name": "Train ticket",
            },
        )
        out.append(("exp_over_limit", EXP, new, "exp_over_limit"))
    return out


def expense_weekend(firm: Firm, n: int) -> list[Truth]:
    out: list[Truth] = []
    emp = firm.frames["employees"]["id"].to_numpy()
    for i in range(n):
        base = firm.today - pd.Timedelta(days=int(firm.rng.integers(10, 90)))
        day = base + pd.Timedelta(days=(5 - base.weekday()) % 7 + i % 2)
        new = _add_expense(
            firm,
            {
                "employee_id": int(firm.rng.choice(emp)),
                "name": "Dinner with client team",
                "date": day,
                "total_amount": round(float(firm.rng.uniform(30, 300)), 2),
                "product_id": 1,
                "product_name": "Meals",
            },
        )
        out.append(("exp_weekend", EXP, new, "exp_weekend"))
    return out


INJECTORS: dict[str, Callable[[Firm, int], list[Truth]]] = {
    # employee-exclusive timesheet injectors first, then task/project, then billing and expenses
    "ts_weekly_excess": inject.weekly_excess,
    "ts_identical_pattern": inject_more.identical,
    "ts_round_padding": inject_more.padding,
    "ts_daily_excess": inject.daily_excess,
    "ts_weekend": inject.weekend,
    "ts_on_leave": inject.on_leave,
    "ts_outlier": inject_more.outlier,
    "ts_late_capture": inject_more.late_capture,
    "ts_duplicate": inject.duplicate,
    "ts_near_duplicate": inject.near_duplicate,
    "ts_closed_task": inject_more.closed_task,
    "ts_archived_project": inject_more.archived_project,
    "ts_after_deadline": inject_more.after_deadline,
    "task_overrun": inject_more.task_overrun,
    "project_overrun": inject_more.project_overrun,
    "project_fast_burn": inject_more.fast_burn,
    "unbilled_time": unbilled,
    "inv_duplicate": duplicate_invoice,
    "inv_rate_mismatch": rate_mismatch,
    "inv_unusual_discount": unusual_discount,
    "inv_timesheet_gap": timesheet_gap,
    "credit_note_no_ref": credit_note,
    "exp_duplicate": expense_duplicate,
    "exp_over_limit": expense_over_limit,
    "exp_weekend": expense_weekend,
}


def inject_all(firm: Firm, per_kind: int, kinds: Sequence[str] | None = None) -> list[Truth]:
    truth: list[Truth] = []
    for kind, injector in INJECTORS.items():
        if kinds is None or kind in kinds:
            truth += injector(firm, per_kind)
    return truth
