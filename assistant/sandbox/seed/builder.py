"""Record builder used by the sandbox seed (ids, audit fields, external ids)."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import Any

from ..fields import ModelSchema, load_schemas

DT = "%Y-%m-%d %H:%M:%S"


class Builder:
    """Accumulates raw records per model; knows the anchor date ("today") and the RNG."""

    def __init__(self, anchor: date, rng: random.Random) -> None:
        self.anchor = anchor
        self.rng = rng
        self.schemas: dict[str, ModelSchema] = load_schemas()
        self.records: dict[str, dict[int, dict[str, Any]]] = defaultdict(dict)
        self.next_ids: dict[str, int] = {"ir.model.data": 12001}
        self.setup_time = datetime.combine(anchor - timedelta(days=400), time(8, 30))
        self.refs: dict[str, Any] = {}  # cross-module handles (ids of notable records)

    def day(self, offset: int) -> date:
        return self.anchor + timedelta(days=offset)

    def ds(self, offset: int) -> str:
        return self.day(offset).isoformat()

    def dts(self, d: date | datetime, hour: int = 9, minute: int = 0) -> str:
        if isinstance(d, datetime):
            return d.strftime(DT)
        return datetime.combine(d, time(hour, minute)).strftime(DT)

    def add(
        self,
        model: str,
        vals: dict[str, Any],
        *,
        rid: int | None = None,
        xmlid: str | None = None,
        when: str | None = None,
        uid: int = 2,
    ) -> int:
        table = self.records[model]
        if rid is None:
            rid = self.next_ids.get(model, 1)
            while rid in table:
                rid += 1
        self.next_ids[model] = max(self.next_ids.get(model, 1), rid + 1)
        stamp = when or self.setup_time.strftime(DT)
        rec: dict[str, Any] = {
            "id": rid,
            "create_date": stamp,
            "write_date": stamp,
            "create_uid": uid,
            "write_uid": uid,
        }
        if "active" in self.schemas[model].fields:
            rec["active"] = True
        rec.update(vals)
        table[rid] = rec
        if xmlid:
            self.xmlid(xmlid, model, rid)
        return rid

    def xmlid(self, xmlid: str, model: str, rid: int) -> None:
        module, _, name = xmlid.partition(".")
        self.add(
            "ir.model.data", {"module": module, "name": name, "model": model, "res_id": rid, "noupdate": True}
        )
