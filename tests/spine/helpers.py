"""Helpers for spine tests: run a task through the real wiring with an optional fake endpoint."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx

from assistant import runtime
from assistant.pipeline import RunResult
from assistant.settings import Settings
from assistant.tasks import get_task
from tests.fakes import FakeLLM, completion

PLACEHOLDER = re.compile(r"<[A-Z]+_\d+>")


def summary_reply(body: dict[str, Any]) -> httpx.Response:
    """A well-behaved model: no figures, cites the first placeholder it was given (to test restoring)."""
    prompt = body["messages"][-1]["content"]
    found = PLACEHOLDER.findall(prompt)
    who = found[0] if found else "the team"
    out = {
        "executive_summary": f"Work continues; {who} raised points in recent messages.",
        "risks": ["Schedule pressure on open tasks."],
        "next_steps": [f"Follow up with {who}."],
    }
    return httpx.Response(200, json=completion(json.dumps(out)))


def run(
    settings: Settings,
    *,
    llm: str = "rules",
    fake: FakeLLM | None = None,
    ids: list[int] | None = None,
    task: str = "project_status",
) -> list[RunResult]:
    if fake is not None:
        settings.llm.base_url = "http://fake-llm.invalid/v1"
        settings.llm.model = "fake-model"
        llm = "openai"
    rt = runtime.Runtime.open(settings)
    t = get_task(task)
    with (
        runtime.odoo(settings) as gw,
        runtime.backend(settings, llm, http_client=fake.client() if fake else None) as gen,
    ):
        gen_backoff = getattr(gen, "backoff", None)
        if gen_backoff is not None:
            gen.backoff = 0.0  # type: ignore[union-attr]
        record_ids = t.select(gw, all_records=ids is None, ids=ids)
        return rt.pipeline(gw, gen).run(t, record_ids)
