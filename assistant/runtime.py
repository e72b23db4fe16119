"""Wiring shared by the CLI, the API and the workers: build the backend, store, redactor and pipeline (the
process lifecycle lives in :mod:`assistant.lifecycle`, light enough for the CLI's entry point)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

import httpx

from assistant import clock
from assistant.context import TaskContext
from assistant.errors import ConfigError
from assistant.llm import Backend, OpenAIBackend, RulesBackend
from assistant.odoo import OdooGateway, odoo_session
from assistant.pipeline import Pipeline
from assistant.settings import Settings
from assistant.store import Database, PromptLogStore
from redaction import Redactor

_redactors: dict[int, Redactor] = {}


def redactor_for(settings: Settings) -> Redactor:
    """One redactor (engines built once) per settings object."""
    key = id(settings.redaction)
    if key not in _redactors:
        _redactors[key] = Redactor(settings.redaction)
    return _redactors[key]


def resolve_provider(settings: Settings, override: str | None = None) -> str:
    provider = override or settings.llm.provider
    if provider == "auto":
        return "openai" if settings.llm.base_url else "rules"
    return provider


@contextmanager
def backend(
    settings: Settings, override: str | None = None, http_client: httpx.Client | None = None
) -> Iterator[Backend]:
    """The configured generator; ``local`` starts the packaged model for the duration."""
    provider = resolve_provider(settings, override)
    cfg = settings.llm
    if provider == "rules":
        yield RulesBackend()
    elif provider == "openai":
        if not cfg.base_url:
            raise ConfigError("provider 'openai' needs ASSISTANT_LLM__BASE_URL")
        yield OpenAIBackend(
            cfg.base_url,
            cfg.model,
            cfg.api_key.get_secret_value(),
            temperature=cfg.temperature,
            max_tokens=cfg.max_tokens,
            timeout=cfg.timeout,
            max_retries=cfg.max_retries,
            mode=cfg.structured_output,
            http_client=http_client,
        )
    elif provider == "local":
        from assistant.local_llm import MODEL_LABEL, LocalLlamaServer

        with LocalLlamaServer(port=cfg.local_port, n_ctx=cfg.local_ctx) as base_url:
            yield OpenAIBackend(
                base_url,
                "smollm2",
                "local",
                temperature=0.0,
                max_tokens=min(cfg.max_tokens, 400),
                timeout=max(cfg.timeout, 120),
                max_retries=1,
                mode="json_object_schema",
                label=MODEL_LABEL,
            )
    else:
        raise ConfigError(f"unknown LLM provider {provider!r}")


@dataclass
class Runtime:
    settings: Settings
    db: Database
    log: PromptLogStore

    @classmethod
    def open(cls, settings: Settings) -> Runtime:
        db = Database.from_settings(settings)
        return cls(settings, db, PromptLogStore(db))

    def context(self, gateway: OdooGateway) -> TaskContext:
        """The context a task is configured with before ``select`` (the pipeline builds the same)."""
        return TaskContext(self.settings, gateway.instance, clock.get_clock(), self.db)

    def pipeline(self, gateway: OdooGateway, generator: Backend, today: date | None = None) -> Pipeline:
        return Pipeline(self.settings, gateway, self.log, redactor_for(self.settings), generator, today=today)


@contextmanager
def odoo(settings: Settings) -> Iterator[OdooGateway]:
    with odoo_session(settings) as gw:
        yield gw
