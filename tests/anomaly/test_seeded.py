"""The sandbox's seeded data shows every anomaly kind (what the demo relies on), whatever the anchor date."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from assistant.anomaly.config import AnomalySettings
from assistant.anomaly.detectors import detect
from assistant.anomaly.fetch import Scope
from assistant.anomaly.kinds import KINDS
from assistant.anomaly.load import load
from assistant.odoo import connect
from assistant.sandbox import SandboxServer
from assistant.sandbox.seed import generate
from tests.conftest import TODAYS


@pytest.mark.parametrize("anchor", [p.values[0] for p in TODAYS] + [date(2026, 11, 22), date(2025, 3, 3)])
def test_every_kind_is_seeded(anchor):
    with SandboxServer(anchor_date=anchor) as srv:
        gw = connect(srv.url, srv.db, "admin", "admin")
        data = load(
            gw, AnomalySettings(), since=anchor - timedelta(days=120), today=anchor, scope=Scope(full=True)
        )
    kinds = Counter(f.kind for f in detect(data, AnomalySettings()))
    assert set(kinds) == set(KINDS), sorted(set(KINDS) - set(kinds))


def test_the_hook_can_be_switched_off():
    anchor = date(2026, 11, 22)
    plain, _ = generate(anchor, anomalies=False)
    seeded, _ = generate(anchor)
    assert len(seeded["account.analytic.line"]) > len(plain["account.analytic.line"])
    assert sum(m["move_type"] == "in_refund" for m in plain["account.move"].values()) == 0
    assert sum(m["move_type"] == "in_refund" for m in seeded["account.move"].values()) == 1
