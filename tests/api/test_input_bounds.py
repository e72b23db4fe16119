"""No 5xx from input: each request that used to answer 500 (issue #12) now gets a 4xx with a reason.

Plus the webhook semantics: API-key authentication, fractional timestamps, the daily fan-out de-duplicated by
(route, day) whatever the body, and repeated query parameters refused.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.exc import DataError, OperationalError

from assistant.api import queries
from assistant.api.security import sign
from tests.api.conftest import ODOO_TOKEN, SECRET, auth, signed

URL = "/api/v1/webhooks/odoo/stage_changed"


def _signed_raw(raw: bytes, ts: str | None = None) -> dict[str, str]:
    stamp = ts or str(int(time.time()))
    return {
        "Content-Type": "application/json",
        "X-Assistant-Timestamp": stamp,
        "X-Assistant-Signature": sign(SECRET, stamp, raw),
    }


def _reason(reply: Any) -> str:
    detail = reply.json()["detail"]
    assert isinstance(detail, str) and detail, reply.text
    return detail


# -- headers -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "stamp",
    ["9" * 309, "9" * 5000, "1e10", "-1", " ", "1764672000.", ".5", "0x10", "1_000", "nan", "inf", "²"],
)
def test_malformed_timestamps_are_401_with_a_reason(client: TestClient, stamp: str) -> None:
    body = json.dumps({"_model": "project.project", "_id": 1}).encode()
    headers = {
        "Content-Type": "application/json",
        "X-Assistant-Timestamp": stamp,
        "X-Assistant-Signature": sign(SECRET, stamp, body),
    }
    reply = client.post(URL, content=body, headers={k: v.encode("latin-1") for k, v in headers.items()})  # type: ignore[misc]
    assert reply.status_code == 401, reply.text
    assert "unix seconds" in _reason(reply)
    assert client.get("/api/v1/health").status_code == 200  # and the service carries on


@pytest.mark.parametrize(
    "signature", ["sha256=zz", "sha256=" + "é" * 64, "md5=abc", "sha256=" + "0" * 65, "x" * 5000]
)
def test_malformed_signatures_are_401(client: TestClient, signature: str) -> None:
    body, headers = signed({"_model": "project.project", "_id": 1})
    headers["X-Assistant-Signature"] = signature
    reply = client.post(URL, content=body, headers={k: v.encode("latin-1") for k, v in headers.items()})  # type: ignore[misc]
    assert reply.status_code == 401 and _reason(reply)


def test_fractional_timestamp_signed_as_sent_is_accepted(client: TestClient) -> None:
    """n8n's ``$now.toSeconds()`` gives 1764672000.123: the signature covers the header text as sent."""
    raw = json.dumps({"_model": "project.project", "_id": 1}).encode()
    stamp = f"{time.time():.3f}"
    reply = client.post(URL, content=raw, headers=_signed_raw(raw, stamp))
    assert reply.status_code == 202, reply.text
    # the same signature with the timestamp written differently is not the signed text
    headers = _signed_raw(raw, stamp)
    headers["X-Assistant-Timestamp"] = stamp + "0"
    assert client.post(URL, content=raw, headers=headers).status_code == 401


