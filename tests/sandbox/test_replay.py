"""Replay every captured Odoo 18 and Odoo 17 transcript against the sandbox and compare response shapes.

Each ``tests/fixtures/odoo18/NN_*.json`` (``odoo17/NN_*.json``) holds one real
request and the live server's response.  The files of one version are replayed
in numeric order against one fresh sandbox of that version (some depend on
earlier ones: an activity created in 31 is read in 33 and marked done in 35).
Request rewriting is limited to what must differ:

* the database name (``psdemo``/``psdemo17`` -> the sandbox's) and the redacted API key;
* ids of records *created during the replay* (the capture's 41 becomes whatever
  id the sandbox returned for the same ``create``), and ``ir.model`` ids, learnt
  from an ``ir.model`` ``search_read`` earlier in the same transcript set.

Errors must match exactly (class and message), so every refusal the sandbox
models (follower constraint, group-restricted fields, ``is_closed`` on 17...)
is checked word for word against the real server.

Ids of seeded records (task 1, 21, 32, project 1, user 2 and 6, move 1, stage 3,
ir.model 540/467, activity type 4) are the same in the sandbox seed by design.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.sandbox import SandboxServer
from assistant.sandbox.fields import load_schemas

from .conftest import ANCHOR
from .jsonrpc import Client
from .shapes import check_values, compare

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
VERSIONS = (18, 17)


def transcripts(version: int) -> list[Path]:
    found = (FIXTURES / f"odoo{version}").glob("[0-9]*_*.json")
    return sorted(found, key=lambda p: int(p.name.split("_")[0]))


FILES = {version: transcripts(version) for version in VERSIONS}
CASES = [(version, path) for version in VERSIONS for path in FILES[version]]

#: files compared only to this depth (nested server-internal structures we do not model)
DEPTH = {(18, 64): 1}
#: (model, id in the capture) -> id the sandbox gave the same record; filled as creates succeed
IdMap = dict[tuple[str, int], int]


def _rewrite(obj: Any, db: str, api_key: str) -> Any:
    if isinstance(obj, list):
        return [_rewrite(o, db, api_key) for o in obj]
    if isinstance(obj, dict):
        return {k: _rewrite(v, db, api_key) for k, v in obj.items()}
    if obj in ("psdemo", "psdemo17"):
        return db
    if obj == "<redacted-api-key>":
        return api_key
    return obj


def _remap_ids(params: dict[str, Any], ids: IdMap) -> None:
    """Replace ids of records created earlier in the replay (object.execute_kw calls only)."""
    args = params.get("args") or []
    if params.get("service") != "object" or len(args) < 6:
        return
    model, method, call_args = args[3], args[4], args[5]
    if (
        method in ("read", "unlink", "action_feedback", "write")
        and call_args
        and isinstance(call_args[0], list)
    ):
        call_args[0] = [ids.get((model, i), i) for i in call_args[0]]
    if method == "search_read" and call_args and isinstance(call_args[0], list):
        for leaf in call_args[0]:
            if isinstance(leaf, list) and leaf[0] == "id" and isinstance(leaf[2], int):
                leaf[2] = ids.get((model, leaf[2]), leaf[2])
    if method == "create" and call_args:
        batch = call_args[0] if isinstance(call_args[0], list) else [call_args[0]]
        for vals in batch:
            if isinstance(vals, dict) and isinstance(vals.get("res_model_id"), int):
                vals["res_model_id"] = ids.get(("ir.model", vals["res_model_id"]), vals["res_model_id"])


def _learn_ids(capture: dict[str, Any], reply: Any, ids: IdMap) -> None:
    params = capture["request"]["params"]
    args = params.get("args") or []
    if params.get("service") != "object" or len(args) < 5 or "result" not in capture["response"]:
        return
    model, method = args[3], args[4]
    cap, act = capture["response"]["result"], reply.get("result")
    if method == "create":
        pairs = (
            zip(cap, act, strict=False) if isinstance(cap, list) and isinstance(act, list) else [(cap, act)]
        )
        for c, a in pairs:
            ids[(model, c)] = a
    elif method in ("message_post", "action_feedback") and isinstance(cap, int) and isinstance(act, int):
        ids[("mail.message", cap)] = act
    elif model == "ir.model" and method == "search_read" and isinstance(cap, list) and isinstance(act, list):
        by_name = {r.get("model"): r["id"] for r in act if isinstance(r, dict)}
        for rec in cap:
            if rec.get("model") in by_name:
                ids[("ir.model", rec["id"])] = by_name[rec["model"]]


Replay = tuple[SandboxServer, Client, IdMap]


class _Replays(dict[int, Replay]):
    """One sandbox per Odoo version, started on first use and shared by that version's files."""

    def __missing__(self, version: int) -> Replay:
        srv = SandboxServer(anchor_date=ANCHOR, version=version)
        srv.start()
        self[version] = (srv, Client(srv.url), {})
        return self[version]


