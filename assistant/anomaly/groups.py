"""Flags grouped per (kind, target record): the unit that gets one review activity.

A detector may find the same kind several times on one record (weekend time on two weekends, three duplicate
pairs on one task). Reviewers get **one open activity per (kind, target record)** listing every occurrence, not
one activity per occurrence: :class:`FlagGroup` holds the flags of one group, most severe first, with the group's
severity and score (the maximum of its flags) and the combined evidence table of the note.

Keys (all SHA-256 hex):

* ``group_key(kind, model, id)`` identifies the group; its :func:`~assistant.pipeline.marker` is in the summary of
  every activity of the group, so an open activity of the group is found again in Odoo (a rescan attaches new
  occurrences to it instead of opening a second one, and a lost scan state does not duplicate it).
* ``activity_key(group, scan)`` identifies one activity of the group (a group gets a new activity only when its
  previous one was closed by a reviewer). It is the ``run_key`` of the prompt-log row that carries the activity
  id, and its marker is in the summary too: review sync matches "done" messages by ``marker(run_key)``, and a
  marker shared by several activities of the same group would attribute one reviewer's decision to another.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from assistant.anomaly.flags import SEVERITIES, Flag, group_key

__all__ = ["FlagGroup", "activity_key", "group_flags", "group_key", "group_of", "severity_order"]


def activity_key(group: str, scan_run_id: str) -> str:
    """Unique per activity: a group is raised at most once per scan."""
    return hashlib.sha256(f"{group}|activity|{scan_run_id}".encode()).hexdigest()


def group_of(entry: dict[str, Any]) -> str:
    """The group key of a scan-state entry (entries written before grouping do not carry it)."""
    return str(
        entry.get("group_key") or group_key(entry["kind"], entry["target_model"], int(entry["target_id"]))
    )


def severity_order(flag: Flag) -> tuple[int, float, str]:
    """Sort key: most severe first, then highest score, then the subject (stable across scans)."""
    return -SEVERITIES.index(flag.severity), -flag.score, flag.subject


@dataclass
class FlagGroup:
    key: str
    kind: str
    target_model: str
    target_id: int
    flags: list[Flag] = field(default_factory=list)  # most severe first

    @property
    def severity(self) -> str:
        return max((f.severity for f in self.flags), key=SEVERITIES.index)

    @property
    def score(self) -> float:
        return max(f.score for f in self.flags)

    @property
    def lead(self) -> Flag:
        """The most severe flag (assignee, project of task activities)."""
        return self.flags[0]

    @property
    def record_ids(self) -> tuple[int, ...]:
        return tuple(sorted({i for f in self.flags for i in f.record_ids}))

    def table(self, max_rows: int) -> dict[str, Any]:
        """One evidence table for every occurrence: "occurrence" (#1 = most severe) and "severity" columns, then
        the union of the flags' own columns. At most ``max(max_rows, number of flags)`` rows, but every
        occurrence keeps at least one row (a flag without evidence rows gets an empty one)."""
        columns: list[str] = []
        for f in self.flags:
            columns += [str(c) for c in f.table.get("columns", []) if str(c) not in columns]
        rows: list[list[Any]] = []
        budget = max(max_rows, len(self.flags))
        for n, f in enumerate(self.flags, start=1):
            own = [str(c) for c in f.table.get("columns", [])]
            body = [dict(zip(own, r, strict=False)) for r in f.table.get("rows", [])] or [{}]
            later = len(self.flags) - n  # rows kept back for the occurrences after this one
            for cells in body[: max(1, budget - len(rows) - later)]:
                rows.append([f"#{n}", f.severity, *(cells.get(c, "") for c in columns)])
        return {"columns": ["occurrence", "severity", *columns], "rows": rows}

    def to_dict(self) -> dict[str, Any]:
        return {
            "group_key": self.key,
            "kind": self.kind,
            "target_model": self.target_model,
            "target_id": self.target_id,
            "severity": self.severity,
            "score": self.score,
            "occurrences": len(self.flags),
            "flags": [f.key for f in self.flags],
        }


def group_flags(flags: Iterable[Flag]) -> dict[str, FlagGroup]:
    """Flags by group key (in order of each group's first flag); each group's flags most severe first."""
    groups: dict[str, FlagGroup] = {}
    for f in flags:
        key = f.group_key
        if key not in groups:
            groups[key] = FlagGroup(key, f.kind, f.target_model, f.target_id)
        groups[key].flags.append(f)
    for g in groups.values():
        g.flags.sort(key=severity_order)
    return groups