# -- bodies ----------------------------------------------------------------------------------------------------
def test_chunked_body_over_the_limit_is_413(client: TestClient, keys: dict[str, str]) -> None:
    limit = client.app.state.service.settings.service.max_body_bytes  # type: ignore[attr-defined]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the size is only known while reading
        yield b'{"_model": "project.project", "_id": 1, "x": "'
        for _ in range(limit // 1000 + 2):
            yield b"a" * 1000
        yield b'"}'

    reply = client.post(URL, content=chunks(), headers={"Content-Type": "application/json"})
    assert reply.status_code == 413 and "too large" in _reason(reply)
    reply = client.post(
        "/api/v1/tasks/project_status/runs",
        content=chunks(),
        headers={**auth(keys["service"]), "Content-Type": "application/json"},
    )
    assert reply.status_code == 413


def test_deeply_nested_json_is_422(client: TestClient, keys: dict[str, str]) -> None:
    deep = b'{"_model": "project.project", "_id": 1, "x": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    reply = client.post(URL, content=deep, headers=_signed_raw(deep))
    assert reply.status_code == 422 and "nested" in _reason(reply)
    deep_ids = b'{"ids": ' + b"[" * 5000 + b"1" + b"]" * 5000 + b"}"
    reply = client.post(
        "/api/v1/tasks/project_status/runs",
        content=deep_ids,
        headers={**auth(keys["service"]), "Content-Type": "application/json"},
    )
    assert reply.status_code == 422 and "nested" in _reason(reply)
    # brackets inside strings do not count
    text = json.dumps({"_model": "project.project", "_id": 1, "x": "[" * 5000}).encode()
    assert client.post(URL, content=text, headers=_signed_raw(text)).status_code == 202


def test_huge_numbers_in_json_are_4xx(client: TestClient, keys: dict[str, str]) -> None:
    raw = b'{"_model": "project.project", "_id": ' + b"9" * 5000 + b"}"
    assert client.post(URL, content=raw, headers=_signed_raw(raw)).status_code == 422
    reply = client.post(
        "/api/v1/tasks/project_status/runs",
        content=b'{"ids": [' + b"9" * 5000 + b"]}",
        headers={**auth(keys["service"]), "Content-Type": "application/json"},
    )
    assert 400 <= reply.status_code < 500


@pytest.mark.parametrize(
    "ids", [[10**40], [5, 10**40], [0], [-3], [2**31], [7, True], [7, "8"], [7, None]], ids=str
)
def test_list_ids_out_of_range_are_422(client: TestClient, ids: list[Any]) -> None:
    body, headers = signed({"_model": "account.move", "_id": 3, "message_ids": ids})
    reply = client.post("/api/v1/webhooks/odoo/message_received", content=body, headers=headers)
    assert reply.status_code == 422 and "message_ids[" in _reason(reply)


@pytest.mark.parametrize("value", [10**40, 2**31, -1, 0])
def test_scalar_ids_out_of_range_are_422(client: TestClient, value: int) -> None:
    body, headers = signed({"_model": "project.project", "_id": value})
    assert client.post(URL, content=body, headers=headers).status_code == 422


# -- query strings and paths -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "target",
    [
        "/api/v1/log?task=%00",
        "/api/v1/log?q=a%00b",
        "/api/v1/jobs?task=%00",
        "/api/v1/log/export?q=%00",
        "/api/v1/log/export?format=csv&model=%00",
        "/api/v1/log/%00abc",
        "/api/v1/jobs/%00",
        "/ui/log?q=%00",
        "/ui/runs/%00",
    ],
)
def test_nul_bytes_are_400(client: TestClient, keys: dict[str, str], target: str) -> None:
    client.post("/ui/login", data={"api_key": keys["governance"]})
    reply = client.get(target, headers=auth(keys["governance"]))
    assert reply.status_code == 400 and "NUL" in _reason(reply), reply.text


def test_repeated_query_parameters_are_400(client: TestClient, keys: dict[str, str]) -> None:
    fresh = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime())
    body = json.dumps({"_model": "project.project", "_id": 1, "write_date": fresh}).encode()
    reply = client.post(
        f"{URL}?token=nope&token={ODOO_TOKEN}", content=body, headers={"Content-Type": "application/json"}
    )
    assert reply.status_code == 400 and "more than once" in _reason(reply)
    reply = client.post(
        f"{URL}?token={ODOO_TOKEN}&token={ODOO_TOKEN}",
        content=body,
        headers={"Content-Type": "application/json"},
    )
    assert reply.status_code == 400
    assert client.get("/api/v1/log?limit=1&limit=2", headers=auth(keys["governance"])).status_code == 400
    # the single parameter still works
    reply = client.post(
        f"{URL}?token={ODOO_TOKEN}", content=body, headers={"Content-Type": "application/json"}
    )
    assert reply.status_code == 202, reply.text


def test_oversized_query_and_path_are_414(client: TestClient, keys: dict[str, str]) -> None:
    assert client.get("/api/v1/log?q=" + "a" * 5000, headers=auth(keys["governance"])).status_code == 414
    assert client.get("/api/v1/" + "a" * 3000).status_code == 414


