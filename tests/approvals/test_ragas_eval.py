"""ragas in ``assistant eval approvals``: the non-LLM metrics run offline on every eval; the judged metrics run
end to end against a FAKE OpenAI-compatible judge (an httpx.MockTransport double, like tests/fakes.py FakeLLM)
that answers each ragas prompt in the JSON form ragas asks for, so configuring a real judge is known to work."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from evals.approvals import run as approvals_eval
from tests.fakes import FakeLLM, completion

FACTS = '{"kind": "sale_order_discount", "discount_pct": 30.0, "approval_threshold_pct": 10.0}'
ACCEPTED = '{"id": "P1", "outcome": "accepted", "feedback": "within policy", "discount_pct": 18.0}'
REJECTED = '{"id": "P2", "outcome": "rejected", "feedback": "discount above 25% needs the CFO"}'


def samples() -> list[dict[str, Any]]:
    return [
        {
            "user_input": "Approve sale order S1 with a discount?",
            "response": "The order is discounted 30.0%, above the 10.0% threshold. P2 was rejected.",
            "retrieved_contexts": [FACTS, ACCEPTED, REJECTED],
            "reference_contexts": [FACTS, REJECTED],
            "reference": "A 30.0% discount, above the 10.0% threshold; discounts above 25% were rejected.",
        },
        {
            "user_input": "Approve sale order S2 with a discount?",
            "response": "The order is discounted 30.0%.",
            "retrieved_contexts": [ACCEPTED, FACTS],
            "reference_contexts": [FACTS, REJECTED],
            "reference": "A 30.0% discount, above the 10.0% threshold.",
        },
    ]


def test_non_llm_metrics_score_retrieval_and_narrative_offline():
    scores = approvals_eval.offline_scores(samples())
    # sample 1: relevant contexts at ranks 1 and 3 -> (1 + 2/3) / 2; sample 2: rank 2 only -> 1/2
    assert scores["non_llm_context_precision_with_reference"] == pytest.approx((5 / 6 + 1 / 2) / 2, abs=1e-3)
    # sample 1 retrieved both reference contexts, sample 2 one of two
    assert scores["non_llm_context_recall"] == pytest.approx(0.75, abs=1e-3)
    assert 0 < scores["non_llm_string_similarity"] < 1


def test_the_reviewed_references_cover_the_second_batch():
    refs = json.loads(approvals_eval.REFERENCES.read_text())
    assert {f"{d:g}" for d in approvals_eval.DISCOUNTS[1::2]} <= set(refs)
    for d in approvals_eval.DISCOUNTS[1::2]:
        assert f"{d:.1f}%" in refs[f"{d:g}"]  # each reference speaks about its own order


class FakeJudge:
    """A simulated judge: answers ragas' statement, NLI, context-precision and context-recall prompts with JSON
    in the output models ragas declares (StatementGeneratorOutput, NLIStatementOutput, Verification,
    ContextRecallClassifications). Verdicts are fixed so the expected scores are known."""

    def __init__(self) -> None:
        self.llm = FakeLLM(default=self.answer)
        self.kinds: list[str] = []

    def answer(self, body: dict[str, Any]) -> httpx.Response:
        prompt = "\n".join(str(m.get("content")) for m in body["messages"])
        if "Break down each sentence" in prompt:
            kind, out = "statements", {"statements": ["The discount is 30.0%.", "The order is approved."]}
        elif "judge the faithfulness of a series of statements" in prompt:
            kind = "nli"
            out = {
                "statements": [
                    {"statement": "The discount is 30.0%.", "reason": "in the facts", "verdict": 1},
                    {"statement": "The order is approved.", "reason": "not in the context", "verdict": 0},
                ]
            }
        elif "verify if the context was useful" in prompt:
            kind, out = "precision", {"reason": "it states the discount", "verdict": 1}
        elif "can be attributed to the given context" in prompt:
            kind = "recall"
            out = {
                "classifications": [
                    {"statement": "30.0% discount", "reason": "in the facts", "attributed": 1},
                    {"statement": "above 25% rejected", "reason": "not in the context", "attributed": 0},
                    {"statement": "above the threshold", "reason": "in the facts", "attributed": 1},
                    {"statement": "the CFO decides", "reason": "not in the context", "attributed": 1},
                ]
            }
        else:
            return httpx.Response(400, json={"error": {"message": "unexpected prompt"}})
        self.kinds.append(kind)
        return httpx.Response(200, json=completion(json.dumps(out)))


def test_judged_metrics_run_end_to_end_against_a_fake_judge():
    fake = FakeJudge()
    transport = httpx.MockTransport(fake.llm.handler)
    judge = approvals_eval.judge_llm(
        "http://judge.invalid/v1",
        "fake-judge",
        "not-needed",
        http_client=httpx.Client(transport=transport),
        http_async_client=httpx.AsyncClient(transport=transport),
    )
    scores = approvals_eval.judged_scores(samples(), judge)
    assert scores == {
        "faithfulness": 0.5,  # 1 of the 2 statements is supported
        "llm_context_precision_without_reference": pytest.approx(1.0, abs=1e-3),  # every context useful
        "context_recall": 0.75,  # 3 of 4 reference sentences attributed
    }
    assert {"statements", "nli", "precision", "recall"} <= set(fake.kinds)
    assert all(r["model"] == "fake-judge" for r in fake.llm.requests)
    assert any("30.0%" in json.dumps(r) for r in fake.llm.requests)  # the samples reached the judge


def test_ragas_scores_say_when_no_judge_is_configured(monkeypatch):
    monkeypatch.delenv("ASSISTANT_EVAL_JUDGE_BASE_URL", raising=False)
    assert str(approvals_eval.ragas_scores(samples())).startswith("skipped: no judge endpoint")


def test_eval_approvals_prints_ragas_scores_offline(monkeypatch):
    from typer.testing import CliRunner

    from assistant.cli import app

    monkeypatch.delenv("ASSISTANT_EVAL_JUDGE_BASE_URL", raising=False)
    result = CliRunner().invoke(app, ["eval", "approvals", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output.strip().splitlines()[-1])
    offline = summary["ragas_offline"]
    assert set(offline) == {
        "non_llm_context_precision_with_reference",
        "non_llm_context_recall",
        "non_llm_string_similarity",
    }
    assert all(0 <= v <= 1 for v in offline.values()) and offline["non_llm_context_recall"] > 0
    assert summary["invented_figures"] == 0 and summary["ragas"].startswith("skipped")
