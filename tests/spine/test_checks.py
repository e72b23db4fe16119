"""The figure check: every number the narrative cites must come from the facts."""

from __future__ import annotations

import pytest

from assistant.checks import check_figures

FACTS = {
    "effort": {"allocated_hours": 120.0, "effective_hours": 131.25, "burn_pct": 109},
    "tasks": {"overdue": [{"task": "Phase 2 design", "deadline": "2026-11-02", "days_late": 20}]},
    "schedule": {"elapsed_pct": 64},
    "ratio": 0.85,
    "amount": 12500.0,
}


@pytest.mark.parametrize(
    "text",
    [
        "Burn is 109% with 131.25 of 120 hours used.",
        "131.3 hours against 120 allocated; 131 rounded.",
        "Phase 2 design is 20 days late since 2026-11-02.",
        "At 64% of the schedule, 85% of the ratio.",
        "An amount of 12,500 is at stake, i.e. 12500.00.",
        "<PERSON_3> and <ORG_12> should meet.",
    ],
)
def test_figures_from_the_facts_pass(text):
    assert check_figures([text], FACTS) == []


@pytest.mark.parametrize(
    "text,bad",
    [
        ("Burn is 110%.", "110"),
        ("About 131.4 hours are used.", "131.4"),
        ("We expect 3 more weeks.", "3"),
        ("An amount of 12,600 is at stake.", "12,600"),
        ("Down -64 points.", "-64"),
    ],
)
def test_invented_figures_fail(text, bad):
    issues = check_figures([text], FACTS)
    assert [i.rule for i in issues] == ["invented_figure"] and bad in issues[0].message
