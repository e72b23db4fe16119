"""Property-based tests (hypothesis) for the webhook parser, the record-id reader, the signature check and the
request guard: whatever the bytes and headers, they answer with a value or a 4xx, never an exception."""

from __future__ import annotations

import json
import math
import string
from typing import Any

from fastapi import HTTPException
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from assistant.api.guard import MAX_JSON_DEPTH, Refused, check_target, json_depth
from assistant.api.routers.webhooks import parse_webhook, record_id_of
from assistant.api.schemas import MAX_RECORD_ID, OdooWebhook
from assistant.api.security import check_signature, parse_timestamp, sign

FAST = settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**50), max_value=10**50)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=30,
)
models = st.sampled_from(["project.project", "account.move", "mail.message", "res.partner", "Bad", "", "a.b"])


def _depth(value: Any) -> int:
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    return 0


def _assert_4xx(exc: HTTPException) -> None:
    assert 400 <= exc.status_code < 500 and isinstance(exc.detail, str) and exc.detail


@FAST
@given(st.binary(max_size=400))
@example(b"[" * 5000 + b"]" * 5000)
@example(b'{"_model": "project.project", "_id": ' + b"9" * 5000 + b"}")
@example(b'{"_model": "project.project", "_id": 1, "x": NaN}')
@example(b'{"_model": "project.project", "_id": 1, "x": "\\ud800"}')
@example(b"\xff\xfe{}")
def test_parser_never_raises_on_bytes(body: bytes) -> None:
    try:
        payload, data = parse_webhook(body)
    except HTTPException as exc:
        _assert_4xx(exc)
        return
    assert isinstance(payload, OdooWebhook) and isinstance(data, dict)


@FAST
@given(models, json_values, st.dictionaries(st.text(max_size=10), json_values, max_size=6))
def test_parser_on_json_objects(model: str, record: Any, extra: dict[str, Any]) -> None:
    body = json.dumps({"_model": model, "_id": record, **extra}).encode()
    try:
        payload, _ = parse_webhook(body)
    except HTTPException as exc:
        _assert_4xx(exc)
        return
    assert payload.id is None or 1 <= payload.id <= MAX_RECORD_ID


@FAST
@given(json_values)
@example([10**40])
@example([5, 10**40])
@example([True])
@example(2**31)
def test_record_ids_are_32_bit_or_refused(value: Any) -> None:
    try:
        found = record_id_of("message_ids", value)
    except HTTPException as exc:
        _assert_4xx(exc)
        return
    assert found is None or (type(found) is int and 1 <= found <= MAX_RECORD_ID)


@FAST
@given(json_values)
def test_json_depth_matches_the_parsed_depth(value: Any) -> None:
    assert json_depth(json.dumps(value).encode()) == _depth(value)


@settings(max_examples=50, deadline=None, database=None)
@given(st.integers(min_value=MAX_JSON_DEPTH + 1, max_value=20_000))
def test_deep_nesting_is_refused_not_recursed(levels: int) -> None:
    body = b'{"_model": "project.project", "_id": 1, "x": ' + b"[" * levels + b"]" * levels + b"}"
    try:
        parse_webhook(body)
    except HTTPException as exc:
        assert exc.status_code == 422 and "nested" in str(exc.detail)
    else:
        raise AssertionError("deep nesting accepted")


secrets = st.text(min_size=1, max_size=40)
bodies = st.binary(max_size=200)
latin1 = st.text(alphabet=st.characters(max_codepoint=255), max_size=400)


@FAST
@given(secrets, latin1, latin1, bodies, st.floats(min_value=0, max_value=4e9))
@example("s", "9" * 400, "sha256=" + "0" * 64, b"{}", 1.7e9)
@example("s", "²", "sha256=é", b"{}", 1.7e9)
@example("s", "1e10", "x" * 5000, b"{}", 1.7e9)
def test_signature_check_never_raises(
    secret: str, stamp: str, signature: str, body: bytes, now: float
) -> None:
    reason = check_signature(secret, stamp, signature, body, 300, now=now)
    assert reason is None or isinstance(reason, str)
    if reason is None:  # only the real signature over a well-formed, fresh timestamp passes
        ts = parse_timestamp(stamp)
        assert ts is not None and abs(now - ts) <= 300
        assert signature.strip().lower() == sign(secret, stamp.strip(), body)


@FAST
@given(
    secrets,
    bodies,
    st.integers(min_value=1_000_000_000, max_value=9_999_999_999),
    st.integers(min_value=0, max_value=999_999_999),
    st.booleans(),
)
def test_integer_and_fractional_timestamps_sign_as_sent(
    secret: str, body: bytes, seconds: int, fraction: int, fractional: bool
) -> None:
    stamp = f"{seconds}.{fraction:09d}" if fractional else str(seconds)
    now = float(seconds)
    assert check_signature(secret, stamp, sign(secret, stamp, body), body, 300, now=now) is None
    assert (
        check_signature(
            secret, stamp, sign(secret, stamp, body).upper().replace("SHA256", "sha256"), body, 300, now=now
        )
        is None
    )
    assert (
        check_signature(secret, stamp, sign(secret, stamp, body + b" "), body, 300, now=now)
        == "bad signature"
    )
    assert (
        check_signature(secret + "x", stamp, sign(secret, stamp, body), body, 300, now=now) == "bad signature"
    )
    stale = check_signature(secret, stamp, sign(secret, stamp, body), body, 300, now=now + 302)
    assert stale is not None and "replay window" in stale


@FAST
@given(st.text(max_size=300), st.binary(max_size=600))
@example("/api/v1/log\x00", b"")
@example("/api/v1/log", b"task=%00")
@example("/api/v1/log", b"a=1&a=2")
@example("/api/v1/log", b"%ff%fe=%c0")
def test_request_target_checks_never_raise(path: str, query: bytes) -> None:
    try:
        check_target(path, query)
    except Refused as exc:
        assert exc.status in (400, 414) and exc.reason


@FAST
@given(st.lists(st.sampled_from(string.ascii_lowercase[:5]), max_size=8))
def test_repeated_parameters_are_refused(names: list[str]) -> None:
    query = "&".join(f"{n}=1" for n in names).encode()
    try:
        check_target("/api/v1/log", query)
    except Refused as exc:
        assert exc.status == 400 and len(set(names)) < len(names)
    else:
        assert len(set(names)) == len(names)


def test_timestamp_format() -> None:
    assert parse_timestamp("1764672000") == 1764672000.0
    assert math.isclose(parse_timestamp("1764672000.123") or 0, 1764672000.123)
    for bad in ("", "1e3", "-5", "0x1f", "1_0", "١٢", "1764672000.", ".5", "9" * 13, "1.1234567890"):
        assert parse_timestamp(bad) is None, bad


def test_depth_scan_is_linear_on_hostile_strings() -> None:
    """An unterminated string full of escaped quotes made a regex-based scan quadratic (seconds per request)."""
    import time

    for body in (b'{"' + b'\\"' * 120_000, b'"' + b"\\" * 250_000, b"[" * 250_000):
        started = time.perf_counter()
        json_depth(body)
        assert time.perf_counter() - started < 1.0
