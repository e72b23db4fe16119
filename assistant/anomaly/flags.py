"""The ``Flag``: one anomaly found by code, with everything finance needs to act on it.

A flag names its kind, the Odoo records that show it (``odoo_model`` + ``record_ids``), the record the review
activity lands on (``target_model`` + ``target_id``), a severity, a 0-1 score for ranking, a plain-language
reason and the evidence figures (plus a small evidence table).

The stable key is ``sha256(kind, target model, target id, subject)``. ``subject`` names *which* occurrence of
the kind on that target it is ("2024-05-07", "week of 2024-05-06", "after closure"); detectors default it to the
record ids. We key on the subject rather than on the record ids (the design note's suggestion) because record
ids grow while a condition persists (one more line on an over-long day, one more unbilled week): keying on them
would resolve and re-raise the same finding on every scan.

Flags of the same kind on the same target form a group (``group_key`` = ``sha256(kind, target model, target id)``,
see :mod:`assistant.anomaly.groups`): a group gets one review activity listing every occurrence.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

SEVERITIES = ("low", "medium", "high")


def group_key(kind: str, target_model: str, target_id: int) -> str:
    """The key of the (kind, target record) group of flags (see :mod:`assistant.anomaly.groups`)."""
    return hashlib.sha256(f"{kind}|{target_model}|{int(target_id)}".encode()).hexdigest()


def severity_for(score: float, *, medium: float = 0.2, high: float = 0.5) -> str:
    """Map a 0-1 score onto low / medium / high."""
    return "high" if score >= high else "medium" if score >= medium else "low"


def ratio_score(value: float, limit: float, *, span: float = 1.0) -> float:
    """How far ``value`` is above ``limit``, relative to it: 0 at the limit, 1 at ``limit * (1 + span)``."""
    if limit <= 0:
        return 1.0
    return clip01((value - limit) / (limit * span))


def clip01(value: float) -> float:
    if math.isnan(value):
        return 0.0
    return max(0.0, min(1.0, float(value)))


def jsonable(value: Any) -> Any:
    """Evidence values as JSON: dates as ISO strings, numpy scalars as Python numbers, floats rounded."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):  # numpy scalar
        value = value.item()
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return round(value, 2)
    return value


@dataclass
class Flag:
    kind: str
    odoo_model: str
    record_ids: tuple[int, ...]
    target_model: str
    target_id: int
    severity: str
    score: float
    reason: str
    evidence: dict[str, Any] = field(default_factory=dict)
    subject: str = ""
    scope: str = ""  # what a rescan must re-read to confirm or resolve it: "employee:3", "partner:9", ...
    group: int | None = None  # project id for flags on tasks (Odoo 18 activity batches)
    assignee_id: int | None = None
    sensitive: list[tuple[str, str]] = field(default_factory=list)  # (kind, value) pairs for redaction
    table: dict[str, Any] = field(default_factory=dict)  # {"columns": [...], "rows": [[...], ...]}

    def __post_init__(self) -> None:
        self.record_ids = tuple(sorted({int(i) for i in self.record_ids}))
        self.target_id = int(self.target_id)
        self.score = round(clip01(self.score), 4)
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")
        if not self.subject:
            self.subject = ",".join(str(i) for i in self.record_ids)

    @property
    def key(self) -> str:
        parts = [self.kind, self.target_model, str(self.target_id), self.subject]
        return hashlib.sha256("|".join(parts).encode()).hexdigest()

    @property
    def group_key(self) -> str:
        """The (kind, target record) group this flag belongs to: one review activity per group."""
        return group_key(self.kind, self.target_model, self.target_id)

    @property
    def family(self) -> str:
        from assistant.anomaly.kinds import KINDS

        return KINDS[self.kind].family

    def to_dict(self) -> dict[str, Any]:
        """The JSON-lines shape of ``--json`` (and the logged flag, after redaction)."""
        return {
            "key": self.key,
            "kind": self.kind,
            "odoo_model": self.odoo_model,
            "record_ids": list(self.record_ids),
            "target_model": self.target_model,
            "target_id": self.target_id,
            "group_key": self.group_key,
            "subject": self.subject,
            "severity": self.severity,
            "score": self.score,
            "reason": self.reason,
            "evidence": jsonable(self.evidence),
            "table": jsonable(self.table),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)
