"""Text generation: the only module that imports the chat client (``openai``) and langchain prompt templates.

Backends share one interface, :class:`Backend` (``generate(task, system, user, payload)``, like simonw/llm's
``Model.execute``), so the pipeline never asks which kind it holds:
- :class:`RulesBackend` — no model: the task's deterministic writer over the computed facts (model ``rules``).
- :class:`OpenAIBackend` — any OpenAI-compatible endpoint (OpenAI, Azure, vLLM, Ollama, llama.cpp). Output is
  validated against the task's pydantic schema using the strictest structured-output mode the endpoint
  accepts (``json_schema`` strict, then llama.cpp's ``json_object`` + schema, then plain ``json_object``);
  the negotiated mode is remembered. Retryable errors (timeouts, 429, 5xx) are retried with backoff.
Every upstream error becomes an :mod:`assistant.errors` class.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import httpx
import openai
from langchain_core.prompts import ChatPromptTemplate
from pydantic import BaseModel, ValidationError

from assistant.errors import LLMError, LLMOutputInvalid, LLMRequestRejected, LLMUnavailable

if TYPE_CHECKING:
    from assistant.tasks import Task

# Tests switch real model requests off (tests/conftest.py): only an injected test transport may answer.
ALLOW_MODEL_REQUESTS = True


def allow_model_requests(allowed: bool) -> None:
    global ALLOW_MODEL_REQUESTS
    ALLOW_MODEL_REQUESTS = allowed


MODES = ("json_schema", "json_object_schema", "json_object")

_TEMPLATE = ChatPromptTemplate.from_messages([("system", "{system}"), ("human", "{user}")])


def render_messages(system: str, user: str) -> list[dict[str, str]]:
    """System + user messages through a langchain template (literal braces in the text are safe)."""
    roles = {"system": "system", "human": "user", "ai": "assistant"}
    return [
        {"role": roles[m.type], "content": str(m.content)}
        for m in _TEMPLATE.format_messages(system=system, user=user)
    ]


@dataclass
class Generation:
    output: BaseModel
    raw: str
    model: str
    tokens_in: int = 0
    tokens_out: int = 0
    latency_ms: float = 0.0
    params: dict[str, Any] = field(default_factory=dict)


class Backend(Protocol):
    """What the pipeline needs from a generator."""

    name: str
    is_model: bool  # a language model (its output is checked and may fall back to the deterministic writer)

    def params(self) -> dict[str, Any]: ...

    def label(self, task: Task) -> str:
        """The model name logged for ``task``."""
        ...

    def generate(self, task: Task, system: str, user: str, payload: dict[str, Any]) -> Generation: ...


class RulesBackend:
    """No model: the task's deterministic writer over the (redacted) facts. Logged as the task's offline label
    (``rules``, or e.g. the offline classifier's name)."""

    name = "rules"
    is_model = False

    def params(self) -> dict[str, Any]:
        return {"writer": "deterministic"}

    def label(self, task: Task) -> str:
        return task.offline_label

    def generate(self, task: Task, system: str, user: str, payload: dict[str, Any]) -> Generation:
        started = time.perf_counter()
        out = task.write_rules(payload)
        return Generation(
            output=out,
            raw=out.model_dump_json(),
            model=task.offline_label,
            latency_ms=(time.perf_counter() - started) * 1000,
            params=self.params(),
        )


def _strict_schema(schema: type[BaseModel]) -> dict[str, Any]:
    """JSON schema acceptable to OpenAI strict mode: every object closed and every property required."""

    def close(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "object" and "properties" in node:
                node["additionalProperties"] = False
                node["required"] = list(node["properties"])
            for value in node.values():
                close(value)
        elif isinstance(node, list):
            for value in node:
                close(value)

    result = schema.model_json_schema()
    close(result)
    return result


class OpenAIBackend:
    """An OpenAI-compatible chat endpoint."""

    is_model = True

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str = "not-needed",
        *,
        temperature: float = 0.0,
        max_tokens: int = 700,
        timeout: float = 60.0,
        max_retries: int = 2,
        mode: str = "auto",
        http_client: httpx.Client | None = None,
        label: str | None = None,
        backoff: float = 0.5,
    ) -> None:
        self.model = model
        self.name = label or model
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.max_retries = max_retries
        self.backoff = backoff
        self._modes = list(MODES) if mode == "auto" else ([] if mode == "none" else [mode])
        self.client = openai.OpenAI(
            base_url=base_url,
            api_key=api_key,
            timeout=timeout,
            max_retries=0,
            http_client=http_client,  # type: ignore[arg-type]  # openai 3 types its own httpx fork
        )
        self.requests = 0
        # a test double (httpx.MockTransport) may answer while real model requests are switched off
        self._double = http_client is not None and isinstance(
            getattr(http_client, "_transport", None), httpx.MockTransport
        )

    def label(self, task: Task) -> str:
        return self.name

    def params(self) -> dict[str, Any]:
        return {
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
            "structured_output": self._modes[0] if self._modes else "none",
        }

    def _response_format(self, mode: str, schema: type[BaseModel]) -> dict[str, Any] | None:
        if mode == "json_schema":
            return {
                "type": "json_schema",
                "json_schema": {"name": schema.__name__, "strict": True, "schema": _strict_schema(schema)},
            }
        if mode == "json_object_schema":  # llama.cpp server extension: grammar-constrained JSON
            return {"type": "json_object", "schema": schema.model_json_schema()}
        if mode == "json_object":
            return {"type": "json_object"}
        return None

    def _call(self, messages: list[dict[str, str]], response_format: dict[str, Any] | None) -> Any:
        kwargs: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
        }
        if response_format:
            kwargs["response_format"] = response_format
        if not ALLOW_MODEL_REQUESTS and not self._double:
            raise LLMRequestRejected("real model requests are switched off here (tests)")
        self.requests += 1
        try:
            return self.client.chat.completions.create(**kwargs)
        except (openai.APITimeoutError, openai.APIConnectionError) as exc:
            raise LLMUnavailable(f"LLM endpoint unreachable: {exc}") from None
        except openai.RateLimitError as exc:
            raise LLMUnavailable(f"LLM endpoint rate limited the request: {exc.message}") from None
        except openai.InternalServerError as exc:
            raise LLMUnavailable(f"LLM endpoint error {exc.status_code}: {exc.message}") from None
        except openai.APIStatusError as exc:
            raise LLMRequestRejected(
                f"LLM endpoint refused the request ({exc.status_code}): {exc.message}"
            ) from None
        except openai.OpenAIError as exc:
            raise LLMError(f"LLM client error: {exc}") from None

    def _call_with_retries(self, messages: list[dict[str, str]], fmt: dict[str, Any] | None) -> Any:
        attempt = 0
        while True:
            try:
                return self._call(messages, fmt)
            except LLMUnavailable:
                if attempt >= self.max_retries:
                    raise
                time.sleep(self.backoff * (2**attempt))
                attempt += 1

    def generate(self, task: Task, system: str, user: str, payload: dict[str, Any]) -> Generation:
        return self.complete(system, user, task.output)

    def complete(self, system: str, user: str, schema: type[BaseModel]) -> Generation:
        """One structured completion validated against ``schema``."""
        messages = render_messages(system, user)
        started = time.perf_counter()
        response = None
        while response is None:
            mode = self._modes[0] if self._modes else "none"
            fmt = self._response_format(mode, schema)
            try:
                response = self._call_with_retries(messages, fmt)
            except (LLMRequestRejected, LLMUnavailable) as exc:
                # An endpoint that cannot do this structured mode answers 4xx, or 500 (llama-cpp-python).
                unsupported = isinstance(exc, LLMRequestRejected) or "500" in str(exc)
                if fmt is not None and unsupported and len(self._modes) > 1:
                    self._modes.pop(0)
                    continue
                raise
        latency = (time.perf_counter() - started) * 1000
        choice = response.choices[0] if response.choices else None
        raw = (choice.message.content or "") if choice else ""
        usage = response.usage
        gen_params = {**self.params(), "finish_reason": getattr(choice, "finish_reason", None)}
        try:
            # strict=False: a raw newline or tab inside a string (small local models write them) is no error
            output = schema.model_validate(json.loads(_strip_fences(raw), strict=False))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise OutputInvalidWithRaw(
                f"output is not a valid {schema.__name__}: {_short(exc)}",
                raw,
                usage.prompt_tokens if usage else 0,
                usage.completion_tokens if usage else 0,
                latency,
            ) from None
        return Generation(
            output=output,
            raw=raw,
            model=self.name,
            tokens_in=usage.prompt_tokens if usage else 0,
            tokens_out=usage.completion_tokens if usage else 0,
            latency_ms=latency,
            params=gen_params,
        )


class OutputInvalidWithRaw(LLMOutputInvalid):
    """Invalid output, keeping what came back so the log can show it."""

    def __init__(self, message: str, raw: str, tokens_in: int, tokens_out: int, latency_ms: float) -> None:
        super().__init__(message)
        self.raw = raw
        self.tokens_in = tokens_in
        self.tokens_out = tokens_out
        self.latency_ms = latency_ms


def _strip_fences(raw: str) -> str:
    text = raw.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
        text = text.rsplit("```", 1)[0]
    return text


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:300]
