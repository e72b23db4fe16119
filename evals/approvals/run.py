"""``assistant eval approvals``: faithfulness of approval context packs.

Builds a scenario in a private sandbox and a throw-away embedded database: discounted quotations, then packs for
a first batch, reviewer decisions on them (accepted up to 25%, rejected above), then packs for a second batch
that retrieve those decisions as precedents. Scored three ways:

* deterministic checks, always (every figure in the narrative is in the facts; every cited precedent exists and
  is cited with its real outcome; retrieved precedents are of the same kind);
* ragas' non-LLM metrics, always and offline: context precision and recall of the retrieved contexts against
  reference contexts (the pack's facts and the reviewed precedents on the same side of the policy as the order),
  and the string similarity of the narrative to a reviewed reference narrative (``references.json``);
* ragas' judged metrics (faithfulness, context precision without reference, context recall) when a judge
  endpoint is configured (``ASSISTANT_EVAL_JUDGE_BASE_URL``, ``..._MODEL``, ``..._API_KEY``): tiny local models
  cannot judge, and the report says when they were skipped. tests/approvals/test_ragas_eval.py runs them against
  a fake OpenAI-compatible judge.

The narrative comes from the configured generator (``--llm``; default: the deterministic writer).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Annotated, Any

import typer

from assistant import clock

DISCOUNTS = [12, 15, 18, 22, 25, 28, 30, 35, 40, 45]
POLICY_PCT = 25  # the reviewers accept discounts up to this and reject those above
# the precedents differ in a few figures only: a retrieved context matches a reference one when (nearly) identical
MATCH = 0.99
REFERENCES = Path(__file__).with_name("references.json")


def run_scenario(llm: str = "rules") -> dict[str, Any]:
    """Two batches of sale-order packs; the second retrieves the reviewed first batch as precedents."""
    from pydantic import SecretStr

    from assistant import runtime
    from assistant.sandbox import SandboxServer
    from assistant.settings import DBSettings, OdooSettings, Settings
    from assistant.store import Database, PromptLogStore
    from assistant.store.models import Review
    from assistant.tasks import get_task

    with tempfile.TemporaryDirectory() as tmp, SandboxServer() as srv:
        settings = Settings(
            _env_file=None,
            odoo=OdooSettings(url=srv.url, db=srv.db, user="admin", password=SecretStr("admin")),
            db=DBSettings(data_dir=Path(tmp)),
        )
        partner = srv.data.search_read("sale.order", [], ["partner_id"])[0]["partner_id"][0]
        ids = [
            srv.data.create(
                "sale.order",
                {
                    "partner_id": partner,
                    "state": "draft",
                    "user_id": 2,
                    "amount_untaxed": round(10000 * (1 - d / 100), 2),
                    "amount_undiscounted": 10000.0,
                    "amount_total": 10000.0,
                },
            )
            for d in DISCOUNTS
        ]
        task = get_task("approval_sale_order")
        rt = runtime.Runtime.open(settings)
        with runtime.odoo(settings) as gw, runtime.backend(settings, llm) as gen:
            rt.pipeline(gw, gen).run(task, ids[::2])
            db = Database.from_settings(settings)
            with db.session() as s:
                for row in PromptLogStore(db).list(task=task.name):
                    discount = DISCOUNTS[ids.index(row.odoo_id)]
                    s.add(
                        Review(
                            run_id=row.run_id,
                            decision="accepted" if discount <= POLICY_PCT else "rejected",
                            feedback="within policy"
                            if discount <= POLICY_PCT
                            else "discount above 25% needs the CFO",
                            decided_at=clock.now(),
                            reviewer="eval",
                        )
                    )
                s.commit()
            rt.pipeline(gw, gen).run(task, ids[1::2])
        rows = [r for r in PromptLogStore(db).list(task=task.name) if r.odoo_id in ids[1::2]]
        db.dispose()
        return score(task, rows)


def score(task: Any, rows: list[Any]) -> dict[str, Any]:
    """Deterministic checks over the logged packs (their redacted prompts and parsed outputs)."""
    from assistant.summarizers.approval_pack import ApprovalPackOut

    figure_errors = precedent_errors = cited = retrieved = same_kind = 0
    samples = []
    references = json.loads(REFERENCES.read_text())
    for row in rows:
        payload = json.loads(row.user_prompt.split("\n", 1)[1])
        out = ApprovalPackOut.model_validate(row.parsed_output)
        issues = task.check(out, payload)
        figure_errors += sum(i.rule == "invented_figure" for i in issues)
        precedent_errors += sum(i.rule in ("unknown_precedent", "precedent_outcome") for i in issues)
        cited += len(out.precedents_cited)
        retrieved += len(payload["precedents"])
        same_kind += sum(p["kind"] == payload["kind"] for p in payload["precedents"])
        facts = json.dumps({k: v for k, v in payload.items() if k != "precedents"})
        precedents = [json.dumps(p) for p in payload["precedents"]]
        discount = payload["margin_impact"]["discount_pct"]
        expected = "accepted" if discount <= POLICY_PCT else "rejected"
        samples.append(
            {
                "user_input": out.what_is_asked,
                "response": " ".join([out.what_is_asked, out.what_it_changes, *out.risks, *out.questions]),
                "retrieved_contexts": [facts, *precedents],
                # relevant: the facts and the reviewed decisions on the same side of the policy as this order
                "reference_contexts": [facts]
                + [
                    c
                    for c, p in zip(precedents, payload["precedents"], strict=True)
                    if p["outcome"] == expected
                ],
                "reference": _reference(references, discount),
            }
        )
    return {
        "packs": len(rows),
        "invented_figures": figure_errors,
        "precedent_errors": precedent_errors,
        "precedents_retrieved": retrieved,
        "precedents_cited": cited,
        "retrieved_same_kind": same_kind,
        "samples": samples,
    }


def _reference(references: dict[str, str], discount: float) -> str:
    try:
        return references[f"{discount:g}"]
    except KeyError:
        raise KeyError(
            f"no reviewed reference narrative for a {discount:g}% discount in {REFERENCES}"
        ) from None


def offline_scores(samples: list[dict[str, Any]]) -> dict[str, float]:
    """ragas' metrics that need no model: context precision and recall against the reference contexts, and the
    narrative's string similarity to its reviewed reference (normalised Levenshtein)."""
    os.environ.setdefault("RAGAS_DO_NOT_TRACK", "true")
    from ragas import EvaluationDataset, evaluate
    from ragas.metrics import NonLLMContextPrecisionWithReference, NonLLMContextRecall, NonLLMStringSimilarity

    result = evaluate(
        EvaluationDataset.from_list(samples),
        metrics=[
            NonLLMContextPrecisionWithReference(threshold=MATCH),
            NonLLMContextRecall(threshold=MATCH),
            NonLLMStringSimilarity(),
        ],
        show_progress=False,
        raise_exceptions=True,
    )
    return _means(
        result,
        ("non_llm_context_precision_with_reference", "non_llm_context_recall", "non_llm_string_similarity"),
    )


