"""Replay every captured Odoo 18 transcript against the sandbox and compare response shapes.

Each ``tests/fixtures/odoo18/NN_*.json`` holds one real request and the live
server's response.  The files are replayed in order against one fresh sandbox
(some depend on earlier ones: an activity created in 31 is read in 33 and
marked done in 35).  Request rewriting is limited to what must differ:

* the database name (``psdemo`` -> the sandbox's) and the redacted API key;
* ids of records *created during the replay* (the capture's 41 becomes whatever
  id the sandbox returned for the same ``create``).

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

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "odoo18"
FILES = sorted(p for p in FIXTURES.glob("[0-9][0-9]_*.json"))

#: files compared only to this depth (nested server-internal structures we do not model)
DEPTH = {"64": 1}
#: (model, id in the capture) -> id the sandbox gave the same record; filled as creates succeed
IdMap = dict[tuple[str, int], int]


def _rewrite(obj: Any, db: str, api_key: str) -> Any:
    if isinstance(obj, list):
        return [_rewrite(o, db, api_key) for o in obj]
    if isinstance(obj, dict):
        return {k: _rewrite(v, db, api_key) for k, v in obj.items()}
    if obj == "psdemo":
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


@pytest.fixture(scope="module")
def replay() -> Iterator[tuple[SandboxServer, Client, IdMap]]:
    with SandboxServer(anchor_date=ANCHOR) as srv:
        yield srv, Client(srv.url), {}


def test_every_transcript_is_covered() -> None:
    assert len(FILES) == 88, "a transcript was added or removed: check this test still replays it"


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_replay(path: Path, replay: tuple[SandboxServer, Client, IdMap]) -> None:
    srv, client, ids = replay
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
    prefix = path.name[:2]
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

    problems = compare(expected["result"], body["result"], "$.result", DEPTH.get(prefix))
    assert not problems, "\n".join(problems[:20])
    _check_record_types(request["params"], capture, body["result"])
    _learn_ids(capture, body, ids)


def _check_record_types(params: dict[str, Any], capture: dict[str, Any], result: Any) -> None:
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
    fields = load_schemas()[model].fields
    problems = check_values(fields, result, classic_write=kwargs.get("load") == "_classic_write")
    assert not problems, "\n".join(problems[:20])
