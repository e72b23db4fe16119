"""Thresholds of the anomaly detectors, as the ``anomaly`` settings group (env ``ASSISTANT_ANOMALY__...``).

Every detector reads its limits from here so that finance can tune them without code changes, e.g.
``ASSISTANT_ANOMALY__MAX_DAILY_HOURS=11`` or ``ASSISTANT_ANOMALY__EXPENSE_LIMITS='{"Hotel": 250}'``.
This module is pure pydantic (no pandas) so that :mod:`assistant.settings` can import it cheaply.
"""

from __future__ import annotations

import hashlib
import json

from pydantic import BaseModel, Field


class AnomalySettings(BaseModel):
    # -- scan ------------------------------------------------------------------------------------------------
    lookback_days: int = Field(
        120, ge=7, description="Default scan window: records dated within this many days."
    )
    read_batch: int = Field(2000, ge=50, description="Records per batched read (keyset pagination on id).")
    max_evidence_rows: int = Field(
        15,
        ge=1,
        description="Rows of the evidence table kept per flag (a group's "
        "note shows at most 3x this, and every occurrence).",
    )
    llm_max_candidates: int = Field(
        15, ge=1, description="Flags (best score first) sent to the ranking model."
    )
    # -- timesheets: volume -----------------------------------------------------------------------------------
    max_daily_hours: float = Field(12.0, gt=0, description="Hours per employee per day above which to flag.")
    max_weekly_hours: float = Field(
        55.0, gt=0, description="Hours per employee per ISO week above which to flag."
    )
    weekend_min_hours: float = Field(
        0.5, ge=0, description="Weekend hours per employee per week that are flagged."
    )
    leave_min_hours: float = Field(0.25, ge=0, description="Hours on a validated leave day that are flagged.")
    # -- timesheets: duplicates -------------------------------------------------------------------------------
    near_dup_hours_tolerance: float = Field(
        0.25, ge=0, description="Hour difference still counted near-duplicate."
    )
    near_dup_similarity: float = Field(
        0.8, gt=0, le=1, description="Description similarity (0-1) of near-dups."
    )
    # -- timesheets: task / project state ---------------------------------------------------------------------
    closed_task_grace_days: int = Field(
        10,
        ge=0,
        description="Days after a task was closed before time is flagged "
        "(late entries for the closing week are normal).",
    )
    after_deadline_days: int = Field(
        30, ge=0, description="Days after a task deadline from which time is flagged."
    )
    archived_grace_days: int = Field(
        0, ge=0, description="Days after a project's end date on archived projects."
    )
    overrun_tolerance: float = Field(
        0.2, ge=0, description="Effective hours above allocated x (1 + this) = overrun."
    )
    overrun_min_hours: float = Field(4.0, ge=0, description="Minimum excess hours for an overrun flag.")
    burn_margin: float = Field(0.3, gt=0, description="Burn fraction minus elapsed fraction that is flagged.")
    burn_min: float = Field(0.5, ge=0, description="Burn fraction below which fast burn is never flagged.")
    # -- timesheets: capture and personal patterns ------------------------------------------------------------
    late_capture_days: int = Field(
        14, ge=1, description="Days between the work date and its entry that are late."
    )
    outlier_z: float = Field(
        3.5, gt=0, description="Robust z-score (median/MAD) of a day's total that is flagged."
    )
    outlier_min_excess_hours: float = Field(
        3.0, ge=0, description="Minimum hours above the employee's median."
    )
    outlier_min_days: int = Field(15, ge=3, description="Days of history needed for a personal baseline.")
    mad_floor_hours: float = Field(
        0.25, gt=0, description="Smallest MAD used (guards against identical days)."
    )
    identical_min_days: int = Field(
        20, ge=3, description="Consecutive working days with identical totals flagged."
    )
    padding_min_entries: int = Field(
        15, ge=3, description="Entries per employee-month needed to judge padding."
    )
    padding_share: float = Field(0.9, gt=0, le=1, description="Share of whole-hour entries that is flagged.")
    padding_firm_share_max: float = Field(
        0.6,
        gt=0,
        le=1,
        description="Padding is only judged when the firm's whole-hour share is "
        "below this (the firm normally logs fractions of hours).",
    )
    # -- billing ----------------------------------------------------------------------------------------------
    dup_invoice_window_days: int = Field(7, ge=0, description="Same partner + amount within this many days.")
    dup_invoice_fuzzy_days: int = Field(60, ge=0, description="Window for similar references.")
    dup_invoice_amount_tolerance: float = Field(
        0.01, ge=0, description="Relative amount tolerance, fuzzy refs."
    )
    rate_tolerance: float = Field(
        0.02, ge=0, description="Relative unit-price difference vs the agreed rate."
    )
    agreed_rates: dict[str, float] = Field(
        default_factory=dict, description="Agreed unit price by product id or name (no SO line)."
    )
    max_discount_pct: float = Field(20.0, ge=0, description="Invoice-line discount (%) that is unusual.")
    discount_tolerance_pct: float = Field(
        5.0, ge=0, description="Points above the sale-order line's discount."
    )
    unbilled_days: int = Field(
        45, ge=1, description="Billable time older than this and not invoiced is flagged."
    )
    unbilled_min_amount: float = Field(100.0, ge=0, description="Smallest amount at stake per sale order.")
    gap_tolerance: float = Field(0.1, ge=0, description="Relative invoice vs timesheet value difference.")
    gap_min_amount: float = Field(200.0, ge=0, description="Smallest absolute invoice vs timesheet gap.")
    # -- expenses ---------------------------------------------------------------------------------------------
    expense_limit: float = Field(1000.0, gt=0, description="Default policy limit per expense.")
    expense_limits: dict[str, float] = Field(
        default_factory=dict, description="Policy limit by product id or name (case-insensitive)."
    )
    expense_dup_window_days: int = Field(3, ge=0, description="Near-duplicate expenses: days apart.")
    expense_dup_min_amount: float = Field(20.0, ge=0, description="Near-duplicates below this are ignored.")
    expense_weekend_exempt: list[str] = Field(
        default_factory=list, description="Product names allowed on weekends (e.g. travel)."
    )

    def version(self) -> str:
        """Hash of every threshold: logged as the 'prompt version' of deterministic detection runs."""
        blob = json.dumps(self.model_dump(mode="json"), sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()[:12]