@pytest.mark.parametrize("odoo_id", ["²", "١٢", "99999999999", "0", "-4", "1.5", "x"])
def test_ui_log_odoo_id_is_validated(client: TestClient, keys: dict[str, str], odoo_id: str) -> None:
    client.post("/ui/login", data={"api_key": keys["governance"]})
    reply = client.get("/ui/log", params={"odoo_id": odoo_id})
    assert reply.status_code == 422, reply.text
    assert "Odoo id" in reply.text
    assert client.get("/ui/log", params={"odoo_id": "12"}).status_code == 200


# -- export ----------------------------------------------------------------------------------------------------
def test_export_fails_before_the_first_byte(
    client: TestClient, keys: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def down(*args: object, **kwargs: object) -> Iterator[object]:
        raise OperationalError("SELECT", {}, ConnectionRefusedError("database is down"))
        yield  # a generator, like the real one

    monkeypatch.setattr(queries, "iter_log", down)
    reply = client.get("/api/v1/log/export", headers=auth(keys["governance"]))
    assert reply.status_code == 503 and reply.headers["retry-after"] and reply.content != b""

    def bad_value(*args: object, **kwargs: object) -> Iterator[object]:
        raise DataError("SELECT", {}, ValueError("integer out of range"))
        yield

    monkeypatch.setattr(queries, "iter_log", bad_value)
    reply = client.get("/api/v1/log/export?format=csv", headers=auth(keys["governance"]))
    assert reply.status_code == 422 and _reason(reply)


def test_empty_export_is_still_a_200(client: TestClient, keys: dict[str, str]) -> None:
    reply = client.get("/api/v1/log/export", headers=auth(keys["governance"]))
    assert reply.status_code == 200 and reply.content == b""
    reply = client.get("/api/v1/log/export?format=csv", headers=auth(keys["governance"]))
    assert reply.status_code == 200 and reply.text.startswith("id,")


# -- webhook authentication with a service key -----------------------------------------------------------------
def test_webhook_with_a_service_key(client: TestClient, keys: dict[str, str]) -> None:
    payload = {"_model": "project.project", "_id": 2}
    reply = client.post(URL, json=payload, headers=auth(keys["service"]))
    assert reply.status_code == 202, reply.text
    assert client.post(URL, json=payload, headers={"X-API-Key": keys["service"]}).status_code == 202
    assert client.post(URL, json=payload, headers=auth(keys["manager"])).status_code == 403
    bad = client.post(URL, json=payload, headers=auth("oga_deadbeef_" + "x" * 43))
    assert bad.status_code == 401 and "API key" in _reason(bad)
    basic = client.post(URL, json=payload, headers={"Authorization": "Basic abc"})
    assert basic.status_code == 401
    # one method per request
    body, headers = signed(payload)
    both = client.post(URL, content=body, headers={**headers, **auth(keys["service"])})
    assert both.status_code == 401 and "one authentication method" in _reason(both)
    key_and_token = client.post(
        URL, params={"token": ODOO_TOKEN}, json=payload, headers=auth(keys["service"])
    )
    assert key_and_token.status_code == 401


def test_webhook_key_works_without_a_webhook_secret(client: TestClient, keys: dict[str, str]) -> None:
    client.app.state.service.settings.service.webhook_secret = None  # type: ignore[attr-defined]
    payload = {"_model": "project.project", "_id": 3}
    assert client.post(URL, json=payload, headers=auth(keys["service"])).status_code == 202
    unsigned = client.post(URL, json=payload)
    assert unsigned.status_code == 401 and "API key" in _reason(unsigned)


# -- the daily fan-out -----------------------------------------------------------------------------------------
def test_daily_fan_out_is_deduplicated_by_route_and_day(client: TestClient, keys: dict[str, str]) -> None:
    bodies = [
        {"_model": "project.project", "_id": False},
        {"_model": "project.project", "_id": False, "_action": "Weekly status(#12)"},
        {"_model": "project.project", "_id": 7, "_action": "other"},
        {"_model": "project.project", "_id": None, "extra": [1, 2, 3]},
    ]
    jobs = []
    for index, payload in enumerate(bodies):
        if index % 2:
            body, headers = signed(payload)
            reply = client.post("/api/v1/webhooks/odoo/weekly_status", content=body, headers=headers)
        else:
            reply = client.post(
                "/api/v1/webhooks/odoo/weekly_status", json=payload, headers=auth(keys["service"])
            )
        assert reply.status_code == 202, reply.text
        jobs.append(reply.json()["routes"][0]["job"])
    assert len({j["id"] for j in jobs}) == 1
    assert [j["duplicate"] for j in jobs] == [False, True, True, True]
    # another route (another event) is its own fan-out
    client.app.state.service.settings.service.routes.append(  # type: ignore[attr-defined]
        type(client.app.state.service.settings.service.routes[0])(  # type: ignore[attr-defined]
            model="project.project", event="monthly_status", task="project_status", all_records=True
        )
    )
    other = client.post(
        "/api/v1/webhooks/odoo/monthly_status", json=bodies[0], headers=auth(keys["service"])
    ).json()["routes"][0]["job"]
    assert other["id"] != jobs[0]["id"] and not other["duplicate"]


def test_daily_fan_out_runs_again_the_next_day(client: TestClient, keys: dict[str, str]) -> None:
    from datetime import date

    from assistant import clock

    payload = {"_model": "project.project", "_id": False}
    url = "/api/v1/webhooks/odoo/weekly_status"
    with clock.use(date(2026, 3, 18)):
        first = client.post(url, json=payload, headers=auth(keys["service"])).json()["routes"][0]["job"]
    with clock.use(date(2026, 3, 19)):
        second = client.post(url, json=payload, headers=auth(keys["service"])).json()["routes"][0]["job"]
    assert first["id"] != second["id"] and not second["duplicate"]


def test_repeated_record_webhook_is_still_deduplicated(client: TestClient) -> None:
    body, headers = signed({"_model": "project.project", "_id": 4})
    first = client.post(URL, content=body, headers=headers).json()["routes"][0]["job"]
    body, headers = signed({"_model": "project.project", "_id": 4})
    again = client.post(URL, content=body, headers=headers).json()["routes"][0]["job"]
    assert again["id"] == first["id"] and again["duplicate"]


# -- over a real socket (uvicorn): keep-alive survives, chunked uploads are cut at the limit ---------------------
@pytest.fixture
def live(svc_settings: Any) -> Iterator[tuple[str, int]]:
    import threading

    import uvicorn

    from assistant.api import create_app
    from benchmarks._service import free_port

    app = create_app(svc_settings)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield "127.0.0.1", port
    server.should_exit = True
    thread.join(10)
    app.state.service.db.dispose()


def test_huge_timestamp_keeps_the_connection(live: tuple[str, int]) -> None:
    import http.client

    conn = http.client.HTTPConnection(*live, timeout=10)
    body = json.dumps({"_model": "project.project", "_id": 1}).encode()
    conn.request(
        "POST",
        URL,
        body=body,
        headers={
            "Content-Type": "application/json",
            "X-Assistant-Timestamp": "9" * 400,
            "X-Assistant-Signature": "sha256=" + "0" * 64,
        },
    )
    reply = conn.getresponse()
    assert reply.status == 401 and b"unix seconds" in reply.read()
    conn.request("GET", "/api/v1/health")  # the same keep-alive connection
    again = conn.getresponse()
    assert again.status == 200 and json.loads(again.read())["status"] == "ok"
    conn.close()


def test_real_chunked_upload_over_the_limit_is_413(live: tuple[str, int], svc_settings: Any) -> None:
    import socket

    limit = svc_settings.service.max_body_bytes
    with socket.create_connection(live, timeout=10) as sock:
        sock.sendall(
            f"POST {URL} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Transfer-Encoding: chunked\r\n\r\n".encode()
        )
        chunk = b"a" * 8192
        try:
            for _ in range(limit // len(chunk) + 4):
                sock.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            sock.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the server may close as soon as it answered
        answer = b""
        while b"\r\n\r\n" not in answer:
            data = sock.recv(4096)
            if not data:
                break
            answer += data
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
