"""The Recorder: the one place that builds prompt-log rows (:class:`~assistant.store.promptlog.LogEntry`) and
appends them. Every output goes through here: per-record task runs (the pipeline), anomaly scans (the scan,
its flags, the activity of each group, resolved flags and groups) and file classifications
(``assistant classify``). Values handed in are already redacted; see :mod:`assistant.store.promptlog` for the
hash chain.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from assistant.store.promptlog import LogEntry, PromptLogStore

if TYPE_CHECKING:
    from assistant.anomaly.flags import Flag
    from assistant.anomaly.groups import FlagGroup

ANOMALY_TASK = "anomaly_scan"


class Recorder:
    """Appends the rows of one run to the prompt log."""

    def __init__(self, log: PromptLogStore | None, instance: str) -> None:
        self.log = (
            log  # None: rows are built (for the caller) but not stored (``assistant classify --no-log``)
        )
        self.instance = instance

    def append(self, entries: list[LogEntry]) -> None:
        for entry in entries:
            entry.odoo_instance = entry.odoo_instance or self.instance
        if self.log is not None:
            self.log.append(entries)

    # -- per-record task runs ------------------------------------------------------------------------------
    def task_run(
        self,
        *,
        run_key: str,
        task: str,
        prompt_version: str,
        model: str,
        model_params: dict[str, Any],
        odoo_model: str,
        odoo_id: int,
        record_write_date: str | None,
        status: str = "ok",
        **values: Any,
    ) -> LogEntry:
        return LogEntry(
            run_key=run_key,
            task=task,
            prompt_name=task,
            prompt_version=prompt_version,
            model=model,
            model_params=model_params,
            odoo_model=odoo_model,
            odoo_id=odoo_id,
            odoo_instance=self.instance,
            record_write_date=record_write_date,
            status=status,
            **values,
        )

    # -- anomaly scans ---------------------------------------------------------------------------------------
    def scan(self, *, run_id: str, version: str, status: str, dry_run: bool, **values: Any) -> LogEntry:
        """The row of one scan (counts, scope, timings, watermark)."""
        return LogEntry(
            run_key=hashlib.sha256(f"{ANOMALY_TASK}|{run_id}".encode()).hexdigest(),
            task=ANOMALY_TASK,
            prompt_name="anomaly.scan",
            prompt_version=version,
            model="rules",
            odoo_model="res.company",
            odoo_id=0,
            odoo_instance=self.instance,
            status=status,
            run_id=run_id,
            decided_by="rules",
            model_params={"thresholds": version, "dry_run": dry_run},
            user_prompt="deterministic anomaly detectors",
            **values,
        )

    def flag(self, flag: Flag, version: str, scan_id: str) -> LogEntry:
        """A new or attached flag. No ``activity_id`` column (it is in ``parsed_output``): only the row of the
        activity itself carries it, because review sync matches decisions by ``marker(run_key)``."""
        return self._anomaly(
            flag.key,
            flag.kind,
            flag.target_model,
            flag.target_id,
            version,
            scan_id,
            "flag",
            flag.group_key,
            status="ok",
            user_prompt=f"deterministic detector {flag.kind}",
        )

    def group_activity(self, group: FlagGroup, run_key: str, version: str, scan_id: str) -> LogEntry:
        """One activity created for a group: ``run_key`` is the activity key (its marker is in the summary) and
        the row carries the ``activity_id``, so review sync records the reviewer's decision on it."""
        return self._anomaly(
            run_key,
            group.kind,
            group.target_model,
            group.target_id,
            version,
            scan_id,
            "activity",
            group.key,
            status="ok",
            user_prompt=f"deterministic detector {group.kind}: one activity per group",
        )

    def resolved(
        self,
        key: str,
        kind: str,
        target_model: str,
        target_id: int,
        version: str,
        scan_id: str,
        *,
        row: str,
        group_key: str,
        status: str,
        parsed_output: dict[str, Any],
    ) -> LogEntry:
        """A flag (``row="flag"``) or a whole group (``row="group"``) no longer detected."""
        return self._anomaly(
            key,
            kind,
            target_model,
            target_id,
            version,
            scan_id,
            row,
            group_key,
            status=status,
            parsed_output=parsed_output,
        )

    def _anomaly(
        self,
        run_key: str,
        kind: str,
        target_model: str,
        target_id: int,
        version: str,
        scan_id: str,
        row: str,
        group_key: str,
        **values: Any,
    ) -> LogEntry:
        return LogEntry(
            run_key=run_key,
            task=ANOMALY_TASK,
            prompt_name=f"anomaly.{kind}",
            prompt_version=version,
            model="rules",
            odoo_model=target_model,
            odoo_id=int(target_id),
            odoo_instance=self.instance,
            decided_by="rules",
            model_params={
                "detector": kind,
                "thresholds": version,
                "scan_run_id": scan_id,
                "row": row,
                "group_key": group_key,
            },
            **values,
        )

    # -- file classifications -----------------------------------------------------------------------------------
    def classification(
        self, *, run_key: str, task: str, prompt_version: str, model: str, **values: Any
    ) -> LogEntry:
        """One e-mail classified from a file (``assistant classify``): not an Odoo record until it lands on
        an invoice (``odoo_model``/``odoo_id`` then name the invoice)."""
        values.setdefault("odoo_model", "email.raw")
        values.setdefault("odoo_id", 0)
        return LogEntry(
            run_key=run_key,
            task=task,
            prompt_name=task,
            prompt_version=prompt_version,
            model=model,
            odoo_instance=self.instance,
            decided_by=model,
            **values,
        )
