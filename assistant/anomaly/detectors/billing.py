"""Billing detectors over customer invoices (``account.move`` / ``account.move.line``), sale-order lines and
timesheets: duplicate invoices, rate mismatches, unusual discounts, unbilled time, invoice vs timesheet gaps and
credit notes without a reference. Flags land on the invoice; unbilled time lands on the sale order.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from assistant.anomaly.detectors.common import Ctx, day, fmt, norm_ref, norm_text
from assistant.anomaly.flags import Flag, clip01, severity_for

MOVE = "account.move"
MOVE_LINE = "account.move.line"
ORDER = "sale.order"
SO_LINE = "sale.order.line"


def _customer_invoices(ctx: Ctx, move_type: str = "out_invoice") -> pd.DataFrame:
    inv = ctx.data.invoices
    return inv[(inv["move_type"] == move_type) & (inv["state"] != "cancel")]


def _inv_flag(
    kind: str,
    row: Any,
    ids: list[int],
    score: float,
    reason: str,
    evidence: dict[str, object],
    table: dict[str, object] | None = None,
    subject: str = "",
    odoo_model: str = MOVE,
) -> Flag:
    partner_name = str(row["partner_name"])
    return Flag(
        kind=kind,
        odoo_model=odoo_model,
        record_ids=tuple(ids),
        target_model=MOVE,
        target_id=int(row["id"]),
        severity=severity_for(score),
        score=score,
        reason=reason,
        evidence=evidence,
        subject=subject or kind,
        scope=f"partner:{int(row['partner_id'])}",
        assignee_id=int(row["user_id"]) or None,
        sensitive=[("ORG", partner_name)] if partner_name else [],
        table=table or {},
    )


def _label(row: Any) -> str:
    return str(row["name"]) or f"invoice #{int(row['id'])}"


def duplicate_invoices(ctx: Ctx) -> list[Flag]:
    th = ctx.th
    inv = _customer_invoices(ctx)
    if len(inv) < 2:
        return []
    refs = inv["ref"].str.strip().str.lower()
    nref = refs.map(norm_ref)
    digits = refs.str.replace(r"\D", "", regex=True)
    inv = inv.assign(
        cents=np.round(inv["amount_total"].to_numpy() * 100).astype("int64"),
        rref=refs,
        nref=nref,
        dkey=digits.where(digits.str.len() >= 4, ""),
        sig=inv["id"].map(_content(ctx)).fillna(""),
    )
    cols = [
        "id",
        "partner_id",
        "cents",
        "amount_total",
        "invoice_date",
        "rref",
        "nref",
        "dkey",
        "sig",
        "origin",
    ]
    inv = inv.assign(origin=inv["invoice_origin"].str.strip().str.lower())
    same_amount = inv[cols].merge(inv[cols], on=["partner_id", "cents"], suffixes=("_a", "_b"))
    same_amount = same_amount[same_amount["id_a"] < same_amount["id_b"]]
    days = (same_amount["invoice_date_b"] - same_amount["invoice_date_a"]).dt.days.abs()
    # a recurring invoice (monthly retainer, instalment) repeats partner, amount and the customer's PO reference:
    # an exact duplicate must also bill the same lines (or, without line data, fall within the fuzzy window)
    same_content = np.where(
        (same_amount["sig_a"] != "") & (same_amount["sig_b"] != ""),
        same_amount["sig_a"] == same_amount["sig_b"],
        days <= th.dup_invoice_fuzzy_days,
    )
    exact = same_amount[
        (same_amount["rref_a"] != "") & (same_amount["rref_a"] == same_amount["rref_b"]) & same_content
    ]
    relaxed = same_amount[(same_amount["rref_a"] != same_amount["rref_b"]) | (same_amount["rref_a"] == "")]
    # two invoices that bill two different sale orders are two sales, even for the same amount
    other_order = (
        (relaxed["origin_a"] != "")
        & (relaxed["origin_b"] != "")
        & (relaxed["origin_a"] != relaxed["origin_b"])
    )
    relaxed = relaxed[(days.loc[relaxed.index] <= th.dup_invoice_window_days) & ~other_order]
    fuzzy_parts = []
    for key in ("nref", "dkey"):
        sub = inv[inv[key] != ""][cols]
        m = sub.merge(sub, on=["partner_id", key], suffixes=("_a", "_b"))
        fuzzy_parts.append(m[(m["id_a"] < m["id_b"]) & (m["rref_a"] != m["rref_b"])])
    fuzzy = pd.concat(fuzzy_parts, ignore_index=True)
    if not fuzzy.empty:
        tol = th.dup_invoice_amount_tolerance * fuzzy[["amount_total_a", "amount_total_b"]].abs().max(axis=1)
        fdays = (fuzzy["invoice_date_b"] - fuzzy["invoice_date_a"]).dt.days.abs()
        fuzzy = fuzzy[
            ((fuzzy["amount_total_a"] - fuzzy["amount_total_b"]).abs() <= tol)
            & (fdays <= th.dup_invoice_fuzzy_days)
        ]
    matches = pd.concat(
        [
            exact.assign(match="exact", strength=3)[["id_a", "id_b", "match", "strength"]],
            fuzzy.assign(match="similar reference", strength=2)[["id_a", "id_b", "match", "strength"]],
            relaxed.assign(match="same amount within days", strength=1)[
                ["id_a", "id_b", "match", "strength"]
            ],
        ],
        ignore_index=True,
    )
    if matches.empty:
        return []
    matches = matches.sort_values(["id_b", "strength", "id_a"], ascending=[True, False, True])
    matches = matches.drop_duplicates(["id_a", "id_b"])
    by_id = inv.set_index("id")
    flags = []
    for id_b, group in matches.groupby("id_b", sort=True):
        b = by_id.loc[id_b]
        row_b = {**b.to_dict(), "id": id_b}
        earlier = group["id_a"].tolist()
        match, strength = group["match"].iloc[0], int(group["strength"].iloc[0])
        score = clip01(0.25 * strength + min(0.25, float(b["amount_total"]) / 40000))
        table_rows = [
            [
                str(by_id.loc[i, "name"]),
                day(by_id.loc[i, "invoice_date"]) if pd.notna(by_id.loc[i, "invoice_date"]) else "",
                str(by_id.loc[i, "ref"]),
                float(by_id.loc[i, "amount_total"]),
                str(by_id.loc[i, "state"]),
            ]
            for i in [*earlier, id_b]
        ]
        first = by_id.loc[earlier[0]]
        flags.append(
            _inv_flag(
                "inv_duplicate",
                row_b,
                [*earlier, int(id_b)],
                score,
                f"{_label(row_b)} ({fmt(b['amount_total'])} to {b['partner_name'] or 'the same customer'}) may "
                f"duplicate {first['name'] or 'invoice #' + str(earlier[0])}: {match}.",
                {
                    "match": match,
                    "amount_total": float(b["amount_total"]),
                    "duplicates_of": earlier,
                    "ref": str(b["ref"]),
                    "earlier_ref": str(first["ref"]),
                },
                {"columns": ["invoice", "date", "reference", "total", "state"], "rows": table_rows},
                subject="duplicate",
            )
        )
    return flags


def _content(ctx: Ctx) -> pd.Series:
    """Per invoice, a signature of what it bills (its lines' descriptions, quantities, prices and discounts): the
    sum of the lines' 64-bit hashes plus their count, order-independent and computed without a Python loop."""
    lines = ctx.data.invoice_lines
    if lines.empty:
        return pd.Series(dtype=object)
    parts = (
        norm_text(lines["name"])
        + "|"
        + lines["quantity"].round(3).astype(str)
        + "|"
        + lines["price_unit"].round(2).astype(str)
        + "|"
        + lines["discount"].round(2).astype(str)
    )
    hashed = pd.util.hash_pandas_object(parts, index=False)
    g = hashed.groupby(lines["move_id"].to_numpy())
    return g.sum().astype(str) + ":" + g.size().astype(str)


def _lines_with_agreed(ctx: Ctx) -> pd.DataFrame:
    """Customer invoice lines with the agreed price/discount (sale-order line, else configured product rate)."""
    inv = _customer_invoices(ctx)
    lines = ctx.data.invoice_lines
    lines = lines[lines["move_id"].isin(inv["id"])]
    so = ctx.data.so_lines[["id", "price_unit", "discount"]].rename(
        columns={"id": "so_line_id", "price_unit": "so_price", "discount": "so_discount"}
    )
    lines = lines.merge(so, on="so_line_id", how="left")
    if ctx.th.agreed_rates:
        rates = {str(k).strip().lower(): float(v) for k, v in ctx.th.agreed_rates.items()}
        by_id = lines["product_id"].astype(str).map(rates)
        by_name = lines["product_name"].str.strip().str.lower().map(rates)
        lines["so_price"] = lines["so_price"].fillna(by_id).fillna(by_name)
    return lines


def _per_invoice(
    ctx: Ctx,
    hot: pd.DataFrame,
    kind: str,
    columns: list[str],
    row_cols: list[str],
    reason: str,
    figures: dict[str, str],
) -> list[Flag]:
    inv = ctx.data.invoices.set_index("id")
    flags = []
    for move_id, group in hot.groupby("move_id", sort=True):
        head = {**inv.loc[move_id].to_dict(), "id": move_id}
        values = {name: float(group[col].sum()) for name, col in figures.items()}
        score = clip01(0.3 + abs(values.get("impact", 0.0)) / 5000 + float(group["severity"].max()))
        rows = group[row_cols].head(ctx.th.max_evidence_rows).values.tolist()
        flags.append(
            _inv_flag(
                kind,
                head,
                group["id"].tolist(),
                score,
                reason.format(inv=_label(head), n=len(group), **{k: fmt(v) for k, v in values.items()}),
                {"lines": len(group), **values},
                {"columns": columns, "rows": rows},
                odoo_model=MOVE_LINE,
            )
        )
    return flags


def rate_mismatch(ctx: Ctx) -> list[Flag]:
    lines = _lines_with_agreed(ctx)
    lines = lines[lines["so_price"].notna() & (lines["so_price"] > 0)]
    rel = (lines["price_unit"] - lines["so_price"]).abs() / lines["so_price"]
    hot = lines[rel > ctx.th.rate_tolerance]
    if hot.empty:
        return []
    hot = hot.assign(
        impact=(hot["price_unit"] - hot["so_price"]) * hot["quantity"],
        severity=(rel.loc[hot.index] / 2).clip(upper=0.4),
    )
    return _per_invoice(
        ctx,
        hot,
        "inv_rate_mismatch",
        ["line", "quantity", "invoiced price", "agreed price", "difference x quantity"],
        ["name", "quantity", "price_unit", "so_price", "impact"],
        "{n} line(s) of {inv} are priced away from the agreed rate; the net effect is {impact}.",
        {"impact": "impact"},
    )


def unusual_discount(ctx: Ctx) -> list[Flag]:
    th = ctx.th
    lines = _lines_with_agreed(ctx)
    over_policy = lines["discount"] > th.max_discount_pct
    over_so = lines["so_discount"].notna() & (
        lines["discount"] - lines["so_discount"].fillna(0) > th.discount_tolerance_pct
    )
    hot = lines[over_policy | over_so]
    if hot.empty:
        return []
    gross = hot["price_unit"] * hot["quantity"]
    hot = hot.assign(
        impact=-gross * hot["discount"] / 100,
        so_discount=hot["so_discount"].fillna(0.0),
        severity=(hot["discount"] / 200).clip(upper=0.4),
    )
    return _per_invoice(
        ctx,
        hot,
        "inv_unusual_discount",
        ["line", "quantity", "unit price", "discount %", "sale order discount %", "discount amount"],
        ["name", "quantity", "price_unit", "discount", "so_discount", "impact"],
        "{n} line(s) of {inv} carry an unusual discount worth {impact}.",
        {"impact": "impact"},
    )


def credit_note_without_reference(ctx: Ctx) -> list[Flag]:
    """Customer and vendor credit notes that name no original invoice, no reference and no origin."""
    cn = pd.concat([_customer_invoices(ctx, "out_refund"), _customer_invoices(ctx, "in_refund")])
    hot = cn[
        (cn["reversed_entry_id"] == 0)
        & (cn["ref"].str.strip() == "")
        & (cn["invoice_origin"].str.strip() == "")
    ]
    flags = []
    for row in hot.to_dict("records"):
        score = clip01(0.3 + abs(float(row["amount_total"])) / 10000)
        flags.append(
            _inv_flag(
                "credit_note_no_ref",
                row,
                [int(row["id"])],
                score,
                f"{'Vendor credit' if row['move_type'] == 'in_refund' else 'Credit'} note {_label(row)} of {fmt(abs(float(row['amount_total'])))} names no original invoice and "
                f"no reference.",
                {
                    "amount_total": abs(float(row["amount_total"])),
                    "date": day(row["invoice_date"]) if pd.notna(row["invoice_date"]) else "",
                },
            )
        )
    return flags
