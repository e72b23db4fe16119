"""Flags grouped per (kind, target record): ordering, group severity and score, the combined evidence table and
the note of the group's activity."""

from __future__ import annotations

from assistant.anomaly.flags import Flag
from assistant.anomaly.groups import FlagGroup, activity_key, group_flags, group_of
from assistant.anomaly.note import render

COLUMNS = ["line id", "date", "hours"]


def weekend(
    subject: str, score: float, severity: str, rows: int = 1, *, emp: int = 4, first: int = 100
) -> Flag:
    return Flag(
        kind="ts_weekend",
        odoo_model="account.analytic.line",
        record_ids=tuple(range(first, first + rows)),
        target_model="hr.employee",
        target_id=emp,
        severity=severity,
        score=score,
        reason=f"Ada logged time on the {subject}.",
        evidence={"weekend_of": subject[11:]},
        subject=subject,
        table={"columns": COLUMNS, "rows": [[first + i, subject[11:], 2.0] for i in range(rows)]},
    )


def test_group_key_names_kind_and_target_not_the_occurrence() -> None:
    a, b = weekend("weekend of 2025-05-03", 0.3, "medium"), weekend("weekend of 2025-05-10", 0.6, "high")
    assert a.key != b.key and a.group_key == b.group_key and len(a.group_key) == 64
    assert weekend("weekend of 2025-05-03", 0.3, "medium", emp=5).group_key != a.group_key
    other_kind = Flag(**{**a.__dict__, "kind": "ts_daily_excess"})
    assert other_kind.group_key != a.group_key
    assert a.to_dict()["group_key"] == a.group_key
    state_entry = {
        "kind": "ts_weekend",
        "target_model": "hr.employee",
        "target_id": 4,
    }  # written before grouping
    assert group_of(state_entry) == a.group_key == group_of({**state_entry, "group_key": a.group_key})
    assert activity_key(a.group_key, "scan-1") != activity_key(a.group_key, "scan-2")


def test_groups_order_most_severe_first_and_take_the_maximum() -> None:
    flags = [
        weekend("weekend of 2025-05-03", 0.1, "low"),
        weekend("weekend of 2025-05-10", 0.45, "medium"),
        weekend("weekend of 2025-05-17", 0.2, "high"),
        weekend("weekend of 2025-05-03", 0.5, "low", emp=9),
    ]
    groups = group_flags(flags)
    assert len(groups) == 2
    group = groups[flags[0].group_key]
    assert [f.subject[11:] for f in group.flags] == ["2025-05-17", "2025-05-10", "2025-05-03"]
    assert group.severity == "high" and group.score == 0.45  # each the maximum, even from different flags
    assert group.lead.subject == "weekend of 2025-05-17"
    assert group.to_dict()["occurrences"] == 3 and group.to_dict()["flags"] == [f.key for f in group.flags]


def test_one_evidence_table_lists_every_occurrence_within_the_row_budget() -> None:
    flags = [
        weekend("weekend of 2025-05-03", 0.9, "high", rows=10, first=100),
        weekend("weekend of 2025-05-10", 0.5, "medium", rows=10, first=200),
        weekend("weekend of 2025-05-17", 0.3, "low", rows=10, first=300),
        Flag(**{**weekend("weekend of 2025-05-24", 0.2, "low").__dict__, "table": {}}),
    ]
    group = next(iter(group_flags(flags).values()))
    table = group.table(max_rows=12)
    assert table["columns"] == ["occurrence", "severity", *COLUMNS]
    assert len(table["rows"]) == 12
    assert [r[0] for r in table["rows"]].count(
        "#1"
    ) == 9  # the most severe gets the rows the others can spare
    assert {r[0] for r in table["rows"]} == {"#1", "#2", "#3", "#4"}
    assert table["rows"][-1] == ["#4", "low", "", "", ""]  # no evidence rows: still listed
    assert len(group.table(max_rows=100)["rows"]) == 31
    assert len(group.table(max_rows=1)["rows"]) == 4  # never fewer rows than occurrences


def test_the_note_of_a_group_shows_every_occurrence_in_one_table() -> None:
    low, high = (
        weekend("weekend of 2025-05-03", 0.3, "medium", first=100),
        weekend("weekend of 2025-05-10", 0.7, "high", rows=2, first=200),
    )
    group = FlagGroup(low.group_key, "ts_weekend", "hr.employee", 4, [high, low])
    note = render(
        group,
        run_id="run-1",
        model="rules",
        max_rows=45,
        explanations={low.key: "Check <the> rota."},
        rank=2,
        explainer="fake-model",
    )
    assert note.count("<table") == 1 and "2 occurrences" in note and "HIGH severity" in note
    assert note.index("weekend of 2025-05-10") < note.index("weekend of 2025-05-03")  # most severe first
    for cell in (
        "<td>#1</td><td>high</td><td>200</td>",
        "<td>#1</td><td>high</td><td>201</td>",
        "<td>#2</td><td>medium</td><td>100</td>",
    ):
        assert cell in note
    assert high.key[:10] in note and low.key[:10] in note and group.key[:10] in note
    assert "#2: Check &lt;the&gt; rota." in note and "rank 2" in note and "fake-model" in note
    single = render(
        FlagGroup(low.group_key, "ts_weekend", "hr.employee", 4, [low]),
        run_id="r",
        model="rules",
        max_rows=45,
    )
    assert "occurrences" not in single and "weekend of: 2025-05-03" in single and single.count("<table") == 1
