"""The flag key, kind selection, scores and the JSON shape."""

from __future__ import annotations

import json

import pytest

from assistant.anomaly.flags import Flag, ratio_score, severity_for
from assistant.anomaly.kinds import KINDS, select_kinds
from assistant.errors import InputError


def flag(**kw: object) -> Flag:
    base = dict(
        kind="ts_daily_excess",
        odoo_model="account.analytic.line",
        record_ids=(3, 1, 3),
        target_model="hr.employee",
        target_id=4,
        severity="high",
        score=0.7,
        reason="r",
        evidence={"hours": 13.333333},
        subject="2025-03-05",
    )
    base.update(kw)
    return Flag(**base)  # type: ignore[arg-type]


def test_key_depends_on_kind_target_and_subject_not_on_growing_record_ids() -> None:
    a, b = flag(), flag(record_ids=(1, 3, 9), score=0.9, reason="other")
    assert a.key == b.key and len(a.key) == 64
    assert a.record_ids == (1, 3)
    assert flag(subject="2025-03-06").key != a.key
    assert flag(target_id=5).key != a.key
    assert flag(kind="ts_outlier").key != a.key
    assert flag(subject="").subject == "1,3"


def test_json_line_has_the_documented_fields() -> None:
    row = json.loads(flag().to_json())
    assert {"kind", "odoo_model", "record_ids", "severity", "score", "reason", "evidence"} <= set(row)
    assert row["evidence"]["hours"] == 13.33 and row["record_ids"] == [1, 3]


def test_scores_and_severities() -> None:
    assert (
        ratio_score(12, 12) == 0
        and ratio_score(18, 12, span=0.5) == 1
        and ratio_score(15, 12, span=0.5) == 0.5
    )
    assert [severity_for(s) for s in (0.1, 0.3, 0.6)] == ["low", "medium", "high"]
    with pytest.raises(ValueError):
        flag(severity="urgent")


def test_select_kinds() -> None:
    assert select_kinds(None) == list(KINDS)
    assert select_kinds(["billing"]) == [k for k, v in KINDS.items() if v.family == "billing"]
    assert select_kinds(["ts_weekend,exp_weekend", "ts_weekend"]) == ["ts_weekend", "exp_weekend"]
    with pytest.raises(InputError):
        select_kinds(["ts_nope"])
