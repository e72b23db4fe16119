"""The one pipeline every output goes through.

fetch (batched, read-only) -> redact (record-aware, consistent placeholders) -> prompt (versioned) -> leak gate
-> generate (rules or model) -> check (fallback to the deterministic writer if a model output is rejected)
-> write back (pending activities, batched, placeholders restored) -> log (always, redacted text only).

Idempotency: ``run_key = sha256(task, prompt version, model, record, fingerprint of the facts)``. A key that
already succeeded makes no model call and no activity. Failures are logged, never dropped, and (configurable)
land as a "manual review needed" activity, at most one per run key.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from pydantic import BaseModel

from assistant import clock
from assistant.context import TaskContext
from assistant.errors import AssistantError, LeakBlocked, LLMError, OdooError
from assistant.lander import Lander
from assistant.llm import Backend, OutputInvalidWithRaw
from assistant.odoo.activities import ActivitySpec
from assistant.odoo.gateway import OdooGateway
from assistant.recorder import Recorder
from assistant.settings import Settings
from assistant.store.promptlog import LogEntry, PromptLogStore
from assistant.store.reident import save_maps
from assistant.tasks import CheckIssue, Facts, Task
from redaction import RedactionSession, Redactor


@dataclass
class RunResult:
    record_id: int
    record_name: str
    status: str  # ok | fallback | failed | blocked | unchanged
    run_id: str | None = None
    activity_id: int | None = None
    headline: str = ""
    tokens: int = 0
    seconds: float = 0.0
    model: str = ""
    error: str | None = None
    error_class: str | None = None
    retryable: bool = False  # failed with a retryable error and no manual-review activity yet (retry_pending)
    odoo_instance: str = ""
    facts: dict[str, Any] = field(default_factory=dict)  # the task's key figures (``Task.key_facts``)
    output: dict[str, Any] | None = (
        None  # the checked output, placeholders restored (None when not generated)
    )


@dataclass
class _Work:
    facts: Facts
    run_key: str
    entry: LogEntry | None = None
    session: RedactionSession | None = None
    output: BaseModel | None = None
    payload: dict[str, Any] = field(default_factory=dict)
    spec: ActivitySpec | None = None
    started: float = 0.0
    seconds: float = 0.0
    retry: bool = False
    landed: dict[str, Any] | None = None  # the activity as Odoo confirmed it
    restored: dict[str, Any] | None = None  # the checked output with placeholders restored


def run_key(task: Task, model: str, facts: Facts, instance: str) -> str:
    """Same task, prompt, model, record and facts on the same Odoo instance: the same run."""
    parts = [
        instance,
        task.name,
        task.prompt_version(),
        model,
        task.odoo_model,
        str(facts.record_id),
        facts.fingerprint,
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def marker(key: str) -> str:
    return f"[{key[:10]}]"


Progress = Callable[[str, int, int], None]


class Pipeline:
    def __init__(
        self,
        settings: Settings,
        gateway: OdooGateway,
        log: PromptLogStore,
        redactor: Redactor,
        backend: Backend,
        *,
        today: date | None = None,
        retry_pending: bool = False,
    ) -> None:
        """``retry_pending``: a job engine will try again, so a retryable failure (model down, Odoo down on
        write-back) is logged without a manual-review activity and reported as ``RunResult.retryable``."""
        self.settings = settings
        self.retry_pending = retry_pending
        self.gw = gateway
        self.log = log
        self.redactor = redactor
        self.backend = backend
        self.recorder = Recorder(log, gateway.instance)
        self.lander = Lander(gateway, log.db)
        self.today = today or clock.today()

    def run(self, task: Task, ids: Sequence[int], *, progress: Progress | None = None) -> list[RunResult]:
        task.configure(self.context())
        results: list[RunResult] = []
        batch = self.settings.odoo.batch_size
        for start in range(0, len(ids), batch):
            results += self._run_batch(task, list(ids[start : start + batch]), len(ids), start, progress)
        return results

    # -- one batch ---------------------------------------------------------------------------------------------
    def _run_batch(
        self, task: Task, ids: list[int], total: int, offset: int, progress: Progress | None
    ) -> list[RunResult]:
        t0 = time.perf_counter()
        try:
            facts_list = task.fetch(self.gw, ids, self.today)
        except AssistantError as exc:  # Odoo down, a refused read: logged for every record, then raised
            self._log_fetch_failure(task, ids, exc)
            raise
        fetch_share = (time.perf_counter() - t0) / max(len(facts_list), 1)
        work = [_Work(f, run_key(task, self._model_name(task), f, self.gw.instance)) for f in facts_list]
        done = self.log.succeeded_keys([w.run_key for w in work])
        results: dict[int, RunResult] = {}
        todo: list[_Work] = []
        for w in work:
            prior = done.get(w.run_key)
            if prior is not None:
                results[w.facts.record_id] = RunResult(
                    w.facts.record_id,
                    w.facts.name,
                    "unchanged",
                    prior.run_id,
                    prior.activity_id,
                    task.headline(None, w.facts.payload),
                    model=prior.model,
                    odoo_instance=self.gw.instance,
                    facts=task.key_facts(w.facts.payload),
                )
            else:
                todo.append(w)
        existing = self._open_markers(task, todo) if task.write_back else {}
        for index, w in enumerate(todo):
            if progress:
                progress(w.facts.name, offset + index + 1, total)
            w.started = time.perf_counter()
            self._generate(task, w)
            if not task.write_back:
                w.spec = None  # the caller writes back (and logs) the checked output itself
            w.seconds = time.perf_counter() - w.started + fetch_share
            mine = [a for a in existing.get(self._target(task, w), []) if marker(w.run_key) in a["summary"]]
            if w.spec is not None and mine:
                w.spec = None  # an open activity for this exact run key already exists in Odoo: record it
                if w.entry is not None:
                    w.entry.activity_id, w.landed = int(mine[0]["id"]), mine[0]
        self._write_back([w for w in todo if w.spec is not None])
        self.recorder.append([w.entry for w in todo if w.entry is not None])
        self._keep_maps(todo)
        self._keep_baselines(todo)
        for w in todo:
            e = w.entry
            assert e is not None
            results[w.facts.record_id] = RunResult(
                w.facts.record_id,
                w.facts.name,
                e.status,
                e.run_id,
                e.activity_id,
                task.headline(w.output, w.facts.payload),
                e.tokens_in + e.tokens_out,
                round(w.seconds, 3),
                e.model,
                e.error_message,
                e.error_class,
                w.retry,
                self.gw.instance,
                task.key_facts(w.facts.payload),
                w.restored,
            )
        return [results[f.record_id] for f in facts_list]

    def context(self) -> TaskContext:
        """The run's context: these settings, this store, this Odoo instance, the one clock."""
        return TaskContext(self.settings, self.gw.instance, clock.get_clock(), self.log.db)

    def _log_fetch_failure(self, task: Task, ids: list[int], exc: AssistantError) -> None:
        entries = [
            self.recorder.task_run(
                run_key=hashlib.sha256(f"{self.gw.instance}|{task.name}|{rid}|fetch".encode()).hexdigest(),
                task=task.name,
                prompt_version=task.prompt_version(),
                model=self._model_name(task),
                model_params=self.backend.params(),
                odoo_model=task.odoo_model,
                odoo_id=rid,
                record_write_date=None,
                status="failed",
                error_class=exc.error_class,
                error_message=f"fetch failed: {exc}",
            )
            for rid in ids
        ]
        with contextlib.suppress(AssistantError):  # the store down too: the caller must see the first error
            self.recorder.append(entries)

    def _keep_baselines(self, todo: list[_Work]) -> None:
        from assistant.reviews import remember_baselines  # reviews reads the run-key marker from here

        remember_baselines(
            self.log.db,
            {w.entry.run_id: w.landed for w in todo if w.entry is not None and w.landed is not None},
        )

    def _keep_maps(self, todo: list[_Work]) -> None:
        """Encrypted placeholder maps for later, audited re-identification (only with a configured key)."""
        cfg = self.settings.redaction
        if cfg.persist_key is None:
            return
        key = cfg.persist_key.get_secret_value()
        blobs = {
            w.entry.run_id: w.session.export_encrypted(key)
            for w in todo
            if w.entry is not None and w.session is not None and w.session.mapping
        }
        save_maps(self.log.db, blobs, cfg.retention_days)

    @staticmethod
    def _target(task: Task, w: _Work) -> tuple[str, int]:
        return (w.facts.target_model or task.odoo_model, w.facts.target_id or w.facts.record_id)

    def _open_markers(self, task: Task, todo: list[_Work]) -> dict[tuple[str, int], list[dict[str, Any]]]:
        """Open activities carrying a run-key marker, per target (guards against a lost or reset log)."""
        targets: dict[str, set[int]] = {}
        for w in todo:
            model, res_id = self._target(task, w)
            targets.setdefault(model, set()).add(res_id)
        return self.lander.open_with_markers(targets)

    def _model_name(self, task: Task) -> str:
        return self.backend.label(task)

    def _entry(self, task: Task, w: _Work, **kwargs: Any) -> LogEntry:
        return self.recorder.task_run(
            run_key=w.run_key,
            task=task.name,
            prompt_version=task.prompt_version(),
            model=self._model_name(task),
            model_params=self.backend.params(),
            odoo_model=task.odoo_model,
            odoo_id=w.facts.record_id,
            record_write_date=w.facts.write_date,
            **kwargs,
        )

    def _generate(self, task: Task, w: _Work) -> None:
        session = self.redactor.session(w.facts.context)
        w.session = session
        system = task.instructions
        try:
            w.payload = session.redact_obj(w.facts.payload)
            user = task.render(w.payload)
        except AssistantError as exc:
            w.entry = self._entry(
                task,
                w,
                status="failed",
                error_class=exc.error_class,
                error_message=str(exc),
                redaction_report=session.report().to_dict(),
            )
            self._manual_review(task, w, str(exc))
            return
        entry = self._entry(task, w, status="ok", system_prompt=system, user_prompt=user)
        w.entry = entry
        leaks = session.leak_check(user)  # the instructions are ours; only the rendered data can leak
        if leaks:
            entry.check_results.append(
                {
                    "rule": "leak_gate",
                    "severity": "error",
                    "message": f"known sensitive values still present: {sorted(set(leaks))}",
                }
            )
            if self.settings.redaction.leak_gate == "block":
                blocked = LeakBlocked(
                    f"prompt blocked: {', '.join(sorted(set(leaks)))} still present after redaction"
                )
                entry.status, entry.error_class, entry.error_message = (
                    "blocked",
                    blocked.error_class,
                    str(blocked),
                )
                entry.user_prompt = "[withheld: blocked by the leak gate]"
                entry.redaction_report = session.report().to_dict()
                self._manual_review(task, w, str(blocked))
                return
        try:
            gen = self.backend.generate(task, system, user, w.payload)
        except LLMError as exc:
            entry.status, entry.error_class, entry.error_message = "failed", exc.error_class, str(exc)
            if isinstance(exc, OutputInvalidWithRaw):
                entry.raw_output, entry.tokens_in, entry.tokens_out = exc.raw, exc.tokens_in, exc.tokens_out
                entry.latency_ms = exc.latency_ms
            entry.redaction_report = session.report().to_dict()
            if self.retry_pending and exc.retryable:
                w.retry = (
                    True  # the job engine retries; the manual-review activity waits for the last attempt
                )
                return
            self._manual_review(task, w, str(exc))
            return
        entry.raw_output, entry.tokens_in, entry.tokens_out = gen.raw, gen.tokens_in, gen.tokens_out
        entry.latency_ms = gen.latency_ms
        if self.backend.is_model:
            entry.model_params = gen.params
        entry.decided_by = "llm" if self.backend.is_model else task.offline_label
        out: BaseModel = gen.output
        issues = task.check(out, w.payload)
        entry.check_results += [i.to_dict() for i in issues]
        if self.backend.is_model and any(i.severity == "error" for i in issues):
            out = task.write_rules(w.payload)
            entry.status = "fallback"
            entry.decided_by = (
                "rules (model output rejected)" if task.offline_label == "rules" else task.offline_label
            )
            entry.check_results.append(
                CheckIssue("fallback", "deterministic narrative used instead", "warning").to_dict()
            )
        w.output = out
        entry.parsed_output = out.model_dump(mode="json")
        entry.redaction_report = session.report().to_dict()
        w.restored = _restored(entry.parsed_output, session.restore)
        if not task.write_back:
            return  # the caller lands the result itself (the anomaly scan, from RunResult.output)
        note = task.note(out, w.payload, run_id=entry.run_id, model=entry.model, restore=session.restore)
        w.spec = self._spec(task, w, f"{task.summary_label} {marker(w.run_key)}", note)

    def _spec(self, task: Task, w: _Work, summary: str, note: str) -> ActivitySpec:
        days = (
            task.deadline_days
            if task.deadline_days is not None
            else self.settings.odoo.activity_deadline_days
        )
        return ActivitySpec(
            res_model=w.facts.target_model or task.odoo_model,
            res_id=w.facts.target_id or w.facts.record_id,
            summary=summary,
            note_html=note,
            user_id=w.facts.assignee_id or self.settings.odoo.fallback_user_id,
            deadline=self.today + timedelta(days=days),
            group=w.facts.group,
        )

    def _manual_review(self, task: Task, w: _Work, reason: str) -> None:
        if not self.settings.pipeline.manual_review_on_failure or w.entry is None:
            return
        note = (
            f"<p><b>Manual review needed.</b> The assistant could not produce a reviewed {html.escape(task.title)} "
            f"for this record: {html.escape(reason)}</p><p><small>Run {w.entry.run_id}</small></p>"
        )
        w.spec = self._spec(task, w, f"Manual review needed: {task.title} {marker(w.run_key)}", note)

    def _write_back(self, work: list[_Work]) -> None:
        """Land the activities; an output whose activity Odoo did not confirm is logged failed (the next run
        or job retries it: a failed run key is not a succeeded one)."""
        work = [w for w in work if w.spec is not None]
        if not work:
            return
        landing = self.lander.land([w.spec for w in work if w.spec is not None])
        for w, new_id, error, row in zip(work, landing.ids, landing.errors, landing.rows, strict=True):
            if w.entry is None:
                continue
            if new_id:
                w.entry.activity_id, w.landed = new_id, row
                continue
            exc = error or OdooError("activity not created")
            w.retry = self.retry_pending and exc.retryable
            w.entry.status = "failed"
            w.entry.error_class, w.entry.error_message = exc.error_class, f"write-back failed: {exc}"


def _restored(value: Any, restore: Callable[[str], str]) -> Any:
    """The output with placeholders restored in every string (what the stage hands to its caller)."""
    if isinstance(value, str):
        return restore(value)
    if isinstance(value, dict):
        return {k: _restored(v, restore) for k, v in value.items()}
    if isinstance(value, list):
        return [_restored(v, restore) for v in value]
    return value
