"""Timesheet, billing and expense anomaly flags computed by code from Odoo data.

Layout: :mod:`.fetch` (Odoo -> DataFrames), :mod:`.detectors` (pure functions DataFrames -> flags),
:mod:`.flags` (the Flag and its stable key), :mod:`.groups` (flags per (kind, target record): one review
activity each), :mod:`.scan` (orchestration, dedupe, write-back, prompt log),
:mod:`.explain` (optional model ranking/explanation, checked against the candidate flags).
"""
