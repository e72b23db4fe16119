"""The Lander: the one place that creates activities in Odoo. It finds open activities that already carry a
run's key marker (so a lost or new log never duplicates one), creates the rest in batches Odoo accepts, reads
their ids back, and remembers what each activity looked like when it landed (the review sync's baseline).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from assistant.odoo.activities import ActivitySpec, Landing
from assistant.odoo.gateway import OdooGateway
from assistant.store.db import Database


class Lander:
    def __init__(self, gw: OdooGateway, db: Database | None = None) -> None:
        self.gw = gw
        self.db = db

    def land(self, specs: Sequence[ActivitySpec], run_ids: Sequence[str | None] | None = None) -> Landing:
        """Create ``specs``; with ``run_ids`` (one per spec) keep each landed activity as its run's baseline."""
        landing = self.gw.create_activities(specs)
        if run_ids is not None and self.db is not None:
            self.remember(
                {
                    run_id: row
                    for run_id, row in zip(run_ids, landing.rows, strict=True)
                    if run_id and row is not None
                }
            )
        return landing

    def remember(self, activities: dict[str, dict[str, Any]]) -> None:
        """Baselines of activities found open (not created now), by run id."""
        if self.db is None or not activities:
            return
        from assistant.reviews import remember_baselines  # reviews reads the run-key marker from the pipeline

        remember_baselines(self.db, activities)

    def open_with_markers(self, targets: dict[str, set[int]]) -> dict[tuple[str, int], list[dict[str, Any]]]:
        """Open activities whose summary carries a marker (``[...]``), per (model, record)."""
        found: dict[tuple[str, int], list[dict[str, Any]]] = {}
        for model, res_ids in targets.items():
            for act in self.gw.open_activities(model, sorted(res_ids), "["):
                found.setdefault((model, int(act["res_id"])), []).append(
                    {**act, "summary": str(act["summary"])}
                )
        return found
