"""Contract test generated from the task registry: every task honours the Task contract end to end.

For each task: its prompt is snapshotted (any change to instructions or output schema shows as a diff in
tests/snapshots/; set UPDATE_SNAPSHOTS=1 to accept it), and with the deterministic writer it produces checked,
logged output for sandbox records, landing as pending activities that carry the run id."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from assistant import runtime
from assistant.errors import InputError
from assistant.store import Database, PromptLogStore
from assistant.tasks import registry

SNAPSHOTS = Path(__file__).parent / "snapshots"
TASKS = sorted(registry())


@pytest.mark.parametrize("name", TASKS)
def test_prompt_snapshot(name):
    cls = registry()[name]
    text = (
        f"task: {name}\nodoo_model: {cls.odoo_model}\nprompt_version: {cls.prompt_version()}\n\n"
        f"{cls.instructions}\n\nschema:\n{json.dumps(cls.output.model_json_schema(), indent=1, sort_keys=True)}\n"
    )
    path = SNAPSHOTS / f"{name}.txt"
    if os.environ.get("UPDATE_SNAPSHOTS"):
        path.write_text(text)
    assert path.exists(), f"no prompt snapshot for {name}: review it and run with UPDATE_SNAPSHOTS=1"
    assert path.read_text() == text, (
        f"prompt of {name} changed: review the diff and rerun with UPDATE_SNAPSHOTS=1"
    )


@pytest.mark.parametrize("name", TASKS)
def test_task_runs_end_to_end_with_the_deterministic_writer(name, settings, sandbox):
    cls = registry()[name]
    task = cls()
    rt = runtime.Runtime.open(settings)
    with runtime.odoo(settings) as gw, runtime.backend(settings, "rules") as gen:
        task.configure(rt.context(gw))
        try:
            ids = task.select(gw, all_records=True)[:3]
        except InputError as exc:  # e.g. approval.request without the approvals module
            pytest.skip(str(exc))
        if not ids:
            pytest.skip(f"no eligible {cls.odoo_model} records in the sandbox for {name}")
        results = rt.pipeline(gw, gen).run(task, ids)
    assert len(results) == len(ids)
    assert all(r.status == "ok" for r in results), [(r.record_id, r.status, r.error) for r in results]
    rows = PromptLogStore(Database.from_settings(settings)).list(task=name)
    assert len(rows) == len(ids)
    for row in rows:
        assert row.model == cls.offline_label and row.parsed_output is not None
        assert not [c for c in row.check_results if c["severity"] == "error"], row.check_results
        if getattr(cls, "write_back", True):
            assert row.activity_id, row
            act = sandbox.data.search_read(
                "mail.activity", [["id", "=", row.activity_id]], ["note", "summary"]
            )[0]
            assert row.run_id in act["note"] and "pending your review" in act["note"]


@pytest.mark.parametrize("name", TASKS)
def test_rendered_prompt_snapshot(name, settings, sandbox):
    """The user prompt each task renders for the first eligible sandbox record (fixed seed, pinned date),
    redacted as the pipeline does: any change in facts, redaction or rendering shows as a diff."""
    cls = registry()[name]
    task = cls()
    rt = runtime.Runtime.open(settings)
    with runtime.odoo(settings) as gw:
        task.configure(rt.context(gw))
        try:
            ids = task.select(gw, all_records=True)[:1]
        except InputError as exc:
            pytest.skip(str(exc))
        if not ids:
            pytest.skip(f"no eligible {cls.odoo_model} records in the sandbox for {name}")
        (facts,) = task.fetch(gw, ids, rt.context(gw).today)
    session = runtime.redactor_for(settings).session(facts.context)
    text = task.render(session.redact_obj(facts.payload)) + "\n"
    path = SNAPSHOTS / "rendered" / f"{name}.txt"
    if os.environ.get("UPDATE_SNAPSHOTS"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text)
    assert path.exists(), f"no rendered-prompt snapshot for {name}: review it and run with UPDATE_SNAPSHOTS=1"
    assert path.read_text() == text, f"rendered prompt of {name} changed: review the diff, UPDATE_SNAPSHOTS=1"
