"""A tiny raw JSON-RPC client (urllib) for talking to the sandbox like ``requests`` would."""

from __future__ import annotations

import http.cookiejar
import itertools
import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

_ids = itertools.count(1)


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: Any  # decoded JSON, or the raw text when the body is not JSON


class Client:
    def __init__(self, url: str) -> None:
        self.url = url
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def post(self, path: str, payload: dict[str, Any]) -> Reply:
        req = urllib.request.Request(
            self.url + path, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}
        )
        try:
            with self.opener.open(req, timeout=30) as resp:
                raw, status, headers = resp.read(), resp.status, dict(resp.headers)
        except urllib.error.HTTPError as exc:
            raw, status, headers = exc.read(), exc.code, dict(exc.headers)
        try:
            body: Any = json.loads(raw)
        except ValueError:
            body = raw.decode("utf-8", "replace")
        return Reply(status, headers, body)

    def call(self, service: str, method: str, *args: Any) -> dict[str, Any]:
        reply = self.post(
            "/jsonrpc",
            {
                "jsonrpc": "2.0",
                "method": "call",
                "id": next(_ids),
                "params": {"service": service, "method": method, "args": list(args)},
            },
        )
        assert reply.status == 200, reply
        body: dict[str, Any] = reply.body
        return body

    def execute_kw(
        self,
        db: str,
        uid: int,
        pwd: str,
        model: str,
        method: str,
        args: list[Any],
        kwargs: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        return self.call("object", "execute_kw", db, uid, pwd, model, method, args, kwargs or {})


def result(body: dict[str, Any]) -> Any:
    assert "error" not in body, body.get("error", {}).get("data", {}).get("message")
    return body["result"]


def error(body: dict[str, Any]) -> dict[str, Any]:
    assert "error" in body, f"expected an error, got result {str(body.get('result'))[:200]}"
    err: dict[str, Any] = body["error"]
    return err