def judge_llm(base_url: str, model: str, api_key: str, **clients: Any) -> Any:
    """The judge for ragas: an OpenAI-compatible endpoint through langchain (``clients``: ``http_client`` /
    ``http_async_client``, e.g. a test double's transport)."""
    from langchain_openai import ChatOpenAI
    from ragas.llms import LangchainLLMWrapper

    return LangchainLLMWrapper(
        ChatOpenAI(base_url=base_url, model=model, api_key=api_key, temperature=0, max_retries=0, **clients)
    )


def judged_scores(samples: list[dict[str, Any]], judge: Any) -> dict[str, float]:
    os.environ.setdefault("RAGAS_DO_NOT_TRACK", "true")
    from ragas import EvaluationDataset, evaluate
    from ragas.metrics import Faithfulness, LLMContextPrecisionWithoutReference, LLMContextRecall

    result = evaluate(
        EvaluationDataset.from_list(samples),
        metrics=[
            Faithfulness(llm=judge),
            LLMContextPrecisionWithoutReference(llm=judge),
            LLMContextRecall(llm=judge),
        ],
        show_progress=False,
        raise_exceptions=True,
    )
    return _means(result, ("faithfulness", "llm_context_precision_without_reference", "context_recall"))


def ragas_scores(samples: list[dict[str, Any]]) -> dict[str, float] | str:
    """ragas metrics with the configured judge, or the reason they were skipped."""
    base_url = os.environ.get("ASSISTANT_EVAL_JUDGE_BASE_URL")
    if not base_url:
        return "skipped: no judge endpoint configured (set ASSISTANT_EVAL_JUDGE_BASE_URL, _MODEL, _API_KEY)"
    judge = judge_llm(
        base_url,
        os.environ.get("ASSISTANT_EVAL_JUDGE_MODEL", "gpt-4o-mini"),
        os.environ.get("ASSISTANT_EVAL_JUDGE_API_KEY", "not-needed"),
    )
    return judged_scores(samples, judge)


def _means(result: Any, columns: tuple[str, ...]) -> dict[str, float]:
    frame = result.to_pandas()
    return {c: round(float(frame[c].mean()), 3) for c in columns if c in frame}


def register_eval(eval_app: typer.Typer) -> None:
    @eval_app.command("approvals")
    def approvals(
        llm: Annotated[
            str, typer.Option(help="rules | local | openai (the narrative's generator).")
        ] = "rules",
        json_out: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
    ) -> None:
        """Approval packs: deterministic checks and ragas' non-LLM metrics always; judged ragas metrics when a judge
        endpoint is configured."""
        report = run_scenario(llm)
        offline = offline_scores(report["samples"])
        judged = ragas_scores(report["samples"])
        summary = {k: v for k, v in report.items() if k != "samples"} | {
            "ragas_offline": offline,
            "ragas": judged,
        }
        if json_out:
            typer.echo(json.dumps(summary))
            return
        typer.echo(f"approval packs scored: {report['packs']} (generator: {llm})")
        typer.echo(f"  figures not in the facts: {report['invented_figures']} (target 0)")
        typer.echo(
            f"  precedents retrieved: {report['precedents_retrieved']}, of the same kind: "
            f"{report['retrieved_same_kind']}; cited: {report['precedents_cited']}; miscited: "
            f"{report['precedent_errors']} (target 0)"
        )
        typer.echo(
            "  ragas, no model (context precision / recall vs reference contexts, narrative similarity to the "
            f"reviewed references): {offline}"
        )
        typer.echo(f"  ragas, judged (faithfulness, context precision, context recall): {judged}")