@pytest.fixture(scope="module")
def replays() -> Iterator[dict[int, Replay]]:
    running = _Replays()
    yield running
    for srv, _, _ in running.values():
        srv.stop()


def test_every_transcript_is_covered() -> None:
    counts = {version: len(files) for version, files in FILES.items()}
    assert counts == {18: 140, 17: 55}, "a transcript was added or removed: check this test still replays it"


@pytest.mark.parametrize(("version", "path"), CASES, ids=[f"{v}-{p.stem}" for v, p in CASES])
def test_replay(version: int, path: Path, replays: dict[int, Replay]) -> None:
    srv, client, ids = replays[version]
    capture = json.loads(path.read_text(encoding="utf-8"))
    request = _rewrite(copy.deepcopy(capture["request"]), srv.db, srv.api_key)
    _remap_ids(request["params"], ids)
    reply = client.post(capture["endpoint"], request)

    # HTTP level: status, content type, a session cookie where Odoo sets one
    assert reply.status == capture["http"]["status"]
    cap_headers = capture["http"]["response_headers"]
    assert reply.headers["Content-Type"] == cap_headers["Content-Type"]
    if "Set-Cookie" in cap_headers:
        assert re.match(
            r"session_id=[\w-]+; Expires=.+; Max-Age=604800; HttpOnly; Path=/", reply.headers["Set-Cookie"]
        )

    body, expected = reply.body, capture["response"]
    assert body["jsonrpc"] == "2.0" and body["id"] == request["id"]
    assert set(body) == set(expected), f"sandbox answered {set(body)}, Odoo {set(expected)}"
    number = int(path.name.split("_")[0])
    if "error" in expected:
        cap_err, err = expected["error"], body["error"]
        assert (err["code"], err["message"]) == (cap_err["code"], cap_err["message"])
        assert set(err["data"]) == set(cap_err["data"])
        assert err["data"]["name"] == cap_err["data"]["name"]
        # every captured error message is free of ids and data, so it must match exactly
        assert err["data"]["message"] == cap_err["data"]["message"]
        assert err["data"]["arguments"] == [err["data"]["message"]]
        assert err["data"]["debug"].startswith("Traceback (most recent call last):")
        return

    problems = compare(expected.get("result"), body.get("result"), "$.result", DEPTH.get((version, number)))
    assert not problems, "\n".join(problems[:20])
    _check_record_types(version, request["params"], capture, body.get("result"))
    _learn_ids(capture, body, ids)


def _check_record_types(version: int, params: dict[str, Any], capture: dict[str, Any], result: Any) -> None:
    """Records returned by read/search_read must also match the real field types."""
    if capture["endpoint"].startswith("/web/dataset/call_kw"):
        model, method, kwargs = params["model"], params["method"], params.get("kwargs", {})
    elif params.get("service") == "object" and len(params["args"]) > 4:
        model, method = params["args"][3], params["args"][4]
        kwargs = params["args"][6] if params["method"] == "execute_kw" and len(params["args"]) > 6 else {}
    else:
        return
    if method not in ("read", "search_read") or not isinstance(result, list):
        return
    fields = load_schemas(version)[model].fields
    problems = check_values(fields, result, classic_write=kwargs.get("load") == "_classic_write")
    assert not problems, "\n".join(problems[:20])
