"""Backends share one interface; no test reaches a real model endpoint (the global switch in conftest)."""

from __future__ import annotations

import pytest

from assistant.errors import LLMRequestRejected
from assistant.llm import Backend, OpenAIBackend, RulesBackend
from assistant.tasks import get_task
from tests.fakes import FakeLLM


def _payload(sandbox: object) -> dict:
    from assistant import clock
    from assistant.odoo import connect

    gw = connect(sandbox.url, sandbox.db, "admin", "admin")  # type: ignore[attr-defined]
    return get_task("project_status").fetch(gw, [1], clock.today())[0].payload


def test_rules_and_model_backends_answer_through_the_same_call(sandbox: object) -> None:
    task = get_task("project_status")
    payload = _payload(sandbox)
    fake = FakeLLM()
    out = task.write_rules(payload).model_dump_json()
    fake.enqueue(out)
    model = OpenAIBackend("http://model.invalid/v1", "fake", http_client=fake.client())
    backends: list[Backend] = [RulesBackend(), model]
    gens = [b.generate(task, task.instructions, task.render(payload), payload) for b in backends]
    assert [g.output for g in gens] == [task.write_rules(payload)] * 2
    assert [b.label(task) for b in backends] == ["rules", "fake"] and len(fake.requests) == 1


def test_a_real_model_request_is_refused_in_tests(sandbox: object) -> None:
    task = get_task("project_status")
    payload = _payload(sandbox)
    real = OpenAIBackend("http://127.0.0.1:9/v1", "real-model", max_retries=0)
    with pytest.raises(LLMRequestRejected, match="switched off"):
        real.generate(task, task.instructions, task.render(payload), payload)
    assert real.requests == 0
