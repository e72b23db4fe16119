"""The evaluation runner: targets met on a small scenario set, and a mis-set threshold makes it fail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.anomaly.config import AnomalySettings
from assistant.anomaly.kinds import KINDS
from evals.anomalies.run import run_scenarios


@pytest.fixture(scope="module")
def scenarios(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("eval") / "scenarios.json"
    path.write_text(
        json.dumps(
            [
                {
                    "name": "mixed",
                    "employees": 60,
                    "days": 150,
                    "partners": 8,
                    "seed": 3,
                    "per_kind": 2,
                    "near_misses": 2,
                },
                {
                    "name": "clean",
                    "employees": 40,
                    "days": 150,
                    "partners": 8,
                    "seed": 4,
                    "per_kind": 0,
                    "near_misses": 2,
                },
            ]
        )
    )
    return path


def test_every_kind_meets_the_targets_and_clean_data_raises_nothing(scenarios: Path) -> None:
    report = run_scenarios(scenarios)
    assert set(report["kinds"]) == set(KINDS)
    assert all(k["injected"] >= 1 for k in report["kinds"].values()), "every kind must be injected"
    bad = {k: v for k, v in report["kinds"].items() if not v["ok"]}
    assert not bad, bad
    assert report["clean_flags"] == 0 and report["ok"]
    mixed, clean = report["scenarios"]
    assert 0 < mixed["activities"] <= mixed["flags"] and clean["activities"] == clean["flags"] == 0


def test_a_wrong_threshold_shows_up_as_lost_recall_and_precision(scenarios: Path) -> None:
    report = run_scenarios(scenarios, AnomalySettings(max_daily_hours=20, late_capture_days=9))
    assert report["kinds"]["ts_daily_excess"]["recall"] == 0.0
    assert report["kinds"]["ts_late_capture"]["precision"] < 0.9  # near misses (10-12 days late) now flagged
    assert not report["ok"]
