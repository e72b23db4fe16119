"""Test doubles.

``FakeLLM`` is a simulated OpenAI-compatible endpoint plugged into the real ``openai`` client through an
``httpx.MockTransport``: the production code path (request building, structured-output negotiation, error
mapping, usage accounting) runs unchanged; only the network hop is replaced. Every request body is kept so
tests can assert what left the process.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

Responder = Callable[[dict[str, Any]], httpx.Response]


def completion(content: str, *, prompt_tokens: int = 120, completion_tokens: int = 60) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 0,
        "model": "fake-model",
        "choices": [
            {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


class FakeLLM:
    """Queue replies with ``enqueue``; unqueued requests get ``default`` (a callable over the request body)."""

    def __init__(self, default: Responder | None = None) -> None:
        self.requests: list[dict[str, Any]] = []
        self.queue: list[httpx.Response] = []
        self.default = default
        self.down = False

    def enqueue(self, content: str | dict[str, Any] | httpx.Response, status: int = 200) -> None:
        if isinstance(content, httpx.Response):
            self.queue.append(content)
        else:
            text = content if isinstance(content, str) else json.dumps(content)
            self.queue.append(httpx.Response(status, json=completion(text)))

    def handler(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content or b"{}")
        self.requests.append(body)
        if self.down:
            raise httpx.ConnectError("connection refused (simulated)", request=request)
        if self.queue:
            return self.queue.pop(0)
        if self.default is not None:
            return self.default(body)
        return httpx.Response(500, json={"error": {"message": "no reply queued"}})

    def client(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self.handler))

    def sent_text(self) -> str:
        """Everything sent to the model, as one string."""
        return "\n".join(json.dumps(r, ensure_ascii=False) for r in self.requests)
