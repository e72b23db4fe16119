"""HTTP front of the Odoo 18 *simulation* (:class:`SandboxServer`).

A stdlib ``ThreadingHTTPServer`` on a background thread that speaks the same
HTTP as a real Odoo 18 server behind a proxy:

* ``POST /web/webclient/version_info`` (sets a ``session_id`` cookie),
* ``POST /jsonrpc`` (``common``, ``object``, ``db``),
* ``POST /web/session/authenticate`` and ``POST /web/dataset/call_kw[/model/method]``,
* ``GET /web/health``;
* every failure is HTTP 200 with a JSON-RPC ``error`` object, like Odoo;
* ``set_down(True)`` makes it answer HTTP 503 with an HTML page, like a
  reverse proxy whose Odoo backend is gone.

It is a test double and demo backend, not Odoo: see the package docstring.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import tempfile
import threading
import time
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any

from assistant import clock

from .errors import OdooError
from .orm import SandboxData
from .rpc import Credentials, RpcService
from .versions import VERSION_INFO, adapt_seed, resolve_version

_log = logging.getLogger(__name__)

DOWN_PAGE = (
    b"<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n"
    b"<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)


# RPC methods that read (everything else a client sends is a write, or an attempt at one)
READ_METHODS = frozenset(
    {
        "search",
        "search_read",
        "read",
        "fields_get",
        "read_group",
        "search_count",
        "name_search",
        "check_access_rights",
        "version",
        "version_info",
        "login",
        "authenticate",
        "has_group",
        "context_get",
        "web_read",
        "web_search_read",
    }
)


class SandboxServer:
    """A simulated Odoo 18 (or 17) server with a seeded professional-services database.

    ``state_path``: JSON file holding the database; loaded if it exists, else
    the database is seeded and saved there (and re-saved after every write RPC).
    ``version``: 18 or 17; ``None`` reads ``$ASSISTANT_SANDBOX_VERSION`` (default 18).
    A state file remembers its version: loading it as another version is a ValueError.
    """

    def __init__(
        self,
        state_path: Path | str | None = None,
        *,
        anchor_date: date | None = None,
        n_projects: int = 8,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str = "sandbox-api-key-0000",
        db: str = "sandbox",
        seed: int = 42,
        version: int | str | None = None,
    ) -> None:
        self.version = resolve_version(version)
        self.state_path = Path(state_path) if state_path is not None else None
        self.host = host
        self._requested_port = port
        self.port = port
        self.db = db
        self.down = False
        #: added to every request, to mimic a real server's per-call cost in benchmarks (0: none)
        self.latency_ms = 0.0
        if self.state_path is not None and self.state_path.exists():
            self.data = SandboxData.from_state(json.loads(self.state_path.read_text(encoding="utf-8")))
            if self.data.version != self.version:
                raise ValueError(
                    f"{self.state_path} holds a simulated Odoo {self.data.version} database, not Odoo "
                    f"{self.version}: use another state file (or remove this one)"
                )
            # saved on another day: move all dates so the data still looks current
            self.data.shift_dates(anchor_date or clock.today())
        else:
            from .seed import generate

            records, next_ids = generate(anchor_date or clock.today(), n_projects=n_projects, seed=seed)
            adapt_seed(records, self.version)
            self.data = SandboxData(
                records, anchor_date=anchor_date or clock.today(), next_ids=next_ids, version=self.version
            )
            if self.state_path is not None:
                self.save()
        self.rpc = RpcService(self.data, db, Credentials(api_key=api_key))
        self.data.on_change.append(self._autosave)
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ lifecycle
    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def calls(self) -> list[tuple[str, str, str]]:
        """``(service, model, method)`` of every RPC received, in order."""
        return self.rpc.calls

    @property
    def api_key(self) -> str:
        return self.rpc.credentials.api_key

    def writes(self) -> list[tuple[str, str]]:
        """``(model, method)`` of every RPC received that is not a read (what a write check looks at)."""
        return [(model, method) for _service, model, method in self.rpc.calls if method not in READ_METHODS]

    def reset_calls(self) -> None:
        self.rpc.calls.clear()

    def start(self) -> str:
        """Start serving on a background thread (idempotent); returns the base URL."""
        with self._lock:
            if self._httpd is None:
                handler = type("Handler", (_Handler,), {"sandbox": self})
                self._httpd = ThreadingHTTPServer((self.host, self._requested_port), handler)
                self._httpd.daemon_threads = True
                self.port = int(self._httpd.server_address[1])
                self._thread = threading.Thread(
                    target=self._httpd.serve_forever,
                    kwargs={"poll_interval": 0.05},
                    name="odoo-sandbox",
                    daemon=True,
                )
                self._thread.start()
        return self.url

    def stop(self) -> None:
        with self._lock:
            if self._httpd is not None:
                self._httpd.shutdown()
                self._httpd.server_close()
                self._httpd = None
            if self._thread is not None:
                self._thread.join(timeout=5)
                self._thread = None

    def __enter__(self) -> SandboxServer:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def set_down(self, down: bool = True) -> None:
        """Simulate an unreachable Odoo: every request gets HTTP 503 with an HTML body."""
        self.down = down

    # ------------------------------------------------------------------ persistence
    def save(self) -> None:
        """Write the database to ``state_path`` atomically (no-op without a path)."""
        if self.state_path is None:
            return
        with self.data.lock:
            text = json.dumps(self.data.to_state(), ensure_ascii=False, separators=(",", ":"))
        self.state_path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.state_path.parent, prefix=".sandbox-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, self.state_path)

    def _autosave(self) -> None:
        if self.state_path is not None:
            self.save()


class _Handler(BaseHTTPRequestHandler):
    sandbox: SandboxServer
    server_version = "Werkzeug/3.0.1"
    sys_version = "Python/3.11"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        _log.debug("sandbox %s - %s", self.address_string(), format % args)

    # ------------------------------------------------------------------ plumbing
    def _send(self, status: int, body: bytes, content_type: str, cookie: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if cookie:
            expires = (clock.wall() + timedelta(days=7)).strftime("%a, %d %b %Y %H:%M:%S GMT")
            self.send_header(
                "Set-Cookie", f"session_id={cookie}; Expires={expires}; Max-Age=604800; HttpOnly; Path=/"
            )
        self.end_headers()
        self.wfile.write(body)

    def _json(self, payload: dict[str, Any], cookie: str | None = None) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self._send(200, body, "application/json; charset=utf-8", cookie)

    def _cookie(self) -> str | None:
        for part in (self.headers.get("Cookie") or "").split(";"):
            name, _, value = part.strip().partition("=")
            if name == "session_id":
                return value
        return None

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        if self.sandbox.down:
            self._send(503, DOWN_PAGE, "text/html")
        elif self.path.split("?")[0] == "/web/health":
            self._send(200, b'{"status": "pass"}', "application/json; charset=utf-8")
        else:
            self._send(
                404,
                b"<!doctype html><title>404 Not Found</title><h1>Not Found</h1>",
                "text/html; charset=utf-8",
            )

    def do_POST(self) -> None:  # noqa: N802 - stdlib name
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        sb = self.sandbox
        if sb.latency_ms:
            time.sleep(sb.latency_ms / 1000)
        if sb.down:
            sb.rpc.record("http", "", self.path)
            self._send(503, DOWN_PAGE, "text/html")
            return
        path = self.path.split("?")[0]
        try:
            request = json.loads(raw or b"{}")
        except ValueError:
            self._send(
                400,
                b"<!doctype html><title>400 Bad Request</title><h1>Bad Request</h1>",
                "text/html; charset=utf-8",
            )
            return
        req_id = request.get("id") if isinstance(request, dict) else None
        params = request.get("params") or {} if isinstance(request, dict) else {}
        cookie: str | None = None
        try:
            if path == "/jsonrpc":
                result = sb.rpc.dispatch(params)
            elif path == "/web/webclient/version_info":
                sb.rpc.record("web", "", "version_info")
                result = dict(VERSION_INFO[sb.version])
                cookie = self._cookie() or secrets.token_urlsafe(48)
            elif path == "/web/session/authenticate":
                sb.rpc.record("web", "", "session/authenticate")
                result, cookie = sb.rpc.web_authenticate(params, sb.url)
            elif path.startswith("/web/dataset/call_kw"):
                sb.rpc.record("web", str(params.get("model", "")), str(params.get("method", "")))
                result = sb.rpc.web_call_kw(self._cookie(), params)
                cookie = self._cookie()  # Odoo re-sends the (rotated) session cookie
            else:
                self._send(
                    404,
                    b"<!doctype html><title>404 Not Found</title><h1>Not Found</h1>",
                    "text/html; charset=utf-8",
                )
                return
        except OdooError as exc:
            self._json({"jsonrpc": "2.0", "id": req_id, "error": exc.payload()})
            return
        except Exception as exc:  # a bug in the simulation: still answer like Odoo would
            _log.exception("sandbox internal error")
            err = OdooError(f"{type(exc).__name__}: {exc}")
            err.name = f"builtins.{type(exc).__name__}"
            self._json({"jsonrpc": "2.0", "id": req_id, "error": err.payload()})
            return
        self._json({"jsonrpc": "2.0", "id": req_id, "result": result}, cookie)
